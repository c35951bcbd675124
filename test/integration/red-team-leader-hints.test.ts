// Red team: KIP-951 leader hints (CurrentLeader, NodeEndpoints) in Produce and Fetch answers that
// really carry them: a 3-node cluster behind the proxy (policy in force), requests sent to a node
// that does not lead the partition, so that the broker answers NOT_LEADER_OR_FOLLOWER with the
// leader's id, epoch and endpoint. Checked: the endpoint is the proxy's listener for the leader, never
// the broker's own address (a client that learnt it could bypass the policy), and a denied topic's
// partitions in the same request come back TOPIC_AUTHORIZATION_FAILED with no leader hint and add no
// endpoint, as a broker with StandardAuthorizer answers them (it refuses before it looks up leaders;
// the one-node comparison with the reference is in red-team-groups-tokens-hints.test.ts).

/* eslint-disable @typescript-eslint/no-explicit-any -- decoded responses */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKafka, type KafkaCluster } from '../harness/index.js';
import { startPolicyProxy, type PolicyProxy } from '../../demo/policy-proxy.js';
import { RawClient, records } from './policy-raw-client.js';
import { fetchPartition, sessionlessFetch } from './red-team-sides.js';

const ALLOWED = 'allowed';
const SECRET = 'secret';
const POLICY = `apiVersion: kafka-l7-proxy/v1
kind: KafkaPolicy
identities: [{ sasl: {} }]
rules:
  - principal: User:app
    allow:
      - { role: produce, topic: ${ALLOWED} }
      - { role: consume, topic: ${ALLOWED}, group: g1 }
`;

let cluster: KafkaCluster;
let stack: PolicyProxy;
/** Partition -> leader node id, per topic; topic name -> ID. */
const leaders = new Map<string, number[]>();
const ids = new Map<string, string>();

async function adminMetadata(): Promise<any> {
  const admin = await RawClient.connect(Number((cluster.adminConfig.brokers as string[])[0]!.split(':')[1]));
  try {
    const r = await admin.call<any>(3, 12, { topics: null, allowAutoTopicCreation: false });
    if (r === 'closed') throw new Error('closed');
    return r;
  } finally {
    admin.end();
  }
}

beforeAll(async () => {
  cluster = await startKafka({
    nodes: 3,
    scram: { users: [{ name: 'app', password: 'app-secret' }] },
    readyTimeoutMs: 300_000,
  });
  for (const topic of [ALLOWED, SECRET]) {
    await cluster.createTopic(topic, 3, 1).catch((error: Error) => {
      if (!error.message.includes('does not host this topic-partition')) throw error;
    });
  }
  const deadline = Date.now() + 120_000;
  for (;;) {
    const r = await adminMetadata();
    const ours = r.topics.filter((t: any) => [ALLOWED, SECRET].includes(t.name));
    if (
      ours.length === 2 &&
      ours.every((t: any) => t.partitions.length === 3 && t.partitions.every((p: any) => p.leaderId >= 0))
    ) {
      for (const t of ours) {
        ids.set(t.name, t.topicId);
        leaders.set(
          t.name,
          [...t.partitions]
            .sort((a: any, b: any) => a.partitionIndex - b.partitionIndex)
            .map((p: any) => p.leaderId),
        );
      }
      break;
    }
    if (Date.now() > deadline) throw new Error(`leaders not elected: ${JSON.stringify(ours)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const dir = mkdtempSync(join(tmpdir(), 'red-team-leaders-'));
  writeFileSync(join(dir, 'policy.yaml'), POLICY);
  stack = await startPolicyProxy(cluster, join(dir, 'policy.yaml'));
}, 600_000);

afterAll(async () => {
  await stack?.stop();
  await cluster?.stop();
});

/**
 * A node, a partition of `allowed` it does not lead and a partition of `secret` led by a third node
 * (so that an endpoint for it could only come from the denied topic).
 */
function layout(): {
  node: number;
  allowedPartition: number;
  allowedLeader: number;
  secretPartition: number;
} {
  const nodeIds = cluster.nodes.map((n) => n.nodeId);
  for (const node of nodeIds) {
    const a = leaders.get(ALLOWED)!.findIndex((l) => l !== node);
    if (a < 0) continue;
    const allowedLeader = leaders.get(ALLOWED)![a]!;
    const s = leaders.get(SECRET)!.findIndex((l) => l !== node && l !== allowedLeader);
    if (s >= 0) return { node, allowedPartition: a, allowedLeader, secretPartition: s };
  }
  throw new Error(`no such layout: ${JSON.stringify([...leaders])}`);
}

async function connectToNode(node: number): Promise<RawClient> {
  const client = await RawClient.connect(stack.proxy.nodePort(node)!);
  await client.scram('app', 'app-secret');
  return client;
}

const realPorts = (): number[] => cluster.nodes.map((n) => n.port);

describe('KIP-951 leader hints through the proxy', () => {
  it("Produce v12 to a node that does not lead: the allowed partition's leader hint names the proxy's listener for the leader; the denied topic's partition 29, no hint, no endpoint", async () => {
    const { node, allowedPartition, allowedLeader, secretPartition } = layout();
    const app = await connectToNode(node);
    try {
      const r = await app.call<any>(0, 12, {
        transactionalId: null,
        acks: -1,
        timeoutMs: 10_000,
        topicData: [
          { name: SECRET, partitionData: [{ index: secretPartition, records: records('s') }] },
          { name: ALLOWED, partitionData: [{ index: allowedPartition, records: records('a') }] },
        ],
      });
      if (r === 'closed') throw new Error('closed');
      const byTopic = Object.fromEntries(
        r.responses.map((t: any) => [
          t.name,
          t.partitionResponses.map((p: any) => [p.index, p.errorCode, p.currentLeader.leaderId]),
        ]),
      );
      expect(byTopic).toEqual({
        [ALLOWED]: [[allowedPartition, 6, allowedLeader]],
        [SECRET]: [[secretPartition, 29, -1]],
      });
      expect(r.nodeEndpoints.map((n: any) => [n.nodeId, n.host, n.port])).toEqual([
        [allowedLeader, '127.0.0.1', stack.proxy.nodePort(allowedLeader)],
      ]);
      for (const real of realPorts()) expect(r.nodeEndpoints.map((n: any) => n.port)).not.toContain(real);
    } finally {
      app.end();
    }
  });

  it('a sessionless Fetch v17 to a node that does not lead: the same, by topic ID, with no record of the denied topic', async () => {
    const { node, allowedPartition, allowedLeader, secretPartition } = layout();
    const app = await connectToNode(node);
    try {
      // The proxy learns topic IDs from Metadata answers, as clients ask before fetching by ID.
      await app.call<any>(3, 12, { topics: null, allowAutoTopicCreation: false });
      const r = await app.call<any>(
        1,
        17,
        sessionlessFetch([
          { topicId: ids.get(SECRET), partitions: [fetchPartition(secretPartition)] },
          { topicId: ids.get(ALLOWED), partitions: [fetchPartition(allowedPartition)] },
        ]),
      );
      if (r === 'closed') throw new Error('closed');
      const name = (id: string) => (id === ids.get(SECRET) ? SECRET : id === ids.get(ALLOWED) ? ALLOWED : id);
      const byTopic = Object.fromEntries(
        r.responses.map((t: any) => [
          name(t.topicId),
          t.partitions.map((p: any) => [
            p.partitionIndex,
            p.errorCode,
            p.currentLeader.leaderId,
            (p.records?.length ?? 0) > 0,
          ]),
        ]),
      );
      expect(r.errorCode).toBe(0);
      expect(byTopic).toEqual({
        [ALLOWED]: [[allowedPartition, 6, allowedLeader, false]],
        [SECRET]: [[secretPartition, 29, -1, false]],
      });
      expect(r.nodeEndpoints.map((n: any) => [n.nodeId, n.host, n.port])).toEqual([
        [allowedLeader, '127.0.0.1', stack.proxy.nodePort(allowedLeader)],
      ]);
    } finally {
      app.end();
    }
  });
});
