// Refusals of cluster-level admin APIs answered as the broker does (each request's getErrorResponse
// in Kafka 4.1): every requested entry listed with the error; EndTxn's producer id and epoch -1.
// The shapes were checked against a broker with StandardAuthorizer by the differential harness.

import { describe, expect, it } from 'vitest';
import { wholeRequestDenial } from '../../../src/enforcement/whole-request-denials.js';
import { encodeResponseBody } from '../../../src/enforcement/request-codec.js';

const CLUSTER_AUTHORIZATION_FAILED = 31;

function denial(apiKey: number, version: number, request: unknown): Record<string, unknown> {
  const answer = wholeRequestDenial(apiKey, version, request, CLUSTER_AUTHORIZATION_FAILED);
  expect(answer).toBeDefined();
  // The answer must encode at that version.
  expect(() => encodeResponseBody(apiKey, version, answer)).not.toThrow();
  return answer as Record<string, unknown>;
}

describe('cluster-level refusals list every requested entry, like the broker', () => {
  it('ElectLeaders v0 (no top-level error) answers every partition with 31 instead of closing', () => {
    const r = denial(43, 0, {
      electionType: 0,
      topicPartitions: [{ topic: 'allowed', partitions: [0, 2] }],
      timeoutMs: 5000,
    });
    expect(r.replicaElectionResults).toEqual([
      {
        topic: 'allowed',
        partitionResult: [
          { partitionId: 0, errorCode: 31, errorMessage: null },
          { partitionId: 2, errorCode: 31, errorMessage: null },
        ],
      },
    ]);
  });

  it('ElectLeaders v2 also carries the top-level 31', () => {
    const r = denial(43, 2, {
      electionType: 1,
      topicPartitions: [{ topic: 'secret', partitions: [1] }],
      timeoutMs: 5000,
    });
    expect(r.errorCode).toBe(31);
    expect((r.replicaElectionResults as unknown[]).length).toBe(1);
  });

  it('AlterPartitionReassignments lists every partition and leaves allowReplicationFactorChange true', () => {
    const r = denial(45, 1, {
      timeoutMs: 5000,
      allowReplicationFactorChange: false,
      topics: [{ name: 'allowed', partitions: [{ partitionIndex: 0, replicas: [] }] }],
    });
    expect(r.errorCode).toBe(31);
    expect(r.allowReplicationFactorChange).toBe(true);
    expect(r.responses).toEqual([
      { name: 'allowed', partitions: [{ partitionIndex: 0, errorCode: 31, errorMessage: null }] },
    ]);
  });

  it('ListPartitionReassignments lists every requested partition without replicas', () => {
    const r = denial(46, 0, { timeoutMs: 5000, topics: [{ name: 'secret', partitionIndexes: [2] }] });
    expect(r.errorCode).toBe(31);
    expect(r.topics).toEqual([
      {
        name: 'secret',
        partitions: [{ partitionIndex: 2, replicas: [], addingReplicas: [], removingReplicas: [] }],
      },
    ]);
  });

  it('DescribeClientQuotas answers a null entry list', () => {
    const r = denial(48, 1, { components: [], strict: false });
    expect(r.errorCode).toBe(31);
    expect(r.entries).toBeNull();
  });

  it('DescribeUserScramCredentials answers one result per user, without the user name', () => {
    const r = denial(50, 0, { users: [{ name: 'alice' }, { name: 'bob' }] });
    expect(r.errorCode).toBe(31);
    expect(
      (r.results as Array<{ user: string; errorCode: number }>).map((x) => [x.user, x.errorCode]),
    ).toEqual([
      ['', 31],
      ['', 31],
    ]);
  });

  it('EndTxn v5 refused answers producer id and epoch -1', () => {
    const r = wholeRequestDenial(
      26,
      5,
      { transactionalId: 'tx2', producerId: 1n, producerEpoch: 0, committed: true },
      53,
    ) as Record<string, unknown>;
    expect([r.errorCode, r.producerId, r.producerEpoch]).toEqual([53, -1n, -1]);
    expect(() =>
      encodeResponseBody(
        26,
        4,
        wholeRequestDenial(
          26,
          4,
          { transactionalId: 'tx2', producerId: 1n, producerEpoch: 0, committed: true },
          53,
        ),
      ),
    ).not.toThrow();
  });

  it("AlterReplicaLogDirs lists each directory's topics with every partition 31 instead of closing", () => {
    const r = denial(34, 2, {
      dirs: [
        { path: '/a', topics: [{ name: 'allowed', partitions: [0] }] },
        {
          path: '/b',
          topics: [
            { name: 'allowed', partitions: [1] },
            { name: 'secret', partitions: [] },
          ],
        },
      ],
    });
    expect(r.results).toEqual([
      { topicName: 'allowed', partitions: [{ partitionIndex: 0, errorCode: 31 }] },
      { topicName: 'allowed', partitions: [{ partitionIndex: 1, errorCode: 31 }] },
      { topicName: 'secret', partitions: [] },
    ]);
  });

  it('AlterUserScramCredentials names each user once, in Java string order, instead of closing', () => {
    const r = denial(51, 0, {
      deletions: [{ name: 'pub.x', mechanism: 1 }],
      upsertions: [
        {
          name: 'g2',
          mechanism: 1,
          iterations: 4096,
          salt: Buffer.alloc(0),
          saltedPassword: Buffer.alloc(0),
        },
        {
          name: 'G1',
          mechanism: 1,
          iterations: 4096,
          salt: Buffer.alloc(0),
          saltedPassword: Buffer.alloc(0),
        },
        {
          name: 'pub.x',
          mechanism: 2,
          iterations: 4096,
          salt: Buffer.alloc(0),
          saltedPassword: Buffer.alloc(0),
        },
      ],
    });
    expect(r.results).toEqual([
      { user: 'G1', errorCode: 31, errorMessage: null },
      { user: 'g2', errorCode: 31, errorMessage: null },
      { user: 'pub.x', errorCode: 31, errorMessage: null },
    ]);
  });

  it('DescribeShareGroupOffsets answers every group with the error instead of closing', () => {
    const answer = wholeRequestDenial(
      90,
      0,
      {
        groups: [
          { groupId: 'g1', topics: null },
          { groupId: 'g2', topics: [] },
        ],
      },
      30,
    );
    expect(() => encodeResponseBody(90, 0, answer)).not.toThrow();
    expect((answer as { groups: unknown[] }).groups).toEqual([
      { groupId: 'g1', topics: [], errorCode: 30, errorMessage: null },
      { groupId: 'g2', topics: [], errorCode: 30, errorMessage: null },
    ]);
  });

  it('a refused Produce, Fetch or AddPartitionsToTxn topic that names no partition is left out, as the broker answers per partition', () => {
    const produce = wholeRequestDenial(
      0,
      9,
      {
        transactionalId: null,
        acks: -1,
        timeoutMs: 5000,
        topicData: [
          { name: 'secret', partitionData: [] },
          { name: 'pub', partitionData: [{ index: 0, records: null }] },
        ],
      },
      29,
    ) as { responses: Array<{ name: string }> };
    expect(produce.responses.map((t) => t.name)).toEqual(['pub']);
    const txn = wholeRequestDenial(
      24,
      3,
      {
        v3AndBelowTransactionalId: 'tx2',
        v3AndBelowProducerId: 1n,
        v3AndBelowProducerEpoch: 0,
        v3AndBelowTopics: [
          { name: 'secret', partitions: [] },
          { name: 'allowed', partitions: [0] },
        ],
        transactions: [],
      },
      53,
    ) as { resultsByTopicV3AndBelow: Array<{ name: string }> };
    // Refused as a whole (transactional id): every topic, empty ones too, as the broker's error answer.
    expect(txn.resultsByTopicV3AndBelow.map((t) => t.name)).toEqual(['secret', 'allowed']);
  });
});
