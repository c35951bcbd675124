// ListOffsets (2) and OffsetForLeaderEpoch (23): a list of topics with partitions, Describe per topic.
// - Names: topics by name.
// - Denial: per topic, every partition TOPIC_AUTHORIZATION_FAILED, after the served topics (as a
//   broker with StandardAuthorizer orders them).
// - Reveals nothing beyond what the request names.

import { ApiKey } from '../../../protocol/generated/api-keys.js';
import type {
  ListOffsetsRequest,
  ListOffsetsRequestListOffsetsTopic,
  ListOffsetsResponse,
  ListOffsetsResponseListOffsetsTopicResponse,
  OffsetForLeaderEpochRequest,
  OffsetForLeaderEpochRequestOffsetForLeaderTopic,
  OffsetForLeaderEpochResponse,
  OffsetForLeaderEpochResponseOffsetForLeaderTopicResult,
} from '../../../protocol/generated/index.js';
import type { ApiModule } from './api-module.js';
import { byName, topicsByName, type ResourceList } from './resource-list.js';

const listOffsetsList: ResourceList<
  ListOffsetsRequest,
  ListOffsetsResponse,
  ListOffsetsRequestListOffsetsTopic,
  ListOffsetsResponseListOffsetsTopicResponse
> = {
  deniedLast: true,
  ...topicsByName(),
  deniedResult: (t, code) => ({
    name: t.name,
    partitions: t.partitions.map((p) => ({
      partitionIndex: p.partitionIndex,
      errorCode: code,
      timestamp: -1n,
      offset: -1n,
      leaderEpoch: -1,
    })),
  }),
};

export const listOffsets: ApiModule<typeof ApiKey.ListOffsets> = {
  apiKey: ApiKey.ListOffsets,
  handling: 'decided',
  list: listOffsetsList,
};

const offsetForLeaderEpochList: ResourceList<
  OffsetForLeaderEpochRequest,
  OffsetForLeaderEpochResponse,
  OffsetForLeaderEpochRequestOffsetForLeaderTopic,
  OffsetForLeaderEpochResponseOffsetForLeaderTopicResult
> = {
  deniedLast: true,
  entries: (r) => r.topics,
  withEntries: (r, topics) => ({ ...r, topics }),
  ref: (t) => byName(t.topic),
  results: (r) => r.topics,
  setResults: (r, topics) => {
    r.topics = topics;
  },
  resultKey: (e) => e.topic,
  deniedResult: (t, code) => ({
    topic: t.topic,
    partitions: t.partitions.map((p) => ({
      errorCode: code,
      partition: p.partition,
      leaderEpoch: -1,
      endOffset: -1n,
    })),
  }),
};

export const offsetForLeaderEpoch: ApiModule<typeof ApiKey.OffsetForLeaderEpoch> = {
  apiKey: ApiKey.OffsetForLeaderEpoch,
  handling: 'decided',
  list: offsetForLeaderEpochList,
};
