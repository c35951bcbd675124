// Inter-broker API keys that a broker serves on its client listener (WriteTxnMarkers and the share
// group state keys): a client that sends one gets CLUSTER_AUTHORIZATION_FAILED from a broker with an
// authorizer (they need ClusterAction on the cluster, which only brokers hold), on every entry of
// the request, not a closed connection. The proxy answers them the same way and never forwards
// them. Other inter-broker keys are served only on controller listeners: the broker closes the
// connection, and so does the proxy. Shapes checked against StandardAuthorizer
// (red-team-responses.test.ts) for WriteTxnMarkers and ReadShareGroupState; the other share-state
// keys follow the same `getErrorResponse` pattern in Kafka 4.1.

import {
  decodeDeleteShareGroupStateResponsePartitionResult,
  decodeInitializeShareGroupStateResponsePartitionResult,
  decodeReadShareGroupStateResponsePartitionResult,
  decodeReadShareGroupStateSummaryResponsePartitionResult,
  decodeWriteShareGroupStateResponsePartitionResult,
  type WriteTxnMarkersRequest,
  type WriteTxnMarkersResponse,
} from '../../protocol/generated/index.js';
import type { Reader } from '../../protocol/primitives/index.js';
import { ErrorCode } from '../../protocol/errors.js';
import { structSkeleton } from './default-value-reader.js';

const WRITE_TXN_MARKERS = 27;
/** Kafka's message for CLUSTER_AUTHORIZATION_FAILED (`Errors.CLUSTER_AUTHORIZATION_FAILED.message()`). */
const CLUSTER_AUTHORIZATION_FAILED_MESSAGE = 'Cluster authorization failed.';

const SHARE_STATE_PARTITION_RESULT: ReadonlyMap<number, (r: Reader, v: number) => object> = new Map<
  number,
  (r: Reader, v: number) => object
>([
  [83, decodeInitializeShareGroupStateResponsePartitionResult],
  [84, decodeReadShareGroupStateResponsePartitionResult],
  [85, decodeWriteShareGroupStateResponsePartitionResult],
  [86, decodeDeleteShareGroupStateResponsePartitionResult],
  [87, decodeReadShareGroupStateSummaryResponsePartitionResult],
]);

/** True for the inter-broker keys a broker answers (with CLUSTER_AUTHORIZATION_FAILED) instead of closing. */
export function isAnsweredInterBrokerKey(apiKey: number): boolean {
  return apiKey === WRITE_TXN_MARKERS || SHARE_STATE_PARTITION_RESULT.has(apiKey);
}

interface ShareStateRequest {
  topics: Array<{ topicId: string; partitions: Array<{ partition: number }> }>;
}

/** The broker's answer to a client sending one of these keys: every entry CLUSTER_AUTHORIZATION_FAILED. */
export function clusterActionDenial(apiKey: number, version: number, request: unknown): unknown {
  const code = ErrorCode.CLUSTER_AUTHORIZATION_FAILED;
  if (apiKey === WRITE_TXN_MARKERS) {
    const response: WriteTxnMarkersResponse = {
      markers: (request as WriteTxnMarkersRequest).markers.map((m) => ({
        producerId: m.producerId,
        topics: m.topics.map((t) => ({
          name: t.name,
          partitions: t.partitionIndexes.map((partitionIndex) => ({ partitionIndex, errorCode: code })),
        })),
      })),
    };
    return response;
  }
  const partitionResult = SHARE_STATE_PARTITION_RESULT.get(apiKey);
  if (partitionResult === undefined) throw new Error(`API key ${apiKey} is not answered by the broker`);
  return {
    results: (request as ShareStateRequest).topics.map((t) => ({
      topicId: t.topicId,
      partitions: t.partitions.map((p) => ({
        ...structSkeleton(partitionResult, version),
        partition: p.partition,
        errorCode: code,
        errorMessage: CLUSTER_AUTHORIZATION_FAILED_MESSAGE,
      })),
    })),
  };
}
