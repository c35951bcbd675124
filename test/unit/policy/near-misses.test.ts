import { describe, expect, it } from 'vitest';
import { API_KEYS as K } from '../../../src/policy/api-classification.js';
import { nearMisses } from '../../../src/policy/near-misses.js';
import { policyFromYaml } from './policy-fixtures.js';

const policy = policyFromYaml(`apiVersion: kafka-l7-proxy/v1
kind: KafkaPolicy
rules:
  - principal: User:a
    allow:
      - { role: consume, topic: logs, group: readers }
      - { apiKey: produce, apiVersion: '3-8' }
      - { role: produce, topic: out, clientID: writer }
      - { role: produce, topic: tx-out }
  - principal: User:b
    allow:
      - {}
`);

describe('near misses for policy explain', () => {
  it("says for each of the principal's allow rules why it did not cover a denied resource", () => {
    const misses = nearMisses(policy, 'User:a', K.Produce, 9, 'reader', 'topic').map(
      (m) => `${m.rule.id}: ${m.why}`,
    );
    expect(misses).toEqual([
      'rules[0].allow[0]: does not cover Produce',
      'rules[0].allow[1]: apiVersion 3-8 does not include 9',
      "rules[0].allow[2]: clientID writer: not 'reader'",
      'rules[0].allow[3]: topic tx-out does not match',
    ]);
  });

  it('explains group narrowing and unnamed transactional ids', () => {
    const groups = nearMisses(policy, 'User:a', K.FindCoordinator, 4, 'writer', 'group').map((m) => m.why);
    expect(groups).toEqual([
      'group readers does not match',
      'does not cover FindCoordinator',
      'its role produce grants no group on FindCoordinator',
      'its role produce grants no group on FindCoordinator',
    ]);
    const txn = nearMisses(policy, 'User:a', K.InitProducerId, 4, 'writer', 'transactionalId').map(
      (m) => m.why,
    );
    expect(txn).toContain('names other resources but no transactional id');
  });

  it("ignores other principals' rules", () => {
    expect(nearMisses(policy, 'User:c', K.Produce, 9, null, 'topic')).toEqual([]);
  });
});
