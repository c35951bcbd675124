// Concurrency of the differential harness: N workers ("lanes"), each sending its requests one at a
// time over its own connections (one per principal and slot, to the proxy and to the reference),
// the lanes running concurrently. Which lane runs a request depends only on its API key and its
// index in the seeded stream, so a seed and a worker count give the same requests in the same
// lanes, in the same order within each lane, every time.
//
// Requests that read or change state other requests of the run also change go to lane 0, in the
// order they were generated, so that no two of them race between the two sides: group coordinator
// state (joins, commits, describes, lists) and transaction state (InitProducerId, the transaction
// APIs, DescribeTransactions, ListTransactions, DescribeProducers); transactional offset commits
// couple the two, so they share the lane. Everything else only reads state that no request of
// another lane changes, and is spread over the other lanes round robin:
//   - no principal of the universe may create, delete or alter topics, configs, ACLs, quotas or
//     credentials;
//   - Produce only appends records: its batches (records() of the raw client) carry no producer id
//     and are not transactional, so they register no producer and join no transaction; every
//     partition holds records at offsets 0-2 (every offset a generated Fetch asks for) from the
//     set-up on, and offsets and watermarks are compared by sign only, so what a Fetch or
//     ListOffsets answers does not depend on whether a Produce of another lane came first;
//   - share groups are off in Kafka 4.1 by default: every share-group API is answered
//     UNSUPPORTED_VERSION (or refused by the policy) before any group state is touched.
// Fetch requests that open or use a fetch session (SessionEpoch other than -1) all go to lane 1, in
// generated order, with the fetch-session sequences: each broker keeps one session cache (1,000
// slots by default) and evicts by recency when it is full, so session requests of several lanes
// would reach the two brokers interleaved differently and evict different sessions.
// A sequence that changes the policy (a reload) runs alone: every lane drains first.

import { ApiKey } from '../../protocol/generated/api-keys.js';

/** Where a request or a stateful sequence may run. */
export type LaneKind = 'shared-state' | 'fetch-session' | 'independent' | 'exclusive';

/** API keys whose requests read or change state that other generated requests change. */
export const SHARED_STATE_API_KEYS: ReadonlySet<number> = new Set([
  // transaction and producer state
  ApiKey.InitProducerId,
  ApiKey.AddPartitionsToTxn,
  ApiKey.AddOffsetsToTxn,
  ApiKey.EndTxn,
  ApiKey.TxnOffsetCommit,
  ApiKey.DescribeProducers,
  ApiKey.DescribeTransactions,
  ApiKey.ListTransactions,
  // group coordinator state (classic, KIP-848 and streams groups, committed offsets)
  ApiKey.OffsetCommit,
  ApiKey.OffsetFetch,
  ApiKey.OffsetDelete,
  ApiKey.JoinGroup,
  ApiKey.Heartbeat,
  ApiKey.LeaveGroup,
  ApiKey.SyncGroup,
  ApiKey.DescribeGroups,
  ApiKey.ListGroups,
  ApiKey.DeleteGroups,
  ApiKey.ConsumerGroupHeartbeat,
  ApiKey.ConsumerGroupDescribe,
  ApiKey.StreamsGroupHeartbeat,
  ApiKey.StreamsGroupDescribe,
]);

/**
 * The lane kind of a generated request: shared state by API key; a Fetch whose `sessionEpoch` is
 * not -1 (it opens, uses or closes a fetch session; below v7 the field is absent) is a
 * fetch-session request.
 */
export function laneKindOf(apiKey: number, body?: unknown): Exclude<LaneKind, 'exclusive'> {
  if (SHARED_STATE_API_KEYS.has(apiKey)) return 'shared-state';
  if (apiKey === ApiKey.Fetch) {
    const epoch = (body as { sessionEpoch?: unknown } | null | undefined)?.sessionEpoch;
    if (epoch !== undefined && epoch !== -1) return 'fetch-session';
  }
  return 'independent';
}

/**
 * The lane (0 .. workers-1) that runs the request or sequence at `index` of the seeded stream:
 * lane 0 for shared state (and for everything with one worker), lane 1 for fetch sessions, lanes
 * 1 .. workers-1 round robin for independent requests.
 */
export function laneOf(kind: Exclude<LaneKind, 'exclusive'>, index: number, workers: number): number {
  if (workers <= 1 || kind === 'shared-state') return 0;
  if (kind === 'fetch-session') return 1;
  return 1 + (index % (workers - 1));
}

/**
 * Lanes of tasks: tasks pushed to one lane run one after the other in push order, lanes run
 * concurrently. `push` waits while the lane holds more than `maxQueued` unfinished tasks (so that
 * the generator stays a bounded distance ahead). The first task that throws stops every lane from
 * starting new tasks; `push`, `exclusive` and `drain` then throw that error.
 */
export class SerialLanes {
  private readonly tails: Array<Promise<void>>;
  private readonly unfinished: Array<Array<Promise<void>>>;
  private failure: { error: unknown } | undefined;

  constructor(
    readonly count: number,
    private readonly maxQueued = 64,
  ) {
    if (!Number.isInteger(count) || count < 1) throw new Error(`lanes: count must be >= 1, got ${count}`);
    this.tails = Array.from({ length: count }, () => Promise.resolve());
    this.unfinished = Array.from({ length: count }, () => []);
  }

  /** Queues `task` on `lane`; resolves once the lane has room again. */
  async push(lane: number, task: () => Promise<void>): Promise<void> {
    this.rethrow();
    const done = this.tails[lane]!.then(async () => {
      if (this.failure === undefined) await task();
    }).catch((error: unknown) => {
      this.failure ??= { error };
    });
    this.tails[lane] = done;
    const queue = this.unfinished[lane]!;
    queue.push(done);
    while (queue.length > this.maxQueued) await queue.shift();
    this.rethrow();
  }

  /** Waits until every lane has finished what it was given, then runs `task` alone. */
  async exclusive(task: () => Promise<void>): Promise<void> {
    await this.drain();
    await task();
  }

  /** Waits until every lane has finished what it was given. */
  async drain(): Promise<void> {
    await Promise.all(this.tails);
    for (const queue of this.unfinished) queue.length = 0;
    this.rethrow();
  }

  private rethrow(): void {
    if (this.failure !== undefined) throw this.failure.error;
  }
}
