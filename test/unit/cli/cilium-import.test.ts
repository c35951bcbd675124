import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { allApiClassifications } from '../../../src/policy/api-classification.js';
import { importCiliumPolicies } from '../../../src/policy/cilium-import.js';
import { compilePolicy, type CompiledPolicy, type PolicyDecision } from '../../../src/policy/engine.js';
import { parsePolicy } from '../../../src/policy/policy-loader.js';
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
    const imported = importCiliumPolicies(
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

  it('lists what it cannot carry: CIDRs, expressions, egress, other L7 protocols, unknown API keys', () => {
    const result = importCiliumPolicies(`apiVersion: cilium.io/v2
kind: CiliumClusterwideNetworkPolicy
metadata: { name: mixed }
spec:
  endpointSelector: { matchLabels: { app: kafka } }
  ingress:
    - fromCIDR: [10.0.0.0/8]
    - fromEndpoints:
        - matchLabels: { app: reader, team: blue }
        - matchExpressions: [{ key: app, operator: In, values: [x] }]
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
      'mixed spec.endpointSelector {"matchLabels":{"app":"kafka"}}: the proxy applies the policy to every broker it fronts',
      'mixed spec.egress: not carried (only ingress Kafka rules are)',
      'mixed spec.ingress[0].fromCIDR: not carried (use a sourceCidr identity to name such clients)',
      'mixed spec.ingress[0]: no fromEndpoints; skipped',
      'mixed spec.ingress[1].fromEndpoints[0].matchLabels team: not carried (a principal is one name)',
      'mixed spec.ingress[1].fromEndpoints[1].matchExpressions: not carried',
      "mixed spec.ingress[1].fromEndpoints[1]: no 'app' label to name a principal; skipped (try --principal-label)",
      "mixed spec.ingress[1].toPorts[0].ports: ports are not carried (the proxy's listeners decide them)",
      "mixed spec.ingress[1].toPorts[0].rules.kafka[1].apiKey 'createtopic': not an API a client may use; rule skipped",
      'mixed spec.ingress[1].toPorts[0].rules.kafka[2]: a topic without role or apiKey also let through, in Cilium, every API that carries no topic (cluster administration included); imported, it covers only the APIs that carry topics',
      'mixed spec.ingress[1].toPorts[1].rules.http: not Kafka rules; not carried',
      'document 2: kind ConfigMap is not a Cilium network policy; skipped',
    ]);
    expect(parsePolicy(result.yaml, 'out').ok).toBe(true);
  });

  it('imports an L4-only port rule and an empty selector as what Cilium allowed: everything, for everyone', () => {
    const result = importCiliumPolicies(`apiVersion: cilium.io/v2
kind: CiliumNetworkPolicy
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
      "open spec.ingress[0].fromEndpoints[0]: selects every endpoint; imported as principal '*'",
    );
  });

  it('refuses YAML it cannot parse', () => {
    expect(() => importCiliumPolicies('kind: [\n')).toThrow(/document 1: YAML/);
  });
});
