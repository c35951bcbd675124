// How policies from several places make the one policy in force: the policy file, KafkaPolicy
// objects, and Cilium-shaped network policies (KafkaNetworkPolicy, KafkaClusterwideNetworkPolicy,
// cilium.io/v2 objects) that select the brokers. policies/README.md ("Policies from several
// sources") is the long form. The rule is one, the engine's own:
//
// - Union of rule sets: a request is allowed when an allow rule of ANY part covers it ...
// - ... and no deny rule of ANY part covers it (a Cilium ingressDeny is a deny rule): deny wins.
// - Default deny: whatever no part allows is denied, including when no object exists yet. (Cilium
//   allowed everything to an endpoint no policy selected; the proxy never does.)
// - Identity sources: the file's first, then each object's in the order below, duplicates removed;
//   the first source that names a connection wins, as in one file.
//
// Parts are ordered: the file, then KafkaPolicy objects by name, then network policies by kind,
// namespace and name. The order decides only which rule a decision reports when several cover a
// request, never the outcome. Rule ids name their object (`KafkaPolicy team-a: rules[0].allow[1]`)
// so that decisions, logs and audit events say where a rule came from; the file's keep their own.

import type { IdentitySource } from '../identity/identity-sources.js';
import type { Policy, PolicyRule, PolicyRuleSet } from './policy-model.js';

/** One source of rules: the policy file, or one object. */
export interface PolicyPart {
  /** `file` for the policy file; otherwise the object, e.g. `KafkaNetworkPolicy kafka/payments`. */
  readonly origin: string;
  readonly policy: Policy;
}

/** The origin of the policy file part. */
export const FILE_ORIGIN = 'file';

function identityKey(source: IdentitySource): string {
  const { id: _id, ...rest } = source;
  return JSON.stringify(rest, (_k, v: unknown) => (v instanceof RegExp ? v.source : v));
}

const rank = (p: PolicyPart): number => (p.origin.startsWith('KafkaPolicy ') ? 0 : 1);

/** Orders parts as the module comment says. */
export function orderParts(parts: readonly PolicyPart[]): PolicyPart[] {
  const file = parts.filter((p) => p.origin === FILE_ORIGIN);
  const objects = parts
    .filter((p) => p.origin !== FILE_ORIGIN)
    .sort((a, b) => rank(a) - rank(b) || a.origin.localeCompare(b.origin));
  return [...file, ...objects];
}

/**
 * Combines the parts into one policy named `source`. A single file part is returned as it is, so a
 * proxy without policy objects decides exactly as before; no parts give an empty policy (deny all).
 */
export function combinePolicies(parts: readonly PolicyPart[], source: string): Policy {
  const ordered = orderParts(parts);
  if (ordered.length === 1 && ordered[0]!.origin === FILE_ORIGIN) return ordered[0]!.policy;
  const identities: IdentitySource[] = [];
  const seenIdentities = new Set<string>();
  const ruleSets: PolicyRuleSet[] = [];
  for (const part of ordered) {
    const prefix = part.origin === FILE_ORIGIN ? '' : `${part.origin}: `;
    for (const id of part.policy.identities) {
      const key = identityKey(id);
      if (seenIdentities.has(key)) continue;
      seenIdentities.add(key);
      identities.push(prefix ? { ...id, id: prefix + id.id } : id);
    }
    for (const set of part.policy.ruleSets) {
      const index = ruleSets.length;
      const relabel = (rule: PolicyRule): PolicyRule => ({
        ...rule,
        id: prefix + rule.id,
        ruleSetIndex: index,
      });
      ruleSets.push({ ...set, index, allow: set.allow.map(relabel), deny: set.deny.map(relabel) });
    }
  }
  return { source, identities, ruleSets };
}
