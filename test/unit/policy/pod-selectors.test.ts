import { describe, expect, it } from 'vitest';
import { resolveIdentity } from '../../../src/identity/identity-resolver.js';
import type { PodDirectory, PodIdentity, PodLookup } from '../../../src/identity/kubernetes-pods.js';
import { compilePolicy, type EndpointLabels } from '../../../src/policy/engine.js';
import { selectorMatches } from '../../../src/policy/label-selector.js';
import { parsePolicy } from '../../../src/policy/policy-loader.js';

const POD_LABELS = {
  app: 'payments-worker',
  tier: 'backend',
  'io.kubernetes.pod.namespace': 'payments',
  'io.cilium.k8s.policy.serviceaccount': 'worker',
  'io.cilium.k8s.namespace.labels.team': 'pay',
};

describe('label selectors with Cilium meaning', () => {
  it('matches matchLabels with and without the k8s: and any: prefixes, and never a reserved: label', () => {
    expect(selectorMatches({ matchLabels: { app: 'payments-worker' } }, POD_LABELS)).toBe(true);
    expect(selectorMatches({ matchLabels: { 'k8s:app': 'payments-worker' } }, POD_LABELS)).toBe(true);
    expect(selectorMatches({ matchLabels: { 'any:app': 'payments-worker' } }, POD_LABELS)).toBe(true);
    expect(
      selectorMatches(
        { matchLabels: { 'k8s:io.kubernetes.pod.namespace': 'payments', app: 'payments-worker' } },
        POD_LABELS,
      ),
    ).toBe(true);
    expect(
      selectorMatches({ matchLabels: { 'k8s:io.kubernetes.pod.namespace': 'analytics' } }, POD_LABELS),
    ).toBe(false);
    expect(selectorMatches({ matchLabels: { 'reserved:host': '' } }, POD_LABELS)).toBe(false);
    expect(selectorMatches({ matchLabels: { App: 'payments-worker' } }, POD_LABELS)).toBe(false);
    expect(selectorMatches({}, POD_LABELS)).toBe(true);
  });

  it('matches In, NotIn, Exists and DoesNotExist as Kubernetes does (NotIn holds for a missing key)', () => {
    const m = (operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist', key: string, values?: string[]) =>
      selectorMatches({ matchExpressions: [{ key, operator, ...(values ? { values } : {}) }] }, POD_LABELS);
    expect(m('In', 'tier', ['backend', 'x'])).toBe(true);
    expect(m('In', 'tier', ['frontend'])).toBe(false);
    expect(m('In', 'missing', ['a'])).toBe(false);
    expect(m('NotIn', 'tier', ['backend'])).toBe(false);
    expect(m('NotIn', 'tier', ['frontend'])).toBe(true);
    expect(m('NotIn', 'missing', ['a'])).toBe(true);
    expect(m('Exists', 'k8s:tier')).toBe(true);
    expect(m('Exists', 'missing')).toBe(false);
    expect(m('DoesNotExist', 'missing')).toBe(true);
    expect(m('DoesNotExist', 'tier')).toBe(false);
    expect(m('Exists', 'io.cilium.k8s.namespace.labels.team')).toBe(true);
  });
});

function pod(labels: Record<string, string>, uid = 'uid-1'): PodIdentity {
  return {
    uid,
    namespace: labels['io.kubernetes.pod.namespace'] ?? 'default',
    name: 'payments-worker-0',
    serviceAccount: labels['io.cilium.k8s.policy.serviceaccount'] ?? 'default',
    node: 'node-a',
    labels,
    key: `${uid}|${JSON.stringify(labels)}`,
  };
}

function directory(entries: Record<string, PodLookup>): PodDirectory {
  return { lookup: (address) => entries[address] ?? { kind: 'unknown', reason: 'no pod' } };
}

const POLICY = `apiVersion: kafka-l7-proxy/v1
kind: KafkaPolicy
identities:
  - kubernetes: {}
rules:
  - fromEndpoints:
      - matchLabels: { app: payments-worker, k8s:io.kubernetes.pod.namespace: payments }
    allow:
      - { role: consume, topic: payments.commands }
  - fromEndpoints:
      - matchExpressions: [{ key: io.cilium.k8s.namespace.labels.team, operator: In, values: [pay] }]
    deny:
      - { topic: payments.secrets }
  - principal: 'Pod:payments/*'
    allow:
      - { role: consume, topic: payments.secrets }
`;

describe('policy rule sets that select pods (fromEndpoints)', () => {
  const parsed = parsePolicy(POLICY, 'p.yaml');
  if (!parsed.ok) throw new Error(parsed.errors.map(String).join('\n'));
  const policy = compilePolicy(parsed.policy);
  const fetch = (principal: string, topic: string, endpoint?: EndpointLabels) =>
    policy.decide({
      principal,
      apiKey: 1,
      apiVersion: 12,
      clientId: null,
      topics: [topic],
      ...(endpoint ? { endpoint } : {}),
    });

  it('applies a rule set to the pod its selector selects, and not to the same principal with other labels', () => {
    const worker = pod(POD_LABELS);
    expect(fetch('Pod:payments/payments-worker-0', 'payments.commands', worker).allowed).toBe(true);
    const relabelled = pod({ ...POD_LABELS, app: 'payments-api' });
    const d = fetch('Pod:payments/payments-worker-0', 'payments.commands', relabelled);
    expect(d.allowed).toBe(false);
    expect(d.topics[0]!.reason).toContain('default deny');
    // Without pod labels (not identified as a pod), selectors never match.
    expect(fetch('Pod:payments/payments-worker-0', 'payments.commands').allowed).toBe(false);
  });

  it('lets a selected deny rule win over a principal allow, by namespace labels', () => {
    const worker = pod(POD_LABELS);
    const d = fetch('Pod:payments/payments-worker-0', 'payments.secrets', worker);
    expect(d.allowed).toBe(false);
    expect(d.topics[0]!.rule?.id).toBe('rules[1].deny[0]');
    const otherTeam = pod({ ...POD_LABELS, 'io.cilium.k8s.namespace.labels.team': 'ops' }, 'uid-2');
    expect(fetch('Pod:payments/payments-worker-0', 'payments.secrets', otherTeam).allowed).toBe(true);
  });

  it('rejects a rule set with neither principal nor fromEndpoints, and a bad operator', () => {
    const head = 'apiVersion: kafka-l7-proxy/v1\nkind: KafkaPolicy\nrules:\n';
    const none = parsePolicy(head + '  - allow: [{}]\n', 'none.yaml');
    expect(none.ok).toBe(false);
    if (!none.ok)
      expect(none.errors.map(String).join('\n')).toContain(
        'a rule set needs principal, principals or fromEndpoints',
      );
    const op = parsePolicy(
      head +
        '  - fromEndpoints: [{ matchExpressions: [{ key: app, operator: in, values: [a] }] }]\n    allow: [{}]\n',
      'op.yaml',
    );
    expect(op.ok).toBe(false);
    if (!op.ok) expect(op.errors.map(String).join('\n')).toMatch(/operator/);
  });
});

describe('the kubernetes identity source', () => {
  const parsed = parsePolicy(
    `apiVersion: kafka-l7-proxy/v1
kind: KafkaPolicy
identities:
  - kubernetes: { principal: 'ServiceAccount:\${namespace}/\${serviceAccount}' }
  - sourceCidr: { cidr: 10.0.0.0/8, principal: User:cluster-network }
rules: []
`,
    'p.yaml',
  );
  if (!parsed.ok) throw new Error(parsed.errors.map(String).join('\n'));
  const identities = parsed.policy.identities;
  const pods = directory({
    '10.244.0.5': { kind: 'pod', pod: pod(POD_LABELS) },
    '10.244.0.9': { kind: 'unavailable', reason: 'Kubernetes API watch lost 40 s ago (limit 30 s)' },
  });

  it('names the pod by its principal template and carries its labels', () => {
    const who = resolveIdentity(identities, {
      remoteAddress: '::ffff:10.244.0.5',
      listener: 'l',
      pods: {
        lookup: (a) => pods.lookup(a.replace('::ffff:', '')),
      },
    });
    expect(who.principal).toBe('ServiceAccount:payments/worker');
    expect(who.source).toBe('kubernetes');
    expect(who.detail).toBe('pod payments/payments-worker-0 serviceaccount payments/worker node node-a');
    expect(who.pod?.labels.app).toBe('payments-worker');
  });

  it('passes an address no running pod owns to the next source, and refuses when pods are unavailable', () => {
    expect(resolveIdentity(identities, { remoteAddress: '10.1.2.3', listener: 'l', pods }).principal).toBe(
      'User:cluster-network',
    );
    const refused = resolveIdentity(identities, { remoteAddress: '10.244.0.9', listener: 'l', pods });
    expect(refused.refuse).toBe('Kubernetes API watch lost 40 s ago (limit 30 s)');
    expect(refused.principal).toBe('User:ANONYMOUS');
    // Without a pod watch the source identifies nobody.
    expect(resolveIdentity(identities, { remoteAddress: '10.244.0.5', listener: 'l' }).principal).toBe(
      'User:cluster-network',
    );
  });
});
