// The compiled index must decide exactly like a plain scan of the rules in file order. The scan
// below is the README's semantics written as directly as possible; random policies and requests
// are checked against it.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import {
  allApiClassifications,
  classifyApiKey,
  isAlwaysAllowed,
  lookupApi,
  type ResourceKind,
} from '../../../src/policy/api-classification.js';
import { compilePolicy, type NamedResourceKind } from '../../../src/policy/engine.js';
import { patternCovers } from '../../../src/policy/idempotent-producer.js';
import { ANY_NAME, matchesName, type NamePattern } from '../../../src/policy/name-pattern.js';
import type { Policy, PolicyRule } from '../../../src/policy/policy-model.js';
import { roleGrants } from '../../../src/policy/roles.js';
import { policyFromYaml } from './policy-fixtures.js';

const NAMED: NamedResourceKind[] = ['topic', 'group', 'transactionalId'];
const patternOf = (r: PolicyRule, k: NamedResourceKind) =>
  k === 'topic' ? r.topic : k === 'group' ? r.group : r.transactionalId;
const unscoped = (r: PolicyRule) => NAMED.every((k) => patternOf(r, k) === undefined);

function kindsOn(rule: PolicyRule, apiKey: number): readonly ResourceKind[] | undefined {
  if (rule.role) return roleGrants(rule.role).find((g) => g.apiKey === apiKey)?.kinds;
  if (rule.api) return rule.api.apiKey === apiKey ? rule.api.resources : undefined;
  const c = classifyApiKey(apiKey);
  if (!c || c.category === 'inter-broker' || isAlwaysAllowed(apiKey)) return undefined;
  const named = NAMED.filter((k) => patternOf(rule, k));
  return named.length === 0 || named.some((k) => c.resources.includes(k)) ? c.resources : undefined;
}

function conditions(rule: PolicyRule, version: number, clientId: string | null): boolean {
  if (rule.apiVersion && (version < rule.apiVersion.min || version > rule.apiVersion.max)) return false;
  if (rule.clientId && (clientId === null || !matchesName(rule.clientId, clientId))) return false;
  return true;
}

function principalMatches(p: string, principal: string): boolean {
  if (p === '*') return true;
  if (!/[*?]/.test(p)) return p === principal;
  return new RegExp(
    '^' +
      p
        .replace(/[.+^${}()|[\]\\/-]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.') +
      '$',
    's',
  ).test(principal);
}

/** KIP-679: an allow rule grants Produce on a topic pattern that no version-free deny rule wholly covers. */
function writesSomeTopic(allow: PolicyRule[], deny: PolicyRule[], clientId: string | null): boolean {
  const produceTopic = (r: PolicyRule): NamePattern | undefined =>
    kindsOn(r, 0)?.includes('topic') && conditions(r, r.apiVersion?.min ?? 0, clientId)
      ? (r.topic ?? (unscoped(r) ? ANY_NAME : undefined))
      : undefined;
  const closed = deny.flatMap((d) => {
    const p = d.apiVersion === undefined ? produceTopic(d) : undefined;
    return p === undefined ? [] : [p];
  });
  return allow.some((r) => {
    const p = produceTopic(r);
    return p !== undefined && !closed.some((d) => patternCovers(d, p));
  });
}

function scan(
  policy: Policy,
  principal: string,
  apiKey: number,
  version: number,
  clientId: string | null,
  kind: NamedResourceKind,
  name: string,
): { allowed: boolean; rule: string | undefined } {
  if (isAlwaysAllowed(apiKey)) return { allowed: true, rule: undefined };
  const c = classifyApiKey(apiKey);
  if (!c || c.category === 'inter-broker') return { allowed: false, rule: undefined };
  const sets = policy.ruleSets.filter((s) => s.principals.some((p) => principalMatches(p, principal)));
  const allow = sets.flatMap((s) => s.allow);
  const deny = sets.flatMap((s) => s.deny);
  const byFileOrder = (a: PolicyRule, b: PolicyRule) =>
    a.ruleSetIndex - b.ruleSetIndex ||
    (a.effect === b.effect ? a.entryIndex - b.entryIndex : a.effect === 'allow' ? -1 : 1);
  allow.sort(byFileOrder);
  deny.sort(byFileOrder);
  const applies = (r: PolicyRule) => kindsOn(r, apiKey) !== undefined && conditions(r, version, clientId);
  const unscopedDeny = deny.find((r) => applies(r) && unscoped(r));
  if (unscopedDeny) return { allowed: false, rule: unscopedDeny.id };
  if (!allow.some(applies) && !(apiKey === 22 && writesSomeTopic(allow, deny, clientId)))
    return { allowed: false, rule: undefined };
  const scopedDeny = deny.find((r) => {
    const p = patternOf(r, kind);
    return applies(r) && p !== undefined && kindsOn(r, apiKey)!.includes(kind) && matchesName(p, name);
  });
  if (scopedDeny) return { allowed: false, rule: scopedDeny.id };
  const namesGroups = allow.some((r) => r.group !== undefined);
  const allowRule = allow.find((r) => {
    if (!applies(r) || !kindsOn(r, apiKey)!.includes(kind)) return false;
    const p = patternOf(r, kind);
    if (p) return matchesName(p, name);
    return unscoped(r) || (kind === 'group' && !namesGroups);
  });
  return allowRule ? { allowed: true, rule: allowRule.id } : { allowed: false, rule: undefined };
}

const NAMES = ['a', 'ab', 'abc', 'b', 'ba', 'A'];
const APIS = [
  'produce',
  'fetch',
  'joingroup',
  'offsetcommit',
  'initproducerid',
  'txnoffsetcommit',
  'describecluster',
];

const namePattern = fc.oneof(
  fc.constantFrom(...NAMES).map((v) => ({ exact: v })),
  fc.constantFrom('a', 'b', 'ab').map((v) => ({ prefix: v })),
  fc.constantFrom('a*', '*b', '?b', '*').map((v) => ({ exact: v })),
);

const ruleArb = fc
  .record(
    {
      api: fc.oneof(
        fc.constant({}),
        fc.constantFrom('produce', 'consume').map((role) => ({ role })),
        fc.constantFrom(...APIS).map((apiKey) => ({ apiKey })),
      ),
      apiVersion: fc.option(fc.constantFrom(3, '2-5', '6-9'), { nil: undefined }),
      clientID: fc.option(fc.constantFrom('c1', 'c*'), { nil: undefined }),
      topic: fc.option(namePattern, { nil: undefined }),
      group: fc.option(namePattern, { nil: undefined }),
      transactionalId: fc.option(namePattern, { nil: undefined }),
    },
    { requiredKeys: ['api'] },
  )
  .map((r) => {
    const out: Record<string, unknown> = { ...r.api };
    const role = (r.api as { role?: 'produce' | 'consume' }).role;
    const apiKey = (r.api as { apiKey?: string }).apiKey;
    const grantable = role
      ? new Set(roleGrants(role).flatMap((g) => g.kinds))
      : apiKey
        ? new Set(lookupApi(apiKey)!.resources)
        : undefined;
    if (r.apiVersion !== undefined) out.apiVersion = r.apiVersion;
    if (r.clientID !== undefined) out.clientID = r.clientID;
    for (const kind of NAMED) {
      const p = r[kind];
      if (!p || (grantable && !grantable.has(kind))) continue;
      if ('exact' in p) out[kind] = p.exact;
      else out[`${kind}Prefix`] = p.prefix;
    }
    return out;
  });

const policyArb = fc.array(
  fc.record({
    principal: fc.constantFrom('User:p', 'User:q', '*', 'User:?'),
    allow: fc.array(ruleArb, { maxLength: 4 }),
    deny: fc.array(ruleArb, { maxLength: 2 }),
  }),
  { minLength: 1, maxLength: 4 },
);

const requestArb = fc.record({
  principal: fc.constantFrom('User:p', 'User:q', 'User:r'),
  apiKey: fc.constantFrom(...allApiClassifications().map((c) => c.apiKey), 93),
  version: fc.integer({ min: 0, max: 10 }),
  clientId: fc.constantFrom('c1', 'c2', null),
  kind: fc.constantFrom<NamedResourceKind>('topic', 'group', 'transactionalId'),
  name: fc.constantFrom(...NAMES, 'abcd', 'bb'),
});

describe('compiled policy index', () => {
  it('decides every resource exactly like a scan of the rules in file order', () => {
    fc.assert(
      fc.property(policyArb, fc.array(requestArb, { minLength: 1, maxLength: 20 }), (sets, requests) => {
        const policy = policyFromYaml(
          stringify({ apiVersion: 'kafka-l7-proxy/v1', kind: 'KafkaPolicy', rules: sets }),
        );
        const compiled = compilePolicy(policy);
        for (const r of requests) {
          const got = compiled.decideResource(r.principal, r.apiKey, r.version, r.clientId, r.kind, r.name);
          const want = scan(policy, r.principal, r.apiKey, r.version, r.clientId, r.kind, r.name);
          expect({ allowed: got.allowed, rule: got.rule?.id }, JSON.stringify(r)).toEqual(want);
        }
      }),
      { numRuns: 400 },
    );
  });
});
