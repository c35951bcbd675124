/* eslint-disable @typescript-eslint/no-explicit-any -- share-group offsets answers read loosely */
// Share sessions (KIP-932) through the PolicyEnforcementFilter: a ShareFetch on a session the proxy
// saw opened is decided with every topic the session holds, so that the broker behind the proxy
// (no authorizer) never reads, and so never acquires, a partition the principal of the request may
// not read. test/integration/red-team-share-groups.test.ts runs the same against real brokers and
// the reference StandardAuthorizer.

import { describe, expect, it } from 'vitest';
import type {
  ShareAcknowledgeRequest,
  ShareAcknowledgeResponse,
  ShareFetchRequest,
  ShareFetchResponse,
} from '../../../protocol/generated/index.js';
import type { ConnectionContext } from '../../../src/connection/connection-context.js';
import { PolicyEnforcementFilter } from '../../../src/enforcement/policy-enforcement-filter.js';
import { TopicIdResolver } from '../../../src/enforcement/topic-id-resolver.js';
import {
  brokerResponseFrame,
  connectionFor,
  decideFrame,
  decodeAnswer,
  decodeForwarded,
  decodeResponse,
  requestFrame,
  saslPolicy,
} from './scenario-support.js';

const ALLOWED = 'EQAAAAAAAAAAAAAAAAAAAQ';
const SECRET = 'MwAAAAAAAAAAAAAAAAAAAw';

const RULES = `  - principal: User:app
    allow:
      - { role: consume, topic: allowed, group: g1 }
      - { apiKey: AlterShareGroupOffsets, topic: allowed, group: g1 }
      - { apiKey: DeleteShareGroupOffsets, topic: allowed, group: g1 }
  - principal: User:admin
    allow:
      - { role: consume, topic: '*', group: '*' }
      - { apiKey: DeleteShareGroupOffsets }
`;

function newFilter(): PolicyEnforcementFilter {
  const topicIds = new TopicIdResolver(undefined);
  topicIds.learn(ALLOWED, 'allowed');
  topicIds.learn(SECRET, 'secret');
  return new PolicyEnforcementFilter({ policy: saslPolicy(RULES), topicIds });
}

/** A connection through the proxy's listener for broker node `nodeId`, as SASL user `user`. */
function nodeConnection(user: string, nodeId = 1): ConnectionContext {
  return { ...connectionFor({ principal: `User:${user}` }), listener: { kind: 'node', nodeId } };
}

const shareFetch = (
  epoch: number,
  topics: string[] = [],
  forgotten: string[] = [],
  memberId = 'member-a',
): Buffer =>
  requestFrame(78, 1, {
    groupId: 'g1',
    memberId,
    shareSessionEpoch: epoch,
    topics: topics.map((topicId) => ({ topicId, partitions: [{ partitionIndex: 0 }] })),
    forgottenTopicsData: forgotten.map((topicId) => ({ topicId, partitions: [0] })),
  });

/** What the broker was sent and what the client got back for one ShareFetch. */
interface Exchange {
  /** Topic ID:partition pairs the forwarded request names, and those it forgets. */
  sent: { topics: string[]; forgotten: string[] };
  /** The answer the client got: topic ID:partition=error code. */
  got: string[];
}

const NAMES: Record<string, string> = { [ALLOWED]: 'allowed', [SECRET]: 'secret' };
const pairs = (topics: Array<{ topicId: string; partitions: Array<number | { partitionIndex: number }> }>) =>
  topics.flatMap((t) =>
    t.partitions.map((p) => `${NAMES[t.topicId]}:${typeof p === 'number' ? p : p.partitionIndex}`),
  );

/**
 * Decides `frame` for `connection`, and passes the broker's answer (top-level `errorCode`, every
 * forwarded partition served with error 0) through the proxy's rewrite.
 */
async function send(
  filter: PolicyEnforcementFilter,
  connection: ConnectionContext,
  frame: Buffer,
  errorCode = 0,
): Promise<Exchange> {
  const d = await decideFrame(filter, connection, frame);
  if (d.outcome !== 'forward-modified') throw new Error(`not forwarded: ${d.outcome}`);
  const forwarded = decodeForwarded(d.frame ?? frame).body as ShareFetchRequest;
  const answer = brokerResponseFrame(frame, {
    errorCode,
    responses:
      errorCode !== 0
        ? []
        : forwarded.topics.map((t) => ({
            topicId: t.topicId,
            partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex })),
          })),
  });
  const got = decodeResponse(d.rewriteResponse!(answer), 78, 1) as ShareFetchResponse;
  return {
    sent: { topics: pairs(forwarded.topics), forgotten: pairs(forwarded.forgottenTopicsData) },
    got: got.responses.flatMap((t) =>
      t.partitions.map((p) => `${NAMES[t.topicId]}:${p.partitionIndex}=${p.errorCode}`),
    ),
  };
}

describe('ShareFetch and the share session it reads (the broker behind the proxy never reads a refused partition)', () => {
  it("another principal's fetch on a session holding a topic it may not read: the partition is taken out of the broker's session and answered 29; the owner's next fetch puts it back", async () => {
    const filter = newFilter();
    await send(filter, nodeConnection('admin'), shareFetch(0, [SECRET]));
    expect(await send(filter, nodeConnection('app'), shareFetch(1))).toEqual({
      sent: { topics: [], forgotten: ['secret:0'] },
      got: ['secret:0=29'],
    });
    expect(await send(filter, nodeConnection('admin'), shareFetch(2))).toEqual({
      sent: { topics: ['secret:0'], forgotten: [] },
      got: ['secret:0=0'],
    });
  });

  it('a fetch naming a readable and a refused topic: the readable one forwarded, the refused one answered 29, on this fetch and every later one of the session', async () => {
    const filter = newFilter();
    expect(await send(filter, nodeConnection('app'), shareFetch(0, [ALLOWED, SECRET]))).toEqual({
      sent: { topics: ['allowed:0'], forgotten: [] },
      got: ['allowed:0=0', 'secret:0=29'],
    });
    expect(await send(filter, nodeConnection('app'), shareFetch(1))).toEqual({
      sent: { topics: [], forgotten: [] },
      got: ['secret:0=29'],
    });
    // Forgotten by the client: no longer answered.
    expect(await send(filter, nodeConnection('app'), shareFetch(2, [], [SECRET]))).toEqual({
      sent: { topics: [], forgotten: [] },
      got: [],
    });
  });

  it('a session holding only topics the caller may read is forwarded as it came', async () => {
    const filter = newFilter();
    await send(filter, nodeConnection('admin'), shareFetch(0, [ALLOWED]));
    expect(await send(filter, nodeConnection('app'), shareFetch(1))).toEqual({
      sent: { topics: [], forgotten: [] },
      got: [],
    });
  });

  it('a new session (epoch 0) replaces the old one; the final epoch (-1) closes it', async () => {
    const filter = newFilter();
    await send(filter, nodeConnection('admin'), shareFetch(0, [SECRET]));
    await send(filter, nodeConnection('admin'), shareFetch(0, [ALLOWED]));
    expect((await send(filter, nodeConnection('app'), shareFetch(1))).got).toEqual([]);
    await send(filter, nodeConnection('admin'), shareFetch(0, [SECRET]));
    await send(filter, nodeConnection('admin'), shareFetch(-1));
    const closed = await decideFrame(filter, nodeConnection('app'), shareFetch(1));
    if (closed.outcome !== 'answer') throw new Error(closed.outcome);
    expect((decodeAnswer(closed.responseBody, 78, 1) as ShareFetchResponse).errorCode).toBe(122);
  });

  it('a fetch on a session the proxy did not see opened (another broker, another member, or one the broker refused) is answered SHARE_SESSION_NOT_FOUND without reaching the broker', async () => {
    const filter = newFilter();
    const notFound = async (connection: ConnectionContext, frame: Buffer): Promise<void> => {
      const d = await decideFrame(filter, connection, frame);
      if (d.outcome !== 'answer') throw new Error(`not answered: ${d.outcome}`);
      const answer = decodeAnswer(d.responseBody, 78, 1) as ShareFetchResponse;
      expect([answer.errorCode, answer.errorMessage, answer.responses]).toEqual([
        122,
        'The share session was not found.',
        [],
      ]);
    };
    await send(filter, nodeConnection('admin'), shareFetch(0, [SECRET]), 122);
    await notFound(nodeConnection('app'), shareFetch(1));
    await send(filter, nodeConnection('admin'), shareFetch(0, [SECRET]));
    await notFound(nodeConnection('app', 2), shareFetch(1));
    await notFound(nodeConnection('app'), shareFetch(1, [], [], 'member-b'));
    expect((await send(filter, nodeConnection('app'), shareFetch(1))).sent.forgotten).toEqual(['secret:0']);
    // A new session (epoch 0) is always forwarded, and then followed.
    expect((await send(filter, nodeConnection('app'), shareFetch(0, [ALLOWED], [], 'member-b'))).got).toEqual(
      ['allowed:0=0'],
    );
  });
});

describe('ShareAcknowledge', () => {
  const acknowledge = (topics: string[]): Buffer =>
    requestFrame(79, 1, {
      groupId: 'g1',
      memberId: 'member-a',
      shareSessionEpoch: 3,
      topics: topics.map((topicId) => ({
        topicId,
        partitions: [
          {
            partitionIndex: 0,
            acknowledgementBatches: [{ firstOffset: 0n, lastOffset: 0n, acknowledgeTypes: [3] }],
          },
        ],
      })),
    });

  it('forwards the topics the caller may read and answers the others 29 (none readable: an empty acknowledgement moves the epoch on, as on the broker)', async () => {
    const filter = newFilter();
    for (const [named, sent, got] of [
      [[ALLOWED, SECRET], ['allowed:0'], ['allowed:0=0', 'secret:0=29']],
      [[SECRET], [], ['secret:0=29']],
    ] as const) {
      const frame = acknowledge([...named]);
      const d = await decideFrame(filter, nodeConnection('app'), frame);
      if (d.outcome !== 'forward-modified') throw new Error(d.outcome);
      const forwarded = decodeForwarded(d.frame!).body as ShareAcknowledgeRequest;
      expect(pairs(forwarded.topics)).toEqual(sent);
      const answer = brokerResponseFrame(frame, {
        responses: forwarded.topics.map((t) => ({ topicId: t.topicId, partitions: [{ partitionIndex: 0 }] })),
      });
      const seen = decodeResponse(d.rewriteResponse!(answer), 79, 1) as ShareAcknowledgeResponse;
      expect(
        seen.responses.flatMap((t) =>
          t.partitions.map((p) => `${NAMES[t.topicId]}:${p.partitionIndex}=${p.errorCode}`),
        ),
      ).toEqual(got);
    }
  });
});

describe('AlterShareGroupOffsets and DeleteShareGroupOffsets', () => {
  it('forward the topics the caller may read and answer the others 29 on their partitions; a top-level error of the coordinator is the whole answer', async () => {
    const filter = newFilter();
    const alter = requestFrame(91, 0, {
      groupId: 'g1',
      topics: ['allowed', 'secret'].map((topicName) => ({
        topicName,
        partitions: [{ partitionIndex: 0, startOffset: 0n }],
      })),
    });
    const d = await decideFrame(filter, nodeConnection('app'), alter);
    if (d.outcome !== 'forward-modified') throw new Error(d.outcome);
    expect((decodeForwarded(d.frame!).body as any).topics.map((t: any) => t.topicName)).toEqual(['allowed']);
    const served = brokerResponseFrame(alter, {
      responses: [{ topicName: 'allowed', topicId: ALLOWED, partitions: [{ partitionIndex: 0 }] }],
    });
    const seen = decodeResponse(d.rewriteResponse!(served), 91, 0) as any;
    expect(seen.responses.map((t: any) => [t.topicName, t.partitions.map((p: any) => p.errorCode)])).toEqual([
      ['allowed', [0]],
      ['secret', [29]],
    ]);
    const remove = requestFrame(92, 0, { groupId: 'g1', topics: [{ topicName: 'secret' }] });
    const r = await decideFrame(filter, nodeConnection('admin'), remove);
    expect(r.outcome).toBe('forward');
    const refused = await decideFrame(filter, nodeConnection('app'), remove);
    if (refused.outcome !== 'forward-modified') throw new Error(refused.outcome);
    expect((decodeForwarded(refused.frame!).body as any).topics).toEqual([]);
    const missingGroup = decodeResponse(
      refused.rewriteResponse!(brokerResponseFrame(remove, { errorCode: 69, responses: [] })),
      92,
      0,
    ) as any;
    expect([missingGroup.errorCode, missingGroup.responses]).toEqual([69, []]);
  });
});
