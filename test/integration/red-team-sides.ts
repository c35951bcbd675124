// The two sides every red-team comparison runs on: a broker with StandardAuthorizer and the ACLs
// `policy to-acls` gives for a policy (the reference), and the proxy enforcing that policy in front of
// a broker without an authorizer. Raw requests (generated encoders, after a real SCRAM-SHA-512
// exchange) go to both; what each side answers must be the same.

/* eslint-disable @typescript-eslint/no-explicit-any -- decoded responses of many message types */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KafkaCluster, StartKafkaOptions } from '../harness/index.js';
import { startKafka } from '../harness/index.js';
import { startPolicyProxy, type PolicyProxy } from '../../demo/policy-proxy.js';
import { policyAcls } from '../support/policy-acls.js';
import { RawClient } from './policy-raw-client.js';

/** One side of a comparison: its name, the port clients connect to, and the broker behind it. */
export interface Side {
  readonly name: 'reference' | 'proxy';
  readonly port: number;
  readonly cluster: KafkaCluster;
}

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
