import { existsSync } from 'node:fs';
import kafkajs from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleConsumer, kafkajsConfig, kcat, startKafka, type KafkaCluster } from '../harness/index.js';
import { isProcessAlive, waitUntilGone } from '../harness/process-probe.js';

const TOPIC = 'smoke';
const EXPECTED = Array.from({ length: 100 }, (_, i) => `smoke-record-${String(i).padStart(3, '0')}`);

async function describeBrokers(cluster: KafkaCluster): Promise<number[]> {
  const admin = new kafkajs.Kafka(kafkajsConfig(cluster.endpoint())).admin();
  await admin.connect();
  try {
    const { brokers } = await admin.describeCluster();
    return brokers.map((broker) => broker.nodeId).sort();
  } finally {
    await admin.disconnect();
  }
}

describe('smoke: one Kafka 4.1.1 node', () => {
  let cluster: KafkaCluster | undefined;

  beforeAll(async () => {
    cluster = await startKafka({ nodes: 1 });
    console.log(`broker start-to-ready: ${cluster.startToReadySeconds.toFixed(1)} s (${cluster.bootstrap})`);
  });

  afterAll(async () => {
    await cluster?.stop();
  });

  it('reads back the 100 records produced with kafkajs, with the Java console consumer and with kcat', async () => {
    if (!cluster) throw new Error('cluster did not start');
    await cluster.createTopic(TOPIC, 3, 1);
    // Idempotent: a send retried after a slow first answer must not write the records twice (seen
    // once in CI: 167 records read back for 100 sent).
    const producer = new kafkajs.Kafka(kafkajsConfig(cluster.endpoint())).producer({
      idempotent: true,
      maxInFlightRequests: 1,
    });
    await producer.connect();
    await producer.send({ topic: TOPIC, messages: EXPECTED.map((value) => ({ value })) });
    await producer.disconnect();

    const java = await consoleConsumer(cluster.endpoint(), { topic: TOPIC, maxMessages: 100 });
    expect(java.exitCode, java.stderr).toBe(0);
    console.log(`java console consumer read ${java.records.length} records (${java.elapsedMs} ms)`);
    expect([...java.records].sort()).toEqual(EXPECTED);

    // -e exits at the end of every partition, so kcat reads everything there is, no more.
    const fromKcat = await kcat(['-C', '-t', TOPIC, '-e', '-q', '-f', '%s\n'], {
      endpoint: cluster.endpoint(),
    });
    expect(fromKcat.exitCode, fromKcat.stderr).toBe(0);
    const kcatRecords = fromKcat.stdout.split('\n').filter((line) => line.length > 0);
    console.log(`kcat read ${kcatRecords.length} records (${fromKcat.elapsedMs} ms)`);
    expect(kcatRecords.sort()).toEqual(EXPECTED);
  });

  it('stop() ends the broker JVM and removes its data directory', async () => {
    if (!cluster) throw new Error('cluster did not start');
    const pids = cluster.jvmPids();
    const dataDir = cluster.dataDir as string;
    expect(pids).toHaveLength(1);
    expect(pids.every(isProcessAlive)).toBe(true);
    await cluster.stop();
    expect(await waitUntilGone(pids, 5_000)).toEqual([]);
    expect(existsSync(dataDir)).toBe(false);
  });
});

describe('smoke: three Kafka 4.1.1 nodes', () => {
  let cluster: KafkaCluster | undefined;

  beforeAll(async () => {
    cluster = await startKafka({ nodes: 3 });
    console.log(
      `3-node cluster start-to-ready: ${cluster.startToReadySeconds.toFixed(1)} s (${cluster.bootstrap})`,
    );
  });

  afterAll(async () => {
    await cluster?.stop();
  });

  it('lists three brokers in Metadata, and each leads one partition of a 3-partition topic', async () => {
    if (!cluster) throw new Error('cluster did not start');
    expect(await describeBrokers(cluster)).toEqual([1, 2, 3]);
    expect(cluster.nodes.map((node) => node.nodeId)).toEqual([1, 2, 3]);
    await cluster.createTopic('spread', 3, 3);
    const admin = new kafkajs.Kafka(kafkajsConfig(cluster.endpoint())).admin();
    await admin.connect();
    const metadata = await admin.fetchTopicMetadata({ topics: ['spread'] });
    await admin.disconnect();
    const leaders = metadata.topics[0]?.partitions.map((partition) => partition.leader).sort();
    expect(leaders).toEqual([1, 2, 3]);
  });

  it('drops a stopped or killed node from Metadata and lists it again after startNode', async () => {
    if (!cluster) throw new Error('cluster did not start');
    const brokersWithout = async (nodeId: number): Promise<number[]> => {
      const deadline = Date.now() + 30_000;
      let brokers = await describeBrokers(cluster as KafkaCluster);
      while (brokers.includes(nodeId) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        brokers = await describeBrokers(cluster as KafkaCluster);
      }
      return brokers;
    };
    // Graceful: the node shuts down in a controlled way and is fenced at once.
    await cluster.stopNode(2);
    expect(await brokersWithout(2)).toEqual([1, 3]);
    await cluster.startNode(2);
    expect(await describeBrokers(cluster)).toEqual([1, 2, 3]);
    // Crash: the controller fences the node when its session times out, and the restarted node
    // registers again once that old session is gone.
    await cluster.stopNode(3, { graceful: false });
    expect(await brokersWithout(3)).toEqual([1, 2]);
    await cluster.startNode(3);
    expect(await describeBrokers(cluster)).toEqual([1, 2, 3]);
  });
});
