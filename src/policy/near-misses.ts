// For `policy explain`: when a resource falls to the default deny, say for each allow rule of the
// principal why it did not cover the request. The decision itself comes from the compiled index;
// this walks the rules only to explain, and only on demand.

import { classifyApiKey } from './api-classification.js';
import { coveredKeys, patternOf, principalMatches, type NamedResourceKind } from './engine.js';
import { describePattern, matchesName } from './name-pattern.js';
import type { Policy, PolicyRule } from './policy-model.js';
import { isUnscoped } from './policy-model.js';

export interface NearMiss {
  readonly rule: PolicyRule;
  readonly why: string;
}

const LABEL: Record<NamedResourceKind, string> = {
  topic: 'topic',
  group: 'group',
  transactionalId: 'transactional id',
};

export function nearMisses(
  policy: Policy,
  principal: string,
  apiKey: number,
  apiVersion: number,
  clientId: string | null,
  kind: NamedResourceKind | 'api',
): NearMiss[] {
  const apiName = classifyApiKey(apiKey)?.name ?? `API key ${apiKey}`;
  const rules = policy.ruleSets
    .filter((s) => s.principals.some((p) => principalMatches(p, principal)))
    .flatMap((s) => s.allow);
  const namesGroups = rules.some((r) => r.group !== undefined);
  const misses: NearMiss[] = [];
  for (const rule of rules) {
    const covered = coveredKeys(rule).find((c) => c.apiKey === apiKey);
    if (!covered) {
      misses.push({ rule, why: `does not cover ${apiName}` });
      continue;
    }
    if (rule.apiVersion && (apiVersion < rule.apiVersion.min || apiVersion > rule.apiVersion.max)) {
      const range =
        rule.apiVersion.min === rule.apiVersion.max
          ? `${rule.apiVersion.min}`
          : `${rule.apiVersion.min}-${rule.apiVersion.max}`;
      misses.push({ rule, why: `apiVersion ${range} does not include ${apiVersion}` });
      continue;
    }
    if (rule.clientId && (clientId === null || !matchesName(rule.clientId, clientId))) {
      const given = clientId === null ? 'the request has no client id' : `not '${clientId}'`;
      misses.push({ rule, why: `clientID ${describePattern(rule.clientId)}: ${given}` });
      continue;
    }
    if (kind === 'api') continue;
    if (!covered.kinds.includes(kind)) {
      misses.push({
        rule,
        why: `its ${rule.role ? `role ${rule.role}` : 'API'} grants no ${LABEL[kind]} on ${apiName}`,
      });
      continue;
    }
    const pattern = patternOf(rule, kind);
    if (pattern) misses.push({ rule, why: `${LABEL[kind]} ${describePattern(pattern)} does not match` });
    else if (!isUnscoped(rule)) {
      const why =
        kind === 'group' && namesGroups
          ? 'names no group, and other rules of this principal name groups'
          : `names other resources but no ${LABEL[kind]}`;
      misses.push({ rule, why });
    }
  }
  return misses;
}
