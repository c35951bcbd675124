// The audit trail and the metrics of a whole proxy (startObservedProxy, as `kafka-l7-proxy run`
// starts it) in front of a real broker, with a separate real 1-node audit cluster for the audit topic.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import kafkajs from 'kafkajs';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startObservedProxy, type ObservedProxy } from '../../src/admin/observed-proxy.js';
import { AUDIT_EVENT_TYPES, type AuditEvent, type DecisionData } from '../../src/audit/audit-event.js';
import { readEventTopic } from '../../src/audit/event-source.js';
import { runObserveCommand } from '../../src/cli/observe-command.js';
import { runPolicyCommand } from '../../src/cli/policy-command.js';
import { ConnectionDecisions, FixedPolicySource } from '../../src/policy/connection-decisions.js';
import { compilePolicy } from '../../src/policy/engine.js';
import { resolveConfig } from '../../src/config/load-config.js';
import { loadPolicyFile } from '../../src/policy/policy-loader.js';
import { kafkajsConfig, startKafka, type KafkaCluster } from '../harness/index.js';
import { auditEventValidator } from '../unit/audit/audit-fixtures.js';
import { parsePrometheusText, sampleSum, sampleValue } from '../unit/metrics/prometheus-text.js';
import { freeBrokerPortBase } from '../unit/proxy/free-ports.js';
import { waitUntil } from './proxy-test-support.js';

const POLICY = `apiVersion: kafka-l7-proxy/v1
kind: KafkaPolicy
identities:
  - sourceCidr: { cidr: 127.0.0.1/32, principal: 'User:payments-api' }
rules:
  - principal: User:payments-api
    allow:
      - { role: produce, topic: payments.commands }
      - { apiKey: metadata, topic: ledger }
`;

const silent = pino({ level: 'silent' });
let data: KafkaCluster;
let audit: KafkaCluster;
let dir: string;

beforeAll(async () => {
  [data, audit] = await Promise.all([startKafka({ nodes: 1 }), startKafka({ nodes: 1 })]);
  await data.createTopic('payments.commands');
  await data.createTopic('ledger');
  dir = mkdtempSync(join(tmpdir(), 'audit-proxy-'));
  writeFileSync(join(dir, 'policy.yaml'), POLICY);
}, 180_000);

afterAll(async () => {
  await Promise.all([data?.stop(), audit?.stop()]);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function startProxy(
  topic: string,
  extra: { policy?: object; audit?: object } = {},
): Promise<ObservedProxy> {
  const base = await freeBrokerPortBase(data.nodes.map((n) => n.nodeId));
  const config = resolveConfig(
    {
      listen: { host: '127.0.0.1', bootstrapPort: 0, brokerPortBase: base },
      upstream: { bootstrapServers: data.bootstrap.split(',') },
      logging: { level: 'silent' },
      policy: { file: join(dir, 'policy.yaml'), ...extra.policy },
      admin: { host: '127.0.0.1', port: 0, metrics: { processMetrics: false } },
      audit: {
        stdout: { enabled: false },
        aggregateWindowMs: 500,
        kafka: {
          bootstrapServers: audit.bootstrap.split(','),
          topic,
          replicationFactor: 1,
          requestTimeoutMs: 2000,
          retryBackoffMs: 250,
        },
        ...extra.audit,
      },
    },
    {},
  );
  return startObservedProxy(config, silent);
}

function client(running: ObservedProxy, clientId: string) {
  return new kafkajs.Kafka(
    kafkajsConfig(
      { bootstrap: `127.0.0.1:${running.proxy.bootstrapPort}`, securityProtocol: 'PLAINTEXT' },
      { clientId, retry: { retries: 0 } },
    ),
  );
}

async function eventsOn(topic: string): Promise<AuditEvent[]> {
  const events: AuditEvent[] = [];
  for await (const e of readEventTopic(
    { bootstrapServers: audit.bootstrap.split(','), topic },
    { follow: false },
  )) {
    events.push(e);
  }
  return events;
}

async function scrape(running: ObservedProxy) {
  const response = await fetch(`${running.observability.admin!.url}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return parsePrometheusText(await response.text());
}

describe('audit trail and metrics of a proxy in front of a real broker', () => {
  it('puts a denied produce on the audit topic with principal, addresses, API, topic, rule and reason', async () => {
    const topic = 'audit-denied';
    // The broker stamps each record with its append time: when the event appeared on the topic.
    const admin = new kafkajs.Kafka(kafkajsConfig(audit.endpoint())).admin();
    await admin.connect();
    await admin.createTopics({
      topics: [{ topic, configEntries: [{ name: 'message.timestamp.type', value: 'LogAppendTime' }] }],
      waitForLeaders: true,
    });
    await admin.disconnect();
    const appended = new Map<string, number>();
    // Quiet: a coordinator still loading makes kafkajs log a (retried) crash.
    const watcher = new kafkajs.Kafka(
      kafkajsConfig(audit.endpoint(), { logLevel: kafkajs.logLevel.NOTHING }),
    ).consumer({
      groupId: 'audit-watch',
    });
    await watcher.connect();
    await watcher.subscribe({ topic, fromBeginning: true });
    await watcher.run({
      eachMessage: async ({ message }) => {
        const event = JSON.parse(message.value!.toString()) as AuditEvent;
        appended.set(event.id, Number(message.timestamp));
      },
    });
    const running = await startProxy(topic);
    const producer = client(running, 'payments-api-1').producer();
    try {
      await producer.connect();
      await producer.send({ topic: 'payments.commands', messages: [{ value: 'ok' }] });
      const deniedAt = Date.now();
      const error = await producer
        .send({ topic: 'ledger', messages: [{ value: 'no' }] })
        .catch((e: unknown) => e);
      expect(String((error as Error).message)).toMatch(/not authorized|authorization/i);

      let denied: AuditEvent<DecisionData> | undefined;
      await waitUntil(
        async () => {
          denied = (await eventsOn(topic)).find(
            (e): e is AuditEvent<DecisionData> => e.type === AUDIT_EVENT_TYPES.denied,
          );
          return denied !== undefined && appended.has(denied.id);
        },
        20_000,
        'the denial is on the audit topic',
      );
      // Appended after the denial happened (how soon is the sink's batching setting, not timed here).
      expect(appended.get(denied!.id)!).toBeGreaterThanOrEqual(deniedAt);
      expect(running.observability.audit.sinks[0]!.stats().buffered).toBe(0);
      expect(auditEventValidator()(denied)).toBe(true);
      const d = denied!.data;
      expect(d).toMatchObject({
        principal: 'User:payments-api',
        identitySource: 'sourceCidr',
        clientId: 'payments-api-1',
        api: { key: 0, name: 'Produce' },
        decision: 'denied',
        topics: [expect.objectContaining({ name: 'ledger', allowed: false, errorCode: 29 })],
      });
      expect(d.connection.remoteAddress).toMatch(/^127\.0\.0\.1:\d+$/);
      expect(d.connection.localAddress).toMatch(/^127\.0\.0\.1:\d+$/);
      expect(d.reason).not.toBe('');
    } finally {
      await producer.disconnect();
      await running.stop();
      await watcher.disconnect();
    }
    // On stop the aggregated allows and the connection events are flushed too.
    const all = await eventsOn(topic);
    const types = new Set(all.map((e) => e.type));
    for (const t of [
      AUDIT_EVENT_TYPES.policyLoaded,
      AUDIT_EVENT_TYPES.connectionOpened,
      AUDIT_EVENT_TYPES.connectionClosed,
      AUDIT_EVENT_TYPES.allowed,
    ]) {
      expect(types.has(t), t).toBe(true);
    }
    // observe reads the same topic and prints the denial as one line.
    const out: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => out.push(`ERR ${t}`) };
    const observeArgs = ['--from-topic', topic, '--bootstrap', audit.bootstrap, '--verdict', 'denied'];
    expect(await runObserveCommand(observeArgs, io)).toBe(0);
    expect(out).toEqual([
      expect.stringMatching(
        /^\S+Z DENIED +User:payments-api Produce v\d+ topics=ledger\(denied 29\) client=payments-api-1 from=127\.0\.0\.1:\d+ rule=none \(default deny\) reason="/,
      ),
    ]);
    const allowedProduce = all.find(
      (e) => e.type === AUDIT_EVENT_TYPES.allowed && (e.data as DecisionData).api.name === 'Produce',
    )!.data as DecisionData;
    expect(allowedProduce).toMatchObject({
      count: 1,
      topics: [expect.objectContaining({ name: 'payments.commands' })],
    });
  }, 120_000);

  it('serves /metrics in the Prometheus text format with counters that match the requests made, and /healthz, /readyz', async () => {
    const running = await startProxy('audit-metrics');
    const producer = client(running, 'metrics-client').producer();
    const allowed = 7;
    const denied = 3;
    try {
      await producer.connect();
      for (let i = 0; i < allowed; i++)
        await producer.send({ topic: 'payments.commands', messages: [{ value: `m${i}` }] });
      for (let i = 0; i < denied; i++) {
        await producer.send({ topic: 'ledger', messages: [{ value: 'x' }] }).catch(() => undefined);
      }
      const f = await scrape(running);
      expect(sampleValue(f, 'kafka_l7_proxy_requests_total', { api: 'Produce', decision: 'allowed' })).toBe(
        allowed,
      );
      expect(sampleValue(f, 'kafka_l7_proxy_requests_total', { api: 'Produce', decision: 'denied' })).toBe(
        denied,
      );
      expect(
        sampleValue(f, 'kafka_l7_proxy_denials_total', { principal: 'User:payments-api', topic: 'ledger' }),
      ).toBe(denied);
      // Only forwarded requests have an upstream latency: the allowed produces, not the denied ones.
      expect(sampleValue(f, 'kafka_l7_proxy_upstream_latency_seconds_count', { api: 'Produce' })).toBe(
        allowed,
      );
      expect(sampleSum(f, 'kafka_l7_proxy_connections_active')).toBe(running.proxy.connectionCount());
      expect(sampleSum(f, 'kafka_l7_proxy_connections_total')).toBe(
        running.proxy.counters.connectionsAccepted,
      );
      expect(sampleValue(f, 'kafka_l7_proxy_request_bytes_total')).toBe(
        running.proxy.counters.bytesFromClients,
      );
      expect(sampleValue(f, 'kafka_l7_proxy_response_bytes_total')).toBeGreaterThan(0);
      expect(sampleValue(f, 'kafka_l7_proxy_policy_reloads_total', { result: 'rejected' })).toBe(0);
      expect(sampleValue(f, 'kafka_l7_proxy_policy_generation')).toBe(1);
      expect(sampleValue(f, 'kafka_l7_proxy_audit_events_total', { sink: 'kafka', outcome: 'dropped' })).toBe(
        0,
      );
      expect(sampleValue(f, 'kafka_l7_proxy_audit_buffer_capacity_events', { sink: 'kafka' })).toBe(10_000);

      const health = await fetch(`${running.observability.admin!.url}/healthz`);
      expect(health.status).toBe(200);
      const ready = await fetch(`${running.observability.admin!.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ ready: true });
    } finally {
      await producer.disconnect();
      await running.stop();
    }
  }, 120_000);

  it('with audit.onFailure deny refuses requests while the audit cluster is down and serves them again after', async () => {
    const running = await startProxy('audit-deny', { audit: { onFailure: 'deny' } });
    const kafka = client(running, 'deny-mode');
    const send = async (): Promise<boolean> => {
      const producer = kafka.producer();
      try {
        await producer.connect();
        await producer.send({ topic: 'payments.commands', messages: [{ value: 'v' }] });
        return true;
      } catch {
        return false;
      } finally {
        await producer.disconnect().catch(() => {});
      }
    };
    try {
      expect(await send()).toBe(true);
      await audit.stopNode(audit.nodes[0]!.nodeId, { graceful: false });
      // Each attempt's connection events reach the sink, whose delivery fails; then requests are refused.
      await waitUntil(async () => !(await send()), 30_000, 'requests are refused');
      const down = await fetch(`${running.observability.admin!.url}/readyz`);
      expect(down.status).toBe(503);
      expect(JSON.stringify(await down.json())).toMatch(/audit\.kafka: delivery to audit-deny failed/);

      await audit.startNode(audit.nodes[0]!.nodeId);
      await waitUntil(send, 60_000, 'requests are served again');
      const f = await scrape(running);
      expect(sampleValue(f, 'kafka_l7_proxy_requests_refused_audit_unavailable_total')).toBeGreaterThan(0);
      expect(sampleValue(f, 'kafka_l7_proxy_audit_sink_healthy', { sink: 'kafka' })).toBe(1);
    } finally {
      await running.stop();
    }
  }, 180_000);

  it('in audit mode lets denied traffic through, records it as would-deny, and policy suggest turns it into a policy', async () => {
    const topic = 'audit-mode';
    const running = await startProxy(topic, { policy: { mode: 'audit' } });
    const producer = client(running, 'rollout').producer();
    try {
      await producer.connect();
      // Denied by the policy (only Metadata is allowed on ledger), delivered anyway.
      await producer.send({ topic: 'ledger', messages: [{ value: 'through' }] });
    } finally {
      await producer.disconnect();
      await running.stop();
    }
    const events = await eventsOn(topic);
    const wouldDeny = events.find(
      (e) => e.type === AUDIT_EVENT_TYPES.wouldDeny && (e.data as DecisionData).api.name === 'Produce',
    );
    expect(wouldDeny?.data).toMatchObject({
      decision: 'would-deny',
      principal: 'User:payments-api',
      count: 1,
    });
    // policy suggest --from-topic writes a policy that policy check accepts and that allows what ran.
    const out = join(dir, 'suggested.yaml');
    const io = { out: () => {}, err: () => {} };
    expect(
      await runPolicyCommand(
        ['suggest', '--from-topic', topic, '--bootstrap', audit.bootstrap, '--out', out],
        io,
      ),
    ).toBe(0);
    expect(await runPolicyCommand(['check', out], io)).toBe(0);
    const loaded = await loadPolicyFile(out);
    if (!loaded.ok) throw new Error('the suggestion does not load');
    const decisions = new ConnectionDecisions(new FixedPolicySource(compilePolicy(loaded.policy)), {
      id: '1',
      principal: 'User:payments-api',
    });
    const produce = (wouldDeny!.data as DecisionData).api;
    expect(
      decisions.decide({
        apiKey: produce.key,
        apiVersion: produce.version,
        clientId: 'rollout',
        topics: ['ledger'],
      }).allowed,
    ).toBe(true);
    expect(
      decisions.decide({
        apiKey: produce.key,
        apiVersion: produce.version,
        clientId: 'rollout',
        topics: ['other'],
      }).allowed,
    ).toBe(false);
  }, 120_000);
});
