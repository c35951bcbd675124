// Turns Cilium network policies with Kafka rules into a kafka-l7-proxy policy, and says on the side
// everything it could not carry over exactly.
//
// Input: CiliumNetworkPolicy / CiliumClusterwideNetworkPolicy objects (YAML, several documents, a
// `kind: List` of them) and the JSON rule lists `cilium policy import` takes (an array of rules,
// each shaped like a `spec`).
//
// Reading it as Cilium does (cilium/cilium pkg/policy/api and pkg/policy/api/kafka):
// - Field names are matched exactly first, then ignoring case, as Go's encoding/json does when
//   Cilium decodes a rule (`Role:` is `role`). Label keys, topic and client id stay case-sensitive.
// - `role` and `apiKey` values are case-insensitive (Cilium lower-cases them): `role: Consume`.
// - Unknown fields of a Kafka rule were ignored by Cilium, which widened the rule (`topics: x` is no
//   topic restriction at all); here such a rule is skipped and reported instead.
// - A namespaced CiliumNetworkPolicy selects peers in its own namespace unless a selector names
//   `io.kubernetes.pod.namespace`; the import writes that namespace label out.
// - An ingress rule with toPorts but no peer fields allowed every source; one with neither allowed
//   nothing. Peers of one ingress rule are ORed; `fromRequires` ANDs, and cannot be carried.
// - `ingressDeny` denied the peers on the ports it lists, whatever the allow rules said.
//
// Clients are named by principal (this module's `principals` mode, the only one until pod identity
// lands): the value of one label (`--principal-label`, default `app`) becomes `User:<value>`.
// Anything a selector says beyond that label (namespace, other labels, expressions other than `In`
// on that label) cannot be a principal; dropping it widens the peer, and every such case is listed.
//
// Nothing is widened silently: what could not be carried (dropped, narrowed or widened) is listed in
// `notCarried` (the CLI prints it on stderr and fails under --strict); carried but worth a look is
// listed in `warnings`.

import { Document, parseAllDocuments } from 'yaml';
import { lookupApi } from './api-classification.js';
import { parseCidr, type CidrBlock } from '../identity/cidr.js';
import {
  SELECTOR_OPERATORS,
  POD_NAMESPACE_LABEL,
  describeSelector,
  isEmptySelector,
  podLabelKey,
  selectorNamesKey,
  type LabelSelector,
  type LabelSelectorRequirement,
} from './label-selector.js';

export interface CiliumImportOptions {
  /**
   * How clients are named: `kubernetes` (default) keeps label selectors as `fromEndpoints` selectors,
   * for the proxy's pod identity; `principals` turns one label's value into a principal.
   */
  readonly identity?: 'kubernetes' | 'principals';
  /** Label whose value names the principal in `principals` mode (default `app`; `k8s:`/`any:` prefixes are ignored). */
  readonly principalLabel?: string;
  /** Principal type prefix (default `User`). */
  readonly principalType?: string;
  /** Name for the generated policy's metadata. */
  readonly name?: string;
  /** Namespace of a CiliumNetworkPolicy without metadata.namespace (default `default`, as kubectl's). */
  readonly namespace?: string;
  /**
   * Ports of the brokers' Kafka listeners. A port rule that names only other ports is not about
   * Kafka and is skipped; absent, every port counts as a Kafka port.
   */
  readonly kafkaPorts?: readonly number[];
  /**
   * With `kafkaPorts`: whether a named port (`tcp-clients`) counts as a Kafka port. The name is
   * resolved by Cilium against the selected pods' container ports, which the translation cannot see;
   * default true (the CLI's import, reported on stderr), false for policy objects the proxy enforces
   * (fail closed: a named metrics port must not grant Kafka access).
   */
  readonly namedPortsAreKafka?: boolean;
  /**
   * Which rules (a `spec` or an item of `specs`) are about the brokers: called with the rule's
   * endpointSelector and, for a namespaced policy, its namespace. Rules it answers false for are
   * left out (counted in `selectedRules`). Absent: every rule is imported for every broker.
   */
  readonly selectsBrokers?: (endpointSelector: LabelSelector, namespace: string | undefined) => boolean;
}

/** One rule set of the generated policy. */
export interface ImportedRuleSet {
  readonly principal?: string;
  readonly principals?: string[];
  readonly fromEndpoints?: LabelSelector[];
  readonly allow?: Record<string, string | number>[];
  readonly deny?: Record<string, string | number>[];
}

export interface CiliumImportResult {
  /** The generated policy as YAML text, ending with a newline. */
  readonly yaml: string;
  /** Rule sets as plain data (also what `yaml` contains). */
  readonly rules: readonly ImportedRuleSet[];
  /** Identity sources of the generated policy. */
  readonly identities: readonly Record<string, unknown>[];
  /** One line per thing not carried over exactly (dropped, narrowed or widened), with where it was. */
  readonly notCarried: readonly string[];
  /** Carried over, but worth reading: allow-all peers, API key lists that break today's clients, ... */
  readonly warnings: readonly string[];
  /** How many rules (specs) were read, and how many of them `selectsBrokers` kept. */
  readonly rulesRead: number;
  readonly selectedRules: number;
}

/**
 * Kinds read as Cilium network policies: Cilium's own, and the proxy's custom resources that carry a
 * Cilium spec unchanged (src/policy/policy-crds.ts). The first of each pair is namespaced.
 */
const CILIUM_KINDS = new Set([
  'CiliumNetworkPolicy',
  'CiliumClusterwideNetworkPolicy',
  'KafkaNetworkPolicy',
  'KafkaClusterwideNetworkPolicy',
]);
const NAMESPACED_KINDS = new Set(['CiliumNetworkPolicy', 'KafkaNetworkPolicy']);
const KAFKA_RULE_FIELDS = ['role', 'apiKey', 'apiVersion', 'clientID', 'topic'] as const;
/** Cilium's topic check: 1-255 characters of [a-zA-Z0-9._-]. */
const TOPIC_NAME = /^[a-zA-Z0-9._-]{1,255}$/;
/** Principal type of clients named by a source CIDR block. */
const CIDR_PRINCIPAL_TYPE = 'Cidr';

type Obj = Record<string, unknown>;
type KafkaRule = Record<string, string | number>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** A peer of an ingress rule, before it is named in the generated policy. */
type Peer =
  | { readonly kind: 'selector'; readonly selector: LabelSelector; readonly at: string }
  | {
      readonly kind: 'cidr';
      readonly block: CidrBlock;
      readonly except: readonly CidrBlock[];
      readonly at: string;
    }
  | { readonly kind: 'all'; readonly at: string };

/** Collects notes, deduplicated, in the order they were found. */
class Notes {
  readonly notCarried: string[] = [];
  readonly warnings: string[] = [];
  private readonly seen = new Set<string>();
  drop(line: string): void {
    if (this.seen.has(line)) return;
    this.seen.add(line);
    this.notCarried.push(line);
  }
  warn(line: string): void {
    if (this.seen.has(line)) return;
    this.seen.add(line);
    this.warnings.push(line);
  }
}

/** Two keys of one object that differ only in case: the enclosing rule is skipped, never read half. */
class AmbiguousField extends Error {}

/**
 * Reads field `name` of a Cilium object the way Go's encoding/json does: an exact key first, else a
 * key equal ignoring case. Two keys that differ only in case throw AmbiguousField, so that the
 * caller skips the whole rule rather than read it without a restriction.
 */
function field(obj: Obj, name: string, at: string, notes: Notes): unknown {
  const lower = name.toLowerCase();
  const matches = Object.keys(obj).filter((k) => k.toLowerCase() === lower);
  if (matches.length > 1) throw new AmbiguousField(`fields ${matches.join(', ')} differ only in case`);
  if (Object.hasOwn(obj, name)) return obj[name];
  if (matches.length === 0) return undefined;
  notes.warn(
    `${at}.${matches[0]!}: read as '${name}' (Cilium's decoder ignores the case of field names; ` +
      `the Kubernetes API server would prune '${matches[0]!}' from a CRD object)`,
  );
  return obj[matches[0]!];
}

function knownFieldNames(obj: Obj, names: readonly string[]): Set<string> {
  const lower = new Set(names.map((n) => n.toLowerCase()));
  return new Set(Object.keys(obj).filter((k) => lower.has(k.toLowerCase())));
}

/** A Cilium policy object or bare rule list, flattened to the rules (specs) it carries. */
interface SourceRule {
  readonly spec: Obj;
  readonly where: string;
  /** Namespace of a namespaced CiliumNetworkPolicy; undefined for clusterwide policies and rule lists. */
  readonly namespace?: string;
}

function collectRules(text: string, options: CiliumImportOptions, notes: Notes): SourceRule[] {
  const out: SourceRule[] = [];
  const docs = parseAllDocuments(text);
  const docList = Array.isArray(docs) ? docs : [docs];
  const visitObject = (body: unknown, where0: string): void => {
    if (body === null || body === undefined) return;
    if (Array.isArray(body)) {
      // `cilium policy import` takes a JSON array of rules, each shaped like a spec.
      body.forEach((rule, i) => {
        if (!isObj(rule)) notes.drop(`${where0}[${i}]: not a rule object; skipped`);
        else out.push({ spec: rule, where: `${where0}[${i}]` });
      });
      return;
    }
    if (!isObj(body)) {
      notes.drop(`${where0}: a ${typeof body}, not a Cilium network policy; skipped`);
      return;
    }
    const kind = body.kind;
    if (kind === 'List' || (typeof kind === 'string' && kind.endsWith('List') && Array.isArray(body.items))) {
      asArray(body.items).forEach((item, i) => visitObject(item, `${where0} items[${i}]`));
      return;
    }
    if (kind === undefined && (body.endpointSelector !== undefined || body.ingress !== undefined)) {
      out.push({ spec: body, where: where0 });
      return;
    }
    if (!CILIUM_KINDS.has(String(kind))) {
      notes.drop(`${where0}: kind ${String(kind)} is not a Cilium network policy; skipped`);
      return;
    }
    const metadata = isObj(body.metadata) ? body.metadata : {};
    const name = typeof metadata.name === 'string' ? metadata.name : where0;
    let namespace: string | undefined;
    if (NAMESPACED_KINDS.has(String(kind))) {
      if (typeof metadata.namespace === 'string' && metadata.namespace !== '') namespace = metadata.namespace;
      else {
        namespace = options.namespace ?? 'default';
        notes.warn(
          `${name}: a namespaced ${String(kind)} without metadata.namespace; its peers are taken from ` +
            `namespace '${namespace}' (where kubectl would have created it; --namespace changes it)`,
        );
      }
    }
    const spec = field(body, 'spec', name, notes);
    const specs = field(body, 'specs', name, notes);
    if (isObj(spec)) out.push({ spec, where: `${name} spec`, ...(namespace ? { namespace } : {}) });
    asArray(specs).forEach((s, i) => {
      if (isObj(s)) out.push({ spec: s, where: `${name} specs[${i}]`, ...(namespace ? { namespace } : {}) });
    });
  };
  docList.forEach((doc, d) => {
    if (doc.errors.length > 0) {
      throw new Error(`document ${d + 1}: YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
    }
    visitObject(doc.toJS(), docList.length > 1 ? `document ${d + 1}` : 'rules');
  });
  return out;
}

/** Parses a selector (matchLabels / matchExpressions); undefined when it cannot be read faithfully. */
function readSelector(raw: unknown, at: string, notes: Notes): LabelSelector | undefined {
  if (raw === null || raw === undefined) return {};
  if (!isObj(raw)) {
    notes.drop(`${at}: not a label selector; skipped`);
    return undefined;
  }
  const known = knownFieldNames(raw, ['matchLabels', 'matchExpressions']);
  for (const k of Object.keys(raw).filter((k) => !known.has(k))) {
    notes.drop(`${at}.${k}: unknown selector field; peer skipped`);
    return undefined;
  }
  const labelsRaw = field(raw, 'matchLabels', at, notes);
  const exprRaw = field(raw, 'matchExpressions', at, notes);
  const matchLabels: Record<string, string> = {};
  if (labelsRaw !== undefined && labelsRaw !== null) {
    if (!isObj(labelsRaw)) {
      notes.drop(`${at}.matchLabels: not a mapping; peer skipped`);
      return undefined;
    }
    for (const [k, v] of Object.entries(labelsRaw)) matchLabels[k] = String(v);
  }
  const matchExpressions: LabelSelectorRequirement[] = [];
  for (const [i, eRaw] of asArray(exprRaw).entries()) {
    const eat = `${at}.matchExpressions[${i}]`;
    if (!isObj(eRaw)) {
      notes.drop(`${eat}: not a mapping; peer skipped`);
      return undefined;
    }
    const key = field(eRaw, 'key', eat, notes);
    const operator = field(eRaw, 'operator', eat, notes);
    const values = asArray(field(eRaw, 'values', eat, notes)).map(String);
    // Kubernetes' operators are case-sensitive; Cilium rejected a rule with any other.
    if (typeof key !== 'string' || !(SELECTOR_OPERATORS as readonly unknown[]).includes(operator)) {
      notes.drop(
        `${eat}: operator ${JSON.stringify(operator)} is not In, NotIn, Exists or DoesNotExist; peer skipped`,
      );
      return undefined;
    }
    const op = operator as LabelSelectorRequirement['operator'];
    if ((op === 'In' || op === 'NotIn') && values.length === 0) {
      notes.drop(`${eat}: ${op} without values (Kubernetes rejects it); peer skipped`);
      return undefined;
    }
    matchExpressions.push({ key, operator: op, ...(op === 'In' || op === 'NotIn' ? { values } : {}) });
  }
  return {
    ...(Object.keys(matchLabels).length > 0 ? { matchLabels } : {}),
    ...(matchExpressions.length > 0 ? { matchExpressions } : {}),
  };
}

/**
 * The endpoints a namespaced policy's `endpointSelector` selects: its own namespace's only, whatever
 * namespace the selector names (Cilium's ParseToCiliumRule adds the policy's namespace to the
 * endpointSelector and logs any other as an "illegal namespace match"). The namespace is ANDed with
 * the selector, so a selector naming another namespace selects nothing. Cluster-wide: unchanged.
 */
export function scopeEndpointSelector(selector: LabelSelector, namespace: string | undefined): LabelSelector {
  if (namespace === undefined) return selector;
  return {
    ...selector,
    matchLabels: { ...(selector.matchLabels ?? {}), [`k8s:${POD_NAMESPACE_LABEL}`]: namespace },
  };
}

/** In a namespaced policy, a selector without a namespace label selects its own namespace (Cilium). */
export function scopeToNamespace(selector: LabelSelector, namespace: string | undefined): LabelSelector {
  if (namespace === undefined || selectorNamesKey(selector, POD_NAMESPACE_LABEL)) return selector;
  return {
    ...selector,
    matchLabels: { ...(selector.matchLabels ?? {}), [`k8s:${POD_NAMESPACE_LABEL}`]: namespace },
  };
}

/** True when every pod `broker` selects is also selected by `peer` (plain matchLabels subset). */
function selectsSameEndpoints(peer: LabelSelector, broker: LabelSelector | undefined): boolean {
  if (!broker || isEmptySelector(broker) || (peer.matchExpressions ?? []).length > 0) return false;
  if ((broker.matchExpressions ?? []).length > 0) return false;
  const brokerLabels = new Map(
    Object.entries(broker.matchLabels ?? {}).map(([k, v]) => [podLabelKey(k) ?? k, v] as const),
  );
  const peerLabels = Object.entries(peer.matchLabels ?? {});
  return peerLabels.length > 0 && peerLabels.every(([k, v]) => brokerLabels.get(podLabelKey(k) ?? k) === v);
}

function readCidr(text: unknown, at: string, notes: Notes): CidrBlock | undefined {
  try {
    return parseCidr(String(text));
  } catch (e) {
    notes.drop(`${at}: ${(e as Error).message}; peer skipped`);
    return undefined;
  }
}

/** The peers of one ingress or ingressDeny rule; undefined when the rule can match nothing we can express. */
function readPeers(
  rule: Obj,
  at: string,
  source: SourceRule,
  brokerSelector: LabelSelector | undefined,
  notes: Notes,
): Peer[] | undefined {
  const peers: Peer[] = [];
  let peerFields = 0;
  const endpoints = field(rule, 'fromEndpoints', at, notes);
  if (endpoints !== undefined) {
    peerFields++;
    asArray(endpoints).forEach((raw, j) => {
      const sat = `${at}.fromEndpoints[${j}]`;
      const selector = readSelector(raw, sat, notes);
      if (!selector) return;
      const scoped = scopeToNamespace(selector, source.namespace);
      // An empty endpointSelector selects every pod, not the brokers in particular.
      const brokers =
        brokerSelector && !isEmptySelector(brokerSelector)
          ? scopeEndpointSelector(brokerSelector, source.namespace)
          : undefined;
      if (selectsSameEndpoints(scoped, brokers)) {
        notes.warn(
          `${sat} ${describeSelector(selector)}: selects the brokers themselves; broker-to-broker traffic ` +
            '(replication, controllers) does not pass through the proxy, so this peer is not imported ' +
            '(it would otherwise allow those pods everything)',
        );
        return;
      }
      peers.push({ kind: 'selector', selector: scoped, at: sat });
    });
  }
  const cidrs = field(rule, 'fromCIDR', at, notes);
  if (cidrs !== undefined) {
    peerFields++;
    asArray(cidrs).forEach((c, j) => {
      const block = readCidr(c, `${at}.fromCIDR[${j}]`, notes);
      if (block) peers.push({ kind: 'cidr', block, except: [], at: `${at}.fromCIDR[${j}]` });
    });
  }
  const cidrSet = field(rule, 'fromCIDRSet', at, notes);
  if (cidrSet !== undefined) {
    peerFields++;
    asArray(cidrSet).forEach((raw, j) => {
      const cat = `${at}.fromCIDRSet[${j}]`;
      if (!isObj(raw)) return notes.drop(`${cat}: not a mapping; skipped`);
      const cidr = field(raw, 'cidr', cat, notes);
      if (cidr === undefined) {
        return notes.drop(
          `${cat}: only 'cidr' entries can be carried (cidrGroupRef/cidrGroupSelector name objects the proxy cannot read); skipped`,
        );
      }
      const block = readCidr(cidr, `${cat}.cidr`, notes);
      if (!block) return;
      const except: CidrBlock[] = [];
      for (const [k, e] of asArray(field(raw, 'except', cat, notes)).entries()) {
        const ex = readCidr(e, `${cat}.except[${k}]`, notes);
        // Dropping an except would widen the block: skip the whole entry instead.
        if (!ex) return;
        except.push(ex);
      }
      peers.push({ kind: 'cidr', block, except, at: cat });
    });
  }
  const entities = field(rule, 'fromEntities', at, notes);
  if (entities !== undefined) {
    peerFields++;
    for (const [j, e] of asArray(entities).entries()) {
      if (e === 'all') peers.push({ kind: 'all', at: `${at}.fromEntities[${j}]` });
      else
        notes.drop(
          `${at}.fromEntities[${j}] '${String(e)}': entities other than 'all' cannot be carried; skipped`,
        );
    }
  }
  for (const f of ['fromRequires', 'fromGroups', 'fromNodes', 'fromServices']) {
    if (field(rule, f, at, notes) !== undefined) {
      peerFields++;
      if (f === 'fromRequires') {
        // fromRequires ANDs a condition onto every other peer of the rule: without it, they widen.
        notes.drop(
          `${at}.fromRequires: cannot be carried, and dropping it would widen the rule; rule skipped`,
        );
        return undefined;
      }
      notes.drop(`${at}.${f}: cannot be carried; skipped`);
    }
  }
  if (peerFields === 0) return [{ kind: 'all', at }];
  return peers;
}

/** Which toPorts entries concern Kafka, given the configured ports; also reports ports once. */
function portRuleIsKafka(portRule: Obj, at: string, options: CiliumImportOptions, notes: Notes): boolean {
  const listed = asArray(field(portRule, 'ports', at, notes)).filter(isObj);
  // Kafka runs over TCP: a port of protocol UDP or SCTP never carries it (Cilium's protocol
  // defaults to ANY, which includes TCP).
  const ports = listed.filter((p) => !['UDP', 'SCTP'].includes(String(p.protocol ?? 'ANY').toUpperCase()));
  if (listed.length > 0 && ports.length === 0) {
    notes.warn(`${at}: ports of protocol UDP/SCTP only, never Kafka (TCP); not imported`);
    return false;
  }
  if (ports.length === 0 || options.kafkaPorts === undefined) return true;
  const wanted = options.kafkaPorts;
  const covers = ports.some((p) => {
    const port = Number(p.port);
    const end = p.endPort === undefined ? port : Number(p.endPort);
    if (port === 0 || p.port === undefined) return true; // port 0 or none: every port
    if (!Number.isInteger(port)) return options.namedPortsAreKafka ?? true; // a named port
    return wanted.some((w) => w >= port && w <= end);
  });
  if (!covers) {
    notes.warn(
      `${at}: ports ${ports.map((p) => String(p.port)).join(', ')} are not Kafka ports (--kafka-ports); not imported`,
    );
  }
  return covers;
}

/** Runs `read`; an ambiguous field inside makes it undefined, reported as skipped `what`. */
function unlessAmbiguous<T>(at: string, what: string, notes: Notes, read: () => T): T | undefined {
  try {
    return read();
  } catch (e) {
    if (!(e instanceof AmbiguousField)) throw e;
    notes.drop(`${at}: ${e.message}; ${what} skipped`);
    return undefined;
  }
}

/** Converts one Kafka rule; undefined (and reported) when it cannot be carried without widening. */
function convertKafkaRule(raw: unknown, at: string, notes: Notes): KafkaRule | undefined {
  return unlessAmbiguous(at, 'rule', notes, () => convertKafkaRuleFields(raw, at, notes));
}

function convertKafkaRuleFields(raw: unknown, at: string, notes: Notes): KafkaRule | undefined {
  if (!isObj(raw)) {
    notes.drop(`${at}: not a mapping; skipped`);
    return undefined;
  }
  const known = knownFieldNames(raw, KAFKA_RULE_FIELDS);
  const unknown = Object.keys(raw).filter((k) => !known.has(k));
  if (unknown.length > 0) {
    notes.drop(
      `${at}.${unknown.join(', ')}: not a Kafka rule field (Cilium ignored it, which widened the rule); rule skipped`,
    );
    return undefined;
  }
  const out: KafkaRule = {};
  for (const name of KAFKA_RULE_FIELDS) {
    const v = field(raw, name, at, notes);
    if (v === '' || v === null || v === undefined) continue; // Cilium: empty means "any"
    out[name] = typeof v === 'number' ? v : String(v);
  }
  if (out.role !== undefined && out.apiKey !== undefined) {
    notes.drop(`${at}: role and apiKey together (Cilium rejects this rule); rule skipped`);
    return undefined;
  }
  if (out.role !== undefined) {
    const role = String(out.role).toLowerCase(); // Cilium: strings.ToLower(role)
    if (role !== 'produce' && role !== 'consume') {
      notes.drop(`${at}.role '${String(out.role)}': unknown role (Cilium rejects it); rule skipped`);
      return undefined;
    }
    out.role = role;
  }
  if (out.apiKey !== undefined) {
    const api = lookupApi(typeof out.apiKey === 'number' ? out.apiKey : String(out.apiKey).toLowerCase());
    if (!api || api.category === 'inter-broker') {
      notes.drop(`${at}.apiKey '${String(out.apiKey)}': not an API a client may use; rule skipped`);
      return undefined;
    }
    out.apiKey = api.ciliumName;
    if (out.topic !== undefined && !api.resources.includes('topic')) {
      // Cilium ignored the topic for message types without topics; here the rule is the API alone.
      notes.warn(`${at}.topic: ${api.name} carries no topic; imported without it, as Cilium read it`);
      delete out.topic;
    }
  }
  if (out.apiVersion !== undefined) {
    const text = String(out.apiVersion);
    const n = Number(text);
    if (!/^\d+$/.test(text) || n > 32767) {
      notes.drop(`${at}.apiVersion '${text}': not a version number (Cilium rejects it); rule skipped`);
      return undefined;
    }
    out.apiVersion = n;
  }
  if (out.topic !== undefined && !TOPIC_NAME.test(String(out.topic))) {
    notes.drop(
      `${at}.topic '${String(out.topic)}': not a valid topic name (Cilium rejects it); rule skipped`,
    );
    return undefined;
  }
  if (out.topic !== undefined && out.role === undefined && out.apiKey === undefined) {
    notes.drop(
      `${at}: a topic without role or apiKey also let through, in Cilium, every API that carries no topic ` +
        '(cluster administration included); imported, it covers only the APIs that carry topics',
    );
  }
  return out;
}

/** Kafka rules of one ingress rule: undefined means "every Kafka request" (no L7 rules). */
function readKafkaRules(
  ingress: Obj,
  at: string,
  options: CiliumImportOptions,
  notes: Notes,
): { rules: KafkaRule[] | 'all'; kafkaPortRules: number } {
  const toPortsRaw = field(ingress, 'toPorts', at, notes);
  if (toPortsRaw === undefined) return { rules: 'all', kafkaPortRules: 1 };
  const toPorts = asArray(toPortsRaw).filter(isObj);
  let all = false;
  let kafkaPortRules = 0;
  const rules: KafkaRule[] = [];
  toPorts.forEach((portRule, k) => {
    const pat = `${at}.toPorts[${k}]`;
    if (!portRuleIsKafka(portRule, pat, options, notes)) return;
    kafkaPortRules++;
    const l7 = field(portRule, 'rules', pat, notes);
    if (l7 === undefined || l7 === null) {
      all = true;
      return;
    }
    if (!isObj(l7)) {
      notes.drop(`${pat}.rules: not a mapping; port rule skipped`);
      return;
    }
    const kafka = field(l7, 'kafka', `${pat}.rules`, notes);
    for (const other of Object.keys(l7).filter((r) => r.toLowerCase() !== 'kafka')) {
      notes.warn(`${pat}.rules.${other}: not Kafka rules; they allow no Kafka request`);
    }
    if (kafka === undefined) return;
    const list = asArray(kafka);
    if (list.length === 0) {
      notes.drop(`${pat}.rules.kafka: an empty list; port rule skipped`);
      return;
    }
    list.forEach((kRaw, r) => {
      const converted = convertKafkaRule(kRaw, `${pat}.rules.kafka[${r}]`, notes);
      if (converted) rules.push(converted);
    });
  });
  return { rules: all ? 'all' : rules, kafkaPortRules };
}

/** How peers are named in the generated policy. */
interface PeerNamer {
  /** Principals for the peer; empty when it cannot be named (reported). */
  principals(peer: Peer): string[];
  /** Identity sources the names need, in precedence order. */
  identities(): Record<string, unknown>[];
}

/** Marks a rule set key that stands for a selector rather than principals. */
const SELECTOR_KEY = '\u0001selector:';

/**
 * The principals of a peer that is not a pod selector, named the same way by every namer: any peer
 * is principal `'*'` (noted), a CIDR block is `Cidr:<block>`.
 */
function addressPrincipals(peer: Exclude<Peer, { kind: 'selector' }>, notes: Notes): string[] {
  if (peer.kind === 'all') {
    notes.warn(`${peer.at}: every source (Cilium allowed any peer); imported as principal '*'`);
    return ['*'];
  }
  return [cidrPrincipal(peer.block)];
}

/** Keeps pods as selectors (named elsewhere); `all` peers are `'*'`; CIDR blocks `Cidr:<block>`. */
function selectorNamer(notes: Notes, cidrs: CidrBlock[]): PeerNamer {
  return {
    principals: (peer) => (peer.kind === 'selector' ? [] : addressPrincipals(peer, notes)),
    identities() {
      return [{ kubernetes: {} }, ...cidrSources(cidrs)];
    },
  };
}

/** Names pods by one label's value; CIDR blocks by `Cidr:<block>`. */
function principalNamer(options: CiliumImportOptions, notes: Notes, cidrs: CidrBlock[]): PeerNamer {
  const label = podLabelKey(options.principalLabel ?? 'app') ?? options.principalLabel ?? 'app';
  const type = options.principalType ?? 'User';
  return {
    principals(peer) {
      if (peer.kind !== 'selector') return addressPrincipals(peer, notes);
      const sel = peer.selector;
      const widened: string[] = [];
      let values: string[] | undefined;
      for (const [k, v] of Object.entries(sel.matchLabels ?? {})) {
        if (podLabelKey(k) === label && values === undefined) values = [v];
        else widened.push(`${k}=${v}`);
      }
      for (const e of sel.matchExpressions ?? []) {
        if (podLabelKey(e.key) === label && e.operator === 'In' && values === undefined)
          values = [...(e.values ?? [])];
        else widened.push(describeSelector({ matchExpressions: [e] }));
      }
      if (isEmptySelector(sel)) {
        notes.drop(
          `${peer.at}: selects every endpoint; imported as principal '*' (unauthenticated clients included)`,
        );
        return ['*'];
      }
      if (values === undefined) {
        notes.drop(
          `${peer.at}: no '${label}' label to name a principal; peer skipped (try --principal-label)`,
        );
        return [];
      }
      if (widened.length > 0) {
        notes.drop(
          `${peer.at}: ${widened.join(', ')}: not carried (a principal is one name), so ` +
            `${values.map((v) => `${type}:${v}`).join(', ')} gets the rule from any pod and namespace`,
        );
      }
      return values.map((v) => `${type}:${v}`);
    },
    identities() {
      if (cidrs.length > 0) {
        notes.warn(
          `source CIDR blocks become ${CIDR_PRINCIPAL_TYPE}:<block> principals for connections the sasl source ` +
            'does not name (a client that logs in keeps its SASL principal)',
        );
      }
      return [{ sasl: {} }, ...cidrSources(cidrs)];
    },
  };
}

function cidrPrincipal(block: CidrBlock): string {
  return `${CIDR_PRINCIPAL_TYPE}:${block.text}`;
}

/** One `sourceCidr` identity per distinct block, most specific first (the first match wins). */
function cidrSources(cidrs: readonly CidrBlock[]): Record<string, unknown>[] {
  const distinct = new Map(cidrs.map((c) => [c.text, c]));
  return [...distinct.values()]
    .sort((a, b) => a.family - b.family || b.prefixLength - a.prefixLength)
    .map((c) => ({ sourceCidr: { cidr: c.text, principal: cidrPrincipal(c) } }));
}

const contains = (outer: CidrBlock, inner: CidrBlock): boolean =>
  outer.family === inner.family &&
  outer.prefixLength <= inner.prefixLength &&
  (inner.network & outer.mask) === outer.network;

/**
 * Converts Cilium network policies to a kafka-l7-proxy policy. Throws on YAML that does not parse;
 * everything else it cannot carry is reported in the result.
 */
export function importCiliumPolicies(text: string, options: CiliumImportOptions = {}): CiliumImportResult {
  const notes = new Notes();
  const sources = collectRules(text, options, notes);

  // Entries in file order: peers with their allow or deny rules.
  const entries: Array<{ peers: Peer[]; effect: 'allow' | 'deny'; rules: KafkaRule[] }> = [];
  let portsNoted = false;
  let selectedRules = 0;

  for (const source of sources) {
    const { spec, where } = source;
    unlessAmbiguous(where, 'policy rule', notes, () => {
      const brokerSelector = readSelector(
        field(spec, 'endpointSelector', where, notes),
        `${where}.endpointSelector`,
        notes,
      );
      if (options.selectsBrokers) {
        // A selector that cannot be read selects nothing we know of: the rule is not ours.
        if (!brokerSelector || !options.selectsBrokers(brokerSelector, source.namespace)) return;
      } else if (brokerSelector && !isEmptySelector(brokerSelector)) {
        notes.warn(
          `${where}.endpointSelector ${describeSelector(brokerSelector)}: imported for every broker the proxy fronts`,
        );
      }
      selectedRules++;
      for (const f of ['egress', 'egressDeny', 'nodeSelector']) {
        if (field(spec, f, where, notes) !== undefined)
          notes.warn(`${where}.${f}: not about clients of the brokers; ignored`);
      }
      const ingress = asArray(field(spec, 'ingress', where, notes));
      const ingressDeny = asArray(field(spec, 'ingressDeny', where, notes));
      ingress.forEach((raw, i) => {
        const at = `${where}.ingress[${i}]`;
        if (!isObj(raw)) return;
        unlessAmbiguous(at, 'ingress rule', notes, () => {
          const hasPorts = field(raw, 'toPorts', at, notes) !== undefined;
          const peers = readPeers(raw, at, source, brokerSelector, notes);
          if (!peers || peers.length === 0) return;
          if (peers.length === 1 && peers[0]!.kind === 'all' && peers[0]!.at === at && !hasPorts) {
            notes.warn(`${at}: no peers and no ports: Cilium allows nothing by it; nothing imported`);
            return;
          }
          const namesPorts = asArray(field(raw, 'toPorts', at, notes))
            .filter(isObj)
            .some((p) => field(p, 'ports', at, notes) !== undefined);
          if (!portsNoted && namesPorts) {
            portsNoted = true;
            notes.warn(`${at}.toPorts: ports are not carried (the proxy's listeners decide them)`);
          }
          const { rules, kafkaPortRules } = readKafkaRules(raw, at, options, notes);
          if (kafkaPortRules === 0) return;
          if (rules === 'all') {
            notes.warn(
              `${at}: no Kafka rules (L3/L4 only), so Cilium allowed these peers every Kafka request; imported as an empty (allow-all) rule`,
            );
            entries.push({ peers, effect: 'allow', rules: [{}] });
          } else if (rules.length > 0) {
            entries.push({ peers, effect: 'allow', rules });
          }
        });
      });
      ingressDeny.forEach((raw, i) => {
        const at = `${where}.ingressDeny[${i}]`;
        if (!isObj(raw)) return;
        unlessAmbiguous(at, 'ingressDeny rule (its peers are NOT denied)', notes, () => {
          const peers = readPeers(raw, at, source, brokerSelector, notes);
          if (!peers || peers.length === 0) return;
          const toPorts = asArray(field(raw, 'toPorts', at, notes)).filter(isObj);
          if (
            toPorts.length > 0 &&
            !toPorts.some((p, k) => portRuleIsKafka(p, `${at}.toPorts[${k}]`, options, notes))
          )
            return;
          if (toPorts.length > 0)
            notes.warn(`${at}.toPorts: imported as a deny of every Kafka request (ports are not carried)`);
          entries.push({ peers, effect: 'deny', rules: [{}] });
        });
      });
    });
  }

  // CIDR peers: an address takes the most specific block's principal; each rule set lists every
  // block it covers (a more specific block inside it, not inside one of its excepts).
  const allBlocks: CidrBlock[] = [];
  for (const e of entries)
    for (const p of e.peers) if (p.kind === 'cidr') allBlocks.push(p.block, ...p.except);
  const selectors = (options.identity ?? 'kubernetes') === 'kubernetes';
  const namer = selectors ? selectorNamer(notes, allBlocks) : principalNamer(options, notes, allBlocks);
  const namePeer = (peer: Peer): string[] => {
    if (peer.kind === 'selector' && selectors) return [SELECTOR_KEY + JSON.stringify(peer.selector)];
    if (peer.kind !== 'cidr') return namer.principals(peer);
    const names = allBlocks
      .filter((b) => contains(peer.block, b) && !peer.except.some((ex) => contains(ex, b)))
      .map(cidrPrincipal);
    return [...new Set(names)];
  };

  const ruleSets: ImportedRuleSet[] = [];
  const byKey = new Map<
    string,
    { principals: string[]; allow: KafkaRule[]; deny: KafkaRule[]; seen: Set<string> }
  >();
  for (const entry of entries) {
    for (const peer of entry.peers) {
      const principals = namePeer(peer);
      if (principals.length === 0) continue;
      const key = principals.join('\u0000');
      let set = byKey.get(key);
      if (!set) {
        set = { principals, allow: [], deny: [], seen: new Set() };
        byKey.set(key, set);
      }
      for (const rule of entry.rules) {
        const rk = entry.effect + JSON.stringify(rule);
        if (set.seen.has(rk)) continue;
        set.seen.add(rk);
        (entry.effect === 'allow' ? set.allow : set.deny).push(rule);
      }
    }
  }
  for (const set of byKey.values()) {
    const selector = set.principals[0]!.startsWith(SELECTOR_KEY)
      ? (JSON.parse(set.principals[0]!.slice(SELECTOR_KEY.length)) as LabelSelector)
      : undefined;
    ruleSets.push({
      ...(selector
        ? { fromEndpoints: [selector] }
        : set.principals.length === 1
          ? { principal: set.principals[0]! }
          : { principals: set.principals }),
      ...(set.allow.length > 0 ? { allow: set.allow } : {}),
      ...(set.deny.length > 0 ? { deny: set.deny } : {}),
    });
    warnApiKeyLists(selector ? [`pods ${describeSelector(selector)}`] : set.principals, set.allow, notes);
  }

  const identities = namer.identities();
  const doc = new Document({
    apiVersion: 'kafka-l7-proxy/v1',
    kind: 'KafkaPolicy',
    metadata: { name: options.name ?? 'imported-from-cilium' },
    identities,
    rules: ruleSets,
  });
  const label = options.principalLabel ?? 'app';
  doc.commentBefore = selectors
    ? ' Imported from Cilium network policies by `kafka-l7-proxy policy import-cilium`.\n' +
      ' Clients are pods selected by labels (fromEndpoints), as in Cilium: the proxy identifies each\n' +
      " connection's pod by its source IP (the kubernetes identity source, gateway mode; policies/README.md)."
    : ' Imported from Cilium network policies by `kafka-l7-proxy policy import-cilium`.\n' +
      ` Principals are the '${label}' label of the client endpoints (${options.principalType ?? 'User'}:<value>); each client must\n` +
      ' present that principal, here as its SASL user (see identities in policies/README.md).';
  let yaml = doc.toString({ lineWidth: 110 });
  if (!yaml.endsWith('\n')) yaml += '\n';
  return {
    yaml,
    rules: ruleSets,
    identities,
    notCarried: notes.notCarried,
    warnings: notes.warnings,
    rulesRead: sources.length,
    selectedRules,
  };
}

/**
 * Cilium's API key lists date from before KIP-848: a principal whose rules list consumer API keys one
 * by one usually misses ConsumerGroupHeartbeat. Warns and suggests the role, which covers what
 * current clients send. (A list with produce but without initproducerid needs no warning: Write on
 * a topic allows an idempotent producer id, KIP-679, in the policy as in Kafka.)
 */
function warnApiKeyLists(principals: readonly string[], allow: readonly KafkaRule[], notes: Notes): void {
  const unscoped = allow.some(
    (r) => r.role === undefined && r.apiKey === undefined && Object.keys(r).length === 0,
  );
  if (unscoped) return;
  const keys = new Set(allow.filter((r) => r.apiKey !== undefined).map((r) => String(r.apiKey)));
  const roles = new Set(allow.filter((r) => r.role !== undefined).map((r) => String(r.role)));
  const who = principals.join(', ');
  const classic = ['joingroup', 'syncgroup', 'heartbeat', 'fetch'];
  if (classic.some((k) => keys.has(k)) && !keys.has('consumergroupheartbeat') && !roles.has('consume')) {
    notes.warn(
      `${who}: consumer API keys without consumergroupheartbeat: KIP-848 consumers (group.protocol=consumer) ` +
        'cannot join, and offsetforleaderepoch is needed after a leader change; consider role: consume',
    );
  }
}
