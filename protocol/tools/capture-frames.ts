/**
 * Captures frames that real clients exchange with a real Kafka 4.1 broker and writes them as test
 * fixtures (test/fixtures/frames/<client>.json), which test/unit/protocol/captured-frames.test.ts
 * decodes and re-encodes byte for byte.
 *
 *   npx tsx protocol/tools/capture-frames.ts [kafkajs|kcat|java ...]   # default: all three
 *
 * Starts a one-node broker with the test harness (jars backend, Java 17), puts a CaptureRelay in
 * front of it, runs each client through the relay, and keeps the first two frames of every
 * (direction, API key, version) under 64 KiB.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kafka, logLevel } from 'kafkajs';
import { consoleConsumer, consoleProducer, kcat, startKafka, topicsTool } from '../../test/harness/index.js';
import { apiKeyInfo } from '../generated/api-keys.js';
import { CaptureRelay, type CapturedFrame } from './capture-relay.js';

const outDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/frames');
const MAX_FRAME = 64 * 1024;
const PER_KIND = 2;

type Client = 'kafkajs' | 'kcat' | 'java';

const HOW: Record<Client, string> = {
  kafkajs:
    'kafkajs 2.2.4 admin (createTopics, fetchTopicMetadata), producer (acks -1, 3 records) and consumer group (reads them) through CaptureRelay',
  kcat: 'kcat (librdkafka) -L, -P of 3 records, -C -e of the topic, and -G group consume, through CaptureRelay',
  java: 'Kafka 4.1 Java tools: kafka-topics --create/--describe, kafka-console-producer (3 records), kafka-console-consumer --group, through CaptureRelay',
};

async function exercise(client: Client, bootstrap: string, topic: string): Promise<void> {
  const endpoint = { bootstrap, securityProtocol: 'PLAINTEXT' as const };
  if (client === 'kafkajs') {
    const kafka = new Kafka({
      clientId: 'capture-kafkajs',
      brokers: [bootstrap],
      logLevel: logLevel.NOTHING,
    });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 2 }], waitForLeaders: true });
    await admin.fetchTopicMetadata({ topics: [topic] });
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({
      topic,
      acks: -1,
      messages: ['a', 'b', 'c'].map((v) => ({ key: v, value: `value-${v}` })),
    });
    await producer.disconnect();
    const consumer = kafka.consumer({ groupId: `capture-${topic}` });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    let seen = 0;
    await new Promise<void>((done, fail) => {
      const timer = setTimeout(() => fail(new Error('kafkajs consumer saw no records')), 60_000);
      void consumer.run({
        eachMessage: async () => {
          if (++seen === 3) {
            clearTimeout(timer);
            done();
          }
        },
      });
    });
    await consumer.disconnect();
    await admin.disconnect();
  } else if (client === 'kcat') {
    await kcat(['-L'], { endpoint });
    await kcat(['-P', '-t', topic], { endpoint, input: 'one\ntwo\nthree\n' });
    await kcat(['-C', '-t', topic, '-e', '-q'], { endpoint });
    await kcat(['-G', `capture-kcat-${topic}`, '-e', '-q', topic], { endpoint, timeoutMs: 60_000 });
  } else {
    await topicsTool(endpoint, [
      '--create',
      '--topic',
      topic,
      '--partitions',
      '2',
      '--replication-factor',
      '1',
    ]);
    await topicsTool(endpoint, ['--describe', '--topic', topic]);
    await consoleProducer(endpoint, { topic, values: ['x', 'y', 'z'] });
    await consoleConsumer(endpoint, { topic, maxMessages: 3, group: `capture-java-${topic}` });
  }
}

function select(frames: CapturedFrame[]): CapturedFrame[] {
  const counts = new Map<string, number>();
  const out: CapturedFrame[] = [];
  for (const f of frames) {
    if (f.payload.length > MAX_FRAME) continue;
    const key = `${f.direction}/${f.apiKey}/${f.apiVersion}`;
    const n = counts.get(key) ?? 0;
    if (n >= PER_KIND) continue;
    counts.set(key, n + 1);
    out.push(f);
  }
  return out;
}

async function main(clients: Client[]): Promise<void> {
  const cluster = await startKafka({ nodes: 1 });
  try {
    const node = cluster.nodes[0]!;
    for (const client of clients) {
      const relay = new CaptureRelay(node.host, node.port);
      await relay.start();
      try {
        await exercise(client, relay.address, `capture-${client}`);
      } finally {
        await relay.stop();
      }
      const frames = select(relay.frames);
      mkdirSync(outDir, { recursive: true });
      const file = resolve(outDir, `${client}.json`);
      const fixture = {
        client,
        broker: 'Apache Kafka 4.1.1, one KRaft node (test/harness, jars backend)',
        captured: `${HOW[client]}; written by protocol/tools/capture-frames.ts`,
        frames: frames.map((f) => ({
          direction: f.direction,
          api: apiKeyInfo(f.apiKey)?.name ?? `key ${f.apiKey}`,
          apiKey: f.apiKey,
          apiVersion: f.apiVersion,
          hex: f.payload.toString('hex'),
        })),
      };
      writeFileSync(file, JSON.stringify(fixture, null, 1) + '\n');
      console.log(`${client}: ${relay.frames.length} frames seen, ${frames.length} kept in ${file}`);
    }
  } finally {
    await cluster.stop();
  }
}

const wanted = process.argv.slice(2) as Client[];
await main(wanted.length > 0 ? wanted : ['kafkajs', 'kcat', 'java']);
