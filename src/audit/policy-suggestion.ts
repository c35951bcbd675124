// `policy suggest`: from observed decision events, a policy that would have allowed them, written
// the way a person would: roles where the requests are a client's (`{ role: produce, topic: orders }`,
// `{ role: consume, topic: orders, group: billing }`), so a consumer keeps working when it does what
// the window did not show (Heartbeat, LeaveGroup, a rebalance); generated group names
// (`console-consumer-12345`) become prefixes (`console-consumer-*`); and exact per-API rules only for
// what no role covers. Every observed request is checked against the result: what a role rule does
// not allow gets its exact rule. Warnings say when the events cover too little of a client's life.

import { stringify } from 'yaml';
import {
  classifyApiKey,
  isAlwaysAllowed,
  isClientFacing,
  API_KEYS as K,
} from '../policy/api-classification.js';
import { compilePolicy, type RequestNames } from '../policy/engine.js';
import { parsePolicy } from '../policy/policy-loader.js';
import { isDecisionEvent, type AuditEvent, type DecisionData } from './audit-event.js';

export interface SuggestOptions {
  /** Also allow what was denied in enforce mode (by default only allowed and would-deny requests count). */
  readonly includeDenied?: boolean;
  readonly name?: string;
  /** Below this span of observed time a warning says the window may miss parts of a client's life (ms). */
  readonly minWindowMs?: number;
}

export interface Suggestion {
  readonly yaml: string;
  /** Decision events used. */
  readonly used: number;
  /** What was left out and why (unknown API keys, inter-broker keys). */
  readonly skipped: readonly string[];
  /** Why the policy may be too narrow: a short window, clients seen mid-life. */
  readonly warnings: readonly string[];
}

/** Default `minWindowMs`: a consumer group rebalances, a producer refreshes metadata, within minutes. */
export const DEFAULT_MIN_WINDOW_MS = 15 * 60_000;

interface Observed extends RequestNames {
  readonly apiKey: number;
}

/**
 * A group name a client library or tool generated (a numeric or UUID suffix: console-consumer-12345,
 * my-app-3f2a...): the prefix as a glob, since the next run picks another suffix. Otherwise the name.
 */
export function groupPattern(name: string): string {
  const m =
    /^(.*[-_.])(\d{3,}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{12,})$/i.exec(
      name,
    );
  return m && m[1]!.length > 1 ? `${m[1]}*` : name;
}

const PRODUCE_KEYS = new Set<number>([K.Produce, K.InitProducerId, K.AddPartitionsToTxn, K.EndTxn]);
const CONSUME_KEYS = new Set<number>([
  K.Fetch,
  K.ListOffsets,
  K.OffsetCommit,
  K.OffsetFetch,
  K.JoinGroup,
  K.SyncGroup,
  K.Heartbeat,
  K.LeaveGroup,
  K.ConsumerGroupHeartbeat,
  K.OffsetForLeaderEpoch,
]);
const JOIN_KEYS = [K.JoinGroup, K.ConsumerGroupHeartbeat, K.SyncGroup, K.FindCoordinator];

type Rule = Record<string, string>;

function eventSpan(events: readonly AuditEvent<DecisionData>[]): number {
  let first = Infinity;
  let last = -Infinity;
  for (const e of events) {
    const start = Date.parse(e.data.firstSeen ?? e.time);
    const end = Date.parse(e.data.lastSeen ?? e.time);
    if (start < first) first = start;
    if (end > last) last = end;
  }
  return events.length === 0 ? 0 : last - first;
}

/** The role rules of one principal, from what it was seen doing. */
function roleRules(observed: readonly Observed[]): Rule[] {
  const produced = new Set<string>();
  const consumed = new Set<string>();
  const groups = new Set<string>();
  const txnIds = new Set<string>();
  for (const o of observed) {
    if (o.apiKey === K.Produce) o.topics.forEach((t) => produced.add(t));
    if (o.apiKey === K.Fetch) o.topics.forEach((t) => consumed.add(t));
    if (CONSUME_KEYS.has(o.apiKey) || o.apiKey === K.FindCoordinator)
      o.groups.forEach((g) => groups.add(groupPattern(g)));
    if (PRODUCE_KEYS.has(o.apiKey)) o.transactionalIds.forEach((x) => txnIds.add(x));
  }
  const rules: Rule[] = [];
  for (const topic of [...produced].sort()) rules.push({ role: 'produce', topic });
  for (const transactionalId of [...txnIds].sort()) rules.push({ role: 'produce', transactionalId });
  for (const topic of [...consumed].sort()) {
    if (groups.size === 0) rules.push({ role: 'consume', topic });
    for (const group of [...groups].sort()) rules.push({ role: 'consume', topic, group });
  }
  return rules;
}

/** Exact rules for what the role rules do not allow (checked with the policy engine itself). */
function exactRules(principal: string, roles: readonly Rule[], observed: readonly Observed[]): Rule[] {
  const extra: Rule[] = [];
  const has = new Set<string>();
  const add = (rule: Rule): void => {
    const k = JSON.stringify(rule);
    if (!has.has(k)) {
      has.add(k);
      extra.push(rule);
    }
  };
  const text = stringify({
    apiVersion: 'kafka-l7-proxy/v1',
    kind: 'KafkaPolicy',
    rules: [{ principal, allow: roles.length > 0 ? roles : [{ apiKey: 'ApiVersions' }] }],
  });
  const parsed = parsePolicy(text, 'suggestion');
  const policy = parsed.ok ? compilePolicy(parsed.policy) : undefined;
  for (const o of observed) {
    const decision = policy?.decide({
      principal,
      clientId: null,
      apiKey: o.apiKey,
      apiVersion: 0,
      topics: [...o.topics],
      groups: [...o.groups],
      transactionalIds: [...o.transactionalIds],
    });
    if (decision?.allowed) continue;
    const apiKey = classifyApiKey(o.apiKey)!.name;
    const named = o.topics.length + o.groups.length + o.transactionalIds.length;
    // A bare rule would cover every resource of the key: only when the request named none.
    if (named === 0) add({ apiKey });
    for (const topic of o.topics)
      if (!decision?.topics.find((t) => t.name === topic)?.allowed) add({ apiKey, topic });
    for (const group of o.groups)
      if (!decision?.groups.find((g) => g.name === group)?.allowed)
        add({ apiKey, group: groupPattern(group) });
    for (const transactionalId of o.transactionalIds)
      if (!decision?.transactionalIds.find((x) => x.name === transactionalId)?.allowed)
        add({ apiKey, transactionalId });
  }
  return extra;
}

export function suggestPolicy(events: Iterable<AuditEvent>, options: SuggestOptions = {}): Suggestion {
  const seen = new Map<string, Observed[]>();
  const sources = new Set<string>();
  const skipped = new Set<string>();
  const usedEvents: AuditEvent<DecisionData>[] = [];
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
    usedEvents.push(event);
    sources.add(d.identitySource);
    const list = seen.get(d.principal) ?? [];
    list.push({
      apiKey: key,
      topics: d.topics.map((t) => t.name),
      groups: d.groups.map((g) => g.name),
      transactionalIds: d.transactionalIds.map((x) => x.name),
    });
    seen.set(d.principal, list);
  }

  const warnings: string[] = [];
  const span = eventSpan(usedEvents);
  const minWindow = options.minWindowMs ?? DEFAULT_MIN_WINDOW_MS;
  if (usedEvents.length > 0 && span < minWindow) {
    warnings.push(
      `the events cover ${Math.round(span / 1000)} s, less than ${Math.round(minWindow / 60_000)} min: ` +
        'clients that start, rebalance, commit or refresh metadata less often may need more than was seen; ' +
        'observe longer (policy.mode: audit) before enforcing',
    );
  }
  const rules = [...seen.keys()].sort().map((principal) => {
    const observed = seen.get(principal)!;
    const keys = new Set(observed.map((o) => o.apiKey));
    const consumes = observed.some((o) => CONSUME_KEYS.has(o.apiKey) && o.groups.length > 0);
    if (consumes && !JOIN_KEYS.some((k) => keys.has(k))) {
      warnings.push(
        `${principal} used a consumer group but was not seen joining it (FindCoordinator, JoinGroup, SyncGroup, ` +
          'ConsumerGroupHeartbeat): the window began after it started; the consume role allows joining',
      );
    }
    if (keys.has(K.Produce) && !keys.has(K.Metadata) && !keys.has(K.InitProducerId)) {
      warnings.push(
        `${principal} produced but was not seen starting (Metadata, InitProducerId): the window began after it ` +
          'started; the produce role allows both',
      );
    }
    const roles = roleRules(observed);
    return { principal, allow: [...roles, ...exactRules(principal, roles, observed)] };
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
    `# ${usedEvents.length} decision events over ${Math.round(span / 1000)} s, ${rules.length} principals. Review before use.`,
    ...(others.length > 0 ? [`# Identity sources seen but not configured here: ${others.join(', ')}.`] : []),
    ...warnings.map((w) => `# warning: ${w}`),
  ].join('\n');
  return {
    yaml: `${header}\n${stringify(policy, { lineWidth: 0 })}`,
    used: usedEvents.length,
    skipped: [...skipped].sort(),
    warnings,
  };
}
