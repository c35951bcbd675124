/**
 * The cluster the end-to-end benchmark runs against and the proxy configuration of each case.
 * One broker with SASL/SCRAM, because the payments policy identifies clients by their
 * broker-verified SASL user; every case (and every direct run) uses the same users and listener, so
 * the only difference between cases is the proxy's configuration.
 */
import { join } from 'node:path';
import kafkajs from 'kafkajs';
import {
  kafkajsConfig,
  type ClientEndpoint,
  type KafkaCluster,
  type ScramUser,
} from '../../test/harness/index.js';
import { waitForTopicOnEveryNode } from '../../test/harness/cluster-common.js';
import { freeBrokerPortBase } from '../../test/unit/proxy/free-ports.js';
import { freePort, REPO_ROOT } from './proxy-process.js';

export const CASE_NAMES = ['passthrough', 'payments', 'payments-audit', 'topics-100'] as const;
export type CaseName = (typeof CASE_NAMES)[number];

export const CASE_TITLES: Record<CaseName, string> = {
  passthrough: 'no policy (passthrough)',
  payments: 'payments policy',
  'payments-audit': 'payments policy + audit to topic',
  'topics-100': '100 topics, no policy (kafkajs)',
};

export const PAYMENTS_POLICY = join(REPO_ROOT, 'policies', 'payments.yaml');
export const PRODUCE_TOPIC = 'payments.commands';
export const CONSUMER_GROUP = 'payments-worker';
export const AUDIT_TOPIC = 'kafka-l7-proxy.audit';
export const MANY_TOPIC_PREFIX = 'bench.many.';

/** Every benchmark user's SCRAM password. */
export const PASSWORD = 'bench-secret';
export const USERS = {
  producer: 'payments-api',
  consumer: 'payments-worker',
  denied: 'analytics',
  proxy: 'kafka-l7-proxy',
} as const;

export const SCRAM_USERS: ScramUser[] = Object.values(USERS).map((name) => ({ name, password: PASSWORD }));

export function manyTopicNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${MANY_TOPIC_PREFIX}${String(i).padStart(3, '0')}`);
}

/** payments.commands (3 partitions) and the many-topics set (1 partition each), created up front. */
export async function createBenchTopics(cluster: KafkaCluster, manyTopics: number): Promise<void> {
  await cluster.createTopic(PRODUCE_TOPIC, 3, 1);
  if (manyTopics === 0) return;
  const admin = new kafkajs.Kafka(cluster.adminConfig).admin();
  await admin.connect();
  try {
    await admin.createTopics({
      topics: manyTopicNames(manyTopics).map((topic) => ({ topic, numPartitions: 1, replicationFactor: 1 })),
      // kafkajs's own leader wait throws UNKNOWN_TOPIC_OR_PARTITION on a busy machine when a node has
      // not applied the topics yet (seen in CI at load 20); wait for the leaders ourselves instead.
      waitForLeaders: false,
    });
  } finally {
    await admin.disconnect();
  }
  const brokers = cluster.adminConfig.brokers;
  if (!Array.isArray(brokers)) throw new Error('the cluster admin config names no broker list');
  for (const topic of manyTopicNames(manyTopics)) {
    await waitForTopicOnEveryNode(brokers, topic, 1, cluster.adminConfig, 120_000);
  }
}

export function endpointFor(cluster: KafkaCluster, user: string, bootstrap?: string): ClientEndpoint {
  const endpoint = cluster.endpoint({ user });
  return bootstrap === undefined ? endpoint : { ...endpoint, bootstrap };
}

/** The `run --config` file of a case: loopback ports chosen now, admin port on, stdout audit off. */
export async function proxyConfigFor(
  name: CaseName,
  cluster: KafkaCluster,
): Promise<Record<string, unknown>> {
  const brokerPortBase = await freeBrokerPortBase(cluster.nodes.map((n) => n.nodeId));
  const scram = { username: USERS.proxy, password: PASSWORD };
  const config: Record<string, unknown> = {
    listen: { host: '127.0.0.1', bootstrapPort: await freePort(), brokerPortBase },
    advertised: { host: '127.0.0.1' },
    upstream: {
      bootstrapServers: cluster.bootstrap.split(','),
      sasl: { mechanism: 'SCRAM-SHA-512', ...scram },
    },
    limits: { drainTimeoutMs: 2000 },
    logging: { level: 'warn' },
    // Metrics are collected as in production; the port is just not scraped during the run.
    admin: { host: '127.0.0.1', port: 0 },
    // The stdout audit sink is on by default; off here so that only the audit case pays for audit.
    audit: { stdout: { enabled: false } },
  };
  if (name === 'payments' || name === 'payments-audit') config.policy = { file: PAYMENTS_POLICY };
  if (name === 'payments-audit') {
    config.audit = {
      stdout: { enabled: false },
      kafka: {
        bootstrapServers: cluster.bootstrap.split(','),
        topic: AUDIT_TOPIC,
        replicationFactor: 1,
        sasl: { mechanism: 'scram-sha-512', ...scram },
      },
    };
  }
  return config;
}

/**
 * Proof that a policy case really enforces: `analytics` producing through the proxy must be refused
 * with TOPIC_AUTHORIZATION_FAILED. Returns the error text, or throws if the produce went through.
 */
export async function checkPolicyEnforced(cluster: KafkaCluster, proxyBootstrap: string): Promise<string> {
  const kafka = new kafkajs.Kafka(
    kafkajsConfig(endpointFor(cluster, USERS.denied, proxyBootstrap), {
      retry: { retries: 0 },
      logLevel: kafkajs.logLevel.NOTHING,
    }),
  );
  const producer = kafka.producer();
  await producer.connect();
  try {
    await producer.send({ topic: PRODUCE_TOPIC, messages: [{ value: 'must be denied' }] });
  } catch (error) {
    const text = String((error as Error).message);
    if (/authoriz/i.test(text)) return text;
    throw new Error(`analytics' produce failed, but not with an authorization error: ${text}`, {
      cause: error,
    });
  } finally {
    await producer.disconnect();
  }
  throw new Error('analytics could produce through the proxy: the payments policy is not in force');
}

/** Records on the audit topic (sum of high watermarks). */
export async function auditRecordCount(cluster: KafkaCluster): Promise<number> {
  const admin = new kafkajs.Kafka(cluster.adminConfig).admin();
  await admin.connect();
  try {
    const offsets = await admin.fetchTopicOffsets(AUDIT_TOPIC);
    return offsets.reduce((sum, p) => sum + Number(p.high), 0);
  } finally {
    await admin.disconnect();
  }
}
