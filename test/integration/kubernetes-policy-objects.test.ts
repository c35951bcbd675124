// Policies as Kubernetes objects against a real kube-apiserver + etcd (test/harness/kube-apiserver.ts)
// and a real broker: the CRDs installed from the chart's crds/ files, the proxy bound to exactly
// the ClusterRole the chart grants, objects applied through the API, and kafkajs clients (no
// credentials) connecting from their own loopback address, standing for a pod IP.
//
// Covered: /readyz waiting for the first list of policy objects; a KafkaPolicy changing enforcement
// (time from the API's answer to the new policy in force measured and printed); an invalid object
// reported on its status (field at fault), in the log and in the audit trail, with its last good
// version kept; the API server refusing what the generated schema refuses; the payments
// CiliumNetworkPolicy applied as a KafkaNetworkPolicy (apiVersion and kind changed only) and as a
// cilium.io/v2 object, each deciding like the policy file import-cilium makes of it; a namespaced
// policy outside the brokers' namespace not applied; an ingressDeny winning over allows.

import { connect } from 'node:net';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { startObservedProxy, type ObservedProxy } from '../../src/admin/observed-proxy.js';
import { resolveConfig } from '../../src/config/load-config.js';
import { importCiliumPolicies } from '../../src/policy/cilium-import.js';
import { compilePolicy } from '../../src/policy/engine.js';
import { parsePolicy } from '../../src/policy/policy-loader.js';
import { CHART_CRD_DIR, POLICY_GROUP_VERSION, proxyClusterRoleRules } from '../../src/policy/policy-crds.js';
import { startKafka, type KafkaCluster } from '../harness/index.js';
import {
  podManifest,
  startKubeApiServer,
  type KubeApiServer,
  type KubeJson,
} from '../harness/kube-apiserver.js';
import { freeBrokerPortBase } from '../unit/proxy/free-ports.js';

const COMMANDS = 'payments.commands';
const EVENTS = 'payments.events';
const ANALYTICS = 'analytics.events';
const IP = { api: '127.0.0.2', worker: '127.0.0.3', analytics: '127.0.0.4', impostor: '127.0.0.5' } as const;
const NODE_IP = '127.0.0.10';
/** Pods: namespace, name, app label, address. The impostor has payments-api's label in another namespace. */
const PODS: Array<[string, string, string, string]> = [
  ['payments', 'payments-api', 'payments-api', IP.api],
  ['payments', 'payments-worker', 'payments-worker', IP.worker],
  ['analytics', 'analytics', 'analytics', IP.analytics],
  ['analytics', 'impostor', 'payments-api', IP.impostor],
];
const BROKER_LABELS = { app: 'kafka', 'io.kubernetes.pod.namespace': 'kafka' };

/** The payments policy as Cilium users wrote it. */
const CILIUM_POLICY = `apiVersion: cilium.io/v2
kind: CiliumNetworkPolicy
metadata: { name: payments-kafka, namespace: kafka }
spec:
  endpointSelector: { matchLabels: { app: kafka } }
  ingress:
    - fromEndpoints:
        - matchLabels: { app: payments-api, k8s:io.kubernetes.pod.namespace: payments }
      toPorts:
        - ports: [{ port: '9092', protocol: TCP }]
          rules: { kafka: [{ role: produce, topic: ${COMMANDS} }] }
    - fromEndpoints:
        - matchLabels: { app: payments-worker, k8s:io.kubernetes.pod.namespace: payments }
      toPorts:
        - ports: [{ port: '9092', protocol: TCP }]
          rules:
            kafka:
              - { role: consume, topic: ${COMMANDS} }
              - { role: produce, topic: ${EVENTS} }
    - fromEndpoints: [{ matchLabels: { app: kafka } }]
`;

/** The policy file: analytics may produce its own topic (nothing about the payments topics). */
const FILE_POLICY = `apiVersion: kafka-l7-proxy/v1
kind: KafkaPolicy
identities: [{ kubernetes: {} }]
rules:
  - fromEndpoints: [{ matchLabels: { app: analytics, k8s:io.kubernetes.pod.namespace: analytics } }]
    allow: [{ role: produce, topic: ${ANALYTICS} }]
`;

/** A cilium.io/v2 CRD as older Cilium releases served it: rules.kafka kept (stands for such a cluster). */
const OLD_CILIUM_CRD: KubeJson = {
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  metadata: { name: 'ciliumnetworkpolicies.cilium.io' },
  spec: {
    group: 'cilium.io',
    scope: 'Namespaced',
    names: { kind: 'CiliumNetworkPolicy', plural: 'ciliumnetworkpolicies', singular: 'ciliumnetworkpolicy' },
    versions: [
      {
        name: 'v2',
        served: true,
        storage: true,
        schema: {
          openAPIV3Schema: {
            type: 'object',
            properties: {
              spec: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
              specs: {
                type: 'array',
                items: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
              },
            },
          },
        },
      },
    ],
  },
};

let kube: KubeApiServer;
let cluster: KafkaCluster;
let proxy: ObservedProxy;
let dir: string;
const logLines: Array<Record<string, unknown>> = [];
const producers: Producer[] = [];

async function eventually<T>(
  what: string,
  timeoutMs: number,
  probe: () => Promise<T>,
  want: (v: T) => boolean,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const last = await probe();
    if (want(last)) return last;
    if (Date.now() > deadline)
      throw new Error(`${what}: still ${JSON.stringify(last)} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** `ok` or the Kafka error type of one produce from a new client at `localAddress`. */
async function produceFrom(localAddress: string, topic: string): Promise<string> {
  const kafka = new Kafka({
    clientId: `pod-${localAddress}`,
    brokers: [`127.0.0.1:${proxy.proxy.bootstrapPort}`],
    logLevel: logLevel.NOTHING,
    retry: { retries: 1, initialRetryTime: 100 },
    socketFactory: ({ host, port, onConnect }) => connect({ host, port, localAddress }, onConnect),
  });
  const producer = kafka.producer({
    allowAutoTopicCreation: false,
    idempotent: false,
    retry: { retries: 0 },
  });
  producers.push(producer);
  try {
    await producer.connect();
    await producer.send({ topic, messages: [{ value: 'x' }], acks: 1 });
    return 'ok';
  } catch (error) {
    type E = { type?: string; name?: string; cause?: unknown; originalError?: unknown };
    for (let e = error as E | undefined, depth = 0; e && depth < 5; depth++) {
      if (e.type) return e.type;
      e = (e.cause ?? e.originalError) as E | undefined;
    }
    return (error as E).name ?? String(error);
  } finally {
    await producer.disconnect().catch(() => undefined);
  }
}

/** What the imported policy file decides for a produce of `topic` by each pod. */
function fileDecision(policyText: string, pod: [string, string, string, string], topic: string): string {
  const parsed = parsePolicy(policyText, 'imported.yaml');
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const [namespace, name, app] = pod;
  const labels = { app, 'io.kubernetes.pod.namespace': namespace };
  const d = compilePolicy(parsed.policy).decide({
    principal: `Pod:${namespace}/${name}`,
    clientId: null,
    apiKey: 0,
    apiVersion: 9,
    topics: [topic],
    endpoint: { key: name, labels },
  });
  return d.allowed ? 'ok' : 'TOPIC_AUTHORIZATION_FAILED';
}

/** Outcome of a produce of each payments topic by each pod, through the proxy. */
async function outcomeMatrix(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const pod of PODS)
    for (const topic of [COMMANDS, EVENTS]) out[`${pod[1]} ${topic}`] = await produceFrom(pod[3], topic);
  return out;
}

function expectedMatrix(): Record<string, string> {
  const imported = importCiliumPolicies(CILIUM_POLICY);
  expect(imported.notCarried).toEqual([]);
  const out: Record<string, string> = {};
  for (const pod of PODS)
    for (const topic of [COMMANDS, EVENTS])
      out[`${pod[1]} ${topic}`] = fileDecision(imported.yaml, pod, topic);
  return out;
}

const objectPath = (plural: string, name: string, namespace?: string) =>
  `/apis/${POLICY_GROUP_VERSION}/${namespace ? `namespaces/${namespace}/` : ''}${plural}/${name}`;

async function statusOf(plural: string, name: string, namespace?: string): Promise<KubeJson | undefined> {
  return (await kube.request('GET', objectPath(plural, name, namespace))).body.status;
}

const accepted = (status: KubeJson | undefined) =>
  (status?.conditions ?? []).find((c: KubeJson) => c.type === 'Accepted') as KubeJson | undefined;

async function readyz(): Promise<{ status: number; body: string }> {
  const r = await fetch(`${proxy.observability.admin!.url}/readyz`);
  return { status: r.status, body: await r.text() };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'policy-objects-'));
  kube = await startKubeApiServer({ readyTimeoutMs: 240_000 });
  cluster = await startKafka({ nodes: 1, readyTimeoutMs: 240_000 });
  for (const topic of [COMMANDS, EVENTS, ANALYTICS]) {
    for (let attempt = 1; ; attempt++) {
      try {
        await cluster.createTopic(topic, 1, 1);
        break;
      } catch (error) {
        if (attempt > 1 && /already exists/.test((error as Error).message)) break;
        if (attempt >= 4) throw error;
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
  }
  // The chart's CRDs, as Helm installs them from crds/; and an old Cilium CRD.
  for (const file of readdirSync(CHART_CRD_DIR))
    await kube.apply(parse(readFileSync(join(CHART_CRD_DIR, file), 'utf8')));
  await kube.apply(OLD_CILIUM_CRD);
  await eventually(
    'CRDs established',
    60_000,
    async () => {
      const r = await Promise.all(
        ['kafkapolicies', 'kafkanetworkpolicies', 'kafkaclusterwidenetworkpolicies'].map(
          async (p) => (await kube.request('GET', `/apis/${POLICY_GROUP_VERSION}/${p}`)).status,
        ),
      );
      r.push((await kube.request('GET', '/apis/cilium.io/v2/ciliumnetworkpolicies')).status);
      return r;
    },
    (r) => r.every((s) => s === 200),
  );
  await kube.apply({
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRole',
    metadata: { name: 'kafka-l7-proxy' },
    rules: proxyClusterRoleRules({ ciliumPolicies: true }),
  });
  for (const ns of ['payments', 'analytics', 'kafka']) {
    await kube.apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } });
    await kube.apply({
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: { name: 'default', namespace: ns },
    });
  }
  for (const [ns, name, app, ip] of PODS) {
    await kube.apply(podManifest(ns, name, { app }));
    await kube.setPodStatus(ns, name, ip, 'Running', NODE_IP);
  }
  const policyFile = join(dir, 'policy.yaml');
  writeFileSync(policyFile, FILE_POLICY);
  const config = resolveConfig(
    {
      listen: {
        host: '127.0.0.1',
        bootstrapPort: 0,
        brokerPortBase: await freeBrokerPortBase(cluster.nodes.map((n) => n.nodeId)),
      },
      upstream: { bootstrapServers: cluster.bootstrap.split(',') },
      policy: { file: policyFile },
      audit: { file: { path: join(dir, 'audit.jsonl') } },
      admin: { enabled: true, port: 0, host: '127.0.0.1' },
      kubernetes: {
        kubeconfig: kube.writeKubeconfig(kube.proxyToken),
        policies: { enabled: true, ciliumPolicies: true, brokerLabels: BROKER_LABELS },
      },
    },
    {},
  );
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n'))
        if (line) logLines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  proxy = await startObservedProxy(config, pino({ level: 'info' }, sink));
}, 600_000);

afterAll(async () => {
  for (const p of producers) await p.disconnect().catch(() => undefined);
  await proxy?.stop();
  await Promise.all([kube?.stop(), cluster?.stop()]);
  if (dir) rmSync(dir, { recursive: true, force: true });
}, 120_000);

describe('policies as Kubernetes objects, against a real API server and broker', () => {
  it('is not ready until the proxy, bound to no role yet, has listed the policy objects; then it is', async () => {
    const before = await readyz();
    expect(before.status).toBe(503);
    expect(before.body).toContain('policy objects');
    await kube.apply({
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRoleBinding',
      metadata: { name: 'kafka-l7-proxy' },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'kafka-l7-proxy' },
      subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: kube.proxyUser }],
    });
    await eventually('readyz', 60_000, readyz, (r) => r.status === 200);
    // The file alone: analytics may produce its topic; payments-api nothing.
    expect(await produceFrom(IP.analytics, ANALYTICS)).toBe('ok');
    expect(await produceFrom(IP.api, COMMANDS)).toBe('TOPIC_AUTHORIZATION_FAILED');
  }, 120_000);

  it('applies a KafkaPolicy as soon as the API server has it, and says so on its status', async () => {
    const store = proxy.enforcement!.store;
    const inForce = new Promise<number>((resolve) => {
      const off = store.onReload((outcome) => {
        if (outcome.result !== 'applied') return;
        off();
        resolve(Date.now());
      });
    });
    const requested = Date.now();
    await kube.apply({
      apiVersion: POLICY_GROUP_VERSION,
      kind: 'KafkaPolicy',
      metadata: { name: 'payments-api' },
      spec: {
        rules: [
          {
            fromEndpoints: [
              { matchLabels: { app: 'payments-api', 'k8s:io.kubernetes.pod.namespace': 'payments' } },
            ],
            allow: [{ role: 'produce', topic: COMMANDS }],
          },
        ],
      },
    });
    const answered = Date.now();
    const appliedAt = await inForce;
    console.log(
      `KafkaPolicy: request sent -> in force ${appliedAt - requested} ms; API answer -> in force ${Math.max(0, appliedAt - answered)} ms`,
    );
    // How fast it came into force is logged above, not asserted: on a busy CI machine any bound on the
    // clock measures the machine; `inForce` already waits (generously) for the condition itself.
    expect(await produceFrom(IP.api, COMMANDS)).toBe('ok');
    // The file's rules stay: union of allows.
    expect(await produceFrom(IP.analytics, ANALYTICS)).toBe('ok');
    expect(await produceFrom(IP.impostor, COMMANDS)).toBe('TOPIC_AUTHORIZATION_FAILED');
    const status = await eventually(
      'status',
      20_000,
      () => statusOf('kafkapolicies', 'payments-api'),
      (s) => accepted(s) !== undefined,
    );
    expect(accepted(status)).toMatchObject({ status: 'True', reason: 'Applied', observedGeneration: 1 });
  }, 120_000);

  it('reports an invalid KafkaPolicy on its status, in the log and the audit trail, and keeps its last good version', async () => {
    const path = objectPath('kafkapolicies', 'payments-api');
    const current = (await kube.request('GET', path)).body;
    const r = await kube.request('PUT', path, {
      ...current,
      spec: {
        rules: [{ fromEndpoints: [{ matchLabels: { app: 'payments-api' } }], allow: [{ apiKey: 'prodce' }] }],
      },
    });
    expect(r.status).toBe(200);
    const status = await eventually(
      'status Invalid',
      20_000,
      () => statusOf('kafkapolicies', 'payments-api'),
      (s) => accepted(s)?.reason === 'Invalid',
    );
    expect(accepted(status)).toMatchObject({ status: 'False', observedGeneration: 2 });
    expect(accepted(status)!.message).toContain('last good version stays in force');
    expect(status!.problems).toEqual([
      { field: 'spec.rules[0].allow[0].apiKey', message: expect.stringContaining("'prodce'") },
    ]);
    expect(
      logLines.some((l) => l.event === 'policy.object.rejected' && l.object === 'KafkaPolicy payments-api'),
    ).toBe(true);
    await eventually(
      'audit policy.rejected',
      20_000,
      async () => readFileSync(join(dir, 'audit.jsonl'), 'utf8'),
      (text) => /policy\.rejected/.test(text) && text.includes('spec.rules[0].allow[0].apiKey'),
    );
    // The last good version is still in force.
    expect(await produceFrom(IP.api, COMMANDS)).toBe('ok');
    const metrics = await (await fetch(`${proxy.observability.admin!.url}/metrics`)).text();
    expect(metrics).toContain('kafka_l7_proxy_policy_objects{state="invalid"} 1');
    expect(metrics).toContain('kafka_l7_proxy_policy_objects{state="in_force"} 1');
    expect(metrics).toContain('kafka_l7_proxy_policy_objects_synced 1');
    // What the generated schema refuses never reaches the proxy: the API server says so.
    const refused = await kube.request('PUT', path, {
      ...(await kube.request('GET', path)).body,
      spec: { rules: [{ principal: 'User:a', allow: [{ role: 'write' }] }] },
    });
    expect(refused.status).toBe(422);
    expect(JSON.stringify(refused.body)).toContain('spec.rules[0].allow[0].role');
    await kube.remove(path);
    await eventually(
      'KafkaPolicy removed',
      20_000,
      () => produceFrom(IP.api, COMMANDS),
      (o) => o === 'TOPIC_AUTHORIZATION_FAILED',
    );
  }, 180_000);

  it('decides a CiliumNetworkPolicy applied as a KafkaNetworkPolicy (apiVersion and kind changed only) like the imported file', async () => {
    const manifest = parse(
      CILIUM_POLICY.replace('apiVersion: cilium.io/v2', `apiVersion: ${POLICY_GROUP_VERSION}`).replace(
        'kind: CiliumNetworkPolicy',
        'kind: KafkaNetworkPolicy',
      ),
    ) as KubeJson;
    await kube.apply(manifest);
    const status = await eventually(
      'status',
      20_000,
      () => statusOf('kafkanetworkpolicies', 'payments-kafka', 'kafka'),
      (s) => accepted(s) !== undefined,
    );
    expect(accepted(status)).toMatchObject({ status: 'True', reason: 'Applied' });
    const expected = expectedMatrix();
    expect(Object.values(expected)).toContain('ok');
    expect(await outcomeMatrix()).toEqual(expected);
  }, 240_000);

  it('lets an ingressDeny win over the allows, and does not apply a namespaced policy outside the brokers namespace', async () => {
    expect(await produceFrom(IP.worker, EVENTS)).toBe('ok');
    await kube.apply({
      apiVersion: POLICY_GROUP_VERSION,
      kind: 'KafkaClusterwideNetworkPolicy',
      metadata: { name: 'quarantine-worker' },
      spec: {
        endpointSelector: { matchLabels: { app: 'kafka' } },
        ingressDeny: [{ fromEndpoints: [{ matchLabels: { app: 'payments-worker' } }] }],
      },
    });
    await eventually(
      'worker denied',
      20_000,
      () => produceFrom(IP.worker, EVENTS),
      (o) => o === 'TOPIC_AUTHORIZATION_FAILED',
    );
    await kube.remove(objectPath('kafkaclusterwidenetworkpolicies', 'quarantine-worker'));
    await eventually(
      'worker allowed again',
      20_000,
      () => produceFrom(IP.worker, EVENTS),
      (o) => o === 'ok',
    );

    // Everything from everyone, but in namespace analytics: it selects analytics pods, not the brokers.
    await kube.apply({
      apiVersion: POLICY_GROUP_VERSION,
      kind: 'KafkaNetworkPolicy',
      metadata: { name: 'allow-all', namespace: 'analytics' },
      spec: { endpointSelector: {}, ingress: [{ fromEndpoints: [{}] }] },
    });
    const status = await eventually(
      'status',
      20_000,
      () => statusOf('kafkanetworkpolicies', 'allow-all', 'analytics'),
      (s) => accepted(s) !== undefined,
    );
    expect(accepted(status)).toMatchObject({ status: 'True', reason: 'NotSelected' });
    expect(await produceFrom(IP.analytics, COMMANDS)).toBe('TOPIC_AUTHORIZATION_FAILED');
    await kube.remove(objectPath('kafkanetworkpolicies', 'allow-all', 'analytics'));
  }, 180_000);

  it('reads a cilium.io/v2 CiliumNetworkPolicy as it is, where the cluster still serves rules.kafka', async () => {
    await kube.remove(objectPath('kafkanetworkpolicies', 'payments-kafka', 'kafka'));
    await eventually(
      'KNP removed',
      20_000,
      () => produceFrom(IP.api, COMMANDS),
      (o) => o === 'TOPIC_AUTHORIZATION_FAILED',
    );
    const [doc] = parseAllDocuments(CILIUM_POLICY);
    await kube.apply(doc!.toJS() as KubeJson);
    await eventually(
      'CNP applied',
      20_000,
      () => produceFrom(IP.api, COMMANDS),
      (o) => o === 'ok',
    );
    expect(await outcomeMatrix()).toEqual(expectedMatrix());
    // Cilium's objects are not the proxy's to write.
    expect(
      (await kube.request('GET', '/apis/cilium.io/v2/namespaces/kafka/ciliumnetworkpolicies/payments-kafka'))
        .body.status,
    ).toBeUndefined();
  }, 240_000);
});
