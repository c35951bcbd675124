// `npm run demo -- --pods`: the payments scenario with pod identity. A real kube-apiserver + etcd
// (built by scripts/build-kube-apiserver.sh), a real broker without SASL, the proxy enforcing the
// payments CiliumNetworkPolicy as imported by `import-cilium` (label selectors kept), and producers
// connecting from 127.0.0.2, .3, .4 standing for pod IPs. Then a policy change, a pod relabel, a pod
// deletion with its IP reused by an analytics pod, and the API server stopped and restarted.
// Prints each step and what the client got; exits 0 when every step behaved as docs/kubernetes.md says.

import { writeFileSync } from 'node:fs';
import { log } from '../src/log.js';
import { podManifest } from '../test/harness/kube-apiserver.js';
import {
  COMMANDS,
  EVENTS,
  IP,
  PodIdentityScenario,
  eventually,
  podPolicyText,
} from './pod-identity-scenario.js';

const MAX_STALE_MS = 5_000;

/** Runs the pod identity demo; resolves with the exit code. */
export async function runPodsDemo(): Promise<number> {
  const started = Date.now();
  let s: PodIdentityScenario | undefined;
  let failed = 0;
  const step = (what: string, got: string, expected: string): void => {
    const ok = got === expected;
    if (!ok) failed++;
    console.log(
      `  ${ok ? 'ok  ' : 'FAIL'} ${what.padEnd(72)} -> ${got}${ok ? '' : `   (expected ${expected})`}`,
    );
  };
  try {
    console.log('Starting etcd + kube-apiserver and a Kafka 4.1 broker (no SASL, no authorizer)...');
    s = await PodIdentityScenario.start({
      maxStaleMs: MAX_STALE_MS,
      log: log.child({}, { level: 'error' }),
      bindRoleFirst: true,
    });
    const scenario = s;
    await eventually(
      'pod list synced',
      60_000,
      () => scenario.readyz(),
      (r) => r.status === 200,
    );
    console.log(
      `API server ${s.kube.server}; proxy on 127.0.0.1:${s.proxy.proxy.bootstrapPort}; pods listed\n`,
    );
    console.log('Payments outcomes, clients known by their pod labels (no credentials):');
    step(
      `payments/payments-api (${IP.api}) produces ${COMMANDS}`,
      await s.produceFrom(IP.api, COMMANDS),
      'ok',
    );
    step(
      `payments/payments-api (${IP.api}) produces ${EVENTS}`,
      await s.produceFrom(IP.api, EVENTS),
      'TOPIC_AUTHORIZATION_FAILED',
    );
    step(
      `payments/payments-worker (${IP.worker}) produces ${EVENTS}`,
      await s.produceFrom(IP.worker, EVENTS),
      'ok',
    );
    step(
      `analytics/analytics (${IP.analytics}) produces ${COMMANDS}`,
      await s.produceFrom(IP.analytics, COMMANDS),
      'TOPIC_AUTHORIZATION_FAILED',
    );
    step(
      `analytics/impostor, app=payments-api (${IP.impostor}) produces ${COMMANDS}`,
      await s.produceFrom(IP.impostor, COMMANDS),
      'TOPIC_AUTHORIZATION_FAILED',
    );
    step(
      `no pod (${IP.stranger}) produces ${COMMANDS}`,
      await s.produceFrom(IP.stranger, COMMANDS),
      'TOPIC_AUTHORIZATION_FAILED',
    );

    console.log('\nPolicy change: analytics may produce payments.events');
    writeFileSync(
      s.policyFile,
      podPolicyText(`  - fromEndpoints: [{ matchLabels: { k8s:io.kubernetes.pod.namespace: analytics, app: analytics } }]
    allow: [{ role: produce, topic: ${EVENTS} }]
`),
    );
    const analytics = await s.producerFrom(IP.analytics);
    step(
      `analytics/analytics produces ${EVENTS}`,
      await eventually(
        'policy applied',
        20_000,
        () => scenario.produce(analytics, EVENTS),
        (r) => r === 'ok',
      ).catch(() => 'not applied'),
      'ok',
    );

    console.log('\nRelabel payments-api to app=payments-api-v2 (same connection, next request):');
    const api = await s.producerFrom(IP.api);
    await s.produce(api, COMMANDS);
    await s.relabel('payments', 'payments-api', { app: 'payments-api-v2' });
    step(
      `payments/payments-api produces ${COMMANDS}`,
      await eventually(
        'relabel seen',
        20_000,
        () => scenario.produce(api, COMMANDS),
        (r) => r !== 'ok',
      ).catch(() => 'ok'),
      'TOPIC_AUTHORIZATION_FAILED',
    );

    console.log('\nDelete payments-worker; its IP goes to analytics/analytics-2:');
    await s.producerFrom(IP.worker);
    await s.kube.remove('/api/v1/namespaces/payments/pods/payments-worker');
    const closed = await eventually(
      'closed',
      20_000,
      async () => scenario.connectionsFrom(IP.worker),
      (n) => n === 0,
    ).catch((e: Error) => e.message);
    step('connections of the deleted pod', closed === 0 ? 'closed' : String(closed), 'closed');
    await s.kube.apply(podManifest('analytics', 'analytics-2', { app: 'analytics-batch' }));
    await s.kube.setPodStatus('analytics', 'analytics-2', IP.worker, 'Running', IP.node);
    step(
      `analytics/analytics-2 (${IP.worker}, reused) produces ${EVENTS}`,
      await eventually(
        'reuse seen',
        20_000,
        () => scenario.produceFrom(IP.worker, EVENTS),
        (r) => r !== 'ok',
      ).catch(() => 'ok'),
      'TOPIC_AUTHORIZATION_FAILED',
    );

    console.log(
      `\nStop the API server (pod identities trusted for kubernetes.maxStaleMs = ${MAX_STALE_MS} ms):`,
    );
    await s.kube.stopApiServer();
    const refused = await eventually(
      'refused',
      MAX_STALE_MS + 30_000,
      () => scenario.readyz(),
      (r) => r.status === 503,
    )
      .then(() => scenario.produceFrom(IP.analytics, EVENTS))
      .catch((e: Error) => e.message);
    step(
      'analytics/analytics produces after the bound (connection refused)',
      refused === 'ok' ? 'ok' : 'refused',
      'refused',
    );
    await s.kube.startApiServer();
    await eventually(
      'ready again',
      60_000,
      () => scenario.readyz(),
      (r) => r.status === 200,
    ).catch(() => undefined);
    step(
      'analytics/analytics produces after the API server restarted',
      await s.produceFrom(IP.analytics, EVENTS),
      'ok',
    );

    console.log(`\n  ${failed === 0 ? 'PASS' : 'FAIL'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return failed === 0 ? 0 : 1;
  } catch (error) {
    console.error(`demo failed: ${(error as Error).stack ?? String(error)}`);
    return 1;
  } finally {
    await s?.stop().catch(() => undefined);
  }
}
