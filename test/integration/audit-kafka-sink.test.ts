// The Kafka audit sink against a real 1-node audit cluster, stopped for 10 s and started again:
// nothing within the buffer bound is lost, drops beyond it are counted exactly, and with
// onFailure: deny the audit trail refuses requests while the cluster is down and admits them after.
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog } from '../../src/audit/audit-log.js';
import { AUDIT_EVENT_TYPES, makeEvent, type AuditEvent } from '../../src/audit/audit-event.js';
import { readEventTopic } from '../../src/audit/event-source.js';
import { KafkaSink, type KafkaSinkConfig } from '../../src/audit/sinks/kafka-sink.js';
import { runObserveCommand } from '../../src/cli/observe-command.js';
import { ProxyMetrics } from '../../src/metrics/proxy-metrics.js';
import { parsePrometheusText, sampleValue } from '../unit/metrics/prometheus-text.js';
import { startKafka, type KafkaCluster } from '../harness/index.js';
import { waitUntil } from './proxy-test-support.js';

const silent = pino({ level: 'silent' });
let audit: KafkaCluster;

beforeAll(async () => {
  audit = await startKafka({ nodes: 1 });
});

afterAll(async () => {
  await audit?.stop();
});

function sinkConfig(topic: string, bufferMaxEvents: number): KafkaSinkConfig {
  return {
    bootstrapServers: audit.bootstrap.split(','),
    topic,
    clientId: 'audit-sink-test',
    createTopic: true,
    partitions: 1,
    replicationFactor: 1,
    tls: { enabled: false, rejectUnauthorized: true },
    bufferMaxEvents,
    batchMaxEvents: 20,
    startTimeoutMs: 15_000,
    requestTimeoutMs: 2000,
    retryBackoffMs: 250,
    healthCheckIntervalMs: 1000,
  };
}

const event = (n: number): AuditEvent =>
  makeEvent('/audit-test', AUDIT_EVENT_TYPES.policyLoaded, { file: 'p.yaml', generation: n }, `n${n}`);

async function idsOnTopic(topic: string): Promise<string[]> {
  const ids: string[] = [];
  for await (const e of readEventTopic(
    { bootstrapServers: audit.bootstrap.split(','), topic },
    { follow: false },
  )) {
    ids.push(e.id);
  }
  return ids;
}

describe('kafka audit sink through an audit-cluster outage', () => {
  it('creates its topic, and after 10 s down delivers every buffered event and counts exactly the drops beyond the bound', async () => {
    const topic = 'audit-outage';
    const logLines: Array<{ level: number; msg: string }> = [];
    const logger = pino(
      { level: 'info' },
      { write: (line: string) => void logLines.push(JSON.parse(line) as { level: number; msg: string }) },
    );
    const sink = new KafkaSink(sinkConfig(topic, 50), logger);
    const metrics = new ProxyMetrics({ maxPrincipalLabels: 5, maxTopicLabels: 5, processMetrics: false });
    metrics.attachAudit(() => [sink]);
    await sink.start();
    const before = Array.from({ length: 10 }, (_, i) => event(i));
    for (const e of before) sink.write(e);
    await waitUntil(() => sink.stats().delivered === 10, 10_000, 'the first 10 events are delivered');

    await audit.stopNode(audit.nodes[0]!.nodeId, { graceful: false });
    const outageStart = Date.now();
    // 80 events while down: 50 fit the buffer, 30 are dropped.
    const during = Array.from({ length: 80 }, (_, i) => event(100 + i));
    // write() never waits for the brokers: it returns nothing to await, and right after the
    // synchronous loop every event is either buffered or counted as dropped.
    for (const e of during) expect(sink.write(e)).toBeUndefined();
    expect(sink.stats()).toMatchObject({ buffered: 50, dropped: 30 });
    await waitUntil(() => !sink.healthy(), 15_000, 'the sink notices the outage');
    expect(sink.problem()).toMatch(/delivery to audit-outage failed|buffer full/);
    await new Promise((r) => setTimeout(r, Math.max(0, 10_000 - (Date.now() - outageStart))));

    await audit.startNode(audit.nodes[0]!.nodeId);
    await waitUntil(() => sink.stats().buffered === 0, 60_000, 'the buffer drains after the restart');
    expect(sink.healthy()).toBe(true);
    const stats = sink.stats();
    expect(stats.dropped).toBe(30);
    expect(stats.delivered).toBe(60);
    expect(stats.deliveryFailures).toBeGreaterThan(0);
    const exposed = parsePrometheusText(await metrics.metrics());
    expect(
      sampleValue(exposed, 'kafka_l7_proxy_audit_events_total', { sink: 'kafka', outcome: 'dropped' }),
    ).toBe(30);
    expect(
      sampleValue(exposed, 'kafka_l7_proxy_audit_events_total', { sink: 'kafka', outcome: 'delivered' }),
    ).toBe(60);
    // Drops are logged once per episode (the counter has the number), not once per event.
    const dropLines = logLines.filter((l) => l.msg.startsWith('audit buffer full: events dropped'));
    expect(dropLines).toHaveLength(1);
    expect(dropLines[0]!.level).toBe(40);
    expect(logLines.some((l) => l.msg === 'audit topic unreachable; buffering events')).toBe(true);
    expect(logLines.some((l) => l.msg.startsWith('audit topic reachable again'))).toBe(true);
    await sink.close();

    const onTopic = new Set(await idsOnTopic(topic));
    const expected = [...before, ...during.slice(0, 50)].map((e) => e.id);
    for (const id of expected) expect(onTopic.has(id), `event ${id} on the topic`).toBe(true);
    for (const e of during.slice(50)) expect(onTopic.has(e.id)).toBe(false);
  }, 180_000);

  it('with onFailure deny refuses requests while the audit cluster is down (noticed while idle) and admits them once it is back', async () => {
    const sink = new KafkaSink(sinkConfig('audit-deny-mode', 1000), silent);
    const log = new AuditLog(
      [sink],
      {
        source: '/t',
        onFailure: 'deny',
        aggregateWindowMs: 60_000,
        aggregateMaxKeys: 100,
        connectionEvents: true,
        mode: () => 'enforce',
      },
      silent,
    );
    await log.start();
    log.emit(event(1));
    await waitUntil(() => sink.stats().delivered === 1, 10_000, 'first delivery');
    expect(log.admitsRequests()).toBe(true);
    expect(log.readiness().ready).toBe(true);

    await audit.stopNode(audit.nodes[0]!.nodeId, { graceful: false });
    // No event is sent meanwhile: the idle sink's health check notices the outage.
    await waitUntil(() => !log.admitsRequests(), 15_000, 'requests are refused');
    expect(log.readiness().ready).toBe(false);
    expect(sink.problem()).toMatch(/health check of audit-deny-mode failed/);
    log.emit(event(2)); // held in the buffer until the cluster is back

    await audit.startNode(audit.nodes[0]!.nodeId);
    await waitUntil(() => log.admitsRequests(), 60_000, 'requests are admitted again');
    expect(sink.stats()).toMatchObject({ delivered: 2, dropped: 0, buffered: 0 });
    expect(log.refusedRequests).toBeGreaterThan(0);
    await log.close();
  }, 180_000);

  it('is followed by observe --bootstrap-server --from-topic -f, which prints events as they arrive and stops when asked', async () => {
    const topic = 'audit-follow';
    const sink = new KafkaSink(sinkConfig(topic, 100), silent);
    await sink.start();
    sink.write(event(1));
    const lines: string[] = [];
    const stop = new AbortController();
    const io = { out: (t: string) => lines.push(t), err: (t: string) => lines.push(`ERR ${t}`) };
    const observing = runObserveCommand(
      ['--bootstrap-server', audit.bootstrap, '--from-topic', topic, '-f'],
      io,
      stop.signal,
    );
    await waitUntil(() => lines.length === 1, 30_000, 'the first event is printed');
    sink.write(event(2));
    sink.write(event(3));
    await waitUntil(() => lines.length === 3, 10_000, 'events written later are printed');
    stop.abort();
    expect(await observing).toBe(0);
    expect(lines.map((l) => /generation=(\d+)/.exec(l)?.[1])).toEqual(['1', '2', '3']);
    expect(lines[0]).toMatch(/POLICY-LOADED +p\.yaml generation=1$/);
    await sink.close();
  }, 60_000);

  it('refuses to start with a clear error when its topic cannot be created', async () => {
    const sink = new KafkaSink({ ...sinkConfig('audit-rf-too-high', 10), replicationFactor: 3 }, silent);
    await expect(sink.start()).rejects.toThrow(
      /^audit\.kafka: .* topic audit-rf-too-high: cannot create the topic: /,
    );
    const missing = new KafkaSink({ ...sinkConfig('audit-missing', 10), createTopic: false }, silent);
    await expect(missing.start()).rejects.toThrow(
      /the topic does not exist \(and audit\.kafka\.createTopic is false\)/,
    );
  }, 60_000);
});
