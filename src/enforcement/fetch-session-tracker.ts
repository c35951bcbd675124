// The proxy's copy of the brokers' fetch sessions (KIP-227): session id -> the partitions the broker
// will read on every fetch that names the session, whoever sends it. The broker keeps a session's
// partition set between requests and serves all of it to any client that names a live id with the
// right epoch, so the proxy must know that set to authorize every partition of it for the principal
// of each request (docs/fetch-sessions.md has the broker's rules this mirrors, with sources).
//
// One tracker serves every connection of a proxy (one upstream cluster). Session ids are per
// broker, so entries are keyed by broker as well; see `brokerKeyOf` in fetch-enforcement.ts.
//
// An entry is either a session whose partition set the proxy knows (created from a full fetch it
// saw, changed by every incremental fetch it forwarded, in the broker's epoch order) or `opaque`: a
// live session whose set the proxy cannot vouch for (it saw the broker accept a fetch on an id it did
// not know, or the broker refused a fetch the proxy expected it to take). Fetches on an opaque or
// unknown session are filtered in full, partition by partition, so being wrong about a set can only
// cost a response rewrite, never let records through.

import { LRUCache } from 'lru-cache';

/** One topic of a session: its key (topic ID for v13+ sessions, else the name) and partitions in session order. */
export interface SessionTopic {
  readonly key: string;
  readonly partitions: number[];
}

/** Partitions named by a request: added to the session (Topics) or forgotten (ForgottenTopicsData). */
export interface TopicPartitions {
  readonly key: string;
  readonly partitions: readonly number[];
}

/** One partition of a session: its topic key and partition index. */
export interface SessionPartition {
  readonly key: string;
  readonly partition: number;
}

/** Kafka's FetchMetadata.nextEpoch: epochs run 1..Int32.MAX, then wrap to 1 (0 and -1 are reserved). */
export function nextEpoch(epoch: number): number {
  return epoch >= 0x7fffffff ? 1 : epoch + 1;
}

/**
 * A session whose partition set the proxy follows; `epoch` is the one the broker expects next. The
 * partitions keep the broker's session order (FetchSession's `partitionMap`, an insertion-ordered
 * collection: a full fetch's partitions in the order of the broker's answer to it, an incremental
 * fetch's new ones appended, updated ones left in place, forgotten ones removed), which is the order
 * the broker lists the partitions it refuses in.
 */
export class TrackedSession {
  /** `${key}:${partition}` -> the partition, in session order. */
  private readonly order = new Map<string, SessionPartition>();
  /** topic key -> how many of its partitions the session holds. */
  private readonly perTopic = new Map<string, number>();

  constructor(
    /** True when the session was created by Fetch v13+ (topics by ID); the broker refuses mixing. */
    readonly usesTopicIds: boolean,
    partitions: readonly TopicPartitions[],
    /** The epoch the broker expects on the next incremental fetch (1 after creation). */
    public epoch = 1,
  ) {
    this.add(partitions);
  }

  /** Number of partitions in the session. */
  get size(): number {
    return this.order.size;
  }

  /** The session's partitions in session order. */
  partitions(): IterableIterator<SessionPartition> {
    return this.order.values();
  }

  /** The session's topics (first appearance order), each with its partitions in session order. */
  topicList(): SessionTopic[] {
    const topics = new Map<string, number[]>();
    for (const { key, partition } of this.order.values()) {
      let list = topics.get(key);
      if (list === undefined) topics.set(key, (list = []));
      list.push(partition);
    }
    return [...topics].map(([key, partitions]) => ({ key, partitions }));
  }

  topicKeys(): IterableIterator<string> {
    return this.perTopic.keys();
  }

  /** Adds partitions not yet in the session (an incremental fetch's Topics; known ones stay in place). */
  add(partitions: readonly TopicPartitions[]): void {
    for (const t of partitions) {
      for (const partition of t.partitions) {
        const id = `${t.key}:${partition}`;
        if (this.order.has(id)) continue;
        this.order.set(id, { key: t.key, partition });
        this.perTopic.set(t.key, (this.perTopic.get(t.key) ?? 0) + 1);
      }
    }
  }

  /** Removes partitions (an incremental fetch's ForgottenTopicsData); unknown ones are ignored, as the broker does. */
  forget(partitions: readonly TopicPartitions[]): void {
    for (const t of partitions) {
      for (const partition of t.partitions) {
        if (!this.order.delete(`${t.key}:${partition}`)) continue;
        const left = (this.perTopic.get(t.key) ?? 1) - 1;
        if (left === 0) this.perTopic.delete(t.key);
        else this.perTopic.set(t.key, left);
      }
    }
  }
}

export type SessionEntry = TrackedSession | 'opaque';

export interface FetchSessionTrackerOptions {
  /** Most sessions remembered (known and opaque); the least recently used go first. Default 20,000. */
  readonly maxSessions?: number;
  /**
   * Most partitions over all sessions (an opaque or empty session counts as one); the least recently
   * used sessions go first. Default 2,000,000.
   */
  readonly maxPartitions?: number;
}

/** What the tracker holds, for diagnostics and tests. */
export interface FetchSessionTrackerStats {
  known: number;
  opaque: number;
  partitions: number;
  created: number;
  closed: number;
  evicted: number;
}

/**
 * Fetch sessions of every broker behind the proxy, bounded in sessions and partitions with
 * least-recently-used eviction (lru-cache: `max` sessions, `maxSize` partitions, where an opaque or
 * empty session weighs one). An evicted session is unknown afterwards, and fetches on it are
 * filtered in full.
 */
export class FetchSessionTracker {
  private readonly entries: LRUCache<string, SessionEntry>;
  /** The key of each known session, so that `update` can re-weigh it. */
  private readonly keys = new WeakMap<TrackedSession, string>();
  private readonly counts = { created: 0, closed: 0, evicted: 0 };

  constructor(options: FetchSessionTrackerOptions = {}) {
    this.entries = new LRUCache<string, SessionEntry>({
      max: options.maxSessions ?? 20_000,
      maxSize: options.maxPartitions ?? 2_000_000,
      sizeCalculation: (entry) => (entry === 'opaque' ? 1 : Math.max(1, entry.size)),
      dispose: (_entry, _key, reason) => {
        if (reason === 'evict') this.counts.evicted++;
      },
    });
  }

  /** The entry for `sessionId` on `broker`, marked most recently used; undefined when unknown. */
  get(broker: string, sessionId: number): SessionEntry | undefined {
    return this.entries.get(keyOf(broker, sessionId));
  }

  /**
   * A full fetch (epoch 0) was answered with a new session id: the broker's session holds every
   * partition of that request. An id already marked opaque stays opaque (the broker may have served
   * a fetch on it that the proxy could not follow).
   */
  create(broker: string, sessionId: number, session: TrackedSession): void {
    if (sessionId === 0) return;
    const key = keyOf(broker, sessionId);
    if (this.entries.peek(key) === 'opaque') return;
    this.entries.delete(key);
    this.entries.set(key, session);
    this.keys.set(session, key);
    this.counts.created++;
  }

  /** The session was closed on the broker (a full or final fetch named it, or it emptied). */
  close(broker: string, sessionId: number): void {
    if (this.entries.delete(keyOf(broker, sessionId))) this.counts.closed++;
  }

  /** The broker holds a session whose partition set the proxy cannot vouch for. */
  markOpaque(broker: string, sessionId: number): void {
    if (sessionId === 0) return;
    const key = keyOf(broker, sessionId);
    this.entries.delete(key);
    this.entries.set(key, 'opaque');
  }

  /** Applies an incremental fetch the broker will take (adds, then forgets, as the broker does). */
  update(
    session: TrackedSession,
    added: readonly TopicPartitions[],
    forgotten: readonly TopicPartitions[],
  ): void {
    session.add(added);
    session.forget(forgotten);
    session.epoch = nextEpoch(session.epoch);
    // Adding it again re-weighs it (its partition count changed; lru-cache weighs an entry when it is
    // set with a different value only) and evicts beyond the bounds.
    const key = this.keys.get(session);
    if (key !== undefined && this.entries.peek(key) === session) {
      this.entries.delete(key);
      this.entries.set(key, session);
    }
  }

  stats(): FetchSessionTrackerStats {
    let known = 0;
    let opaque = 0;
    let partitions = 0;
    for (const entry of this.entries.values()) {
      if (entry === 'opaque') opaque++;
      else {
        known++;
        partitions += entry.size;
      }
    }
    return { known, opaque, partitions, ...this.counts };
  }
}

function keyOf(broker: string, sessionId: number): string {
  return `${broker}#${sessionId}`;
}
