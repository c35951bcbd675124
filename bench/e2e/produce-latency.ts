/**
 * Added latency of a Produce request at microsecond resolution: ProducerPerformance reports whole
 * milliseconds, too coarse for the 0.5 ms target. One SASL/SCRAM-authenticated connection straight
 * to the broker and one through the proxy (the proxy's own control-session client, which speaks
 * SaslHandshake v1 + SaslAuthenticate v2), each sending Produce v12 requests one at a time (one
 * record batch with one record of `recordBytes` bytes, acks=all, to one partition), paced at a
 * moderate rate. Each request is timed from the write to its whole response (process.hrtime). The
 * two sides alternate in blocks, so that a change in the machine's load hits both.
 */
import { ApiKey } from '../../protocol/generated/api-keys.js';
import { decodeProduceResponse, encodeProduceRequest } from '../../protocol/generated/messages/produce.js';
import { openControlSession, type ControlSession } from '../../src/upstream/control-session.js';
import { records } from '../../test/integration/policy-raw-client.js';
import { median } from './process-stats.js';

/** The Produce version the probe sends (the Java 4.1 producer's; its response is held and rewritten). */
const PRODUCE_VERSION = 12;

export interface ProduceLatencyOptions {
  /** Requests per side, after `warmup` untimed ones. */
  requests: number;
  warmup?: number;
  /** Requests per second per side while a block runs. */
  ratePerSec: number;
  recordBytes: number;
  topic: string;
  partition: number;
  username: string;
  password: string;
  /** Blocks per side; sides alternate between blocks. */
  blocks?: number;
}

/** Round trips in microseconds. */
export interface ProduceLatency {
  requests: number;
  ratePerSec: number;
  directP50Us: number;
  directP99Us: number;
  proxyP50Us: number;
  proxyP99Us: number;
  /** proxy - direct, at p50 and p99. */
  addedP50Us: number;
  addedP99Us: number;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function address(hostPort: string): { host: string; port: number } {
  const [host, port] = hostPort.split(':');
  return { host: host!, port: Number(port) };
}

async function session(hostPort: string, options: ProduceLatencyOptions): Promise<ControlSession> {
  let correlationId = 0;
  return openControlSession(address(hostPort), {
    tls: undefined,
    timeoutMs: 30_000,
    sasl: { mechanism: 'SCRAM-SHA-512', username: options.username, password: options.password },
    nextCorrelationId: () => ++correlationId,
  });
}

/** Times `count` Produce round trips, paced at `ratePerSec`, into `into` (µs). */
async function produceRoundTrips(
  s: ControlSession,
  body: unknown,
  count: number,
  ratePerSec: number,
  into: number[] | undefined,
): Promise<void> {
  const intervalMs = 1000 / ratePerSec;
  let due = performance.now();
  for (let i = 0; i < count; i++) {
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    due += intervalMs;
    const started = process.hrtime.bigint();
    const reader = await s.call(ApiKey.Produce, PRODUCE_VERSION, body);
    const elapsedUs = Number(process.hrtime.bigint() - started) / 1000;
    const response = decodeProduceResponse(reader, PRODUCE_VERSION);
    const error = response.responses[0]?.partitionResponses[0]?.errorCode;
    if (error !== 0) throw new Error(`the probe's Produce failed with error code ${error}`);
    into?.push(elapsedUs);
  }
}

/**
 * Produce round trips directly (`direct`, host:port of the broker) and through the proxy (`proxied`,
 * its bootstrap host:port), alternating in blocks.
 */
export async function measureProduceLatency(
  direct: string,
  proxied: string,
  options: ProduceLatencyOptions,
): Promise<ProduceLatency> {
  // Checked once that the generated encoder takes this body (the session encodes each request).
  const body = {
    transactionalId: null,
    acks: -1,
    timeoutMs: 30_000,
    topicData: [
      {
        name: options.topic,
        topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
        partitionData: [{ index: options.partition, records: records('x'.repeat(options.recordBytes)) }],
      },
    ],
  };
  encodeProduceRequest(body, PRODUCE_VERSION);
  const [toBroker, toProxy] = await Promise.all([session(direct, options), session(proxied, options)]);
  try {
    const warmup = options.warmup ?? 200;
    await produceRoundTrips(toBroker, body, warmup, options.ratePerSec, undefined);
    await produceRoundTrips(toProxy, body, warmup, options.ratePerSec, undefined);
    const directUs: number[] = [];
    const proxyUs: number[] = [];
    const blocks = options.blocks ?? 6;
    const perBlock = Math.max(1, Math.ceil(options.requests / blocks));
    for (let b = 0; b < blocks; b++) {
      const order = b % 2 === 0 ? [toBroker, toProxy] : [toProxy, toBroker];
      for (const s of order) {
        await produceRoundTrips(s, body, perBlock, options.ratePerSec, s === toBroker ? directUs : proxyUs);
      }
    }
    const result = {
      requests: directUs.length,
      ratePerSec: options.ratePerSec,
      directP50Us: median(directUs),
      directP99Us: percentile(directUs, 99),
      proxyP50Us: median(proxyUs),
      proxyP99Us: percentile(proxyUs, 99),
    };
    return {
      ...result,
      addedP50Us: result.proxyP50Us - result.directP50Us,
      addedP99Us: result.proxyP99Us - result.directP99Us,
    };
  } finally {
    toBroker.socket.destroy();
    toProxy.socket.destroy();
  }
}
