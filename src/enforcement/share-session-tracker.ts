// The proxy's copy of the partitions of the brokers' share sessions (KIP-932). A broker keeps one
// share session per group and member id; every ShareFetch naming that member reads (and acquires
// records from) every partition of the session, whoever sends it, and the broker with an authorizer
// authorizes Read on each of them for the principal of that request. The broker behind the proxy has
// no authorizer: forwarding another principal's ShareFetch on a session holding a topic that
// principal may not read would make the broker acquire that topic's records for the member (the
// proxy withholds them, but the session's owner no longer gets them until their acquisition lock
// times out, and their delivery count rises towards the group's limit, after which they are
// archived). So the proxy follows each session's partitions from the ShareFetch requests the broker
// accepted, and decides the held topics with the named ones (apis/share-fetch.ts).
//
// Protocol facts (KIP-932, ShareFetchRequest.json in Kafka 4.1): ShareSessionEpoch 0 opens a new
// session with the partitions the request names; a positive epoch adds the named partitions and
// removes those of ForgottenTopicsData; -1 (the final epoch) closes the session. Sessions live on each
// broker separately, so entries are keyed by broker as fetch sessions are (`brokerKeyOf`).
//
// A session the proxy did not see opened (through another proxy replica, or before a restart) is
// unknown: its fetches are decided on the named topics alone, and the answer is still judged
// partition by partition (no record of a refused topic reaches the client).

import { LRUCache } from 'lru-cache';

/** The partitions of a ShareFetch request or of its ForgottenTopicsData, by topic ID. */
export interface ShareTopicPartitions {
  readonly topicId: string;
  readonly partitions: readonly number[];
}

/** The key of one share session: the broker it lives on, the group and the member id. */
export function shareSessionKey(broker: string, groupId: string | null, memberId: string | null): string {
  return JSON.stringify([broker, groupId, memberId]);
}

/** The share-session epoch that closes a session (KIP-932 FINAL_EPOCH). */
const FINAL_EPOCH = -1;

/** Share sessions of one upstream cluster, for every connection of a proxy. */
export class ShareSessionTracker {
  /** session key -> topic ID -> partition indexes the session holds. */
  private readonly sessions: LRUCache<string, Map<string, Set<number>>>;

  /** `max`: how many sessions are remembered (least recently used forgotten first). */
  constructor(max = 100_000) {
    this.sessions = new LRUCache({ max });
  }

  /**
   * The topic IDs a ShareFetch at `epoch` on the session `key` reads besides those it names: the
   * held ones of a known session at any epoch but 0 (which opens a new session); none when the
   * session is unknown.
   */
  heldTopics(key: string, epoch: number): string[] {
    if (epoch === 0) return [];
    return [...(this.sessions.get(key)?.keys() ?? [])];
  }

  /**
   * Applies a ShareFetch the broker answered: with top-level error 0, epoch 0 opens the session with
   * `named`, a positive epoch adds `named` and removes `forgotten`, the final epoch (-1) closes it.
   * A refused fetch (any other error) changes nothing, as on the broker.
   */
  answered(
    key: string,
    epoch: number,
    named: readonly ShareTopicPartitions[],
    forgotten: readonly ShareTopicPartitions[],
    errorCode: number,
  ): void {
    if (errorCode !== 0) return;
    if (epoch === FINAL_EPOCH) {
      this.sessions.delete(key);
      return;
    }
    let session = epoch === 0 ? undefined : this.sessions.get(key);
    if (session === undefined) {
      // A positive epoch on a session the proxy never saw opened: what it held before is unknown,
      // so only what this request adds is followed (still better than nothing; see the header).
      session = new Map();
      this.sessions.set(key, session);
    }
    for (const t of named) {
      if (t.partitions.length === 0) continue;
      let partitions = session.get(t.topicId);
      if (partitions === undefined) session.set(t.topicId, (partitions = new Set()));
      for (const p of t.partitions) partitions.add(p);
    }
    for (const t of forgotten) {
      const partitions = session.get(t.topicId);
      if (partitions === undefined) continue;
      for (const p of t.partitions) partitions.delete(p);
      if (partitions.size === 0) session.delete(t.topicId);
    }
  }
}
