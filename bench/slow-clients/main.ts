/**
 * Slow-client benchmark: N clients that send Fetch v17 with a large max_bytes on a topic holding a lot
 * of data and never read their socket, plus N clients that stop in the middle of a request frame, in
 * front of a real 1-node broker. Reports the proxy's peak RSS against N (it should stay flat beyond
 * the memory budget), beside the broker's, and the broker's own peak RSS when the same N readers
 * connect to it directly.
 *
 *   npx tsx bench/slow-clients/main.ts [--quick] [--counts 8,32,64] [--reps 3] [--topic-mib 24]
 *       [--budget-mib 64]
 *
 * Table on stdout (medians over the repetitions), progress on stderr.
 */
import net from 'node:net';
import kafkajs from 'kafkajs';
import { kafkajsConfig, startKafka, type KafkaCluster } from '../../test/harness/index.js';
import { requestFrame } from '../../test/unit/enforcement/scenario-support.js';
import { freeBrokerPortBase } from '../../test/unit/proxy/free-ports.js';
import type { MetadataResponse } from '../../protocol/generated/index.js';
import { decodeResponse } from '../../test/unit/enforcement/scenario-support.js';
import { loadAverage } from '../e2e/machine.js';
import { freePort, startProxyProcess } from '../e2e/proxy-process.js';
import { median, rssBytes } from '../e2e/process-stats.js';

const MIB = 1024 * 1024;
const TOPIC = 'slow-clients-bench';

interface Options {
  counts: number[];
  reps: number;
  topicMiB: number;
  budgetMiB: number;
}

function parseArgs(argv: readonly string[]): Options {
  const quick = argv.includes('--quick');
  const options: Options = {
    counts: quick ? [8] : [1, 8, 32, 64],
    reps: quick ? 1 : 3,
    topicMiB: 24,
    budgetMiB: 64,
  };
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    if (argv[i] === '--counts') options.counts = value!.split(',').map(Number);
    if (argv[i] === '--reps') options.reps = Number(value);
    if (argv[i] === '--topic-mib') options.topicMiB = Number(value);
    if (argv[i] === '--budget-mib') options.budgetMiB = Number(value);
  }
  return options;
}

const log = (line: string): void => void process.stderr.write(`${line}\n`);

async function fill(cluster: KafkaCluster, bytes: number): Promise<void> {
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
  for (let sent = 0; sent < bytes; sent += 9 * value.length) {
    await producer.send({ topic: TOPIC, acks: -1, messages: Array.from({ length: 9 }, () => ({ value })) });
  }
  await producer.disconnect();
}

function connect(port: number): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: '127.0.0.1', port }, () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Metadata v12 for the topic: its ID (Fetch v13+ names topics by ID). */
async function topicId(port: number): Promise<string> {
  const socket = await connect(port);
  socket.write(requestFrame(3, 12, { topics: [{ name: TOPIC, topicId: 'AAAAAAAAAAAAAAAAAAAAAA' }] }, 1));
  const chunks: Buffer[] = [];
  for await (const chunk of socket) {
    chunks.push(chunk as Buffer);
    const all = Buffer.concat(chunks);
    if (all.length >= 4 && all.length >= 4 + all.readInt32BE(0)) {
      socket.destroy();
      return (decodeResponse(all.subarray(0, 4 + all.readInt32BE(0)), 3, 12) as MetadataResponse).topics[0]!
        .topicId;
    }
  }
  throw new Error('no Metadata response');
}

function fetchAll(id: string, correlationId: number): Buffer {
  return requestFrame(
    1,
    17,
    {
      maxWaitMs: 500,
      minBytes: 1,
      maxBytes: 64 * MIB,
      sessionEpoch: -1,
      topics: [
        {
          topicId: id,
          partitions: [
            {
              partition: 0,
              fetchOffset: 0n,
              currentLeaderEpoch: -1,
              lastFetchedEpoch: -1,
              logStartOffset: -1n,
              partitionMaxBytes: 64 * MIB,
            },
          ],
        },
      ],
    },
    correlationId,
  );
}

/** The first half of a Produce v9 frame announcing 1 MiB: size, header, acks, then nothing more. */
function halfFrame(): Buffer {
  const frame = Buffer.alloc(512 * 1024, 0);
  frame.writeInt32BE(MIB, 0);
  frame.writeInt16BE(0, 4);
  frame.writeInt16BE(9, 6);
  frame.writeInt32BE(1, 8);
  frame.writeInt16BE(4, 12);
  frame.write('slow', 14);
  frame.writeInt16BE(1, 20);
  return frame;
}

/** Samples the RSS of some processes every 100 ms; peaks since start. */
function sampler(pids: number[]): { peaks: () => number[]; stop: () => void } {
  const peaks = pids.map((pid) => rssBytes(pid));
  const timer = setInterval(() => {
    pids.forEach((pid, i) => {
      try {
        peaks[i] = Math.max(peaks[i]!, rssBytes(pid));
      } catch {
        // exited
      }
    });
  }, 100);
  return { peaks: () => [...peaks], stop: () => clearInterval(timer) };
}

/** Waits until `value()` has not changed for `quietMs` (the proxy has sent the readers what it can). */
async function settle(value: () => Promise<number>, quietMs: number, timeoutMs: number): Promise<void> {
  let last = Number.NaN;
  let since = Date.now();
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const v = await value();
    if (v !== last) {
      last = v;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function bytesToClients(adminPort: number): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${adminPort}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith('kafka_l7_proxy_response_bytes_total '));
  return Number(line?.split(' ')[1] ?? Number.NaN);
}

interface Sample {
  proxyBefore: number;
  proxyPeak: number;
  brokerPeak: number;
}

async function throughProxy(cluster: KafkaCluster, n: number, options: Options): Promise<Sample> {
  const bootstrapPort = await freePort();
  const adminPort = await freePort();
  const base = await freeBrokerPortBase(cluster.nodes.map((node) => node.nodeId));
  const proxy = await startProxyProcess({
    runtime: 'tsx',
    config: {
      listen: { host: '127.0.0.1', bootstrapPort, brokerPortBase: base },
      upstream: { bootstrapServers: cluster.bootstrap.split(',') },
      limits: { maxBufferedBytes: options.budgetMiB * MIB, idleTimeoutMs: 600_000, requestTimeoutMs: 0 },
      admin: { host: '127.0.0.1', port: adminPort },
      audit: { stdout: { enabled: false } },
      logging: { level: 'warn' },
    },
    startTimeoutMs: 60_000,
  });
  const sockets: net.Socket[] = [];
  try {
    const id = await topicId(bootstrapPort);
    const proxyBefore = proxy.rssBytes();
    const samples = sampler([proxy.pid, ...cluster.jvmPids()]);
    for (let i = 0; i < n; i++) {
      const reader = await connect(bootstrapPort);
      reader.on('error', () => undefined);
      reader.pause();
      reader.write(fetchAll(id, 10 + i));
      const writer = await connect(bootstrapPort);
      writer.on('error', () => undefined);
      writer.write(halfFrame());
      sockets.push(reader, writer);
    }
    await settle(() => bytesToClients(adminPort), 3000, 120_000);
    samples.stop();
    const [proxyPeak, ...broker] = samples.peaks();
    return { proxyBefore, proxyPeak: proxyPeak!, brokerPeak: Math.max(...broker) };
  } finally {
    for (const socket of sockets) socket.destroy();
    await proxy.stop();
  }
}

/** The same N readers straight to the broker: its peak RSS. */
async function direct(cluster: KafkaCluster, n: number): Promise<number> {
  const port = cluster.nodes[0]!.port;
  const id = await topicId(port);
  const samples = sampler(cluster.jvmPids());
  const sockets: net.Socket[] = [];
  try {
    for (let i = 0; i < n; i++) {
      const reader = await connect(port);
      reader.on('error', () => undefined);
      reader.pause();
      reader.write(fetchAll(id, 10 + i));
      sockets.push(reader);
    }
    // The broker sends with sendfile: nothing to watch but time; give it what the proxied run took.
    await new Promise((r) => setTimeout(r, 5000));
    samples.stop();
    return Math.max(...samples.peaks());
  } finally {
    for (const socket of sockets) socket.destroy();
  }
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  log(`load average ${loadAverage()}; starting a 1-node broker`);
  const cluster = await startKafka({ nodes: 1 });
  try {
    log(`filling ${TOPIC} with ${options.topicMiB} MiB`);
    await fill(cluster, options.topicMiB * MIB);
    const rows: string[] = [];
    for (const n of options.counts) {
      const runs: Sample[] = [];
      const directs: number[] = [];
      for (let rep = 0; rep < options.reps; rep++) {
        log(`N=${n} repetition ${rep + 1}/${options.reps}`);
        runs.push(await throughProxy(cluster, n, options));
        directs.push(await direct(cluster, n));
      }
      const mib = (values: number[]): string => (median(values) / MIB).toFixed(0);
      rows.push(
        `| ${n} | ${mib(runs.map((r) => r.proxyBefore))} | ${mib(runs.map((r) => r.proxyPeak))} | ${mib(
          runs.map((r) => r.proxyPeak - r.proxyBefore),
        )} | ${mib(runs.map((r) => r.brokerPeak))} | ${mib(directs)} |`,
      );
    }
    process.stdout.write(
      [
        `slow readers (Fetch v17, max_bytes 64 MiB, ${options.topicMiB} MiB in the topic, socket never read) and as many mid-frame writers; budget ${options.budgetMiB} MiB; medians of ${options.reps}`,
        '',
        '| N readers + N writers | proxy RSS before (MiB) | proxy peak RSS (MiB) | proxy growth (MiB) | broker peak RSS, through the proxy (MiB) | broker peak RSS, N readers direct (MiB) |',
        '|---:|---:|---:|---:|---:|---:|',
        ...rows,
        '',
      ].join('\n'),
    );
  } finally {
    await cluster.stop();
  }
}

await main();
