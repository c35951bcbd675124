// The differential harness: the same requests, as the same SCRAM users, once through the proxy
// (the universe's policy in force, a broker without authorizer behind it) and once to a reference
// broker running StandardAuthorizer with the ACLs `policy to-acls` makes of that policy. Every
// answer pair is normalised (normalise.ts) and compared; a difference is either allowlisted with a
// reason (allowlist.ts) or reported.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { classifyApiKey, isClientFacing } from '../../src/policy/api-classification.js';
import { startPolicyProxy, type PolicyProxy } from '../../demo/policy-proxy.js';
import { log as rootLog } from '../../src/log.js';
import type { KafkaCluster } from '../harness/index.js';
import { startKafka } from '../harness/index.js';
import { RawClient, records } from '../integration/policy-raw-client.js';
import { aclSpecOf } from '../support/policy-acls.js';
import { translatePolicyToAcls } from '../../src/policy/acl-translation.js';
import { parsePolicy } from '../../src/policy/policy-loader.js';
import { allowlistMatches, unusedAllowlistEntries } from './allowlist.js';
import { firstDifference, normalise, recordLeaks, short } from './normalise.js';
import {
  collectEchoes,
  emptyEchoPool,
  requestArbitrary,
  resolveSymbols,
  type EchoPool,
} from './request-generator.js';
import { statefulSequences } from './sequences.js';
import { retryDelayMs, shouldRetryOnBothSides } from './coordinator-retry.js';
import { settleDelayMs, shouldSettleGroupRead } from './group-timer-retry.js';
import { SerialLanes, laneKindOf, laneOf } from './lanes.js';
import {
  GROUPS,
  PRINCIPALS,
  TOPICS,
  differentialPolicyYaml,
  topicOperationAllowed,
  type PrincipalName,
} from './universe.js';

/** One side of the comparison: where to connect and what that cluster calls its topics. */
export interface Side {
  readonly name: 'proxy' | 'reference';
  readonly port: number;
  /** Topic name -> ID on this side's cluster. */
  readonly ids: Map<string, string>;
  readonly nameOfId: Map<string, string>;
  readonly pool: EchoPool;
  readonly connections: Map<string, RawClient>;
}

export interface DifferentialEnv {
  readonly proxySide: Side;
  readonly referenceSide: Side;
  /** [apiKey, min version, max version] offered by both the proxy and the reference. */
  readonly offered: ReadonlyArray<readonly [number, number, number]>;
  readonly policyFile: string;
  /** The reference cluster's listener without authentication (topics, ACL changes). */
  readonly referenceAdminPort: number;
  stop(): Promise<void>;
}

/** What one side did with a request. */
export type Outcome =
  | { readonly kind: 'answer'; readonly body: unknown }
  | { readonly kind: 'closed' }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'error'; readonly message: string };

/** A request of the run, with its side-independent description. */
export interface Step {
  readonly principal: PrincipalName;
  /** Connection slot: 0 is the principal's usual connection, others are separate connections. */
  readonly slot: number;
  readonly apiKey: number;
  readonly version: number;
  /** The request body for one side (symbols already resolved). */
  readonly body: (side: Side) => unknown;
  /** Where it came from: `generated #12` or `sequence fetch-session step 3`. */
  readonly label: string;
}

export interface Difference {
  readonly step: string;
  readonly principal: string;
  readonly api: string;
  readonly request: string;
  readonly where: string;
  readonly proxy: string;
  readonly reference: string;
}

export interface DifferentialReport {
  readonly requests: number;
  readonly differences: Difference[];
  /** Allowlisted differences by allowlist id (the first entry that matched). */
  readonly allowlisted: Record<string, number>;
  /** Differences each allowlist entry matched (every entry that matched, not only the first). */
  readonly allowlistMatched: Record<string, number>;
  /** Allowlist entries that matched no difference in the run: stale, or not reached by this run. */
  readonly unusedAllowlist: string[];
  /** The first few differences each allowlist entry justified, to check that it still should. */
  readonly allowlistExamples: Record<string, Difference[]>;
  /** Record bytes of a topic the principal may not read, on either side. */
  readonly leaks: string[];
  /** Answers per outcome kind on the proxy side, for a sense of coverage. */
  readonly outcomes: Record<string, number>;
  /** Requests per API key name. */
  readonly perApi: Record<string, number>;
  /** Requests sent by each stateful sequence (by sequence name). */
  readonly perSequence: Record<string, number>;
  /** Wall time (ms) spent comparing, per API key name, summed over the lanes: what bounds the rate. */
  readonly msPerApi: Record<string, number>;
  /**
   * Requests sent again on both sides, per API key name, because the answers differed and one side
   * answered a retriable coordinator error (coordinator-retry.ts); each counts once per retry.
   */
  readonly coordinatorRetries: Record<string, number>;
  /**
   * DescribeGroups and ListGroups sent again on both sides, per API key name, because the two
   * answers first differed in what group timers move (group-timer-retry.ts); each counts once per read.
   */
  readonly groupReadSettles: Record<string, number>;
  /** The first few group reads that were read again: where the first pair differed, and how it ended. */
  readonly groupReadSettleExamples: string[];
  /** Lanes that ran concurrently (lanes.ts). */
  readonly concurrency: number;
  readonly elapsedMs: number;
}

const password = (user: string): string => `${user}-secret`;

async function topicIds(cluster: KafkaCluster): Promise<Map<string, string>> {
  const client = await RawClient.connect(adminPort(cluster));
  try {
    const r = await client.call<{ topics: Array<{ name: string; topicId: string }> }>(3, 12, {
      topics: null,
      allowAutoTopicCreation: false,
    });
    if (r === 'closed') throw new Error('closed');
    return new Map(r.topics.map((t) => [t.name, t.topicId]));
  } finally {
    client.end();
  }
}

const adminPort = (cluster: KafkaCluster): number =>
  Number((cluster.adminConfig.brokers as string[])[0]!.split(':')[1]);

/**
 * Creates the universe's topics through the admin listener (CreateTopics v7) and waits until every
 * partition has a leader; the harness's kafkajs-based createTopic meets retriable metadata errors on
 * a busy machine.
 */
async function createTopics(cluster: KafkaCluster): Promise<void> {
  const client = await RawClient.connect(adminPort(cluster));
  try {
    const r = await client.call<{ topics: Array<{ name: string; errorCode: number }> }>(19, 7, {
      topics: Object.entries(TOPICS).map(([name, numPartitions]) => ({
        name,
        numPartitions,
        replicationFactor: 1,
        assignments: [],
        configs: [],
      })),
      timeoutMs: 60_000,
      validateOnly: false,
    });
    if (r === 'closed' || r.topics.some((t) => t.errorCode !== 0 && t.errorCode !== 36)) {
      throw new Error(`CreateTopics failed: ${short(r)}`);
    }
    const deadline = Date.now() + 120_000;
    for (;;) {
      const m = await client.call<{
        topics: Array<{
          name: string;
          errorCode: number;
          partitions: Array<{ errorCode: number; leaderId: number }>;
        }>;
      }>(3, 12, {
        topics: Object.keys(TOPICS).map((name) => ({ topicId: 'AAAAAAAAAAAAAAAAAAAAAA', name })),
        allowAutoTopicCreation: false,
      });
      const ready =
        m !== 'closed' &&
        m.topics.every(
          (t) =>
            t.errorCode === 0 &&
            t.partitions.length === TOPICS[t.name] &&
            t.partitions.every((p) => p.errorCode === 0 && p.leaderId >= 0),
        );
      if (ready) return;
      if (Date.now() > deadline) throw new Error(`topics not ready: ${short(m)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } finally {
    client.end();
  }
}

/**
 * Writes three records (three batches of one) to every partition of `allowed` and `secret` through
 * the admin listener, so that every offset a generated Fetch asks for (0, 1, 2) holds a record from
 * the start: what a Fetch answers then does not depend on whether a concurrent Produce of another
 * lane has reached that side yet (lanes.ts).
 */
async function seedRecords(cluster: KafkaCluster): Promise<void> {
  const client = await RawClient.connect(adminPort(cluster));
  try {
    for (const name of ['allowed', 'secret'].flatMap((n) => [n, n, n])) {
      // Right after creation a partition may still answer NOT_LEADER_OR_FOLLOWER: retry a while.
      const deadline = Date.now() + 60_000;
      let r;
      for (;;) {
        r = await client.call<{ responses: Array<{ partitionResponses: Array<{ errorCode: number }> }> }>(
          0,
          9,
          {
            transactionalId: null,
            acks: -1,
            timeoutMs: 10_000,
            topicData: [
              {
                name,
                partitionData: Array.from({ length: TOPICS[name]! }, (_, index) => ({
                  index,
                  records: records(`${name}-${index}`),
                })),
              },
            ],
          },
        );
        const ok =
          r !== 'closed' && r.responses.every((t) => t.partitionResponses.every((p) => p.errorCode === 0));
        if (ok) break;
        if (Date.now() > deadline) throw new Error(`seeding ${name} failed: ${short(r)}`);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  } finally {
    client.end();
  }
}

function newSide(name: Side['name'], port: number, ids: Map<string, string>): Side {
  return {
    name,
    port,
    ids,
    nameOfId: new Map([...ids].map(([n, id]) => [id, n])),
    pool: emptyEchoPool(),
    connections: new Map(),
  };
}

/** A lane's own view of a side: the same cluster and IDs, its own connections and echo pool. */
function laneSide(side: Side): Side {
  return { ...side, pool: emptyEchoPool(), connections: new Map() };
}

async function connection(side: Side, principal: string, slot: number): Promise<RawClient> {
  const key = `${principal}/${slot}`;
  let c = side.connections.get(key);
  if (c && !c.closed) return c;
  c = await RawClient.connect(side.port);
  await c.scram(principal, password(principal));
  // Every generated request asks the broker to wait at most 10 s (timeoutMs fields); a side that
  // answers nothing after 12 s is reported as a timeout.
  c.responseTimeoutMs = 12_000;
  side.connections.set(key, c);
  return c;
}

/** Sends one request on one side and reads what came back. */
export async function send(side: Side, step: Step): Promise<Outcome> {
  let client: RawClient;
  try {
    client = await connection(side, step.principal, step.slot);
  } catch (e) {
    return { kind: 'error', message: `connect/authenticate: ${(e as Error).message}` };
  }
  try {
    const r = await client.call<unknown>(step.apiKey, step.version, step.body(side));
    if (r === 'closed') {
      side.connections.delete(`${step.principal}/${step.slot}`);
      return { kind: 'closed' };
    }
    collectEchoes(r, side.pool);
    return { kind: 'answer', body: r };
  } catch (e) {
    client.end();
    side.connections.delete(`${step.principal}/${step.slot}`);
    const message = (e as Error).message;
    return message === 'no response and no close' ? { kind: 'timeout' } : { kind: 'error', message };
  }
}

function project(o: Outcome, side: Side): unknown {
  return o.kind === 'answer' ? normalise(o.body, side) : o.kind === 'error' ? `error: ${o.message}` : o.kind;
}

/** May `principal` read records of `topic`, by the universe's grants (or a grant given for now)? */
function readable(principal: PrincipalName, topic: string, granted: ReadonlySet<string>): boolean {
  return granted.has(`${principal}/${topic}`) || topicOperationAllowed(principal, 'READ', topic);
}

/** What a stateful sequence compares through: one lane's connections, the run's results. */
export interface Comparer {
  readonly env: DifferentialEnv;
  /** `principal/topic` read grants in force for now (the reload sequence), on both sides. */
  readonly granted: Set<string>;
  /** Sends the step to both sides (in parallel) and compares; resolves with both outcomes. */
  compare(step: Step): Promise<{ proxy: Outcome; reference: Outcome }>;
}

/**
 * Collects the run's results; `compare` sends one step to both sides and records the outcome.
 * Itself a Comparer over the environment's own sides; `lane` gives one over a lane's own sides.
 */
export class Comparison implements Comparer {
  readonly differences: Difference[] = [];
  readonly allowlisted: Record<string, number> = {};
  readonly allowlistMatched: Record<string, number> = {};
  readonly allowlistExamples: Record<string, Difference[]> = {};
  readonly leaks: string[] = [];
  readonly outcomes: Record<string, number> = {};
  readonly perApi: Record<string, number> = {};
  readonly perSequence: Record<string, number> = {};
  readonly granted = new Set<string>();
  readonly msPerApi: Record<string, number> = {};
  readonly coordinatorRetries: Record<string, number> = {};
  readonly groupReadSettles: Record<string, number> = {};
  readonly groupReadSettleExamples: string[] = [];
  /** RunOptions.trace. */
  trace: ((line: string) => void) | undefined;
  requests = 0;
  concurrency = 1;

  constructor(readonly env: DifferentialEnv) {}

  /** A Comparer sending over `proxySide` and `referenceSide` (a lane's), recording here. */
  lane(proxySide: Side, referenceSide: Side): Comparer {
    return {
      env: this.env,
      granted: this.granted,
      compare: (step) => this.compareOn(step, proxySide, referenceSide),
    };
  }

  compare(step: Step): Promise<{ proxy: Outcome; reference: Outcome }> {
    return this.compareOn(step, this.env.proxySide, this.env.referenceSide);
  }

  /**
   * Sends the step to both sides in parallel and compares. When the answers differ and either
   * carries a retriable coordinator error, sends it again on both sides (coordinator-retry.ts) and
   * compares the last pair; likewise a DescribeGroups, or a ListGroups differing only in group states,
   * at a group timer's edge (group-timer-retry.ts).
   * Record leaks are checked in every answer, retried or not.
   */
  private async compareOn(
    step: Step,
    proxySide: Side,
    referenceSide: Side,
  ): Promise<{ proxy: Outcome; reference: Outcome }> {
    const api = apiName(step.apiKey);
    let firstSettled: string | undefined;
    for (let retries = 0, settles = 0; ;) {
      const t0 = Date.now();
      // The request as sent, resolved before the answers add their echoes to the pools (each lane
      // sends one request at a time, so nothing changes a pool before `send` resolves it too).
      const sent = step.body(referenceSide);
      const [proxy, reference] = await Promise.all([send(proxySide, step), send(referenceSide, step)]);
      this.msPerApi[api] = (this.msPerApi[api] ?? 0) + Date.now() - t0;
      for (const [side, o] of [
        [proxySide, proxy],
        [referenceSide, reference],
      ] as const) {
        if (o.kind === 'answer' && (step.apiKey === 1 || step.apiKey === 78)) {
          for (const leak of recordLeaks(o.body, side, (t) => readable(step.principal, t, this.granted))) {
            this.leaks.push(
              `${side.name}: ${step.label} ${api} v${step.version} as ${step.principal}: ${leak}`,
            );
          }
        }
      }
      const p = project(proxy, proxySide);
      const r = project(reference, referenceSide);
      const where = firstDifference(p, r);
      if (shouldRetryOnBothSides(p, r, where !== undefined, retries)) {
        this.coordinatorRetries[api] = (this.coordinatorRetries[api] ?? 0) + 1;
        await new Promise((resolve) => setTimeout(resolve, retryDelayMs(++retries)));
        continue;
      }
      if (shouldSettleGroupRead(step.apiKey, where, settles, { proxy: p, reference: r })) {
        this.groupReadSettles[api] = (this.groupReadSettles[api] ?? 0) + 1;
        firstSettled ??= `${step.label} ${api} v${step.version} as ${step.principal}: ${where}`;
        await new Promise((resolve) => setTimeout(resolve, settleDelayMs(++settles)));
        continue;
      }
      if (firstSettled !== undefined && this.groupReadSettleExamples.length < 20) {
        this.groupReadSettleExamples.push(
          `${firstSettled} -> after ${settles} more reads: ${where ?? 'equal'}`,
        );
      }
      this.record(step, api, proxy, p, r, where, sent);
      return { proxy, reference };
    }
  }

  private record(
    step: Step,
    api: string,
    proxy: Outcome,
    p: unknown,
    r: unknown,
    where: string | undefined,
    request: unknown,
  ): void {
    this.requests++;
    this.perApi[api] = (this.perApi[api] ?? 0) + 1;
    const sequence = /^sequence (\S+)/.exec(step.label)?.[1];
    if (sequence !== undefined) this.perSequence[sequence] = (this.perSequence[sequence] ?? 0) + 1;
    this.trace?.(
      JSON.stringify({
        step: step.label,
        principal: step.principal,
        api: `${api} v${step.version}`,
        request: short(request, 4000),
        proxy: short(p, 4000),
        reference: short(r, 4000),
      }),
    );
    const kind = proxy.kind === 'answer' ? 'answered' : proxy.kind;
    this.outcomes[kind] = (this.outcomes[kind] ?? 0) + 1;
    if (where === undefined) return;
    const ids = allowlistMatches({ step, request, proxy: p, reference: r, where });
    for (const id of ids) this.allowlistMatched[id] = (this.allowlistMatched[id] ?? 0) + 1;
    const reason = ids[0];
    const difference: Difference = {
      step: step.label,
      principal: `User:${step.principal}`,
      api: `${api} v${step.version}`,
      request: short(request, 4000),
      where,
      proxy: short(p),
      reference: short(r),
    };
    if (reason) {
      this.allowlisted[reason] = (this.allowlisted[reason] ?? 0) + 1;
      const examples = (this.allowlistExamples[reason] ??= []);
      if (examples.length < 5) examples.push(difference);
    } else this.differences.push(difference);
  }

  report(startedAt: number): DifferentialReport {
    return {
      requests: this.requests,
      differences: this.differences,
      allowlisted: this.allowlisted,
      allowlistMatched: this.allowlistMatched,
      unusedAllowlist: unusedAllowlistEntries(this.allowlistMatched),
      allowlistExamples: this.allowlistExamples,
      leaks: this.leaks,
      outcomes: this.outcomes,
      perApi: this.perApi,
      perSequence: this.perSequence,
      msPerApi: this.msPerApi,
      coordinatorRetries: this.coordinatorRetries,
      groupReadSettles: this.groupReadSettles,
      groupReadSettleExamples: this.groupReadSettleExamples,
      concurrency: this.concurrency,
      elapsedMs: Date.now() - startedAt,
    };
  }
}

function apiName(apiKey: number): string {
  return classifyApiKey(apiKey)?.name ?? `key ${apiKey}`;
}

/** API keys never generated, each with its reason. */
export const NOT_GENERATED: Readonly<Record<number, string>> = {
  17: 'SaslHandshake: every connection of the harness authenticates with it; sent again it ends the connection on both sides',
  36: 'SaslAuthenticate: same as SaslHandshake',
};

async function offeredVersions(side: Side): Promise<Map<number, [number, number]>> {
  const client = await connection(side, 'nobody', 99);
  const r = await client.call<{ apiKeys: Array<{ apiKey: number; minVersion: number; maxVersion: number }> }>(
    18,
    3,
    { clientSoftwareName: 'differential', clientSoftwareVersion: '1' },
  );
  if (r === 'closed') throw new Error(`${side.name} closed ApiVersions`);
  return new Map(r.apiKeys.map((k) => [k.apiKey, [k.minVersion, k.maxVersion]]));
}

/**
 * Broker settings of both clusters that keep each broker's own clock out of the answers.
 *
 * The group coordinator's cleanup (expired offsets, then empty groups without offsets deleted) runs
 * every `offsets.retention.check.interval.ms` (10 min by default) on each broker's own clock: the two
 * brokers, started a minute apart, would delete an emptied group at different moments (a long run
 * saw DescribeGroups answer Empty on one side and Dead on the other). Once a day is never during a run.
 */
const NO_BROKER_CLOCK_IN_THE_ANSWERS = {
  'offsets.retention.check.interval.ms': String(24 * 3_600_000),
  // The same for transactions: the transaction coordinator aborts a transaction older than its
  // TransactionTimeoutMs (5-10 s as generated) at its next check, every 10 s on each broker's own
  // clock, so a run with seed 777 saw `tx1` CompleteAbort through the proxy and Ongoing on the
  // reference, then InitProducerId answered 0 on one side and CONCURRENT_TRANSACTIONS (51) on the
  // other, and the producer epochs one apart for the rest of the run. Without the timer, an open
  // transaction is aborted only by a request (InitProducerId, EndTxn), on both sides alike.
  'transaction.abort.timed.out.transaction.cleanup.interval.ms': String(24 * 3_600_000),
  // The group coordinator answers a JoinGroup before the records it wrote are committed (even an
  // error answer: a join that meets an empty KIP-848 group first converts it into an empty classic
  // group), while ListGroups, ConsumerGroupDescribe and DescribeGroups read the last committed state.
  // With the default linger the records wait up to 5 ms in the write batch, so a read sent right after
  // the answer found the consumer group on one side and the classic group on the other (seed
  // 20261203: ListGroups protocol type "consumer" against ""). At 0 the batch is written at the end
  // of the join itself and, on a single-node cluster, committed before the next read is served
  // (docs/group-coordinator-commits.md, test/integration/group-join-read-after-commit.test.ts).
  'group.coordinator.append.linger.ms': '0',
};

/**
 * Starts the two single-node clusters, the proxy with the universe's policy, the reference's ACLs
 * from the translator (which must translate the policy exactly), the topics with records, and
 * learns the versions both sides offer.
 */
export async function startDifferential(): Promise<DifferentialEnv> {
  const users = { users: PRINCIPALS.map((name) => ({ name, password: password(name) })) };
  const yaml = differentialPolicyYaml();
  const loaded = parsePolicy(yaml, 'differential-policy.yaml');
  if (!loaded.ok) throw new Error(loaded.errors.map(String).join('\n'));
  const translation = translatePolicyToAcls(loaded.policy);
  const inexact = translation.notes.filter((n) => n.kind !== 'assumption');
  if (inexact.length > 0)
    throw new Error(`the universe's policy does not translate exactly: ${short(inexact)}`);
  const dir = mkdtempSync(join(tmpdir(), 'differential-'));
  const policyFile = join(dir, 'policy.yaml');
  writeFileSync(policyFile, yaml);

  let reference: KafkaCluster | undefined;
  let plain: KafkaCluster | undefined;
  let stack: PolicyProxy | undefined;
  const stop = async (): Promise<void> => {
    await stack?.stop();
    await plain?.stop();
    await reference?.stop();
  };
  try {
    reference = await startKafka({
      nodes: 1,
      scram: users,
      authorizer: { superUsers: [] },
      readyTimeoutMs: 300_000,
      serverProperties: NO_BROKER_CLOCK_IN_THE_ANSWERS,
    });
    plain = await startKafka({
      nodes: 1,
      scram: users,
      readyTimeoutMs: 300_000,
      serverProperties: NO_BROKER_CLOCK_IN_THE_ANSWERS,
    });
    for (const cluster of [reference, plain]) {
      await createTopics(cluster);
      await seedRecords(cluster);
    }
    await reference.addAcls(translation.acls.map(aclSpecOf));
    // Denials are the point of the run: log only errors.
    stack = await startPolicyProxy(plain, policyFile, { log: rootLog.child({}, { level: 'error' }) });
    const referenceSide = newSide('reference', reference.nodes[0]!.port, await topicIds(reference));
    const proxySide = newSide('proxy', stack.proxy.bootstrapPort, await topicIds(plain));
    // Topic IDs reach the proxy in Metadata answers before clients use them (the proxy's own lookup
    // cannot authenticate to this SASL broker): one all-topics Metadata as admin, who sees them all.
    await send(proxySide, {
      principal: 'admin',
      slot: 99,
      apiKey: 3,
      version: 12,
      body: () => ({ topics: null, allowAutoTopicCreation: false }),
      label: 'learn topic IDs',
    });
    await warmCoordinators([proxySide, referenceSide]);
    const [p, r] = await Promise.all([offeredVersions(proxySide), offeredVersions(referenceSide)]);
    const offered: Array<[number, number, number]> = [];
    for (const [key, [min, max]] of r) {
      const mine = p.get(key);
      if (!mine || !isClientFacing(key) || key in NOT_GENERATED) continue;
      // Kafka 4 advertises Produce from v0 although it refuses v0-2 (KAFKA-18659): both close.
      const lo = Math.max(min, mine[0], key === 0 ? 3 : min);
      const hi = Math.min(max, mine[1]);
      if (lo <= hi) offered.push([key, lo, hi]);
    }
    const env: DifferentialEnv = {
      proxySide,
      referenceSide,
      offered,
      policyFile,
      referenceAdminPort: adminPort(reference),
      stop,
    };
    return env;
  } catch (e) {
    await stop();
    throw e;
  }
}

/** Sends `body` as `principal` until `done` holds of the answer on every side (or throws after `ms`). */
async function awaitAnswer(
  sides: Side[],
  principal: PrincipalName,
  apiKey: number,
  version: number,
  body: unknown,
  codes: (answer: unknown) => number[],
  what: string,
  ms: number,
): Promise<void> {
  for (const side of sides) {
    const deadline = Date.now() + ms;
    for (;;) {
      const o = await send(side, {
        principal,
        slot: 99,
        apiKey,
        version,
        body: () => body,
        label: 'warm up',
      });
      const got = o.kind === 'answer' ? codes(o.body) : [-1];
      if (got.every((c) => c === 0)) break;
      if (Date.now() > deadline) throw new Error(`${side.name}: ${what} not ready (${got.join(',')})`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/**
 * Waits until the group and transaction coordinators of both sides answer without a coordinator
 * error, so that the run does not meet COORDINATOR_LOAD_IN_PROGRESS on one side only while the
 * internal topics are created and loaded (what is left of such transients is retried:
 * coordinator-retry.ts).
 */
async function warmCoordinators(sides: Side[]): Promise<void> {
  // The first transactional FindCoordinator creates __transaction_state (as `app`, who may describe
  // tx1: the broker authorizes before it creates the topic); ListTransactions then answers 14 until
  // every partition of it is loaded.
  await awaitAnswer(
    sides,
    'app',
    10,
    4,
    { keyType: 1, coordinatorKeys: ['tx1'] },
    (b) => (b as { coordinators: Array<{ errorCode: number }> }).coordinators.map((c) => c.errorCode),
    'transaction coordinator',
    90_000,
  );
  await awaitAnswer(
    sides,
    'app',
    66,
    0,
    { stateFilters: [], producerIdFilters: [] },
    (b) => [(b as { errorCode: number }).errorCode],
    'transaction coordinator (ListTransactions)',
    180_000,
  );
  await warmGroupCoordinator(sides);
}

async function warmGroupCoordinator(sides: Side[]): Promise<void> {
  // The first group request creates the offsets topic; wait until both coordinators answer so that
  // no request meets COORDINATOR_LOAD_IN_PROGRESS on one side only.
  for (const side of sides) {
    const deadline = Date.now() + 90_000;
    for (;;) {
      const o = await send(side, {
        principal: 'admin',
        slot: 99,
        apiKey: 10,
        version: 4,
        body: () => ({ keyType: 0, coordinatorKeys: ['g1'] }),
        label: 'warm up',
      });
      const code =
        o.kind === 'answer'
          ? (o.body as { coordinators: Array<{ errorCode: number }> }).coordinators[0]!.errorCode
          : -1;
      if (code === 0) break;
      if (Date.now() > deadline) throw new Error(`${side.name}: group coordinator not ready (${code})`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  // Every group of the universe may sit on another partition of __consumer_offsets: wait until
  // DescribeGroups answers each without a coordinator error (14, 15, 16) on both sides.
  for (const side of sides) {
    const deadline = Date.now() + 180_000;
    for (;;) {
      const o = await send(side, {
        principal: 'admin',
        slot: 99,
        apiKey: 15,
        version: 5,
        body: () => ({ groups: [...GROUPS], includeAuthorizedOperations: false }),
        label: 'warm up',
      });
      const codes =
        o.kind === 'answer'
          ? (o.body as { groups: Array<{ errorCode: number }> }).groups.map((g) => g.errorCode)
          : [-1];
      if (codes.every((c) => c === 0)) break;
      if (Date.now() > deadline)
        throw new Error(`${side.name}: group coordinators not ready (${codes.join(',')})`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

export interface RunOptions {
  readonly requests: number;
  readonly seed: number;
  /** A stateful sequence after every this many generated requests (default 40; 0: none). */
  readonly sequenceEvery?: number;
  /** Called every 500 requests with a progress line and the report so far. */
  readonly progress?: (line: string, report: DifferentialReport) => void;
  /** Stop generating after this long (ms) and report what ran; default no bound. */
  readonly maxMs?: number;
  /**
   * Lanes running concurrently (lanes.ts), each with its own connections and echo pools; default 1
   * (every request in order on one set of connections, as the CI slice runs).
   */
  readonly concurrency?: number;
  /** Generate only these API keys (of those both sides offer); default every offered key. */
  readonly apiKeys?: readonly number[];
  /**
   * Called with every compared pair, in the order each lane records it (a JSON line: the step, the
   * principal, the API and version, the request as sent, both normalised answers), to follow a
   * difference back through the requests before it; default none.
   */
  readonly trace?: (line: string) => void;
}

/** Runs `requests` generated requests (and stateful sequences between them) and reports. */
export async function runDifferential(
  env: DifferentialEnv,
  options: RunOptions,
): Promise<DifferentialReport> {
  const started = Date.now();
  const comparison = new Comparison(env);
  const workers = Math.max(1, Math.floor(options.concurrency ?? 1));
  comparison.concurrency = workers;
  comparison.trace = options.trace;
  const offered = env.offered.filter(([key]) => options.apiKeys?.includes(key) ?? true);
  if (offered.length === 0) throw new Error(`none of the API keys ${String(options.apiKeys)} is offered`);
  const stepArb = fc
    .tuple(fc.constantFrom(...PRINCIPALS), fc.constantFrom(...offered))
    .chain(([principal, [apiKey, lo, hi]]) =>
      fc
        .integer({ min: lo, max: hi })
        .chain((version) =>
          requestArbitrary(apiKey, version).map((body) => ({ principal, apiKey, version, body })),
        ),
    );
  const every = options.sequenceEvery ?? 40;
  const sequences = statefulSequences();
  // Lane 0 uses the environment's own sides (so one lane runs exactly as before lanes existed);
  // every other lane its own connections and echo pools.
  const sidesOfLanes: Array<readonly [Side, Side]> = Array.from({ length: workers }, (_, w) =>
    w === 0 ? [env.proxySide, env.referenceSide] : [laneSide(env.proxySide), laneSide(env.referenceSide)],
  );
  const views: Comparer[] = sidesOfLanes.map(([p, r], w) => (w === 0 ? comparison : comparison.lane(p, r)));
  const lanes = new SerialLanes(workers);
  const batch = 200;
  let generated = 0;
  const outOfTime = (): boolean => options.maxMs !== undefined && Date.now() - started > options.maxMs;
  try {
    for (let start = 0; generated < options.requests && !outOfTime(); start += batch) {
      const samples = fc.sample(stepArb, {
        seed: options.seed + start,
        numRuns: Math.min(batch, options.requests - generated),
      });
      for (const s of samples) {
        if (outOfTime()) break;
        const index = generated++;
        const lane = laneOf(laneKindOf(s.apiKey, s.body), index, workers);
        const view = views[lane]!;
        const step: Step = {
          principal: s.principal,
          slot: 0,
          apiKey: s.apiKey,
          version: s.version,
          body: (side) => resolveSymbols(s.body, side.ids, side.pool),
          label: `generated #${index} (seed ${options.seed})`,
        };
        await lanes.push(lane, async () => {
          await view.compare(step);
        });
        if (every > 0 && index % every === every - 1) {
          const seq = sequences[Math.floor(index / every) % sequences.length]!;
          const seed = options.seed + index;
          if (seq.lane === 'exclusive') await lanes.exclusive(() => seq.run(comparison, seed));
          else {
            const seqLane = laneOf(seq.lane, index, workers);
            await lanes.push(seqLane, () => seq.run(views[seqLane]!, seed));
          }
        }
        if (generated % 500 === 0) {
          options.progress?.(
            `${generated} generated, ${comparison.requests} compared, ${comparison.differences.length} differences, ${Math.round((Date.now() - started) / 1000)} s`,
            comparison.report(started),
          );
        }
      }
    }
    await lanes.drain();
  } finally {
    // Let queued tasks end before their connections close (a failure stops new ones).
    await lanes.drain().catch(() => undefined);
    for (const sides of sidesOfLanes)
      for (const side of sides) for (const c of side.connections.values()) c.end();
  }
  return comparison.report(started);
}
