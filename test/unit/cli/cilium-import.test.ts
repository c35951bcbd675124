import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { allApiClassifications } from '../../../src/policy/api-classification.js';
import { importCiliumPolicies, type CiliumImportOptions } from '../../../src/policy/cilium-import.js';

/** Principals mode: one label's value names the client (the mode before pod identity). */
const importCiliumAsPrincipals = (text: string, options: CiliumImportOptions = {}) =>
  importCiliumPolicies(text, { identity: 'principals', ...options });
import { compilePolicy, type CompiledPolicy, type PolicyDecision } from '../../../src/policy/engine.js';
import { parsePolicy } from '../../../src/policy/policy-loader.js';
import { resolveIdentity } from '../../../src/identity/identity-resolver.js';
import { REPO_ROOT } from './run-cli.js';

function compile(text: string): CompiledPolicy {
  const r = parsePolicy(text, 'x.yaml');
  if (!r.ok) throw new Error(r.errors.map(String).join('\n'));
  return compilePolicy(r.policy);
}

function outcome(d: PolicyDecision): string {
  const part = (x: { name: string; allowed: boolean }) => `${x.name}:${x.allowed ? 'allow' : 'deny'}`;
  return [
    `api:${d.api.allowed}`,
    ...d.topics.map(part),
    ...d.groups.map(part),
    ...d.transactionalIds.map(part),
  ].join(' ');
}

describe('import-cilium', () => {
  it('turns policies/cilium/cilium-guide.yaml into a policy that decides like the two native guide examples', () => {
    const imported = importCiliumAsPrincipals(
      readFileSync(`${REPO_ROOT}policies/cilium/cilium-guide.yaml`, 'utf8'),
    );
    const a = parse(readFileSync(`${REPO_ROOT}policies/cilium-guide-producer-and-consumers.yaml`, 'utf8'));
    const b = parse(readFileSync(`${REPO_ROOT}policies/cilium-guide-backend-client-id.yaml`, 'utf8'));
    const nativeText = stringify({ ...a, rules: [...a.rules, ...b.rules] });
    const native = compile(nativeText);
    const fromCilium = compile(imported.yaml);

    const principals = [
      'User:headquarters',
      'User:outpost-east',
      'User:outpost-west',
      'User:backend',
      'User:other',
    ];
    const topics = ['fleet-announcements', 'station-plans', 'orders', 'events', 'Orders'];
    let compared = 0;
    for (const principal of principals)
      for (const { apiKey } of allApiClassifications())
        for (const clientId of ['payment-service', 'other', null])
          for (const apiVersion of [0, 9]) {
            const request = {
              principal,
              apiKey,
              apiVersion,
              clientId,
              topics,
              groups: ['g'],
              transactionalIds: ['tx'],
            };
            expect(outcome(fromCilium.decide(request)), JSON.stringify(request)).toBe(
              outcome(native.decide(request)),
            );
            compared++;
          }
    expect(compared).toBe(5 * 93 * 3 * 2);
  });

  it('lists what it cannot carry: entities, expressions it cannot name, egress, other L7 protocols, unknown API keys', () => {
    const result = importCiliumAsPrincipals(`apiVersion: cilium.io/v2
kind: CiliumClusterwideNetworkPolicy
metadata: { name: mixed }
spec:
  endpointSelector: { matchLabels: { app: kafka } }
  ingress:
    - fromEntities: [world]
    - fromEndpoints:
        - matchLabels: { app: reader, team: blue }
        - matchExpressions: [{ key: tier, operator: In, values: [x] }]
      toPorts:
        - ports: [{ port: '9092', protocol: TCP }]
          rules:
            kafka:
              - { role: consume, topic: logs }
              - { apiKey: createtopic }
              - { topic: audit }
        - ports: [{ port: '8080', protocol: TCP }]
          rules:
            http: [{ method: GET }]
  egress:
    - toEndpoints: [{}]
---
apiVersion: v1
kind: ConfigMap
metadata: { name: unrelated }
`);
    expect(result.rules).toEqual([
      { principal: 'User:reader', allow: [{ role: 'consume', topic: 'logs' }, { topic: 'audit' }] },
    ]);
    expect(result.notCarried).toEqual([
      'document 2: kind ConfigMap is not a Cilium network policy; skipped',
      "mixed spec.ingress[0].fromEntities[0] 'world': entities other than 'all' cannot be carried; skipped",
      "mixed spec.ingress[1].toPorts[0].rules.kafka[1].apiKey 'createtopic': not an API a client may use; rule skipped",
      'mixed spec.ingress[1].toPorts[0].rules.kafka[2]: a topic without role or apiKey also let through, in Cilium, every API that carries no topic (cluster administration included); imported, it covers only the APIs that carry topics',
      'mixed spec.ingress[1].fromEndpoints[0]: team=blue: not carried (a principal is one name), so User:reader gets the rule from any pod and namespace',
      "mixed spec.ingress[1].fromEndpoints[1]: no 'app' label to name a principal; peer skipped (try --principal-label)",
    ]);
    expect(result.warnings).toContain('mixed spec.egress: not about clients of the brokers; ignored');
    expect(result.warnings).toContain(
      'mixed spec.ingress[1].toPorts[1].rules.http: not Kafka rules; they allow no Kafka request',
    );
    expect(parsePolicy(result.yaml, 'out').ok).toBe(true);
  });

  it('imports an L4-only port rule and an empty selector as what Cilium allowed: everything, for everyone', () => {
    const result = importCiliumAsPrincipals(`apiVersion: cilium.io/v2
kind: CiliumClusterwideNetworkPolicy
metadata: { name: open }
spec:
  endpointSelector: {}
  ingress:
    - fromEndpoints: [{}]
      toPorts:
        - ports: [{ port: '9092' }]
`);
    expect(result.rules).toEqual([{ principal: '*', allow: [{}] }]);
    expect(result.notCarried).toContain(
      "open spec.ingress[0].fromEndpoints[0]: selects every endpoint; imported as principal '*' (unauthenticated clients included)",
    );
    expect(result.warnings).toContain(
      'open spec.ingress[0]: no Kafka rules (L3/L4 only), so Cilium allowed these peers every Kafka request; imported as an empty (allow-all) rule',
    );
  });

  it('reads field names ignoring case and role/apiKey values ignoring case, as Cilium does (Role:, role: Consume)', () => {
    const result = importCiliumAsPrincipals(`apiVersion: cilium.io/v2
kind: CiliumClusterwideNetworkPolicy
metadata: { name: cased }
spec:
  endpointSelector: { matchLabels: { app: kafka } }
  ingress:
    - FromEndpoints: [{ MatchLabels: { app: reader } }]
      toPorts:
        - Rules:
            Kafka:
              - { Role: Consume, Topic: logs }
              - { role: PRODUCE, topic: Logs }
              - { apiKey: Metadata, TOPIC: logs }
`);
    expect(result.rules).toEqual([
      {
        principal: 'User:reader',
        allow: [
          { role: 'consume', topic: 'logs' },
          // Topic names stay case-sensitive, as in Kafka and in Cilium.
          { role: 'produce', topic: 'Logs' },
          { apiKey: 'metadata', topic: 'logs' },
        ],
      },
    ]);
    expect(result.notCarried).toEqual([]);
    expect(result.warnings).toContain(
      "cased spec.ingress[0].toPorts[0].rules.kafka[0].Role: read as 'role' (Cilium's decoder ignores the case of field names; the Kubernetes API server would prune 'Role' from a CRD object)",
    );
    expect(parsePolicy(result.yaml, 'out').ok).toBe(true);
  });

  it('skips a Kafka rule with an unknown field instead of widening it as Cilium did, and fields that differ only in case', () => {
    const result = importCiliumAsPrincipals(`- endpointSelector: { matchLabels: { app: kafka } }
  ingress:
    - fromEndpoints: [{ matchLabels: { app: reader } }]
      toPorts:
        - rules:
            kafka:
              - { role: consume, topics: secrets }
              - { role: consume, topic: a, Topic: b }
              - { role: consume, topic: logs }
`);
    expect(result.rules).toEqual([{ principal: 'User:reader', allow: [{ role: 'consume', topic: 'logs' }] }]);
    expect(result.notCarried).toEqual([
      'rules[0].ingress[0].toPorts[0].rules.kafka[0].topics: not a Kafka rule field (Cilium ignored it, which widened the rule); rule skipped',
      'rules[0].ingress[0].toPorts[0].rules.kafka[1]: fields topic, Topic differ only in case; rule skipped',
    ]);
  });

  it('reads the JSON rule list of `cilium policy import`', () => {
    const json = JSON.stringify([
      {
        endpointSelector: { matchLabels: { app: 'kafka' } },
        ingress: [
          {
            fromEndpoints: [{ matchLabels: { app: 'empire-hq' } }],
            toPorts: [
              {
                ports: [{ port: '9092', protocol: 'TCP' }],
                rules: { kafka: [{ role: 'produce', topic: 'deathstar-plans' }] },
              },
            ],
          },
        ],
        labels: [{ key: 'name', value: 'rule1', source: 'unspec' }],
      },
    ]);
    const result = importCiliumAsPrincipals(json);
    expect(result.rules).toEqual([
      { principal: 'User:empire-hq', allow: [{ role: 'produce', topic: 'deathstar-plans' }] },
    ]);
    expect(result.notCarried).toEqual([]);
  });

  it('reads a kubectl List of policies', () => {
    const result = importCiliumAsPrincipals(`apiVersion: v1
kind: List
items:
  - apiVersion: cilium.io/v2
    kind: CiliumNetworkPolicy
    metadata: { name: a, namespace: team }
    spec:
      endpointSelector: {}
      ingress:
        - fromEndpoints: [{ matchLabels: { app: x, k8s:io.kubernetes.pod.namespace: team } }]
          toPorts: [{ rules: { kafka: [{ role: consume, topic: t }] } }]
`);
    expect(result.rules).toEqual([{ principal: 'User:x', allow: [{ role: 'consume', topic: 't' }] }]);
  });

  it('says that a namespaced policy restricted its peers to its namespace, which a principal cannot carry', () => {
    const result = importCiliumAsPrincipals(`apiVersion: cilium.io/v2
kind: CiliumNetworkPolicy
metadata: { name: ns, namespace: payments }
spec:
  endpointSelector: { matchLabels: { app: kafka } }
  ingress:
    - fromEndpoints: [{ matchLabels: { app: payments-api } }]
      toPorts: [{ rules: { kafka: [{ role: produce, topic: payments.commands }] } }]
`);
    expect(result.rules).toEqual([
      { principal: 'User:payments-api', allow: [{ role: 'produce', topic: 'payments.commands' }] },
    ]);
    expect(result.notCarried).toEqual([
      'ns spec.ingress[0].fromEndpoints[0]: k8s:io.kubernetes.pod.namespace=payments: not carried (a principal is one name), so User:payments-api gets the rule from any pod and namespace',
    ]);
  });

  it('imports ingressDeny as deny rules that win over the allow rules', () => {
    const result = importCiliumAsPrincipals(`apiVersion: cilium.io/v2
kind: CiliumClusterwideNetworkPolicy
metadata: { name: deny }
spec:
  endpointSelector: { matchLabels: { app: kafka } }
  ingress:
    - fromEndpoints: [{}]
      toPorts: [{ rules: { kafka: [{ role: consume, topic: public }] } }]
  ingressDeny:
    - fromEndpoints: [{ matchLabels: { app: intruder } }]
      toPorts: [{ ports: [{ port: '9092', protocol: TCP }] }]
`);
    expect(result.rules).toEqual([
      { principal: '*', allow: [{ role: 'consume', topic: 'public' }] },
      { principal: 'User:intruder', deny: [{}] },
    ]);
    const policy = compile(result.yaml);
    const fetch = (principal: string) =>
      policy.decide({ principal, apiKey: 1, apiVersion: 12, clientId: null, topics: ['public'] }).allowed;
    expect(fetch('User:someone')).toBe(true);
    expect(fetch('User:intruder')).toBe(false);
  });

  it('turns matchExpressions In on the principal label into principals, and reports any other expression', () => {
    const result = importCiliumAsPrincipals(`apiVersion: cilium.io/v2
kind: CiliumClusterwideNetworkPolicy
metadata: { name: expr }
spec:
  ingress:
    - fromEndpoints:
        - matchExpressions: [{ key: app, operator: In, values: [a, b] }]
        - matchExpressions: [{ key: app, operator: NotIn, values: [c] }]
        - matchExpressions: [{ key: app, operator: in, values: [d] }]
      toPorts: [{ rules: { kafka: [{ role: consume, topic: t }] } }]
`);
    expect(result.rules).toEqual([
      { principals: ['User:a', 'User:b'], allow: [{ role: 'consume', topic: 't' }] },
    ]);
    expect(result.notCarried).toEqual([
      'expr spec.ingress[0].fromEndpoints[2].matchExpressions[0]: operator "in" is not In, NotIn, Exists or DoesNotExist; peer skipped',
      "expr spec.ingress[0].fromEndpoints[1]: no 'app' label to name a principal; peer skipped (try --principal-label)",
    ]);
  });

  it('imports fromCIDR and fromCIDRSet (with except) as source-address principals that keep the except out', () => {
    const result = importCiliumAsPrincipals(`apiVersion: cilium.io/v2
kind: CiliumClusterwideNetworkPolicy
metadata: { name: cidr }
spec:
  ingress:
    - fromCIDR: [192.0.2.0/24]
      toPorts: [{ rules: { kafka: [{ role: produce, topic: ingest }] } }]
    - fromCIDRSet: [{ cidr: 10.0.0.0/8, except: [10.96.0.0/12] }]
      toPorts: [{ rules: { kafka: [{ role: consume, topic: reports }] } }]
    - fromCIDR: [10.1.0.0/16]
      toPorts: [{ rules: { kafka: [{ role: consume, topic: ops }] } }]
`);
    expect(result.identities).toEqual([
      { sasl: {} },
      { sourceCidr: { cidr: '192.0.2.0/24', principal: 'Cidr:192.0.2.0/24' } },
      { sourceCidr: { cidr: '10.1.0.0/16', principal: 'Cidr:10.1.0.0/16' } },
      { sourceCidr: { cidr: '10.96.0.0/12', principal: 'Cidr:10.96.0.0/12' } },
      { sourceCidr: { cidr: '10.0.0.0/8', principal: 'Cidr:10.0.0.0/8' } },
    ]);
    const parsed = parsePolicy(result.yaml, 'out');
    if (!parsed.ok) throw new Error(parsed.errors.map(String).join('\n'));
    const policy = compilePolicy(parsed.policy);
    const may = (address: string, apiKey: number, topic: string): boolean => {
      const { principal } = resolveIdentity(parsed.policy.identities, {
        remoteAddress: address,
        listener: 'l',
      });
      return policy.decide({ principal, apiKey, apiVersion: 9, clientId: null, topics: [topic] }).allowed;
    };
    expect(may('192.0.2.7', 0, 'ingest')).toBe(true);
    expect(may('192.0.2.7', 1, 'reports')).toBe(false);
    expect(may('10.2.3.4', 1, 'reports')).toBe(true);
    expect(may('10.1.3.4', 1, 'reports')).toBe(true); // inside 10.0.0.0/8 as well as 10.1.0.0/16
    expect(may('10.1.3.4', 1, 'ops')).toBe(true);
    expect(may('10.2.3.4', 1, 'ops')).toBe(false);
    expect(may('10.100.0.1', 1, 'reports')).toBe(false); // the except
    expect(may('172.16.0.1', 1, 'reports')).toBe(false);
  });

  it('maps --principal-label k8s:io.cilium.k8s.policy.serviceaccount onto selectors with or without the k8s: prefix', () => {
    const text = `apiVersion: cilium.io/v2
kind: CiliumClusterwideNetworkPolicy
metadata: { name: sa }
spec:
  ingress:
    - fromEndpoints:
        - matchLabels: { io.cilium.k8s.policy.serviceaccount: reporter }
        - matchLabels: { k8s:io.cilium.k8s.policy.serviceaccount: auditor }
        - matchLabels: { any:io.cilium.k8s.policy.serviceaccount: ingester }
      toPorts: [{ rules: { kafka: [{ role: consume, topic: t }] } }]
`;
    for (const principalLabel of [
      'k8s:io.cilium.k8s.policy.serviceaccount',
      'io.cilium.k8s.policy.serviceaccount',
    ]) {
      const result = importCiliumAsPrincipals(text, { principalLabel });
      expect(result.rules.map((r) => r.principal)).toEqual([
        'User:reporter',
        'User:auditor',
        'User:ingester',
      ]);
      expect(result.notCarried).toEqual([]);
    }
  });

  it("never turns the guide's broker-to-broker peer (fromEndpoints app: kafka, no toPorts) into User:kafka allowed everything", () => {
    const result = importCiliumAsPrincipals(`apiVersion: cilium.io/v2
kind: CiliumNetworkPolicy
metadata: { name: secure-empire-kafka, namespace: default }
specs:
  - endpointSelector: { matchLabels: { app: kafka } }
    ingress:
      - fromEndpoints: [{ matchLabels: { app: empire-hq } }]
        toPorts:
          - ports: [{ port: '9092', protocol: TCP }]
            rules: { kafka: [{ role: produce, topic: deathstar-plans }] }
      - fromEndpoints: [{ matchLabels: { app: kafka } }]
`);
    expect(result.rules.map((r) => r.principal)).toEqual(['User:empire-hq']);
    expect(result.yaml).not.toContain('User:kafka');
    expect(result.warnings).toContain(
      'secure-empire-kafka specs[0].ingress[1].fromEndpoints[0] app=kafka: selects the brokers themselves; broker-to-broker traffic (replication, controllers) does not pass through the proxy, so this peer is not imported (it would otherwise allow those pods everything)',
    );
  });

  it('imports an L3-only peer that is not a broker as allow-all, and says so', () => {
    const result = importCiliumAsPrincipals(`apiVersion: cilium.io/v2
kind: CiliumClusterwideNetworkPolicy
metadata: { name: l3 }
spec:
  endpointSelector: { matchLabels: { app: kafka } }
  ingress:
    - fromEndpoints: [{ matchLabels: { app: admin } }]
    - toPorts: [{ ports: [{ port: '9092' }] }]
    - {}
`);
    expect(result.rules).toEqual([
      { principal: 'User:admin', allow: [{}] },
      { principal: '*', allow: [{}] },
    ]);
    expect(result.warnings).toContain(
      'l3 spec.ingress[0]: no Kafka rules (L3/L4 only), so Cilium allowed these peers every Kafka request; imported as an empty (allow-all) rule',
    );
    expect(result.warnings).toContain(
      "l3 spec.ingress[1]: every source (Cilium allowed any peer); imported as principal '*'",
    );
    expect(result.warnings).toContain(
      'l3 spec.ingress[2]: no peers and no ports: Cilium allows nothing by it; nothing imported',
    );
  });

  it('skips an ingress rule with fromRequires, which would widen without its condition', () => {
    const result = importCiliumAsPrincipals(`- ingress:
    - fromEndpoints: [{ matchLabels: { app: a } }]
      fromRequires: [{ matchLabels: { env: prod } }]
      toPorts: [{ rules: { kafka: [{ role: consume, topic: t }] } }]
`);
    expect(result.rules).toEqual([]);
    expect(result.notCarried).toEqual([
      'rules[0].ingress[0].fromRequires: cannot be carried, and dropping it would widen the rule; rule skipped',
    ]);
  });

  it('with --kafka-ports, skips port rules that name only other ports', () => {
    const text = `- ingress:
    - fromEndpoints: [{ matchLabels: { app: a } }]
      toPorts: [{ ports: [{ port: '8080' }] }]
    - fromEndpoints: [{ matchLabels: { app: b } }]
      toPorts: [{ ports: [{ port: '9090', endPort: 9095 }] }]
`;
    expect(importCiliumAsPrincipals(text, { kafkaPorts: [9092] }).rules).toEqual([
      { principal: 'User:b', allow: [{}] },
    ]);
    expect(importCiliumAsPrincipals(text).rules.map((r) => r.principal)).toEqual(['User:a', 'User:b']);
  });

  it('warns when an apiKey list will break KIP-848 consumers and suggests the role; produce without initproducerid is fine (KIP-679)', () => {
    const result = importCiliumAsPrincipals(`- ingress:
    - fromEndpoints: [{ matchLabels: { app: p } }]
      toPorts:
        - rules:
            kafka:
              - { apiKey: produce, topic: t }
              - { apiKey: metadata }
              - { apiKey: apiversions }
    - fromEndpoints: [{ matchLabels: { app: c } }]
      toPorts:
        - rules:
            kafka:
              - { apiKey: fetch, topic: t }
              - { apiKey: joingroup }
              - { apiKey: syncgroup }
`);
    expect(result.warnings).toEqual([
      'User:c: consumer API keys without consumergroupheartbeat: KIP-848 consumers (group.protocol=consumer) cannot join, and offsetforleaderepoch is needed after a leader change; consider role: consume',
    ]);
  });

  it('refuses YAML it cannot parse', () => {
    expect(() => importCiliumPolicies('kind: [\n')).toThrow(/document 1: YAML/);
  });
});

describe('import-cilium keeping label selectors (the default, for pod identity)', () => {
  const payments = `apiVersion: cilium.io/v2
kind: CiliumNetworkPolicy
metadata: { name: payments-kafka, namespace: kafka }
spec:
  endpointSelector: { matchLabels: { strimzi.io/kind: Kafka } }
  ingress:
    - fromEndpoints:
        - matchLabels: { app: payments-api, k8s:io.kubernetes.pod.namespace: payments }
      toPorts:
        - ports: [{ port: '9092', protocol: TCP }]
          rules: { kafka: [{ role: produce, topic: payments.commands }] }
    - fromEndpoints:
        - matchLabels: { app: payments-worker, k8s:io.kubernetes.pod.namespace: payments }
          matchExpressions: [{ key: tier, operator: NotIn, values: [canary] }]
      toPorts:
        - rules: { kafka: [{ role: consume, topic: payments.commands }, { role: produce, topic: payments.events }] }
    - fromEndpoints: [{ matchLabels: { strimzi.io/kind: Kafka } }]
  ingressDeny:
    - fromEndpoints: [{ matchLabels: { k8s:io.kubernetes.pod.namespace: analytics } }]
`;

  it('keeps fromEndpoints selectors (namespace, other labels, expressions) and carries everything, so --strict passes', () => {
    const result = importCiliumPolicies(payments);
    expect(result.identities).toEqual([{ kubernetes: {} }]);
    expect(result.rules).toEqual([
      {
        fromEndpoints: [
          { matchLabels: { app: 'payments-api', 'k8s:io.kubernetes.pod.namespace': 'payments' } },
        ],
        allow: [{ role: 'produce', topic: 'payments.commands' }],
      },
      {
        fromEndpoints: [
          {
            matchLabels: { app: 'payments-worker', 'k8s:io.kubernetes.pod.namespace': 'payments' },
            matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['canary'] }],
          },
        ],
        allow: [
          { role: 'consume', topic: 'payments.commands' },
          { role: 'produce', topic: 'payments.events' },
        ],
      },
      {
        fromEndpoints: [{ matchLabels: { 'k8s:io.kubernetes.pod.namespace': 'analytics' } }],
        deny: [{}],
      },
    ]);
    expect(result.notCarried).toEqual([]);
    const parsed = parsePolicy(result.yaml, 'out');
    if (!parsed.ok) throw new Error(parsed.errors.map(String).join('\n'));
    const policy = compilePolicy(parsed.policy);
    const labels = (app: string, namespace: string) => ({
      key: `${app}/${namespace}`,
      labels: { app, 'io.kubernetes.pod.namespace': namespace },
    });
    const produce = (endpoint: ReturnType<typeof labels>) =>
      policy.decide({
        principal: 'Pod:x/y',
        apiKey: 0,
        apiVersion: 9,
        clientId: null,
        topics: ['payments.commands'],
        endpoint,
      }).allowed;
    expect(produce(labels('payments-api', 'payments'))).toBe(true);
    // The same app label in another namespace is not the same client: Cilium's namespace scoping holds.
    expect(produce(labels('payments-api', 'analytics'))).toBe(false);
    expect(produce(labels('payments-worker', 'payments'))).toBe(false);
  });

  it('scopes a namespaced policy selector to its namespace, as Cilium does', () => {
    const result = importCiliumPolicies(`apiVersion: cilium.io/v2
kind: CiliumNetworkPolicy
metadata: { name: ns, namespace: payments }
spec:
  ingress:
    - fromEndpoints: [{ matchLabels: { app: payments-api } }, {}]
      toPorts: [{ rules: { kafka: [{ role: produce, topic: t }] } }]
`);
    expect(result.rules.map((r) => r.fromEndpoints)).toEqual([
      [{ matchLabels: { app: 'payments-api', 'k8s:io.kubernetes.pod.namespace': 'payments' } }],
      [{ matchLabels: { 'k8s:io.kubernetes.pod.namespace': 'payments' } }],
    ]);
    expect(result.notCarried).toEqual([]);
  });

  it('still leaves out the broker-to-broker peer and says so', () => {
    const result = importCiliumPolicies(payments);
    expect(JSON.stringify(result.rules)).not.toContain('strimzi.io/kind');
    expect(result.warnings.some((w) => w.includes('selects the brokers themselves'))).toBe(true);
  });
});
