// Pod identity against a real kube-apiserver + etcd (test/harness/kube-apiserver.ts) and a real
// broker: clients carry no credentials; each connects from its own loopback source address
// (127.0.0.2, .3, ...) standing for a pod IP, and Pod objects with those IPs say who they are.
// The policy is the payments Cilium policy run through `import-cilium` (label selectors kept).
//
// Covered: the first full sync gating /readyz, label selectors with namespace scoping, unknown
// addresses unidentified, node addresses never identified, a policy change, a pod relabel
// (re-decided on the next request), a pod deletion (its connection closed) with its IP reused by
// an analytics pod, and the API server stopped (last state kept for kubernetes.maxStaleMs, then
// refused) and restarted.

import { connect } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load-config.js';
import { startObservedProxy, type ObservedProxy } from '../../src/admin/observed-proxy.js';
import { importCiliumPolicies } from '../../src/policy/cilium-import.js';
import { log } from '../../src/log.js';
import { startKafka, type KafkaCluster } from '../harness/index.js';
import { podManifest, startKubeApiServer, type KubeApiServer } from '../harness/kube-apiserver.js';
import { freeBrokerPortBase } from '../unit/proxy/free-ports.js';

const COMMANDS = 'payments.commands';
const EVENTS = 'payments.events';
const IP = {
  api: '127.0.0.2',
  worker: '127.0.0.3',
  analytics: '127.0.0.4',
  stranger: '127.0.0.9',
  node: '127.0.0.10',
};
const MAX_STALE_MS = 6_000;

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
              - { role: consume, topic: ${EVENTS} }
    - fromEndpoints: [{ matchLabels: { app: kafka } }]
`;

let kube: KubeApiServer;
let cluster: KafkaCluster;
let proxy: ObservedProxy;
let dir: string;
let policyFile: string;
const open: Producer[] = [];

function policyText(extraRuleSets = ''): string {
  const imported = importCiliumPolicies(CILIUM_POLICY);
  if (imported.notCarried.length > 0) throw new Error(imported.notCarried.join('\n'));
  return imported.yaml + extraRuleSets;
}

/** A kafkajs producer whose connections come from `localAddress` (a pod's IP). */
async function producerFrom(localAddress: string): Promise<Producer> {
  const kafka = new Kafka({
    clientId: `pod-${localAddress}`,
    brokers: [`127.0.0.1:${proxy.proxy.bootstrapPort}`],
    logLevel: logLevel.NOTHING,
    retry: { retries: 1, initialRetryTime: 100 },
    socketFactory: ({ host, port, onConnect }) => {
      const socket = connect({ host, port, localAddress }, onConnect);
      socket.setKeepAlive(true);
      return socket;
    },
  });
  const producer = kafka.producer({
    allowAutoTopicCreation: false,
    idempotent: false,
    retry: { retries: 0 },
  });
  await producer.connect();
  open.push(producer);
  return producer;
}

/** `ok` or the Kafka error type of one produce. */
async function produce(producer: Producer, topic: string): Promise<string> {
  try {
    await producer.send({ topic, messages: [{ value: 'x' }], acks: 1 });
    return 'ok';
  } catch (error) {
    const e = error as { type?: string; name?: string; message?: string };
    return e.type ?? e.name ?? String(e.message);
  }
}

async function eventually<T>(
  what: string,
  timeoutMs: number,
  probe: () => Promise<T>,
  want: (v: T) => boolean,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await probe();
    if (want(last)) return last;
    if (Date.now() > deadline)
      throw new Error(`${what}: still ${JSON.stringify(last)} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function readyz(): Promise<{ status: number; body: string }> {
  const url = proxy.observability.admin!.url;
  const r = await fetch(`${url}/readyz`);
  return { status: r.status, body: await r.text() };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pod-identity-'));
  [kube, cluster] = await Promise.all([startKubeApiServer(), startKafka({ nodes: 1 })]);
  await cluster.createTopic(COMMANDS, 1, 1);
  await cluster.createTopic(EVENTS, 1, 1);
  // Least privilege for the proxy's own identity: read pods and namespaces.
  await kube.apply({
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRole',
    metadata: { name: 'kafka-l7-proxy' },
    rules: [{ apiGroups: [''], resources: ['pods', 'namespaces'], verbs: ['get', 'list', 'watch'] }],
  });
  for (const ns of ['payments', 'analytics']) {
    await kube.apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns, labels: { team: ns } } });
    await kube.apply({
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: { name: 'default', namespace: ns },
    });
  }
  const pods: Array<[string, string, string, string]> = [
    ['payments', 'payments-api', 'payments-api', IP.api],
    ['payments', 'payments-worker', 'payments-worker', IP.worker],
    ['analytics', 'analytics', 'analytics', IP.analytics],
    // Same app label as the API, another namespace: Cilium's namespace scoping must keep it out.
    ['analytics', 'impostor', 'payments-api', '127.0.0.5'],
  ];
  for (const [ns, name, app, ip] of pods) {
    await kube.apply(podManifest(ns, name, { app }));
    await kube.setPodStatus(ns, name, ip, 'Running', IP.node);
  }
  policyFile = join(dir, 'policy.yaml');
  writeFileSync(policyFile, policyText());
  const base = await freeBrokerPortBase(cluster.nodes.map((n) => n.nodeId));
  const config = resolveConfig(
    {
      listen: { host: '127.0.0.1', bootstrapPort: 0, brokerPortBase: base },
      upstream: { bootstrapServers: cluster.bootstrap.split(',') },
      logging: { level: 'warn' },
      policy: { file: policyFile },
      admin: { enabled: true, port: 0, host: '127.0.0.1' },
      kubernetes: { kubeconfig: kube.writeKubeconfig(kube.proxyToken), maxStaleMs: MAX_STALE_MS },
    },
    {},
  );
  proxy = await startObservedProxy(config, log.child({}, { level: 'warn' }));
}, 600_000);

afterAll(async () => {
  for (const p of open) await p.disconnect().catch(() => undefined);
  await proxy?.stop();
  await Promise.all([kube?.stop(), cluster?.stop()]);
  if (dir) rmSync(dir, { recursive: true, force: true });
}, 120_000);

describe('pod identity from a real Kubernetes API server', () => {
  it('is not ready until the proxy, bound to no role yet, has listed pods; then it is', async () => {
    const before = await readyz();
    expect(before.status).toBe(503);
    expect(before.body).toContain('no full pod list');
    await kube.apply({
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRoleBinding',
      metadata: { name: 'kafka-l7-proxy' },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'kafka-l7-proxy' },
      subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: kube.proxyUser }],
    });
    await eventually('readyz', 60_000, readyz, (r) => r.status === 200);
  }, 90_000);

  it('decides each pod by its labels, with no client credentials: the payments outcomes', async () => {
    const api = await producerFrom(IP.api);
    expect(await produce(api, COMMANDS)).toBe('ok');
    expect(await produce(api, EVENTS)).toBe('TOPIC_AUTHORIZATION_FAILED');
    const worker = await producerFrom(IP.worker);
    expect(await produce(worker, EVENTS)).toBe('ok');
    expect(await produce(worker, COMMANDS)).toBe('TOPIC_AUTHORIZATION_FAILED');
    const analytics = await producerFrom(IP.analytics);
    expect(await produce(analytics, COMMANDS)).toBe('TOPIC_AUTHORIZATION_FAILED');
    const impostor = await producerFrom('127.0.0.5');
    expect(await produce(impostor, COMMANDS)).toBe('TOPIC_AUTHORIZATION_FAILED');
  }, 180_000);

  it('leaves an address no pod owns, and a node address, unidentified (denied)', async () => {
    for (const ip of [IP.stranger, IP.node]) {
      const p = await producerFrom(ip);
      expect(await produce(p, COMMANDS)).toBe('TOPIC_AUTHORIZATION_FAILED');
    }
  }, 120_000);

  it('applies a policy change within seconds', async () => {
    const analytics = await producerFrom(IP.analytics);
    expect(await produce(analytics, EVENTS)).toBe('TOPIC_AUTHORIZATION_FAILED');
    writeFileSync(
      policyFile,
      policyText(`  - fromEndpoints: [{ matchLabels: { k8s:io.kubernetes.pod.namespace: analytics, app: analytics } }]
    allow: [{ role: produce, topic: ${EVENTS} }]
`),
    );
    await eventually(
      'analytics allowed',
      20_000,
      () => produce(analytics, EVENTS),
      (r) => r === 'ok',
    );
  }, 120_000);

  it('re-decides a relabelled pod on its next request, on the same connection', async () => {
    const api = await producerFrom(IP.api);
    expect(await produce(api, COMMANDS)).toBe('ok');
    const pod = await kube.request('GET', '/api/v1/namespaces/payments/pods/payments-api');
    await kube.apply({ ...pod.body, metadata: { ...pod.body.metadata, labels: { app: 'payments-api-v2' } } });
    await eventually(
      'relabelled pod denied',
      20_000,
      () => produce(api, COMMANDS),
      (r) => r === 'TOPIC_AUTHORIZATION_FAILED',
    );
  }, 120_000);

  it('closes the connections of a deleted pod, and decides its reused IP as the new pod', async () => {
    const worker = await producerFrom(IP.worker);
    expect(await produce(worker, EVENTS)).toBe('ok');
    const before = proxy.proxy.connections().filter((c) => c.remoteAddress.endsWith(IP.worker)).length;
    expect(before).toBeGreaterThan(0);
    await kube.remove('/api/v1/namespaces/payments/pods/payments-worker');
    await eventually(
      'worker connections closed',
      20_000,
      async () => proxy.proxy.connections().filter((c) => c.remoteAddress.endsWith(IP.worker)).length,
      (n) => n === 0,
    );
    await kube.apply(podManifest('analytics', 'analytics-2', { app: 'analytics-batch' }));
    await kube.setPodStatus('analytics', 'analytics-2', IP.worker, 'Running', IP.node);
    const reused = await producerFrom(IP.worker);
    await eventually(
      'reused IP decided as analytics',
      20_000,
      () => produce(reused, EVENTS),
      (r) => r === 'TOPIC_AUTHORIZATION_FAILED',
    );
    const pods = proxy.proxy
      .connections()
      .filter((c) => c.remoteAddress.endsWith(IP.worker))
      .map((c) => proxy.enforcement!.filter.connectionPolicy(c).identity.principal);
    expect(pods).toContain('Pod:analytics/analytics-2');
    expect(pods).not.toContain('Pod:payments/payments-worker');
  }, 180_000);

  it('keeps the last state while the API server is down, refuses after kubernetes.maxStaleMs, recovers after a restart', async () => {
    const analytics = await producerFrom(IP.analytics);
    expect(await produce(analytics, EVENTS)).toBe('ok');
    const stoppedAt = Date.now();
    await kube.stopApiServer();
    // Within the bound the last known pods still identify.
    if (Date.now() - stoppedAt < MAX_STALE_MS / 2) expect(await produce(analytics, EVENTS)).toBe('ok');
    await eventually('readyz false', MAX_STALE_MS + 30_000, readyz, (r) => r.status === 503);
    const refused = await producerFrom(IP.analytics).then(
      (p) => produce(p, EVENTS),
      (error: Error) => error.name,
    );
    expect(refused).not.toBe('ok');
    await kube.startApiServer();
    await eventually('readyz true', 60_000, readyz, (r) => r.status === 200);
    const back = await producerFrom(IP.analytics);
    expect(await produce(back, EVENTS)).toBe('ok');
  }, 240_000);
});
