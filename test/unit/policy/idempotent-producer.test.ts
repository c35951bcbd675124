// KIP-679 (Kafka 3.0+): InitProducerId without a transactional id is allowed to a principal with
// IdempotentWrite on the cluster OR Write on any topic, whatever form the policy's rules take.
import { describe, expect, it } from 'vitest';
import { API_KEYS as K } from '../../../src/policy/api-classification.js';
import type { CompiledPolicy } from '../../../src/policy/engine.js';
import { patternCovers } from '../../../src/policy/idempotent-producer.js';
import { exactOrGlob, prefixPattern } from '../../../src/policy/name-pattern.js';
import { compileRules, summary } from './policy-fixtures.js';

function initProducerId(policy: CompiledPolicy, transactionalIds: string[] = [], clientId = 'c') {
  return policy.decide({
    principal: 'User:a',
    apiKey: K.InitProducerId,
    apiVersion: 5,
    clientId,
    transactionalIds,
  });
}

const rules = (...allow: string[]): string =>
  `  - principal: User:a\n    allow:\n${allow.map((r) => `      - ${r}\n`).join('')}`;

describe('idempotent InitProducerId (KIP-679)', () => {
  it('apiKey rules as import-cilium writes them (apiversions, metadata, produce on one topic) allow it', () => {
    const p = compileRules(
      rules('{ apiKey: apiversions }', '{ apiKey: metadata, topic: t }', '{ apiKey: produce, topic: t }'),
    );
    const d = initProducerId(p);
    expect(d.allowed).toBe(true);
    expect(d.api.rule?.id).toBe('rules[0].allow[2]');
    expect(d.api.reason).toMatch(/KIP-679/);
  });

  it('a rule naming only a topic (no role, no apiKey) allows it', () => {
    expect(initProducerId(compileRules(rules('{ topic: t }'))).allowed).toBe(true);
  });

  it('opens no transactional id: one still needs a rule naming it (53)', () => {
    const d = initProducerId(compileRules(rules('{ apiKey: produce, topic: t }')), ['tx']);
    expect(summary(d)).toEqual(['api=allow', 'transactionalId:tx=deny(53)']);
  });

  it('a principal who may write no topic is refused with CLUSTER_AUTHORIZATION_FAILED', () => {
    const d = initProducerId(compileRules(rules('{ apiKey: metadata, topic: t }', '{ role: consume }')));
    expect(d.allowed).toBe(false);
    expect(d.api.errorCode).toBe(31);
  });

  it('deny rules that close every topic the allow rules open leave no Write, and so no producer id', () => {
    const policy = (deny: string) =>
      compileRules(`${rules('{ apiKey: produce, topic: "orders.*" }')}    deny:\n      - ${deny}\n`);
    expect(initProducerId(policy('{ apiKey: produce, topic: "orders.*" }')).allowed).toBe(false);
    expect(initProducerId(policy('{ apiKey: produce }')).allowed).toBe(false);
    expect(initProducerId(policy('{ apiKey: produce, topic: orders.x }')).allowed).toBe(true);
    // An explicit deny of InitProducerId itself wins, as every explicit deny does.
    expect(initProducerId(policy('{ apiKey: initproducerid }')).allowed).toBe(false);
  });

  it('a rule whose clientID condition fails for the request grants nothing', () => {
    const p = compileRules(rules('{ apiKey: produce, topic: t, clientID: app }'));
    expect(initProducerId(p, [], 'app').allowed).toBe(true);
    expect(initProducerId(p, [], 'other').allowed).toBe(false);
  });

  it('compares patterns: a deny pattern covers an allow pattern only when it matches all its names', () => {
    expect(patternCovers(prefixPattern('a.'), exactOrGlob('a.b'))).toBe(true);
    expect(patternCovers(prefixPattern('a.'), prefixPattern('a.b'))).toBe(true);
    expect(patternCovers(prefixPattern('a.b'), prefixPattern('a.'))).toBe(false);
    expect(patternCovers(exactOrGlob('a.*'), exactOrGlob('a.x'))).toBe(true);
    expect(patternCovers(prefixPattern('a.'), exactOrGlob('a.*'))).toBe(true);
    expect(patternCovers(exactOrGlob('a.x'), exactOrGlob('*'))).toBe(false);
    expect(patternCovers(exactOrGlob('*'), exactOrGlob('anything'))).toBe(true);
  });
});
