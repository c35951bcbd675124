import kafkajs from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  consoleConsumer,
  consoleProducer,
  kafkajsConfig,
  kcat,
  startKafka,
  type ClientEndpoint,
  type KafkaCluster,
} from '../harness/index.js';
import type { RunningProxy } from '../../src/proxy/proxy.js';
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

  it('carries the Java console producer and a console consumer in a group', async () => {
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
