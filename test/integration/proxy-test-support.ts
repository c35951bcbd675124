import diagnosticsChannel from 'node:diagnostics_channel';
import { resolveConfig } from '../../src/config/load-config.js';
import { startProxy, type ProxyOptions, type RunningProxy } from '../../src/proxy/proxy.js';
import type { ClientWriteMessage } from '../../src/proxy/diagnostics.js';
import type { KafkaCluster } from '../harness/index.js';
import { freeBrokerPortBase } from '../unit/proxy/free-ports.js';

/** Starts the proxy in this process on loopback, in front of `cluster` (its plain listeners). */
export async function startProxyInFrontOf(
  cluster: KafkaCluster,
  overrides: Record<string, unknown> = {},
  bootstrap = cluster.bootstrap,
  options: ProxyOptions = {},
): Promise<RunningProxy> {
  const base = await freeBrokerPortBase(cluster.nodes.map((n) => n.nodeId));
  const raw = {
    listen: { host: '127.0.0.1', bootstrapPort: 0, brokerPortBase: base },
    upstream: { bootstrapServers: bootstrap.split(',') },
    logging: { level: 'warn' },
    ...overrides,
  };
  return startProxy(resolveConfig(raw, {}), options);
}

/**
 * Records every byte the proxy writes to clients (through its diagnostics channel) and finds each
 * broker address in it: in every Kafka structure that names a broker, the host string is followed
 * directly by the port as a big-endian int32, so each occurrence of the host's bytes is read as
 * host + port.
 */
export class ClientWireTap {
  private readonly chunks = new Map<number, Buffer[]>();
  private readonly listener = (message: unknown): void => {
    const { connectionId, chunk } = message as ClientWriteMessage;
    const list = this.chunks.get(connectionId) ?? [];
    list.push(Buffer.from(chunk));
    this.chunks.set(connectionId, list);
  };

  constructor() {
    diagnosticsChannel.subscribe('kafka-l7-proxy:client-write', this.listener);
  }

  stop(): void {
    diagnosticsChannel.unsubscribe('kafka-l7-proxy:client-write', this.listener);
  }

  bytes(): number {
    let total = 0;
    for (const list of this.chunks.values()) for (const chunk of list) total += chunk.length;
    return total;
  }

  /** Every port that follows `host` in the bytes sent to clients. */
  portsAfterHost(host: string): Set<number> {
    const ports = new Set<number>();
    const needle = Buffer.from(host);
    for (const list of this.chunks.values()) {
      const stream = Buffer.concat(list);
      for (let at = stream.indexOf(needle); at >= 0; at = stream.indexOf(needle, at + 1)) {
        const portAt = at + needle.length;
        if (portAt + 4 <= stream.length) ports.add(stream.readInt32BE(portAt));
      }
    }
    return ports;
  }
}

export async function waitUntil(
  check: () => boolean | Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
