// Fetch sessions (KIP-227) through the PolicyEnforcementFilter: every partition of a session is
// authorized for the principal of each request, under the policy in force, whoever opened the
// session. Broker responses are built with the generated encoders and passed through the filter's
// response rewrite, as the proxy does; test/integration/red-team-fetch-sessions.test.ts runs the same
// against real brokers and the reference StandardAuthorizer.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { FetchResponse, ShareFetchResponse } from '../../../protocol/generated/index.js';
import type { ConnectionContext } from '../../../src/connection/connection-context.js';
import type { RequestDecision } from '../../../src/connection/request-decision.js';
import { applyResponseHooks } from '../../../src/connection/response-head.js';
import { PolicyEnforcementFilter } from '../../../src/enforcement/policy-enforcement-filter.js';
import { TrackedSession } from '../../../src/enforcement/fetch-session-tracker.js';
import { TopicIdResolver } from '../../../src/enforcement/topic-id-resolver.js';
import { PolicyStore, type PolicySource } from '../../../src/policy/index.js';
import {
  brokerResponseFrame,
  connectionFor,
  decideFrame,
  decodeAnswer,
  decodeForwarded,
  decodeResponse,
  loadPolicy,
  requestFrame,
} from './scenario-support.js';

const ALLOWED = 'EQAAAAAAAAAAAAAAAAAAAQ';
const SECRET = 'MwAAAAAAAAAAAAAAAAAAAw';
const UNKNOWN = 'RAAAAAAAAAAAAAAAAAAABA';

const POLICY = (appTopics: string): string => `apiVersion: kafka-l7-proxy/v1
kind: KafkaPolicy
identities:
  - sasl: {}
rules:
  - principal: User:app
    allow:
      - { role: consume, topic: '${appTopics}', group: g1 }
  - principal: User:admin
    allow:
      - { role: consume, topic: '*', group: '*' }
`;

function filterWith(policy: PolicySource): { filter: PolicyEnforcementFilter; topicIds: TopicIdResolver } {
  const topicIds = new TopicIdResolver(undefined);
  topicIds.learn(ALLOWED, 'allowed');
  topicIds.learn(SECRET, 'secret');
  return { filter: new PolicyEnforcementFilter({ policy, topicIds }), topicIds };
}

/** A connection through the proxy's listener for broker node 1, as SASL user `user`. */
function nodeConnection(user: string): ConnectionContext {
  return { ...connectionFor({ principal: `User:${user}` }), listener: { kind: 'node', nodeId: 1 } };
}

type Topics = Array<{ topicId: string; partitions: number[] }>;

const fetchV17 = (
  sessionId: number,
  sessionEpoch: number,
  topics: Topics = [],
  forgotten: Topics = [],
): Buffer =>
  requestFrame(1, 17, {
    maxWaitMs: 100,
    sessionId,
    sessionEpoch,
    topics: topics.map((t) => ({
      topicId: t.topicId,
      partitions: t.partitions.map((partition) => ({ partition })),
    })),
    forgottenTopicsData: forgotten,
  });

/** The broker's answer: every partition listed with one record batch's worth of bytes. */
function brokerAnswer(forwarded: Buffer, sessionId: number, topics: Topics, errorCode = 0): Buffer {
  return brokerResponseFrame(forwarded, {
    errorCode,
    sessionId,
    responses: topics.map((t) => ({
      topicId: t.topicId,
      partitions: t.partitions.map((partitionIndex) => ({
        partitionIndex,
        highWatermark: 10,
        records: 'record-bytes',
      })),
    })),
  });
}

/**
 * Whether `frame` is forwarded as the client sent it: untouched, or the same bytes with a response
 * hook that only watches the broker's top-level error (a known session's fetch, so that a session the
 * broker refused becomes opaque to the proxy).
 */
async function forwardedAsSent(
  filter: Parameters<typeof decideFrame>[0],
  connection: Parameters<typeof decideFrame>[1],
  frame: Buffer,
): Promise<boolean> {
  const d = await decideFrame(filter, connection, frame);
  return d.outcome === 'forward' || (d.outcome === 'forward-modified' && d.frame.equals(frame));
}

/** What the client reads for a forwarded request: the broker's answer through the rewrite, if any. */
function clientSees(decision: RequestDecision, answer: (forwarded: Buffer) => Buffer): FetchResponse {
  if (decision.outcome === 'answer') return decodeAnswer(decision.responseBody, 1, 17) as FetchResponse;
  if (decision.outcome !== 'forward' && decision.outcome !== 'forward-modified')
    throw new Error(`not forwarded: ${decision.outcome}`);
  // A frame forwarded as it is: any Fetch v17 frame with the same correlation id stands for it.
  const frame = answer(decision.outcome === 'forward-modified' ? decision.frame : requestFrame(1, 17, {}));
  return decodeResponse(applyResponseHooks(decision, frame, 1, 17), 1, 17) as FetchResponse;
}

const project = (r: FetchResponse): [number, unknown[]] => [
  r.errorCode,
  r.responses.map((t) => [
    t.topicId,
    t.partitions.map((p) => [p.partitionIndex, p.errorCode, p.records?.length ?? 0]),
  ]),
];

const stores: PolicyStore[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});

/** Opens a session for `user` over `topics` and returns its id as the broker would assign it. */
async function openSession(
  filter: PolicyEnforcementFilter,
  connection: ConnectionContext,
  topics: Topics,
  id: number,
): Promise<FetchResponse> {
  const decision = await decideFrame(filter, connection, fetchV17(0, 0, topics));
  expect(decision.outcome).toBe('forward-modified');
  return clientSees(decision, (f) => brokerAnswer(f, id, topics));
}

const SECRET3: Topics = [{ topicId: SECRET, partitions: [0, 1, 2] }];

describe('fetch sessions through the policy', () => {
  it("refuses every partition of another principal's session to the principal of the request (29, no records)", async () => {
    const { filter } = filterWith(loadPolicy(POLICY('allowed')));
    const opened = await openSession(filter, nodeConnection('admin'), SECRET3, 1001);
    expect(project(opened)).toEqual([
      0,
      [
        [
          SECRET,
          [
            [0, 0, 12],
            [1, 0, 12],
            [2, 0, 12],
          ],
        ],
      ],
    ]);
    const app = nodeConnection('app');
    const sessionless = await decideFrame(
      filter,
      app,
      fetchV17(0, -1, [{ topicId: ALLOWED, partitions: [0] }]),
    );
    expect(sessionless.outcome).toBe('forward');
    const reuse = await decideFrame(filter, app, fetchV17(1001, 1));
    expect(project(clientSees(reuse, (f) => brokerAnswer(f, 1001, SECRET3)))).toEqual([
      0,
      [
        [
          SECRET,
          [
            [0, 29, 0],
            [1, 29, 0],
            [2, 29, 0],
          ],
        ],
      ],
    ]);
  });

  it('forwards a fetch on a known session whose partitions are all readable untouched (no response rewrite)', async () => {
    const { filter } = filterWith(loadPolicy(POLICY('allowed')));
    const app = nodeConnection('app');
    await openSession(filter, app, [{ topicId: ALLOWED, partitions: [0] }], 1002);
    expect(await forwardedAsSent(filter, app, fetchV17(1002, 1))).toBe(true);
    expect(await forwardedAsSent(filter, app, fetchV17(1002, 2))).toBe(true);
  });

  it('stops trusting its copy of a session the broker refused (71: used through another proxy replica) and refuses every denied partition the broker then serves', async () => {
    const { filter } = filterWith(loadPolicy(POLICY('allowed')));
    const app = nodeConnection('app');
    await openSession(filter, app, [{ topicId: ALLOWED, partitions: [0] }], 1020);
    // Another replica added `secret` to the broker's session and moved its epoch on: the epoch this
    // replica expects is stale on the broker, which answers 71.
    const stale = await decideFrame(filter, app, fetchV17(1020, 1));
    expect(stale.outcome).toBe('forward-modified');
    expect(project(clientSees(stale, (f) => brokerAnswer(f, 1020, [], 71)))[0]).toBe(71);
    // The next epoch: the broker serves its session, `secret` included. Before, the proxy's copy
    // (only `allowed`, epoch 2) let the answer through untouched, records of `secret` and all.
    const next = await decideFrame(filter, app, fetchV17(1020, 2));
    const seen = clientSees(next, (f) =>
      brokerAnswer(f, 1020, [{ topicId: ALLOWED, partitions: [0] }, ...SECRET3]),
    );
    const secretPartitions = seen.responses
      .filter((t) => t.topicId === SECRET3[0]!.topicId)
      .flatMap((t) => t.partitions);
    expect(secretPartitions.length).toBeGreaterThan(0);
    for (const partition of secretPartitions) {
      expect(partition.errorCode).toBe(29);
      expect(partition.records?.length ?? 0).toBe(0);
    }
  });

  it('applies a reloaded policy to open sessions, on the same connection and on a new one', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'fetch-sessions-')), 'policy.yaml');
    writeFileSync(path, POLICY('*'));
    const store = await PolicyStore.open(path);
    stores.push(store);
    const { filter } = filterWith(store);
    const app = nodeConnection('app');
    const both: Topics = [...SECRET3, { topicId: ALLOWED, partitions: [0] }];
    await openSession(filter, app, both, 1003);
    expect(await forwardedAsSent(filter, app, fetchV17(1003, 1))).toBe(true);
    writeFileSync(path, POLICY('allowed'));
    expect((await store.reload()).result).toBe('applied');
    for (const [connection, epoch] of [
      [app, 2],
      [nodeConnection('app'), 3],
    ] as const) {
      const d = await decideFrame(filter, connection, fetchV17(1003, epoch));
      expect(project(clientSees(d, (f) => brokerAnswer(f, 1003, both)))).toEqual([
        0,
        [
          [ALLOWED, [[0, 0, 12]]],
          [
            SECRET,
            [
              [0, 29, 0],
              [1, 29, 0],
              [2, 29, 0],
            ],
          ],
        ],
      ]);
    }
  });

  it('decides for the principal the connection has now after it authenticates again as someone else', async () => {
    const { filter } = filterWith(loadPolicy(POLICY('allowed')));
    const connection = nodeConnection('admin');
    await openSession(filter, connection, SECRET3, 1004);
    expect(await forwardedAsSent(filter, connection, fetchV17(1004, 1))).toBe(true);
    Object.assign(connection.sasl, { user: 'app' });
    const d = await decideFrame(filter, connection, fetchV17(1004, 2));
    expect(project(clientSees(d, (f) => brokerAnswer(f, 1004, SECRET3)))[1]).toEqual([
      [
        SECRET,
        [
          [0, 29, 0],
          [1, 29, 0],
          [2, 29, 0],
        ],
      ],
    ]);
  });

  it('answers a wrong epoch on a known session with INVALID_FETCH_SESSION_EPOCH (71), as the broker does, without moving the session', async () => {
    const { filter } = filterWith(loadPolicy(POLICY('allowed')));
    const app = nodeConnection('app');
    await openSession(filter, app, [{ topicId: ALLOWED, partitions: [0] }], 1005);
    const wrong = await decideFrame(filter, app, fetchV17(1005, 5));
    expect(wrong.outcome).toBe('answer');
    expect(project(clientSees(wrong, () => Buffer.alloc(0)))).toEqual([71, []]);
    expect(await forwardedAsSent(filter, app, fetchV17(1005, 1))).toBe(true);
  });

  it('forwards an incremental fetch that adds only a denied topic, so the broker epoch advances, and refuses that topic in the answer', async () => {
    const { filter } = filterWith(loadPolicy(POLICY('allowed')));
    const app = nodeConnection('app');
    await openSession(filter, app, [{ topicId: ALLOWED, partitions: [0] }], 1006);
    const add = await decideFrame(filter, app, fetchV17(1006, 1, SECRET3));
    expect(add.outcome).toBe('forward-modified');
    if (add.outcome !== 'forward-modified') return;
    expect(add.frame).toEqual(fetchV17(1006, 1, SECRET3)); // unchanged
    expect(project(clientSees(add, (f) => brokerAnswer(f, 1006, SECRET3)))[1]).toEqual([
      [
        SECRET,
        [
          [0, 29, 0],
          [1, 29, 0],
          [2, 29, 0],
        ],
      ],
    ]);
    // The next fetch has the next epoch, and the session still holds the denied topic.
    const next = await decideFrame(filter, app, fetchV17(1006, 2));
    expect(project(clientSees(next, (f) => brokerAnswer(f, 1006, [])))[1]).toEqual([
      [
        SECRET,
        [
          [0, 29, 0],
          [1, 29, 0],
          [2, 29, 0],
        ],
      ],
    ]);
    // Forgetting the denied topic leaves a session that is read untouched again.
    expect(await forwardedAsSent(filter, app, fetchV17(1006, 3, [], SECRET3))).toBe(true);
  });

  it('filters every partition of the answer on a session it does not know, and never lets records of an unresolvable ID through', async () => {
    const { filter } = filterWith(loadPolicy(POLICY('allowed')));
    const app = nodeConnection('app');
    const d = await decideFrame(filter, app, fetchV17(2001, 7));
    const answer: Topics = [
      { topicId: ALLOWED, partitions: [0] },
      { topicId: SECRET, partitions: [1] },
      { topicId: UNKNOWN, partitions: [0] },
    ];
    expect(project(clientSees(d, (f) => brokerAnswer(f, 2001, answer)))).toEqual([
      0,
      [
        [ALLOWED, [[0, 0, 12]]],
        [SECRET, [[1, 29, 0]]],
        [UNKNOWN, [[0, 100, 0]]],
      ],
    ]);
    // The broker took the fetch: the id is live and stays filtered, even if a full fetch reports it again.
    expect(filter.fetchSessions.tracker.get('node-1', 2001)).toBe('opaque');
  });

  it('forgets a session named by a full fetch (epoch 0) or a final one (epoch -1): the broker closes it', async () => {
    const { filter } = filterWith(loadPolicy(POLICY('allowed')));
    const app = nodeConnection('app');
    const topics: Topics = [{ topicId: ALLOWED, partitions: [0] }];
    await openSession(filter, app, topics, 1007);
    await decideFrame(filter, app, fetchV17(1007, 0, topics));
    expect(filter.fetchSessions.tracker.get('node-1', 1007)).toBeUndefined();
    await openSession(filter, app, topics, 1008);
    const final = await decideFrame(filter, app, fetchV17(1008, -1, topics));
    expect(final.outcome).toBe('forward');
    expect(filter.fetchSessions.tracker.get('node-1', 1008)).toBeUndefined();
  });

  it('treats a session as unknown once the broker refuses a fetch the proxy expected it to take', async () => {
    const { filter } = filterWith(loadPolicy(POLICY('allowed')));
    const admin = nodeConnection('admin');
    await openSession(filter, admin, SECRET3, 1009);
    const d = await decideFrame(filter, nodeConnection('app'), fetchV17(1009, 1));
    expect(project(clientSees(d, (f) => brokerAnswer(f, 0, [], 71)))).toEqual([71, []]);
    expect(filter.fetchSessions.tracker.get('node-1', 1009)).toBe('opaque');
  });

  it('keeps the sessions of a bootstrap connection to that connection (the bootstrap address may reach any broker)', async () => {
    const { filter } = filterWith(loadPolicy(POLICY('allowed')));
    const admin = connectionFor({ principal: 'User:admin' });
    await openSession(filter, admin, SECRET3, 1010);
    expect(await forwardedAsSent(filter, admin, fetchV17(1010, 1))).toBe(true);
    const app = connectionFor({ principal: 'User:app' });
    const d = await decideFrame(filter, app, fetchV17(1010, 2));
    expect(project(clientSees(d, (f) => brokerAnswer(f, 1010, SECRET3)))[1]).toEqual([
      [
        SECRET,
        [
          [0, 29, 0],
          [1, 29, 0],
          [2, 29, 0],
        ],
      ],
    ]);
  });

  it('records the session of a full fetch only from an answer without error that names a session', async () => {
    const { filter } = filterWith(loadPolicy(POLICY('allowed')));
    const app = nodeConnection('app');
    const topics: Topics = [{ topicId: ALLOWED, partitions: [0] }];
    const d = await decideFrame(filter, app, fetchV17(0, 0, topics));
    clientSees(d, (f) => brokerAnswer(f, 0, topics));
    expect(filter.fetchSessions.tracker.stats().known).toBe(0);
    const e = await decideFrame(filter, app, fetchV17(0, 0, topics));
    clientSees(e, (f) => brokerAnswer(f, 55, topics));
    expect(filter.fetchSessions.tracker.get('node-1', 55)).toBeInstanceOf(TrackedSession);
  });

  it("refuses a follower's fetch (ReplicaId >= 0) with 29 on every partition and forwards nothing, as the broker does without ClusterAction", async () => {
    const { filter } = filterWith(loadPolicy(POLICY('*')));
    for (const [version, body] of [
      [17, { replicaState: { replicaId: 2, replicaEpoch: -1 } }],
      [12, { replicaId: 2 }],
    ] as const) {
      const frame = requestFrame(1, version, {
        ...body,
        sessionEpoch: -1,
        topics: [{ topic: 'allowed', topicId: ALLOWED, partitions: [{ partition: 0 }, { partition: 1 }] }],
      });
      const d = await decideFrame(filter, nodeConnection('app'), frame);
      expect(d.outcome).toBe('answer');
      if (d.outcome !== 'answer') continue;
      const r = decodeAnswer(d.responseBody, 1, version) as FetchResponse;
      expect(r.responses.map((t) => t.partitions.map((p) => [p.errorCode, p.records?.length ?? 0]))).toEqual([
        [
          [29, 0],
          [29, 0],
        ],
      ]);
    }
  });

  it("answers a follower's sessionless fetch that the broker could not list (a partition after one of the zero topic ID) as the broker does: -1, no partitions", async () => {
    const { filter } = filterWith(loadPolicy(POLICY('*')));
    const frame = requestFrame(1, 17, {
      replicaState: { replicaId: 0, replicaEpoch: 0 },
      sessionEpoch: -1,
      topics: [
        { topicId: 'AAAAAAAAAAAAAAAAAAAAAA', partitions: [{ partition: 2 }, { partition: 3 }] },
        { topicId: ALLOWED, partitions: [{ partition: 0 }] },
      ],
    });
    const d = await decideFrame(filter, nodeConnection('admin'), frame);
    expect(d.outcome).toBe('answer');
    expect(project(clientSees(d, () => Buffer.alloc(0)))).toEqual([-1, []]);
  });

  it("closes the session a follower's sessionless fetch names at the broker (a fetch without topics) and answers every partition 29 in request order, the zero topic ID too", async () => {
    const { filter } = filterWith(loadPolicy(POLICY('*')));
    const frame = requestFrame(1, 17, {
      replicaState: { replicaId: 1, replicaEpoch: 2 },
      maxWaitMs: 500,
      sessionId: 12345,
      sessionEpoch: -1,
      topics: [
        { topicId: ALLOWED, partitions: [{ partition: 3 }, { partition: 1 }] },
        { topicId: 'AAAAAAAAAAAAAAAAAAAAAA', partitions: [{ partition: 3 }] },
      ],
    });
    const d = await decideFrame(filter, nodeConnection('admin'), frame);
    expect(d.outcome).toBe('forward-modified');
    if (d.outcome !== 'forward-modified') return;
    expect(decodeForwarded(d.frame).body).toMatchObject({
      sessionId: 12345,
      sessionEpoch: -1,
      maxWaitMs: 0,
      topics: [],
      forgottenTopicsData: [],
    });
    // The broker answers the closing fetch with nothing; the client gets the refusals.
    const seen = decodeResponse(d.rewriteResponse!(brokerAnswer(d.frame, 0, [])), 1, 17) as FetchResponse;
    expect(seen.sessionId).toBe(0);
    expect(project(seen)).toEqual([
      0,
      [
        [
          ALLOWED,
          [
            [3, 29, 0],
            [1, 29, 0],
          ],
        ],
        ['AAAAAAAAAAAAAAAAAAAAAA', [[3, 29, 0]]],
      ],
    ]);
  });

  it('decides a sessionless fetch that names a session (epoch -1) like any sessionless fetch, and closes that session at the broker when nothing of it is forwarded', async () => {
    const { filter } = filterWith(loadPolicy(POLICY('allowed')));
    const app = nodeConnection('app');
    const frame = requestFrame(1, 17, {
      sessionId: 777,
      sessionEpoch: -1,
      isolationLevel: 3,
      topics: [{ topicId: SECRET, partitions: [{ partition: 0 }, { partition: 1 }] }],
    });
    const d = await decideFrame(filter, app, frame);
    expect(d.outcome).toBe('forward-modified');
    if (d.outcome !== 'forward-modified') return;
    expect(decodeForwarded(d.frame).body).toMatchObject({ sessionId: 777, sessionEpoch: -1, topics: [] });
    const seen = decodeResponse(d.rewriteResponse!(brokerAnswer(d.frame, 0, [])), 1, 17) as FetchResponse;
    expect([seen.sessionId, ...project(seen)]).toEqual([
      0,
      0,
      [
        [
          SECRET,
          [
            [0, 29, 0],
            [1, 29, 0],
          ],
        ],
      ],
    ]);
  });

  it('stops following a session once an incremental fetch names a partition of the zero topic ID (the broker applies it in part, answers -1 and keeps its epoch): the same epoch is forwarded next, every partition judged', async () => {
    const { filter } = filterWith(loadPolicy(POLICY('allowed')));
    const app = nodeConnection('app');
    await openSession(filter, app, [{ topicId: ALLOWED, partitions: [0, 1] }], 2001);
    const zero = 'AAAAAAAAAAAAAAAAAAAAAA';
    for (const [topics, forgotten] of [
      [
        [
          { topicId: ALLOWED, partitions: [2] },
          { topicId: zero, partitions: [0] },
        ],
        [],
      ],
      [[], [{ topicId: zero, partitions: [1] }]],
    ] as Array<[Topics, Topics]>) {
      const d = await decideFrame(filter, app, fetchV17(2001, 1, topics, forgotten));
      expect(d.outcome).toBe('forward-modified');
      expect(project(clientSees(d, (f) => brokerAnswer(f, 2001, [], -1)))).toEqual([-1, []]);
      expect(filter.fetchSessions.tracker.get('node-1', 2001)).toBe('opaque');
    }
    // The broker took the same epoch again, and its session holds `secret` now: refused.
    const next = await decideFrame(filter, app, fetchV17(2001, 1));
    expect(next.outcome).toBe('forward-modified');
    expect(
      project(
        clientSees(next, (f) =>
          brokerAnswer(f, 2001, [
            { topicId: ALLOWED, partitions: [0] },
            { topicId: SECRET, partitions: [0] },
          ]),
        ),
      ),
    ).toEqual([
      0,
      [
        [ALLOWED, [[0, 0, 12]]],
        [SECRET, [[0, 29, 0]]],
      ],
    ]);
  });

  it("keeps a new session's partitions in the order of the answer the client gets (the broker builds the session from its answer: served first, refused after)", async () => {
    const { filter } = filterWith(loadPolicy(POLICY('allowed')));
    const app = nodeConnection('app');
    const topics: Topics = [
      { topicId: SECRET, partitions: [0] },
      { topicId: ALLOWED, partitions: [0, 1] },
    ];
    const seen = await openSession(filter, app, topics, 2002);
    expect(project(seen)).toEqual([
      0,
      [
        [
          ALLOWED,
          [
            [0, 0, 12],
            [1, 0, 12],
          ],
        ],
        [SECRET, [[0, 29, 0]]],
      ],
    ]);
    const session = filter.fetchSessions.tracker.get('node-1', 2002) as TrackedSession;
    expect([...session.partitions()].map((p) => `${p.key}:${p.partition}`)).toEqual([
      `${ALLOWED}:0`,
      `${ALLOWED}:1`,
      `${SECRET}:0`,
    ]);
  });

  it('judges every partition of a ShareFetch answer (the share session may hold topics the request does not name): refused ones 29, no records, nothing acquired', async () => {
    const { filter } = filterWith(loadPolicy(POLICY('allowed')));
    // The session, opened on `allowed` (a fetch on a session the proxy did not see opened is
    // answered SHARE_SESSION_NOT_FOUND: test/unit/enforcement/share-sessions.test.ts).
    const open = requestFrame(78, 1, {
      groupId: 'g1',
      memberId: 'member-1',
      shareSessionEpoch: 0,
      topics: [{ topicId: ALLOWED, partitions: [{ partitionIndex: 0 }] }],
    });
    const opened = await decideFrame(filter, nodeConnection('app'), open);
    if (opened.outcome !== 'forward-modified') throw new Error(opened.outcome);
    opened.rewriteResponse!(brokerResponseFrame(open, { responses: [] }));
    const frame = requestFrame(78, 1, {
      groupId: 'g1',
      memberId: 'member-1',
      shareSessionEpoch: 1,
      topics: [],
    });
    const d = await decideFrame(filter, nodeConnection('app'), frame);
    expect(d.outcome).toBe('forward-modified');
    if (d.outcome !== 'forward-modified') return;
    const partition = (partitionIndex: number): unknown => ({
      partitionIndex,
      records: 'record-bytes',
      acquiredRecords: [{ firstOffset: 0, lastOffset: 0, deliveryCount: 1 }],
    });
    const answer = brokerResponseFrame(frame, {
      responses: [
        { topicId: ALLOWED, partitions: [partition(0)] },
        { topicId: SECRET, partitions: [partition(0), partition(1)] },
      ],
    });
    const seen = decodeResponse(d.rewriteResponse!(answer), 78, 1) as ShareFetchResponse;
    expect(
      seen.responses.map((t) => [
        t.topicId,
        t.partitions.map((p) => [p.errorCode, p.records.length, p.acquiredRecords.length]),
      ]),
    ).toEqual([
      [ALLOWED, [[0, 12, 1]]],
      [
        SECRET,
        [
          [29, 0, 0],
          [29, 0, 0],
        ],
      ],
    ]);
  });

  it("shares a node's sessions with a bootstrap connection whose upstream reached that node", async () => {
    const { filter } = filterWith(loadPolicy(POLICY('allowed')));
    await openSession(filter, nodeConnection('admin'), SECRET3, 1011);
    const app: ConnectionContext = { ...connectionFor({ principal: 'User:app' }), upstreamNodeId: () => 1 };
    const d = await decideFrame(filter, app, fetchV17(1011, 1));
    expect(project(clientSees(d, (f) => brokerAnswer(f, 1011, [])))[1]).toEqual([
      [
        SECRET,
        [
          [0, 29, 0],
          [1, 29, 0],
          [2, 29, 0],
        ],
      ],
    ]);
    // The broker's epoch moved on with that fetch, and so did the proxy's copy.
    expect(await forwardedAsSent(filter, nodeConnection('admin'), fetchV17(1011, 2))).toBe(true);
  });

  it("forwards a follower's fetch on a session as a consumer's fetch that does not wait, so the broker's session moves on as it would, and refuses every partition of the session (29)", async () => {
    const { filter } = filterWith(loadPolicy(POLICY('*')));
    const app = nodeConnection('app');
    await openSession(filter, app, [{ topicId: ALLOWED, partitions: [0, 1] }], 1012);
    const frame = requestFrame(1, 17, {
      replicaState: { replicaId: 2, replicaEpoch: 5 },
      maxWaitMs: 500,
      isolationLevel: 7,
      sessionId: 1012,
      sessionEpoch: 1,
      topics: [],
      forgottenTopicsData: [],
    });
    const d = await decideFrame(filter, app, frame);
    expect(d.outcome).toBe('forward-modified');
    if (d.outcome !== 'forward-modified') return;
    const forwarded = decodeForwarded(d.frame).body as Record<string, unknown>;
    expect(forwarded).toMatchObject({
      replicaState: { replicaId: -1, replicaEpoch: -1n },
      maxWaitMs: 0,
      isolationLevel: 0,
      sessionId: 1012,
      sessionEpoch: 1,
    });
    expect(
      project(clientSees(d, (f) => brokerAnswer(f, 1012, [{ topicId: ALLOWED, partitions: [1] }]))),
    ).toEqual([
      0,
      [
        [
          ALLOWED,
          [
            [0, 29, 0],
            [1, 29, 0],
          ],
        ],
      ],
    ]);
    expect(await forwardedAsSent(filter, app, fetchV17(1012, 2))).toBe(true);
  });

  it("answers a pre-v12 fetch on a session whose partitions it all refuses like the reference when the broker fails writing what it read (35: a divergingEpoch from a v12 request's LastFetchedEpoch): 0, every partition 29, the session still followed", async () => {
    // The broker behind the proxy reads the refused partitions (it has no authorizer) with the
    // LastFetchedEpoch the session kept from the v12 fetch that opened it; a diverging epoch cannot
    // be written at v10, so it fails the fetch as a whole with UNSUPPORTED_VERSION (35) after moving
    // the session on. The reference reads none of them and answers 0 with every partition 29.
    const { filter } = filterWith(loadPolicy(POLICY('allowed')));
    const admin = nodeConnection('admin');
    const app = nodeConnection('app');
    const partitionsOf = (...ps: number[]) =>
      ps.map((partition) => ({ partition, fetchOffset: 1n, lastFetchedEpoch: 3 }));
    const open = await decideFrame(
      filter,
      admin,
      requestFrame(1, 12, {
        replicaId: -1,
        maxWaitMs: 0,
        sessionId: 0,
        sessionEpoch: 0,
        topics: [{ topic: 'secret', partitions: partitionsOf(0, 1) }],
        forgottenTopicsData: [],
      }),
    );
    if (open.outcome !== 'forward' && open.outcome !== 'forward-modified') throw new Error(open.outcome);
    const opened = brokerResponseFrame(open.outcome === 'forward' ? requestFrame(1, 12, {}) : open.frame, {
      sessionId: 2024,
      responses: [
        {
          topic: 'secret',
          partitions: [0, 1].map((partitionIndex) => ({
            partitionIndex,
            divergingEpoch: { epoch: 0, endOffset: 0n },
          })),
        },
      ],
    });
    applyResponseHooks(open, opened, 1, 12);
    // ReplicaId -1: a consumer's fetch; 1: a follower's, which the broker refuses without ClusterAction.
    const v10 = (epoch: number, replicaId = -1) =>
      requestFrame(1, 10, {
        replicaId,
        maxWaitMs: 0,
        maxBytes: 0,
        sessionId: 2024,
        sessionEpoch: epoch,
        topics: [],
        forgottenTopicsData: [],
      });
    const seen = (d: RequestDecision, answer: { errorCode: number; responses: unknown[] }): unknown => {
      if (d.outcome !== 'forward-modified') throw new Error(d.outcome);
      const r = decodeResponse(
        applyResponseHooks(d, brokerResponseFrame(d.frame, { sessionId: 2024, ...answer }), 1, 10),
        1,
        10,
      ) as FetchResponse;
      return [
        r.errorCode,
        r.sessionId,
        r.responses.map((t) => [t.topic, t.partitions.map((p) => [p.partitionIndex, p.errorCode])]),
      ];
    };
    const refusedAll = [
      0,
      2024,
      [
        [
          'secret',
          [
            [0, 29],
            [1, 29],
          ],
        ],
      ],
    ];
    // app may read nothing of the session: the broker's 35 is not what the reference answers.
    expect(seen(await decideFrame(filter, app, v10(1)), { errorCode: 35, responses: [] })).toEqual(
      refusedAll,
    );
    // Nor for a follower, refused every partition whoever it is (the long run of seed 20261204).
    expect(seen(await decideFrame(filter, admin, v10(2, 1)), { errorCode: 35, responses: [] })).toEqual(
      refusedAll,
    );
    // The broker moved its session on before it failed: the proxy still follows it (epoch 3 next).
    expect(await forwardedAsSent(filter, admin, v10(3))).toBe(true);
  });

  it("passes the broker's UNSUPPORTED_VERSION through on a session fetch it refuses only in part (the reference, reading the rest, may fail the same way)", async () => {
    const { filter } = filterWith(loadPolicy(POLICY('allowed')));
    const app = nodeConnection('app');
    const open = await decideFrame(
      filter,
      app,
      requestFrame(1, 12, {
        replicaId: -1,
        maxWaitMs: 0,
        sessionId: 0,
        sessionEpoch: 0,
        topics: [
          { topic: 'allowed', partitions: [{ partition: 0, lastFetchedEpoch: 3 }] },
          { topic: 'secret', partitions: [{ partition: 0, lastFetchedEpoch: 3 }] },
        ],
        forgottenTopicsData: [],
      }),
    );
    if (open.outcome !== 'forward-modified') throw new Error(open.outcome);
    applyResponseHooks(
      open,
      brokerResponseFrame(open.frame, {
        sessionId: 2025,
        responses: [
          { topic: 'allowed', partitions: [{ partitionIndex: 0 }] },
          { topic: 'secret', partitions: [{ partitionIndex: 0 }] },
        ],
      }),
      1,
      12,
    );
    const d = await decideFrame(
      filter,
      app,
      requestFrame(1, 10, {
        replicaId: -1,
        sessionId: 2025,
        sessionEpoch: 1,
        topics: [],
        forgottenTopicsData: [],
      }),
    );
    if (d.outcome !== 'forward-modified') throw new Error(d.outcome);
    const r = decodeResponse(
      applyResponseHooks(
        d,
        brokerResponseFrame(d.frame, { errorCode: 35, sessionId: 2025, responses: [] }),
        1,
        10,
      ),
      1,
      10,
    ) as FetchResponse;
    expect([r.errorCode, r.responses]).toEqual([35, []]);
  });

  it('leaves a topic named without partitions out of the refusals of a session (the broker lists partitions, not topics)', async () => {
    const { filter } = filterWith(loadPolicy(POLICY('allowed')));
    const d = await decideFrame(
      filter,
      nodeConnection('app'),
      fetchV17(0, 0, [
        { topicId: SECRET, partitions: [] },
        { topicId: ALLOWED, partitions: [0] },
      ]),
    );
    expect(
      project(clientSees(d, (f) => brokerAnswer(f, 1013, [{ topicId: ALLOWED, partitions: [0] }]))),
    ).toEqual([0, [[ALLOWED, [[0, 0, 12]]]]]);
  });

  it('answers a sessionless fetch with an isolation level the broker cannot read as the broker does once one partition is authorized: the whole request UNKNOWN_SERVER_ERROR (-1)', async () => {
    const { filter } = filterWith(loadPolicy(POLICY('allowed')));
    for (const version of [17, 12]) {
      const frame = requestFrame(1, version, {
        replicaId: -1,
        isolationLevel: 2,
        sessionEpoch: -1,
        topics: [
          { topic: 'secret', topicId: SECRET, partitions: [{ partition: 0 }] },
          { topic: 'allowed', topicId: ALLOWED, partitions: [{ partition: 1 }] },
        ],
      });
      const d = await decideFrame(filter, nodeConnection('app'), frame);
      expect(d.outcome).toBe('forward-modified');
      if (d.outcome !== 'forward-modified') continue;
      // The broker fails the allowed part it was sent.
      const failed = brokerResponseFrame(d.frame, {
        errorCode: -1,
        responses:
          version >= 13
            ? []
            : [{ topic: 'allowed', partitions: [{ partitionIndex: 1, errorCode: -1, highWatermark: -1 }] }],
      });
      const seen = decodeResponse(d.rewriteResponse!(failed), 1, version) as FetchResponse;
      expect([
        seen.errorCode,
        seen.responses.map((t) => [t.topic, t.partitions.map((p) => [p.partitionIndex, p.errorCode])]),
      ]).toEqual(
        version >= 13
          ? [-1, []]
          : [
              -1,
              [
                ['secret', [[0, -1]]],
                ['allowed', [[1, -1]]],
              ],
            ],
      );
    }
  });

  it('answers a fetch whose answer lists a partition after one of the zero topic ID as the broker does: the whole request UNKNOWN_SERVER_ERROR (-1), no partitions', async () => {
    const { filter } = filterWith(loadPolicy(POLICY('allowed')));
    const frame = requestFrame(1, 17, {
      sessionEpoch: -1,
      topics: [
        { topicId: 'AAAAAAAAAAAAAAAAAAAAAA', partitions: [{ partition: 0 }] },
        { topicId: SECRET, partitions: [{ partition: 0 }] },
      ],
    });
    const d = await decideFrame(filter, nodeConnection('app'), frame);
    expect(d.outcome).toBe('answer');
    expect(project(clientSees(d, () => Buffer.alloc(0)))).toEqual([-1, []]);
  });

  it('forwards a session fetch with an isolation level the broker cannot read as READ_UNCOMMITTED, and answers the refusals when nothing is readable, -1 for the whole fetch when something is', async () => {
    const { filter } = filterWith(loadPolicy(POLICY('allowed')));
    const app = nodeConnection('app');
    const open = (topics: Topics): Buffer =>
      requestFrame(1, 17, {
        isolationLevel: 5,
        sessionId: 0,
        sessionEpoch: 0,
        topics: topics.map((t) => ({
          topicId: t.topicId,
          partitions: t.partitions.map((partition) => ({ partition })),
        })),
      });
    const refusedOnly = await decideFrame(filter, app, open(SECRET3));
    expect(refusedOnly.outcome).toBe('forward-modified');
    if (refusedOnly.outcome !== 'forward-modified') return;
    expect(decodeForwarded(refusedOnly.frame).body).toMatchObject({ isolationLevel: 0 });
    const seen = clientSees(refusedOnly, (f) => brokerAnswer(f, 1014, SECRET3));
    expect([seen.errorCode, seen.sessionId !== 0, project(seen)[1]]).toEqual([
      0,
      true,
      [
        [
          SECRET,
          [
            [0, 29, 0],
            [1, 29, 0],
            [2, 29, 0],
          ],
        ],
      ],
    ]);
    const both: Topics = [...SECRET3, { topicId: ALLOWED, partitions: [0] }];
    const readable = await decideFrame(filter, app, open(both));
    expect(project(clientSees(readable, (f) => brokerAnswer(f, 1015, both)))).toEqual([-1, []]);
    // The reference opened no session for the failed fetch; the proxy keeps none either.
    expect(filter.fetchSessions.tracker.get('node-1', 1015)).toBeUndefined();
  });

  it('forwards a session fetch holding the zero topic ID and nothing the principal may read without waiting (MaxWaitMs 0): the reference answers such a fetch at once', async () => {
    const { filter } = filterWith(loadPolicy(POLICY('allowed')));
    const frame = fetchV17(0, 0, [
      { topicId: 'AAAAAAAAAAAAAAAAAAAAAA', partitions: [0] },
      { topicId: SECRET, partitions: [0] },
    ]);
    const d = await decideFrame(filter, nodeConnection('app'), frame);
    expect(d.outcome).toBe('forward-modified');
    if (d.outcome !== 'forward-modified') return;
    expect(decodeForwarded(d.frame).body).toMatchObject({ maxWaitMs: 0, sessionEpoch: 0 });
    const readable = await decideFrame(
      filter,
      nodeConnection('app'),
      fetchV17(0, 0, [
        { topicId: 'AAAAAAAAAAAAAAAAAAAAAA', partitions: [0] },
        { topicId: ALLOWED, partitions: [0] },
      ]),
    );
    if (readable.outcome !== 'forward-modified') throw new Error(readable.outcome);
    expect(decodeForwarded(readable.frame).body).toMatchObject({ maxWaitMs: 100 });
  });
});
