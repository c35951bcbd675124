// Fetch (API key 1): a list of topics with their partitions, and from v7 a fetch session (KIP-227).
// - Names: topics by name (v4-12) or by ID (v13+); a session's partitions beyond those the request
//   names are decided too (fetch-session-enforcement.ts); a follower fetch (replica id >= 0) is
//   refused every partition, as the broker refuses a client without ClusterAction.
// - Denial: per topic, every partition TOPIC_AUTHORIZATION_FAILED with no records, after the served
//   topics; a session fetch naming a denied partition is answered or its answer filtered
//   (fetch-response-filter.ts).
// - Reveals: records of a session's denied partitions, removed from the broker's answer.

import { ApiKey } from '../../../protocol/generated/api-keys.js';
import {
  decodeFetchResponsePartitionData,
  peekFetchRequest,
  type FetchRequest,
  type FetchRequestFetchTopic,
  type FetchResponse,
  type FetchResponseFetchableTopicResponse,
} from '../../../protocol/generated/index.js';
import { structSkeleton } from '../default-value-reader.js';
import type { ApiModule } from './api-module.js';
import { allIdsKnown, peekedTopics } from './peek-decisions.js';
import { byId, byName, type ResourceList } from './resource-list.js';

/** Fetch v13 names topics by ID (KIP-516). */
export const FETCH_TOPIC_IDS_FROM = 13;

const EMPTY_RECORDS = Buffer.alloc(0);

/** Fetch's topic list: where the topics are and what the broker answers for a denied one. */
export const fetchList: ResourceList<
  FetchRequest,
  FetchResponse,
  FetchRequestFetchTopic,
  FetchResponseFetchableTopicResponse
> = {
  deniedLast: true,
  partitionCount: (t) => t.partitions.length,
  entries: (r) => r.topics,
  withEntries: (r, topics) => ({ ...r, topics }),
  ref: (t, v) => (v >= FETCH_TOPIC_IDS_FROM ? byId(t.topicId) : byName(t.topic)),
  results: (r) => r.responses,
  setResults: (r, responses) => {
    r.responses = responses;
  },
  resultKey: (e, v) => (v >= FETCH_TOPIC_IDS_FROM ? e.topicId : e.topic),
  deniedResult: (t, code, v) => ({
    topic: t.topic,
    topicId: t.topicId,
    partitions: t.partitions.map((p) => ({
      ...structSkeleton(decodeFetchResponsePartitionData, v),
      partitionIndex: p.partition,
      errorCode: code,
      highWatermark: -1n,
      lastStableOffset: -1n,
      logStartOffset: -1n,
      abortedTransactions: null,
      preferredReadReplica: -1,
      records: EMPTY_RECORDS,
    })),
  }),
};

const topicOf = (t: { readonly topic: string }): string => t.topic;

export const fetch: ApiModule<typeof ApiKey.Fetch> = {
  apiKey: ApiKey.Fetch,
  handling: 'decided',
  list: fetchList,
  // A sessionless consumer's fetch (epoch -1, no session id, no replica id) is decided by
  // `decideList` with `fetchList`: every topic in the request's order (by ID from v13). Fetches in
  // a session or from a follower are decided from the full decode (fetch-session-enforcement.ts).
  allowedFromPeek(body, version, topicIds) {
    const peek = peekFetchRequest(body, version);
    const replicaId = version >= 15 ? peek.replicaState.replicaId : peek.replicaId;
    if (replicaId >= 0 || peek.sessionEpoch !== -1 || peek.sessionId !== 0) return undefined;
    const byId = version >= FETCH_TOPIC_IDS_FROM;
    // The full decision resolves the forgotten topics' IDs too before it decides.
    if (byId && !allIdsKnown(peek.forgottenTopicsData, topicIds)) return undefined;
    const topics = peekedTopics(peek.topics, topicOf, byId, topicIds);
    return topics === undefined ? undefined : { topics, groups: [], transactionalIds: [] };
  },
  decide(ctx, request) {
    const sessions = ctx.services.fetchSessions.decide(ctx.request, ctx.policy, request);
    if (sessions === undefined) return ctx.decideList(request, fetchList);
    return sessions instanceof Promise ? sessions.then((d) => ctx.counted(d)) : ctx.counted(sessions);
  },
};
