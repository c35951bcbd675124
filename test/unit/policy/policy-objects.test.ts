// Policy objects read as the Kubernetes watch reads them (src/policy/policy-objects.ts): KafkaPolicy
// through the policy loader, Cilium-shaped objects through the import-cilium translation, with
// Cilium's meaning of endpointSelector, namespaces, peers without L7 rules and ingressDeny.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { importCiliumPolicies } from '../../../src/policy/cilium-import.js';
import { compilePolicy, type EndpointLabels } from '../../../src/policy/engine.js';
import { parsePolicy } from '../../../src/policy/policy-loader.js';
import type { Policy } from '../../../src/policy/policy-model.js';
import {
  readPolicyObject,
  selectsBrokers,
  type PolicyObject,
  type PolicyObjectKind,
} from '../../../src/policy/policy-objects.js';

const BROKERS = { app: 'kafka', 'io.kubernetes.pod.namespace': 'kafka' };

function endpoint(namespace: string, app: string): EndpointLabels {
  const labels = { app, 'io.kubernetes.pod.namespace': namespace };
  return { key: `${namespace}/${app}`, labels };
}

/** Produce (API key 0) or Fetch (1) of `topic` by a pod. */
function decide(policy: Policy, who: EndpointLabels, apiKey: 0 | 1, topic: string): boolean {
  return compilePolicy(policy).decide({
    principal: `Pod:${who.labels['io.kubernetes.pod.namespace']}/${who.labels.app}`,
    clientId: null,
    apiKey,
    apiVersion: apiKey === 0 ? 9 : 12,
    topics: [topic],
    endpoint: who,
  }).allowed;
}

function read(kind: PolicyObjectKind, obj: PolicyObject) {
  const r = readPolicyObject(kind, obj, { brokerLabels: BROKERS });
  return r;
}

function ok(kind: PolicyObjectKind, obj: PolicyObject): Policy {
  const r = read(kind, obj);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  expect(r.selected).toBe(true);
  return r.policy;
}

const KAFKA_RULES = (kafka: unknown[]) => [{ ports: [{ port: '9092', protocol: 'TCP' }], rules: { kafka } }];

describe('KafkaPolicy objects', () => {
  it('are read by the policy loader: a valid spec is a policy', () => {
    const policy = ok('KafkaPolicy', {
      metadata: { name: 'payments' },
      spec: {
        identities: [{ kubernetes: {} }],
        rules: [
          {
            fromEndpoints: [{ matchLabels: { app: 'payments-api' } }],
            allow: [{ role: 'produce', topic: 'payments.commands' }],
          },
        ],
      },
    });
    expect(decide(policy, endpoint('payments', 'payments-api'), 0, 'payments.commands')).toBe(true);
    expect(decide(policy, endpoint('payments', 'payments-api'), 0, 'payments.events')).toBe(false);
  });

  it("report problems with the field at fault under spec, the loader's checks included", () => {
    const semantic = read('KafkaPolicy', {
      metadata: { name: 'bad' },
      spec: { rules: [{ principal: 'User:a', allow: [{ apiKey: 'prodce' }, { apiKey: 'fetchh' }] }] },
    });
    expect(semantic.ok).toBe(false);
    if (semantic.ok) return;
    expect(semantic.problems.map((p) => p.field)).toEqual([
      'spec.rules[0].allow[0].apiKey',
      'spec.rules[0].allow[1].apiKey',
    ]);
    expect(semantic.problems[0]!.message).toContain("'prodce'");
    const schema = read('KafkaPolicy', {
      metadata: { name: 'bad' },
      spec: { rules: [{ principal: 'User:b', allow: [{ role: 'produce', topic: 'a b' }] }] },
    });
    expect(schema).toMatchObject({ ok: false, problems: [{ field: 'spec.rules[0].allow[0].topic' }] });
  });

  it('report a missing spec', () => {
    const r = read('KafkaPolicy', { metadata: { name: 'empty' } });
    expect(r).toEqual({ ok: false, problems: [{ field: 'spec', message: 'missing, or not an object' }] });
  });
});

describe('Cilium-shaped objects (KafkaNetworkPolicy and friends)', () => {
  const payments = (namespace: string, kind = 'KafkaNetworkPolicy'): PolicyObject => ({
    kind,
    metadata: { name: 'payments-kafka', namespace },
    spec: {
      endpointSelector: { matchLabels: { app: 'kafka' } },
      ingress: [
        {
          fromEndpoints: [{ matchLabels: { app: 'payments-api' } }],
          toPorts: KAFKA_RULES([{ role: 'produce', topic: 'payments.commands' }]),
        },
        {
          fromEndpoints: [
            { matchLabels: { app: 'payments-worker', 'k8s:io.kubernetes.pod.namespace': 'payments' } },
          ],
          toPorts: KAFKA_RULES([
            { role: 'consume', topic: 'payments.commands' },
            { role: 'produce', topic: 'payments.events' },
          ]),
        },
        // A peer without L7 rules: everything, for that peer (Cilium).
        { fromEndpoints: [{ matchLabels: { app: 'kafka-admin' } }] },
      ],
      ingressDeny: [{ fromEndpoints: [{ matchLabels: { app: 'kafka-admin', quarantined: 'true' } }] }],
    },
  });

  it('apply only when the endpointSelector selects the brokers; a namespaced one only in its own namespace', () => {
    expect(read('KafkaNetworkPolicy', payments('kafka'))).toMatchObject({ ok: true, selected: true });
    // Same selector in another namespace: selects that namespace's pods, not the brokers.
    expect(read('KafkaNetworkPolicy', payments('payments'))).toMatchObject({ ok: true, selected: false });
    // Clusterwide: the selector alone decides.
    const cw = { ...payments('kafka'), metadata: { name: 'cw' } };
    expect(read('KafkaClusterwideNetworkPolicy', cw)).toMatchObject({ ok: true, selected: true });
    // No broker labels configured: nothing selects the brokers.
    expect(readPolicyObject('KafkaNetworkPolicy', payments('kafka'))).toMatchObject({
      ok: true,
      selected: false,
    });
    expect(selectsBrokers({}, 'kafka', BROKERS)).toBe(true);
    expect(selectsBrokers({}, 'payments', BROKERS)).toBe(false);
    expect(selectsBrokers({ matchLabels: { 'k8s:app': 'kafka' } }, undefined, BROKERS)).toBe(true);
  });

  it("never select the brokers from another namespace: a namespaced endpointSelector naming a namespace is held to the policy's own (Cilium)", () => {
    // Cilium's ParseToCiliumRule adds the policy's namespace to a namespaced policy's endpointSelector
    // and drops ("illegal namespace match") any other it names: a tenant cannot select pods it does not own.
    const naming = (labels: Record<string, string>, exprs: unknown[] = []): PolicyObject => ({
      kind: 'KafkaNetworkPolicy',
      metadata: { name: 'grab', namespace: 'tenant' },
      spec: {
        endpointSelector: { matchLabels: { app: 'kafka', ...labels }, matchExpressions: exprs },
        ingress: [{ fromEndpoints: [{}] }],
      },
    });
    for (const obj of [
      naming({ 'k8s:io.kubernetes.pod.namespace': 'kafka' }),
      naming({ 'io.kubernetes.pod.namespace': 'kafka' }),
      naming({ 'any:io.kubernetes.pod.namespace': 'kafka' }),
      naming({}, [{ key: 'k8s:io.kubernetes.pod.namespace', operator: 'In', values: ['kafka', 'tenant'] }]),
      naming({}, [{ key: 'io.kubernetes.pod.namespace', operator: 'Exists' }]),
    ]) {
      expect(read('KafkaNetworkPolicy', obj)).toMatchObject({ ok: true, selected: false });
      expect(read('CiliumNetworkPolicy', obj)).toMatchObject({ ok: true, selected: false });
    }
    const sel = { matchLabels: { 'k8s:io.kubernetes.pod.namespace': 'kafka' } };
    expect(selectsBrokers(sel, 'tenant', BROKERS)).toBe(false);
    expect(selectsBrokers(sel, 'kafka', BROKERS)).toBe(true);
    expect(selectsBrokers(sel, undefined, BROKERS)).toBe(true);
  });

  it('never read a rule whose ports are UDP or SCTP only as Kafka access (Kafka is TCP)', () => {
    const l4 = (protocol: string): PolicyObject => ({
      kind: 'KafkaNetworkPolicy',
      metadata: { name: 'l4', namespace: 'kafka' },
      spec: {
        endpointSelector: { matchLabels: { app: 'kafka' } },
        ingress: [
          {
            fromEndpoints: [{ matchLabels: { app: 'web' } }],
            toPorts: [{ ports: [{ port: '9092', protocol }] }],
          },
        ],
      },
    });
    const web = endpoint('kafka', 'web');
    expect(decide(ok('KafkaNetworkPolicy', l4('UDP')), web, 1, 'orders')).toBe(false);
    expect(decide(ok('KafkaNetworkPolicy', l4('SCTP')), web, 1, 'orders')).toBe(false);
    expect(decide(ok('KafkaNetworkPolicy', l4('TCP')), web, 1, 'orders')).toBe(true);
    expect(decide(ok('KafkaNetworkPolicy', l4('ANY')), web, 1, 'orders')).toBe(true);
  });

  it('never read an L4-only rule on another port (a metrics port) as Kafka access', () => {
    const withMetrics = (metricsPort: unknown): PolicyObject => ({
      kind: 'KafkaNetworkPolicy',
      metadata: { name: 'metrics', namespace: 'kafka' },
      spec: {
        endpointSelector: { matchLabels: { app: 'kafka' } },
        ingress: [
          {
            fromEndpoints: [{ matchLabels: { app: 'web' } }],
            toPorts: KAFKA_RULES([{ role: 'produce', topic: 'orders' }]),
          },
          {
            fromEndpoints: [{ matchLabels: { app: 'prometheus' } }],
            toPorts: [{ ports: [{ port: metricsPort }] }],
          },
        ],
      },
    });
    const prometheus = endpoint('kafka', 'prometheus');
    // The object's Kafka rules name 9092: 9404 is not Kafka, and a named port cannot be resolved.
    expect(decide(ok('KafkaNetworkPolicy', withMetrics('9404')), prometheus, 1, 'orders')).toBe(false);
    expect(decide(ok('KafkaNetworkPolicy', withMetrics('tcp-prometheus')), prometheus, 1, 'orders')).toBe(
      false,
    );
    expect(decide(ok('KafkaNetworkPolicy', withMetrics('9092')), prometheus, 1, 'orders')).toBe(true);
    expect(decide(ok('KafkaNetworkPolicy', withMetrics('9092')), endpoint('kafka', 'web'), 0, 'orders')).toBe(
      true,
    );
    // Configured ports are the only Kafka ports; known (upstream) ones add to the object's own.
    const only = (kafkaPorts: number[]) => {
      const r = readPolicyObject('KafkaNetworkPolicy', withMetrics('9404'), {
        brokerLabels: BROKERS,
        kafkaPorts,
      });
      if (!r.ok) throw new Error(JSON.stringify(r.problems));
      return r.policy;
    };
    expect(decide(only([9404]), prometheus, 1, 'orders')).toBe(true);
    expect(decide(only([9092]), prometheus, 1, 'orders')).toBe(false);
    const known = readPolicyObject(
      'KafkaNetworkPolicy',
      {
        ...withMetrics('9404'),
        spec: {
          ...(withMetrics('9404').spec as object),
          ingress: [(withMetrics('9404').spec as { ingress: unknown[] }).ingress[1]],
        },
      },
      { brokerLabels: BROKERS, knownKafkaPorts: [9092] },
    );
    if (!known.ok) throw new Error(JSON.stringify(known.problems));
    expect(decide(known.policy, prometheus, 1, 'orders')).toBe(false);
  });

  it("scope fromEndpoints of a namespaced policy to its namespace unless they name one (Cilium's rule)", () => {
    const policy = ok('KafkaNetworkPolicy', payments('kafka'));
    // payments-api peer has no namespace label: it means payments-api pods of namespace kafka.
    expect(decide(policy, endpoint('kafka', 'payments-api'), 0, 'payments.commands')).toBe(true);
    expect(decide(policy, endpoint('payments', 'payments-api'), 0, 'payments.commands')).toBe(false);
    // The worker peer names its namespace.
    expect(decide(policy, endpoint('payments', 'payments-worker'), 0, 'payments.events')).toBe(true);
    expect(decide(policy, endpoint('kafka', 'payments-worker'), 0, 'payments.events')).toBe(false);
    // A clusterwide policy does not scope.
    const cw = ok('KafkaClusterwideNetworkPolicy', { ...payments('kafka'), metadata: { name: 'cw' } });
    expect(decide(cw, endpoint('payments', 'payments-api'), 0, 'payments.commands')).toBe(true);
  });

  it('OR rules, AND fields, allow everything to a peer without L7 rules, and let ingressDeny win', () => {
    const policy = ok('KafkaNetworkPolicy', payments('kafka'));
    const worker = endpoint('payments', 'payments-worker');
    expect(decide(policy, worker, 1, 'payments.commands')).toBe(true);
    expect(decide(policy, worker, 0, 'payments.commands')).toBe(false); // role and topic ANDed
    expect(decide(policy, worker, 1, 'payments.events')).toBe(false);
    const admin = endpoint('kafka', 'kafka-admin');
    expect(decide(policy, admin, 0, 'anything')).toBe(true);
    expect(decide(policy, admin, 1, 'anything')).toBe(true);
    const quarantined: EndpointLabels = {
      key: 'q',
      labels: { ...admin.labels, quarantined: 'true' },
    };
    expect(decide(policy, quarantined, 1, 'anything')).toBe(false);
  });

  it('reject the whole object when the translation cannot carry a rule, naming the field', () => {
    const obj = payments('kafka');
    const spec = obj.spec as { ingressDeny: Record<string, unknown>[] };
    spec.ingressDeny = [{ fromRequires: [{ matchLabels: { env: 'prod' } }], fromEndpoints: [{}] }];
    const r = read('KafkaNetworkPolicy', obj);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]!.field).toBe('spec.ingressDeny[0].fromRequires');
    expect(r.problems[0]!.message).toContain('the whole object is not applied');
    // The field is said once, by `field`, not again at the start of the message.
    expect(r.problems[0]!.message).toBe(
      'cannot be carried, and dropping it would widen the rule; rule skipped (the whole object is not applied: a rule left out could widen access)',
    );
  });

  it('read specs lists rule by rule, each with its own endpointSelector', () => {
    const r = read('KafkaNetworkPolicy', {
      metadata: { name: 'two', namespace: 'kafka' },
      specs: [
        {
          endpointSelector: { matchLabels: { app: 'zookeeper' } },
          ingress: [{ fromEndpoints: [{}] }],
        },
        {
          endpointSelector: { matchLabels: { app: 'kafka' } },
          ingress: [
            {
              fromEndpoints: [{ matchLabels: { app: 'reader' } }],
              toPorts: KAFKA_RULES([{ role: 'consume', topic: 't' }]),
            },
          ],
        },
      ],
    });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(decide(r.policy, endpoint('kafka', 'reader'), 1, 't')).toBe(true);
    // The zookeeper rule (every peer, everything) is not about the brokers.
    expect(decide(r.policy, endpoint('kafka', 'other'), 1, 't')).toBe(false);
  });

  it('decide like the imported file when only apiVersion and kind change (the Cilium guide policies)', () => {
    const text = readFileSync('policies/cilium/cilium-guide.yaml', 'utf8');
    const imported = importCiliumPolicies(text, { namespace: 'kafka' });
    const file = parsePolicy(imported.yaml, 'imported.yaml');
    if (!file.ok) throw new Error(file.errors.join('\n'));
    const objects = parseAllDocuments(text).map((d) => {
      const o = d.toJS() as PolicyObject & { apiVersion: string; kind: string };
      return {
        ...o,
        apiVersion: 'kafka-l7-proxy.io/v1',
        kind: 'KafkaNetworkPolicy',
        metadata: { ...o.metadata, namespace: 'kafka' },
      };
    });
    const policies = objects.map((o) => ok('KafkaNetworkPolicy', o));
    const apps = ['headquarters', 'outpost-east', 'outpost-west', 'backend', 'stranger'];
    const topics = ['fleet-announcements', 'station-plans', 'deathstar-plans', 'empire-announce'];
    for (const app of apps)
      for (const topic of topics)
        for (const key of [0, 1] as const) {
          const who = endpoint('kafka', app);
          const fromObjects = policies.some((p) => decide(p, who, key, topic));
          expect(fromObjects, `${app} ${key} ${topic}`).toBe(decide(file.policy, who, key, topic));
        }
  });
});
