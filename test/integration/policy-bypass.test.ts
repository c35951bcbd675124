// Bypass attempts against the proxy in front of a real broker, with raw sockets and frames built by
// the generated encoders. Every one must fail: the denied data is neither returned nor written.
// Identity: connections from 127.0.0.1 are User:payments-worker (a sourceCidr identity), which may
// read payments.commands and read and write payments.events, in group payments-worker, and nothing else.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZERO_UUID } from '../../protocol/index.js';
import type {
  ConsumerGroupHeartbeatResponse,
  FetchResponse,
  ListOffsetsResponse,
  MetadataResponse,
  ProduceResponse,
} from '../../protocol/generated/index.js';
import { startPolicyProxy, type PolicyProxy } from '../../demo/policy-proxy.js';
import { startKafka, type KafkaCluster } from '../harness/index.js';
import { requestFrame } from '../unit/enforcement/scenario-support.js';
import { RawClient, records } from './policy-raw-client.js';

const POLICY = `apiVersion: kafka-l7-proxy/v1
kind: KafkaPolicy
identities:
  - sasl: {}
  - sourceCidr: { cidr: 127.0.0.1/32, principal: 'User:payments-worker' }
rules:
  - principal: User:payments-worker
    allow:
      - { role: consume, topic: payments.commands, group: payments-worker }
      - { role: produce, topic: payments.events }
      - { role: consume, topic: payments.events, group: payments-worker }
`;

let cluster: KafkaCluster;
let stack: PolicyProxy;
let ids: Map<string, string>;
const PARTITION0 = [{ partition: 0, fetchOffset: 0, partitionMaxBytes: 1 << 20 }];

/** The broker's own view, bypassing the proxy: latest offset of partition 0. */
async function endOffset(topic: string): Promise<bigint> {
  const direct = await RawClient.connect(cluster.nodes[0]!.port);
  try {
    const r = await direct.call<ListOffsetsResponse>(2, 7, {
      replicaId: -1,
      topics: [{ name: topic, partitions: [{ partitionIndex: 0, timestamp: -1 }] }],
    });
    if (r === 'closed') throw new Error('broker closed');
    return r.topics[0]!.partitions[0]!.offset;
  } finally {
    direct.end();
  }
}

async function brokerTopics(): Promise<MetadataResponse> {
  const direct = await RawClient.connect(cluster.nodes[0]!.port);
  try {
    const r = await direct.call<MetadataResponse>(3, 12, { topics: null, allowAutoTopicCreation: false });
    if (r === 'closed') throw new Error('broker closed');
    return r;
  } finally {
    direct.end();
  }
}

beforeAll(async () => {
  cluster = await startKafka({ nodes: 1 });
  for (const topic of ['payments.commands', 'payments.events', 'payments.secret'])
    await cluster.createTopic(topic, 1, 1);
  const dir = mkdtempSync(join(tmpdir(), 'policy-bypass-'));
  writeFileSync(join(dir, 'policy.yaml'), POLICY);
  stack = await startPolicyProxy(cluster, join(dir, 'policy.yaml'));
  ids = new Map((await brokerTopics()).topics.map((t) => [t.name!, t.topicId]));
}, 180_000);

afterAll(async () => {
  await stack?.stop();
  await cluster?.stop();
});

async function viaProxy<T>(
  api: number,
  version: number,
  body: unknown,
  patchVersion?: number,
): Promise<T | 'closed'> {
  const client = await RawClient.connect(stack.proxy.bootstrapPort);
  try {
    return await client.call<T>(api, version, body, patchVersion);
  } finally {
    client.end();
  }
}

describe('bypass attempts through the proxy', () => {
  it('Fetch v13+ by the topic ID of a denied topic gets 29 and no records (the proxy never saw the ID)', async () => {
    const r = await viaProxy<FetchResponse>(1, 17, {
      maxWaitMs: 10,
      sessionEpoch: -1,
      topics: [{ topicId: ids.get('payments.secret'), partitions: PARTITION0 }],
    });
    if (r === 'closed') throw new Error('closed');
    expect(r.responses[0]!.partitions[0]!.errorCode).toBe(29);
    expect(r.responses[0]!.partitions[0]!.records?.length ?? 0).toBe(0);
    // The proxy asked the broker which topic the ID names (its own Metadata request).
    expect(stack.enforcement.topicIds.stats()).toMatchObject({ lookups: 1, failures: 0 });
  });

  it('Produce v13 by the topic ID of a denied topic gets 29 and writes nothing', async () => {
    const before = await endOffset('payments.secret');
    const r = await viaProxy<ProduceResponse>(0, 13, {
      acks: -1,
      timeoutMs: 5000,
      topicData: [
        { topicId: ids.get('payments.secret'), partitionData: [{ index: 0, records: records('x') }] },
      ],
    });
    if (r === 'closed') throw new Error('closed');
    expect(r.responses[0]!.partitionResponses[0]!.errorCode).toBe(29);
    expect(await endOffset('payments.secret')).toBe(before);
  });

  it('Metadata v12 by the topic ID of a denied topic gets 29, a null name and no partitions', async () => {
    const r = await viaProxy<MetadataResponse>(3, 12, {
      topics: [{ topicId: ids.get('payments.secret'), name: null }],
      allowAutoTopicCreation: false,
    });
    if (r === 'closed') throw new Error('closed');
    expect(r.topics).toEqual([expect.objectContaining({ errorCode: 29, name: null, partitions: [] })]);
    expect(r.topics[0]!.topicId).toBe(ids.get('payments.secret'));
  });

  it('a denied topic among allowed ones: the allowed one is written, the denied one is not', async () => {
    const secretBefore = await endOffset('payments.secret');
    const eventsBefore = await endOffset('payments.events');
    const r = await viaProxy<ProduceResponse>(0, 9, {
      acks: -1,
      timeoutMs: 5000,
      topicData: [
        { name: 'payments.secret', partitionData: [{ index: 0, records: records('s') }] },
        { name: 'payments.events', partitionData: [{ index: 0, records: records('e') }] },
      ],
    });
    if (r === 'closed') throw new Error('closed');
    // The broker lists written topics first, then refused ones (policy-reference-raw checks the order).
    expect(r.responses.map((t) => [t.name, t.partitionResponses[0]!.errorCode])).toEqual([
      ['payments.events', 0],
      ['payments.secret', 29],
    ]);
    expect(await endOffset('payments.secret')).toBe(secretBefore);
    expect(await endOffset('payments.events')).toBe(eventsBefore + 1n);
  });

  it('a name differing only in case is another topic, denied', async () => {
    const r = await viaProxy<ProduceResponse>(0, 9, {
      acks: -1,
      timeoutMs: 5000,
      topicData: [{ name: 'Payments.Events', partitionData: [{ index: 0, records: records('c') }] }],
    });
    if (r === 'closed') throw new Error('closed');
    expect(r.responses[0]!.partitionResponses[0]!.errorCode).toBe(29);
  });

  it('listing all topics shows only the permitted ones', async () => {
    const r = await viaProxy<MetadataResponse>(3, 12, { topics: null, allowAutoTopicCreation: false });
    if (r === 'closed') throw new Error('closed');
    expect(r.topics.map((t) => t.name).sort()).toEqual(['payments.commands', 'payments.events']);
  });

  it('auto-creation through Metadata without CreateTopics permission gets 29 and creates nothing', async () => {
    const r = await viaProxy<MetadataResponse>(3, 12, {
      topics: [{ topicId: ZERO_UUID, name: 'payments.events.autocreated' }],
      allowAutoTopicCreation: true,
    });
    if (r === 'closed') throw new Error('closed');
    // Denied outright: the principal may not describe it either.
    expect(r.topics[0]!.errorCode).toBe(29);
    const names = (await brokerTopics()).topics.map((t) => t.name);
    expect(names).not.toContain('payments.events.autocreated');
  });

  it('a KIP-848 subscription to a denied topic gets TOPIC_AUTHORIZATION_FAILED', async () => {
    const r = await viaProxy<ConsumerGroupHeartbeatResponse>(68, 0, {
      groupId: 'payments-worker',
      memberId: 'bypass-member',
      memberEpoch: 0,
      rebalanceTimeoutMs: 30000,
      subscribedTopicNames: ['payments.events', 'payments.secret'],
      topicPartitions: [],
    });
    if (r === 'closed') throw new Error('closed');
    expect(r.errorCode).toBe(29);
    expect(r.assignment).toBeNull();
  });

  it('a version above the clamp closes the connection', async () => {
    expect(await viaProxy(0, 13, { acks: -1, timeoutMs: 1, topicData: [] }, 14)).toBe('closed');
  });

  it('an unknown API key closes the connection', async () => {
    const client = await RawClient.connect(stack.proxy.bootstrapPort);
    const frame = requestFrame(18, 3, { clientSoftwareName: 'x', clientSoftwareVersion: '1' });
    frame.writeInt16BE(999, 4);
    expect(await client.sendRaw(frame)).toBe('closed');
    client.end();
  });

  it('a data request after SaslHandshake but before SaslAuthenticate succeeds closes the connection', async () => {
    const client = await RawClient.connect(stack.proxy.bootstrapPort);
    try {
      await client.call(17, 1, { mechanism: 'SCRAM-SHA-512' });
      const r = await client.call(3, 12, { topics: null, allowAutoTopicCreation: false });
      expect(r).toBe('closed');
    } finally {
      client.end();
    }
  });
});
