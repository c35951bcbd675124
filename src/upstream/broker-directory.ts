import { EventEmitter } from 'node:events';

/** A real broker address, as the cluster advertises it on the listener the proxy connects to. */
export interface BrokerAddress {
  host: string;
  port: number;
}

/**
 * The proxy's map from node id to real broker address. It is filled from every response that names
 * brokers (Metadata, DescribeCluster, FindCoordinator) before the response is rewritten, from the
 * proxy's own control connection, and from static entries in the configuration. Emits 'node' with the
 * node id when a node is seen for the first time so that its listener can be opened.
 */
export class BrokerDirectory extends EventEmitter<{ node: [nodeId: number]; changed: [nodeId: number] }> {
  private readonly nodes = new Map<number, BrokerAddress>();
  private readonly waiters = new Map<number, Array<(address: BrokerAddress) => void>>();

  constructor(staticNodes: Record<string, string> = {}) {
    super();
    for (const [id, hostPort] of Object.entries(staticNodes)) {
      this.learn(Number(id), parseHostPort(hostPort));
    }
  }

  learn(nodeId: number, address: BrokerAddress): void {
    if (nodeId < 0) return;
    const known = this.nodes.get(nodeId);
    if (known !== undefined && known.host === address.host && known.port === address.port) return;
    this.nodes.set(nodeId, { host: address.host, port: address.port });
    if (known === undefined) this.emit('node', nodeId);
    else this.emit('changed', nodeId);
    const waiting = this.waiters.get(nodeId);
    if (waiting !== undefined) {
      this.waiters.delete(nodeId);
      for (const resolve of waiting) resolve(address);
    }
  }

  get(nodeId: number): BrokerAddress | undefined {
    return this.nodes.get(nodeId);
  }

  /** The node whose real address is exactly `address` (host as advertised, and port), if any. */
  nodeAt(address: BrokerAddress): number | undefined {
    for (const [nodeId, known] of this.nodes) {
      if (known.host === address.host && known.port === address.port) return nodeId;
    }
    return undefined;
  }

  nodeIds(): number[] {
    return [...this.nodes.keys()].sort((a, b) => a - b);
  }

  /** Resolves with the node's address once known, or undefined after `timeoutMs`. */
  waitFor(nodeId: number, timeoutMs: number): Promise<BrokerAddress | undefined> {
    const known = this.nodes.get(nodeId);
    if (known !== undefined) return Promise.resolve(known);
    return new Promise((resolve) => {
      const list = this.waiters.get(nodeId) ?? [];
      const done = (address: BrokerAddress | undefined): void => {
        clearTimeout(timer);
        resolve(address);
      };
      const timer = setTimeout(() => {
        const remaining = (this.waiters.get(nodeId) ?? []).filter((fn) => fn !== done);
        if (remaining.length === 0) this.waiters.delete(nodeId);
        else this.waiters.set(nodeId, remaining);
        resolve(undefined);
      }, timeoutMs);
      timer.unref();
      list.push(done);
      this.waiters.set(nodeId, list);
    });
  }
}

export function parseHostPort(hostPort: string): BrokerAddress {
  const colon = hostPort.lastIndexOf(':');
  let host = hostPort.slice(0, colon);
  if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1);
  return { host, port: Number.parseInt(hostPort.slice(colon + 1), 10) };
}
