// Metadata requests the broker rejects before authorizing anything, answered as the broker does:
// below v12 an entry with a topic ID (or a null name) makes every entry INVALID_REQUEST (42).
// Checked against a broker with StandardAuthorizer by the differential harness (seed 424242).

import { describe, expect, it } from 'vitest';
import { rejectedMetadataAnswer } from '../../../src/enforcement/apis/metadata.js';
import { encodeResponseBody } from '../../../src/enforcement/request-codec.js';

const ZERO = 'AAAAAAAAAAAAAAAAAAAAAA';
const SOME_ID = 'xrNR63heSjuDGYLHUXQV-w';

describe('Metadata below v12 with a topic ID', () => {
  it('answers every entry 42, in request order, with the name and ID as sent', () => {
    const request = {
      topics: [
        { topicId: SOME_ID, name: 'Allowed' },
        { topicId: ZERO, name: 'allowed' },
        { topicId: ZERO, name: 'secret' },
      ],
      allowAutoTopicCreation: true,
      includeClusterAuthorizedOperations: false,
      includeTopicAuthorizedOperations: false,
    };
    for (const version of [10, 11]) {
      const answer = rejectedMetadataAnswer(request, version)!;
      expect(answer.topics.map((t) => [t.name, t.topicId, t.errorCode, t.partitions.length])).toEqual([
        ['Allowed', SOME_ID, 42, 0],
        ['allowed', ZERO, 42, 0],
        ['secret', ZERO, 42, 0],
      ]);
      expect(() => encodeResponseBody(3, version, answer)).not.toThrow();
    }
  });

  it('leaves v12+ and requests without IDs to the policy', () => {
    const byId = {
      topics: [{ topicId: SOME_ID, name: null }],
      allowAutoTopicCreation: false,
      includeClusterAuthorizedOperations: false,
      includeTopicAuthorizedOperations: false,
    };
    expect(rejectedMetadataAnswer(byId, 12)).toBeUndefined();
    expect(
      rejectedMetadataAnswer({ ...byId, topics: [{ topicId: ZERO, name: 'allowed' }] }, 11),
    ).toBeUndefined();
    expect(rejectedMetadataAnswer({ ...byId, topics: null }, 11)).toBeUndefined();
  });

  it('v12+: an entry with neither name nor ID fails the whole request with -1 (top-level from v13)', () => {
    const request = {
      topics: [{ topicId: ZERO, name: null }],
      allowAutoTopicCreation: false,
      includeClusterAuthorizedOperations: false,
      includeTopicAuthorizedOperations: true,
    };
    const v13 = rejectedMetadataAnswer(request, 13)!;
    expect([v13.errorCode, v13.topics[0]!.errorCode, v13.topics[0]!.name]).toEqual([-1, -1, '']);
    expect(() => encodeResponseBody(3, 13, v13)).not.toThrow();
    expect(() => encodeResponseBody(3, 12, rejectedMetadataAnswer(request, 12))).not.toThrow();
  });

  it('v12+: an entry with neither name nor ID next to an entry with a topic ID is left to the lookup by ID (the broker ignores it)', () => {
    const request = {
      topics: [
        { topicId: ZERO, name: null },
        { topicId: SOME_ID, name: 'pub' },
      ],
      allowAutoTopicCreation: false,
      includeClusterAuthorizedOperations: false,
      includeTopicAuthorizedOperations: true,
    };
    for (const version of [12, 13]) expect(rejectedMetadataAnswer(request, version)).toBeUndefined();
  });
});
