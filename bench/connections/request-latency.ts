/**
 * Round-trip time of one small request, directly to the broker and through the proxy, at
 * microsecond resolution (ProducerPerformance reports whole milliseconds). One connection each,
 * ApiVersions v3 requests one after another; the two sides alternate in blocks so that a change in
 * the machine's load hits both. This is what one proxy hop adds to a request that the proxy reads
 * and rewrites (the ApiVersions answer is clamped), not a Produce with acks=all.
 */
import net from 'node:net';
import { median } from '../e2e/process-stats.js';
import { apiVersionsFrame, nextFrame } from './idle-clients.js';

export interface RequestLatency {
  requests: number;
  directP50Us: number;
  directP99Us: number;
  proxyP50Us: number;
  proxyP99Us: number;
}

async function connect(address: string): Promise<net.Socket> {
  const [host, port] = address.split(':');
  const socket = net.connect({ host: host!, port: Number(port) });
  socket.setNoDelay(true);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  return socket;
}

async function roundTrips(socket: net.Socket, count: number, into: number[]): Promise<void> {
  for (let i = 0; i < count; i++) {
    const started = process.hrtime.bigint();
    const reply = nextFrame(socket, 10_000);
    socket.write(apiVersionsFrame);
    await reply;
    into.push(Number(process.hrtime.bigint() - started) / 1000);
  }
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function measureRequestLatency(
  direct: string,
  proxied: string,
  requests: number,
  blocks = 5,
): Promise<RequestLatency> {
  const [toBroker, toProxy] = await Promise.all([connect(direct), connect(proxied)]);
  try {
    const warmup: number[] = [];
    await roundTrips(toBroker, 200, warmup);
    await roundTrips(toProxy, 200, warmup);
    const directUs: number[] = [];
    const proxyUs: number[] = [];
    const perBlock = Math.max(1, Math.ceil(requests / blocks));
    for (let b = 0; b < blocks; b++) {
      if (b % 2 === 0) {
        await roundTrips(toBroker, perBlock, directUs);
        await roundTrips(toProxy, perBlock, proxyUs);
      } else {
        await roundTrips(toProxy, perBlock, proxyUs);
        await roundTrips(toBroker, perBlock, directUs);
      }
    }
    return {
      requests: directUs.length,
      directP50Us: median(directUs),
      directP99Us: percentile(directUs, 99),
      proxyP50Us: median(proxyUs),
      proxyP99Us: percentile(proxyUs, 99),
    };
  } finally {
    toBroker.destroy();
    toProxy.destroy();
  }
}
