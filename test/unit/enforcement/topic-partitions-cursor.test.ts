import { describe, expect, it } from 'vitest';
import type {
  DescribeTopicPartitionsResponse,
  DescribeTopicPartitionsResponseTopic,
} from '../../../protocol/generated/index.js';
import {
  allTopicsForwardRequest,
  namedTopicsFromCursor,
  openCursor,
  pageAllowedTopics,
  rejectedCursorAnswer,
  sealCursor,
} from '../../../src/enforcement/apis/describe-topic-partitions.js';
import { describeTopicPartitions } from '../../../src/enforcement/apis/describe-topic-partitions.js';
import { mergeDeniedEntries } from '../../../src/enforcement/apis/resource-list.js';

const topic = (name: string, partitions: number[]): DescribeTopicPartitionsResponseTopic =>
  ({
    errorCode: 0,
    name,
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
    isInternal: false,
    partitions: partitions.map((partitionIndex) => ({ partitionIndex })),
    topicAuthorizedOperations: 0,
  }) as unknown as DescribeTopicPartitionsResponseTopic;

const response = (
  topics: DescribeTopicPartitionsResponseTopic[],
  nextCursor: { topicName: string; partitionIndex: number } | null = null,
): DescribeTopicPartitionsResponse => ({ throttleTimeMs: 0, topics, nextCursor });

const allowed = (name: string): boolean => name !== 'secret';
const shape = (r: DescribeTopicPartitionsResponse): unknown => ({
  topics: r.topics.map((t) => [t.name, t.partitions.map((p) => p.partitionIndex)]),
  next: r.nextCursor === null ? null : [r.nextCursor.topicName, r.nextCursor.partitionIndex],
});

describe('DescribeTopicPartitions paging over allowed topics', () => {
  it('cuts a topic at the limit and points the cursor at its next partition', () => {
    const r = response([topic('allowed', [0, 1, 2]), topic('secret', [0])]);
    pageAllowedTopics(r, 2, allowed);
    expect(shape(r)).toEqual({ topics: [['allowed', [0, 1]]], next: ['allowed', 2] });
  });

  it('skips hidden topics: a full page is followed by the next allowed topic, or by nothing', () => {
    const r = response([topic('allowed', [2]), topic('secret', [0, 1]), topic('visible', [0])]);
    pageAllowedTopics(r, 1, allowed);
    expect(shape(r)).toEqual({ topics: [['allowed', [2]]], next: ['visible', 0] });
    const last = response([topic('allowed', [2]), topic('secret', [0, 1])]);
    pageAllowedTopics(last, 1, allowed);
    expect(shape(last)).toEqual({ topics: [['allowed', [2]]], next: null });
  });

  it('treats a limit below 1 as 1, as the broker does', () => {
    const r = response([topic('allowed', [0, 1])]);
    pageAllowedTopics(r, 0, allowed);
    expect(shape(r)).toEqual({ topics: [['allowed', [0]]], next: ['allowed', 1] });
  });

  it("seals the broker's cursor when it stops on a hidden topic, and opens it on the way back", () => {
    const r = response([topic('allowed', [0])], { topicName: 'secret', partitionIndex: 4 });
    pageAllowedTopics(r, 100, allowed);
    const name = r.nextCursor!.topicName;
    expect(name).toMatch(/^~kafka-l7-proxy:/);
    expect(name).not.toContain('secret');
    expect(r.nextCursor!.partitionIndex).toBe(0);
    const forwarded = allTopicsForwardRequest({
      topics: [],
      responsePartitionLimit: 100,
      cursor: { topicName: name, partitionIndex: 0 },
    });
    expect(forwarded.cursor).toMatchObject({ topicName: 'secret', partitionIndex: 4 });
    expect(forwarded.responsePartitionLimit).toBe(2000);
  });

  it('passes on the broker cursor when it stops on an allowed topic', () => {
    const r = response([topic('allowed', [0])], { topicName: 'visible', partitionIndex: 3 });
    pageAllowedTopics(r, 100, allowed);
    expect(shape(r)).toEqual({ topics: [['allowed', [0]]], next: ['visible', 3] });
  });

  it('opens only cursors this process sealed', () => {
    expect(openCursor('~kafka-l7-proxy:AAAA')).toBeUndefined();
    const sealed = sealCursor({ topicName: 'x', partitionIndex: 1 });
    expect(openCursor(sealed)).toEqual({ topicName: 'x', partitionIndex: 1 });
    const tampered = sealed.slice(0, -2) + (sealed.endsWith('A') ? 'BB' : 'AA');
    expect(openCursor(tampered)).toBeUndefined();
    expect(openCursor('allowed')).toBeUndefined();
  });
});

describe('named DescribeTopicPartitions with a cursor', () => {
  const request = (cursor: { topicName: string; partitionIndex: number } | null) => ({
    topics: [{ name: 'allowed' }, { name: 'secret' }, { name: 'visible' }],
    responsePartitionLimit: 10,
    cursor,
  });
  const denied = (name: string): boolean => name === 'secret';

  it('keeps the names at or after a cursor on a hidden topic and drops the cursor', () => {
    const r = namedTopicsFromCursor(request({ topicName: 'secret', partitionIndex: 2 }), denied);
    expect(r.topics.map((t) => t.name)).toEqual(['secret', 'visible']);
    expect(r.cursor).toBeNull();
  });

  it('keeps a cursor on an allowed topic', () => {
    const r = namedTopicsFromCursor(request({ topicName: 'allowed', partitionIndex: 1 }), denied);
    expect(r.cursor).toEqual({ topicName: 'allowed', partitionIndex: 1 });
    expect(r.topics).toHaveLength(3);
  });

  it('leaves a cursor the broker refuses (not among the names, negative partition) to the broker', () => {
    const missing = request({ topicName: 'other', partitionIndex: 0 });
    expect(namedTopicsFromCursor(missing, denied)).toBe(missing);
    const negative = request({ topicName: 'secret', partitionIndex: -1 });
    expect(namedTopicsFromCursor(negative, denied)).toBe(negative);
  });
});

describe('DescribeTopicPartitions answers the broker checks before authorizing', () => {
  it('a named listing whose cursor topic is not named: every topic INVALID_REQUEST (42) in request order', () => {
    const answer = rejectedCursorAnswer({
      topics: [{ name: 'secret' }, { name: 'pub.x' }, { name: 'SECRET' }],
      responsePartitionLimit: 1,
      cursor: { topicName: 'pub', partitionIndex: 0 },
    });
    expect(answer?.topics.map((t) => [t.name, t.errorCode, t.partitions.length])).toEqual([
      ['secret', 42, 0],
      ['pub.x', 42, 0],
      ['SECRET', 42, 0],
    ]);
    expect(answer?.nextCursor).toBeNull();
  });

  it('a cursor the broker accepts is left to the policy', () => {
    expect(
      rejectedCursorAnswer({
        topics: [{ name: 'allowed' }],
        responsePartitionLimit: 1,
        cursor: { topicName: 'allowed', partitionIndex: 1 },
      }),
    ).toBeUndefined();
    expect(
      rejectedCursorAnswer({
        topics: [],
        responsePartitionLimit: 1,
        cursor: { topicName: 'x', partitionIndex: 0 },
      }),
    ).toBeUndefined();
  });

  it('a refused topic after the next cursor is not listed: the broker never visited it', () => {
    const request = {
      topics: [{ name: 'allowed' }, { name: 'secret' }],
      responsePartitionLimit: 1,
      cursor: null,
    };
    const response: DescribeTopicPartitionsResponse = {
      throttleTimeMs: 0,
      topics: [
        {
          errorCode: 0,
          name: 'allowed',
          topicId: 'AAAAAAAAAAAAAAAAAAAAAQ',
          isInternal: false,
          partitions: [],
          topicAuthorizedOperations: 0,
        },
      ],
      nextCursor: { topicName: 'allowed', partitionIndex: 1 },
    };
    mergeDeniedEntries(describeTopicPartitions.list!, request, response, 0, [0, 29]);
    expect(response.topics.map((t) => t.name)).toEqual(['allowed']);
    response.nextCursor = null;
    mergeDeniedEntries(describeTopicPartitions.list!, request, response, 0, [0, 29]);
    expect(response.topics.map((t) => t.name)).toEqual(['allowed', 'secret']);
  });
});
