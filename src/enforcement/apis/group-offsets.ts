// Committed offsets of groups: OffsetCommit (8), OffsetFetch (9), OffsetDelete (47).
// - Names: the group (Read to commit, Describe to fetch, Delete to delete), then per topic (Read to
//   commit, Describe to fetch, Read to delete); OffsetCommit v10 names topics by ID.
// - Denial: a denied group refuses the whole request (GROUP_AUTHORIZATION_FAILED on every
//   partition); a denied topic gets TOPIC_AUTHORIZATION_FAILED on each of its partitions, in the
//   request's order. OffsetFetch has its own layouts (v1-7 one group, v8+ many) and a fetch of all a
//   group's topics (offset-fetch-enforcement.ts).
// - Reveals: OffsetFetch of all topics lists only topics the caller may Describe.

import { ApiKey } from '../../../protocol/generated/api-keys.js';
import type {
  OffsetCommitRequest,
  OffsetCommitRequestTopic,
  OffsetCommitResponse,
  OffsetCommitResponseTopic,
} from '../../../protocol/generated/index.js';
import { decideOffsetFetch } from '../offset-fetch-enforcement.js';
import type { ApiModule } from './api-module.js';
import { byId, byName, type ResourceList } from './resource-list.js';

/** OffsetCommit v10 names topics by ID (KIP-848). */
const OFFSET_COMMIT_TOPIC_IDS_FROM = 10;

const offsetCommitList: ResourceList<
  OffsetCommitRequest,
  OffsetCommitResponse,
  OffsetCommitRequestTopic,
  OffsetCommitResponseTopic
> = {
  entries: (r) => r.topics,
  withEntries: (r, topics) => ({ ...r, topics }),
  ref: (t, v) => (v >= OFFSET_COMMIT_TOPIC_IDS_FROM ? byId(t.topicId) : byName(t.name)),
  scope: (r) => ({ groups: [r.groupId], transactionalIds: [] }),
  results: (r) => r.topics,
  setResults: (r, topics) => {
    r.topics = topics;
  },
  resultKey: (e, v) => (v >= OFFSET_COMMIT_TOPIC_IDS_FROM ? e.topicId : e.name),
  deniedResult: (t, code) => ({
    name: t.name,
    topicId: t.topicId,
    partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode: code })),
  }),
};

export const offsetCommit: ApiModule<typeof ApiKey.OffsetCommit> = {
  apiKey: ApiKey.OffsetCommit,
  handling: 'decided',
  list: offsetCommitList,
};

export const offsetFetch: ApiModule<typeof ApiKey.OffsetFetch> = {
  apiKey: ApiKey.OffsetFetch,
  handling: 'decided',
  decide: (ctx, request) =>
    ctx.counted(decideOffsetFetch(ctx.header, request, ctx.policy, ctx.services.topicIds)),
};

export const offsetDelete: ApiModule<typeof ApiKey.OffsetDelete> = {
  apiKey: ApiKey.OffsetDelete,
  handling: 'decided',
};
