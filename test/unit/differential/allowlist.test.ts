import { describe, expect, it } from 'vitest';
import type { Step } from '../../differential/differential.js';
import { allowlistMatches, deleteTopicsAsTheProxyAnswers } from '../../differential/allowlist.js';
import { firstDifference } from '../../differential/normalise.js';
import type { PrincipalName } from '../../differential/universe.js';

const deleteTopics = (principal: PrincipalName): Step => ({
  principal,
  slot: 0,
  apiKey: 20,
  version: 6,
  body: () => ({}),
  label: 'generated #1 (seed 424242)',
});

/** The allowlist entries that justify a normalised DeleteTopics pair. */
function justify(principal: PrincipalName, proxy: unknown, reference: unknown): string[] {
  const where = firstDifference(proxy, reference);
  if (where === undefined) return ['(equal)'];
  return allowlistMatches({ step: deleteTopics(principal), request: {}, proxy, reference, where });
}

const entry = (name: string | null, topicId: string, errorCode: number) => ({ name, topicId, errorCode });

describe('allowlist: DeleteTopics by a principal that may Describe but not Delete', () => {
  // admin may read (so Describe) every topic and delete none; the controller shuffles its answer.
  it('justifies the shuffled order together with the name the controller fills in for a topic named by ID', () => {
    const proxy = { responses: [entry(null, 'id:secret', 29), entry(null, 'id:?', 100)] };
    const reference = { responses: [entry(null, 'id:?', 100), entry('secret', 'id:secret', 29)] };
    expect(justify('admin', proxy, reference)).toEqual(['describable-names-and-existence']);
  });

  it("justifies a 3 for a missing topic named by name as the proxy's 29, in any order", () => {
    const proxy = { responses: [entry('missing', 'zero', 29), entry('allowed', 'zero', 29)] };
    const reference = { responses: [entry('allowed', 'zero', 29), entry('missing', 'zero', 3)] };
    expect(justify('admin', proxy, reference)).toEqual(['describable-names-and-existence']);
  });

  it('does not justify a name the reference shows for a topic the principal may not Describe', () => {
    // nobody holds nothing: the controller never names the topic for it, so a name would be a change
    const proxy = { responses: [entry(null, 'id:secret', 29)] };
    const reference = { responses: [entry('secret', 'id:secret', 29)] };
    expect(justify('nobody', proxy, reference)).toEqual([]);
    // app may describe allowed and pub.x, not secret
    expect(justify('app', proxy, reference)).toEqual([]);
  });

  it('does not justify a name the proxy shows and the reference hides', () => {
    const proxy = { responses: [entry('secret', 'id:secret', 29)] };
    const reference = { responses: [entry(null, 'id:secret', 29)] };
    expect(justify('admin', proxy, reference)).toEqual([]);
  });

  it('does not justify a different code for a topic named by ID', () => {
    const proxy = { responses: [entry(null, 'id:secret', 29)] };
    const reference = { responses: [entry('secret', 'id:secret', 3)] };
    expect(justify('admin', proxy, reference)).toEqual([]);
  });

  it('leaves the answer of a topic the principal may not describe as it is', () => {
    const reference = { responses: [entry('secret', 'zero', 3), entry('pub.x', 'id:pub.x', 29)] };
    expect(deleteTopicsAsTheProxyAnswers(reference, 'app')).toEqual({
      responses: [entry('secret', 'zero', 3), entry(null, 'id:pub.x', 29)],
    });
    expect(deleteTopicsAsTheProxyAnswers('closed', 'app')).toBe('closed');
  });
});

describe('allowlist: Fetch with MaxBytes 0 whose one-batch allowance the broker behind the proxy spends on a refused partition', () => {
  const fetchStep: Step = { ...deleteTopics('app'), apiKey: 1, version: 15 };
  const partition = (partitionIndex: number, errorCode: number, records: string) => ({
    partitionIndex,
    errorCode,
    highWatermark: errorCode === 0 ? '>=0' : -1,
    records,
  });
  const answer = (allowed0: string, secret0 = 'empty') => ({
    errorCode: 0,
    sessionId: 'set',
    responses: [
      { topic: '', topicId: 'id:allowed', partitions: [partition(0, 0, allowed0)] },
      { topic: '', topicId: 'id:secret', partitions: [partition(0, 29, secret0)] },
    ],
  });
  const justifyFetch = (request: object, proxy: unknown, reference: unknown): string[] => {
    const where = firstDifference(proxy, reference);
    if (where === undefined) return ['(equal)'];
    return allowlistMatches({ step: fetchStep, request, proxy, reference, where });
  };

  it('justifies records of a readable partition missing through the proxy on a session fetch with MaxBytes 0', () => {
    expect(justifyFetch({ maxBytes: 0, sessionEpoch: 0 }, answer('empty'), answer('records'))).toEqual([
      'fetch-bytes-spent-on-refused-partitions',
    ]);
  });

  it('does not justify it with a budget, on a sessionless fetch, or records the proxy shows and the reference does not', () => {
    expect(justifyFetch({ maxBytes: 1048576, sessionEpoch: 0 }, answer('empty'), answer('records'))).toEqual(
      [],
    );
    expect(justifyFetch({ maxBytes: 0, sessionEpoch: -1 }, answer('empty'), answer('records'))).toEqual([]);
    expect(justifyFetch({ maxBytes: 0, sessionEpoch: 1 }, answer('records'), answer('empty'))).toEqual([]);
    expect(
      justifyFetch({ maxBytes: 0, sessionEpoch: 1 }, answer('empty', 'records'), answer('records')),
    ).toEqual([]);
  });
});
