// Red team: fetch sessions (KIP-227) against real Kafka 4.1. The same raw Fetch v17 sequences (built
// by the generated encoders, after a real SCRAM-SHA-512 exchange) go once to a broker with
// StandardAuthorizer and ACLs equivalent to the policy (the reference), once through the proxy
// enforcing the policy in front of a broker without an authorizer. For every answer the error codes,
// the topics and partitions and whether records came back must be the same: where they differ, the
// proxy is wrong. The sequences are issue 11's failing inputs 1 and 2 as written, a session reused
// across principals, revoked by a hot reload, after its principal tried to authenticate again as
// someone else, guessed ids, and an incremental fetch adding only a denied topic.

/* eslint-disable @typescript-eslint/no-explicit-any -- projections read decoded Fetch responses */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import kafkajs from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AclSpec, KafkaCluster } from '../harness/index.js';
import { startKafka } from '../harness/index.js';
import { startPolicyProxy, type PolicyProxy } from '../../demo/policy-proxy.js';
import { RawClient } from './policy-raw-client.js';
import { topicIdsOf } from './red-team-sides.js';

const ALLOWED = 'allowed';
const SECRET = 'secret';
const USERS = ['app', 'app2', 'admin'] as const;
type User = (typeof USERS)[number];

const POLICY = (app2MayReadSecret: boolean): string => `apiVersion: kafka-l7-proxy/v1
kind: KafkaPolicy
identities:
  - sasl: {}
rules:
  - principal: User:app
    allow:
      - { role: produce, topic: ${ALLOWED} }
      - { role: consume, topic: ${ALLOWED}, group: g1 }
  - principal: User:admin
    allow:
      - { role: consume, topic: '*', group: '*' }
  - principal: User:app2
    allow:
      - { role: consume, topic: ${ALLOWED}, group: g2 }
${app2MayReadSecret ? `      - { role: consume, topic: ${SECRET}, group: g2 }\n` : ''}`;

const acl = (
  user: User,
  resourceType: AclSpec['resourceType'],
  resourceName: string,
  operation: AclSpec['operation'],
): AclSpec => ({ principal: `User:${user}`, resourceType, resourceName, operation });

/** The policy above as ACLs of the reference broker. */
const ACLS: AclSpec[] = [
  acl('app', 'topic', ALLOWED, 'read'),
  acl('app', 'topic', ALLOWED, 'describe'),
  acl('app', 'topic', ALLOWED, 'write'),
  acl('app', 'group', 'g1', 'read'),
  acl('admin', 'topic', '*', 'read'),
  acl('admin', 'topic', '*', 'describe'),
  acl('admin', 'group', '*', 'read'),
  acl('app2', 'topic', ALLOWED, 'read'),
  acl('app2', 'topic', ALLOWED, 'describe'),
  acl('app2', 'topic', SECRET, 'read'),
  acl('app2', 'topic', SECRET, 'describe'),
  acl('app2', 'group', 'g2', 'read'),
];

/** The reload's revocation, on the reference: DENY wins over ALLOW in StandardAuthorizer. */
const REVOKE: AclSpec[] = [
  { ...acl('app2', 'topic', SECRET, 'read'), permission: 'deny' },
  { ...acl('app2', 'topic', SECRET, 'describe'), permission: 'deny' },
];

interface Side {
  name: 'reference' | 'proxy';
  /** Where a client connects: the broker itself, or the proxy's listener for the broker's node. */
  port: number;
  /** The proxy's bootstrap listener (the reference has one port). */
  bootstrapPort: number;
  ids: Map<string, string>;
  /** Applies the revocation (ACL or policy reload) and resolves once it is in force. */
  revoke(): Promise<void>;
}

const users = { users: USERS.map((name) => ({ name, password: `${name}-secret` })) };
// Re-authentication (KIP-368) is only possible when the broker bounds session lifetimes.
const serverProperties = { 'connections.max.reauth.ms': '600000' };
// Two brokers start at once on a machine shared with other test runs: a generous bound.
const readyTimeoutMs = 240_000;
let reference: KafkaCluster;
let plain: KafkaCluster;
let stack: PolicyProxy;
let policyPath: string;
let sides: Side[];

async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  [reference, plain] = await Promise.all([
    startKafka({ nodes: 1, scram: users, authorizer: { superUsers: [] }, serverProperties, readyTimeoutMs }),
    startKafka({ nodes: 1, scram: users, serverProperties, readyTimeoutMs }),
  ]);
  for (const cluster of [reference, plain]) {
    for (const topic of [ALLOWED, SECRET]) {
      // kafkajs's wait for leaders can fail with UNKNOWN_TOPIC_OR_PARTITION on a busy machine after
      // the topic was created; the writes below wait until every partition takes records.
      await cluster.createTopic(topic, 3, 1).catch((error: Error) => {
        if (!error.message.includes('does not host this topic-partition')) throw error;
      });
    }
    const producer = new kafkajs.Kafka({
      ...cluster.adminConfig,
      logLevel: kafkajs.logLevel.NOTHING,
    }).producer();
    await producer.connect();
    for (const topic of [ALLOWED, SECRET]) {
      // A topic just created may not be served by its leader yet: retry until the write is taken.
      await waitFor(`a record in every partition of ${topic}`, () =>
        producer
          .send({
            topic,
            messages: [0, 1, 2].map((partition) => ({ partition, value: `${topic}-${partition}` })),
          })
          .then(
            () => true,
            () => undefined,
          ),
      );
    }
    await producer.disconnect();
  }
  await reference.addAcls(ACLS);
  policyPath = join(mkdtempSync(join(tmpdir(), 'red-team-fetch-')), 'policy.yaml');
  writeFileSync(policyPath, POLICY(true));
  stack = await startPolicyProxy(plain, policyPath);
  // The proxy's own lookups cannot authenticate to this SASL broker: it learns the nodes and the
  // topic IDs from the Metadata answers clients receive, as in a deployment without upstream.sasl.
  const learn = await RawClient.connect(stack.proxy.bootstrapPort);
  await learn.scram('admin', 'admin-secret');
  await learn.call(3, 12, { topics: null, allowAutoTopicCreation: false });
  learn.end();
  const nodeId = plain.nodes[0]!.nodeId;
  const proxyNodePort = await waitFor('the proxy listener of the node', () => stack.proxy.nodePort(nodeId));
  const refPort = reference.nodes[0]!.port;
  sides = [
    {
      name: 'reference',
      port: refPort,
      bootstrapPort: refPort,
      ids: await topicIdsOf({ cluster: reference }),
      revoke: () => reference.addAcls(REVOKE),
    },
    {
      name: 'proxy',
      port: proxyNodePort,
      bootstrapPort: stack.proxy.bootstrapPort,
      ids: await topicIdsOf({ cluster: plain }),
      revoke: async () => {
        const before = stack.enforcement.store.generation;
        writeFileSync(policyPath, POLICY(false));
        await waitFor('the reload', () => (stack.enforcement.store.generation > before ? true : undefined));
      },
    },
  ];
}, 600_000);

afterAll(async () => {
  await stack?.stop();
  await Promise.all([plain?.stop(), reference?.stop()]);
});

type Topics = Array<[topic: string, partitions: number[]]>;

/** Fetch v17 by topic ID, every partition from offset 0. */
function fetchBody(side: Side, sessionId: number, sessionEpoch: number, topics: Topics = []): unknown {
  return {
    maxWaitMs: 10,
    minBytes: 0,
    maxBytes: 1 << 20,
    sessionId,
    sessionEpoch,
    replicaState: { replicaId: -1, replicaEpoch: -1 },
    topics: topics.map(([topic, partitions]) => ({
      topicId: side.ids.get(topic),
      partitions: partitions.map((partition) => ({
        partition,
        fetchOffset: 0,
        partitionMaxBytes: 1 << 20,
        currentLeaderEpoch: -1,
        lastFetchedEpoch: -1,
        logStartOffset: -1,
      })),
    })),
    forgottenTopicsData: [],
  };
}

/** What a client learns from a Fetch answer: error, whether it names a session, and per partition its code and whether records came. */
function seen(side: Side, r: any): unknown {
  if (r === 'closed') return 'closed';
  const name = (id: string): string => [...side.ids].find(([, v]) => v === id)?.[0] ?? 'unknown-id';
  return {
    errorCode: r.errorCode,
    session: r.sessionId !== 0,
    topics: r.responses.map((t: any) => [
      name(t.topicId),
      t.partitions.map((p: any) => [p.partitionIndex, p.errorCode, (p.records?.length ?? 0) > 0]),
    ]),
  };
}

async function connect(side: Side, user: User, port = side.port): Promise<RawClient> {
  const client = await RawClient.connect(port);
  await client.scram(user, `${user}-secret`);
  return client;
}

async function fetch(
  client: RawClient,
  side: Side,
  id: number,
  epoch: number,
  topics: Topics = [],
): Promise<any> {
  return client.call<any>(1, 17, fetchBody(side, id, epoch, topics));
}

/** Runs `steps` on both sides, one after the other, and returns what each saw. */
async function onBothSides(steps: (side: Side) => Promise<unknown[]>): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const side of sides) out[side.name] = await steps(side);
  return out;
}

const SECRET_REFUSED = [
  SECRET,
  [
    [0, 29, false],
    [1, 29, false],
    [2, 29, false],
  ],
];

describe('fetch sessions: the proxy answers like StandardAuthorizer and never returns records of a denied topic', () => {
  for (const listener of ['node', 'bootstrap'] as const) {
    it(`failing input 1: a session opened by User:admin is read by User:app after a sessionless fetch (${listener} listener)`, async () => {
      const seenBy = await onBothSides(async (side) => {
        const port = listener === 'node' ? side.port : side.bootstrapPort;
        const admin = await connect(side, 'admin', port);
        const app = await connect(side, 'app', port);
        try {
          const opened = await fetch(admin, side, 0, 0, [[SECRET, [0, 1, 2]]]);
          const s = opened.sessionId as number;
          const sessionless = await fetch(app, side, 0, -1, [[ALLOWED, [0]]]);
          const reused = await fetch(app, side, s, 1);
          return [seen(side, opened), seen(side, sessionless), seen(side, reused)];
        } finally {
          admin.end();
          app.end();
        }
      });
      expect(seenBy.proxy).toEqual(seenBy.reference);
      expect(seenBy.reference![2]).toEqual({ errorCode: 0, session: true, topics: [SECRET_REFUSED] });
    });
  }

  it('a session reused by another principal that adds its own topic: that topic served, every partition of the session refused', async () => {
    const seenBy = await onBothSides(async (side) => {
      const admin = await connect(side, 'admin');
      const app = await connect(side, 'app');
      try {
        const s = (await fetch(admin, side, 0, 0, [[SECRET, [0, 1, 2]]])).sessionId as number;
        const added = await fetch(app, side, s, 1, [[ALLOWED, [1]]]);
        const again = await fetch(app, side, s, 2);
        // The session's owner gets the session back at the next epoch, and reads everything.
        const owner = await fetch(admin, side, s, 3);
        return [seen(side, added), seen(side, again), seen(side, owner)];
      } finally {
        admin.end();
        app.end();
      }
    });
    expect(seenBy.proxy).toEqual(seenBy.reference);
    expect((seenBy.reference![0] as any).topics).toContainEqual(SECRET_REFUSED);
  });

  it('the 71-vs-29 divergence: an incremental fetch adding only a denied topic keeps the broker epoch in step (29, then 29 again at the next epoch)', async () => {
    const seenBy = await onBothSides(async (side) => {
      const app = await connect(side, 'app');
      try {
        const s = (await fetch(app, side, 0, 0, [[ALLOWED, [0]]])).sessionId as number;
        const addDenied = await fetch(app, side, s, 1, [[SECRET, [0, 1, 2]]]);
        const next = await fetch(app, side, s, 2);
        return [seen(side, addDenied), seen(side, next)];
      } finally {
        app.end();
      }
    });
    expect(seenBy.proxy).toEqual(seenBy.reference);
    expect((seenBy.reference![1] as any).errorCode).toBe(0);
    expect((seenBy.reference![1] as any).topics).toContainEqual(SECRET_REFUSED);
  });

  it('guessed session ids: an unknown id is answered 70, a live id with a wrong epoch 71, with nothing else', async () => {
    const seenBy = await onBothSides(async (side) => {
      const admin = await connect(side, 'admin');
      const app = await connect(side, 'app');
      try {
        const s = (await fetch(admin, side, 0, 0, [[SECRET, [0, 1, 2]]])).sessionId as number;
        const unknownId = await fetch(app, side, s === 0x7fffffff ? 1 : s + 1, 1);
        const wrongEpoch = await fetch(app, side, s, 5);
        const zero = await fetch(app, side, 0, 3);
        return [seen(side, unknownId), seen(side, wrongEpoch), seen(side, zero)];
      } finally {
        admin.end();
        app.end();
      }
    });
    expect(seenBy.proxy).toEqual(seenBy.reference);
    expect(seenBy.reference).toEqual([
      { errorCode: 70, session: false, topics: [] },
      { errorCode: 71, session: false, topics: [] },
      { errorCode: 70, session: false, topics: [] },
    ]);
  });

  it("after the session's principal tries to authenticate again as someone else: refused, the connection stays the session principal's, the someone else gets 29", async () => {
    const seenBy = await onBothSides(async (side) => {
      const admin = await connect(side, 'admin');
      const app = await connect(side, 'app');
      try {
        const s = (await fetch(admin, side, 0, 0, [[SECRET, [0, 1, 2]]])).sessionId as number;
        // KIP-368: the same principal may authenticate again and keep reading its session...
        await admin.scram('admin', 'admin-secret');
        const afterSameUser = await fetch(admin, side, s, 1);
        // ...another one may not: the broker refuses a changed principal.
        const switched = await admin.scram('app', 'app-secret').then(
          () => 'accepted',
          (error: Error) => `refused: ${error.message.includes('closed') ? 'closed' : 'error'}`,
        );
        // The broker keeps the connection and the principal it had authenticated.
        const afterSwitch = seen(side, await fetch(admin, side, s, 2));
        const reused = await fetch(app, side, s, 3);
        return [seen(side, afterSameUser), switched, afterSwitch, seen(side, reused)];
      } finally {
        admin.end();
        app.end();
      }
    });
    expect(seenBy.proxy).toEqual(seenBy.reference);
    expect(seenBy.reference![3]).toEqual({ errorCode: 0, session: true, topics: [SECRET_REFUSED] });
  });

  it("a client's fetch posing as a follower (ReplicaId 1) gets 29 on every partition, even of a topic it may read", async () => {
    const seenBy = await onBothSides(async (side) => {
      const app = await connect(side, 'app');
      try {
        const body = fetchBody(side, 0, -1, [[ALLOWED, [0, 1]]]) as Record<string, unknown>;
        const r = await app.call<any>(1, 17, { ...body, replicaState: { replicaId: 1, replicaEpoch: -1 } });
        return [seen(side, r)];
      } finally {
        app.end();
      }
    });
    expect(seenBy.proxy).toEqual(seenBy.reference);
    expect(seenBy.reference).toEqual([
      {
        errorCode: 0,
        session: false,
        topics: [
          [
            ALLOWED,
            [
              [0, 29, false],
              [1, 29, false],
            ],
          ],
        ],
      },
    ]);
  });

  it("a session opened on one bootstrap connection and used by another principal on another: the broker's epoch moves on with every fetch, so the owner's next fetch is served (0), not 71", async () => {
    const seenBy = await onBothSides(async (side) => {
      const admin = await connect(side, 'admin', side.bootstrapPort);
      const app = await connect(side, 'app', side.bootstrapPort);
      try {
        const s = (
          await fetch(admin, side, 0, 0, [
            [SECRET, [0, 1, 2]],
            [ALLOWED, [0]],
          ])
        ).sessionId as number;
        const reused = await fetch(app, side, s, 1);
        const owner = await fetch(admin, side, s, 2, [[ALLOWED, [1]]]);
        return [seen(side, reused), seen(side, owner)];
      } finally {
        admin.end();
        app.end();
      }
    });
    expect(seenBy.proxy).toEqual(seenBy.reference);
    expect((seenBy.reference![0] as any).topics).toContainEqual(SECRET_REFUSED);
    expect((seenBy.reference![1] as any).errorCode).toBe(0);
  });

  it("a follower's fetch (ReplicaId 1) that opens a session: the session is opened as on the broker, every partition 29, and a consumer's incremental fetch on it is served", async () => {
    const seenBy = await onBothSides(async (side) => {
      const app = await connect(side, 'app');
      try {
        const body = fetchBody(side, 0, 0, [[ALLOWED, [0, 1]]]) as Record<string, unknown>;
        const opened = await app.call<any>(1, 17, {
          ...body,
          replicaState: { replicaId: 1, replicaEpoch: -1 },
        });
        const next = await fetch(app, side, opened.sessionId as number, 1);
        return [seen(side, opened), seen(side, next)];
      } finally {
        app.end();
      }
    });
    expect(seenBy.proxy).toEqual(seenBy.reference);
    expect(seenBy.reference![0]).toEqual({
      errorCode: 0,
      session: true,
      topics: [
        [
          ALLOWED,
          [
            [0, 29, false],
            [1, 29, false],
          ],
        ],
      ],
    });
  });

  it('an isolation level other than 0 or 1: the whole fetch fails with UNKNOWN_SERVER_ERROR (-1) once one partition is readable, and gets the refusals (and its new session) when none is', async () => {
    const seenBy = await onBothSides(async (side) => {
      const app = await connect(side, 'app');
      try {
        const mixed = fetchBody(side, 0, -1, [
          [SECRET, [0]],
          [ALLOWED, [0]],
        ]) as Record<string, unknown>;
        const refusedOnly = fetchBody(side, 0, -1, [[SECRET, [0, 1]]]) as Record<string, unknown>;
        const opensRefused = fetchBody(side, 0, 0, [[SECRET, [0, 1]]]) as Record<string, unknown>;
        const opened = await app.call<any>(1, 17, { ...opensRefused, isolationLevel: 2 });
        const next = await fetch(app, side, opened.sessionId as number, 1);
        return [
          seen(side, await app.call<any>(1, 17, { ...mixed, isolationLevel: 2 })),
          seen(side, await app.call<any>(1, 17, { ...refusedOnly, isolationLevel: 2 })),
          seen(side, opened),
          seen(side, next),
        ];
      } finally {
        app.end();
      }
    });
    expect(seenBy.proxy).toEqual(seenBy.reference);
    const refused = [
      [
        SECRET,
        [
          [0, 29, false],
          [1, 29, false],
        ],
      ],
    ];
    expect(seenBy.reference).toEqual([
      { errorCode: -1, session: false, topics: [] },
      { errorCode: 0, session: false, topics: refused },
      { errorCode: 0, session: true, topics: refused },
      { errorCode: 0, session: true, topics: refused },
    ]);
  });

  it('a fetch whose answer lists a partition after one of the zero topic ID fails as a whole (-1) as on the broker, and a topic named without partitions is not listed', async () => {
    const seenBy = await onBothSides(async (side) => {
      const app = await connect(side, 'app');
      try {
        const body = fetchBody(side, 0, -1, [
          [SECRET, [0]],
          [ALLOWED, []],
        ]) as { topics: Array<{ topicId: string | undefined; partitions: unknown[] }> };
        const zero = { ...body.topics[0]!, topicId: 'AAAAAAAAAAAAAAAAAAAAAA' };
        return [
          seen(side, await app.call<any>(1, 17, { ...body, topics: [zero, ...body.topics] })),
          seen(side, await app.call<any>(1, 17, body)),
        ];
      } finally {
        app.end();
      }
    });
    expect(seenBy.proxy).toEqual(seenBy.reference);
    expect(seenBy.reference).toEqual([
      { errorCode: -1, session: false, topics: [] },
      { errorCode: 0, session: false, topics: [[SECRET, [[0, 29, false]]]] },
    ]);
  });

  it("a denied topic another principal adds to a session, through the other listener: the session's owner gets 29 and no record of it on every later fetch", async () => {
    const seenBy = await onBothSides(async (side) => {
      const app = await connect(side, 'app');
      const admin = await connect(side, 'admin', side.bootstrapPort);
      try {
        const s = (await fetch(app, side, 0, 0, [[ALLOWED, [0]]])).sessionId as number;
        // admin may read `secret`: the broker serves it records from offset 0 and keeps that offset.
        const added = await fetch(admin, side, s, 1, [[SECRET, [0, 1, 2]]]);
        const next = await fetch(app, side, s, 2);
        const again = await fetch(app, side, s, 3, [[ALLOWED, [1]]]);
        return [seen(side, added), seen(side, next), seen(side, again)];
      } finally {
        app.end();
        admin.end();
      }
    });
    expect(seenBy.proxy).toEqual(seenBy.reference);
    for (const answer of seenBy.reference!.slice(1)) {
      expect((answer as any).topics).toContainEqual(SECRET_REFUSED);
    }
  });

  it('an incremental fetch that adds and forgets the same denied partition: the session holds what the broker keeps (added, then forgotten)', async () => {
    const seenBy = await onBothSides(async (side) => {
      const app = await connect(side, 'app');
      const admin = await connect(side, 'admin');
      try {
        const s = (await fetch(app, side, 0, 0, [[ALLOWED, [0]]])).sessionId as number;
        const body = fetchBody(side, s, 1, [[SECRET, [0, 1]]]) as Record<string, unknown>;
        const both = await app.call<any>(1, 17, {
          ...body,
          forgottenTopicsData: [{ topicId: side.ids.get(SECRET), partitions: [0] }],
        });
        const next = await fetch(app, side, s, 2);
        // The owner-side view: what the session holds now, read by a principal who may read all.
        const asAdmin = await fetch(admin, side, s, 3);
        // Served partitions in admin's view in name order: the broker behind the proxy served app's
        // refused secret-1 with records and so moved it to the end of its session order, which the
        // reference does not (docs/fetch-sessions.md, "Differences from the reference").
        const view = seen(side, asAdmin) as { topics: unknown[][] };
        view.topics.sort((a, b) => String(a[0]).localeCompare(String(b[0])));
        return [seen(side, both), seen(side, next), view];
      } finally {
        app.end();
        admin.end();
      }
    });
    expect(seenBy.proxy).toEqual(seenBy.reference);
    // secret-0 was added and forgotten in one request: the session holds allowed-0 and secret-1 only.
    expect((seenBy.reference![2] as any).topics.map((t: any) => [t[0], t[1].map((p: any) => p[0])])).toEqual([
      [ALLOWED, [0]],
      [SECRET, [1]],
    ]);
  });

  it('a session used through two proxy replicas: a denied topic added through replica B, then a stale epoch (71) and the next one through replica A, never brings its records', async () => {
    // A second replica of the proxy in front of the same broker, with the same policy.
    const replicaB = await startPolicyProxy(plain, policyPath);
    try {
      const learn = await connect(sides[1]!, 'admin', replicaB.proxy.bootstrapPort);
      await learn.call(3, 12, { topics: null, allowAutoTopicCreation: false });
      learn.end();
      const nodeId = plain.nodes[0]!.nodeId;
      const portB = await waitFor('replica B listener of the node', () => replicaB.proxy.nodePort(nodeId));
      const seenBy = await onBothSides(async (side) => {
        // On the reference both "replicas" are the broker itself.
        const throughA = await connect(side, 'app');
        const throughB = await connect(side, 'app', side.name === 'proxy' ? portB : side.port);
        try {
          const opened = await fetch(throughA, side, 0, 0, [[ALLOWED, [0, 1, 2]]]);
          const s = opened.sessionId as number;
          const added = await fetch(throughB, side, s, 1, [[SECRET, [0, 1, 2]]]);
          const stale = await fetch(throughA, side, s, 1);
          const next = await fetch(throughA, side, s, 2);
          return [seen(side, opened), seen(side, added), seen(side, stale), seen(side, next)];
        } finally {
          throughA.end();
          throughB.end();
        }
      });
      const [, addedP, staleP, nextP] = seenBy.proxy as any[];
      const [, , staleR] = seenBy.reference as any[];
      expect(staleP.errorCode).toBe(71);
      expect(staleR.errorCode).toBe(71);
      // No answer through either replica carries a record of `secret`.
      for (const answer of [addedP, nextP]) {
        for (const [topic, partitions] of answer.topics as Array<
          [string, Array<[number, number, boolean]>]
        >) {
          if (topic !== SECRET) continue;
          for (const [, errorCode, records] of partitions) {
            expect(errorCode).toBe(29);
            expect(records).toBe(false);
          }
        }
      }
      // Replica A, having seen the broker refuse its copy's epoch, refuses `secret` as the reference does.
      expect(nextP.topics.find((t: any) => t[0] === SECRET)).toEqual(
        (seenBy.reference![3] as any).topics.find((t: any) => t[0] === SECRET),
      );
    } finally {
      await replicaB.stop();
    }
  });

  // Last: it revokes access for app2 on both sides.
  it('failing input 2: a hot reload (an ACL on the reference) revoking access reaches an open session, on the same connection and from a new one', async () => {
    const seenBy = await onBothSides(async (side) => {
      const app2 = await connect(side, 'app2');
      try {
        const opened = await fetch(app2, side, 0, 0, [
          [SECRET, [0, 1, 2]],
          [ALLOWED, [0]],
        ]);
        const s = opened.sessionId as number;
        await side.revoke();
        const sessionless = await fetch(app2, side, 0, -1, [[ALLOWED, [0]]]);
        const sameConnection = await fetch(app2, side, s, 1);
        const fresh = await connect(side, 'app2');
        const newConnection = await fetch(fresh, side, s, 2);
        fresh.end();
        return [
          seen(side, opened),
          seen(side, sessionless),
          seen(side, sameConnection),
          seen(side, newConnection),
        ];
      } finally {
        app2.end();
      }
    });
    expect(seenBy.proxy).toEqual(seenBy.reference);
    for (const answer of seenBy.reference!.slice(2)) {
      expect((answer as any).topics).toContainEqual(SECRET_REFUSED);
    }
  });
});
