// Red team: answers that could name what the policy hides. The same raw requests (generated
// encoders, after a real SCRAM-SHA-512 exchange) go once to a broker with StandardAuthorizer and the
// ACLs equivalent to the policy below, once through the proxy enforcing that policy in front of a
// broker without an authorizer; what each side answers must be the same.
//
//   User:app     may produce and consume `allowed` and `visible` (group g1), nothing else;
//   User:admin   may consume every topic and group;
//   User:reader  may consume only `shared`, in group g-shared.
// Topics: allowed, secret, shared, visible (3 partitions each; `secret` sorts between them).
//
// Covers: DescribeTopicPartitions cursors (followed page by page, and naming a denied topic),
// KIP-848 group describes of a group whose member is assigned a denied topic (raw and through
// `kafka-consumer-groups --describe`), classic DescribeGroups, and authorized-operations fields.

/* eslint-disable @typescript-eslint/no-explicit-any -- projections read decoded responses of many message types */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AclSpec, KafkaCluster } from '../harness/index.js';
import { runKafkaTool, startKafka } from '../harness/index.js';
import { javaClientProperties, writePropertiesFile } from '../harness/client-endpoint.js';
import { startPolicyProxy, type PolicyProxy } from '../../demo/policy-proxy.js';
import { RawClient, records } from './policy-raw-client.js';
import { requestFrame } from '../unit/enforcement/scenario-support.js';

const USERS = ['app', 'admin', 'reader'] as const;
type User = (typeof USERS)[number];
const TOPICS = ['allowed', 'secret', 'shared', 'visible'];

const POLICY = `apiVersion: kafka-l7-proxy/v1
kind: KafkaPolicy
identities: [{ sasl: {} }]
rules:
  - principal: User:app
    allow:
      - { role: produce, topic: allowed }
      - { role: produce, topic: visible }
      - { role: consume, topic: allowed, group: g1 }
      - { role: consume, topic: visible, group: g1 }
      - { apiKey: DescribeTopicPartitions, topic: allowed }
      - { apiKey: DescribeTopicPartitions, topic: visible }
  - principal: User:admin
    allow:
      - { role: consume }
      - { apiKey: DescribeTopicPartitions }
  - principal: User:reader
    allow:
      - { role: consume, topic: shared, group: g-shared }
      - { apiKey: DescribeTopicPartitions, topic: shared }
`;

const acl = (
  principal: string,
  resourceType: AclSpec['resourceType'],
  resourceName: string,
  operation: AclSpec['operation'],
): AclSpec => ({ principal: `User:${principal}`, resourceType, resourceName, operation });

/** The same permissions as POLICY, as Kafka ACLs. */
const ACLS: AclSpec[] = [
  ...['allowed', 'visible'].flatMap((t) => [
    acl('app', 'topic', t, 'read'),
    acl('app', 'topic', t, 'write'),
    acl('app', 'topic', t, 'describe'),
  ]),
  acl('app', 'group', 'g1', 'read'),
  acl('admin', 'topic', '*', 'read'),
  acl('admin', 'group', '*', 'read'),
  acl('reader', 'topic', 'shared', 'read'),
  acl('reader', 'group', 'g-shared', 'read'),
];

interface Side {
  name: 'reference' | 'proxy';
  port: number;
  cluster: KafkaCluster;
}

let reference: KafkaCluster;
let plain: KafkaCluster;
let stack: PolicyProxy;
let policyDir: string;
let sides: Side[];

async function ask<T = any>(
  side: Side,
  user: User,
  api: number,
  version: number,
  body: unknown,
): Promise<T | 'closed'> {
  const client = await RawClient.connect(side.port);
  try {
    await client.scram(user, `${user}-secret`);
    return await client.call<T>(api, version, body);
  } finally {
    client.end();
  }
}

/** Retries `probe` until `done` holds for its result (generous bound: the machine is shared). */
async function until<T>(probe: () => Promise<T>, done: (t: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const t = await probe();
    if (done(t)) return t;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(t)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Creates a 3-partition topic. kafkajs's leader wait sometimes reports "This server does not host
 * this topic-partition" on a 1-node broker although the topic was created: then wait until the
 * harness admin listener (a super user) sees all its partitions with a leader.
 */
async function createTopic(cluster: KafkaCluster, topic: string): Promise<void> {
  try {
    await cluster.createTopic(topic, 3, 1);
  } catch (error) {
    if (!String((error as Error).message).includes('does not host this topic-partition')) throw error;
    const port = Number((cluster.adminConfig.brokers as string[])[0]!.split(':')[1]);
    await until(
      async () => {
        const client = await RawClient.connect(port);
        try {
          return await client.call<any>(3, 12, {
            topics: [{ topicId: 'AAAAAAAAAAAAAAAAAAAAAA', name: topic }],
            allowAutoTopicCreation: false,
          });
        } finally {
          client.end();
        }
      },
      (r) =>
        r !== 'closed' &&
        r.topics[0].errorCode === 0 &&
        r.topics[0].partitions.filter((p: any) => p.leaderId >= 0).length === 3,
      `topic ${topic} on ${cluster.bootstrap}`,
    );
  }
}

beforeAll(async () => {
  const scram = { users: USERS.map((name) => ({ name, password: `${name}-secret` })) };
  [reference, plain] = await Promise.all([
    startKafka({ nodes: 1, scram, authorizer: { superUsers: [] } }),
    startKafka({ nodes: 1, scram }),
  ]);
  for (const cluster of [reference, plain]) {
    for (const topic of TOPICS) await createTopic(cluster, topic);
  }
  await reference.addAcls(ACLS);
  policyDir = mkdtempSync(join(tmpdir(), 'red-team-responses-'));
  writeFileSync(join(policyDir, 'policy.yaml'), POLICY);
  stack = await startPolicyProxy(plain, join(policyDir, 'policy.yaml'));
  sides = [
    { name: 'reference', port: reference.nodes[0]!.port, cluster: reference },
    { name: 'proxy', port: stack.proxy.bootstrapPort, cluster: plain },
  ];
  // The first group request creates the offsets topic: wait until both coordinators answer.
  for (const side of sides) {
    await until(
      () => ask(side, 'admin', 10, 4, { keyType: 0, coordinatorKeys: ['g-shared'] }),
      (r) => r !== 'closed' && r.coordinators[0].errorCode === 0,
      `the group coordinator of the ${side.name}`,
    );
  }
}, 300_000);

afterAll(async () => {
  await stack?.stop();
  await plain?.stop();
  await reference?.stop();
  if (policyDir) rmSync(policyDir, { recursive: true, force: true });
});

/** Both sides' projections of the same request. */
async function both(
  user: User,
  api: number,
  version: number,
  body: unknown,
  project: (r: any) => unknown,
): Promise<{ reference: unknown; proxy: unknown }> {
  const [r, p] = await Promise.all(
    sides.map(async (side) => {
      const response = await ask(side, user, api, version, body);
      return response === 'closed' ? 'closed' : project(response);
    }),
  );
  return { reference: r, proxy: p };
}

const page = (r: any): unknown => ({
  topics: r.topics.map((t: any) => [t.name, t.errorCode, t.partitions.map((p: any) => p.partitionIndex)]),
  nextCursor: r.nextCursor === null ? null : [r.nextCursor.topicName, r.nextCursor.partitionIndex],
});

describe('DescribeTopicPartitions cursors never name a topic the caller may not describe', () => {
  it('a page ending on the last allowed topic before a denied one has no NextCursor (failing input 3)', async () => {
    const { reference: r, proxy: p } = await both(
      'app',
      75,
      0,
      { topics: [], responsePartitionLimit: 1, cursor: { topicName: 'allowed', partitionIndex: 2 } },
      page,
    );
    expect(r).toEqual({ topics: [['allowed', 0, [2]]], nextCursor: ['visible', 0] });
    expect(p).toEqual(r);
  });

  it('a page ending on the only topic the caller may describe has no NextCursor', async () => {
    const { reference: r, proxy: p } = await both(
      'reader',
      75,
      0,
      { topics: [], responsePartitionLimit: 1, cursor: { topicName: 'shared', partitionIndex: 2 } },
      page,
    );
    expect(r).toEqual({ topics: [['shared', 0, [2]]], nextCursor: null });
    expect(p).toEqual(r);
  });

  it('following the cursors of an all-topics listing, page by page, gives the same pages', async () => {
    const pages = async (side: Side): Promise<unknown[]> => {
      const out: unknown[] = [];
      let cursor: { topicName: string; partitionIndex: number } | null = null;
      for (let i = 0; i < 20; i++) {
        const r: any = await ask(side, 'app', 75, 0, { topics: [], responsePartitionLimit: 2, cursor });
        if (r === 'closed') return [...out, 'closed'];
        out.push(page(r));
        if (r.nextCursor === null) return out;
        cursor = { topicName: r.nextCursor.topicName, partitionIndex: r.nextCursor.partitionIndex };
      }
      return [...out, 'too many pages'];
    };
    const [r, p] = await Promise.all(sides.map(pages));
    expect(JSON.stringify(r)).not.toContain('secret');
    expect(p).toEqual(r);
  });

  it('a cursor naming a denied topic lists the allowed topics after it', async () => {
    const { reference: r, proxy: p } = await both(
      'app',
      75,
      0,
      { topics: [], responsePartitionLimit: 10, cursor: { topicName: 'secret', partitionIndex: 1 } },
      page,
    );
    expect(r).toEqual({ topics: [['visible', 0, [0, 1, 2]]], nextCursor: null });
    expect(p).toEqual(r);
  });

  it('a named listing whose cursor names a denied topic answers it 29 after the allowed ones', async () => {
    const { reference: r, proxy: p } = await both(
      'app',
      75,
      0,
      {
        topics: [{ name: 'allowed' }, { name: 'secret' }, { name: 'visible' }],
        responsePartitionLimit: 10,
        cursor: { topicName: 'secret', partitionIndex: 1 },
      },
      page,
    );
    expect(r).toEqual({
      topics: [
        ['visible', 0, [0, 1, 2]],
        ['secret', 29, []],
      ],
      nextCursor: null,
    });
    expect(p).toEqual(r);
  });
});

/** Joins `group` as a KIP-848 member subscribed to `topics` and waits until its target assignment names them all. */
async function kip848Member(side: Side, group: string, topics: string[]): Promise<void> {
  const memberId = randomUUID();
  const heartbeat = { groupId: group, memberId, memberEpoch: 0, instanceId: null, rackId: null };
  await until(
    async () => {
      const r: any = await ask(side, 'admin', 68, 1, {
        ...heartbeat,
        rebalanceTimeoutMs: 60_000,
        subscribedTopicNames: topics,
        subscribedTopicRegex: null,
        serverAssignor: null,
        topicPartitions: [],
      });
      if (r === 'closed' || r.errorCode !== 0) return r;
      const d: any = await ask(side, 'admin', 69, 1, {
        groupIds: [group],
        includeAuthorizedOperations: false,
      });
      return d;
    },
    (d: any) =>
      d !== 'closed' &&
      d.groups?.[0]?.errorCode === 0 &&
      topics.every((t) =>
        d.groups[0].members.some((m: any) =>
          m.targetAssignment.topicPartitions.some((tp: any) => tp.topicName === t),
        ),
      ),
    `the KIP-848 member of ${group} on the ${side.name} to be assigned ${topics.join(', ')}`,
  );
}

describe('group describes do not reveal topics the caller may not describe', () => {
  beforeAll(async () => {
    await Promise.all(sides.map((side) => kip848Member(side, 'g-shared', ['shared', 'secret'])));
  }, 200_000);

  it('ConsumerGroupDescribe of a group whose member is assigned a denied topic is answered 29 with no members (failing input 4)', async () => {
    const { reference: r, proxy: p } = await both(
      'reader',
      69,
      1,
      { groupIds: ['g-shared'], includeAuthorizedOperations: true },
      (x) =>
        x.groups.map((g: any) => [
          g.groupId,
          g.errorCode,
          g.errorMessage,
          g.members.length,
          g.authorizedOperations,
        ]),
    );
    expect(r).toEqual([
      [
        'g-shared',
        29,
        'The group has described topic(s) that the client is not authorized to describe.',
        0,
        -2147483648,
      ],
    ]);
    expect(p).toEqual(r);
  });

  it("a caller who may describe every topic of the group sees it, with the policy's group operations", async () => {
    const { reference: r, proxy: p } = await both(
      'admin',
      69,
      1,
      { groupIds: ['g-shared'], includeAuthorizedOperations: true },
      (x) =>
        x.groups.map((g: any) => [
          g.groupId,
          g.errorCode,
          g.members.length,
          g.authorizedOperations,
          g.members
            .flatMap((m: any) => m.targetAssignment.topicPartitions.map((tp: any) => tp.topicName))
            .sort(),
        ]),
    );
    expect(r).toEqual([['g-shared', 0, 1, expect.any(Number), expect.arrayContaining(['secret', 'shared'])]]);
    expect(p).toEqual(r);
  });

  it('kafka-consumer-groups --describe through the proxy shows no denied topic, as against the reference', async () => {
    const describeWith = async (side: Side): Promise<string> => {
      const endpoint = { ...side.cluster.endpoint({ user: 'reader' }), bootstrap: `127.0.0.1:${side.port}` };
      const config = writePropertiesFile(javaClientProperties(endpoint));
      try {
        const result = await runKafkaTool(
          'org.apache.kafka.tools.consumer.group.ConsumerGroupCommand',
          [
            '--bootstrap-server',
            endpoint.bootstrap,
            '--command-config',
            config,
            '--describe',
            '--group',
            'g-shared',
            '--members',
            '--verbose',
          ],
          { timeoutMs: 120_000 },
        );
        return `${result.stdout}\n${result.stderr}`;
      } finally {
        rmSync(dirname(config), { recursive: true, force: true });
      }
    };
    const [r, p] = await Promise.all(sides.map(describeWith));
    expect(r).not.toContain('secret');
    expect(p).not.toContain('secret');
    expect(r).toContain('TopicAuthorizationException');
    expect(p).toContain('TopicAuthorizationException');
  }, 300_000);
});

describe('authorized-operations fields are those the policy grants (failing input 5)', () => {
  it('DescribeCluster: a principal whose rules name topics holds no cluster operation', async () => {
    const { reference: r, proxy: p } = await both(
      'app',
      60,
      1,
      { includeClusterAuthorizedOperations: true, endpointType: 1 },
      (x) => [x.errorCode, x.clusterAuthorizedOperations],
    );
    expect(r).toEqual([0, 0]);
    expect(p).toEqual(r);
  });

  it('Metadata v10: topic and cluster operations', async () => {
    const { reference: r, proxy: p } = await both(
      'app',
      3,
      10,
      {
        topics: [{ topicId: 'AAAAAAAAAAAAAAAAAAAAAA', name: 'allowed' }],
        allowAutoTopicCreation: false,
        includeClusterAuthorizedOperations: true,
        includeTopicAuthorizedOperations: true,
      },
      (x) => [
        x.clusterAuthorizedOperations,
        x.topics.map((t: any) => [t.name, t.errorCode, t.topicAuthorizedOperations]),
      ],
    );
    // Read (3), Write (4) and Describe (8).
    expect(r).toEqual([0, [['allowed', 0, (1 << 3) | (1 << 4) | (1 << 8)]]]);
    expect(p).toEqual(r);
  });

  it('DescribeTopicPartitions: topic operations', async () => {
    const { reference: r, proxy: p } = await both(
      'reader',
      75,
      0,
      { topics: [{ name: 'shared' }], responsePartitionLimit: 10, cursor: null },
      (x) => x.topics.map((t: any) => [t.name, t.errorCode, t.topicAuthorizedOperations]),
    );
    expect(r).toEqual([['shared', 0, (1 << 3) | (1 << 8)]]);
    expect(p).toEqual(r);
  });

  it('DescribeGroups v5: group operations', async () => {
    const { reference: r, proxy: p } = await both(
      'app',
      15,
      5,
      { groups: ['g1'], includeAuthorizedOperations: true },
      (x) => x.groups.map((g: any) => [g.groupId, g.errorCode, g.authorizedOperations]),
    );
    expect(r).toEqual([['g1', 0, (1 << 3) | (1 << 8)]]);
    expect(p).toEqual(r);
  });
});

describe('divergences from the reference that leak nothing are gone', () => {
  const ids = new Map<string, Map<string, string>>();
  const idOf = (side: Side, topic: string): string => ids.get(side.name)!.get(topic)!;
  const nameOfId = (side: Side, id: string): string =>
    [...ids.get(side.name)!].find(([, v]) => v === id)?.[0] ??
    (id === 'AAAAAAAAAAAAAAAAAAAAAA' ? 'zero' : 'other');

  beforeAll(async () => {
    for (const side of sides) {
      const port = Number((side.cluster.adminConfig.brokers as string[])[0]!.split(':')[1]);
      const client = await RawClient.connect(port);
      try {
        const r: any = await client.call(3, 12, { topics: null, allowAutoTopicCreation: false });
        ids.set(side.name, new Map(r.topics.map((t: any) => [t.name, t.topicId])));
      } finally {
        client.end();
      }
    }
    // Clients learn topic IDs from Metadata answers that pass the proxy; so does the proxy.
    await ask(sides[1]!, 'admin', 3, 12, { topics: null, allowAutoTopicCreation: false });
  });

  /** Both sides' answers, projected with the side (for topic IDs). */
  async function bothWith(
    user: User,
    api: number,
    version: number,
    body: (side: Side) => unknown,
    project: (r: any, side: Side) => unknown,
  ): Promise<{ reference: unknown; proxy: unknown }> {
    const [r, p] = await Promise.all(
      sides.map(async (side) => {
        const response = await ask(side, user, api, version, body(side));
        return response === 'closed' ? 'closed' : project(response, side);
      }),
    );
    return { reference: r, proxy: p };
  }

  const produceCodes = (x: any): unknown =>
    x.responses.map((t: any) => [t.name, t.partitionResponses.map((p: any) => p.errorCode)]);
  const produceWithTxnId = (topic: string) => () => ({
    transactionalId: 'tx-not-mine',
    acks: -1,
    timeoutMs: 5000,
    topicData: [{ name: topic, partitionData: [{ index: 0, records: records('v') }] }],
  });

  it('Produce naming a transactional id with an ordinary batch is authorized on its topic alone (denied topic: 29)', async () => {
    const { reference: r, proxy: p } = await bothWith('app', 0, 9, produceWithTxnId('secret'), produceCodes);
    expect(r).toEqual([['secret', [29]]]);
    expect(p).toEqual(r);
  });

  it('Produce naming a transactional id with an ordinary batch is written to an allowed topic', async () => {
    const { reference: r, proxy: p } = await bothWith('app', 0, 9, produceWithTxnId('allowed'), produceCodes);
    expect(r).toEqual([['allowed', [0]]]);
    expect(p).toEqual(r);
  });

  it('AddPartitionsToTxn v4 (broker to coordinator) is answered CLUSTER_AUTHORIZATION_FAILED', async () => {
    const { reference: r, proxy: p } = await bothWith(
      'app',
      24,
      4,
      () => ({
        transactions: [
          {
            transactionalId: 'tx-x',
            producerId: 1n,
            producerEpoch: 0,
            verifyOnly: false,
            topics: [{ name: 'allowed', partitions: [0] }],
          },
        ],
        v3AndBelowTransactionalId: '',
        v3AndBelowProducerId: 0n,
        v3AndBelowProducerEpoch: 0,
        v3AndBelowTopics: [],
      }),
      (x) => [x.errorCode, x.resultsByTransaction.length, x.resultsByTopicV3AndBelow.length],
    );
    expect(r).toEqual([31, 0, 0]);
    expect(p).toEqual(r);
  });

  it('WriteTxnMarkers from a client is answered CLUSTER_AUTHORIZATION_FAILED, not closed', async () => {
    const { reference: r, proxy: p } = await bothWith(
      'app',
      27,
      1,
      () => ({
        markers: [
          {
            producerId: 7n,
            producerEpoch: 0,
            transactionResult: true,
            topics: [{ name: 'allowed', partitionIndexes: [0] }],
            coordinatorEpoch: 0,
          },
        ],
      }),
      (x) =>
        x.markers.map((m: any) => [
          Number(m.producerId),
          m.topics.map((t: any) => [t.name, t.partitions.map((q: any) => [q.partitionIndex, q.errorCode])]),
        ]),
    );
    expect(r).toEqual([[7, [['allowed', [[0, 31]]]]]]);
    expect(p).toEqual(r);
  });

  it('ReadShareGroupState from a client is answered CLUSTER_AUTHORIZATION_FAILED, not closed', async () => {
    const { reference: r, proxy: p } = await bothWith(
      'app',
      84,
      0,
      (side) => ({
        groupId: 'g1',
        topics: [{ topicId: idOf(side, 'allowed'), partitions: [{ partition: 0, leaderEpoch: 0 }] }],
      }),
      (x, side) =>
        x.results.map((t: any) => [
          nameOfId(side, t.topicId),
          t.partitions.map((q: any) => [
            q.partition,
            q.errorCode,
            q.errorMessage,
            q.stateEpoch,
            Number(q.startOffset),
            q.stateBatches.length,
          ]),
        ]),
    );
    expect(r).toEqual([['allowed', [[0, 31, 'Cluster authorization failed.', 0, 0, 0]]]]);
    expect(p).toEqual(r);
  });

  it('Metadata v12 naming one topic with the ID of a denied one answers the ID 29', async () => {
    const { reference: r, proxy: p } = await bothWith(
      'app',
      3,
      12,
      (side) => ({
        topics: [{ topicId: idOf(side, 'secret'), name: 'allowed' }],
        allowAutoTopicCreation: false,
      }),
      (x, side) =>
        x.topics.map((t: any) => [t.name, t.errorCode, nameOfId(side, t.topicId), t.partitions.length]),
    );
    expect(r).toEqual([[null, 29, 'secret', 0]]);
    expect(p).toEqual(r);
  });

  it('a valid request followed by garbage in the same write is answered, then the connection closes', async () => {
    const outcome = async (side: Side): Promise<{ answers: number; closed: boolean }> => {
      const client = await RawClient.connect(side.port);
      try {
        await client.scram('app', 'app-secret');
        const valid = requestFrame(
          3,
          12,
          { topics: null, allowAutoTopicCreation: false },
          client.nextCorrelationId(),
        );
        // A frame whose size is negative: no broker reads past it.
        return await client.sendRawUntilClosed(
          Buffer.concat([valid, Buffer.from([0xff, 0xff, 0xff, 0xfe, 0, 0])]),
          30_000,
        );
      } finally {
        client.end();
      }
    };
    const [r, p] = await Promise.all(sides.map(outcome));
    expect(r).toEqual({ answers: 1, closed: true });
    expect(p).toEqual(r);
  });
});
