import type { ProxyConfig } from '../config/proxy-config.js';

/** Where the proxy listens for one broker node, and the address it tells clients for that node. */
export interface NodeAddressing {
  listenPort(nodeId: number): number;
  advertisedHost(nodeId: number): string;
  advertisedPort(nodeId: number): number;
}

/**
 * Port-per-broker addressing: node N listens on `brokerPortBase + N` (or its explicit port) and is
 * advertised as the host and port patterns say. Patterns let one configuration serve every layout:
 * `127.0.0.1` and `{port}` locally, `broker-{nodeId}.kafka-proxy.svc` and `9092` with one Service per
 * pod, or one LoadBalancer host with `31000+{nodeId}`.
 */
export function nodeAddressing(config: Pick<ProxyConfig, 'listen' | 'advertised'>): NodeAddressing {
  const { brokerPortBase, brokerPorts } = config.listen;
  const listenPort = (nodeId: number): number => {
    const explicit = brokerPorts[String(nodeId)];
    if (explicit !== undefined) return explicit;
    const port = brokerPortBase + nodeId;
    if (nodeId < 0 || port > 65535) {
      throw new RangeError(`node ${nodeId} has no port: ${brokerPortBase}+${nodeId} is outside 1-65535`);
    }
    return port;
  };
  return {
    listenPort,
    advertisedHost: (nodeId) => config.advertised.host.replaceAll('{nodeId}', String(nodeId)),
    advertisedPort: (nodeId) => {
      const terms = config.advertised.port.split('+');
      let sum = 0;
      for (const term of terms) {
        if (term === '{port}') sum += listenPort(nodeId);
        else if (term === '{nodeId}') sum += nodeId;
        else sum += Number.parseInt(term, 10);
      }
      return sum;
    },
  };
}
