/** A broker address as responses carry it: node id, host and port (plus rack, which is kept). */
export interface BrokerEndpoint {
  nodeId: number;
  host: string;
  port: number;
}

/**
 * Replaces a real broker address with the proxy's address for the same node. Implemented by the
 * proxy from the node addressing; it also records the real address so that the node's listener can
 * connect to it. Nodes with a negative id (FindCoordinator errors say -1) are left alone.
 */
export type EndpointRewriter = (endpoint: BrokerEndpoint) => { host: string; port: number };
