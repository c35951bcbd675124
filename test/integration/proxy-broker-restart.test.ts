import kafkajs from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kafkajsConfig, producerPerformance, startKafka, type KafkaCluster } from '../harness/index.js';
import type { RunningProxy } from '../../src/proxy/proxy.js';
import { ClientWireTap, startProxyInFrontOf, waitUntil } from './proxy-test-support.js';

let cluster: KafkaCluster;
let proxy: RunningProxy;
let tap: ClientWireTap;

beforeAll(async () => {
  cluster = await startKafka({ nodes: 3 });
  tap = new ClientWireTap();
  proxy = await startProxyInFrontOf(cluster);
});

afterAll(async () => {
  tap?.stop();
  await proxy?.stop();
  await cluster?.stop();
});

describe('a broker restarted mid-stream behind the proxy', () => {
  it('lets producer and consumer recover, keeps the proxy up, and leaves no sockets behind', async () => {
    const topic = 'restart-topic';
    const kafka = new kafkajs.Kafka(
      kafkajsConfig(
        { bootstrap: `127.0.0.1:${proxy.bootstrapPort}`, securityProtocol: 'PLAINTEXT' },
        { clientId: 'restart', retry: { retries: 30, initialRetryTime: 200, maxRetryTime: 2000 } },
      ),
    );
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      topics: [
        {
          topic,
          numPartitions: 3,
          replicationFactor: 3,
          configEntries: [{ name: 'min.insync.replicas', value: '1' }],
        },
      ],
      waitForLeaders: true,
    });
    const leaders = (await admin.fetchTopicMetadata({ topics: [topic] })).topics[0]!.partitions.map(
      (p) => p.leader,
    );
    await admin.disconnect();

    const tcpSockets = (): number =>
      process.getActiveResourcesInfo().filter((r) => r === 'TCPSocketWrap').length;
    const socketsBefore = tcpSockets();
    const received = new Set<string>();
    const consumer = kafka.consumer({
      groupId: 'restart-group',
      sessionTimeout: 15_000,
      heartbeatInterval: 1000,
    });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        received.add(message.value!.toString());
      },
    });

    const producer = kafka.producer({ createPartitioner: kafkajs.Partitioners.DefaultPartitioner });
    await producer.connect();
    const acknowledged: string[] = [];
    let sending = true;
    let sequence = 0;
    const sender = (async () => {
      while (sending) {
        const value = `m-${sequence++}`;
        try {
          await producer.send({ topic, acks: -1, messages: [{ key: value, value }] });
          acknowledged.push(value);
        } catch {
          // A send that failed for good was not acknowledged; the assertion below only counts acked ones.
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();

    await waitUntil(() => acknowledged.length >= 50, 30_000, '50 records are acknowledged');
    const victim = leaders[0]!;
    const closedBefore = proxy.counters.closedFor['upstream-closed'];
    await cluster.stopNode(victim);
    const ackedWhileDown = acknowledged.length;
    await waitUntil(
      () => acknowledged.length >= ackedWhileDown + 50,
      60_000,
      'sends succeed while a broker is down',
    );
    await cluster.startNode(victim);
    const ackedAfterRestart = acknowledged.length;
    await waitUntil(
      () => acknowledged.length >= ackedAfterRestart + 50,
      60_000,
      'sends succeed after the restart',
    );
    sending = false;
    await sender;
    await producer.disconnect();

    await waitUntil(
      () => acknowledged.every((v) => received.has(v)),
      90_000,
      'every acknowledged record is consumed',
    );
    await consumer.disconnect();

    // The proxy saw the broker go away and closed those client connections, and only those.
    expect(proxy.counters.closedFor['upstream-closed']).toBeGreaterThan(closedBefore);
    await waitUntil(() => proxy.connectionCount() === 0, 10_000, 'every client connection is closed');
    expect(proxy.counters.connectionsActive).toBe(0);
    // Client and upstream sockets alike: none of those opened by this test is still open.
    await waitUntil(() => tcpSockets() <= socketsBefore, 10_000, 'every TCP socket is closed');
    for (const node of cluster.nodes) expect(tap.portsAfterHost('127.0.0.1').has(node.port)).toBe(false);
  });

  it('rewrites the KIP-951 node endpoints a Java producer gets when its partition leader moves', async () => {
    const topic = 'moving-leader';
    const [from, to] = [cluster.nodes[0]!.nodeId, cluster.nodes[1]!.nodeId];
    const endpoint = {
      bootstrap: `127.0.0.1:${proxy.bootstrapPort}`,
      securityProtocol: 'PLAINTEXT' as const,
    };
    const admin = new kafkajs.Kafka(kafkajsConfig(endpoint, { clientId: 'mover' })).admin();
    await admin.connect();
    await admin.createTopics({
      topics: [{ topic, replicaAssignment: [{ partition: 0, replicas: [from] }] }],
      waitForLeaders: true,
    });
    const before = proxy.counters.nodeEndpointsRewritten;
    // 40 s of producing at 200 records/s: the move below happens while it runs, however slowly the
    // JVM starts on a busy machine, because it waits for the producer's first records.
    const producing = producerPerformance(endpoint, {
      topic,
      numRecords: 8000,
      recordSize: 100,
      throughput: 200,
      properties: { acks: '1', 'linger.ms': '5' },
      timeoutMs: 600_000,
    });
    let finished = false;
    void producing.finally(() => (finished = true));
    await waitUntil(
      async () => finished || Number((await admin.fetchTopicOffsets(topic))[0]!.high) > 0,
      240_000,
      'the producer has written to the first leader',
    );
    expect(finished, 'the producer ended before it wrote a record').toBe(false);
    // Move the partition to another node: the old leader answers NOT_LEADER_OR_FOLLOWER and, since
    // KIP-951, names the new leader's endpoint in the Produce response.
    await admin.alterPartitionReassignments({
      topics: [{ topic, partitionAssignment: [{ partition: 0, replicas: [to] }] }],
    });
    await waitUntil(
      () => finished || proxy.counters.nodeEndpointsRewritten > before,
      240_000,
      'the proxy rewrites the NodeEndpoints of a Produce response from the old leader',
    );
    const result = await producing;
    await admin.disconnect();
    expect(result.exitCode, result.stderr).toBe(0);
    expect(proxy.counters.nodeEndpointsRewritten).toBeGreaterThan(before);
    for (const node of cluster.nodes) expect(tap.portsAfterHost('127.0.0.1').has(node.port)).toBe(false);
  });
});
