import type { DescribeClusterResponse } from '../../protocol/generated/messages/describe-cluster.js';
import type { FindCoordinatorResponse } from '../../protocol/generated/messages/find-coordinator.js';
import type { MetadataResponse } from '../../protocol/generated/messages/metadata.js';
import type { EndpointRewriter } from './broker-endpoint.js';

/** Metadata: every broker of the `brokers` array. */
export function rewriteMetadataBrokers(response: MetadataResponse, rewrite: EndpointRewriter): void {
  for (const broker of response.brokers) {
    const replacement = rewrite({ nodeId: broker.nodeId, host: broker.host, port: broker.port });
    broker.host = replacement.host;
    broker.port = replacement.port;
  }
}

/**
 * FindCoordinator: one coordinator at the top level up to v3, a `coordinators` array (one per key)
 * from v4. A coordinator that was not found has node id -1 and an empty host: left as it is.
 */
export function rewriteCoordinators(
  response: FindCoordinatorResponse,
  version: number,
  rewrite: EndpointRewriter,
): void {
  if (version <= 3) {
    if (response.nodeId < 0) return;
    const replacement = rewrite({ nodeId: response.nodeId, host: response.host, port: response.port });
    response.host = replacement.host;
    response.port = replacement.port;
    return;
  }
  for (const coordinator of response.coordinators) {
    if (coordinator.nodeId < 0) continue;
    const replacement = rewrite({
      nodeId: coordinator.nodeId,
      host: coordinator.host,
      port: coordinator.port,
    });
    coordinator.host = replacement.host;
    coordinator.port = replacement.port;
  }
}

/** DescribeCluster: every broker of the `brokers` array (the Admin client's describeCluster). */
export function rewriteDescribeClusterBrokers(
  response: DescribeClusterResponse,
  rewrite: EndpointRewriter,
): void {
  for (const broker of response.brokers) {
    const replacement = rewrite({ nodeId: broker.brokerId, host: broker.host, port: broker.port });
    broker.host = replacement.host;
    broker.port = replacement.port;
  }
}
