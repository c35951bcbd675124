// Hot reload against a real broker: the policy file is replaced the way Kubernetes updates a
// ConfigMap volume (a new timestamped directory, then the `..data` symlink renamed over the old one),
// and an already open client connection is decided under the new policy from the first request after
// the store has loaded it. An invalid replacement is rejected and the previous policy stays in force.
// How fast a change is noticed (a file-system event, else the poll interval) is configuration, not
// something this test times: on a busy CI machine wall-clock bounds fail for reasons of their own.

import { mkdirSync, mkdtempSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProduceResponse } from '../../protocol/generated/index.js';
import { startPolicyProxy, type PolicyProxy } from '../../demo/policy-proxy.js';
import { startKafka, type KafkaCluster } from '../harness/index.js';
import { RawClient, records } from './policy-raw-client.js';

const policy = (topic: string): string => `apiVersion: kafka-l7-proxy/v1
kind: KafkaPolicy
identities:
  - sourceCidr: { cidr: 127.0.0.1/32, principal: 'User:app' }
rules:
  - principal: User:app
    allow:
      - { role: produce, topic: ${topic} }
`;

let cluster: KafkaCluster;
let stack: PolicyProxy;
let volume: string;
let version = 0;

/** Publishes a new ConfigMap revision: write a new directory, then atomically swap `..data` to it. */
function publish(text: string): void {
  const revision = `..rev${++version}`;
  mkdirSync(join(volume, revision));
  writeFileSync(join(volume, revision, 'policy.yaml'), text);
  symlinkSync(revision, join(volume, '..data_tmp'));
  renameSync(join(volume, '..data_tmp'), join(volume, '..data'));
}

beforeAll(async () => {
  cluster = await startKafka({ nodes: 1 });
  await cluster.createTopic('orders', 1, 1);
  await cluster.createTopic('invoices', 1, 1);
  volume = mkdtempSync(join(tmpdir(), 'policy-configmap-'));
  publish(policy('orders'));
  symlinkSync('..data/policy.yaml', join(volume, 'policy.yaml'));
  stack = await startPolicyProxy(cluster, join(volume, 'policy.yaml'));
}, 180_000);

afterAll(async () => {
  await stack?.stop();
  await cluster?.stop();
});

async function produceCode(client: RawClient, topic: string): Promise<number> {
  const r = await client.call<ProduceResponse>(0, 9, {
    acks: -1,
    timeoutMs: 5000,
    topicData: [{ name: topic, partitionData: [{ index: 0, records: records('r') }] }],
  });
  if (r === 'closed') throw new Error('the proxy closed the connection');
  return r.responses[0]!.partitionResponses[0]!.errorCode;
}

describe('policy hot reload', () => {
  it('decides the next request of an open connection under a ConfigMap-style update once the store has loaded it', async () => {
    const client = await RawClient.connect(stack.proxy.bootstrapPort);
    try {
      expect(await produceCode(client, 'invoices')).toBe(29);
      expect(await produceCode(client, 'orders')).toBe(0);
      const generationBefore = stack.enforcement.store.stats().generation;
      publish(policy('invoices'));
      const deadline = Date.now() + 60_000;
      while (stack.enforcement.store.stats().generation === generationBefore && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      expect(stack.enforcement.store.stats().generation).toBe(generationBefore + 1);
      // No per-connection cache may keep the old decision: the very next request is decided anew.
      expect(await produceCode(client, 'invoices')).toBe(0);
      expect(await produceCode(client, 'orders')).toBe(29);
      expect(stack.enforcement.store.stats().generation).toBe(2);
    } finally {
      client.end();
    }
  });

  it('rejects an invalid update and keeps enforcing the previous policy', async () => {
    const client = await RawClient.connect(stack.proxy.bootstrapPort);
    try {
      const rejectedBefore = stack.enforcement.store.stats().reloads.rejected;
      publish(
        'apiVersion: kafka-l7-proxy/v1\nkind: KafkaPolicy\nrules:\n  - principal: User:app\n    allow:\n      - { role: shout }\n',
      );
      const deadline = Date.now() + 60_000;
      while (stack.enforcement.store.stats().reloads.rejected === rejectedBefore && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      expect(stack.enforcement.store.stats().reloads.rejected).toBe(rejectedBefore + 1);
      expect(stack.enforcement.store.stats().lastRejection?.[0]?.toString()).toMatch(/policy\.yaml:\d+:\d+/);
      expect(await produceCode(client, 'invoices')).toBe(0);
      expect(await produceCode(client, 'orders')).toBe(29);
    } finally {
      client.end();
    }
  });
});
