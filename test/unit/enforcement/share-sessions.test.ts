// Share sessions (KIP-932) through the PolicyEnforcementFilter: a ShareFetch on a session the proxy
// saw opened is decided with every topic the session holds, so that the broker behind the proxy
// (no authorizer) never reads, and so never acquires, a partition the principal of the request may
// not read. test/integration/red-team-share-groups.test.ts runs the same against real brokers and
// the reference StandardAuthorizer.

import { describe, expect, it } from 'vitest';
import type { ShareFetchResponse } from '../../../protocol/generated/index.js';
import type { ConnectionContext } from '../../../src/connection/connection-context.js';
import { PolicyEnforcementFilter } from '../../../src/enforcement/policy-enforcement-filter.js';
import { TopicIdResolver } from '../../../src/enforcement/topic-id-resolver.js';
import {
  brokerResponseFrame,
  connectionFor,
  decideFrame,
  decodeAnswer,
  loadPolicy,
  requestFrame,
} from './scenario-support.js';

const ALLOWED = 'EQAAAAAAAAAAAAAAAAAAAQ';
const SECRET = 'MwAAAAAAAAAAAAAAAAAAAw';

const POLICY = `apiVersion: kafka-l7-proxy/v1
kind: KafkaPolicy
identities:
  - sasl: {}
rules:
  - principal: User:app
    allow:
      - { role: consume, topic: allowed, group: g1 }
  - principal: User:admin
    allow:
      - { role: consume, topic: '*', group: '*' }
`;

function newFilter(): PolicyEnforcementFilter {
  const topicIds = new TopicIdResolver(undefined);
  topicIds.learn(ALLOWED, 'allowed');
  topicIds.learn(SECRET, 'secret');
  return new PolicyEnforcementFilter({ policy: loadPolicy(POLICY), topicIds });
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

/** Decides `frame` for `connection` and, when forwarded, passes the broker's answer (`errorCode`). */
async function send(
  filter: PolicyEnforcementFilter,
  connection: ConnectionContext,
  frame: Buffer,
  errorCode = 0,
): Promise<'forwarded' | 'refused' | 'broker refused'> {
  const d = await decideFrame(filter, connection, frame);
  if (d.outcome === 'answer') {
    expect((decodeAnswer(d.responseBody, 78, 1) as ShareFetchResponse).errorCode).toBe(29);
    return 'refused';
  }
  expect(d.outcome).toBe('forward-modified');
  if (d.outcome !== 'forward-modified') throw new Error(d.outcome);
  d.rewriteResponse!(brokerResponseFrame(frame, { errorCode, responses: [] }));
  return errorCode === 0 ? 'forwarded' : 'broker refused';
}

describe('ShareFetch on a share session another principal opened', () => {
  it("is refused, not forwarded, when the session holds a topic the caller may not read (the broker would acquire its records for admin's member)", async () => {
    const filter = newFilter();
    expect(await send(filter, nodeConnection('admin'), shareFetch(0, [SECRET]))).toBe('forwarded');
    expect(await send(filter, nodeConnection('app'), shareFetch(1))).toBe('refused');
    // The owner itself goes on fetching it.
    expect(await send(filter, nodeConnection('admin'), shareFetch(1))).toBe('forwarded');
  });

  it('is forwarded when the session holds only topics the caller may read', async () => {
    const filter = newFilter();
    expect(await send(filter, nodeConnection('admin'), shareFetch(0, [ALLOWED]))).toBe('forwarded');
    expect(await send(filter, nodeConnection('app'), shareFetch(1))).toBe('forwarded');
  });

  it('follows what the session holds: a topic added later counts, a forgotten one no longer does', async () => {
    const filter = newFilter();
    await send(filter, nodeConnection('admin'), shareFetch(0, [ALLOWED]));
    await send(filter, nodeConnection('admin'), shareFetch(1, [SECRET]));
    expect(await send(filter, nodeConnection('app'), shareFetch(2))).toBe('refused');
    await send(filter, nodeConnection('admin'), shareFetch(2, [], [SECRET]));
    expect(await send(filter, nodeConnection('app'), shareFetch(3))).toBe('forwarded');
  });

  it('a new session (epoch 0) replaces the old one; the final epoch (-1) closes it', async () => {
    const filter = newFilter();
    await send(filter, nodeConnection('admin'), shareFetch(0, [SECRET]));
    await send(filter, nodeConnection('admin'), shareFetch(0, [ALLOWED]));
    expect(await send(filter, nodeConnection('app'), shareFetch(1))).toBe('forwarded');
    await send(filter, nodeConnection('admin'), shareFetch(0, [SECRET]));
    await send(filter, nodeConnection('admin'), shareFetch(-1));
    expect(await send(filter, nodeConnection('app'), shareFetch(1))).toBe('forwarded');
  });

  it('a fetch the broker refused changes no session; sessions are per broker and per member', async () => {
    const filter = newFilter();
    await send(filter, nodeConnection('admin'), shareFetch(0, [SECRET]), 122);
    expect(await send(filter, nodeConnection('app'), shareFetch(1))).toBe('forwarded');
    await send(filter, nodeConnection('admin'), shareFetch(0, [SECRET]));
    expect(await send(filter, nodeConnection('app', 2), shareFetch(1))).toBe('forwarded');
    expect(await send(filter, nodeConnection('app'), shareFetch(1, [], [], 'member-b'))).toBe('forwarded');
    expect(await send(filter, nodeConnection('app'), shareFetch(1))).toBe('refused');
  });
});
