// The decision engine: given a protocol-neutral description of a request, decide the API as a whole
// and every resource it names (topics, groups, transactional ids), each with the rule that decided
// and why, so the proxy can split a request that mixes allowed and denied topics.
//
// Semantics (policies/README.md has the long form):
// - Default deny. An explicit deny rule that covers a resource wins over every allow rule.
// - A rule covers API keys by `role` (see roles.ts), by `apiKey`, or, with neither, every API key
//   that carries one of the resource kinds it names (every client API key when it names none).
// - A rule that names no topic, group or transactional id is unscoped and covers every resource of
//   its API keys ("an empty rule allows all", as in Cilium). A scoped rule covers only the kinds it
//   names, with one exception: while none of a principal's allow rules names a group, its rules cover
//   any group (Cilium policies have no group field and consumers must keep working under them).
// - `apiVersion` and `clientID` are conditions on the request, ANDed with the rest.
//
// The policy is compiled once per principal into per-API-key indexes: exact names in a Map, prefixes
// in a Map keyed by prefix probed once per distinct prefix length, globs bucketed by their literal
// prefix the same way. A decision is a few hash lookups, independent of the number of rules for
// other principals or topics.

import { LRUCache } from 'lru-cache';
import {
  API_KEYS,
  DENIAL_ERROR_CODE,
  HIGHEST_KNOWN_API_KEY,
  allApiClassifications,
  classifyApiKey,
  isAlwaysAllowed,
  type ApiClassification,
  type ResourceKind,
} from './api-classification.js';
import { describePattern, globMatch, matchesName, type NamePattern } from './name-pattern.js';
import { selectorMatches, type LabelSelector } from './label-selector.js';
import { isUnscoped, type Policy, type PolicyRule } from './policy-model.js';
import { firstTopicWriteGrant } from './idempotent-producer.js';
import { roleGrants } from './roles.js';

/**
 * The names a request carries, one list per kind of named resource, topic IDs resolved to names;
 * or what is said of each name (`RequestNames<ResourceDecision>`: the decision on each).
 */
export interface RequestNames<T = string> {
  readonly topics: readonly T[];
  /** Group ids (FindCoordinator key type 0, JoinGroup, OffsetCommit...). */
  readonly groups: readonly T[];
  /** Transactional ids (Produce, InitProducerId, FindCoordinator key type 1...). */
  readonly transactionalIds: readonly T[];
}

/** What the proxy knows about a request once it has decoded it and resolved topic IDs to names. */
export interface RequestDescription extends Partial<RequestNames> {
  readonly principal: string;
  /** Client id from the request header; null when the header carries none. */
  readonly clientId: string | null;
  readonly apiKey: number;
  readonly apiVersion: number;
  /** The client's pod labels, when the `kubernetes` identity source identified it (fromEndpoints). */
  readonly endpoint?: EndpointLabels;
}

/** Labels of an identified pod, for rule sets with `fromEndpoints`. */
export interface EndpointLabels {
  /** Identifies the labels (pod uid plus labels): compiled indexes are cached by principal and key. */
  readonly key: string;
  /** Label keys without source prefixes, including the ones Cilium adds (label-selector.ts). */
  readonly labels: Readonly<Record<string, string>>;
}

export type NamedResourceKind = Exclude<ResourceKind, 'cluster'>;

export interface RuleRef {
  /** `rules[0].allow[1]`. */
  readonly id: string;
  /** Position among all rules of the policy (rule sets in order, allow rules before deny rules), from 0. */
  readonly index: number;
  readonly effect: 'allow' | 'deny';
  readonly line: number;
  readonly column: number;
  readonly text: string;
}

export interface ResourceDecision {
  /** `api` is the request's API as a whole (for cluster-level APIs, the only decision). */
  readonly kind: NamedResourceKind | 'api';
  /** Resource name; empty for `api`. */
  readonly name: string;
  readonly allowed: boolean;
  /** The deciding rule; absent for default deny and for APIs Kafka never authorizes. */
  readonly rule?: RuleRef;
  readonly reason: string;
  /** Kafka error code for a denial of this resource (29 topic, 30 group, 53 transactional id, 31 cluster). */
  readonly errorCode?: number;
}

/**
 * A decision on a request's API as a whole (`kind: 'api'`, no resource name): `rule` is the deciding
 * rule (absent for default deny and never-authorized APIs), `errorCode` the API's code for a denial.
 */
function apiDecision(allowed: boolean, reason: string, rule?: RuleRef, errorCode?: number): ResourceDecision {
  return {
    kind: 'api',
    name: '',
    allowed,
    ...(rule !== undefined ? { rule } : {}),
    reason,
    ...(errorCode !== undefined ? { errorCode } : {}),
  };
}

export interface PolicyDecision extends RequestNames<ResourceDecision> {
  readonly generation: number;
  readonly principal: string;
  readonly clientId: string | null;
  readonly apiKey: number;
  /** Kafka's name, or `Unknown(<key>)`. */
  readonly apiName: string;
  readonly apiVersion: number;
  /** True when the API and every named resource are allowed. */
  readonly allowed: boolean;
  readonly api: ResourceDecision;
}

interface IndexedRule {
  readonly rule: PolicyRule;
  readonly ref: RuleRef;
  /** File order; the lowest order among matching rules is reported as the deciding one. */
  readonly order: number;
  readonly versionMin: number;
  readonly versionMax: number;
  readonly clientId: NamePattern | undefined;
}

/** Why an indexed entry covers a name, so decisions can say it. */
type CoverKind = 'pattern' | 'unscoped' | 'group-fallback';

interface IndexedEntry {
  readonly indexed: IndexedRule;
  readonly cover: CoverKind;
  readonly pattern?: NamePattern;
}

/** A Map from a literal name prefix to entries, probed once per distinct prefix length. */
class PrefixBuckets {
  private readonly buckets = new Map<string, IndexedEntry[]>();
  private lengths: number[] = [];

  add(prefix: string, entry: IndexedEntry): void {
    pushTo(this.buckets, prefix, entry);
    if (!this.lengths.includes(prefix.length)) {
      this.lengths.push(prefix.length);
      this.lengths.sort((a, b) => a - b);
    }
  }

  /** Earliest entry under a prefix of `name` that passes `test` and the request conditions. */
  lookup(
    name: string,
    best: IndexedEntry | undefined,
    version: number,
    clientId: string | null,
    globs: boolean,
  ): IndexedEntry | undefined {
    const lengths = this.lengths;
    for (let i = 0; i < lengths.length; i++) {
      const length = lengths[i]!;
      if (length > name.length) break;
      const list = this.buckets.get(length === name.length ? name : name.slice(0, length));
      if (!list) continue;
      for (let j = 0; j < list.length; j++) {
        const e = list[j]!;
        if (best && e.indexed.order >= best.indexed.order) break;
        if (globs && !matchesName(e.pattern!, name)) continue;
        if (conditionsHold(e.indexed, version, clientId)) {
          best = e;
          break;
        }
      }
    }
    return best;
  }
}

/** Text before the first glob metacharacter: only names starting with it can match the glob. */
function literalPrefix(glob: string): string {
  const star = glob.indexOf('*');
  const question = glob.indexOf('?');
  const cut = star < 0 ? question : question < 0 ? star : Math.min(star, question);
  return cut < 0 ? glob : glob.slice(0, cut);
}

/** All entries that can cover names of one resource kind on one API key. */
class NameIndex {
  private readonly exact = new Map<string, IndexedEntry[]>();
  private readonly prefixes = new PrefixBuckets();
  // Globs are bucketed by their literal prefix, so 100 globs like `metrics.hostN.*` cost a few
  // Map probes for a name, not 100 regex tests.
  private readonly globs = new PrefixBuckets();
  private readonly any: IndexedEntry[] = [];

  add(entry: IndexedEntry): void {
    const p = entry.pattern;
    if (!p || p.kind === 'any') this.any.push(entry);
    else if (p.kind === 'exact') pushTo(this.exact, p.value, entry);
    else if (p.kind === 'prefix') this.prefixes.add(p.value, entry);
    else this.globs.add(literalPrefix(p.value), entry);
  }

  /** The earliest entry (in file order) that covers `name` and whose conditions hold. */
  lookup(name: string, version: number, clientId: string | null): IndexedEntry | undefined {
    // Hot path: plain loops, no closures (a closure per call costs more than the lookups).
    let best = firstInOrder(this.exact.get(name), undefined, version, clientId);
    best = this.prefixes.lookup(name, best, version, clientId, false);
    best = this.globs.lookup(name, best, version, clientId, true);
    return firstInOrder(this.any, best, version, clientId);
  }
}

/** The first entry of a file-ordered list whose conditions hold, if it comes before `best`. */
function firstInOrder(
  list: readonly IndexedEntry[] | undefined,
  best: IndexedEntry | undefined,
  version: number,
  clientId: string | null,
): IndexedEntry | undefined {
  if (!list) return best;
  for (let i = 0; i < list.length; i++) {
    const e = list[i]!;
    if (best && e.indexed.order >= best.indexed.order) return best;
    if (conditionsHold(e.indexed, version, clientId)) return e;
  }
  return best;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function conditionsHold(r: IndexedRule, version: number, clientId: string | null): boolean {
  if (version < r.versionMin || version > r.versionMax) return false;
  if (r.clientId && (clientId === null || !matchesName(r.clientId, clientId))) return false;
  return true;
}

function firstHolding(
  list: readonly IndexedRule[],
  version: number,
  clientId: string | null,
): IndexedRule | undefined {
  for (const r of list) if (conditionsHold(r, version, clientId)) return r;
  return undefined;
}

interface ApiKeyIndex {
  /** Allow rules that cover this API key at all: they decide the API-level (and cluster) question. */
  readonly allowApi: IndexedRule[];
  /** Unscoped deny rules: they deny the API and everything it names. */
  readonly denyApi: IndexedRule[];
  readonly allow: Record<NamedResourceKind, NameIndex>;
  readonly deny: Record<NamedResourceKind, NameIndex>;
}

const NAMED_KINDS: readonly NamedResourceKind[] = ['topic', 'group', 'transactionalId'];

const EMPTY_KEY_INDEX: ApiKeyIndex = {
  allowApi: [],
  denyApi: [],
  allow: emptyKindIndexes(),
  deny: emptyKindIndexes(),
};

function emptyKindIndexes(): Record<NamedResourceKind, NameIndex> {
  return { topic: new NameIndex(), group: new NameIndex(), transactionalId: new NameIndex() };
}

export function patternOf(rule: PolicyRule, kind: NamedResourceKind): NamePattern | undefined {
  return kind === 'topic' ? rule.topic : kind === 'group' ? rule.group : rule.transactionalId;
}

/** The API keys a rule covers and, for each, the resource kinds it can grant there. */
export function coveredKeys(rule: PolicyRule): Array<{ apiKey: number; kinds: readonly ResourceKind[] }> {
  if (rule.role) return roleGrants(rule.role).map((g) => ({ apiKey: g.apiKey, kinds: g.kinds }));
  if (rule.api) return [{ apiKey: rule.api.apiKey, kinds: rule.api.resources }];
  const named = NAMED_KINDS.filter((k) => patternOf(rule, k) !== undefined);
  return allApiClassifications()
    .filter((c) => c.category !== 'inter-broker' && !isAlwaysAllowed(c.apiKey))
    .filter((c) => named.length === 0 || named.some((k) => c.resources.includes(k)))
    .map((c) => ({ apiKey: c.apiKey, kinds: c.resources }));
}

/** Every rule that applies to one principal, compiled into per-API-key indexes. */
class PrincipalIndex {
  private readonly byKey: (ApiKeyIndex | undefined)[] = [];
  readonly ruleCount: number;

  constructor(
    readonly allowRules: readonly IndexedRule[],
    readonly denyRules: readonly IndexedRule[],
  ) {
    const allow = allowRules;
    const deny = denyRules;
    this.ruleCount = allow.length + deny.length;
    // While no allow rule of this principal names a group, group ids are not something the policy
    // author restricts: scoped rules then cover any group of their API keys (see README "Groups").
    const namesGroups = allow.some((r) => r.rule.group !== undefined);
    for (const r of allow) {
      for (const { apiKey, kinds } of coveredKeys(r.rule)) {
        const idx = this.at(apiKey);
        idx.allowApi.push(r);
        for (const kind of NAMED_KINDS) {
          if (!kinds.includes(kind)) continue;
          const pattern = patternOf(r.rule, kind);
          if (pattern) idx.allow[kind].add({ indexed: r, cover: 'pattern', pattern });
          else if (isUnscoped(r.rule)) idx.allow[kind].add({ indexed: r, cover: 'unscoped' });
          else if (kind === 'group' && !namesGroups)
            idx.allow[kind].add({ indexed: r, cover: 'group-fallback' });
        }
      }
    }
    for (const r of deny) {
      for (const { apiKey, kinds } of coveredKeys(r.rule)) {
        const idx = this.at(apiKey);
        if (isUnscoped(r.rule)) {
          idx.denyApi.push(r);
          continue;
        }
        for (const kind of NAMED_KINDS) {
          const pattern = patternOf(r.rule, kind);
          if (pattern && kinds.includes(kind)) idx.deny[kind].add({ indexed: r, cover: 'pattern', pattern });
        }
      }
    }
  }

  private at(apiKey: number): ApiKeyIndex {
    let idx = this.byKey[apiKey];
    if (!idx) {
      idx = { allowApi: [], denyApi: [], allow: emptyKindIndexes(), deny: emptyKindIndexes() };
      this.byKey[apiKey] = idx;
    }
    return idx;
  }

  forKey(apiKey: number): ApiKeyIndex | undefined {
    return this.byKey[apiKey];
  }
}

function refOf(rule: PolicyRule, index: number): RuleRef {
  return {
    id: rule.id,
    index,
    effect: rule.effect,
    line: rule.position.line,
    column: rule.position.column,
    text: rule.text,
  };
}

export function principalMatches(pattern: string, principal: string): boolean {
  if (pattern === '*') return true;
  if (!pattern.includes('*') && !pattern.includes('?')) return pattern === principal;
  return globMatch(pattern, principal);
}

const KIND_LABEL: Record<NamedResourceKind, string> = {
  topic: 'topic',
  group: 'group',
  transactionalId: 'transactional id',
};

function apiErrorCode(c: ApiClassification): number | undefined {
  // An API that can act on the cluster answers CLUSTER_AUTHORIZATION_FAILED when refused as a whole
  // (an idempotent InitProducerId, DescribeConfigs of a broker); otherwise the error of its category.
  if (c.resources.includes('cluster')) return DENIAL_ERROR_CODE.cluster;
  switch (c.category) {
    case 'topic':
      return DENIAL_ERROR_CODE.topic;
    case 'group':
      return DENIAL_ERROR_CODE.group;
    case 'transactional':
      return DENIAL_ERROR_CODE.transactionalId;
    default:
      return undefined;
  }
}

/** How many compiled principal indexes a policy keeps (least recently used dropped first; bounds memory under churn). */
const MAX_CACHED_PRINCIPALS = 10_000;

export class CompiledPolicy {
  private readonly exactPrincipalRules = new Map<string, { allow: IndexedRule[]; deny: IndexedRule[] }>();
  private readonly patternPrincipalRules: Array<{
    pattern: string;
    allow: IndexedRule[];
    deny: IndexedRule[];
  }> = [];
  private readonly selectorRules: Array<{
    selectors: readonly LabelSelector[];
    allow: IndexedRule[];
    deny: IndexedRule[];
  }> = [];
  private readonly principals = new LRUCache<string, PrincipalIndex>({ max: MAX_CACHED_PRINCIPALS });
  readonly ruleCount: number;

  constructor(
    readonly policy: Policy,
    /** Increases with every policy that replaces the previous one; caches compare it. */
    readonly generation: number,
  ) {
    let order = 0;
    let count = 0;
    for (const set of policy.ruleSets) {
      const compile = (rule: PolicyRule): IndexedRule => ({
        rule,
        ref: refOf(rule, order),
        order: order++,
        versionMin: rule.apiVersion?.min ?? 0,
        versionMax: rule.apiVersion?.max ?? Number.MAX_SAFE_INTEGER,
        clientId: rule.clientId,
      });
      // Rules are numbered rule set by rule set, allow rules before deny rules, so "the first
      // matching rule" is the one a reader finds first.
      const allow = set.allow.map(compile);
      const deny = set.deny.map(compile);
      count += allow.length + deny.length;
      if (set.fromEndpoints) this.selectorRules.push({ selectors: set.fromEndpoints, allow, deny });
      for (const pattern of set.principals) {
        if (pattern === '*' || pattern.includes('*') || pattern.includes('?')) {
          this.patternPrincipalRules.push({ pattern, allow, deny });
        } else {
          const entry = this.exactPrincipalRules.get(pattern) ?? { allow: [], deny: [] };
          entry.allow.push(...allow);
          entry.deny.push(...deny);
          this.exactPrincipalRules.set(pattern, entry);
        }
      }
    }
    this.ruleCount = count;
  }

  private indexFor(principal: string, endpoint?: EndpointLabels): PrincipalIndex {
    const cacheKey = endpoint === undefined ? principal : `${principal}\u0000${endpoint.key}`;
    let idx = this.principals.get(cacheKey);
    if (idx) return idx;
    const exact = this.exactPrincipalRules.get(principal);
    const allow = [...(exact?.allow ?? [])];
    const deny = [...(exact?.deny ?? [])];
    for (const p of this.patternPrincipalRules) {
      if (principalMatches(p.pattern, principal)) {
        allow.push(...p.allow);
        deny.push(...p.deny);
      }
    }
    if (endpoint !== undefined) {
      // A rule set that names the principal and selects the pod applies once.
      const have = new Set(allow.map((r) => r.order).concat(deny.map((r) => r.order)));
      for (const s of this.selectorRules) {
        if (!s.selectors.some((sel) => selectorMatches(sel, endpoint.labels))) continue;
        for (const r of s.allow) if (!have.has(r.order)) allow.push(r);
        for (const r of s.deny) if (!have.has(r.order)) deny.push(r);
      }
    }
    const byOrder = (a: IndexedRule, b: IndexedRule): number => a.order - b.order;
    allow.sort(byOrder);
    deny.sort(byOrder);
    idx = new PrincipalIndex(allow, deny);
    this.principals.set(cacheKey, idx);
    return idx;
  }

  /** Decides the API of a request as a whole. */
  decideApi(
    principal: string,
    apiKey: number,
    apiVersion: number,
    clientId: string | null,
    endpoint?: EndpointLabels,
  ): ResourceDecision {
    const c = classifyApiKey(apiKey);
    if (!c) {
      const why =
        apiKey > HIGHEST_KNOWN_API_KEY || apiKey < 0 ? 'not defined by Kafka 4.1' : 'not classified';
      return apiDecision(false, `API key ${apiKey} is ${why}: denied`);
    }
    if (c.category === 'inter-broker') {
      return apiDecision(
        false,
        `${c.name} is spoken only between brokers and controllers: never forwarded for a client`,
      );
    }
    if (isAlwaysAllowed(apiKey)) {
      return apiDecision(true, `${c.name} is never authorized (Kafka does not either)`);
    }
    const idx = this.indexFor(principal, endpoint).forKey(apiKey);
    const code = apiErrorCode(c);
    const denied = idx && firstHolding(idx.denyApi, apiVersion, clientId);
    if (denied) {
      const reason = `deny rule ${denied.ref.id} covers ${c.name}: explicit deny wins`;
      return apiDecision(false, reason, denied.ref, code);
    }
    const allowed = idx && firstHolding(idx.allowApi, apiVersion, clientId);
    if (allowed) return apiDecision(true, `allow rule ${allowed.ref.id} covers ${c.name}`, allowed.ref);
    if (apiKey === API_KEYS.InitProducerId) {
      // KIP-679: Write on any topic also authorizes a producer id without a transactional id. A
      // transactional id is still decided on its own (decideResource): this opens no transactional id.
      const writer = this.topicWriteGrant(principal, clientId, endpoint);
      if (writer) {
        return apiDecision(
          true,
          `allow rule ${writer.ref.id} allows Produce on a topic, and Write on any topic allows ${c.name} without a transactional id (KIP-679)`,
          writer.ref,
        );
      }
    }
    const reason = this.defaultDenyReason(principal, c.name, apiVersion, clientId, endpoint);
    return apiDecision(false, reason, undefined, code);
  }

  /**
   * Why nothing allowed an API, in terms of the principal's rules: which rules there are (they are
   * what decided, by not covering it), and the version or client id only when a rule of the
   * principal is conditioned on them, since otherwise neither played any part.
   */
  private defaultDenyReason(
    principal: string,
    api: string,
    apiVersion: number,
    clientId: string | null,
    endpoint?: EndpointLabels,
  ): string {
    const rules = this.indexFor(principal, endpoint).allowRules;
    if (rules.length === 0) return `no allow rule in the policy names ${principal}: default deny`;
    const versioned = rules.some((r) => r.versionMin > 0 || r.versionMax < Number.MAX_SAFE_INTEGER);
    const byClient = rules.some((r) => r.clientId !== undefined);
    const conditions =
      (versioned ? ` v${apiVersion}` : '') + (byClient ? ` for client id '${clientId ?? ''}'` : '');
    const ids = rules.slice(0, 3).map((r) => r.ref.id);
    const more = rules.length > 3 ? ` and ${rules.length - 3} more` : '';
    return `no allow rule of ${principal} covers ${api}${conditions} (its allow rules ${ids.join(', ')}${more} do not): default deny`;
  }

  /** Decides one named resource of a request (denied whenever the API itself is denied). */
  decideResource(
    principal: string,
    apiKey: number,
    apiVersion: number,
    clientId: string | null,
    kind: NamedResourceKind,
    name: string,
    api: ResourceDecision = this.decideApi(principal, apiKey, apiVersion, clientId),
    endpoint?: EndpointLabels,
  ): ResourceDecision {
    const errorCode = DENIAL_ERROR_CODE[kind];
    const label = `${KIND_LABEL[kind]} '${name}'`;
    if (!api.allowed) return { ...api, kind, name, errorCode };
    const c = classifyApiKey(apiKey)!;
    if (isAlwaysAllowed(apiKey)) return { ...api, kind, name };
    // No rule covers the key although the API was allowed (InitProducerId by KIP-679): nothing
    // grants a named resource there.
    const idx = this.indexFor(principal, endpoint).forKey(apiKey) ?? EMPTY_KEY_INDEX;
    const denied = idx.deny[kind].lookup(name, apiVersion, clientId);
    if (denied) {
      return {
        kind,
        name,
        allowed: false,
        rule: denied.indexed.ref,
        reason: `deny rule ${denied.indexed.ref.id} matches ${label} (${describePattern(denied.pattern!)}): explicit deny wins`,
        errorCode,
      };
    }
    const allowed = idx.allow[kind].lookup(name, apiVersion, clientId);
    if (allowed) {
      const ref = allowed.indexed.ref;
      const why =
        allowed.cover === 'pattern'
          ? `matches ${KIND_LABEL[kind]} ${describePattern(allowed.pattern!)}`
          : allowed.cover === 'unscoped'
            ? `names no topic, group or transactional id, so it covers every ${KIND_LABEL[kind]}`
            : `covers any group because no allow rule of ${principal} names a group`;
      return { kind, name, allowed: true, rule: ref, reason: `allow rule ${ref.id} ${why} for ${c.name}` };
    }
    const hint =
      kind === 'transactionalId'
        ? ' (transactional ids must be named: add transactionalId to an allow rule)'
        : kind === 'group'
          ? ' (this principal has rules naming groups, so only those groups are allowed)'
          : '';
    return {
      kind,
      name,
      allowed: false,
      reason: `no allow rule of ${principal} covers ${label} for ${c.name}: default deny${hint}`,
      errorCode,
    };
  }

  /**
   * Decides a whole request: the API (key, version, client id) for `request.principal`, then every
   * topic, group and transactional id it names. Pure and synchronous; never throws for any input
   * (an unknown API key is denied with `apiName` `Unknown(<key>)`).
   *
   * Returns a PolicyDecision: `allowed` is true only when the API and every named resource are
   * allowed; each ResourceDecision carries the rule that decided it (`rule`, absent for the default
   * deny), a `reason` for logs and audit events, and for a denial the Kafka error code the broker's
   * own authorizer answers for that kind of resource (TOPIC_AUTHORIZATION_FAILED 29,
   * GROUP_AUTHORIZATION_FAILED 30, TRANSACTIONAL_ID_AUTHORIZATION_FAILED 53,
   * CLUSTER_AUTHORIZATION_FAILED 31; docs/kafka-protocol-facts.md). A resource is denied whenever the
   * API is. Deny rules win over allow rules; nothing allowed is denied (default deny).
   * `generation` says which policy decided. Callers on the request path go through
   * ConnectionDecisions, which caches these answers per connection.
   */
  decide(request: RequestDescription): PolicyDecision {
    const { principal, apiKey, apiVersion, clientId, endpoint } = request;
    const api = this.decideApi(principal, apiKey, apiVersion, clientId, endpoint);
    const all = (kind: NamedResourceKind, names: readonly string[] | undefined): ResourceDecision[] =>
      this.decideAll(principal, apiKey, apiVersion, clientId, kind, names, api, endpoint);
    const topics = all('topic', request.topics);
    const groups = all('group', request.groups);
    const transactionalIds = all('transactionalId', request.transactionalIds);
    const allowed = api.allowed && allAllowed(topics) && allAllowed(groups) && allAllowed(transactionalIds);
    return {
      generation: this.generation,
      principal,
      clientId,
      apiKey,
      apiName: classifyApiKey(apiKey)?.name ?? `Unknown(${apiKey})`,
      apiVersion,
      allowed,
      api,
      topics,
      groups,
      transactionalIds,
    };
  }

  private decideAll(
    principal: string,
    apiKey: number,
    apiVersion: number,
    clientId: string | null,
    kind: NamedResourceKind,
    names: readonly string[] | undefined,
    api: ResourceDecision,
    endpoint?: EndpointLabels,
  ): ResourceDecision[] {
    const out: ResourceDecision[] = [];
    if (names) {
      for (let i = 0; i < names.length; i++) {
        out.push(
          this.decideResource(principal, apiKey, apiVersion, clientId, kind, names[i]!, api, endpoint),
        );
      }
    }
    return out;
  }

  /** KIP-679: the first allow rule of the principal that leaves Produce open on some topic. */
  private topicWriteGrant(
    principal: string,
    clientId: string | null,
    endpoint?: EndpointLabels,
  ): IndexedRule | undefined {
    const idx = this.indexFor(principal, endpoint);
    return firstTopicWriteGrant(
      idx.allowRules,
      idx.denyRules,
      (r) => conditionsHold(r, r.versionMin, clientId),
      (rule) => coveredKeys(rule).find((k) => k.apiKey === API_KEYS.Produce)?.kinds,
    );
  }

  /** Number of rules that apply to a principal (diagnostics, explain). */
  rulesFor(principal: string, endpoint?: EndpointLabels): number {
    return this.indexFor(principal, endpoint).ruleCount;
  }
}

export function allAllowed(decisions: readonly ResourceDecision[]): boolean {
  for (let i = 0; i < decisions.length; i++) if (!decisions[i]!.allowed) return false;
  return true;
}

export function compilePolicy(policy: Policy, generation = 1): CompiledPolicy {
  return new CompiledPolicy(policy, generation);
}
