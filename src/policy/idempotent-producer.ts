// KIP-679 (Kafka 3.0): an InitProducerId request without a transactional id (an idempotent producer,
// the default of Java clients since 3.0 and of librdkafka with enable.idempotence) is authorized by
// IdempotentWrite on the cluster OR by Write on ANY topic. In a policy, Write on a topic is a rule
// that allows Produce on some topic, whatever its form (`role: produce`, `apiKey: produce`, a rule
// naming only a topic): such a principal may initialize a non-transactional producer id.

import type { ResourceKind } from './api-classification.js';
import { ANY_NAME, globMatch, type NamePattern } from './name-pattern.js';
import { isUnscoped, type PolicyRule } from './policy-model.js';

/** Literal text before a glob's first metacharacter: every name the glob matches starts with it. */
function globLiteralPrefix(glob: string): string {
  const cut = glob.search(/[*?]/);
  return cut < 0 ? glob : glob.slice(0, cut);
}

/**
 * Whether every name `allow` matches is also matched by `deny` (so a deny rule with `deny` leaves
 * nothing of `allow` open). Conservative towards "not covered" where patterns cannot be compared
 * exactly (a glob against a glob), which is the broker's direction too: its check asks whether some
 * allowed pattern is not wholly denied.
 */
export function patternCovers(deny: NamePattern, allow: NamePattern): boolean {
  if (deny.kind === 'any') return true;
  if (allow.kind === 'any') return false;
  switch (deny.kind) {
    case 'exact':
      return allow.kind === 'exact' && allow.value === deny.value;
    case 'prefix':
      return (allow.kind === 'glob' ? globLiteralPrefix(allow.value) : allow.value).startsWith(deny.value);
    case 'glob':
      return (
        (allow.kind === 'exact' && globMatch(deny.value, allow.value)) ||
        (allow.kind === 'glob' && allow.value === deny.value)
      );
  }
}

/** The topic pattern on which `rule` grants Produce, or undefined when it grants none. */
function produceTopicPattern(rule: PolicyRule, produceKinds: ProduceKinds): NamePattern | undefined {
  const kinds = produceKinds(rule);
  if (kinds === undefined || !kinds.includes('topic')) return undefined;
  if (rule.topic !== undefined) return rule.topic;
  return isUnscoped(rule) ? ANY_NAME : undefined;
}

/** The resource kinds a rule grants on Produce (undefined when it does not cover Produce). */
export type ProduceKinds = (rule: PolicyRule) => readonly ResourceKind[] | undefined;

/**
 * The first allow rule (in the order given) that grants Produce on a topic pattern no deny rule
 * wholly covers: the principal then holds Write on some topic, which authorizes an idempotent
 * InitProducerId (KIP-679). `applies` tests a rule's request conditions (client id); a deny rule
 * limited to some API versions leaves the others open and is not counted; an allow rule's version
 * condition is about Produce versions, not about this question, and is not counted either.
 */
export function firstTopicWriteGrant<T extends { readonly rule: PolicyRule }>(
  allow: readonly T[],
  deny: readonly T[],
  applies: (r: T) => boolean,
  produceKinds: ProduceKinds,
): T | undefined {
  const denied: NamePattern[] = [];
  for (const r of deny) {
    if (!applies(r) || r.rule.apiVersion !== undefined) continue;
    const p = produceTopicPattern(r.rule, produceKinds);
    if (p !== undefined) denied.push(p);
  }
  for (const r of allow) {
    if (!applies(r)) continue;
    const p = produceTopicPattern(r.rule, produceKinds);
    if (p !== undefined && !denied.some((d) => patternCovers(d, p))) return r;
  }
  return undefined;
}
