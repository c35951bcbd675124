import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AuditSink, AuditSinkStats } from '../../../src/audit/sinks/audit-sink.js';
import { LabelCap, OTHER_LABEL_VALUE } from '../../../src/metrics/label-cap.js';
import { ProxyMetrics } from '../../../src/metrics/proxy-metrics.js';
import { createCounters } from '../../../src/proxy/counters.js';
import {
  connectionChannel,
  upstreamResponseChannel,
  type ConnectionEventMessage,
} from '../../../src/proxy/diagnostics.js';
import { connectionFor, K } from '../audit/audit-fixtures.js';
import { parsePrometheusText, sampleSum, sampleValue } from './prometheus-text.js';

function metrics(maxPrincipals = 50, maxTopics = 100, mode: 'enforce' | 'audit' = 'enforce') {
  return new ProxyMetrics({
    maxPrincipalLabels: maxPrincipals,
    maxTopicLabels: maxTopics,
    processMetrics: false,
    mode: () => mode,
  });
}

describe('label caps', () => {
  it('give the first N distinct values their own series and fold the rest into _other_', () => {
    const cap = new LabelCap('topic', 2);
    expect(['a', 'b', 'a', 'c', 'd', 'b'].map((v) => cap.value(v))).toEqual([
      'a',
      'b',
      'a',
      OTHER_LABEL_VALUE,
      OTHER_LABEL_VALUE,
      'b',
    ]);
    expect(cap.overflowed).toBe(2);
    expect(cap.distinct).toBe(2);
  });

  it('bound the denial series whatever principals and topics clients use', async () => {
    const m = metrics(3, 5);
    for (let p = 0; p < 20; p++) {
      const conn = connectionFor(`User:p${p}`, m);
      for (let t = 0; t < 20; t++)
        conn.decide({ apiKey: K.Produce, apiVersion: 9, clientId: 'x', topics: [`t${t}`] });
    }
    const families = parsePrometheusText(await m.metrics());
    const series = families.get('kafka_l7_proxy_denials_total')!.samples;
    const principals = new Set(series.map((s) => s.labels.principal));
    const topics = new Set(series.map((s) => s.labels.topic));
    expect(principals.size).toBe(4); // 3 + _other_
    expect(topics.size).toBe(6); // 5 + _other_
    expect(sampleSum(families, 'kafka_l7_proxy_denials_total')).toBe(400);
    expect(
      sampleValue(families, 'kafka_l7_proxy_metric_label_overflow_total', { label: 'principal' }),
    ).toBeGreaterThan(0);
  });
});

describe('Prometheus exposition', () => {
  it('parses strictly and its counters match the decisions, bytes and connections observed', async () => {
    const m = metrics();
    const counters = createCounters();
    m.attachCounters(counters);
    m.subscribe();
    try {
      const api = connectionFor('User:payments-api', m);
      for (let i = 0; i < 7; i++)
        api.decide({ apiKey: K.Produce, apiVersion: 9, clientId: 'p', topics: ['payments.commands'] });
      for (let i = 0; i < 3; i++)
        api.decide({ apiKey: K.Produce, apiVersion: 9, clientId: 'p', topics: ['ledger'] });
      counters.bytesFromClients = 1234;
      counters.bytesToClients = 99;
      counters.closedFor['truncated-frame'] = 2;
      const context = {
        id: 1,
        listener: { kind: 'node', nodeId: 2 },
        remoteAddress: '127.0.0.1',
        remotePort: 5000,
        tls: undefined,
        sasl: { mechanism: undefined, user: undefined, authenticated: false },
        clientId: null,
      } as const;
      const open: ConnectionEventMessage = {
        event: 'opened',
        context,
        localAddress: '127.0.0.1',
        localPort: 9102,
      };
      connectionChannel.publish(open);
      connectionChannel.publish({ ...open, context: { ...context, id: 2 } });
      connectionChannel.publish({ ...open, event: 'closed' });
      for (const seconds of [0.002, 0.004, 0.3]) {
        upstreamResponseChannel.publish({ connectionId: 1, apiKey: K.Produce, apiVersion: 9, seconds });
      }
      const f = parsePrometheusText(await m.metrics());
      expect(
        sampleValue(f, 'kafka_l7_proxy_requests_total', {
          api_key: '0',
          api: 'Produce',
          decision: 'allowed',
        }),
      ).toBe(7);
      expect(sampleValue(f, 'kafka_l7_proxy_requests_total', { api_key: '0', decision: 'denied' })).toBe(3);
      expect(
        sampleValue(f, 'kafka_l7_proxy_denials_total', { principal: 'User:payments-api', topic: 'ledger' }),
      ).toBe(3);
      expect(sampleValue(f, 'kafka_l7_proxy_request_bytes_total')).toBe(1234);
      expect(sampleValue(f, 'kafka_l7_proxy_response_bytes_total')).toBe(99);
      expect(sampleValue(f, 'kafka_l7_proxy_decode_errors_total', { reason: 'truncated-frame' })).toBe(2);
      expect(sampleValue(f, 'kafka_l7_proxy_connections_total', { listener: 'node-2' })).toBe(2);
      expect(sampleValue(f, 'kafka_l7_proxy_connections_active', { listener: 'node-2' })).toBe(1);
      expect(sampleValue(f, 'kafka_l7_proxy_upstream_latency_seconds_count', { api: 'Produce' })).toBe(3);
      expect(
        sampleValue(f, 'kafka_l7_proxy_upstream_latency_seconds_bucket', { api: 'Produce', le: '0.005' }),
      ).toBe(2);
      for (const [name, family] of f) {
        expect(name.startsWith('kafka_l7_proxy_'), name).toBe(true);
        if (family.type === 'counter') expect(name.endsWith('_total'), name).toBe(true);
      }
    } finally {
      m.unsubscribe();
    }
  });

  it('counts audit-mode denials as would_deny', async () => {
    const m = metrics(50, 100, 'audit');
    connectionFor('User:nobody', m).decide({ apiKey: K.Fetch, apiVersion: 12, clientId: 'c', topics: ['x'] });
    const f = parsePrometheusText(await m.metrics());
    expect(sampleValue(f, 'kafka_l7_proxy_requests_total', { api: 'Fetch', decision: 'would_deny' })).toBe(1);
    expect(sampleValue(f, 'kafka_l7_proxy_denials_total', { decision: 'would_deny', topic: 'x' })).toBe(1);
  });

  it('reports audit delivery, drops and buffer depth per sink', async () => {
    const m = metrics();
    const stats: AuditSinkStats = {
      delivered: 10,
      dropped: 4,
      deliveryFailures: 2,
      buffered: 7,
      bufferCapacity: 100,
    };
    const sink = { name: 'kafka', stats: () => stats, healthy: () => false } as unknown as AuditSink;
    m.attachAudit(
      () => [sink],
      () => 5,
    );
    const f = parsePrometheusText(await m.metrics());
    expect(sampleValue(f, 'kafka_l7_proxy_audit_events_total', { sink: 'kafka', outcome: 'delivered' })).toBe(
      10,
    );
    expect(sampleValue(f, 'kafka_l7_proxy_audit_events_total', { sink: 'kafka', outcome: 'dropped' })).toBe(
      4,
    );
    expect(sampleValue(f, 'kafka_l7_proxy_audit_delivery_failures_total', { sink: 'kafka' })).toBe(2);
    expect(sampleValue(f, 'kafka_l7_proxy_audit_buffer_events', { sink: 'kafka' })).toBe(7);
    expect(sampleValue(f, 'kafka_l7_proxy_audit_buffer_capacity_events', { sink: 'kafka' })).toBe(100);
    expect(sampleValue(f, 'kafka_l7_proxy_audit_sink_healthy', { sink: 'kafka' })).toBe(0);
    expect(sampleValue(f, 'kafka_l7_proxy_requests_refused_audit_unavailable_total')).toBe(5);
  });
});

describe('process metrics and build info', () => {
  it('export Node.js process metrics under their stock names, not under the project prefix', async () => {
    const m = new ProxyMetrics({ maxPrincipalLabels: 1, maxTopicLabels: 1 });
    const names = [...parsePrometheusText(await m.metrics()).keys()];
    expect(names).toEqual(
      expect.arrayContaining(['process_cpu_seconds_total', 'nodejs_eventloop_lag_seconds']),
    );
    expect(names.filter((n) => /^kafka_l7_proxy_(process|nodejs)_/.test(n))).toEqual([]);
  });

  it('export kafka_l7_proxy_build_info with the version of package.json', async () => {
    const { version } = JSON.parse(
      readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'),
    ) as {
      version: string;
    };
    const parsed = parsePrometheusText(await metrics().metrics());
    expect(
      sampleValue(parsed, 'kafka_l7_proxy_build_info', { version, nodejs_version: process.versions.node }),
    ).toBe(1);
  });

  it('count broker connection errors from the proxy counters', async () => {
    const m = metrics();
    const counters = createCounters();
    m.attachCounters(counters);
    counters.upstreamConnectErrors = 3;
    const parsed = parsePrometheusText(await m.metrics());
    expect(sampleValue(parsed, 'kafka_l7_proxy_upstream_connection_errors_total')).toBe(3);
  });
});

describe('docs/audit-events.md', () => {
  it('lists every metric family the proxy exports, and no other', async () => {
    const families = [...parsePrometheusText(await metrics().metrics()).keys()].map((n) =>
      n.slice('kafka_l7_proxy_'.length),
    );
    expect(families).toEqual(expect.arrayContaining(['build_info', 'upstream_connection_errors_total']));
    const doc = readFileSync(new URL('../../../docs/audit-events.md', import.meta.url), 'utf8');
    const section = doc.slice(doc.indexOf('## Metrics'), doc.indexOf('### Label cardinality'));
    // The first cell of each table row: one or more `name`s.
    const documented = section
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .flatMap((line) => [...line.split('|')[1]!.matchAll(/`([a-z_]+)`/g)].map((m) => m[1]!));
    expect(new Set(documented)).toEqual(new Set(families));
  });
});

describe('the strict text-format parser', () => {
  const ok = '# HELP a_total x\n# TYPE a_total counter\na_total{l="v"} 3\n';
  it('accepts a well-formed family', () => {
    expect(sampleValue(parsePrometheusText(ok), 'a_total', { l: 'v' })).toBe(3);
  });
  it.each([
    ['a sample before its TYPE', 'a_total 1\n'],
    ['a missing final newline', ok.slice(0, -1)],
    ['a bad escape', '# TYPE a counter\na{l="\\x"} 1\n'],
    ['a negative counter', '# TYPE a counter\na -1\n'],
    ['a duplicate series', '# TYPE a gauge\na{l="v"} 1\na{l="v"} 2\n'],
    ['a split family', '# TYPE a gauge\na 1\n# TYPE b gauge\nb 1\n# TYPE a gauge\n'],
    [
      'a histogram whose +Inf bucket differs from its count',
      '# TYPE h histogram\nh_bucket{le="1"} 1\nh_bucket{le="+Inf"} 2\nh_sum 1\nh_count 3\n',
    ],
    ['an unparsable value', '# TYPE a gauge\na one\n'],
  ])('rejects %s', (_, text) => {
    expect(() => parsePrometheusText(text)).toThrow();
  });
});
