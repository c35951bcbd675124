// `policy suggest`: from observed decision events, the least-privilege policy that would have allowed
// them. Least privilege means one allow rule per (principal, API key, resource) observed: an exact
// topic, group or transactional id, never a role (a role grants API keys nobody was seen using) and
// never a glob. An API key observed only without resources (InitProducerId for an idempotent
// producer, DescribeCluster) gets a rule naming just the API key.

import { stringify } from 'yaml';
import { classifyApiKey, isAlwaysAllowed, isClientFacing } from '../policy/api-classification.js';
import { isDecisionEvent, type AuditEvent, type DecisionData } from './audit-event.js';

export interface SuggestOptions {
  /** Also allow what was denied in enforce mode (by default only allowed and would-deny requests count). */
  readonly includeDenied?: boolean;
  readonly name?: string;
}

interface Usage {
  topics: Set<string>;
  groups: Set<string>;
  transactionalIds: Set<string>;
}

export interface Suggestion {
  readonly yaml: string;
  /** Decision events used. */
  readonly used: number;
  /** What was left out and why (unknown API keys, inter-broker keys). */
  readonly skipped: readonly string[];
}

export function suggestPolicy(events: Iterable<AuditEvent>, options: SuggestOptions = {}): Suggestion {
  // principal -> API key -> usage
  const seen = new Map<string, Map<number, Usage>>();
  const sources = new Set<string>();
  const skipped = new Set<string>();
  let used = 0;
  for (const event of events) {
    if (!isDecisionEvent(event)) continue;
    const d: DecisionData = event.data;
    if (d.decision === 'denied' && !options.includeDenied) continue;
    const key = d.api.key;
    if (isAlwaysAllowed(key)) continue;
    if (!isClientFacing(key)) {
      skipped.add(`${d.principal}: API key ${key} (${d.api.name}) is never allowed to clients`);
      continue;
    }
    used++;
    sources.add(d.identitySource);
    let byKey = seen.get(d.principal);
    if (!byKey) seen.set(d.principal, (byKey = new Map()));
    let usage = byKey.get(key);
    if (!usage) {
      usage = { topics: new Set(), groups: new Set(), transactionalIds: new Set() };
      byKey.set(key, usage);
    }
    for (const t of d.topics) usage.topics.add(t.name);
    for (const g of d.groups) usage.groups.add(g.name);
    for (const x of d.transactionalIds) usage.transactionalIds.add(x.name);
  }

  const rules = [...seen.keys()].sort().map((principal) => {
    const allow: Array<Record<string, string>> = [];
    const byKey = seen.get(principal)!;
    for (const key of [...byKey.keys()].sort((a, b) => a - b)) {
      const usage = byKey.get(key)!;
      const apiKey = classifyApiKey(key)!.name;
      const named = usage.topics.size + usage.groups.size + usage.transactionalIds.size;
      // A bare rule would cover every resource of the key: only when no request of it named one.
      if (named === 0) allow.push({ apiKey });
      for (const topic of [...usage.topics].sort()) allow.push({ apiKey, topic });
      for (const group of [...usage.groups].sort()) allow.push({ apiKey, group });
      for (const transactionalId of [...usage.transactionalIds].sort())
        allow.push({ apiKey, transactionalId });
    }
    return { principal, allow };
  });

  const policy: Record<string, unknown> = {
    apiVersion: 'kafka-l7-proxy/v1',
    kind: 'KafkaPolicy',
    metadata: { name: options.name ?? 'suggested' },
  };
  // Only the SASL source needs no parameters; others (certificate fields, CIDRs) are named in a
  // comment for the operator to fill in.
  if (sources.has('sasl')) policy.identities = [{ sasl: {} }];
  policy.rules = rules;
  const others = [...sources].filter((s) => s !== 'sasl' && s !== 'anonymous').sort();
  const header = [
    '# Suggested by `kafka-l7-proxy policy suggest` from observed audit events:',
    `# ${used} decision events, ${rules.length} principals. Review before use.`,
    ...(others.length > 0 ? [`# Identity sources seen but not configured here: ${others.join(', ')}.`] : []),
  ].join('\n');
  return { yaml: `${header}\n${stringify(policy, { lineWidth: 0 })}`, used, skipped: [...skipped].sort() };
}
