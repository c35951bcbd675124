// The Fetch answer rewrites that make the broker's answer (no authorizer) the one a broker with
// StandardAuthorizer gives: order of the erroneous partitions, refusals, and the answers the broker
// cannot build. docs/fetch-sessions.md states the broker's rules, with their sources.

import { describe, expect, it } from 'vitest';
import type { FetchResponse } from '../../../protocol/generated/index.js';
import {
  answerLikeAuthorizer,
  brokerFailsToList,
  reorderLikeAuthorizer,
} from '../../../src/enforcement/fetch-response-filter.js';
import { deniedTopicEntry } from '../../../src/enforcement/fetch-response-filter.js';

const ZERO = 'AAAAAAAAAAAAAAAAAAAAAA';

type Part = [partition: number, code: number, records?: number];

/** A v17 answer: topics by ID with partitions [index, error code, record bytes]. */
function answer(...topics: Array<[string, Part[]]>): FetchResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    sessionId: 7,
    responses: topics.map(([topicId, parts]) => ({
      topic: '',
      topicId,
      partitions: parts.map(([partitionIndex, errorCode, records = 0]) => ({
        ...deniedTopicEntry(topicId, [partitionIndex], errorCode, 17).partitions[0]!,
        highWatermark: records > 0 ? 10n : -1n,
        records: Buffer.alloc(records),
      })),
    })),
    nodeEndpoints: [],
  } as unknown as FetchResponse;
}

const shape = (r: FetchResponse): unknown => [
  r.errorCode,
  r.responses.map((t) => [
    t.topicId,
    t.partitions.map((p) => [p.partitionIndex, p.errorCode, p.records?.length ?? 0]),
  ]),
];

const session = (...parts: Array<[string, number]>) => parts.map(([key, partition]) => ({ key, partition }));

describe('answerLikeAuthorizer', () => {
  it('lists served partitions first, then unknown topic IDs, then refused and missing partitions in session order, consecutive ones of a topic in one entry', () => {
    // Session order: secret-0, allowed-0, allowed-9 (no such partition), secret-1, unknown-0.
    const order = session(['secret', 0], ['allowed', 0], ['allowed', 9], ['secret', 1], ['unknown', 0]);
    const verdict = (key: string): number => (key === 'secret' ? 29 : key === 'unknown' ? 100 : 0);
    const r = answer(
      ['allowed', [[0, 0, 12]]],
      [
        'secret',
        [
          [0, 0, 12],
          [1, 0, 12],
        ],
      ],
      ['allowed', [[9, 3]]],
      ['unknown', [[0, 100]]],
    );
    answerLikeAuthorizer(r, 17, order, verdict);
    expect(shape(r)).toEqual([
      0,
      [
        ['allowed', [[0, 0, 12]]],
        ['unknown', [[0, 100, 0]]],
        ['secret', [[0, 29, 0]]],
        ['allowed', [[9, 3, 0]]],
        ['secret', [[1, 29, 0]]],
      ],
    ]);
  });

  it('refuses a partition of a refused topic that the session does not hold, rather than pass its records', () => {
    const r = answer(['secret', [[2, 0, 12]]]);
    answerLikeAuthorizer(r, 17, session(['allowed', 0]), (k) => (k === 'secret' ? 29 : 0));
    expect(shape(r)).toEqual([0, [['secret', [[2, 29, 0]]]]]);
  });

  it('leaves an answer with a top-level error as it is', () => {
    const r = { ...answer(), errorCode: 71, sessionId: 0 };
    answerLikeAuthorizer(r, 17, session(['secret', 0]), () => 29);
    expect(shape(r)).toEqual([71, []]);
  });
});

describe('reorderLikeAuthorizer', () => {
  it('puts the proxy refusals and the broker errors of a sessionless fetch in request order after the served partitions', () => {
    const order = session(['secret', 0], ['allowed', 5], ['allowed', 0]);
    const r = answer(['allowed', [[0, 0, 12]]], ['allowed', [[5, 3]]], ['secret', [[0, 29]]]);
    reorderLikeAuthorizer(r, 17, order, new Set(['secret']));
    expect(shape(r)).toEqual([
      0,
      [
        ['allowed', [[0, 0, 12]]],
        ['secret', [[0, 29, 0]]],
        ['allowed', [[5, 3, 0]]],
      ],
    ]);
  });
});

describe('brokerFailsToList', () => {
  it('is true when a partition of the zero topic ID is followed by any other partition (the broker fails such a Fetch with -1)', () => {
    expect(
      brokerFailsToList(
        answer([
          ZERO,
          [
            [0, 100],
            [1, 100],
          ],
        ]),
        17,
      ),
    ).toBe(true);
    expect(brokerFailsToList(answer([ZERO, [[0, 100]]], ['secret', [[0, 29]]]), 13)).toBe(true);
  });

  it('is false when the zero topic ID is listed last with one partition, or before v13 (topics by name)', () => {
    expect(brokerFailsToList(answer(['secret', [[0, 29]]], [ZERO, [[0, 100]]]), 17)).toBe(false);
    expect(
      brokerFailsToList(
        answer([
          ZERO,
          [
            [0, 29],
            [1, 29],
          ],
        ]),
        12,
      ),
    ).toBe(false);
  });
});
