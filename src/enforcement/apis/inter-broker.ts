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

export const initializeShareGroupState: ApiModule<typeof ApiKey.InitializeShareGroupState> = {
  apiKey: ApiKey.InitializeShareGroupState,
  handling: 'cluster-action',
  clusterActionAnswer: (request, v) => ({
    results: refusedResults(request.topics, decodeInitializeShareGroupStateResponsePartitionResult, v),
  }),
};

export const readShareGroupState: ApiModule<typeof ApiKey.ReadShareGroupState> = {
  apiKey: ApiKey.ReadShareGroupState,
  handling: 'cluster-action',
  clusterActionAnswer: (request, v) => ({
    results: refusedResults(request.topics, decodeReadShareGroupStateResponsePartitionResult, v),
  }),
};

export const writeShareGroupState: ApiModule<typeof ApiKey.WriteShareGroupState> = {
  apiKey: ApiKey.WriteShareGroupState,
  handling: 'cluster-action',
  clusterActionAnswer: (request, v) => ({
    results: refusedResults(request.topics, decodeWriteShareGroupStateResponsePartitionResult, v),
  }),
};

export const deleteShareGroupState: ApiModule<typeof ApiKey.DeleteShareGroupState> = {
  apiKey: ApiKey.DeleteShareGroupState,
  handling: 'cluster-action',
  clusterActionAnswer: (request, v) => ({
    results: refusedResults(request.topics, decodeDeleteShareGroupStateResponsePartitionResult, v),
  }),
};

export const readShareGroupStateSummary: ApiModule<typeof ApiKey.ReadShareGroupStateSummary> = {
  apiKey: ApiKey.ReadShareGroupStateSummary,
  handling: 'cluster-action',
  clusterActionAnswer: (request, v) => ({
    results: refusedResults(request.topics, decodeReadShareGroupStateSummaryResponsePartitionResult, v),
  }),
};
