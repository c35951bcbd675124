// The payments scenario end to end with pod identity: a real kube-apiserver + etcd
// (test/harness/kube-apiserver.ts), a real broker without SASL or authorizer, and real clients
// (kafkajs, Kafka's Java tools, librdkafka) carrying no credentials, each pod's clients inside a
// network namespace of its own (test/harness/pod-network.ts) so that they connect from the pod's IP,
// which its Pod object carries. The policy is the payments CiliumNetworkPolicy applied through the
// API as a KafkaNetworkPolicy (apiVersion and kind changed, nothing else); the scenario is
// demo/pod-identity-scenario.ts, which `npm run demo -- --pods` runs too.
//
// Covered: the first full sync gating /readyz; the outcomes policies/payments.yaml gives its users,
// given here to the pods by their labels (namespace scoping included); unknown and node addresses
// unidentified; a policy change; a pod relabel (re-decided on the next request of the same
// connection); a pod deletion (its connections closed) with its IP reused by an analytics pod (the
// old identity never kept); the API server stopped (last state kept for kubernetes.maxStaleMs, then
// fail closed, with /readyz and metrics) and restarted.
//
// Needs root for the network namespaces (as CI runs); KAFKA_L7_PROXY_SKIP_NETNS=1 skips it.

import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Attempt } from '../../demo/payments-clients.js';
import {
  ANALYTICS_MAY_PRODUCE_EVENTS,
  COMMANDS,
  EVENTS,
  PodIdentityScenario,
  eventually,
} from '../../demo/pod-identity-scenario.js';
import { netnsTestsSkipped } from '../harness/pod-network.js';

const MAX_STALE_MS = 15_000;
const P = 'kafka_l7_proxy_kubernetes_';
let s: PodIdentityScenario;
/** The proxy's log lines (JSON), for the events docs/kubernetes.md promises. */
const logLines: Array<Record<string, unknown>> = [];
const logged = (event: string): Array<Record<string, unknown>> => logLines.filter((l) => l.event === event);

beforeAll(async () => {
  if (netnsTestsSkipped()) return;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n'))
        if (line) logLines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  s = await PodIdentityScenario.start({ maxStaleMs: MAX_STALE_MS, log: pino({ level: 'info' }, sink) });
}, 600_000);

afterAll(async () => {
  await s?.stop();
}, 120_000);

describe.skipIf(netnsTestsSkipped())(
  'the payments scenario with pods known by their labels (real API server, clients in network namespaces)',
  () => {
    it('is not ready until the proxy, bound to no role yet, has listed pods and policy objects; then it is', async () => {
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
      const accepted = await eventually(
        'KafkaNetworkPolicy accepted',
        30_000,
        () => s.policyAccepted(),
        (c) => c !== undefined,
      );
      expect(accepted).toMatchObject({ status: 'True', reason: 'Applied' });
    }, 90_000);

    it("gives each pod's kafkajs and Java clients what policies/payments.yaml gives its user, with no credentials", async () => {
      const attempts: Attempt[] = await s.payments();
      const wrong = attempts
        .filter((a) => !a.ok)
        .map((a) => `${a.client} ${a.tool} ${a.tried}: got ${a.got}, expected ${a.expected}`);
      expect(wrong).toEqual([]);
      expect(attempts.length).toBe(15);
      const api = s.pod('payments/payments-api').net.ip;
      const denied = s.audited(api).filter((d) => d.decision === 'denied');
      expect(denied.length).toBeGreaterThan(0);
      expect(new Set(denied.map((d) => `${d.principal} ${d.identitySource}`))).toEqual(
        new Set(['Pod:payments/payments-api kubernetes']),
      );
    }, 400_000);

    it('gives librdkafka clients in the pods the same answers; an app label in another namespace gets nothing', async () => {
      const api = s.pod('payments/payments-api').net.netns;
      const worker = s.pod('payments/payments-worker').net.netns;
      expect(await s.librdkafkaProduce(api, COMMANDS)).toBe('wrote 1');
      expect(await s.librdkafkaProduce(api, EVENTS)).toBe('TOPIC_AUTHORIZATION_FAILED');
      expect(await s.librdkafkaConsume(worker, EVENTS, 'payments-worker-rdk', 1)).toMatch(
        /^assigned: payments\.events; records: payments\.events:/,
      );
      expect(await s.librdkafkaProduce(worker, COMMANDS)).toBe('TOPIC_AUTHORIZATION_FAILED');
      // analytics/impostor carries app=payments-api: Cilium's namespace label keeps it out.
      const impostor = s.pod('analytics/impostor');
      expect(await s.librdkafkaProduce(impostor.net.netns, COMMANDS)).toBe('TOPIC_AUTHORIZATION_FAILED');
      expect(s.audited(impostor.net.ip).map((d) => d.principal)).toContain('Pod:analytics/impostor');
    }, 300_000);

    it('leaves an address no pod owns, and the node address, unidentified (denied)', async () => {
      const stranger = s.addStranger();
      expect(await s.librdkafkaProduce(stranger.net.netns, COMMANDS)).toBe('TOPIC_AUTHORIZATION_FAILED');
      // From the host itself the source is the node address, every pod's status.hostIP.
      expect(await s.librdkafkaProduce(undefined, COMMANDS)).toBe('TOPIC_AUTHORIZATION_FAILED');
      for (const address of [stranger.net.ip, s.nodeAddress]) {
        const principals = new Set(s.audited(address).map((d) => d.principal));
        expect([...principals]).toEqual(['User:ANONYMOUS']);
      }
      expect(await s.metric(`${P}node_addresses`)).toBe(1);
    }, 200_000);

    it('applies a change of the KafkaNetworkPolicy object to open connections within seconds', async () => {
      const analytics = s.pod('analytics/analytics');
      expect(await analytics.kafkajs.open(s.endpoint, 'analytics')).toBe('connected');
      expect(await analytics.kafkajs.send(EVENTS)).toBe('TOPIC_AUTHORIZATION_FAILED');
      await s.applyPolicy(ANALYTICS_MAY_PRODUCE_EVENTS);
      await eventually(
        'analytics allowed',
        30_000,
        () => analytics.kafkajs.send(EVENTS),
        (r) => r === 'ok',
      );
      expect(await s.librdkafkaProduce(analytics.net.netns, EVENTS)).toBe('wrote 1');
      expect(await s.librdkafkaProduce(analytics.net.netns, COMMANDS)).toBe('TOPIC_AUTHORIZATION_FAILED');
    }, 200_000);

    it('re-decides a relabelled pod on its next request, on the same connection', async () => {
      const api = s.pod('payments/payments-api');
      expect(await api.kafkajs.open(s.endpoint, 'payments-api')).toBe('connected');
      expect(await api.kafkajs.send(COMMANDS)).toBe('ok');
      const before = s.connectionsFrom(api.net.ip);
      expect(before.length).toBeGreaterThan(0);
      await s.relabel('payments/payments-api', { app: 'payments-api-v2' });
      await eventually(
        'relabelled pod denied',
        30_000,
        () => api.kafkajs.send(COMMANDS),
        (r) => r === 'TOPIC_AUTHORIZATION_FAILED',
      );
      // Not a reconnection: a connection open before the relabel got the denial.
      expect(s.connectionsFrom(api.net.ip).filter((id) => before.includes(id)).length).toBeGreaterThan(0);
      expect(await s.javaProduce(api.net.netns, COMMANDS)).toBe('TOPIC_AUTHORIZATION_FAILED');
      await api.kafkajs.close();
    }, 200_000);

    it('closes the connections of a deleted pod and never lets its IP keep the old identity, also when an analytics pod gets it', async () => {
      const worker = s.pod('payments/payments-worker');
      const ip = worker.net.ip;
      expect(await worker.kafkajs.open(s.endpoint, 'payments-worker')).toBe('connected');
      expect(await worker.kafkajs.send(EVENTS)).toBe('ok');
      expect(s.connectionsFrom(ip).length).toBeGreaterThan(0);
      const released = (await s.metric(`${P}addresses_released_total`)) ?? 0;
      await s.deletePod('payments/payments-worker');
      await eventually(
        'worker connections closed',
        30_000,
        async () => s.connectionsFrom(ip),
        (ids) => ids.length === 0,
      );
      expect(await s.metric(`${P}addresses_released_total`)).toBe(released + 1);
      expect(logged('kubernetes.address-released')).toContainEqual(
        expect.objectContaining({ address: ip, pod: 'payments/payments-worker', newOwner: null }),
      );
      expect(logged('kubernetes.connections-closed')).toContainEqual(
        expect.objectContaining({ address: ip, pod: 'payments/payments-worker' }),
      );
      // The client reconnects from the same address: nobody owns it now.
      expect(await worker.kafkajs.send(EVENTS)).not.toBe('ok');
      expect(s.principalsFrom(ip).every((p) => p === 'User:ANONYMOUS')).toBe(true);

      // The kubelet removes the pod's network; the IP goes to a new analytics pod, no rule for it.
      await s.removeNetwork('payments/payments-worker');
      const reused = await s.addPod('analytics', 'analytics-2', { app: 'analytics-batch' }, { ip });
      expect(reused.net.ip).toBe(ip);
      await eventually(
        'reused IP identified as analytics-2',
        30_000,
        async () => {
          await reused.kafkajs.open(s.endpoint, 'analytics-2');
          return { sent: await reused.kafkajs.send(EVENTS), principals: s.principalsFrom(ip) };
        },
        (r) => r.principals.includes('Pod:analytics/analytics-2'),
      );
      expect(await reused.kafkajs.send(EVENTS)).toBe('TOPIC_AUTHORIZATION_FAILED');
      expect(s.principalsFrom(ip)).not.toContain('Pod:payments/payments-worker');
      expect(await s.javaProduce(reused.net.netns, EVENTS)).toBe('TOPIC_AUTHORIZATION_FAILED');
    }, 300_000);

    it('keeps the last pods while the API server is down, fails closed after kubernetes.maxStaleMs, recovers after a restart', async () => {
      const analytics = s.pod('analytics/analytics');
      expect(await analytics.kafkajs.open(s.endpoint, 'analytics')).toBe('connected');
      expect(await analytics.kafkajs.send(EVENTS)).toBe('ok');
      const [lostBefore, expiredBefore, restoredBefore] = [
        'kubernetes.watch-lost',
        'kubernetes.identity-expired',
        'kubernetes.watch-restored',
      ].map((e) => logged(e).length);
      const stoppedAt = Date.now();
      await s.kube.stopApiServer();
      await eventually(
        'watch lost',
        MAX_STALE_MS,
        () => s.metric(`${P}watch_connected`),
        (v) => v === 0,
      );
      // Within the bound the last known pods still identify (checked only while surely within it).
      if (Date.now() - stoppedAt < MAX_STALE_MS / 2) {
        expect(await analytics.kafkajs.send(EVENTS)).toBe('ok');
        expect(await s.metric(`${P}identity_expired`)).toBe(0);
      }
      await eventually(
        'readyz false',
        MAX_STALE_MS + 60_000,
        () => s.readyz(),
        (r) => r.status === 503,
      );
      expect(await s.metric(`${P}identity_expired`)).toBe(1);
      expect(logged('kubernetes.watch-lost').length).toBe(lostBefore! + 1);
      expect(logged('kubernetes.identity-expired').length).toBe(expiredBefore! + 1);
      expect(await s.metric(`${P}watch_lost_total`)).toBeGreaterThanOrEqual(1);
      await eventually(
        'connections identified by pod closed',
        10_000,
        async () => s.connectionsFrom(analytics.net.ip),
        (ids) => ids.length === 0,
      );
      expect(await analytics.kafkajs.send(EVENTS)).not.toBe('ok');
      expect(await s.librdkafkaProduce(analytics.net.netns, EVENTS, 8)).not.toBe('wrote 1');

      await s.kube.startApiServer();
      await eventually(
        'readyz true',
        120_000,
        () => s.readyz(),
        (r) => r.status === 200,
      );
      expect(await s.metric(`${P}identity_expired`)).toBe(0);
      expect(await s.metric(`${P}watch_connected`)).toBe(1);
      expect(logged('kubernetes.watch-restored').length).toBe(restoredBefore! + 1);
      expect(await s.librdkafkaProduce(analytics.net.netns, EVENTS)).toBe('wrote 1');
    }, 400_000);
  },
);
