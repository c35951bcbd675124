// The CustomResourceDefinitions of the proxy's policy objects, generated from
// policies/policy.schema.json so that the API server checks a KafkaPolicy against the same shape as
// the proxy does (the proxy still runs every check of its own loader, which the CRD cannot express).
//
// Kinds (API group `kafka-l7-proxy.io`, version `v1`; docs/kubernetes.md):
// - KafkaPolicy (cluster-scoped): `spec` is a policy document's `identities` and `rules`.
// - KafkaNetworkPolicy (namespaced) and KafkaClusterwideNetworkPolicy (cluster-scoped): `spec` and
//   `specs` are a CiliumNetworkPolicy's, taken as they are (unknown fields preserved, so nothing
//   Cilium users wrote is pruned away); the proxy reads them with the import-cilium translation.
//
// A CRD's openAPIV3Schema must be a *structural* schema (Kubernetes docs, "Specifying a structural
// schema"): every node has a type (or x-kubernetes-int-or-string / -preserve-unknown-fields), no
// $ref, no `const`, no type lists, no if/then/else, `additionalProperties` only as a map's value
// schema, and no `description`/`type` inside allOf/anyOf/oneOf/not. The conversion below does
// exactly that to the draft-07 policy schema; `additionalProperties: false` becomes the API
// server's pruning of unknown fields (which the proxy's own check then never sees).

/** API group of the proxy's custom resources. */
export const POLICY_API_GROUP = 'kafka-l7-proxy.io';
export const POLICY_API_VERSION = 'v1';
/** `kafka-l7-proxy.io/v1`. */
export const POLICY_GROUP_VERSION = `${POLICY_API_GROUP}/${POLICY_API_VERSION}`;

/** One custom resource kind the proxy watches. */
export interface PolicyResourceKind {
  readonly kind: string;
  readonly plural: string;
  readonly singular: string;
  readonly namespaced: boolean;
  readonly shortNames: readonly string[];
}

export const KAFKA_POLICY: PolicyResourceKind = {
  kind: 'KafkaPolicy',
  plural: 'kafkapolicies',
  singular: 'kafkapolicy',
  namespaced: false,
  shortNames: ['kp'],
};
export const KAFKA_NETWORK_POLICY: PolicyResourceKind = {
  kind: 'KafkaNetworkPolicy',
  plural: 'kafkanetworkpolicies',
  singular: 'kafkanetworkpolicy',
  namespaced: true,
  shortNames: ['knp'],
};
export const KAFKA_CLUSTERWIDE_NETWORK_POLICY: PolicyResourceKind = {
  kind: 'KafkaClusterwideNetworkPolicy',
  plural: 'kafkaclusterwidenetworkpolicies',
  singular: 'kafkaclusterwidenetworkpolicy',
  namespaced: false,
  shortNames: ['kcnp'],
};

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Keywords a structural schema has no use for, or forbids. */
const DROPPED = new Set(['$schema', '$id', 'title', 'definitions', 'if', 'then', 'else']);

/**
 * Converts a draft-07 JSON Schema node (with `#/definitions/x` references into `definitions`) to a
 * structural OpenAPI v3 schema node. `inLogic`: inside allOf/anyOf/oneOf/not, where description
 * and type are forbidden.
 */
export function structuralSchema(node: unknown, definitions: Json, inLogic = false): Json {
  if (!isObj(node)) return {};
  let source: Json = node;
  if (typeof node.$ref === 'string') {
    const name = node.$ref.replace(/^#\/definitions\//, '');
    const target = definitions[name];
    if (!isObj(target)) throw new Error(`unresolved $ref ${node.$ref}`);
    // Siblings of $ref (a description) refine the referenced schema.
    const { $ref: _ref, ...siblings } = node;
    source = { ...target, ...siblings };
  }
  const out: Json = {};
  const typeList = Array.isArray(source.type) ? (source.type as string[]) : undefined;
  const intOrString = typeList !== undefined && typeList.includes('string') && typeList.includes('integer');
  for (const [key, value] of Object.entries(source)) {
    if (DROPPED.has(key) || key === '$ref') continue;
    if (inLogic && (key === 'description' || key === 'type')) continue;
    switch (key) {
      case 'type':
        if (!typeList) out.type = value;
        break;
      case 'const':
        out.enum = [value];
        break;
      case 'additionalProperties':
        // false: pruning does it. A schema: a map's value type.
        if (isObj(value)) out.additionalProperties = structuralSchema(value, definitions);
        break;
      case 'properties':
        out.properties = Object.fromEntries(
          Object.entries(value as Json).map(([k, v]) => [k, structuralSchema(v, definitions)]),
        );
        break;
      case 'items':
        out.items = structuralSchema(value, definitions);
        break;
      case 'allOf':
      case 'anyOf':
      case 'oneOf':
        out[key] = (value as unknown[]).map((v) => structuralSchema(v, definitions, true));
        break;
      case 'not':
        out.not = structuralSchema(value, definitions, true);
        break;
      // Keywords that apply to strings only would be wrong on an int-or-string value.
      case 'pattern':
      case 'minLength':
      case 'minimum':
        if (!intOrString) out[key] = value;
        break;
      default:
        out[key] = value;
    }
  }
  if (intOrString) out['x-kubernetes-int-or-string'] = true;
  if (!inLogic && out.type === undefined && !intOrString) {
    const values = Array.isArray(out.enum) ? (out.enum as unknown[]) : [];
    if (values.length > 0 && values.every((v) => typeof v === 'string')) out.type = 'string';
  }
  return out;
}

/** `status` of every policy object: what the proxy made of it. */
const STATUS_SCHEMA: Json = {
  type: 'object',
  description: 'Written by the proxy: whether the object is in force, and what is wrong with it if not.',
  properties: {
    observedGeneration: { type: 'integer', format: 'int64' },
    conditions: {
      type: 'array',
      'x-kubernetes-list-type': 'map',
      'x-kubernetes-list-map-keys': ['type'],
      items: {
        type: 'object',
        required: ['type', 'status'],
        properties: {
          type: { type: 'string', description: 'Accepted: the object is valid and in force.' },
          status: { type: 'string', enum: ['True', 'False', 'Unknown'] },
          reason: { type: 'string' },
          message: { type: 'string' },
          observedGeneration: { type: 'integer', format: 'int64' },
          lastTransitionTime: { type: 'string', format: 'date-time' },
        },
      },
    },
    problems: {
      type: 'array',
      description: 'Each problem found, with the field at fault (spec.rules[0].allow[1].apiKey).',
      items: {
        type: 'object',
        properties: { field: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
};

const PRINTER_COLUMNS = [
  { name: 'Accepted', type: 'string', jsonPath: '.status.conditions[?(@.type=="Accepted")].status' },
  { name: 'Reason', type: 'string', jsonPath: '.status.conditions[?(@.type=="Accepted")].reason' },
  { name: 'Age', type: 'date', jsonPath: '.metadata.creationTimestamp' },
];

function crd(kind: PolicyResourceKind, description: string, properties: Json, required: string[]): Json {
  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: `${kind.plural}.${POLICY_API_GROUP}` },
    spec: {
      group: POLICY_API_GROUP,
      scope: kind.namespaced ? 'Namespaced' : 'Cluster',
      names: {
        kind: kind.kind,
        listKind: `${kind.kind}List`,
        plural: kind.plural,
        singular: kind.singular,
        shortNames: [...kind.shortNames],
        categories: ['kafka-l7-proxy'],
      },
      versions: [
        {
          name: POLICY_API_VERSION,
          served: true,
          storage: true,
          subresources: { status: {} },
          additionalPrinterColumns: PRINTER_COLUMNS,
          schema: {
            openAPIV3Schema: {
              type: 'object',
              description,
              ...(required.length > 0 ? { required } : {}),
              properties: {
                apiVersion: { type: 'string' },
                kind: { type: 'string' },
                metadata: { type: 'object' },
                ...properties,
                status: STATUS_SCHEMA,
              },
            },
          },
        },
      ],
    },
  };
}

/** A CiliumNetworkPolicy rule (`spec` or an item of `specs`), kept as written. */
const CILIUM_RULE: Json = {
  type: 'object',
  'x-kubernetes-preserve-unknown-fields': true,
  description:
    'A CiliumNetworkPolicy rule as Cilium defines it (endpointSelector, ingress[].fromEndpoints / ' +
    'fromCIDR / fromCIDRSet / toPorts[].rules.kafka, ingressDeny), kept as written; the proxy reads it ' +
    'with the import-cilium translation and reports on status what it could not carry.',
};

/**
 * The three CRDs, from the policy schema (the parsed policies/policy.schema.json). Throws when the
 * schema has a reference that does not resolve.
 */
export function policyCustomResourceDefinitions(policySchema: Json): Json[] {
  const definitions = isObj(policySchema.definitions) ? policySchema.definitions : {};
  const properties = isObj(policySchema.properties) ? policySchema.properties : {};
  const spec = structuralSchema(
    {
      type: 'object',
      description:
        'A kafka-l7-proxy policy (policies/README.md) without apiVersion, kind and metadata: its ' +
        'identities and rules.',
      required: ['rules'],
      properties: { identities: properties.identities, rules: properties.rules },
    },
    definitions,
  );
  return [
    crd(
      KAFKA_POLICY,
      'Who may do what on the Kafka cluster behind kafka-l7-proxy: a policy document as an object. ' +
        'Every KafkaPolicy is in force on every proxy that watches them, together with the policy file ' +
        'and the network policies (docs/kubernetes.md).',
      { spec },
      ['spec'],
    ),
    crd(
      KAFKA_NETWORK_POLICY,
      "A CiliumNetworkPolicy's spec with Kafka rules, enforced by kafka-l7-proxy: migrate by changing " +
        'apiVersion and kind only. Namespaced: its endpointSelector selects pods of its own namespace and ' +
        'its fromEndpoints peers are in its own namespace unless they name io.kubernetes.pod.namespace.',
      { spec: CILIUM_RULE, specs: { type: 'array', items: CILIUM_RULE } },
      [],
    ),
    crd(
      KAFKA_CLUSTERWIDE_NETWORK_POLICY,
      "A CiliumClusterwideNetworkPolicy's spec with Kafka rules, enforced by kafka-l7-proxy: migrate by " +
        'changing apiVersion and kind only.',
      { spec: CILIUM_RULE, specs: { type: 'array', items: CILIUM_RULE } },
      [],
    ),
  ];
}

/** Directory of the chart's CRDs, relative to the repository root (Helm installs crds/ before templates). */
export const CHART_CRD_DIR = 'charts/kafka-l7-proxy/crds';

/** File name and YAML text of each CRD, as the chart carries them (`npm run crds` writes them). */
export function crdFiles(policySchema: Json, stringify: (value: unknown) => string): Map<string, string> {
  const header =
    '# Generated from policies/policy.schema.json by `npm run crds` (src/policy/policy-crds.ts); do not edit.\n';
  return new Map(
    policyCustomResourceDefinitions(policySchema).map((c) => [
      `${String((c.spec as Json).names && ((c.spec as Json).names as Json).plural)}.yaml`,
      header + stringify(c),
    ]),
  );
}

/** One rule of a Kubernetes ClusterRole. */
export interface ClusterRoleRule {
  readonly apiGroups: readonly string[];
  readonly resources: readonly string[];
  readonly verbs: readonly string[];
}

/**
 * The least the proxy needs from the Kubernetes API in gateway mode: read pods and namespaces (pod
 * identity), read its policy objects, patch their status; with `ciliumPolicies`, read Cilium's
 * network policies. The chart's ClusterRole grants exactly these (the chart test checks it).
 */
export function proxyClusterRoleRules(
  options: { readonly ciliumPolicies?: boolean } = {},
): ClusterRoleRule[] {
  const plurals = [KAFKA_POLICY, KAFKA_NETWORK_POLICY, KAFKA_CLUSTERWIDE_NETWORK_POLICY].map((k) => k.plural);
  return [
    { apiGroups: [''], resources: ['pods', 'namespaces'], verbs: ['get', 'list', 'watch'] },
    { apiGroups: [POLICY_API_GROUP], resources: plurals, verbs: ['get', 'list', 'watch'] },
    { apiGroups: [POLICY_API_GROUP], resources: plurals.map((p) => `${p}/status`), verbs: ['patch'] },
    ...(options.ciliumPolicies
      ? [
          {
            apiGroups: ['cilium.io'],
            resources: ['ciliumnetworkpolicies', 'ciliumclusterwidenetworkpolicies'],
            verbs: ['get', 'list', 'watch'],
          },
        ]
      : []),
  ];
}
