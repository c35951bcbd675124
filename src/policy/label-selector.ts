// Label selectors with the meaning Cilium gives them in `endpointSelector` and `fromEndpoints`:
// Kubernetes' LabelSelector (matchLabels ANDed with matchExpressions; operators In, NotIn, Exists,
// DoesNotExist) over an endpoint's labels, where a key may carry Cilium's source prefix.
//
// Cilium's label keys: `app` and `any:app` match a label from any source, `k8s:app` one from
// Kubernetes; for pods every label is a Kubernetes label, so both prefixes are dropped before
// matching. Other sources (`reserved:`, `cidr:`, `container:`, `unspec:` ...) never name a pod label:
// a selector that requires one selects no pod. Cilium adds these labels to every pod, and so does
// the proxy's `kubernetes` identity source (src/identity/kubernetes-pods.ts):
//   io.kubernetes.pod.namespace            the pod's namespace
//   io.cilium.k8s.policy.serviceaccount    the pod's service account
//   io.cilium.k8s.namespace.labels.<key>   each label of the pod's namespace
//   io.cilium.k8s.policy.cluster           the cluster name (`default` unless configured)
// Source: Cilium's policy documentation ("Kubernetes" section of the policy language) and
// pkg/labels in cilium/cilium.

/** One `matchExpressions` entry, as Kubernetes defines it (operators are case-sensitive). */
export interface LabelSelectorRequirement {
  readonly key: string;
  readonly operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
  readonly values?: readonly string[];
}

/** A Kubernetes LabelSelector as written in a policy (keys possibly with Cilium's `k8s:`/`any:` prefix). */
export interface LabelSelector {
  readonly matchLabels?: Readonly<Record<string, string>>;
  readonly matchExpressions?: readonly LabelSelectorRequirement[];
}

export const SELECTOR_OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'] as const;

/** Label Cilium (and the proxy) gives every pod: its namespace. */
export const POD_NAMESPACE_LABEL = 'io.kubernetes.pod.namespace';
/** Label Cilium (and the proxy) gives every pod: its service account. */
export const POD_SERVICE_ACCOUNT_LABEL = 'io.cilium.k8s.policy.serviceaccount';
/** Prefix of the labels Cilium copies from the pod's namespace onto the pod. */
export const NAMESPACE_LABELS_PREFIX = 'io.cilium.k8s.namespace.labels.';
/** Label Cilium gives every pod: the cluster name. */
export const CLUSTER_LABEL = 'io.cilium.k8s.policy.cluster';

const POD_SOURCES = new Set(['k8s', 'any']);

/**
 * The key as it names a pod label: `k8s:app` and `any:app` become `app`; a key with another Cilium
 * source (`reserved:host`, `cidr:...`) returns undefined, since no pod carries such a label.
 * A key without a colon before its first `.`/`/` has no source prefix.
 */
export function podLabelKey(key: string): string | undefined {
  const colon = key.indexOf(':');
  if (colon < 0) return key;
  const source = key.slice(0, colon);
  // Kubernetes label keys cannot contain ':', so whatever precedes one is a Cilium source.
  return POD_SOURCES.has(source) ? key.slice(colon + 1) : undefined;
}

/** True when the selector selects an endpoint with these labels (keys without source prefixes). */
export function selectorMatches(selector: LabelSelector, labels: Readonly<Record<string, string>>): boolean {
  for (const [rawKey, value] of Object.entries(selector.matchLabels ?? {})) {
    const key = podLabelKey(rawKey);
    if (key === undefined || !Object.hasOwn(labels, key) || labels[key] !== value) return false;
  }
  for (const req of selector.matchExpressions ?? []) {
    const key = podLabelKey(req.key);
    if (key === undefined) {
      // No pod carries a label of another source: only "does not exist" / "not in" hold.
      if (req.operator === 'In' || req.operator === 'Exists') return false;
      continue;
    }
    const has = Object.hasOwn(labels, key);
    const value = labels[key];
    switch (req.operator) {
      case 'In':
        if (!has || !(req.values ?? []).includes(value!)) return false;
        break;
      case 'NotIn':
        if (has && (req.values ?? []).includes(value!)) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
    }
  }
  return true;
}

/** True when the selector names no label at all (selects every endpoint in its scope). */
export function isEmptySelector(selector: LabelSelector): boolean {
  return (
    Object.keys(selector.matchLabels ?? {}).length === 0 && (selector.matchExpressions ?? []).length === 0
  );
}

/** True when the selector constrains this pod label key (with any source prefix), in matchLabels or an expression. */
export function selectorNamesKey(selector: LabelSelector, key: string): boolean {
  return (
    Object.keys(selector.matchLabels ?? {}).some((k) => podLabelKey(k) === key) ||
    (selector.matchExpressions ?? []).some((e) => podLabelKey(e.key) === key)
  );
}

/** Compact text for logs and explanations: `app=payments-api,io.kubernetes.pod.namespace=payments`. */
export function describeSelector(selector: LabelSelector): string {
  const parts = Object.entries(selector.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`);
  for (const e of selector.matchExpressions ?? []) {
    if (e.operator === 'Exists') parts.push(e.key);
    else if (e.operator === 'DoesNotExist') parts.push(`!${e.key}`);
    else parts.push(`${e.key} ${e.operator === 'In' ? 'in' : 'notin'} (${(e.values ?? []).join(',')})`);
  }
  return parts.length === 0 ? '{} (every pod)' : parts.join(',');
}
