// Red team: librdkafka clients (confluent-kafka from PyPI, SCRAM-SHA-512) under the shipped payments
// policy (policies/payments.yaml). Every row runs one client action twice: against a broker with
// StandardAuthorizer and the ACLs `policy to-acls` gives for the policy, and through the proxy
// enforcing it in front of a broker without an authorizer. Compared per row: the outcome (records,
// or the first authorization error the client surfaced), the set of error names librdkafka reported
// through its error callback (a reconnect loop or a transport error on one side only shows there),
// and that the client finished (no hang: the script's own bound was not reached where the reference
// finished within it). Each row also states what the policy implies; the reference must show it.
//
// Clients: `bash scripts/ci-python-clients.sh` installs confluent-kafka (see test/harness/librdkafka.ts).

/* eslint-disable @typescript-eslint/no-explicit-any -- decoded responses */
import { afterAll, beforeAll, describe } from 'vitest';
import { CONFLUENT_KAFKA_CURRENT, confluentKafkaPython, type LibrdkafkaResult } from '../harness/index.js';
import { readFileSync } from 'node:fs';
import {
  adminClientOf,
  itComparesLibrdkafkaRows,
  produceUntilAccepted,
  runLibrdkafkaRows,
  startSides,
  until,
  type LibrdkafkaRow,
  type RedTeamSides,
  type Side,
} from './red-team-sides.js';

const COMMANDS = 'payments.commands';
const EVENTS = 'payments.events';
const WORKER_GROUP = 'payments-worker';
const API = 'payments-api';
const WORKER = 'payments-worker';
const ANALYTICS = 'analytics';
const SEED: Record<string, string[]> = { [COMMANDS]: ['c-1', 'c-2'], [EVENTS]: ['e-1'] };
const seeded = (topic: string): string[] => SEED[topic]!.map((v) => `${topic}:${v}`);

interface Row extends LibrdkafkaRow {
  user: string;
  /** The worker's group starts without committed offsets (deleted on the admin listener first). */
  freshGroup?: boolean;
}

const consume = (topics: string[], group: string, protocol: 'classic' | 'consumer', count: number) => ({
  mode: 'subscribe',
  protocol,
  topics,
  group,
  count,
  timeoutS: 30,
});

const ROWS: Row[] = [
  {
    name: `${API} produces to ${COMMANDS} (allowed)`,
    user: API,
    script: 'produce',
    job: { topic: COMMANDS, values: ['p-1', 'p-2'], acks: 'all' },
    expected: 'wrote 2',
  },
  {
    name: `${API} produces idempotently to ${COMMANDS} (allowed: Write on a topic, KIP-679)`,
    user: API,
    script: 'produce',
    job: { topic: COMMANDS, values: ['p-3'], idempotent: true },
    expected: 'wrote 1',
  },
  {
    name: `${API} produces to ${EVENTS} (denied)`,
    user: API,
    script: 'produce',
    job: { topic: EVENTS, values: ['x'], acks: 'all' },
    expected: 'TOPIC_AUTHORIZATION_FAILED',
  },
  {
    name: `${ANALYTICS} (deny-all) produces to ${EVENTS} (denied)`,
    user: ANALYTICS,
    script: 'produce',
    job: { topic: EVENTS, values: ['x'], acks: 'all' },
    expected: 'TOPIC_AUTHORIZATION_FAILED',
  },
  ...(['classic', 'consumer'] as const).flatMap((protocol): Row[] => [
    {
      name: `${WORKER} consumes ${COMMANDS} in group ${WORKER_GROUP}, ${protocol} protocol (allowed)`,
      user: WORKER,
      script: 'consume',
      job: consume([COMMANDS], WORKER_GROUP, protocol, 2),
      expected: `assigned: ${COMMANDS}; records: ${seeded(COMMANDS).join(',')}`,
      freshGroup: true,
    },
    {
      name: `${WORKER} subscribes to the regex ^payments\\..* in ${WORKER_GROUP}, ${protocol} protocol (allowed: both topics)`,
      user: WORKER,
      script: 'consume',
      // Every record of both topics: the seeds and what the producer rows above wrote.
      job: consume(['^payments\\..*'], WORKER_GROUP, protocol, 6),
      expected: `assigned: ${COMMANDS},${EVENTS}; records: ${[...seeded(COMMANDS), ...['p-1', 'p-2', 'p-3'].map((v) => `${COMMANDS}:${v}`), ...seeded(EVENTS)].sort().join(',')}`,
      freshGroup: true,
    },
    {
      name: `${WORKER} consumes ${COMMANDS} in group other-group, ${protocol} protocol (denied: the group)`,
      user: WORKER,
      script: 'consume',
      job: consume([COMMANDS], 'other-group', protocol, 1),
      expected: 'GROUP_AUTHORIZATION_FAILED',
    },
    {
      name: `${API} consumes ${COMMANDS} in ${WORKER_GROUP}, ${protocol} protocol (denied: may only produce)`,
      user: API,
      script: 'consume',
      job: consume([COMMANDS], WORKER_GROUP, protocol, 1),
      expected: 'GROUP_AUTHORIZATION_FAILED',
      freshGroup: true,
    },
    {
      name: `${ANALYTICS} (deny-all) consumes ${EVENTS} in ${WORKER_GROUP}, ${protocol} protocol (denied)`,
      user: ANALYTICS,
      script: 'consume',
      job: consume([EVENTS], WORKER_GROUP, protocol, 1),
      expected: 'GROUP_AUTHORIZATION_FAILED',
      freshGroup: true,
    },
  ]),
];

let both: RedTeamSides;
let outcomes: Map<Row, Record<Side['name'], LibrdkafkaResult>>;

/** Deletes the worker's group on a side's admin listener (a super user), so a row starts without offsets. */
async function deleteWorkerGroup(side: Side): Promise<void> {
  const admin = await adminClientOf(side);
  try {
    await until(
      async () => {
        // The group coordinator exists once FindCoordinator has created its internal topic.
        await admin.call<any>(10, 4, { keyType: 0, coordinatorKeys: [WORKER_GROUP] });
        return admin.call<any>(42, 2, { groupsNames: [WORKER_GROUP] });
      },
      // 0 deleted, 69 none; 68 (non-empty) while a previous row's member has not left yet.
      (r) => r !== 'closed' && [0, 69].includes(r.results[0].errorCode),
      `${side.name}: ${WORKER_GROUP} deleted`,
    );
  } finally {
    admin.end();
  }
}

async function seed(side: Side): Promise<void> {
  const admin = await adminClientOf(side);
  try {
    for (const [topic, values] of Object.entries(SEED)) {
      for (const value of values) await produceUntilAccepted(admin, side, topic, value);
    }
  } finally {
    admin.end();
  }
}

beforeAll(async () => {
  confluentKafkaPython(CONFLUENT_KAFKA_CURRENT); // fails at once, naming the install script
  both = await startSides({
    policy: readFileSync('policies/payments.yaml', 'utf8'),
    users: [API, WORKER, ANALYTICS],
    topics: { [COMMANDS]: 1, [EVENTS]: 1 },
  });
  // The rows of one side one after the other (they share the worker's group); both sides at once.
  outcomes = await runLibrdkafkaRows(both, ROWS, {
    userOf: (row) => row.user,
    seed,
    beforeRow: async (side, row) => {
      if (row.freshGroup) await deleteWorkerGroup(side);
    },
  });
}, 1_200_000);

afterAll(async () => {
  await both?.stop();
});

describe('librdkafka under the payments policy sees through the proxy what it sees from the broker with equivalent ACLs', () => {
  itComparesLibrdkafkaRows(ROWS, () => outcomes);
});
