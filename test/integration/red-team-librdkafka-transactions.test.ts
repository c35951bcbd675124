// Red team: librdkafka (confluent-kafka from PyPI, SCRAM-SHA-512) doing what the kafkajs and Java
// tests do not: a transactional producer sending a consumer group's offsets into its transaction
// (AddOffsetsToTxn, TxnOffsetCommit), transactions touching a topic it may not write and then
// recovering (abort_transaction, a new transaction), and AdminClient calls reading state
// (describe_consumer_groups with authorized operations, list_offsets with earliest, latest and
// max-timestamp, list_consumer_group_offsets). Every row runs once against a broker with
// StandardAuthorizer and the ACLs `policy to-acls` gives for the policy below, once through the
// proxy enforcing it in front of a broker without an authorizer. Compared per row, as in
// red-team-librdkafka-payments.test.ts: the outcome, the error names librdkafka reported through
// its error callback (a reconnect loop shows there), and that the client finished (no hang).
//
// Clients: `bash scripts/ci-python-clients.sh` installs confluent-kafka (see test/harness/librdkafka.ts).

import { afterAll, beforeAll, describe } from 'vitest';
import { CONFLUENT_KAFKA_CURRENT, confluentKafkaPython, type LibrdkafkaResult } from '../harness/index.js';
import {
  adminClientOf,
  itComparesLibrdkafkaRows,
  produceUntilAccepted,
  runLibrdkafkaRows,
  startSides,
  type LibrdkafkaRow,
  type RedTeamSides,
  type Side,
  policyOf,
  rule,
  SASL_IDENTITY,
} from './red-team-sides.js';

const ALLOWED = 'allowed';
const SECRET = 'secret';
const APP = 'app';
const TXN = 'tx-app';
const GROUP = 'g-app';

const POLICY = policyOf(
  [SASL_IDENTITY],
  [
    rule(`User:${APP}`, [
      `{ role: produce, topic: ${ALLOWED}, transactionalId: ${TXN} }`,
      `{ role: consume, topic: ${ALLOWED}, group: ${GROUP} }`,
    ]),
  ],
);

const ROWS: LibrdkafkaRow[] = [
  {
    name: `list_offsets of ${ALLOWED} and ${SECRET}: earliest, latest, max-timestamp (allowed, denied)`,
    script: 'admin',
    job: { action: 'list_offsets', topics: [ALLOWED, SECRET] },
    // The one seeded record (the first row: before the transactions); librdkafka does not find a
    // topic it may not describe (_NOENT).
    expected: `${ALLOWED}: earliest 0, latest 1, max-timestamp 0 | ${SECRET}: _NOENT`,
  },
  {
    name: `a transaction to ${ALLOWED} that sends ${GROUP}'s offsets (allowed: committed)`,
    script: 'transactional',
    job: { transactionalId: TXN, topic: ALLOWED, values: ['t-1'], offsetsGroup: GROUP },
    expected: 'committed',
  },
  {
    name: `a transaction to ${ALLOWED} that sends the offsets of g-other (denied: the group), then a new transaction`,
    script: 'transactional',
    job: {
      transactionalId: TXN,
      topic: ALLOWED,
      values: ['t-2'],
      offsetsGroup: 'g-other',
      thenTopic: ALLOWED,
    },
    expected: 'GROUP_AUTHORIZATION_FAILED, then committed',
  },
  {
    name: `a transaction to ${SECRET} (denied: the topic), then a new transaction to ${ALLOWED}`,
    script: 'transactional',
    job: { transactionalId: TXN, topic: SECRET, values: ['t-3'], thenTopic: ALLOWED },
    // librdkafka fails the commit as a whole (_INCONSISTENT: a record failed delivery).
    expected: '_INCONSISTENT (deliveries: TOPIC_AUTHORIZATION_FAILED), then committed',
  },
  {
    name: `a transaction to ${ALLOWED} and ${SECRET} (denied: one topic), then a new transaction to ${ALLOWED}`,
    script: 'transactional',
    job: { transactionalId: TXN, topics: [ALLOWED, SECRET], values: ['t-4'], thenTopic: ALLOWED },
    expected: '_INCONSISTENT (deliveries: TOPIC_AUTHORIZATION_FAILED), then committed',
  },
  {
    name: 'a transaction with transactional id tx-other (denied)',
    script: 'transactional',
    job: { transactionalId: 'tx-other', topic: ALLOWED, values: ['t-5'] },
    expected: 'TRANSACTIONAL_ID_AUTHORIZATION_FAILED',
  },
  {
    name: `describe_consumer_groups ${GROUP} and g-other with authorized operations (allowed, denied)`,
    script: 'admin',
    job: { action: 'describe_groups', groups: [GROUP, 'g-other'] },
    expected: `${GROUP}: EMPTY, 0 members, operations DESCRIBE,READ | g-other: GROUP_AUTHORIZATION_FAILED`,
  },
  {
    name: `list_consumer_group_offsets of ${GROUP} for ${ALLOWED} and ${SECRET} (allowed, hidden)`,
    script: 'admin',
    job: { action: 'group_offsets', group: GROUP, topics: [ALLOWED, SECRET] },
    // Offset 0, sent into the first transaction.
    expected: `${ALLOWED}: 0 | ${SECRET}: TOPIC_AUTHORIZATION_FAILED`,
  },
];

let both: RedTeamSides;
let outcomes: Map<LibrdkafkaRow, Record<Side['name'], LibrdkafkaResult>>;

/** One record in partition 0 of `secret` and of `allowed` (admin listener), before any row. */
async function seed(side: Side): Promise<void> {
  const admin = await adminClientOf(side);
  try {
    for (const topic of [SECRET, ALLOWED])
      await produceUntilAccepted(admin, side, topic, 's-1', async () => {
        // The coordinators exist once FindCoordinator has created their internal topics.
        await admin.call(10, 4, { keyType: 0, coordinatorKeys: [GROUP] });
        await admin.call(10, 4, { keyType: 1, coordinatorKeys: [TXN] });
      });
  } finally {
    admin.end();
  }
}

beforeAll(async () => {
  confluentKafkaPython(CONFLUENT_KAFKA_CURRENT); // fails at once, naming the install script
  both = await startSides({ policy: POLICY, users: [APP], topics: { [ALLOWED]: 1, [SECRET]: 1 } });
  outcomes = await runLibrdkafkaRows(both, ROWS, { userOf: () => APP, seed });
}, 1_200_000);

afterAll(async () => {
  await both?.stop();
});

describe('librdkafka transactions and admin reads see through the proxy what they see from the broker with equivalent ACLs', () => {
  itComparesLibrdkafkaRows(ROWS, () => outcomes);
});
