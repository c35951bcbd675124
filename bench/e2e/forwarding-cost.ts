/**
 * The proxy's own CPU per GB forwarded, without Kafka: a scripted broker (test/unit/proxy) in this
 * process, the compiled proxy as its own process (no policy), and one raw client that pipelines
 * Produce v12 requests (`--produce-kib` KiB of record bytes each, 5 in flight, as the Java producer
 * does) and then Fetch v17 requests (one in flight, each answered with `--fetch-kib` KiB of records).
 * The proxy's CPU (utime + stime from /proc) is read around each phase. Kafka's tools and the JVM
 * broker take most of the machine in bench/e2e; here the load generator is light, so the proxy's
 * cost per byte can be compared between two builds (A/B) on a busy machine.
 *
 * `--policy` runs the proxy under a policy that lets the client (named by its source address)
 * produce to and consume the topic, and fetches as the Java consumer does: one fetch opening a
 * session (epoch 0), then incremental fetches on it (epochs 1, 2, ..., no partitions added), the
 * topic named by its ID (learned from a Metadata request first). This is the path of
 * src/enforcement/fetch-session-enforcement.ts, which the payments policy takes in bench/e2e.
 *
 *   npx tsx bench/e2e/forwarding-cost.ts [--gb 1] [--produce-kib 48] [--fetch-kib 1024] [--runtime dist|tsx]
 *       [--node-options "--max-semi-space-size=2"] [--profile <dir>] [--policy] [--only produce|fetch]
 *
 * It prints one JSON line: CPU s per GB for each phase, the kernel share, and the proxy's peak RSS.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { encodeRequestFrame } from '../../protocol/framing/index.js';
import { ApiKey } from '../../protocol/generated/api-keys.js';
import { REQUEST_CODECS, type MessageCodec } from '../../protocol/generated/codecs.js';
import { encodeFetchResponse } from '../../protocol/generated/messages/fetch.js';
import {
  defaultProduceResponseLeaderIdAndEpoch,
  encodeProduceResponse,
} from '../../protocol/generated/messages/produce.js';
import { FrameStream } from '../../src/connection/frame-stream.js';
import { freeBrokerPortBase } from '../../test/unit/proxy/free-ports.js';
import { ScriptedBroker } from '../../test/unit/proxy/scripted-broker.js';
import { fetchPartition } from '../../test/unit/rewrite/response-frames.js';
import { RssSampler } from './process-stats.js';
import { buildProxy, freePort, startProxyProcess, type ProxyRuntime } from './proxy-process.js';

const TOPIC = 'bench.forwarding';
const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA'; // Kafka's zero UUID (base64)
/** The topic's ID under `--policy` (any non-zero UUID, base64 as Kafka prints it). */
const TOPIC_ID = 'YmVuY2guZm9yd2FyZGluZw';
/** The session id the scripted broker gives the session of `--policy` fetches. */
const SESSION_ID = 42;

export interface ForwardingCostOptions {
  gb: number;
  produceKib: number;
  fetchKib: number;
  runtime: ProxyRuntime;
  nodeOptions: string[];
  /** Write the proxy's CPU profile (node --cpu-prof) into this directory. */
  profileDir?: string;
  /** Under a policy, fetching on a session (see the file's comment). */
  policy?: boolean;
  /** Run only this phase (a profile of one phase); the other's figures are then 0. */
  only?: 'produce' | 'fetch';
}

export interface ForwardingCost {
  options: ForwardingCostOptions;
  produce: { cpuSecondsPerGb: number; systemShare: number; seconds: number };
  fetch: { cpuSecondsPerGb: number; systemShare: number; seconds: number };
  rssPeakMiB: number;
}

function frame(apiKey: number, apiVersion: number, correlationId: number, body: unknown): Buffer {
  const codec = REQUEST_CODECS.get(apiKey)! as MessageCodec<unknown>;
  return encodeRequestFrame(codec, { apiKey, apiVersion, correlationId, clientId: 'forwarding-cost' }, body);
}

function produceRequest(correlationId: number, records: Buffer): Buffer {
  return frame(ApiKey.Produce, 12, correlationId, {
    transactionalId: null,
    acks: -1,
    timeoutMs: 30_000,
    topicData: [{ name: TOPIC, topicId: ZERO_UUID, partitionData: [{ index: 0, records }] }],
  });
}

/**
 * Fetch v17 for partition 0 of the topic: sessionless (`session` undefined), or on a session: epoch
 * 0 opens it with the partition, a later epoch is incremental and names no partition.
 */
function fetchRequest(correlationId: number, session?: { epoch: number }): Buffer {
  const partitions = [
    {
      partition: 0,
      currentLeaderEpoch: -1,
      fetchOffset: 0n,
      lastFetchedEpoch: -1,
      logStartOffset: -1n,
      partitionMaxBytes: 1_048_576,
      replicaDirectoryId: ZERO_UUID,
      highWatermark: -1n,
    },
  ];
  const topics =
    session === undefined
      ? [{ topic: TOPIC, topicId: ZERO_UUID, partitions }]
      : session.epoch === 0
        ? [{ topic: '', topicId: TOPIC_ID, partitions }]
        : [];
  return frame(ApiKey.Fetch, 17, correlationId, {
    clusterId: null,
    replicaId: -1,
    replicaState: { replicaId: -1, replicaEpoch: -1n },
    maxWaitMs: 500,
    minBytes: 1,
    maxBytes: 52_428_800,
    isolationLevel: 0,
    sessionId: session === undefined || session.epoch === 0 ? 0 : SESSION_ID,
    sessionEpoch: session === undefined ? -1 : session.epoch,
    topics,
    forgottenTopicsData: [],
    rackId: '',
  });
}

function produceResponseBody(): Buffer {
  return encodeProduceResponse(
    {
      responses: [
        {
          name: TOPIC,
          topicId: ZERO_UUID,
          partitionResponses: [
            {
              index: 0,
              errorCode: 0,
              baseOffset: 0n,
              logAppendTimeMs: -1n,
              logStartOffset: 0n,
              recordErrors: [],
              errorMessage: null,
              currentLeader: defaultProduceResponseLeaderIdAndEpoch(),
            },
          ],
        },
      ],
      throttleTimeMs: 0,
      nodeEndpoints: [],
    },
    12,
  );
}

/** Metadata v12 for the topic (the proxy learns its ID from the answer). */
function metadataRequest(correlationId: number): Buffer {
  return frame(ApiKey.Metadata, 12, correlationId, {
    topics: [{ topicId: ZERO_UUID, name: TOPIC }],
    allowAutoTopicCreation: false,
    includeClusterAuthorizedOperations: false,
    includeTopicAuthorizedOperations: false,
  });
}

function fetchResponseBody(recordBytes: number, sessionId: number): Buffer {
  return encodeFetchResponse(
    {
      throttleTimeMs: 0,
      errorCode: 0,
      sessionId,
      responses: [
        {
          topic: TOPIC,
          topicId: sessionId === 0 ? ZERO_UUID : TOPIC_ID,
          partitions: [
            fetchPartition(0, Buffer.alloc(recordBytes, 7), {
              highWatermark: 1000n,
              lastStableOffset: 1000n,
            }),
          ],
        },
      ],
      nodeEndpoints: [],
    },
    17,
  );
}

/**
 * `--policy`: the client, named by its source address, may produce to the topic and consume it
 * (group `bench`, which the fetches do not name).
 */
function benchPolicy(): Record<string, unknown> {
  return {
    apiVersion: 'kafka-l7-proxy/v1',
    kind: 'KafkaPolicy',
    metadata: { name: 'forwarding-cost' },
    identities: [{ sourceCidr: { cidr: '127.0.0.1/32', principal: 'User:bench' } }],
    rules: [
      {
        principal: 'User:bench',
        allow: [
          { role: 'produce', topic: TOPIC },
          { role: 'consume', topic: TOPIC, group: 'bench' },
        ],
      },
    ],
  };
}

/** Sends `count` requests with at most `inFlight` outstanding; resolves when every response is in. */
async function pipeline(
  socket: net.Socket,
  count: number,
  inFlight: number,
  request: (correlationId: number) => Buffer,
): Promise<void> {
  let sent = 0;
  let received = 0;
  await new Promise<void>((resolve, reject) => {
    const frames = new FrameStream(
      {
        frameStart: () => 'stream',
        frameHeld: () => undefined,
        frameStreamed: (_piece, last) => {
          if (!last) return;
          received++;
          if (received === count) resolve();
          else if (sent < count) socket.write(request(++sent));
        },
        frameError: (_reason, detail) => reject(new Error(detail)),
      },
      1 << 30,
    );
    socket.removeAllListeners('data');
    socket.on('data', (chunk: Buffer) => frames.push(chunk));
    socket.once('close', () => reject(new Error('the proxy closed the connection')));
    while (sent < Math.min(inFlight, count)) socket.write(request(++sent));
  });
}

function cpuDelta(
  before: { user: number; system: number },
  after: { user: number; system: number },
): { total: number; system: number } {
  return {
    total: after.user + after.system - before.user - before.system,
    system: after.system - before.system,
  };
}

export async function measureForwardingCost(options: ForwardingCostOptions): Promise<ForwardingCost> {
  if (options.runtime === 'dist') buildProxy(() => undefined);
  const broker = new ScriptedBroker();
  await broker.start();
  const produceBody = produceResponseBody();
  const policy = options.policy === true;
  const fetchBody = fetchResponseBody(options.fetchKib * 1024, policy ? SESSION_ID : 0);
  broker.respond = (request) =>
    request.header.apiKey === ApiKey.Fetch ? { body: fetchBody } : { body: produceBody };
  if (policy) broker.topics = [{ name: TOPIC, topicId: TOPIC_ID }];
  const policyDir = policy ? mkdtempSync(join(tmpdir(), 'forwarding-cost-')) : undefined;
  if (policyDir !== undefined) writeFileSync(join(policyDir, 'policy.yaml'), stringify(benchPolicy()));
  const proxy = await startProxyProcess({
    runtime: options.runtime,
    nodeOptions: options.nodeOptions,
    ...(options.profileDir ? { cpuProfileDir: options.profileDir } : {}),
    config: {
      listen: {
        host: '127.0.0.1',
        bootstrapPort: await freePort(),
        brokerPortBase: await freeBrokerPortBase([1]),
      },
      advertised: { host: '127.0.0.1' },
      upstream: { bootstrapServers: [`127.0.0.1:${broker.port}`] },
      limits: { maxFrameBytes: 64 * 1024 * 1024 },
      logging: { level: 'warn' },
      admin: { host: '127.0.0.1', port: 0 },
      audit: { stdout: { enabled: false } },
      ...(policyDir !== undefined ? { policy: { file: join(policyDir, 'policy.yaml') } } : {}),
    },
  });
  const rss = new RssSampler(proxy.pid);
  rss.start();
  const [host, port] = proxy.bootstrap.split(':');
  const socket = net.connect({ host: host!, port: Number(port) });
  socket.setNoDelay(true);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  try {
    const records = Buffer.alloc(options.produceKib * 1024, 1);
    // Warm-up: JIT and the first buffers, outside the measurement.
    await pipeline(socket, 200, 5, (id) => produceRequest(id, records));
    const bytes = options.gb * 1e9;
    const phase = async (
      count: number,
      inFlight: number,
      kib: number,
      request: (id: number) => Buffer,
    ): Promise<{ cpuSecondsPerGb: number; systemShare: number; seconds: number }> => {
      const before = proxy.cpuTimes();
      const started = performance.now();
      await pipeline(socket, count, inFlight, request);
      const cpu = cpuDelta(before, proxy.cpuTimes());
      const moved = count * kib * 1024;
      return {
        cpuSecondsPerGb: cpu.total / (moved / 1e9),
        systemShare: cpu.total > 0 ? cpu.system / cpu.total : 0,
        seconds: (performance.now() - started) / 1000,
      };
    };
    const skipped = { cpuSecondsPerGb: 0, systemShare: 0, seconds: 0 };
    const produce =
      options.only === 'fetch'
        ? skipped
        : await phase(Math.ceil(bytes / (options.produceKib * 1024)), 5, options.produceKib, (id) =>
            produceRequest(id, records),
          );
    let fetches = 0;
    const fetchOf = (id: number): Buffer =>
      policy ? fetchRequest(id, { epoch: fetches++ }) : fetchRequest(id);
    if (policy) await pipeline(socket, 1, 1, metadataRequest);
    const fetch =
      options.only === 'produce'
        ? skipped
        : await phase(Math.ceil(bytes / (options.fetchKib * 1024)), 1, options.fetchKib, fetchOf);
    return { options, produce, fetch, rssPeakMiB: rss.summary().peakBytes / 2 ** 20 };
  } finally {
    rss.stop();
    if (policyDir !== undefined) rmSync(policyDir, { recursive: true, force: true });
    socket.destroy();
    await proxy.stop();
    await broker.stop();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const argv = process.argv.slice(2);
  const flag = (name: string, fallback: string): string => {
    const at = argv.indexOf(name);
    return at >= 0 && argv[at + 1] !== undefined ? argv[at + 1]! : fallback;
  };
  const result = await measureForwardingCost({
    gb: Number(flag('--gb', '1')),
    produceKib: Number(flag('--produce-kib', '48')),
    fetchKib: Number(flag('--fetch-kib', '1024')),
    runtime: flag('--runtime', 'dist') as ProxyRuntime,
    nodeOptions: flag('--node-options', '').split(' ').filter(Boolean),
    ...(argv.includes('--profile') ? { profileDir: flag('--profile', '') } : {}),
    policy: argv.includes('--policy'),
    ...(argv.includes('--only') ? { only: flag('--only', 'produce') as 'produce' | 'fetch' } : {}),
  });
  console.log(JSON.stringify(result));
  process.exit(0);
}
