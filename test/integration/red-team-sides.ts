// The two sides every red-team comparison runs on: a broker with StandardAuthorizer and the ACLs
// `policy to-acls` gives for a policy (the reference), and the proxy enforcing that policy in front of
// a broker without an authorizer. Raw requests (generated encoders, after a real SCRAM-SHA-512
// exchange) go to both; what each side answers must be the same.

/* eslint-disable @typescript-eslint/no-explicit-any -- decoded responses of many message types */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  KafkaCluster,
  LibrdkafkaResult,
  LibrdkafkaScript,
  StartKafkaOptions,
} from '../harness/index.js';
import { CONFLUENT_KAFKA_CURRENT, runLibrdkafka, startKafka } from '../harness/index.js';
import { expect, it } from 'vitest';
import { startPolicyProxy, type PolicyProxy } from '../../demo/policy-proxy.js';
import { policyAcls } from '../support/policy-acls.js';
import { RawClient, records } from './policy-raw-client.js';

/** One side of a comparison: its name, the port clients connect to, and the broker behind it. */
export interface Side {
  readonly name: 'reference' | 'proxy';
  readonly port: number;
  readonly cluster: KafkaCluster;
}

/** The identity source that names a connection's SASL user (any mechanism the broker enables). */
export const SASL_IDENTITY = 'sasl: {}';

/** Connections from 127.0.0.0/8 that an earlier source does not name are User:trusted-net. */
export const TRUSTED_NET_IDENTITY = "sourceCidr: { cidr: 127.0.0.0/8, principal: 'User:trusted-net' }";

/** One policy rule (policies/README.md): `principal` may do each of `allow` (YAML flow mappings). */
export const rule = (principal: string, allow: readonly string[]): string =>
  `  - principal: ${principal}\n    allow:\n${allow.map((a) => `      - ${a}\n`).join('')}`;

/** A KafkaPolicy document with `identities` (YAML flow mappings, in order) and `rules` (rule()). */
export const policyOf = (identities: readonly string[], rules: readonly string[]): string =>
  `apiVersion: kafka-l7-proxy/v1\nkind: KafkaPolicy\nidentities:\n${identities
    .map((i) => `  - ${i}\n`)
    .join('')}rules:\n${rules.join('')}`;

/** Both sides of a comparison, and how to stop them. */
export interface RedTeamSides {
  readonly sides: readonly Side[];
  readonly stack: PolicyProxy;
  stop(): Promise<void>;
}

/**
 * Starts the reference broker (StandardAuthorizer, no super user, the ACLs of `policy`) and a plain
 * broker behind the proxy enforcing `policy`, both with SCRAM users `<name>`/`<name>-secret`, and
 * creates `topics` (name -> partition count) on both. Throws when a broker does not start.
 */
export async function startSides(options: {
  policy: string;
  users: readonly string[];
  topics: Record<string, number>;
  serverProperties?: Record<string, string>;
}): Promise<RedTeamSides> {
  const scram = { users: options.users.map((name) => ({ name, password: `${name}-secret` })) };
  const common: StartKafkaOptions = {
    nodes: 1,
    scram,
    readyTimeoutMs: 240_000,
    ...(options.serverProperties ? { serverProperties: options.serverProperties } : {}),
  };
  const [reference, plain] = await Promise.all([
    startKafka({ ...common, authorizer: { superUsers: [] } }),
    startKafka(common),
  ]);
  for (const cluster of [reference, plain]) {
    for (const [topic, partitions] of Object.entries(options.topics)) {
      await cluster.createTopic(topic, partitions, 1).catch((error: Error) => {
        if (!error.message.includes('does not host this topic-partition')) throw error;
      });
    }
  }
  const policyPath = join(mkdtempSync(join(tmpdir(), 'red-team-')), 'policy.yaml');
  writeFileSync(policyPath, options.policy);
  await reference.addAcls(policyAcls(policyPath));
  const stack = await startPolicyProxy(plain, policyPath);
  return {
    sides: [
      { name: 'reference', port: reference.nodes[0]!.port, cluster: reference },
      { name: 'proxy', port: stack.proxy.bootstrapPort, cluster: plain },
    ],
    stack,
    async stop() {
      await stack.stop();
      await Promise.all([plain.stop(), reference.stop()]);
    },
  };
}

/** A raw client of `side` authenticated as `user` (SCRAM-SHA-512, password `<user>-secret`). */
export async function connectAs(side: Side, user: string): Promise<RawClient> {
  const client = await RawClient.connect(side.port);
  await client.scram(user, `${user}-secret`);
  return client;
}

/** One request on a new connection as `user`; throws when the side closes instead of answering. */
export async function askAs<T = any>(
  side: Side,
  user: string,
  api: number,
  version: number,
  body: unknown,
): Promise<T> {
  const client = await connectAs(side, user);
  try {
    const r = await client.call<T>(api, version, body);
    if (r === 'closed') throw new Error(`${side.name}: api ${api} v${version} as ${user}: closed`);
    return r;
  } finally {
    client.end();
  }
}

/** Retries `probe` until `done` holds for its result (generous bound: the machine is shared). */
export async function until<T>(probe: () => Promise<T>, done: (t: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const t = await probe();
    if (done(t)) return t;
    if (Date.now() > deadline)
      throw new Error(
        `timed out waiting for ${what}: ${JSON.stringify(t, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v))}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The harness's admin listener (PLAINTEXT, a super user) of a side's broker. */
export function adminClientOf(side: Pick<Side, 'cluster'>): Promise<RawClient> {
  return RawClient.connect(Number((side.cluster.adminConfig.brokers as string[])[0]!.split(':')[1]));
}

/** Topic name -> topic ID on a side's broker (asked on its admin listener). */
export async function topicIdsOf(side: Pick<Side, 'cluster'>): Promise<Map<string, string>> {
  const client = await adminClientOf(side);
  try {
    const r = await client.call<any>(3, 12, { topics: null, allowAutoTopicCreation: false });
    if (r === 'closed') throw new Error('closed');
    return new Map(r.topics.map((t: any) => [t.name, t.topicId]));
  } finally {
    client.end();
  }
}

/** One partition of a Fetch request read from offset 0, 1 MiB at most. */
export const fetchPartition = (partition: number, currentLeaderEpoch = -1) => ({
  partition,
  currentLeaderEpoch,
  fetchOffset: 0n,
  lastFetchedEpoch: -1,
  logStartOffset: -1n,
  partitionMaxBytes: 1 << 20,
});

/** A sessionless Fetch v17 body (SessionEpoch -1, no wait, 1 MiB) for `topics` named by ID. */
export const sessionlessFetch = (
  topics: { topicId: string | undefined; partitions: ReturnType<typeof fetchPartition>[] }[],
) => ({
  maxWaitMs: 10,
  minBytes: 0,
  maxBytes: 1 << 20,
  isolationLevel: 0,
  sessionId: 0,
  sessionEpoch: -1,
  topics,
  forgottenTopicsData: [],
  rackId: '',
});

/** Runs `steps` on each side, one side after the other, and returns what each saw by side name. */
export async function onBothSides(
  sides: readonly Side[],
  steps: (side: Side) => Promise<unknown>,
): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const side of sides) out[side.name] = await steps(side);
  return out;
}

/**
 * Writes one record `value` to partition 0 of `topic` with Produce v9 (acks -1) on `client`, retried
 * until the broker accepts it (ErrorCode 0); `before` runs ahead of each attempt.
 */
export async function produceUntilAccepted(
  client: RawClient,
  side: Pick<Side, 'name'>,
  topic: string,
  value: string,
  before?: () => Promise<unknown>,
): Promise<void> {
  await until(
    async () => {
      await before?.();
      return client.call<any>(0, 9, {
        transactionalId: null,
        acks: -1,
        timeoutMs: 10_000,
        topicData: [{ name: topic, partitionData: [{ index: 0, records: records(value) }] }],
      });
    },
    (r) => r !== 'closed' && r.responses[0].partitionResponses[0].errorCode === 0,
    `${side.name}: a record in ${topic}`,
  );
}

/** Switches share groups on (KIP-932: feature share.version 1, a preview in Kafka 4.1) on a side's broker. */
export async function enableShareGroups(side: Side): Promise<void> {
  const admin = await adminClientOf(side);
  try {
    const updated = await admin.call<any>(57, 1, {
      timeoutMs: 60_000,
      featureUpdates: [
        { feature: 'share.version', maxVersionLevel: 1, allowDowngrade: false, upgradeType: 1 },
      ],
      validateOnly: false,
    });
    if (updated === 'closed' || updated.errorCode !== 0)
      throw new Error(`share.version: ${JSON.stringify(updated)}`);
  } finally {
    admin.end();
  }
}

/**
 * One ShareGroupHeartbeat v1 of `memberId` at `epoch` (-1: leave) in `group` on `client`, subscribed
 * to `topics` (null: unchanged); its decoded answer, or `closed`.
 */
export const shareHeartbeat = (
  client: RawClient,
  group: string,
  memberId: string,
  epoch: number,
  topics: string[] | null,
): Promise<any> =>
  client.call<any>(76, 1, {
    groupId: group,
    memberId,
    memberEpoch: epoch,
    rackId: null,
    subscribedTopicNames: topics,
  });

/**
 * A new share member (ShareGroupHeartbeat v1) of `group` on `client`, subscribed to `topics`,
 * heartbeating until it holds an assignment of every topic; returns its member id.
 */
export async function joinShareGroup(
  client: RawClient,
  side: Side,
  group: string,
  topics: string[],
): Promise<string> {
  const memberId = randomBytes(16).toString('base64url');
  let epoch = 0;
  await until(
    async () => {
      const beat = await shareHeartbeat(client, group, memberId, epoch, epoch === 0 ? topics : null);
      if (beat === 'closed' || beat.errorCode !== 0) return 0;
      epoch = beat.memberEpoch;
      return beat.assignment?.topicPartitions?.length ?? 0;
    },
    (n) => n === topics.length,
    `${side.name}: a share member of ${group} assigned ${topics.join(',')}`,
  );
  return memberId;
}

/** A ShareFetch v1 body of `member` at `epoch` naming partition 0 of `topicIds` (none: the session). */
export const shareFetchBody = (
  group: string,
  memberId: string,
  epoch: number,
  topicIds: (string | undefined)[],
) => ({
  groupId: group,
  memberId,
  shareSessionEpoch: epoch,
  maxWaitMs: 100,
  minBytes: 0,
  maxBytes: 1 << 20,
  maxRecords: 100,
  batchSize: 100,
  topics: topicIds.map((topicId) => ({
    topicId,
    partitions: [{ partitionIndex: 0, acknowledgementBatches: [] }],
  })),
  forgottenTopicsData: [],
});

/** Sends one ShareFetch v1 (shareFetchBody) on `client`; its decoded answer, or `closed`. */
export const shareFetch = (
  client: RawClient,
  group: string,
  memberId: string,
  epoch: number,
  topicIds: (string | undefined)[],
): Promise<any> => client.call<any>(78, 1, shareFetchBody(group, memberId, epoch, topicIds));

/**
 * One test per row: the proxy's side is seen as the reference's and the reference shows the row's
 * `expected` (expectLibrdkafkaRow); `outcomes` gives the results once beforeAll has run the rows.
 */
export function itComparesLibrdkafkaRows<R extends LibrdkafkaRow>(
  rows: readonly R[],
  outcomes: () => Map<R, Record<Side['name'], LibrdkafkaResult>>,
): void {
  for (const row of rows) it(row.name, () => expectLibrdkafkaRow(outcomes().get(row)!, row.expected));
}

/**
 * Writes `value` to partition 0 of `topic` with `client` and share-fetches as `memberId` of `group`
 * (epoch 0 opens the session naming `topicId`; later epochs fetch the session), until a record is
 * acquired (a share group starts at the latest offset). Returns the acquired records of that fetch
 * and the session's next epoch.
 */
export async function fetchUntilAcquired(
  client: RawClient,
  side: Side,
  group: string,
  memberId: string,
  topic: string,
  topicId: string | undefined,
  value: string,
): Promise<{ acquired: any[]; epoch: number }> {
  let epoch = 0;
  const acquired = await until(
    async () => {
      await produceUntilAccepted(client, side, topic, value);
      const r = await shareFetch(client, group, memberId, epoch, epoch === 0 ? [topicId] : []);
      if (r !== 'closed' && r.errorCode === 0) epoch++;
      return r === 'closed'
        ? []
        : (r.responses.flatMap((t: any) => t.partitions.flatMap((p: any) => p.acquiredRecords)) as any[]);
    },
    (a) => a.length > 0,
    `${side.name}: a share fetch of ${group} acquiring a record of ${topic}`,
  );
  return { acquired, epoch };
}

/** One librdkafka client action compared between the sides, and what the policy implies it sees. */
export interface LibrdkafkaRow {
  name: string;
  script: LibrdkafkaScript;
  job: Record<string, unknown>;
  /** What the policy implies the client sees: the reference broker must show exactly this. */
  expected: string;
}

/**
 * Runs every row with confluent-kafka (CONFLUENT_KAFKA_CURRENT, 120 s bound each) as `userOf(row)`
 * on each side: the sides at once, a side's rows one after the other, `seed` first on each side and
 * `beforeRow` ahead of each row. Returns each row's result by side name.
 */
export async function runLibrdkafkaRows<R extends LibrdkafkaRow>(
  both: RedTeamSides,
  rows: readonly R[],
  options: {
    userOf: (row: R) => string;
    seed: (side: Side) => Promise<void>;
    beforeRow?: (side: Side, row: R) => Promise<void>;
  },
): Promise<Map<R, Record<Side['name'], LibrdkafkaResult>>> {
  const outcomes = new Map<R, Record<Side['name'], LibrdkafkaResult>>();
  await Promise.all(
    both.sides.map(async (side) => {
      await options.seed(side);
      for (const row of rows) {
        await options.beforeRow?.(side, row);
        const user = options.userOf(row);
        const endpoint =
          side.name === 'reference' ? side.cluster.endpoint({ user }) : both.stack.endpoint(user);
        const result = await runLibrdkafka(CONFLUENT_KAFKA_CURRENT, row.script, endpoint, row.job, {
          timeoutMs: 120_000,
        });
        outcomes.set(row, { ...outcomes.get(row), [side.name]: result } as Record<
          Side['name'],
          LibrdkafkaResult
        >);
      }
    }),
  );
  return outcomes;
}

/**
 * What a librdkafka row is compared by: the outcome, the error names librdkafka reported through its
 * error callback (once each, sorted), and whether the client finished (exit 0, its bound not reached).
 */
export function librdkafkaSeen(r: LibrdkafkaResult): {
  outcome: string;
  reportedErrors: string[];
  finished: boolean;
} {
  const errors = (r.details.errors ?? []) as Array<{ name: string }>;
  return {
    outcome: r.outcome,
    reportedErrors: [...new Set(errors.map((e) => e.name))].sort(),
    finished: !r.timedOut && r.exitCode === 0,
  };
}

/**
 * Asserts one librdkafka row: the proxy's side is seen as the reference's, and the reference shows
 * `expected` and finished (both results printed on failure).
 */
export function expectLibrdkafkaRow(results: Record<Side['name'], LibrdkafkaResult>, expected: string): void {
  const { reference, proxy } = results;
  const context = JSON.stringify({ reference, proxy }, null, 1);
  expect(librdkafkaSeen(proxy), context).toEqual(librdkafkaSeen(reference));
  expect(librdkafkaSeen(reference), context).toMatchObject({ outcome: expected, finished: true });
}
