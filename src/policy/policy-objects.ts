// One policy object from the Kubernetes API, read into a policy the engine can combine with others,
// or into the list of its problems (each with the field at fault), for the object's status.
//
// - KafkaPolicy: `spec` is a policy document's identities and rules; it is checked by the policy
//   loader, every check of a policy file included.
// - KafkaNetworkPolicy / KafkaClusterwideNetworkPolicy, and Cilium's own CiliumNetworkPolicy /
//   CiliumClusterwideNetworkPolicy: the import-cilium translation (cilium-import.ts), the one the
//   CLI runs, keeping label selectors as `fromEndpoints` selectors. Only the rules whose
//   endpointSelector selects the brokers the proxy fronts are read (`brokerLabels`), as Cilium
//   applies a policy to the endpoints it selects; a namespaced policy selects pods of its own
//   namespace only. Anything the translation could not carry rejects the whole object: a rule left
//   out could be a deny, and leaving a deny out widens access.

import { stringify } from 'yaml';
import { importCiliumPolicies, scopeEndpointSelector } from './cilium-import.js';
import { podLabelKey, selectorMatches, type LabelSelector } from './label-selector.js';
import { parsePolicy } from './policy-loader.js';
import type { Policy } from './policy-model.js';

/** The kinds of policy objects the proxy reads. */
export type PolicyObjectKind =
  | 'KafkaPolicy'
  | 'KafkaNetworkPolicy'
  | 'KafkaClusterwideNetworkPolicy'
  | 'CiliumNetworkPolicy'
  | 'CiliumClusterwideNetworkPolicy';

/** The parts of a policy object this module reads (as the API server returns it). */
export interface PolicyObject {
  readonly kind?: string;
  readonly metadata?: {
    readonly name?: string;
    readonly namespace?: string;
    readonly uid?: string;
    readonly generation?: number;
    readonly resourceVersion?: string;
  };
  readonly spec?: unknown;
  readonly specs?: unknown;
}

/** One problem of an object, for its status: `spec.rules[0].allow[1].apiKey` and what is wrong. */
export interface ObjectProblem {
  readonly field: string;
  readonly message: string;
}

export type ObjectReading =
  /** Valid. `selected` false: a network policy whose endpointSelector selects none of the brokers. */
  | { readonly ok: true; readonly selected: boolean; readonly policy: Policy; readonly warnings: string[] }
  | { readonly ok: false; readonly problems: readonly ObjectProblem[] };

export interface ObjectReadingOptions {
  /**
   * Labels of the broker pods the proxy fronts, as Cilium sees them (`io.kubernetes.pod.namespace`
   * included; `k8s:` prefixes allowed). Absent: no network policy selects the brokers.
   */
  readonly brokerLabels?: Readonly<Record<string, string>>;
  /**
   * The brokers' Kafka ports (TCP port numbers), as configured. A `toPorts` entry naming only other
   * ports (a metrics port, say), or a named port, grants no Kafka access.
   */
  readonly kafkaPorts?: readonly number[];
  /**
   * Without `kafkaPorts`: ports known to be Kafka's (the upstream brokers'). The Kafka ports of an
   * object are then these plus the ports its own `toPorts` entries with Kafka rules name, so an
   * L4-only rule on another port (a metrics port) never reads as access to every Kafka API.
   */
  readonly knownKafkaPorts?: readonly number[];
  /** Read every rule whatever its endpointSelector (`policy check` of a manifest, brokers unknown). */
  readonly everyRule?: boolean;
}

/** Kinds by group: the proxy's own (`kafka-l7-proxy.io/v1`) and Cilium's (`cilium.io/v2`). */
export const POLICY_OBJECT_KINDS: Readonly<Record<string, readonly PolicyObjectKind[]>> = {
  'kafka-l7-proxy.io/v1': ['KafkaPolicy', 'KafkaNetworkPolicy', 'KafkaClusterwideNetworkPolicy'],
  'cilium.io/v2': ['CiliumNetworkPolicy', 'CiliumClusterwideNetworkPolicy'],
};

/** The kind of a manifest the proxy reads as a policy object, or undefined. */
export function policyObjectKind(manifest: {
  apiVersion?: unknown;
  kind?: unknown;
}): PolicyObjectKind | undefined {
  const kinds = POLICY_OBJECT_KINDS[String(manifest.apiVersion)];
  return kinds?.find((k) => k === manifest.kind);
}

/** `KafkaNetworkPolicy kafka/payments` or `KafkaPolicy payments`: how logs, audit and rule ids name an object. */
export function objectLabel(kind: string, obj: PolicyObject): string {
  const ns = obj.metadata?.namespace;
  return `${kind} ${ns ? `${ns}/` : ''}${obj.metadata?.name ?? '(unnamed)'}`;
}

/**
 * True when `selector` (the endpointSelector of a policy in `namespace`, if namespaced) selects a pod
 * with `brokerLabels`. A namespaced policy selects pods of its own namespace only, even when its
 * selector names another (Cilium): a tenant's object never applies to brokers elsewhere.
 */
export function selectsBrokers(
  selector: LabelSelector,
  namespace: string | undefined,
  brokerLabels: Readonly<Record<string, string>> | undefined,
): boolean {
  if (!brokerLabels) return false;
  const labels: Record<string, string> = {};
  for (const [k, v] of Object.entries(brokerLabels)) {
    const key = podLabelKey(k);
    if (key !== undefined) labels[key] = v;
  }
  return selectorMatches(scopeEndpointSelector(selector, namespace), labels);
}

/** Reads a policy object of `kind`; never throws. */
export function readPolicyObject(
  kind: PolicyObjectKind,
  obj: PolicyObject,
  options: ObjectReadingOptions = {},
): ObjectReading {
  const label = objectLabel(kind, obj);
  return kind === 'KafkaPolicy' ? readKafkaPolicy(label, obj) : readNetworkPolicy(kind, label, obj, options);
}

function readKafkaPolicy(label: string, obj: PolicyObject): ObjectReading {
  const spec = obj.spec;
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) {
    return { ok: false, problems: [{ field: 'spec', message: 'missing, or not an object' }] };
  }
  // The loader reads a document; the object's spec is its identities and rules.
  const document = {
    apiVersion: 'kafka-l7-proxy/v1',
    kind: 'KafkaPolicy',
    ...(obj.metadata?.name ? { metadata: { name: obj.metadata.name } } : {}),
    ...(spec as Record<string, unknown>),
  };
  const parsed = parsePolicy(stringify(document), label);
  if (!parsed.ok) {
    return {
      ok: false,
      problems: parsed.errors.map((e) => ({
        field: e.path ? `spec.${e.path}` : 'spec',
        message: e.message,
      })),
    };
  }
  return { ok: true, selected: true, policy: parsed.policy, warnings: [] };
}

/** `payments-kafka spec.ingress[0].fromEndpoints[0]: ...` -> `spec.ingress[0].fromEndpoints[0]`. */
function fieldOf(note: string): string {
  const m = /\b(specs?(?:\[\d+\])?(?:\.[A-Za-z]+(?:\[\d+\])?)*)/.exec(note);
  return m ? m[1]! : 'spec';
}

/**
 * The translation's note without its leading `<object name> <field>`, which the problem's `field`
 * (and whoever prints it beside the object's name) already says.
 */
function withoutField(note: string): string {
  const field = fieldOf(note);
  const at = note.indexOf(field);
  if (field === 'spec' || at < 0 || note.slice(0, at).includes(':')) return note;
  const rest = note.slice(at + field.length).replace(/^:?\s+/, '');
  return rest === '' ? note : rest;
}

function readNetworkPolicy(
  kind: PolicyObjectKind,
  label: string,
  obj: PolicyObject,
  options: ObjectReadingOptions,
): ObjectReading {
  if (obj.spec === undefined && obj.specs === undefined) {
    return { ok: false, problems: [{ field: 'spec', message: 'neither spec nor specs is given' }] };
  }
  let imported;
  try {
    // The translation reads YAML text; JSON is YAML.
    imported = importCiliumPolicies(JSON.stringify({ ...obj, kind }), {
      identity: 'kubernetes',
      name: label,
      ...kafkaPortOptions(obj, options),
      selectsBrokers: (selector, namespace) =>
        options.everyRule === true || selectsBrokers(selector, namespace, options.brokerLabels),
    });
  } catch (error) {
    return { ok: false, problems: [{ field: 'spec', message: (error as Error).message }] };
  }
  if (imported.notCarried.length > 0) {
    return {
      ok: false,
      problems: imported.notCarried.map((note) => ({
        field: fieldOf(note),
        message: `${withoutField(note)} (the whole object is not applied: a rule left out could widen access)`,
      })),
    };
  }
  const parsed = parsePolicy(imported.yaml, label);
  if (!parsed.ok) {
    // The translation wrote something the loader refuses (a topic glob Cilium allowed, ...).
    return {
      ok: false,
      problems: parsed.errors.map((e) => ({ field: 'spec', message: `translated ${e.path}: ${e.message}` })),
    };
  }
  return {
    ok: true,
    selected: imported.selectedRules > 0,
    policy: parsed.policy,
    warnings: [...imported.warnings],
  };
}

/**
 * Which ports of `obj` carry Kafka: the configured ones, else the known ones plus every numeric port
 * of a `toPorts` entry with Kafka rules in the object (`spec`/`specs`, ingress and ingressDeny).
 * Undefined (every port is Kafka's) only when nothing is configured or known and the object names
 * no port with Kafka rules.
 */
function kafkaPortOptions(
  obj: PolicyObject,
  options: ObjectReadingOptions,
): { kafkaPorts?: readonly number[]; namedPortsAreKafka?: boolean } {
  if (options.kafkaPorts) return { kafkaPorts: options.kafkaPorts, namedPortsAreKafka: false };
  const ports = new Set(options.knownKafkaPorts ?? []);
  const specs = [obj.spec, ...(Array.isArray(obj.specs) ? obj.specs : [])];
  for (const spec of specs) {
    if (spec === null || typeof spec !== 'object') continue;
    const s = spec as Record<string, unknown>;
    for (const rule of [s.ingress, s.ingressDeny].flatMap((r) => (Array.isArray(r) ? r : []))) {
      const toPorts = (rule as Record<string, unknown> | null)?.toPorts;
      for (const entry of Array.isArray(toPorts) ? toPorts : []) {
        const e = entry as { ports?: unknown; rules?: { kafka?: unknown } } | null;
        if (!Array.isArray(e?.rules?.kafka) || e.rules.kafka.length === 0 || !Array.isArray(e.ports))
          continue;
        for (const p of e.ports as Array<{ port?: unknown } | null>) {
          const n = Number(p?.port);
          if (Number.isInteger(n) && n > 0) ports.add(n);
        }
      }
    }
  }
  return ports.size > 0 ? { kafkaPorts: [...ports], namedPortsAreKafka: false } : {};
}
