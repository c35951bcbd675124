// Requests the broker rejects as a whole although the policy would refuse only some entries (or
// before it authorizes anything): the proxy answers them as the broker does (each request's error
// answer), instead of the policy's denial. Found by the differential
// harness against Kafka 4.1.1 with StandardAuthorizer (test/differential).

import { RESPONSE_CODECS, type MessageCodec } from '../../protocol/generated/codecs.js';
import type {
  ListOffsetsRequest,
  ListOffsetsResponse,
  SyncGroupRequest,
} from '../../protocol/generated/index.js';
import { decodeListOffsetsResponseListOffsetsPartitionResponse } from '../../protocol/generated/index.js';
import { ErrorCode } from '../../protocol/errors.js';
import { skeletonOf, structSkeleton } from './default-value-reader.js';
import { wholeRequestDenial } from './whole-request-denials.js';

const LIST_OFFSETS = 2;
const SYNC_GROUP = 14;

/**
 * ListOffsets v2+ with an isolation level other than READ_UNCOMMITTED (0) or READ_COMMITTED (1):
 * once the broker has an authorized partition to look up, it cannot read the isolation level and
 * fails the whole request with UNKNOWN_SERVER_ERROR (-1) on every partition, refused ones too, in
 * the request's order (ListOffsetsRequest getErrorResponse: offset and timestamp -1). With no
 * authorized partition it answers the refusals (29) as usual. Undefined when that applies.
 */
export function rejectedListOffsets(
  request: ListOffsetsRequest,
  version: number,
  topicAllowed: (name: string) => boolean,
): ListOffsetsResponse | undefined {
  if (version < 2 || request.isolationLevel === 0 || request.isolationLevel === 1) return undefined;
  if (!request.topics.some((t) => t.partitions.length > 0 && topicAllowed(t.name))) return undefined;
  const response = skeletonOf(
    RESPONSE_CODECS.get(LIST_OFFSETS)! as MessageCodec<ListOffsetsResponse>,
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

/**
 * SyncGroup v5+ without both ProtocolType and ProtocolName: the broker answers
 * INCONSISTENT_GROUP_PROTOCOL (23) before it authorizes the group (KafkaApis
 * handleSyncGroupRequest, `areMandatoryProtocolTypeAndNamePresent`). Undefined otherwise.
 */
export function rejectedSyncGroup(request: SyncGroupRequest, version: number): unknown {
  if (version < 5 || (request.protocolType !== null && request.protocolName !== null)) return undefined;
  return wholeRequestDenial(SYNC_GROUP, version, request, ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
}

/**
 * The broker's answer to a request it rejects whatever the policy decides on its entries, or
 * undefined; `topicAllowed` says whether the policy lets the request's API act on a topic.
 */
export function rejectedBeforeAuthorization(
  apiKey: number,
  version: number,
  request: unknown,
  topicAllowed: (name: string) => boolean,
): unknown {
  if (apiKey === LIST_OFFSETS)
    return rejectedListOffsets(request as ListOffsetsRequest, version, topicAllowed);
  if (apiKey === SYNC_GROUP) return rejectedSyncGroup(request as SyncGroupRequest, version);
  return undefined;
}
