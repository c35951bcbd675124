// Reference test at the wire: the same requests (built by the generated encoders, sent after a real
// SCRAM-SHA-512 exchange) once to a broker with StandardAuthorizer and ACLs equivalent to
// policies/payments.yaml, once through the proxy enforcing that policy in front of a broker without
// an authorizer. The error codes and the shape of each answer (which entries, in which order, with
// or without partitions, zero or real topic IDs) must be the same: where they differ, the proxy is wrong.

/* eslint-disable @typescript-eslint/no-explicit-any -- projections read decoded responses of many message types */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZERO_UUID } from '../../protocol/index.js';
import type { KafkaCluster } from '../harness/index.js';
import { startKafka } from '../harness/index.js';
import { COMMANDS, EVENTS, PAYMENTS_USERS, type PaymentsUser } from '../../demo/payments-clients.js';
import { policyAcls } from '../support/policy-acls.js';
import { startPolicyProxy, type PolicyProxy } from '../../demo/policy-proxy.js';
import { RawClient, produceV0to2, records, withTrailingBytes } from './policy-raw-client.js';

const SECRET = 'payments.secret';
const users = { users: PAYMENTS_USERS.map((name) => ({ name, password: `${name}-secret` })) };

interface Side {
  port: number;
  ids: Map<string, string>;
}
let reference: KafkaCluster;
let plain: KafkaCluster;
let stack: PolicyProxy;
let brokerSide: Side;
let proxySide: Side;

async function topicIds(cluster: KafkaCluster): Promise<Map<string, string>> {
  // The harness's admin listener (PLAINTEXT, a super user) sees every topic.
  const [host, port] = (cluster.adminConfig.brokers as string[])[0]!.split(':');
  void host;
  const client = await RawClient.connect(Number(port));
  try {
    const r = await client.call<{ topics: Array<{ name: string; topicId: string }> }>(3, 12, {
      topics: null,
      allowAutoTopicCreation: false,
    });
    if (r === 'closed') throw new Error('closed');
    return new Map(r.topics.map((t) => [t.name, t.topicId]));
  } finally {
    client.end();
  }
}

beforeAll(async () => {
  reference = await startKafka({ nodes: 1, scram: users, authorizer: { superUsers: [] } });
  plain = await startKafka({ nodes: 1, scram: users });
  for (const cluster of [reference, plain]) {
    for (const topic of [COMMANDS, EVENTS, SECRET]) await cluster.createTopic(topic, 1, 1);
  }
  await reference.addAcls(policyAcls('policies/payments.yaml'));
  stack = await startPolicyProxy(plain, 'policies/payments.yaml');
  brokerSide = { port: reference.nodes[0]!.port, ids: await topicIds(reference) };
  proxySide = { port: stack.proxy.bootstrapPort, ids: await topicIds(plain) };
  // The first group request creates the offsets topic; wait until both group coordinators answer so
  // that no case meets COORDINATOR_LOAD_IN_PROGRESS on one side only.
  for (const side of [brokerSide, proxySide]) {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const r = await ask(side, {
        name: 'warm up the group coordinator',
        user: 'payments-worker',
        api: 10,
        version: 4,
        body: () => ({ keyType: 0, coordinatorKeys: ['payments-worker'] }),
        project: (x) => x.coordinators[0].errorCode,
      });
      if (r === 0 || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  // As in practice, topic IDs reach the proxy in Metadata answers before clients use them (here one
  // all-topics answer to analytics, who is shown none of them). The proxy's own lookup cannot
  // authenticate to this SASL broker; IDs it never saw would be answered UNKNOWN_TOPIC_ID.
  await ask(proxySide, {
    name: 'learn IDs',
    user: 'analytics',
    api: 3,
    version: 12,
    body: () => ({ topics: null, allowAutoTopicCreation: false }),
    project: () => undefined,
  });
}, 240_000);

afterAll(async () => {
  await stack?.stop();
  await plain?.stop();
  await reference?.stop();
});

type Projection = (response: any, side: Side) => unknown;

interface Case {
  name: string;
  user: PaymentsUser;
  api: number;
  version: number;
  body: (side: Side) => unknown;
  project: Projection;
  /** Send with this version in the header instead (a version no codec has). */
  patchVersion?: number;
  /** Replace the encoded frame (bytes the encoders cannot produce). */
  edit?: (frame: Buffer) => Buffer;
}

const idOrZero = (id: string, side: Side): string =>
  id === ZERO_UUID ? 'zero' : ([...side.ids].find(([, v]) => v === id)?.[0] ?? 'other');

const metadataTopics: Projection = (r, side) =>
  r.topics.map((t: any) => [t.name, t.errorCode, idOrZero(t.topicId, side), t.partitions.length]);
const producePartitions: Projection = (r, side) =>
  r.responses.map((t: any) => [
    t.name || idOrZero(t.topicId, side),
    t.partitionResponses.map((p: any) => p.errorCode),
  ]);
const fetchPartitions: Projection = (r, side) => [
  r.errorCode,
  r.responses.map((t: any) => [
    t.topic || idOrZero(t.topicId, side),
    t.partitions.map((p: any) => [p.errorCode, Number(p.highWatermark) < 0]),
  ]),
];

/** Every error code in the answer, in order, with the names next to them (generic projection). */
const errorCodes: Projection = (r) => {
  const out: unknown[] = [];
  const walk = (v: any): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object' && !Buffer.isBuffer(v)) {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'errorCode' || k === 'partitionErrorCode') out.push(x);
        else if (k === 'name' || k === 'groupId' || k === 'transactionalId') out.push(x);
        else walk(x);
      }
    }
  };
  walk(r);
  return out;
};

const CASES: Case[] = [
  {
    name: 'Metadata v12 naming a denied and an allowed topic',
    user: 'payments-worker',
    api: 3,
    version: 12,
    body: () => ({
      topics: [
        { topicId: ZERO_UUID, name: SECRET },
        { topicId: ZERO_UUID, name: EVENTS },
      ],
      allowAutoTopicCreation: false,
    }),
    project: metadataTopics,
  },
  {
    name: 'Metadata v12 by topic ID of a denied topic',
    user: 'payments-worker',
    api: 3,
    version: 12,
    body: (side) => ({
      topics: [{ topicId: side.ids.get(SECRET), name: null }],
      allowAutoTopicCreation: false,
    }),
    project: metadataTopics,
  },
  {
    // The Java client looks up the topics of a KIP-848 regex assignment by ID with the name "".
    name: 'Metadata v13 by topic ID with an empty name: a denied and an allowed topic',
    user: 'payments-worker',
    api: 3,
    version: 13,
    body: (side) => ({
      topics: [
        { topicId: side.ids.get(SECRET), name: '' },
        { topicId: side.ids.get(EVENTS), name: '' },
      ],
      allowAutoTopicCreation: false,
    }),
    project: metadataTopics,
  },
  {
    name: 'Metadata v12 auto-creating a topic without permission',
    user: 'payments-worker',
    api: 3,
    version: 12,
    body: () => ({ topics: [{ topicId: ZERO_UUID, name: 'payments.new' }], allowAutoTopicCreation: true }),
    project: metadataTopics,
  },
  {
    name: 'Metadata v1 for all topics as a principal denied everything',
    user: 'analytics',
    api: 3,
    version: 1,
    body: () => ({ topics: null }),
    project: metadataTopics,
  },
  {
    name: 'Metadata v0 naming a denied topic',
    user: 'analytics',
    api: 3,
    version: 0,
    body: () => ({ topics: [{ name: COMMANDS }] }),
    project: metadataTopics,
  },
  {
    name: 'Produce v9 to a denied and an allowed topic',
    user: 'payments-worker',
    api: 0,
    version: 9,
    body: () => ({
      acks: -1,
      timeoutMs: 5000,
      topicData: [
        { name: SECRET, partitionData: [{ index: 0, records: records('s') }] },
        { name: EVENTS, partitionData: [{ index: 0, records: records('e') }] },
      ],
    }),
    project: producePartitions,
  },
  {
    name: 'Produce v13 by the ID of a denied topic',
    user: 'payments-worker',
    api: 0,
    version: 13,
    body: (side) => ({
      acks: -1,
      timeoutMs: 5000,
      topicData: [{ topicId: side.ids.get(SECRET), partitionData: [{ index: 0, records: records('s') }] }],
    }),
    project: producePartitions,
  },
  {
    name: 'Fetch v17 by the IDs of an allowed and a denied topic',
    user: 'payments-worker',
    api: 1,
    version: 17,
    body: (side) => ({
      maxWaitMs: 10,
      minBytes: 0,
      maxBytes: 1 << 20,
      sessionEpoch: -1,
      replicaState: { replicaId: -1, replicaEpoch: -1 },
      topics: [
        {
          topicId: side.ids.get(COMMANDS),
          partitions: [
            {
              partition: 0,
              fetchOffset: 0,
              partitionMaxBytes: 1 << 20,
              currentLeaderEpoch: -1,
              lastFetchedEpoch: -1,
              logStartOffset: -1,
            },
          ],
        },
        {
          topicId: side.ids.get(SECRET),
          partitions: [
            {
              partition: 0,
              fetchOffset: 0,
              partitionMaxBytes: 1 << 20,
              currentLeaderEpoch: -1,
              lastFetchedEpoch: -1,
              logStartOffset: -1,
            },
          ],
        },
      ],
    }),
    project: fetchPartitions,
  },
  {
    name: 'Fetch v12 of a denied and an allowed topic (by name)',
    user: 'payments-worker',
    api: 1,
    version: 12,
    body: () => ({
      maxWaitMs: 10,
      minBytes: 0,
      maxBytes: 1 << 20,
      sessionEpoch: -1,
      replicaId: -1,
      topics: [
        {
          topic: SECRET,
          partitions: [
            {
              partition: 0,
              fetchOffset: 0,
              partitionMaxBytes: 1 << 20,
              currentLeaderEpoch: -1,
              lastFetchedEpoch: -1,
              logStartOffset: -1,
            },
          ],
        },
        {
          topic: COMMANDS,
          partitions: [
            {
              partition: 0,
              fetchOffset: 0,
              partitionMaxBytes: 1 << 20,
              currentLeaderEpoch: -1,
              lastFetchedEpoch: -1,
              logStartOffset: -1,
            },
          ],
        },
      ],
    }),
    project: fetchPartitions,
  },
  {
    name: 'ListOffsets v7 of a denied and an allowed topic',
    user: 'payments-worker',
    api: 2,
    version: 7,
    body: () => ({
      replicaId: -1,
      topics: [
        { name: SECRET, partitions: [{ partitionIndex: 0, timestamp: -1, currentLeaderEpoch: -1 }] },
        { name: COMMANDS, partitions: [{ partitionIndex: 0, timestamp: -1, currentLeaderEpoch: -1 }] },
      ],
    }),
    project: (r) => r.topics.map((t: any) => [t.name, t.partitions.map((p: any) => p.errorCode)]),
  },
  {
    name: 'OffsetForLeaderEpoch v4 of a denied and an allowed topic',
    user: 'payments-worker',
    api: 23,
    version: 4,
    body: () => ({
      replicaId: -1,
      topics: [
        { topic: SECRET, partitions: [{ partition: 0, currentLeaderEpoch: -1, leaderEpoch: 0 }] },
        { topic: COMMANDS, partitions: [{ partition: 0, currentLeaderEpoch: -1, leaderEpoch: 0 }] },
      ],
    }),
    project: (r) => r.topics.map((t: any) => [t.topic, t.partitions.map((p: any) => p.errorCode)]),
  },
  {
    name: 'OffsetCommit v9 in the allowed group, a denied and an allowed topic',
    user: 'payments-worker',
    api: 8,
    version: 9,
    body: () => ({
      groupId: 'payments-worker',
      generationIdOrMemberEpoch: -1,
      memberId: '',
      topics: [
        { name: SECRET, partitions: [{ partitionIndex: 0, committedOffset: 0, committedLeaderEpoch: -1 }] },
        { name: COMMANDS, partitions: [{ partitionIndex: 0, committedOffset: 0, committedLeaderEpoch: -1 }] },
      ],
    }),
    project: (r) => r.topics.map((t: any) => [t.name, t.partitions.map((p: any) => p.errorCode)]),
  },
  {
    name: 'DescribeGroups v5 of a denied and an allowed group',
    user: 'payments-worker',
    api: 15,
    version: 5,
    body: () => ({ groups: ['other-group', 'payments-worker'], includeAuthorizedOperations: false }),
    project: (r) => r.groups.map((g: any) => [g.groupId, g.errorCode]),
  },
  {
    name: 'DescribeConfigs v4 of two topics, one the principal may not see',
    user: 'analytics',
    api: 32,
    version: 4,
    body: () => ({
      resources: [
        { resourceType: 2, resourceName: SECRET, configurationKeys: null },
        { resourceType: 4, resourceName: '1', configurationKeys: null },
      ],
      includeSynonyms: false,
      includeDocumentation: false,
    }),
    project: (r) => r.results.map((x: any) => [x.resourceType, x.resourceName, x.errorCode]),
  },
  {
    name: 'ListOffsets v7 of a denied topic',
    user: 'analytics',
    api: 2,
    version: 7,
    body: () => ({
      replicaId: -1,
      topics: [
        { name: COMMANDS, partitions: [{ partitionIndex: 0, timestamp: -1, currentLeaderEpoch: -1 }] },
      ],
    }),
    project: (r) =>
      r.topics.map((t: any) => [t.name, t.partitions.map((p: any) => [p.errorCode, Number(p.offset)])]),
  },
  {
    name: 'FindCoordinator v4 for a denied group',
    user: 'payments-worker',
    api: 10,
    version: 4,
    body: () => ({ keyType: 0, coordinatorKeys: ['other-group'] }),
    project: (r) => r.coordinators.map((c: any) => [c.key, c.errorCode, c.nodeId, c.port]),
  },
  {
    name: 'FindCoordinator v4 for a denied and an allowed group in one batch',
    user: 'payments-worker',
    api: 10,
    version: 4,
    body: () => ({ keyType: 0, coordinatorKeys: ['other-group', 'payments-worker'] }),
    project: (r) => r.coordinators.map((c: any) => [c.key, c.errorCode, c.nodeId >= 0]),
  },
  {
    name: 'FindCoordinator v4 for a transactional id nobody may use',
    user: 'payments-api',
    api: 10,
    version: 4,
    body: () => ({ keyType: 1, coordinatorKeys: ['payments-tx'] }),
    project: (r) => r.coordinators.map((c: any) => [c.key, c.errorCode, c.nodeId]),
  },
  {
    name: 'JoinGroup v9 to a denied group',
    user: 'payments-worker',
    api: 11,
    version: 9,
    body: () => ({
      groupId: 'other-group',
      sessionTimeoutMs: 10000,
      rebalanceTimeoutMs: 10000,
      memberId: '',
      protocolType: 'consumer',
      protocols: [{ name: 'range', metadata: Buffer.alloc(0) }],
    }),
    project: (r) => [r.errorCode, r.generationId, r.memberId, r.leader, r.members.length],
  },
  {
    name: 'OffsetCommit v9 in a denied group',
    user: 'payments-worker',
    api: 8,
    version: 9,
    body: () => ({
      groupId: 'other-group',
      generationIdOrMemberEpoch: -1,
      memberId: '',
      topics: [
        { name: COMMANDS, partitions: [{ partitionIndex: 0, committedOffset: 1, committedLeaderEpoch: -1 }] },
      ],
    }),
    project: (r) => r.topics.map((t: any) => [t.name, t.partitions.map((p: any) => p.errorCode)]),
  },
  {
    name: 'OffsetFetch v9 for a denied group and a denied topic in the allowed group',
    user: 'payments-worker',
    api: 9,
    version: 9,
    body: () => ({
      groups: [
        {
          groupId: 'other-group',
          memberId: null,
          memberEpoch: -1,
          topics: [{ name: COMMANDS, partitionIndexes: [0] }],
        },
        {
          groupId: 'payments-worker',
          memberId: null,
          memberEpoch: -1,
          topics: [
            { name: COMMANDS, partitionIndexes: [0] },
            { name: SECRET, partitionIndexes: [0] },
          ],
        },
      ],
    }),
    project: (r) =>
      r.groups.map((g: any) => [
        g.groupId,
        g.errorCode,
        g.topics.map((t: any) => [
          t.name,
          t.partitions.map((p: any) => [p.errorCode, Number(p.committedOffset)]),
        ]),
      ]),
  },
  {
    name: 'ConsumerGroupHeartbeat v0 subscribing to a denied topic',
    user: 'payments-worker',
    api: 68,
    version: 0,
    body: () => ({
      groupId: 'payments-worker',
      memberId: 'm-ref',
      memberEpoch: 0,
      rebalanceTimeoutMs: 30000,
      subscribedTopicNames: [EVENTS, SECRET],
      topicPartitions: [],
    }),
    project: (r) => [r.errorCode, r.assignment === null],
  },
  {
    name: 'InitProducerId v5 for an idempotent producer denied everything',
    user: 'analytics',
    api: 22,
    version: 5,
    body: () => ({ transactionalId: null, transactionTimeoutMs: 60000, producerId: -1, producerEpoch: -1 }),
    project: (r) => [r.errorCode, Number(r.producerId)],
  },
  {
    name: 'InitProducerId v5 for an idempotent producer allowed to write a topic',
    user: 'payments-api',
    api: 22,
    version: 5,
    body: () => ({ transactionalId: null, transactionTimeoutMs: 60000, producerId: -1, producerEpoch: -1 }),
    project: (r) => [r.errorCode, Number(r.producerId) >= 0],
  },
  {
    name: 'DescribeGroups v5 of a denied group',
    user: 'payments-worker',
    api: 15,
    version: 5,
    body: () => ({ groups: ['other-group'], includeAuthorizedOperations: false }),
    project: (r) => r.groups.map((g: any) => [g.groupId, g.errorCode, g.groupState, g.members.length]),
  },
  {
    name: 'CreateTopics v7 without permission',
    user: 'payments-api',
    api: 19,
    version: 7,
    body: () => ({
      topics: [
        { name: 'payments.audit', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] },
      ],
      timeoutMs: 5000,
      validateOnly: false,
    }),
    project: (r) =>
      r.topics.map((t: any) => [
        t.name,
        t.errorCode,
        t.errorMessage,
        t.numPartitions,
        idOrZero(t.topicId, brokerSide),
      ]),
  },
  {
    name: 'DeleteTopics v6 by name without permission',
    user: 'payments-api',
    api: 20,
    version: 6,
    body: () => ({ topics: [{ name: EVENTS, topicId: ZERO_UUID }], timeoutMs: 5000 }),
    project: (r) => r.responses.map((t: any) => [t.name, t.errorCode]),
  },
  {
    name: 'DescribeConfigs v4 of a broker and a topic without permission',
    user: 'payments-worker',
    api: 32,
    version: 4,
    body: () => ({
      resources: [
        { resourceType: 4, resourceName: '1', configurationKeys: null },
        { resourceType: 2, resourceName: EVENTS, configurationKeys: null },
      ],
      includeSynonyms: false,
      includeDocumentation: false,
    }),
    project: (r) =>
      r.results.map((x: any) => [x.resourceType, x.resourceName, x.errorCode, x.configs.length]),
  },
  {
    name: 'Heartbeat v4 in a denied group',
    user: 'payments-worker',
    api: 12,
    version: 4,
    body: () => ({ groupId: 'other-group', generationId: 1, memberId: 'm', groupInstanceId: null }),
    project: errorCodes,
  },
  {
    name: 'SyncGroup v5 in a denied group',
    user: 'payments-worker',
    api: 14,
    version: 5,
    body: () => ({
      groupId: 'other-group',
      generationId: 1,
      memberId: 'm',
      protocolType: 'consumer',
      protocolName: 'range',
      assignments: [],
    }),
    project: (r) => [r.errorCode, r.assignment.length],
  },
  {
    name: 'LeaveGroup v5 from a denied group',
    user: 'payments-worker',
    api: 13,
    version: 5,
    body: () => ({
      groupId: 'other-group',
      members: [{ memberId: 'm', groupInstanceId: null, reason: null }],
    }),
    project: (r) => [r.errorCode, r.members.length],
  },
  {
    name: 'DeleteGroups v2 of a denied group',
    user: 'payments-worker',
    api: 42,
    version: 2,
    body: () => ({ groupsNames: ['other-group'] }),
    project: errorCodes,
  },
  {
    name: 'ConsumerGroupDescribe v0 of a denied group',
    user: 'payments-worker',
    api: 69,
    version: 0,
    body: () => ({ groupIds: ['other-group'], includeAuthorizedOperations: false }),
    project: (r) => r.groups.map((g: any) => [g.groupId, g.errorCode, g.members.length]),
  },
  {
    name: 'InitProducerId v5 with a transactional id nobody may use',
    user: 'payments-api',
    api: 22,
    version: 5,
    body: () => ({
      transactionalId: 'payments-tx',
      transactionTimeoutMs: 60000,
      producerId: -1,
      producerEpoch: -1,
    }),
    project: (r) => [r.errorCode, Number(r.producerId)],
  },
  {
    name: 'AddPartitionsToTxn v3 with a transactional id nobody may use',
    user: 'payments-api',
    api: 24,
    version: 3,
    body: () => ({
      v3AndBelowTransactionalId: 'payments-tx',
      v3AndBelowProducerId: 1,
      v3AndBelowProducerEpoch: 0,
      v3AndBelowTopics: [{ name: COMMANDS, partitions: [0] }],
    }),
    project: errorCodes,
  },
  {
    name: 'EndTxn v4 with a transactional id nobody may use',
    user: 'payments-api',
    api: 26,
    version: 4,
    body: () => ({ transactionalId: 'payments-tx', producerId: 1, producerEpoch: 0, committed: true }),
    project: errorCodes,
  },
  {
    name: 'TxnOffsetCommit v3 with a transactional id nobody may use',
    user: 'payments-worker',
    api: 28,
    version: 3,
    body: () => ({
      transactionalId: 'payments-tx',
      groupId: 'payments-worker',
      producerId: 1,
      producerEpoch: 0,
      generationId: -1,
      memberId: '',
      groupInstanceId: null,
      topics: [
        {
          name: COMMANDS,
          partitions: [
            { partitionIndex: 0, committedOffset: 1, committedLeaderEpoch: -1, committedMetadata: null },
          ],
        },
      ],
    }),
    project: errorCodes,
  },
  {
    name: 'Metadata v12 by an ID no topic has',
    user: 'payments-worker',
    api: 3,
    version: 12,
    body: () => ({
      topics: [{ topicId: 'RAAAAAAAAAAAAAAAAAAABA', name: null }],
      allowAutoTopicCreation: false,
    }),
    project: metadataTopics,
  },
  {
    name: 'Produce v13 to an ID no topic has',
    user: 'payments-worker',
    api: 0,
    version: 13,
    body: () => ({
      acks: -1,
      timeoutMs: 5000,
      topicData: [
        { topicId: 'RAAAAAAAAAAAAAAAAAAABA', partitionData: [{ index: 0, records: records('x') }] },
      ],
    }),
    project: producePartitions,
  },
  {
    name: 'DescribeTopicPartitions v0 of all topics and of a denied one',
    user: 'payments-worker',
    api: 75,
    version: 0,
    body: () => ({ topics: [{ name: SECRET }], responsePartitionLimit: 100, cursor: null }),
    project: (r) => r.topics.map((t: any) => [t.name, t.errorCode, t.partitions.length]),
  },
  {
    name: 'CreatePartitions v3 of a denied topic',
    user: 'payments-worker',
    api: 37,
    version: 3,
    body: () => ({
      topics: [{ name: SECRET, count: 2, assignments: null }],
      timeoutMs: 5000,
      validateOnly: false,
    }),
    project: errorCodes,
  },
  {
    name: 'DescribeProducers v0 of a denied topic',
    user: 'payments-worker',
    api: 61,
    version: 0,
    body: () => ({ topics: [{ name: SECRET, partitionIndexes: [0] }] }),
    project: errorCodes,
  },
  {
    name: 'DescribeTransactions v0 of a transactional id',
    user: 'analytics',
    api: 65,
    version: 0,
    body: () => ({ transactionalIds: ['payments-tx'] }),
    project: errorCodes,
  },
  {
    name: 'DescribeLogDirs v4 without cluster access',
    user: 'analytics',
    api: 35,
    version: 4,
    body: () => ({ topics: null }),
    project: (r) => [r.errorCode, r.results.length],
  },
  {
    name: 'DescribeAcls v3 without cluster access',
    user: 'analytics',
    api: 29,
    version: 3,
    body: () => ({
      resourceTypeFilter: 1,
      resourceNameFilter: null,
      patternTypeFilter: 1,
      principalFilter: null,
      hostFilter: null,
      operation: 1,
      permissionType: 1,
    }),
    project: (r) => [r.errorCode, r.resources.length],
  },
  {
    name: 'CreateAcls v3 without cluster access',
    user: 'analytics',
    api: 30,
    version: 3,
    body: () => ({
      creations: [
        {
          resourceType: 2,
          resourceName: SECRET,
          resourcePatternType: 3,
          principal: 'User:analytics',
          host: '*',
          operation: 3,
          permissionType: 3,
        },
      ],
    }),
    project: errorCodes,
  },
  {
    name: 'DescribeCluster v1 as a principal denied everything',
    user: 'analytics',
    api: 60,
    version: 1,
    body: () => ({ includeClusterAuthorizedOperations: false, endpointType: 1 }),
    project: (r) => [r.errorCode],
  },
  {
    name: 'ListTransactions v1 as a principal denied everything',
    user: 'analytics',
    api: 66,
    version: 1,
    body: () => ({ stateFilters: [], producerIdFilters: [], durationFilter: -1 }),
    project: (r) => [r.errorCode, r.transactionStates.length],
  },
  {
    name: 'Produce v9 with acks=0 to a denied topic (closed, no answer)',
    user: 'payments-worker',
    api: 0,
    version: 9,
    body: () => ({
      acks: 0,
      timeoutMs: 5000,
      topicData: [{ name: SECRET, partitionData: [{ index: 0, records: records('s') }] }],
    }),
    project: producePartitions,
  },
  {
    name: 'Produce with a version above the highest the broker knows (closed)',
    user: 'payments-worker',
    api: 0,
    version: 13,
    patchVersion: 14,
    body: () => ({ acks: -1, timeoutMs: 5000, topicData: [] }),
    project: producePartitions,
  },
  {
    // librdkafka 2.x (confluent-kafka 2.16 AdminClient.list_topics) sends these exact body bytes:
    // 00 00 00 00 and then 01 00 00 after the last field; the broker ignores the rest of the frame.
    name: 'Metadata v13 for all topics with 3 bytes after the body (librdkafka 2.x)',
    user: 'payments-worker',
    api: 3,
    version: 13,
    body: () => ({ topics: null, allowAutoTopicCreation: false }),
    edit: withTrailingBytes(Buffer.from('010000', 'hex')),
    project: metadataTopics,
  },
  {
    name: 'ApiVersions v3 advertises Produce from v0 (KAFKA-18659)',
    user: 'payments-worker',
    api: 18,
    version: 3,
    body: () => ({ clientSoftwareName: 'raw', clientSoftwareVersion: '1' }),
    project: (r) =>
      r.apiKeys.filter((k: any) => k.apiKey === 0).map((k: any) => [k.minVersion, k.maxVersion]),
  },
  ...[0, 1, 2].map((v): Case => ({
    name: `Produce v${v} to an allowed topic (advertised, refused: closed)`,
    user: 'payments-worker',
    api: 0,
    version: 3,
    body: () => ({ acks: -1, timeoutMs: 5000, topicData: [] }),
    edit: produceV0to2(v, EVENTS),
    project: producePartitions,
  })),
  {
    name: 'ListGroups v4 as a principal denied everything',
    user: 'analytics',
    api: 16,
    version: 4,
    body: () => ({ statesFilter: [] }),
    project: (r) => [r.errorCode, r.groups.length],
  },
];

async function ask(side: Side, c: Case): Promise<unknown> {
  const client = await RawClient.connect(side.port);
  try {
    await client.scram(c.user, `${c.user}-secret`);
    const response = await client.call(c.api, c.version, c.body(side), c.patchVersion, c.edit);
    return response === 'closed' ? 'closed' : c.project(response, side);
  } finally {
    client.end();
  }
}

describe('the proxy answers at the wire like the broker with StandardAuthorizer', () => {
  for (const c of CASES) {
    it(`${c.name} (${c.user})`, async () => {
      const fromBroker = await ask(brokerSide, c);
      const fromProxy = await ask(proxySide, c);
      expect(fromProxy).toEqual(fromBroker);
    });
  }
});
