import diagnosticsChannel from 'node:diagnostics_channel';
import kafkajs from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  consoleConsumer,
  consoleProducer,
  kafkajsConfig,
  consumerPerformance,
  kcat,
  producerPerformance,
  runKafkaTool,
  startKafka,
  type ClientEndpoint,
  type KafkaCluster,
} from '../harness/index.js';
import type { UpstreamResponseMessage } from '../../src/proxy/diagnostics.js';
import type { RunningProxy } from '../../src/proxy/proxy.js';
import { Reader } from '../../protocol/primitives/index.js';
import {
  decodeApiVersionsResponse,
  encodeApiVersionsRequest,
} from '../../protocol/generated/messages/api-versions.js';
import { proxyVersionRanges } from '../../src/rewrite/api-versions-clamp.js';
import { ResponseReader, connectTo, requestFrame } from '../unit/proxy/scripted-broker.js';
import { ClientWireTap, startProxyInFrontOf } from './proxy-test-support.js';

// One 3-node cluster and one proxy for the whole file: every client below talks only to the proxy.
let cluster: KafkaCluster;
let proxy: RunningProxy;
let tap: ClientWireTap;
let endpoint: ClientEndpoint;

const realPorts = (): number[] => cluster.nodes.map((n) => n.port);
const proxyPorts = (): number[] => cluster.nodes.map((n) => proxy.nodePort(n.nodeId)!);

beforeAll(async () => {
  cluster = await startKafka({ nodes: 3 });
  tap = new ClientWireTap();
  proxy = await startProxyInFrontOf(cluster);
  endpoint = { bootstrap: `127.0.0.1:${proxy.bootstrapPort}`, securityProtocol: 'PLAINTEXT' };
});

afterAll(async () => {
  tap?.stop();
  await proxy?.stop();
  await cluster?.stop();
});

function kafkaThroughProxy(clientId: string): kafkajs.Kafka {
  return new kafkajs.Kafka(kafkajsConfig(endpoint, { clientId }));
}

async function consumeAll(
  kafka: kafkajs.Kafka,
  topic: string,
  groupId: string,
  expected: number,
): Promise<string[]> {
  const consumer = kafka.consumer({ groupId });
  const values: string[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`consumed ${values.length} of ${expected}`)), 60_000);
      void consumer.run({
        eachMessage: async ({ message }) => {
          values.push(message.value!.toString());
          if (values.length >= expected) {
            clearTimeout(timer);
            resolve();
          }
        },
      });
    });
  } finally {
    await consumer.disconnect();
  }
  return values;
}

describe('proxy in front of a 3-node cluster', () => {
  it('gives kafkajs only proxy addresses and round-trips records on a topic led by a non-bootstrap node', async () => {
    const kafka = kafkaThroughProxy('forwarding-kafkajs');
    const leader = cluster.nodes[2]!.nodeId;
    const admin = kafka.admin();
    await admin.connect();
    try {
      await admin.createTopics({
        topics: [{ topic: 'far-leader', replicaAssignment: [{ partition: 0, replicas: [leader] }] }],
        waitForLeaders: true,
      });
      const described = await admin.describeCluster();
      expect(described.brokers.map((b) => b.port).sort()).toEqual([...proxyPorts()].sort());
      expect(described.brokers.every((b) => b.host === '127.0.0.1')).toBe(true);
      const metadata = await admin.fetchTopicMetadata({ topics: ['far-leader'] });
      expect(metadata.topics[0]!.partitions[0]!.leader).toBe(leader);
    } finally {
      await admin.disconnect();
    }

    const producer = kafka.producer({ createPartitioner: kafkajs.Partitioners.DefaultPartitioner });
    await producer.connect();
    const sent = Array.from({ length: 20 }, (_, i) => `far-${i}`);
    await producer.send({ topic: 'far-leader', messages: sent.map((value) => ({ value })) });
    await producer.disconnect();

    expect(await consumeAll(kafka, 'far-leader', 'far-leader-group', sent.length)).toEqual(sent);
    // The client reached the leader through the leader's own proxy listener.
    expect(proxy.counters.connectionsAccepted).toBeGreaterThan(1);
  });

  it('lists only proxy listeners in kcat -L and carries kcat produce and consume', async () => {
    const listing = await kcat(['-L', '-J'], { endpoint, timeoutMs: 30_000 });
    expect(listing.exitCode).toBe(0);
    const brokers = (JSON.parse(listing.stdout) as { brokers: Array<{ id: number; name: string }> }).brokers;
    expect(brokers.map((b) => b.name).sort()).toEqual(
      proxyPorts()
        .map((p) => `127.0.0.1:${p}`)
        .sort(),
    );
    for (const port of realPorts()) expect(listing.stdout).not.toContain(`:${port}`);

    const produced = await kcat(['-P', '-t', 'kcat-topic', '-p', '0'], {
      endpoint,
      input: 'k1\nk2\nk3\n',
      timeoutMs: 30_000,
      properties: { 'allow.auto.create.topics': 'true' },
    });
    expect(produced.exitCode, produced.stderr).toBe(0);
    const consumed = await kcat(['-C', '-t', 'kcat-topic', '-o', 'beginning', '-e', '-q'], {
      endpoint,
      timeoutMs: 30_000,
    });
    expect(consumed.exitCode, consumed.stderr).toBe(0);
    expect(consumed.stdout.split('\n').filter(Boolean)).toEqual(['k1', 'k2', 'k3']);
  });

  it('carries the Java console producer and console consumers in a classic and a KIP-848 group', async () => {
    await cluster.createTopic('java-topic', 3, 1);
    const values = Array.from({ length: 30 }, (_, i) => `java-${i}`);
    const produced = await consoleProducer(endpoint, { topic: 'java-topic', values, timeoutMs: 90_000 });
    expect(produced.exitCode, produced.stderr).toBe(0);
    const consumed = await consoleConsumer(endpoint, {
      topic: 'java-topic',
      group: 'java-console-group',
      maxMessages: values.length,
      idleTimeoutMs: 30_000,
    });
    expect(consumed.records.sort()).toEqual([...values].sort());

    // The same records again for a consumer of the new group protocol (KIP-848: ConsumerGroupHeartbeat).
    const next = await consoleConsumer(endpoint, {
      topic: 'java-topic',
      group: 'java-kip848-group',
      maxMessages: values.length,
      idleTimeoutMs: 30_000,
      properties: { 'group.protocol': 'consumer' },
    });
    expect(next.records.sort()).toEqual([...values].sort());
  });

  it('rebalances a consumer group across brokers when a second member joins', async () => {
    const topic = 'rebalance-topic';
    const kafka = kafkaThroughProxy('forwarding-rebalance');
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      topics: [
        {
          topic,
          replicaAssignment: Array.from({ length: 6 }, (_, partition) => ({
            partition,
            replicas: [cluster.nodes[partition % 3]!.nodeId],
          })),
        },
      ],
      waitForLeaders: true,
    });
    await admin.disconnect();

    const seen = new Map<string, Set<string>>();
    const assignments = new Map<string, number>();
    const members = ['a', 'b'].map((name) => {
      const consumer = kafka.consumer({
        groupId: 'rebalance-group',
        sessionTimeout: 10_000,
        heartbeatInterval: 500,
      });
      seen.set(name, new Set());
      consumer.on(consumer.events.GROUP_JOIN, (event) => {
        const assigned = event.payload.memberAssignment[topic] ?? [];
        assignments.set(name, assigned.length);
      });
      return { name, consumer };
    });
    const run = async (member: (typeof members)[number]): Promise<void> => {
      await member.consumer.connect();
      await member.consumer.subscribe({ topic, fromBeginning: true });
      await member.consumer.run({
        eachMessage: async ({ message }) => {
          seen.get(member.name)!.add(message.value!.toString());
        },
      });
    };
    try {
      await run(members[0]!);
      await waitFor(() => assignments.get('a') === 6, 'the first member owns every partition');
      await run(members[1]!);
      await waitFor(
        () =>
          (assignments.get('a') ?? 0) + (assignments.get('b') ?? 0) === 6 && (assignments.get('b') ?? 0) > 0,
        'the partitions are split between both members',
      );
      const producer = kafka.producer({ createPartitioner: kafkajs.Partitioners.DefaultPartitioner });
      await producer.connect();
      const values = Array.from({ length: 60 }, (_, i) => `r-${i}`);
      for (let p = 0; p < 6; p++) {
        await producer.send({
          topic,
          messages: values.filter((_, i) => i % 6 === p).map((value) => ({ value, partition: p })),
        });
      }
      await producer.disconnect();
      await waitFor(() => seen.get('a')!.size + seen.get('b')!.size >= 60, 'every record is consumed');
      const union = new Set([...seen.get('a')!, ...seen.get('b')!]);
      expect(union.size).toBe(60);
      expect(seen.get('a')!.size).toBeGreaterThan(0);
      expect(seen.get('b')!.size).toBeGreaterThan(0);
    } finally {
      await Promise.all(members.map((m) => m.consumer.disconnect()));
    }
  });

  it("clamps a real broker's ApiVersions to what the proxy handles and refuses versions beyond it", async () => {
    const socket = await connectTo(proxy.bootstrapPort);
    const responses = new ResponseReader(socket);
    const body = encodeApiVersionsRequest({ clientSoftwareName: 'raw', clientSoftwareVersion: '1' }, 3);
    socket.write(requestFrame(18, 3, 1, body));
    socket.write(requestFrame(18, 7, 2, body));
    const [clamped, refused] = await responses.waitFor(2);
    socket.destroy();
    const offered = decodeApiVersionsResponse(new Reader(clamped!, 8), 3);
    const ours = proxyVersionRanges();
    expect(offered.errorCode).toBe(0);
    for (const api of offered.apiKeys) {
      const range = ours.get(api.apiKey)!;
      if (api.apiKey !== 0) expect(api.minVersion).toBeGreaterThanOrEqual(range.min);
      expect(api.maxVersion).toBeLessThanOrEqual(range.max);
    }
    // The broker advertises Produce from v0 although it closes on v0-2 (KAFKA-18659: librdkafka before
    // 2.8 turns compression off without v0); the proxy advertises the same and closes the same way.
    expect(offered.apiKeys.find((a) => a.apiKey === 0)).toEqual(expect.objectContaining({ minVersion: 0 }));
    const refusal = decodeApiVersionsResponse(new Reader(refused!, 8), 0);
    expect(refusal.errorCode).toBe(35);
    expect(refusal.apiKeys.map((a) => a.apiKey)).toEqual([18]);
  });

  it('closes each connection that sends bad input, counts why, and keeps serving the others', async () => {
    const kafka = kafkaThroughProxy('bad-input-bystander');
    const producer = kafka.producer({ createPartitioner: kafkajs.Partitioners.DefaultPartitioner });
    await producer.connect();
    const before = { ...proxy.counters.closedFor };
    const size = (n: number): Buffer => {
      const b = Buffer.alloc(4);
      b.writeInt32BE(n);
      return b;
    };
    const bad = [
      size(-1),
      size(200 * 1024 * 1024),
      requestFrame(999, 0, 1, Buffer.alloc(8), 'x', 1),
      Buffer.from('GET / HTTP/1.1\r\nHost: kafka\r\n\r\n'),
    ];
    await Promise.all(
      bad.map(async (bytes) => {
        const socket = await connectTo(proxy.bootstrapPort);
        const closed = new ResponseReader(socket).closed;
        socket.write(bytes);
        await closed;
      }),
    );
    const truncated = await connectTo(proxy.bootstrapPort);
    truncated.end(requestFrame(3, 12, 1, Buffer.alloc(40)).subarray(0, 20));
    await new ResponseReader(truncated).closed;
    await producer.send({ topic: 'far-leader', messages: [{ value: 'still-served' }] });
    await producer.disconnect();
    const delta = (reason: keyof typeof before): number => proxy.counters.closedFor[reason] - before[reason];
    expect(delta('negative-frame-length')).toBe(1);
    // 200 MiB, and "GET " read as a length (1.1 GB): both over the 100 MiB default.
    expect(delta('frame-too-large')).toBe(2);
    expect(delta('unsupported-api')).toBe(1);
    expect(delta('truncated-frame')).toBe(1);
  });

  it("shows Kafka's own admin tools (DescribeCluster, ApiVersions per broker) only proxy addresses", async () => {
    const endpoints = await runKafkaTool(
      'org.apache.kafka.tools.ClusterTool',
      ['list-endpoints', '--bootstrap-server', endpoint.bootstrap],
      { timeoutMs: 60_000 },
    );
    expect(endpoints.exitCode, endpoints.stderr).toBe(0);
    for (const port of proxyPorts()) expect(endpoints.stdout).toContain(String(port));
    for (const port of realPorts()) expect(endpoints.stdout).not.toContain(String(port));

    const versions = await runKafkaTool(
      'org.apache.kafka.tools.BrokerApiVersionsCommand',
      ['--bootstrap-server', endpoint.bootstrap],
      { timeoutMs: 60_000 },
    );
    expect(versions.exitCode, versions.stderr).toBe(0);
    for (const port of proxyPorts()) expect(versions.stdout).toContain(`127.0.0.1:${port}`);
    for (const port of realPorts()) expect(versions.stdout).not.toContain(`:${port}`);
    // Produce as the broker advertises it, from v0 (KAFKA-18659: librdkafka before 2.8 compresses
    // only when v0 is offered), although v0-2 requests are closed like the broker closes them.
    expect(versions.stdout).toMatch(/Produce\(0\): 0 to 13/);
  });

  it('carries large batches both ways through the endpoint walker (Java perf tools, 100 KB records)', async () => {
    await cluster.createTopic('large-records', 3, 1);
    const versions = new Map<number, Set<number>>();
    const onResponse = (message: unknown): void => {
      const { apiKey, apiVersion } = message as UpstreamResponseMessage;
      versions.set(apiKey, (versions.get(apiKey) ?? new Set()).add(apiVersion));
    };
    diagnosticsChannel.subscribe('kafka-l7-proxy:upstream-response', onResponse);
    const produced = await producerPerformance(endpoint, {
      topic: 'large-records',
      numRecords: 300,
      recordSize: 100_000,
      properties: { 'batch.size': '1000000', 'linger.ms': '20', 'max.request.size': '2000000' },
    });
    expect(produced.exitCode, produced.stderr).toBe(0);
    expect(produced.stdout).toMatch(/300 records sent/);
    const consumed = await consumerPerformance(endpoint, {
      topic: 'large-records',
      messages: 300,
      group: 'large-records-group',
      properties: { 'fetch.max.bytes': '10485760', 'max.partition.fetch.bytes': '5242880' },
    });
    expect(consumed.exitCode, consumed.stderr).toBe(0);
    // ConsumerPerformance prints one CSV line: start, end, MB consumed, MB/s, records consumed, ...
    const csv = consumed.stdout
      .trim()
      .split('\n')
      .at(-1)!
      .split(',')
      .map((field) => field.trim());
    expect(Number(csv[4])).toBe(300);
    diagnosticsChannel.unsubscribe('kafka-l7-proxy:upstream-response', onResponse);
    // These versions may carry NodeEndpoints, so each response was held and walked to its end.
    expect(Math.max(...(versions.get(0) ?? []))).toBeGreaterThanOrEqual(10);
    expect(Math.max(...(versions.get(1) ?? []))).toBeGreaterThanOrEqual(16);
  });

  it('never wrote a real broker port into any response the clients received', () => {
    const ports = tap.portsAfterHost('127.0.0.1');
    expect(tap.bytes()).toBeGreaterThan(0);
    // The tap does see broker addresses (the proxy's), so it would see real ones too.
    expect([...ports].filter((p) => proxyPorts().includes(p)).length).toBeGreaterThan(0);
    for (const real of realPorts()) expect(ports.has(real)).toBe(false);
    expect(proxy.counters.responsesRewritten).toBeGreaterThan(0);
  });
});

async function waitFor(check: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
