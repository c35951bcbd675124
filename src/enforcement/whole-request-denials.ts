// The response the broker sends when it refuses a request as a whole: its group, its transactional
// id or the cluster permission is denied (or, for list APIs, every entry is). Built from a skeleton
// of the response message at the request's version (every field neutral), with the top-level error
// code set, then the few fields where the broker's answer differs from neutral values.

import { RESPONSE_CODECS, type MessageCodec } from '../../protocol/generated/codecs.js';
import type {
  AlterReplicaLogDirsRequest,
  AlterReplicaLogDirsResponse,
  AlterUserScramCredentialsRequest,
  AlterUserScramCredentialsResponse,
  DescribeShareGroupOffsetsRequest,
  DescribeShareGroupOffsetsResponse,
  AlterPartitionReassignmentsRequest,
  AlterPartitionReassignmentsResponse,
  DescribeClientQuotasResponse,
  DescribeUserScramCredentialsRequest,
  DescribeUserScramCredentialsResponse,
  ElectLeadersRequest,
  ElectLeadersResponse,
  ListPartitionReassignmentsRequest,
  ListPartitionReassignmentsResponse,
  AddPartitionsToTxnRequest,
  AddPartitionsToTxnResponse,
  FindCoordinatorRequest,
  FindCoordinatorResponse,
  InitProducerIdResponse,
  JoinGroupResponse,
  SyncGroupResponse,
} from '../../protocol/generated/index.js';
import { ErrorCode } from '../../protocol/errors.js';
import { decodeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult } from '../../protocol/generated/index.js';
import { skeletonOf, structSkeleton } from './default-value-reader.js';
import { javaStringCompare } from './java-hash-order.js';
import { answerAllTopics, resourceListApi } from './resource-list-apis.js';

type Tweak = (response: Record<string, unknown>, request: unknown, version: number, code: number) => void;

/**
 * Sets a field only if the message has it in this version: a skeleton carries every field of every
 * version, and the encoder refuses a non-default value in a field the version lacks.
 */
function setIfPresent(
  response: Record<string, unknown>,
  codec: MessageCodec<unknown>,
  version: number,
  field: string,
  value: unknown,
): void {
  const before = response[field];
  response[field] = value;
  try {
    codec.size(response, version);
  } catch {
    response[field] = before;
  }
}

// Per-API differences from "skeleton + errorCode", as the broker fills them. The cluster-level
// admin APIs answer a refusal with each request's getErrorResponse (Kafka 4.1 clients module,
// org.apache.kafka.common.requests.*Request): every requested entry is listed with the same error,
// checked against a broker with StandardAuthorizer by the differential harness.
const TWEAKS: ReadonlyMap<number, Tweak> = new Map<number, Tweak>([
  [
    34, // AlterReplicaLogDirs (no top-level error): each directory's topics, every partition with the error.
    (response, request, _version, code) => {
      const r = response as unknown as AlterReplicaLogDirsResponse;
      r.results = (request as AlterReplicaLogDirsRequest).dirs.flatMap((d) =>
        d.topics.map((t) => ({
          topicName: t.name,
          partitions: t.partitions.map((partitionIndex) => ({ partitionIndex, errorCode: code })),
        })),
      );
    },
  ],
  [
    51, // AlterUserScramCredentials (no top-level error): each user named once, in name order.
    (response, request, _version, code) => {
      const q = request as AlterUserScramCredentialsRequest;
      const users = [...new Set([...q.deletions, ...q.upsertions].map((u) => u.name))].sort(
        javaStringCompare,
      );
      (response as unknown as AlterUserScramCredentialsResponse).results = users.map((user) => ({
        user,
        errorCode: code,
        errorMessage: null,
      }));
    },
  ],
  [
    90, // DescribeShareGroupOffsets (no top-level error): every group with the error, no topics.
    (response, request, _version, code) => {
      (response as unknown as DescribeShareGroupOffsetsResponse).groups = (
        request as DescribeShareGroupOffsetsRequest
      ).groups.map((g) => ({ groupId: g.groupId, topics: [], errorCode: code, errorMessage: null }));
    },
  ],
  [
    43, // ElectLeaders: every requested partition with the error (v0 has no top-level error).
    (response, request, _version, code) => {
      const r = response as unknown as ElectLeadersResponse;
      r.replicaElectionResults = ((request as ElectLeadersRequest).topicPartitions ?? []).map((t) => ({
        topic: t.topic,
        partitionResult: t.partitions.map((partitionId) => ({
          partitionId,
          errorCode: code,
          errorMessage: null,
        })),
      }));
    },
  ],
  [
    45, // AlterPartitionReassignments: every requested partition with the error.
    (response, request, _version, code) => {
      const r = response as unknown as AlterPartitionReassignmentsResponse;
      // The refusal leaves the field at its schema default (true), whatever the request said.
      r.allowReplicationFactorChange = true;
      r.responses = (request as AlterPartitionReassignmentsRequest).topics.map((t) => ({
        name: t.name,
        partitions: t.partitions.map((p) => ({
          partitionIndex: p.partitionIndex,
          errorCode: code,
          errorMessage: null,
        })),
      }));
    },
  ],
  [
    46, // ListPartitionReassignments: every requested partition, no replicas.
    (response, request) => {
      const r = response as unknown as ListPartitionReassignmentsResponse;
      r.topics = ((request as ListPartitionReassignmentsRequest).topics ?? []).map((t) => ({
        name: t.name,
        partitions: t.partitionIndexes.map((partitionIndex) => ({
          partitionIndex,
          replicas: [],
          addingReplicas: [],
          removingReplicas: [],
        })),
      }));
    },
  ],
  [
    48, // DescribeClientQuotas: no entries at all (null).
    (response) => {
      (response as unknown as DescribeClientQuotasResponse).entries = null;
    },
  ],
  [
    50, // DescribeUserScramCredentials: one result per requested user, with no user name.
    (response, request, version, code) => {
      const r = response as unknown as DescribeUserScramCredentialsResponse;
      r.results = ((request as DescribeUserScramCredentialsRequest).users ?? []).map(() => ({
        ...structSkeleton(
          decodeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult,
          version,
        ),
        errorCode: code,
      }));
    },
  ],
  [
    10, // FindCoordinator: no coordinator; v4+ answers per key.
    (response, request, version, code) => {
      const r = response as unknown as FindCoordinatorResponse;
      const q = request as FindCoordinatorRequest;
      if (version < 4) {
        r.nodeId = -1;
        r.port = -1;
      } else {
        r.errorCode = 0;
        r.coordinators = q.coordinatorKeys.map((key) => ({
          key,
          nodeId: -1,
          host: '',
          port: -1,
          errorCode: code,
          errorMessage: null,
        }));
      }
    },
  ],
  [
    11, // JoinGroup: no generation and no member id (the broker answers UNKNOWN_MEMBER_ID "",
    // whatever id the client sent; found by the differential harness).
    (response, _request, version) => {
      const r = response as unknown as JoinGroupResponse;
      r.generationId = -1;
      r.memberId = '';
      r.protocolName = version >= 7 ? null : '';
    },
  ],
  [
    14, // SyncGroup
    (response) => {
      const r = response as unknown as SyncGroupResponse;
      r.protocolType = null;
      r.protocolName = null;
    },
  ],
  [
    26, // EndTxn: no producer id and epoch (v5+; the broker answers -1 where the skeleton has 0).
    (response, _request, version) => {
      const codec = RESPONSE_CODECS.get(26)!;
      setIfPresent(response, codec, version, 'producerId', -1n);
      setIfPresent(response, codec, version, 'producerEpoch', -1);
    },
  ],
  [
    22, // InitProducerId: no producer id.
    (response) => {
      const r = response as unknown as InitProducerIdResponse;
      r.producerId = -1n;
      r.producerEpoch = -1;
      r.ongoingTxnProducerId = -1n;
      r.ongoingTxnProducerEpoch = -1;
    },
  ],
  [
    68, // ConsumerGroupHeartbeat: no assignment.
    (response) => {
      response.assignment = null;
    },
  ],
  [
    76, // ShareGroupHeartbeat: no assignment.
    (response) => {
      response.assignment = null;
    },
  ],
]);

/**
 * AddPartitionsToTxn v0-3 (what clients send): every partition gets a code. When only some topics
 * are denied, the broker adds nothing and marks the others OPERATION_NOT_ATTEMPTED.
 */
export function addPartitionsToTxnAnswer(
  request: AddPartitionsToTxnRequest,
  version: number,
  codeOf: (topic: string) => number,
  perPartition = true,
): AddPartitionsToTxnResponse {
  const response = skeletonOf(RESPONSE_CODECS.get(24)! as MessageCodec<AddPartitionsToTxnResponse>, version);
  // Refused topics: the broker answers per partition, so a topic naming none is left out. A refused
  // transactional id: its error answer lists every topic of the request, empty ones too.
  response.resultsByTopicV3AndBelow = request.v3AndBelowTopics
    .filter((t) => !perPartition || t.partitions.length > 0)
    .map((t) => {
      const code = codeOf(t.name);
      return {
        name: t.name,
        resultsByPartition: t.partitions.map((partitionIndex) => ({
          partitionIndex,
          partitionErrorCode: code === 0 ? ErrorCode.OPERATION_NOT_ATTEMPTED : code,
        })),
      };
    });
  return response;
}

/**
 * The broker's response refusing `request` as a whole with `code`, or undefined when the response
 * of this API has no place for an error (the caller then closes the connection).
 */
export function wholeRequestDenial(apiKey: number, version: number, request: unknown, code: number): unknown {
  const list = resourceListApi(apiKey);
  if (list !== undefined) {
    const codes = list.requestTopics(request, version).map(() => code);
    return answerAllTopics(list, request, version, codes);
  }
  if (apiKey === 24 && version <= 3) {
    return addPartitionsToTxnAnswer(request as AddPartitionsToTxnRequest, version, () => code, false);
  }
  const codec = RESPONSE_CODECS.get(apiKey);
  if (codec === undefined) return undefined;
  const response = skeletonOf(codec, version) as Record<string, unknown>;
  const tweak = TWEAKS.get(apiKey);
  if ('errorCode' in response) setIfPresent(response, codec, version, 'errorCode', code);
  if (response.errorCode !== code && tweak === undefined) return undefined;
  tweak?.(response, request, version, code);
  return response;
}
