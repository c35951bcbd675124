// Producers through the proxy against a real broker (kafkajs, the Java console tools, kcat): a transactional
// id the policy names works end to end (FindCoordinator, InitProducerId, AddPartitionsToTxn,
// Produce, EndTxn), and read_committed consumers see the committed records; another transactional
// id is refused with TRANSACTIONAL_ID_AUTHORIZATION_FAILED at the coordinator lookup.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import kafkajs from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPolicyProxy, type PolicyProxy } from '../../demo/policy-proxy.js';
import {
  consoleConsumer,
  consoleProducer,
  kafkajsConfig,
  kcat,
  startKafka,
  type KafkaCluster,
} from '../harness/index.js';

const POLICY = `apiVersion: kafka-l7-proxy/v1
kind: KafkaPolicy
identities:
  - sourceCidr: { cidr: 127.0.0.1/32, principal: 'User:etl' }
rules:
  - principal: User:etl
    allow:
      - { role: produce, topic: orders, transactionalId: 'etl-*' }
      - { role: consume, topic: orders, group: etl-readers }
`;

let cluster: KafkaCluster;
let stack: PolicyProxy;

beforeAll(async () => {
  cluster = await startKafka({ nodes: 1 });
  await cluster.createTopic('orders', 1, 1);
  await cluster.createTopic('ledger', 1, 1);
  const dir = mkdtempSync(join(tmpdir(), 'policy-txn-'));
  writeFileSync(join(dir, 'policy.yaml'), POLICY);
  stack = await startPolicyProxy(cluster, join(dir, 'policy.yaml'));
}, 180_000);

afterAll(async () => {
  await stack?.stop();
  await cluster?.stop();
});

function kafka(): kafkajs.Kafka {
  return new kafkajs.Kafka(
    kafkajsConfig(stack.endpoint(), {
      clientId: 'etl',
      logLevel: kafkajs.logLevel.NOTHING,
      retry: { retries: 3 },
    }),
  );
}

describe('transactions through the proxy', () => {
  it('commits a transaction with an allowed transactional id (kafkajs)', async () => {
    const producer = kafka().producer({
      transactionalId: 'etl-loader',
      idempotent: true,
      maxInFlightRequests: 1,
    });
    await producer.connect();
    try {
      const tx = await producer.transaction();
      await tx.send({ topic: 'orders', messages: [{ value: 'tx-1' }, { value: 'tx-2' }] });
      await tx.commit();
    } finally {
      await producer.disconnect();
    }
    const read = await consoleConsumer(stack.endpoint(), {
      topic: 'orders',
      group: 'etl-readers',
      maxMessages: 2,
      properties: { 'isolation.level': 'read_committed' },
    });
    expect(read.records).toEqual(['tx-1', 'tx-2']);
  }, 120_000);

  it('refuses a transactional id the policy does not name: the proxy answers the coordinator lookup itself', async () => {
    const answeredBefore = stack.enforcement.filter.counters.answered;
    const producer = kafka().producer({
      transactionalId: 'intruder-tx',
      idempotent: true,
      maxInFlightRequests: 1,
    });
    await producer.connect();
    try {
      // kafkajs looks up the transaction coordinator first; the proxy refuses it with
      // TRANSACTIONAL_ID_AUTHORIZATION_FAILED (kafkajs reports that it found no coordinator).
      await expect(producer.transaction()).rejects.toThrow(/coordinator|authoriz/i);
    } finally {
      await producer.disconnect().catch(() => undefined);
    }
    expect(stack.enforcement.filter.counters.answered).toBeGreaterThan(answeredBefore);
  }, 60_000);

  it('lets the Java producer (idempotent by default) write to its topic', async () => {
    const produced = await consoleProducer(stack.endpoint(), { topic: 'orders', values: ['idem-1'] });
    expect(produced.exitCode, produced.stderr).toBe(0);
    expect(produced.stderr).not.toMatch(/AuthorizationException/);
  }, 60_000);

  it('shows kcat (librdkafka) only the permitted topics and refuses its produce to another', async () => {
    const listing = await kcat(['-L', '-J'], { endpoint: stack.endpoint() });
    expect(listing.exitCode, listing.stderr).toBe(0);
    const topics = (JSON.parse(listing.stdout) as { topics: Array<{ topic: string }> }).topics.map(
      (t) => t.topic,
    );
    expect(topics).toEqual(['orders']);
    const denied = await kcat(['-P', '-t', 'ledger', '-p', '0'], {
      endpoint: stack.endpoint(),
      input: 'x\n',
    });
    expect(`${denied.stdout}${denied.stderr}`).toMatch(/authorization failed/i);
  }, 60_000);
});
