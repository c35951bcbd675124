// Pod identity against a real kube-apiserver + etcd (test/harness/kube-apiserver.ts) and a real
// broker: clients carry no credentials; each connects from its own loopback source address
// (127.0.0.2, .3, ...) standing for a pod IP, and Pod objects with those IPs say who they are.
// The policy is the payments Cilium policy run through `import-cilium` (label selectors kept);
// the scenario itself is demo/pod-identity-scenario.ts, which `npm run demo -- --pods` runs too.
//
// Covered: the first full sync gating /readyz, label selectors with namespace scoping, unknown
// addresses and node addresses unidentified, a policy change, a pod relabel (re-decided on the next
// request of the same connection), a pod deletion (its connection closed) with its IP reused by an
// analytics pod, and the API server stopped (last state kept for kubernetes.maxStaleMs, then
// refused) and restarted.

import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { log } from '../../src/log.js';
import {
  COMMANDS,
  EVENTS,
  IP,
  PodIdentityScenario,
  eventually,
  podPolicyText,
} from '../../demo/pod-identity-scenario.js';
import { podManifest } from '../harness/kube-apiserver.js';

const MAX_STALE_MS = 6_000;
let s: PodIdentityScenario;

beforeAll(async () => {
  s = await PodIdentityScenario.start({ maxStaleMs: MAX_STALE_MS, log: log.child({}, { level: 'warn' }) });
}, 600_000);

afterAll(async () => {
  await s?.stop();
}, 120_000);

describe('pod identity from a real Kubernetes API server', () => {
  it('is not ready until the proxy, bound to no role yet, has listed pods; then it is', async () => {
    const before = await s.readyz();
    expect(before.status).toBe(503);
    expect(before.body).toContain('no full pod list');
    await s.bindProxyRole();
    await eventually(
      'readyz',
      60_000,
      () => s.readyz(),
      (r) => r.status === 200,
    );
  }, 90_000);

  it('decides each pod by its labels, with no client credentials: the payments outcomes', async () => {
    const api = await s.producerFrom(IP.api);
    expect(await s.produce(api, COMMANDS)).toBe('ok');
    expect(await s.produce(api, EVENTS)).toBe('TOPIC_AUTHORIZATION_FAILED');
    const worker = await s.producerFrom(IP.worker);
    expect(await s.produce(worker, EVENTS)).toBe('ok');
    expect(await s.produce(worker, COMMANDS)).toBe('TOPIC_AUTHORIZATION_FAILED');
    expect(await s.produceFrom(IP.analytics, COMMANDS)).toBe('TOPIC_AUTHORIZATION_FAILED');
    // app: payments-api in another namespace: the selector's namespace keeps it out.
    expect(await s.produceFrom(IP.impostor, COMMANDS)).toBe('TOPIC_AUTHORIZATION_FAILED');
    expect(s.principalsFrom(IP.api)).toContain('Pod:payments/payments-api');
  }, 180_000);

  it('leaves an address no pod owns, and a node address, unidentified (denied)', async () => {
    expect(await s.produceFrom(IP.stranger, COMMANDS)).toBe('TOPIC_AUTHORIZATION_FAILED');
    expect(await s.produceFrom(IP.node, COMMANDS)).toBe('TOPIC_AUTHORIZATION_FAILED');
    expect(s.principalsFrom(IP.node)).toEqual(expect.arrayContaining(['User:ANONYMOUS']));
  }, 120_000);

  it('applies a policy change within seconds', async () => {
    const analytics = await s.producerFrom(IP.analytics);
    expect(await s.produce(analytics, EVENTS)).toBe('TOPIC_AUTHORIZATION_FAILED');
    writeFileSync(
      s.policyFile,
      podPolicyText(`  - fromEndpoints: [{ matchLabels: { k8s:io.kubernetes.pod.namespace: analytics, app: analytics } }]
    allow: [{ role: produce, topic: ${EVENTS} }]
`),
    );
    await eventually(
      'analytics allowed',
      20_000,
      () => s.produce(analytics, EVENTS),
      (r) => r === 'ok',
    );
  }, 120_000);

  it('re-decides a relabelled pod on its next request, on the same connection', async () => {
    const api = await s.producerFrom(IP.api);
    expect(await s.produce(api, COMMANDS)).toBe('ok');
    await s.relabel('payments', 'payments-api', { app: 'payments-api-v2' });
    await eventually(
      'relabelled pod denied',
      20_000,
      () => s.produce(api, COMMANDS),
      (r) => r === 'TOPIC_AUTHORIZATION_FAILED',
    );
  }, 120_000);

  it('closes the connections of a deleted pod, and decides its reused IP as the new pod', async () => {
    const worker = await s.producerFrom(IP.worker);
    expect(await s.produce(worker, EVENTS)).toBe('ok');
    expect(s.connectionsFrom(IP.worker)).toBeGreaterThan(0);
    await s.kube.remove('/api/v1/namespaces/payments/pods/payments-worker');
    await eventually(
      'worker connections closed',
      20_000,
      async () => s.connectionsFrom(IP.worker),
      (n) => n === 0,
    );
    await s.kube.apply(podManifest('analytics', 'analytics-2', { app: 'analytics-batch' }));
    await s.kube.setPodStatus('analytics', 'analytics-2', IP.worker, 'Running', IP.node);
    await eventually(
      'reused IP decided as analytics-2',
      20_000,
      () => s.produceFrom(IP.worker, EVENTS),
      (r) => r === 'TOPIC_AUTHORIZATION_FAILED',
    );
    expect(s.principalsFrom(IP.worker)).toContain('Pod:analytics/analytics-2');
    expect(s.principalsFrom(IP.worker)).not.toContain('Pod:payments/payments-worker');
  }, 180_000);

  it('keeps the last state while the API server is down, refuses after kubernetes.maxStaleMs, recovers after a restart', async () => {
    const analytics = await s.producerFrom(IP.analytics);
    expect(await s.produce(analytics, EVENTS)).toBe('ok');
    const stoppedAt = Date.now();
    await s.kube.stopApiServer();
    // Within the bound the last known pods still identify.
    if (Date.now() - stoppedAt < MAX_STALE_MS / 2) expect(await s.produce(analytics, EVENTS)).toBe('ok');
    await eventually(
      'readyz false',
      MAX_STALE_MS + 30_000,
      () => s.readyz(),
      (r) => r.status === 503,
    );
    expect(s.connectionsFrom(IP.analytics)).toBe(0);
    expect(await s.produceFrom(IP.analytics, EVENTS)).not.toBe('ok');
    await s.kube.startApiServer();
    await eventually(
      'readyz true',
      60_000,
      () => s.readyz(),
      (r) => r.status === 200,
    );
    expect(await s.produceFrom(IP.analytics, EVENTS)).toBe('ok');
  }, 240_000);
});
