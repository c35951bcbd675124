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
// For each session the proxy keeps what the client put in it and what the broker behind it holds:
// a partition the principal of a request may not read is taken out of the broker's session (sent as
// forgotten) and answered 29 by the proxy on every fetch, as the broker with an authorizer answers
// it; a partition taken out is put back (sent as added) on a fetch whose principal may read it.
//
// A session the proxy did not see opened (another member's, opened through another proxy replica,
// or one forgotten here) is unknown: a fetch on it is answered SHARE_SESSION_NOT_FOUND and the
// client opens a new session (apis/share-fetch.ts). The broker drops a share session when the
// connection that opened it closes, so a client's own session is one this proxy saw opened.

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
export const FINAL_EPOCH = -1;

/** Partition indexes by topic ID (insertion order kept). */
export type TopicPartitionSet = Map<string, Set<number>>;

/**
 * One share session as the proxy follows it: what the client has put in it (`visible`, the
 * session as a broker with an authorizer keeps it) and what the broker behind the proxy holds
 * (`broker`: the readable part; the proxy never lets it read a refused partition).
 */
export interface FollowedShareSession {
  readonly visible: TopicPartitionSet;
  readonly broker: TopicPartitionSet;
}

/** A copy of `set` with `add` added and `remove` removed. */
export function applyPartitions(
  set: TopicPartitionSet,
  add: readonly ShareTopicPartitions[],
  remove: readonly ShareTopicPartitions[],
): TopicPartitionSet {
  const out: TopicPartitionSet = new Map([...set].map(([id, ps]) => [id, new Set(ps)]));
  for (const t of add) {
    if (t.partitions.length === 0) continue;
    let partitions = out.get(t.topicId);
    if (partitions === undefined) out.set(t.topicId, (partitions = new Set()));
    for (const p of t.partitions) partitions.add(p);
  }
  for (const t of remove) {
    const partitions = out.get(t.topicId);
    if (partitions === undefined) continue;
    for (const p of t.partitions) partitions.delete(p);
    if (partitions.size === 0) out.delete(t.topicId);
  }
  return out;
}

/** Share sessions of one upstream cluster, for every connection of a proxy. */
export class ShareSessionTracker {
  private readonly sessions: LRUCache<string, FollowedShareSession>;

  /** `max`: how many sessions are remembered (least recently used forgotten first). */
  constructor(max = 100_000) {
    this.sessions = new LRUCache({ max });
  }

  /**
   * The session a ShareFetch at `epoch` continues: undefined for epoch 0 (a new session) and for a
   * session the proxy did not see opened.
   */
  continued(key: string, epoch: number): FollowedShareSession | undefined {
    return epoch === 0 ? undefined : this.sessions.get(key);
  }

  /**
   * Records a ShareFetch the broker answered with top-level error `errorCode`: 0 makes `next` the
   * session (or, at the final epoch -1, forgets it); any other code changes nothing, as on the broker.
   */
  answered(key: string, epoch: number, next: FollowedShareSession | undefined, errorCode: number): void {
    if (errorCode !== 0) return;
    if (epoch === FINAL_EPOCH || next === undefined) this.sessions.delete(key);
    else this.sessions.set(key, next);
  }
}
