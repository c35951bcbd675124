// The requests real clients send, in order, as the proxy would describe them to the engine. Each
// flow must pass under the smallest policy a user would write for it: that is what "the role works
// for today's clients" means.

import { describe, expect, it } from 'vitest';
import { API_KEYS as K } from '../../../src/policy/api-classification.js';
import type { RequestDescription } from '../../../src/policy/engine.js';
import { compileExample, compileRules } from './policy-fixtures.js';

type Step = Omit<RequestDescription, 'principal' | 'clientId'> & { readonly what: string };

const idempotentProducer = (topic: string): Step[] => [
  { what: 'ApiVersions', apiKey: K.ApiVersions, apiVersion: 4 },
  { what: 'Metadata for the topic', apiKey: K.Metadata, apiVersion: 12, topics: [topic] },
  { what: 'InitProducerId (idempotence)', apiKey: K.InitProducerId, apiVersion: 5 },
  { what: 'Produce', apiKey: K.Produce, apiVersion: 11, topics: [topic] },
];

const classicConsumer = (topic: string, group: string): Step[] => [
  { what: 'ApiVersions', apiKey: K.ApiVersions, apiVersion: 4 },
  { what: 'Metadata', apiKey: K.Metadata, apiVersion: 12, topics: [topic] },
  { what: 'FindCoordinator (group)', apiKey: K.FindCoordinator, apiVersion: 6, groups: [group] },
  { what: 'JoinGroup', apiKey: K.JoinGroup, apiVersion: 9, groups: [group] },
  { what: 'SyncGroup', apiKey: K.SyncGroup, apiVersion: 5, groups: [group] },
  { what: 'OffsetFetch', apiKey: K.OffsetFetch, apiVersion: 9, groups: [group], topics: [topic] },
  { what: 'ListOffsets', apiKey: K.ListOffsets, apiVersion: 9, topics: [topic] },
  { what: 'Fetch', apiKey: K.Fetch, apiVersion: 17, topics: [topic] },
  { what: 'OffsetForLeaderEpoch', apiKey: K.OffsetForLeaderEpoch, apiVersion: 4, topics: [topic] },
  { what: 'Heartbeat', apiKey: K.Heartbeat, apiVersion: 4, groups: [group] },
  { what: 'OffsetCommit', apiKey: K.OffsetCommit, apiVersion: 9, groups: [group], topics: [topic] },
  { what: 'DescribeGroups', apiKey: K.DescribeGroups, apiVersion: 5, groups: [group] },
  { what: 'LeaveGroup', apiKey: K.LeaveGroup, apiVersion: 5, groups: [group] },
];

const kip848Consumer = (topic: string, group: string): Step[] => [
  { what: 'ApiVersions', apiKey: K.ApiVersions, apiVersion: 4 },
  { what: 'FindCoordinator (group)', apiKey: K.FindCoordinator, apiVersion: 6, groups: [group] },
  {
    what: 'ConsumerGroupHeartbeat',
    apiKey: K.ConsumerGroupHeartbeat,
    apiVersion: 1,
    groups: [group],
    topics: [topic],
  },
  { what: 'OffsetFetch', apiKey: K.OffsetFetch, apiVersion: 9, groups: [group], topics: [topic] },
  { what: 'Fetch', apiKey: K.Fetch, apiVersion: 17, topics: [topic] },
  { what: 'OffsetCommit', apiKey: K.OffsetCommit, apiVersion: 9, groups: [group], topics: [topic] },
  { what: 'ConsumerGroupDescribe', apiKey: K.ConsumerGroupDescribe, apiVersion: 1, groups: [group] },
];

const consumeTransformProduce = (input: string, output: string, group: string, txn: string): Step[] => [
  {
    what: 'FindCoordinator (transaction)',
    apiKey: K.FindCoordinator,
    apiVersion: 6,
    transactionalIds: [txn],
  },
  {
    what: 'InitProducerId (transactional)',
    apiKey: K.InitProducerId,
    apiVersion: 5,
    transactionalIds: [txn],
  },
  {
    what: 'AddPartitionsToTxn',
    apiKey: K.AddPartitionsToTxn,
    apiVersion: 3,
    transactionalIds: [txn],
    topics: [output],
  },
  {
    what: 'Produce (transactional)',
    apiKey: K.Produce,
    apiVersion: 11,
    transactionalIds: [txn],
    topics: [output],
  },
  {
    what: 'AddOffsetsToTxn',
    apiKey: K.AddOffsetsToTxn,
    apiVersion: 4,
    transactionalIds: [txn],
    groups: [group],
  },
  { what: 'FindCoordinator (group)', apiKey: K.FindCoordinator, apiVersion: 6, groups: [group] },
  {
    what: 'TxnOffsetCommit',
    apiKey: K.TxnOffsetCommit,
    apiVersion: 5,
    transactionalIds: [txn],
    groups: [group],
    topics: [input],
  },
  { what: 'EndTxn', apiKey: K.EndTxn, apiVersion: 5, transactionalIds: [txn] },
];

function failures(
  policy: ReturnType<typeof compileRules>,
  principal: string,
  steps: readonly Step[],
  expectAllowed: boolean,
): string[] {
  return steps
    .map(({ what, ...request }) => ({ what, d: policy.decide({ ...request, principal, clientId: 'app-1' }) }))
    .filter(({ d }) => d.allowed !== expectAllowed)
    .map(
      ({ what, d }) =>
        `${what}: ${[d.api, ...d.topics, ...d.groups, ...d.transactionalIds].map((r) => r.reason).join('; ')}`,
    );
}

describe('client flows under the payments policy', () => {
  const policy = compileExample('payments.yaml');

  it('an idempotent Java producer of payments-api gets through', () => {
    expect(failures(policy, 'User:payments-api', idempotentProducer('payments.commands'), true)).toEqual([]);
  });

  it('payments-worker consumes payments.commands as a classic and as a KIP-848 consumer', () => {
    expect(
      failures(policy, 'User:payments-worker', classicConsumer('payments.commands', 'payments-worker'), true),
    ).toEqual([]);
    expect(
      failures(policy, 'User:payments-worker', kip848Consumer('payments.commands', 'payments-worker'), true),
    ).toEqual([]);
    expect(failures(policy, 'User:payments-worker', idempotentProducer('payments.events'), true)).toEqual([]);
  });

  it('analytics is refused at every step after ApiVersions', () => {
    const steps = classicConsumer('payments.commands', 'analytics').filter((s) => s.apiKey !== K.ApiVersions);
    expect(failures(policy, 'User:analytics', steps, false)).toEqual([]);
  });
});

describe('client flows under the smallest policy for them', () => {
  it('a consume-transform-produce application needs consume on input and group, produce on output and its transactional id', () => {
    const policy = compileRules(`  - principal: User:etl
    allow:
      - { role: consume, topic: input, group: etl }
      - { role: produce, topic: output, transactionalId: etl-1 }
`);
    expect(failures(policy, 'User:etl', classicConsumer('input', 'etl'), true)).toEqual([]);
    expect(
      failures(policy, 'User:etl', consumeTransformProduce('input', 'output', 'etl', 'etl-1'), true),
    ).toEqual([]);
  });

  it('the same application with another transactional id is refused at every transactional step', () => {
    const policy = compileRules(`  - principal: User:etl
    allow:
      - { role: consume, topic: input, group: etl }
      - { role: produce, topic: output, transactionalId: etl-1 }
`);
    const txnSteps = consumeTransformProduce('input', 'output', 'etl', 'someone-elses-tx').filter(
      (s) => s.transactionalIds !== undefined,
    );
    expect(failures(policy, 'User:etl', txnSteps, false)).toEqual([]);
  });
});
