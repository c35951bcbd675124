// `npm run demo -- --pods`: the payments scenario with pod identity. A real kube-apiserver + etcd
// (built by scripts/build-kube-apiserver.sh), a real broker without SASL, the proxy enforcing the
// payments CiliumNetworkPolicy applied as a KafkaNetworkPolicy (apiVersion and kind changed), and real
// clients (kafkajs, Kafka's Java tools, librdkafka) without credentials, each pod's inside a network
// namespace of its own with the pod's IP (so it needs root). Then a policy change, a pod relabel, a
// pod deletion with its IP reused by an analytics pod, and the API server stopped and restarted.
// Prints each step and what the client got; exits 0 when every step behaved as docs/kubernetes.md says.

import { log } from '../src/log.js';
import type { Attempt } from './payments-clients.js';
import {
  ANALYTICS_MAY_PRODUCE_EVENTS,
  COMMANDS,
  EVENTS,
  PodIdentityScenario,
  eventually,
} from './pod-identity-scenario.js';

const MAX_STALE_MS = 10_000;

/** Runs the pod identity demo; resolves with the exit code. */
export async function runPodsDemo(): Promise<number> {
  const started = Date.now();
  let s: PodIdentityScenario | undefined;
  let failed = 0;
  const step = (what: string, got: string, expected: string): void => {
    const ok = got === expected;
    if (!ok) failed++;
    console.log(
      `  ${ok ? 'ok  ' : 'FAIL'} ${what.padEnd(78)} -> ${got}${ok ? '' : `   (expected ${expected})`}`,
    );
  };
  /** The outcome once `want` holds, or the last outcome after `timeoutMs`. */
  const settle = async (probe: () => Promise<string>, want: string, timeoutMs = 30_000): Promise<string> =>
    eventually('', timeoutMs, probe, (r) => r === want).catch(() => probe());
  try {
    console.log(
      'Starting etcd + kube-apiserver, a Kafka 4.1 broker (no SASL, no authorizer), one network namespace per pod...',
    );
    s = await PodIdentityScenario.start({
      maxStaleMs: MAX_STALE_MS,
      log: log.child({}, { level: 'fatal' }),
      bindRoleFirst: true,
    });
    const scenario = s;
    await eventually(
      'pod list synced',
      60_000,
      () => scenario.readyz(),
      (r) => r.status === 200,
    );
    const pods = [...s.pods.values()].map((p) => `${p.namespace}/${p.name} ${p.net.ip}`).join(', ');
    console.log(`API server ${s.kube.server}; proxy on ${s.endpoint.bootstrap}; pods: ${pods}\n`);

    const api = s.pod('payments/payments-api');
    const worker = s.pod('payments/payments-worker');
    const analytics = s.pod('analytics/analytics');
    const impostor = s.pod('analytics/impostor');
    console.log(
      'The payments outcomes of policies/payments.yaml, enforced from the payments KafkaNetworkPolicy, each client in its pod, no credentials:',
    );
    const line = (a: Attempt): void => step(`${a.client} (${a.tool}) ${a.tried}`, a.got, a.expected);
    await s.payments(line);
    step(
      `payments-api (librdkafka) produce to ${COMMANDS}`,
      await s.librdkafkaProduce(api.net.netns, COMMANDS),
      'wrote 1',
    );
    step(
      `analytics/impostor, app=payments-api in another namespace (librdkafka) produce to ${COMMANDS}`,
      await s.librdkafkaProduce(impostor.net.netns, COMMANDS),
      'TOPIC_AUTHORIZATION_FAILED',
    );
    const stranger = s.addStranger();
    step(
      `no pod has ${stranger.net.ip} (librdkafka) produce to ${COMMANDS}`,
      await s.librdkafkaProduce(stranger.net.netns, COMMANDS),
      'TOPIC_AUTHORIZATION_FAILED',
    );
    step(
      `the node address ${s.nodeAddress} (librdkafka) produce to ${COMMANDS}`,
      await s.librdkafkaProduce(undefined, COMMANDS),
      'TOPIC_AUTHORIZATION_FAILED',
    );

    console.log(
      `\nPolicy change (kubectl apply of the KafkaNetworkPolicy): analytics pods may produce ${EVENTS} (kafkajs, one open connection)`,
    );
    await analytics.kafkajs.open(s.endpoint, 'analytics');
    step(
      `analytics/analytics produce to ${EVENTS} before`,
      await analytics.kafkajs.send(EVENTS),
      'TOPIC_AUTHORIZATION_FAILED',
    );
    await s.applyPolicy(ANALYTICS_MAY_PRODUCE_EVENTS);
    step(
      `analytics/analytics produce to ${EVENTS} after`,
      await settle(() => analytics.kafkajs.send(EVENTS), 'ok'),
      'ok',
    );

    console.log('\nRelabel payments-api to app=payments-api-v2 (same connection, next request):');
    await api.kafkajs.open(s.endpoint, 'payments-api');
    step(`payments/payments-api produce to ${COMMANDS} before`, await api.kafkajs.send(COMMANDS), 'ok');
    await s.relabel('payments/payments-api', { app: 'payments-api-v2' });
    step(
      `payments/payments-api produce to ${COMMANDS} after`,
      await settle(() => api.kafkajs.send(COMMANDS), 'TOPIC_AUTHORIZATION_FAILED'),
      'TOPIC_AUTHORIZATION_FAILED',
    );

    console.log(`\nDelete payments-worker; its IP ${worker.net.ip} goes to a new pod analytics/analytics-2:`);
    await worker.kafkajs.open(s.endpoint, 'payments-worker');
    step(`payments/payments-worker produce to ${EVENTS}`, await worker.kafkajs.send(EVENTS), 'ok');
    const ip = worker.net.ip;
    await s.deletePod('payments/payments-worker');
    const closed = await eventually(
      'closed',
      30_000,
      async () => scenario.connectionsFrom(ip).length,
      (n) => n === 0,
    ).catch(() => -1);
    step('connections of the deleted pod', closed === 0 ? 'closed' : 'still open', 'closed');
    await s.removeNetwork('payments/payments-worker');
    const reused = await s.addPod('analytics', 'analytics-2', { app: 'analytics-batch' }, { ip });
    step(
      `analytics/analytics-2 (${ip}, reused; Java console producer) produce to ${EVENTS}`,
      await s.javaProduce(reused.net.netns, EVENTS),
      'TOPIC_AUTHORIZATION_FAILED',
    );

    console.log(
      `\nStop the API server (pods trusted for kubernetes.maxStaleMs = ${MAX_STALE_MS} ms, then fail closed):`,
    );
    await analytics.kafkajs.open(s.endpoint, 'analytics');
    await s.kube.stopApiServer();
    const expired = await eventually(
      'expired',
      MAX_STALE_MS + 60_000,
      () => scenario.readyz(),
      (r) => r.status === 503,
    )
      .then(() => 'readyz 503')
      .catch(() => 'still ready');
    step('proxy readiness after the bound', expired, 'readyz 503');
    const dropped = await eventually(
      'closed',
      10_000,
      async () => scenario.connectionsFrom(analytics.net.ip).length,
      (n) => n === 0,
    ).catch(() => -1);
    step('open connection of analytics/analytics', dropped === 0 ? 'closed' : 'open', 'closed');
    const refused = await s.librdkafkaProduce(analytics.net.netns, EVENTS, 8);
    step(
      `analytics/analytics (librdkafka) produce to ${EVENTS}`,
      refused === 'wrote 1' ? 'wrote 1' : 'refused',
      'refused',
    );
    await s.kube.startApiServer();
    await eventually(
      'ready again',
      120_000,
      () => scenario.readyz(),
      (r) => r.status === 200,
    ).catch(() => undefined);
    step(
      `after the API server restarted: analytics/analytics (librdkafka) produce to ${EVENTS}`,
      await s.librdkafkaProduce(analytics.net.netns, EVENTS),
      'wrote 1',
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
