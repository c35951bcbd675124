// Clients that make a shared proxy hold resources: readers that never read their Fetch responses,
// writers that stop in the middle of a request frame, writers that trickle one. Real broker, the
// proxy as its own process (its RSS is read from /proc) or in this process (its counters are read).

import net from 'node:net';
import kafkajs from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MetadataResponse } from '../../protocol/generated/index.js';
import { startProxyProcess, freePort, type ProxyProcess } from '../../bench/e2e/proxy-process.js';
import { kafkajsConfig, startKafka, type KafkaCluster } from '../harness/index.js';
import { freeBrokerPortBase } from '../unit/proxy/free-ports.js';
import { requestFrame } from '../unit/enforcement/scenario-support.js';
import type { RunningProxy } from '../../src/proxy/proxy.js';
import { RawClient } from './policy-raw-client.js';
import { startProxyInFrontOf, waitUntil } from './proxy-test-support.js';

const MIB = 1024 * 1024;
const TOPIC = 'slow-readers';
/** Data in the topic: every non-reading Fetch asks for all of it. 32 x 12 MiB held whole is 384 MiB. */
const TOPIC_BYTES = 12 * MIB;
const BUDGET = 64 * MIB;
const READERS = 32;

let cluster: KafkaCluster;

beforeAll(async () => {
  cluster = await startKafka({ nodes: 1 });
  const kafka = new kafkajs.Kafka(
    kafkajsConfig({ bootstrap: cluster.bootstrap, securityProtocol: 'PLAINTEXT' }, { clientId: 'filler' }),
  );
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic: TOPIC, numPartitions: 1 }], waitForLeaders: true });
  await admin.disconnect();
  const producer = kafka.producer();
  await producer.connect();
  const value = Buffer.alloc(100 * 1024, 7);
  // 9 x 100 KiB per batch stays under the broker's 1 MB message.max.bytes.
  for (let sent = 0; sent < TOPIC_BYTES; sent += 9 * value.length) {
    await producer.send({ topic: TOPIC, acks: -1, messages: Array.from({ length: 9 }, () => ({ value })) });
  }
  await producer.disconnect();
}, 300_000);

afterAll(async () => {
  await cluster?.stop();
});

/** Fetch v17 for all of partition 0 from offset 0, with max_bytes far above the topic's data. */
function fetchAll(topicId: string, correlationId: number): Buffer {
  const body = {
    maxWaitMs: 500,
    minBytes: 1,
    maxBytes: 64 * MIB,
    isolationLevel: 0,
    sessionId: 0,
    sessionEpoch: -1,
    topics: [
      {
        topic: '',
        topicId,
        partitions: [
          {
            partition: 0,
            currentLeaderEpoch: -1,
            fetchOffset: 0n,
            lastFetchedEpoch: -1,
            logStartOffset: -1n,
            partitionMaxBytes: 64 * MIB,
            replicaDirectoryId: 'AAAAAAAAAAAAAAAAAAAAAA',
          },
        ],
      },
    ],
    forgottenTopicsData: [],
    rackId: '',
  };
  return requestFrame(1, 17, body, correlationId);
}

async function topicIdThrough(port: number): Promise<string> {
  const client = await RawClient.connect(port);
  const response = await client.call<MetadataResponse>(3, 12, {
    topics: [{ name: TOPIC, topicId: 'AAAAAAAAAAAAAAAAAAAAAA' }],
    allowAutoTopicCreation: false,
    includeTopicAuthorizedOperations: false,
  });
  client.end();
  if (response === 'closed') throw new Error('Metadata through the proxy closed the connection');
  return response.topics[0]!.topicId;
}

/** A client connection that sends one Fetch and never reads: its socket is paused from the start. */
async function nonReadingFetch(port: number, topicId: string, correlationId: number): Promise<net.Socket> {
  const socket = await new Promise<net.Socket>((resolve, reject) => {
    const s = net.connect({ host: '127.0.0.1', port }, () => resolve(s));
    s.once('error', reject);
  });
  socket.on('error', () => undefined);
  socket.pause();
  socket.write(fetchAll(topicId, correlationId));
  return socket;
}

/** One produce and one consume of `count` records through the proxy by kafkajs, start to end. */
async function roundTrip(bootstrap: string, topic: string, count: number): Promise<number> {
  const kafka = new kafkajs.Kafka(
    kafkajsConfig({ bootstrap, securityProtocol: 'PLAINTEXT' }, { clientId: 'bystander' }),
  );
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });
  await admin.disconnect();
  const producer = kafka.producer();
  await producer.connect();
  await producer.send({
    topic,
    acks: -1,
    messages: Array.from({ length: count }, (_, i) => ({ value: `r-${i}` })),
  });
  await producer.disconnect();
  const consumer = kafka.consumer({ groupId: `${topic}-group` });
  const seen = new Set<string>();
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({ eachMessage: async ({ message }) => void seen.add(message.value!.toString()) });
  await waitUntil(() => seen.size >= count, 120_000, `the bystander consumes its ${count} records`);
  await consumer.disconnect();
  return seen.size;
}

/** The value of a metric, summed over its label sets. */
async function metric(adminPort: number, name: string): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${adminPort}/metrics`)).text();
  const lines = text.split('\n').filter((l) => l.startsWith(`${name} `) || l.startsWith(`${name}{`));
  if (lines.length === 0) return Number.NaN;
  return lines.reduce((sum, l) => sum + Number(l.slice(l.lastIndexOf(' ') + 1)), 0);
}

describe('readers that never read their Fetch v17 responses', () => {
  let proxy: ProxyProcess | undefined;
  const sockets: net.Socket[] = [];

  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await proxy?.stop();
  });

  it(`keep the proxy's RSS within its memory budget with ${READERS} of them, and every other client working`, async () => {
    const bootstrapPort = await freePort();
    const adminPort = await freePort();
    const base = await freeBrokerPortBase(cluster.nodes.map((n) => n.nodeId));
    proxy = await startProxyProcess({
      runtime: 'tsx',
      config: {
        listen: { host: '127.0.0.1', bootstrapPort, brokerPortBase: base },
        upstream: { bootstrapServers: cluster.bootstrap.split(',') },
        limits: { maxBufferedBytes: BUDGET, idleTimeoutMs: 600_000 },
        admin: { host: '127.0.0.1', port: adminPort },
        audit: { stdout: { enabled: false } },
        logging: { level: 'warn' },
      },
      startTimeoutMs: 60_000,
    });
    const port = bootstrapPort;
    // Warm up (JIT, lazily loaded modules) before the baseline, with the same kind of traffic.
    expect(await roundTrip(proxy.bootstrap, 'slow-readers-warmup', 50)).toBe(50);
    const baseline = proxy.rssBytes();
    let peak = baseline;
    const sampler = setInterval(() => {
      try {
        peak = Math.max(peak, proxy!.rssBytes());
      } catch {
        // exited: the assertions below say so
      }
    }, 100);
    try {
      const topicId = await topicIdThrough(port);
      for (let i = 0; i < READERS; i++) sockets.push(await nonReadingFetch(port, topicId, 100 + i));
      // Every other client keeps working meanwhile.
      expect(await roundTrip(proxy.bootstrap, 'slow-readers-bystander', 200)).toBe(200);
      // The proxy has done all it can for the readers: the bytes it sends them stopped growing.
      let last = -1;
      let stableSince = Date.now();
      await waitUntil(
        async () => {
          const sent = await metric(adminPort, 'kafka_l7_proxy_response_bytes_total');
          if (sent !== last) {
            last = sent;
            stableSince = Date.now();
          }
          return Date.now() - stableSince >= 3000;
        },
        180_000,
        'the bytes sent to the non-reading clients stop growing',
      );
      peak = Math.max(peak, proxy.rssBytes());
    } finally {
      clearInterval(sampler);
    }
    const grewBy = peak - baseline;
    expect(
      grewBy,
      `RSS ${Math.round(baseline / MIB)} MiB before, peak ${Math.round(peak / MIB)} MiB with ${READERS} non-reading Fetch v17 clients (budget ${BUDGET / MIB} MiB)`,
    ).toBeLessThan(BUDGET);
    expect(peak).toBeLessThan(baseline + BUDGET);
    expect(await metric(adminPort, 'kafka_l7_proxy_buffer_budget_bytes')).toBe(BUDGET);
    expect(await metric(adminPort, 'kafka_l7_proxy_connections_active')).toBeGreaterThanOrEqual(READERS);
  }, 600_000);
});

/** A socket that sent `bytes` and resolves `closed` when the proxy closes it. */
async function openAndSend(
  port: number,
  bytes: Buffer,
): Promise<{ socket: net.Socket; closed: Promise<number> }> {
  // Timed from before the connection exists: the proxy's timers cannot have started earlier.
  const started = Date.now();
  const socket = await new Promise<net.Socket>((resolve, reject) => {
    const s = net.connect({ host: '127.0.0.1', port }, () => resolve(s));
    s.once('error', reject);
  });
  socket.on('error', () => undefined);
  socket.on('data', () => undefined);
  const closed = new Promise<number>((resolve) => socket.once('close', () => resolve(Date.now() - started)));
  if (bytes.length > 0) socket.write(bytes);
  return { socket, closed };
}

/**
 * The first `sent` bytes of a Produce v9 frame announcing 8 MiB (4-byte size, header, start of the
 * body). Not 100 MiB: without a policy the frame streams on, and the broker allocates the whole
 * announced size when it reads the prefix, which for several such connections is more than the
 * test broker's heap.
 */
function halfOfAHugeProduce(sent: number): Buffer {
  const frame = Buffer.alloc(sent, 0);
  frame.writeInt32BE(8 * MIB, 0);
  frame.writeInt16BE(0, 4); // Produce
  frame.writeInt16BE(9, 6); // v9
  frame.writeInt32BE(1, 8); // correlation id
  frame.writeInt16BE(4, 12); // client id "slow"
  frame.write('slow', 14);
  frame[18] = 0; // header tagged fields
  frame[19] = 0; // transactional id: null (compact)
  frame.writeInt16BE(1, 20); // acks
  return frame;
}

describe('writers that stop in the middle of a request frame, or trickle one', () => {
  let proxy: RunningProxy | undefined;

  afterAll(async () => {
    await proxy?.stop();
  });

  it('are closed at the idle timeout (mid-frame too) and at the request timeout, with the reason counted', async () => {
    const idleTimeoutMs = 3000;
    const requestTimeoutMs = 8000;
    proxy = await startProxyInFrontOf(cluster, {
      limits: { idleTimeoutMs, requestTimeoutMs },
    });
    const port = proxy.bootstrapPort;
    const midFrame = await Promise.all(
      Array.from({ length: 4 }, () => openAndSend(port, halfOfAHugeProduce(4 * MIB))),
    );
    const silent = await openAndSend(port, Buffer.alloc(0));
    const afterRequest = await openAndSend(port, requestFrame(18, 3, {}, 5));
    // One byte of a frame every 500 ms: never idle, never done.
    const trickler = await openAndSend(port, Buffer.alloc(0));
    const frame = requestFrame(18, 3, {}, 6);
    let at = 0;
    const trickle = setInterval(() => {
      if (at < frame.length - 1 && !trickler.socket.destroyed)
        trickler.socket.write(frame.subarray(at, ++at));
    }, 500);
    try {
      const idleClosed = await Promise.all(
        [...midFrame, silent, afterRequest].map((c) =>
          Promise.race([c.closed, new Promise<number>((r) => setTimeout(() => r(-1), 120_000))]),
        ),
      );
      for (const ms of idleClosed) {
        expect(ms, JSON.stringify(proxy.counters.closedFor)).toBeGreaterThanOrEqual(idleTimeoutMs);
        expect(ms).not.toBe(-1);
      }
      const trickleClosed = await Promise.race([
        trickler.closed,
        new Promise<number>((r) => setTimeout(() => r(-1), 120_000)),
      ]);
      expect(trickleClosed, JSON.stringify(proxy.counters.closedFor)).toBeGreaterThanOrEqual(
        requestTimeoutMs,
      );
    } finally {
      clearInterval(trickle);
    }
    expect(proxy.counters.closedFor['idle-timeout'], JSON.stringify(proxy.counters.closedFor)).toBe(6);
    expect(proxy.counters.closedFor['request-timeout']).toBe(1);
    await waitUntil(() => proxy!.connectionCount() === 0, 30_000, 'every connection is gone');
  }, 300_000);
});
