// Inter-broker API keys that a broker serves on its client listener: WriteTxnMarkers (27) and the
// share-group state keys (83-87). A client that sends one gets CLUSTER_AUTHORIZATION_FAILED from a
// broker with an authorizer (they need ClusterAction on the cluster, which only brokers hold), on
// every entry of the request, not a closed connection; the proxy answers them the same way and
// never forwards them. Every other inter-broker key (served only on controller listeners, or
// removed) has no module: the registry closes the connection, as the broker does. Shapes checked
// against StandardAuthorizer (red-team-responses.test.ts) for WriteTxnMarkers and
// ReadShareGroupState; the other share-state keys follow the same `getErrorResponse` pattern in
// Kafka 4.1.

import { ErrorCode } from '../../../protocol/errors.js';
import { ApiKey } from '../../../protocol/generated/api-keys.js';
import {
  decodeDeleteShareGroupStateResponsePartitionResult,
  decodeInitializeShareGroupStateResponsePartitionResult,
  decodeReadShareGroupStateResponsePartitionResult,
  decodeReadShareGroupStateSummaryResponsePartitionResult,
  decodeWriteShareGroupStateResponsePartitionResult,
} from '../../../protocol/generated/index.js';
import type { Reader } from '../../../protocol/primitives/index.js';
import { structSkeleton } from '../default-value-reader.js';
import type { ResponseOf } from '../../../protocol/generated/codecs.js';
import type { ApiModule } from './api-module.js';

/** Kafka's message for CLUSTER_AUTHORIZATION_FAILED (`Errors.CLUSTER_AUTHORIZATION_FAILED.message()`). */
const CLUSTER_AUTHORIZATION_FAILED_MESSAGE = 'Cluster authorization failed.';
const CODE = ErrorCode.CLUSTER_AUTHORIZATION_FAILED;

export const writeTxnMarkers: ApiModule<typeof ApiKey.WriteTxnMarkers> = {
  apiKey: ApiKey.WriteTxnMarkers,
  handling: 'cluster-action',
  clusterActionAnswer: (request) => ({
    markers: request.markers.map((m) => ({
      producerId: m.producerId,
      topics: m.topics.map((t) => ({
        name: t.name,
        partitions: t.partitionIndexes.map((partitionIndex) => ({ partitionIndex, errorCode: CODE })),
      })),
    })),
  }),
};

/**
 * A share-state answer's results: every partition of every topic of the request answered
 * CLUSTER_AUTHORIZATION_FAILED, the rest of each partition result neutral (`result` decodes one).
 */
function refusedResults<P>(
  topics: ReadonlyArray<{ topicId: string; partitions: ReadonlyArray<{ partition: number }> }>,
  result: (r: Reader, v: number) => P,
  version: number,
): Array<{ topicId: string; partitions: P[] }> {
  return topics.map((t) => ({
    topicId: t.topicId,
    partitions: t.partitions.map((p) => ({
      ...structSkeleton(result, version),
      partition: p.partition,
      errorCode: CODE,
      errorMessage: CLUSTER_AUTHORIZATION_FAILED_MESSAGE,
    })),
  }));
}

/**
 * The share-group state keys (83-87), each with the decoder of one partition result of its
 * response: their requests and answers differ only in the per-partition fields.
 */
const SHARE_STATE_PARTITION_RESULT = {
  [ApiKey.InitializeShareGroupState]: decodeInitializeShareGroupStateResponsePartitionResult,
  [ApiKey.ReadShareGroupState]: decodeReadShareGroupStateResponsePartitionResult,
  [ApiKey.WriteShareGroupState]: decodeWriteShareGroupStateResponsePartitionResult,
  [ApiKey.DeleteShareGroupState]: decodeDeleteShareGroupStateResponsePartitionResult,
  [ApiKey.ReadShareGroupStateSummary]: decodeReadShareGroupStateSummaryResponsePartitionResult,
} as const;

/** The module of a share-group state key: every partition of the request refused, nothing forwarded. */
function shareStateModule<K extends keyof typeof SHARE_STATE_PARTITION_RESULT>(apiKey: K): ApiModule<K> {
  return {
    apiKey,
    handling: 'cluster-action',
    clusterActionAnswer: (request, v) =>
      ({
        results: refusedResults(request.topics, SHARE_STATE_PARTITION_RESULT[apiKey], v),
      }) as ResponseOf<K>,
  };
}

export const initializeShareGroupState = shareStateModule(ApiKey.InitializeShareGroupState);
export const readShareGroupState = shareStateModule(ApiKey.ReadShareGroupState);
export const writeShareGroupState = shareStateModule(ApiKey.WriteShareGroupState);
export const deleteShareGroupState = shareStateModule(ApiKey.DeleteShareGroupState);
export const readShareGroupStateSummary = shareStateModule(ApiKey.ReadShareGroupStateSummary);
