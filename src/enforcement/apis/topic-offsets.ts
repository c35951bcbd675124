// ListOffsets (2) and OffsetForLeaderEpoch (23): a list of topics with partitions, Describe per topic.
// - Names: topics by name.
// - Denial: per topic, every partition TOPIC_AUTHORIZATION_FAILED, after the served topics (as a
//   broker with StandardAuthorizer orders them).
// - Reveals nothing beyond what the request names.
// - Rejected before authorization: ListOffsets v2+ with an unknown isolation level.

import { ApiKey } from '../../../protocol/generated/api-keys.js';
import type { ListOffsetsRequest, ListOffsetsResponse } from '../../../protocol/generated/index.js';
import { RESPONSE_CODECS, type MessageCodec } from '../../../protocol/generated/codecs.js';
import { decodeListOffsetsResponseListOffsetsPartitionResponse } from '../../../protocol/generated/index.js';
import { ErrorCode } from '../../../protocol/errors.js';
import { skeletonOf, structSkeleton } from '../default-value-reader.js';
import { decidedApi } from './api-module.js';
import { topicsByName, listApi, type ListOf } from './resource-list.js';

const listOffsetsList: ListOf<typeof ApiKey.ListOffsets, 'topics', 'topics'> = {
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

/** ListOffsets isolation levels (IsolationLevel.java): READ_UNCOMMITTED 0, READ_COMMITTED 1. */
const READ_UNCOMMITTED = 0;
const READ_COMMITTED = 1;

/**
 * ListOffsets v2+ with an isolation level other than READ_UNCOMMITTED or READ_COMMITTED: once the
 * broker has an authorized topic to look up (even one that names no partition: it splits the
 * request by topic), it cannot read the isolation level and fails the whole request with
 * UNKNOWN_SERVER_ERROR (-1) on every partition, refused ones too, in the request's order
 * (ListOffsetsRequest getErrorResponse: offset and timestamp -1). With no authorized topic it
 * answers the refusals (29) as usual. Undefined when that does not apply. Checked against Kafka
 * 4.1.1 with StandardAuthorizer by the differential harness (seeds 777 and 20261201).
 */
export function rejectedListOffsets(
  request: ListOffsetsRequest,
  version: number,
  topicAllowed: (name: string) => boolean,
): ListOffsetsResponse | undefined {
  if (version < 2 || request.isolationLevel === READ_UNCOMMITTED || request.isolationLevel === READ_COMMITTED)
    return undefined;
  if (!request.topics.some((t) => topicAllowed(t.name))) return undefined;
  const response = skeletonOf(
    RESPONSE_CODECS.get(ApiKey.ListOffsets)! as MessageCodec<ListOffsetsResponse>,
    version,
  );
  response.topics = request.topics.map((t) => ({
    name: t.name,
    partitions: t.partitions.map((p) => ({
      ...structSkeleton(decodeListOffsetsResponseListOffsetsPartitionResponse, version),
      partitionIndex: p.partitionIndex,
      errorCode: ErrorCode.UNKNOWN_SERVER_ERROR,
      timestamp: -1n,
      offset: -1n,
    })),
  }));
  return response;
}

export const listOffsets = decidedApi(ApiKey.ListOffsets, {
  list: listOffsetsList,
  rejectedBeforeAuthorization: rejectedListOffsets,
});

const offsetForLeaderEpochList: ListOf<typeof ApiKey.OffsetForLeaderEpoch, 'topics', 'topics'> = {
  deniedLast: true,
  ...topicsByName('topic'),
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

export const offsetForLeaderEpoch = listApi(ApiKey.OffsetForLeaderEpoch, offsetForLeaderEpochList);
