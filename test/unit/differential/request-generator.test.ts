import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectEchoes, emptyEchoPool, requestArbitrary } from '../../differential/request-generator.js';

describe('generated requests of the differential harness', () => {
  it('commit offsets with the broker retention or an hour or more, never a retention that expires during a run', () => {
    for (const version of [2, 3, 4]) {
      const samples = fc.sample(requestArbitrary(8, version), { seed: 42, numRuns: 200 });
      const retentions = new Set(samples.map((s) => s.retentionTimeMs));
      expect([...retentions].every((r) => r === -1n || (typeof r === 'bigint' && r >= 3_600_000n))).toBe(
        true,
      );
      expect(retentions.has(-1n)).toBe(true);
    }
  });
});

describe('echoes the harness takes from an answer for later requests', () => {
  it("takes the member id a JoinGroup gives the requester, not the leader's member list (the broker's hash-map order)", () => {
    const pool = emptyEchoPool();
    collectEchoes(
      {
        errorCode: 0,
        memberId: 'me',
        leader: 'me',
        members: [{ memberId: 'other-b' }, { memberId: 'me' }, { memberId: 'other-a' }],
      },
      pool,
    );
    expect(pool.memberId).toEqual(['me']);
  });

  it("takes a Fetch's session id and InitProducerId's producer id, never producer ids listed by DescribeProducers", () => {
    const pool = emptyEchoPool();
    collectEchoes({ errorCode: 0, sessionId: 42, responses: [] }, pool);
    collectEchoes({ errorCode: 0, producerId: 7n, producerEpoch: 0 }, pool);
    collectEchoes(
      { topics: [{ partitions: [{ activeProducers: [{ producerId: 9n }, { producerId: 8n }] }] }] },
      pool,
    );
    expect(pool.sessionId).toEqual([42]);
    expect(pool.producerId).toEqual([7n]);
  });

  it('keeps each id once, and the last 8', () => {
    const pool = emptyEchoPool();
    for (const id of ['m0', 'm0', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8', 'm9'])
      collectEchoes({ errorCode: 0, memberId: id, assignment: {} }, pool);
    expect(pool.memberId).toEqual(['m2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8', 'm9']);
  });
});
