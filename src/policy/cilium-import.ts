// Turns CiliumNetworkPolicy / CiliumClusterwideNetworkPolicy YAML with Kafka rules into a
// kafka-l7-proxy policy, and lists everything it could not carry over.
//
// Label convention: Cilium selected clients by pod labels; the proxy knows principals. A selector's
// value for the principal label (default `app`, Cilium's `k8s:app` too) becomes `User:<value>`:
// `fromEndpoints: [{matchLabels: {app: payments-api}}]` -> `principal: User:payments-api`. The workload
// must then present that principal (SASL user or TLS certificate, see `identities`). An empty
// selector (`{}`, every endpoint) becomes `'*'`.

import { Document, parseAllDocuments } from 'yaml';
import { lookupApi } from './api-classification.js';

export interface CiliumImportOptions {
  /** Label whose value names the principal (default `app`). */
  readonly principalLabel?: string;
  /** Principal type prefix (default `User`). */
  readonly principalType?: string;
  /** Name for the generated policy's metadata. */
  readonly name?: string;
}

export interface CiliumImportResult {
  /** The generated policy as YAML text. */
  readonly yaml: string;
  /** Rule sets by principal, as plain data (also what `yaml` contains). */
  readonly rules: ReadonlyArray<{ principal: string; allow: Record<string, string | number>[] }>;
  /** One line per thing that was not carried over, with where it was. */
  readonly notCarried: readonly string[];
}

const CILIUM_KINDS = new Set(['CiliumNetworkPolicy', 'CiliumClusterwideNetworkPolicy']);
const KAFKA_RULE_FIELDS = ['role', 'apiKey', 'apiVersion', 'clientID', 'topic'] as const;
const TOPIC_NAME = /^[a-zA-Z0-9._-]{1,255}$/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export function importCiliumPolicies(text: string, options: CiliumImportOptions = {}): CiliumImportResult {
  const label = options.principalLabel ?? 'app';
  const type = options.principalType ?? 'User';
  const notCarried: string[] = [];
  const byPrincipal = new Map<string, Record<string, string | number>[]>();
  const seenRule = new Set<string>();
  let portsNoted = false;

  const addRule = (principal: string, rule: Record<string, string | number>): void => {
    const key = principal + '\u0000' + JSON.stringify(rule);
    if (seenRule.has(key)) return;
    seenRule.add(key);
    const list = byPrincipal.get(principal) ?? [];
    list.push(rule);
    byPrincipal.set(principal, list);
  };

  const docs = parseAllDocuments(text);
  const docList = Array.isArray(docs) ? docs : [docs];
  docList.forEach((doc, d) => {
    const where0 = `document ${d + 1}`;
    if (doc.errors.length > 0) {
      throw new Error(`${where0}: YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
    }
    const body: unknown = doc.toJS();
    if (body === null || body === undefined) return;
    if (!isObj(body) || !CILIUM_KINDS.has(String(body.kind))) {
      notCarried.push(
        `${where0}: kind ${isObj(body) ? String(body.kind) : typeof body} is not a Cilium network policy; skipped`,
      );
      return;
    }
    const name = isObj(body.metadata) && typeof body.metadata.name === 'string' ? body.metadata.name : where0;
    const specs = [...(isObj(body.spec) ? [body.spec] : []), ...asArray(body.specs).filter(isObj)];
    specs.forEach((spec, s) => {
      const where = specs.length > 1 || body.specs ? `${name} specs[${s}]` : `${name} spec`;
      if (isObj(spec.endpointSelector) && Object.keys(spec.endpointSelector).length > 0) {
        notCarried.push(
          `${where}.endpointSelector ${JSON.stringify(spec.endpointSelector)}: the proxy applies the policy to every broker it fronts`,
        );
      }
      for (const field of ['egress', 'egressDeny', 'ingressDeny']) {
        if (spec[field] !== undefined)
          notCarried.push(`${where}.${field}: not carried (only ingress Kafka rules are)`);
      }
      asArray(spec.ingress).forEach((ingressRaw, i) => {
        const at = `${where}.ingress[${i}]`;
        if (!isObj(ingressRaw)) return;
        for (const field of [
          'fromCIDR',
          'fromCIDRSet',
          'fromEntities',
          'fromRequires',
          'fromGroups',
          'fromNodes',
        ]) {
          if (ingressRaw[field] !== undefined) {
            notCarried.push(`${at}.${field}: not carried (use a sourceCidr identity to name such clients)`);
          }
        }
        const principals: string[] = [];
        asArray(ingressRaw.fromEndpoints).forEach((selRaw, j) => {
          const sat = `${at}.fromEndpoints[${j}]`;
          const sel = isObj(selRaw) ? selRaw : {};
          const labels = isObj(sel.matchLabels) ? sel.matchLabels : {};
          if (sel.matchExpressions !== undefined) notCarried.push(`${sat}.matchExpressions: not carried`);
          if (Object.keys(labels).length === 0 && sel.matchExpressions === undefined) {
            principals.push('*');
            notCarried.push(`${sat}: selects every endpoint; imported as principal '*'`);
            return;
          }
          const key = Object.keys(labels).find((k) => k === label || k.replace(/^(k8s|any):/, '') === label);
          if (!key) {
            notCarried.push(
              `${sat}: no '${label}' label to name a principal; skipped (try --principal-label)`,
            );
            return;
          }
          principals.push(`${type}:${String(labels[key])}`);
          const others = Object.keys(labels).filter((k) => k !== key);
          if (others.length > 0) {
            notCarried.push(`${sat}.matchLabels ${others.join(', ')}: not carried (a principal is one name)`);
          }
        });
        if (principals.length === 0) {
          if (ingressRaw.fromEndpoints === undefined) notCarried.push(`${at}: no fromEndpoints; skipped`);
          return;
        }
        const toPorts = asArray(ingressRaw.toPorts).filter(isObj);
        if (toPorts.length === 0) {
          notCarried.push(
            `${at}: no toPorts, so Cilium allowed all traffic; imported as an empty (allow-all) rule`,
          );
          for (const p of principals) addRule(p, {});
          return;
        }
        toPorts.forEach((portRule, k) => {
          const pat = `${at}.toPorts[${k}]`;
          if (portRule.ports !== undefined && !portsNoted) {
            portsNoted = true;
            notCarried.push(`${pat}.ports: ports are not carried (the proxy's listeners decide them)`);
          }
          const rules = isObj(portRule.rules) ? portRule.rules : undefined;
          if (!rules) {
            notCarried.push(
              `${pat}: no L7 rules, so Cilium allowed all Kafka requests; imported as an empty (allow-all) rule`,
            );
            for (const p of principals) addRule(p, {});
            return;
          }
          for (const other of Object.keys(rules).filter((r) => r !== 'kafka')) {
            notCarried.push(`${pat}.rules.${other}: not Kafka rules; not carried`);
          }
          asArray(rules.kafka).forEach((kRaw, r) => {
            const rat = `${pat}.rules.kafka[${r}]`;
            const converted = convertKafkaRule(kRaw, rat, notCarried);
            if (converted) for (const p of principals) addRule(p, converted);
          });
        });
      });
    });
  });

  const rules = [...byPrincipal].map(([principal, allow]) => ({ principal, allow }));
  const doc = new Document({
    apiVersion: 'kafka-l7-proxy/v1',
    kind: 'KafkaPolicy',
    metadata: { name: options.name ?? 'imported-from-cilium' },
    identities: [{ sasl: {} }],
    rules,
  });
  doc.commentBefore =
    ' Imported from Cilium network policies by `kafka-l7-proxy policy import-cilium`.\n' +
    ` Principals are the '${label}' label of the client endpoints (${type}:<value>); each client must\n` +
    ' present that principal, here as its SASL user (see identities in policies/README.md).';
  return { yaml: doc.toString({ lineWidth: 110 }), rules, notCarried };
}

function convertKafkaRule(
  raw: unknown,
  at: string,
  notCarried: string[],
): Record<string, string | number> | undefined {
  if (!isObj(raw)) {
    notCarried.push(`${at}: not a mapping; skipped`);
    return undefined;
  }
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (!(KAFKA_RULE_FIELDS as readonly string[]).includes(k)) {
      notCarried.push(`${at}.${k}: unknown Kafka rule field; rule skipped`);
      return undefined;
    }
    if (v === '' || v === null || v === undefined) continue; // Cilium: empty means "any"
    out[k] = typeof v === 'number' ? v : String(v);
  }
  if (out.role !== undefined && out.apiKey !== undefined) {
    notCarried.push(`${at}: role and apiKey together (Cilium rejected this too); rule skipped`);
    return undefined;
  }
  if (out.role !== undefined && out.role !== 'produce' && out.role !== 'consume') {
    notCarried.push(`${at}.role '${String(out.role)}': unknown role; rule skipped`);
    return undefined;
  }
  if (out.apiKey !== undefined) {
    const api = lookupApi(out.apiKey);
    if (!api || api.category === 'inter-broker') {
      notCarried.push(`${at}.apiKey '${String(out.apiKey)}': not an API a client may use; rule skipped`);
      return undefined;
    }
    if (out.topic !== undefined && !api.resources.includes('topic')) {
      // Cilium ignored the topic for message types without topics; here the rule is the API alone.
      notCarried.push(`${at}.topic: ${api.name} carries no topic; imported without it`);
      delete out.topic;
    }
  }
  if (out.apiVersion !== undefined) {
    const n = Number(out.apiVersion);
    if (!Number.isInteger(n) || n < 0) {
      notCarried.push(`${at}.apiVersion '${String(out.apiVersion)}': not a version number; rule skipped`);
      return undefined;
    }
    out.apiVersion = n;
  }
  if (out.topic !== undefined && !TOPIC_NAME.test(String(out.topic))) {
    notCarried.push(`${at}.topic '${String(out.topic)}': not a valid topic name; rule skipped`);
    return undefined;
  }
  if (out.topic !== undefined && out.role === undefined && out.apiKey === undefined) {
    notCarried.push(
      `${at}: a topic without role or apiKey also let through, in Cilium, every API that carries no topic ` +
        '(cluster administration included); imported, it covers only the APIs that carry topics',
    );
  }
  return out;
}
