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

const ALICE = { name: 'alice', password: 'alice-secret' };
const BOB = { name: 'bob', password: 'bob-secret' };

async function produce(endpoint: ClientEndpoint, topic: string, values: string[]): Promise<void> {
  const producer = new kafkajs.Kafka(kafkajsConfig(endpoint, { retry: { retries: 0 } })).producer();
  await producer.connect();
  try {
    await producer.send({ topic, messages: values.map((value) => ({ value })) });
  } finally {
    await producer.disconnect();
  }
}

/** The Kafka error name (e.g. TOPIC_AUTHORIZATION_FAILED) a kafkajs failure carries, or its message. */
function kafkaErrorOf(error: unknown): string {
  const withType = error as { type?: string; cause?: { type?: string }; message?: string };
  return withType.type ?? withType.cause?.type ?? withType.message ?? String(error);
}

describe('harness security options: SCRAM users, StandardAuthorizer, TLS listener', () => {
  let cluster: KafkaCluster | undefined;

  beforeAll(async () => {
    cluster = await startKafka({
      nodes: 1,
      scram: { users: [ALICE, BOB] },
      authorizer: { superUsers: [] },
      tls: true,
    });
    await cluster.createTopic('payments', 1, 1);
  });

  afterAll(async () => {
    await cluster?.stop();
  });

  it('authenticates SCRAM-SHA-512 users on the client listener and rejects a wrong password', async () => {
    if (!cluster) throw new Error('cluster did not start');
    const admin = new kafkajs.Kafka(kafkajsConfig(cluster.endpoint({ user: 'alice' }))).admin();
    await admin.connect();
    const { brokers } = await admin.describeCluster();
    await admin.disconnect();
    expect(brokers.map((broker) => broker.nodeId)).toEqual([1]);

    const wrong: ClientEndpoint = {
      ...cluster.endpoint({ user: 'alice' }),
      sasl: { username: 'alice', password: 'nope' },
    };
    const intruder = new kafkajs.Kafka(kafkajsConfig(wrong, { retry: { retries: 0 } })).admin();
    await expect(intruder.connect()).rejects.toThrow(/SASL SCRAM SHA512 authentication failed/);
  });

  it('denies a user without ACLs and allows the user that addAcls granted', async () => {
    if (!cluster) throw new Error('cluster did not start');
    const denied = await produce(cluster.endpoint({ user: 'bob' }), 'payments', ['from bob']).then(
      () => 'produced',
      kafkaErrorOf,
    );
    expect(denied).toMatch(/TOPIC_AUTHORIZATION_FAILED|Not authorized to access topics/);

    await cluster.addAcls([
      { principal: 'User:alice', resourceType: 'topic', resourceName: 'payments', operation: 'write' },
      { principal: 'User:alice', resourceType: 'topic', resourceName: 'payments', operation: 'read' },
      {
        principal: 'User:alice',
        resourceType: 'group',
        resourceName: 'console-',
        patternType: 'prefixed',
        operation: 'read',
      },
    ]);
    await produce(cluster.endpoint({ user: 'alice' }), 'payments', ['from alice']);
    const stillDenied = await produce(cluster.endpoint({ user: 'bob' }), 'payments', ['from bob']).then(
      () => 'produced',
      kafkaErrorOf,
    );
    expect(stillDenied).toMatch(/TOPIC_AUTHORIZATION_FAILED|Not authorized to access topics/);
  });

  it('serves the Java console producer and consumer over SASL_SSL with the harness CA', async () => {
    if (!cluster) throw new Error('cluster did not start');
    const overTls = cluster.endpoint({ user: 'alice', tls: true });
    expect(overTls.securityProtocol).toBe('SASL_SSL');
    const produced = await consoleProducer(overTls, { topic: 'payments', values: ['tls-1', 'tls-2'] });
    expect(produced.exitCode, produced.stderr).toBe(0);
    const consumed = await consoleConsumer(overTls, {
      topic: 'payments',
      maxMessages: 3,
      group: 'console-check',
    });
    expect(consumed.exitCode, consumed.stderr).toBe(0);
    expect(consumed.records.sort()).toEqual(['from alice', 'tls-1', 'tls-2']);
  });
});

describe('harness TLS listener without SASL', () => {
  let cluster: KafkaCluster | undefined;

  beforeAll(async () => {
    cluster = await startKafka({ nodes: 1, tls: true });
  });

  afterAll(async () => {
    await cluster?.stop();
  });

  it('lets kcat verify the broker certificate against the harness CA and read records', async () => {
    if (!cluster) throw new Error('cluster did not start');
    const overTls = cluster.endpoint({ tls: true });
    expect(overTls.securityProtocol).toBe('SSL');
    await cluster.createTopic('tls-topic', 1, 1);
    await produce(overTls, 'tls-topic', ['a', 'b', 'c']);
    const read = await kcat(['-C', '-t', 'tls-topic', '-e', '-q'], { endpoint: overTls });
    expect(read.exitCode, read.stderr).toBe(0);
    expect(read.stdout.trim().split('\n')).toEqual(['a', 'b', 'c']);

    // Without the CA the same listener must refuse the handshake, or the check above proves nothing.
    const untrusted = await kcat(['-L', '-m', '3'], {
      endpoint: {
        bootstrap: overTls.bootstrap,
        securityProtocol: 'SSL',
        caPemPath: '/etc/ssl/certs/ca-certificates.crt',
      },
    });
    expect(untrusted.exitCode).not.toBe(0);
  });
});
