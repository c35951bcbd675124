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
  type FetchRequest,
  type FetchRequestFetchTopic,
  type FetchResponse,
  type FetchResponseFetchableTopicResponse,
} from '../../../protocol/generated/index.js';
import { structSkeleton } from '../default-value-reader.js';
import type { ApiModule } from './api-module.js';
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

export const fetch: ApiModule<typeof ApiKey.Fetch> = {
  apiKey: ApiKey.Fetch,
  handling: 'decided',
  list: fetchList,
  decide(ctx, request) {
    const sessions = ctx.services.fetchSessions.decide(ctx.request, ctx.policy, request);
    if (sessions === undefined) return ctx.decideList(request, fetchList);
    return sessions instanceof Promise ? sessions.then((d) => ctx.counted(d)) : ctx.counted(sessions);
  },
};
