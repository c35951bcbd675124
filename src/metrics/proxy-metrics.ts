// The proxy's Prometheus metrics, in a registry of their own (never prom-client's global one, so two
// proxies in one process, as in tests, do not mix). Three kinds of source:
// - pushed: policy decisions (a DecisionSink), connection lifecycle and upstream latency (the
//   diagnostics channels of src/proxy/diagnostics.ts, free when nobody subscribes);
// - pulled at scrape time: the proxy's plain counters, the policy store's reload counts, the audit
//   sinks' delivery counts and buffer depth.
// Every label a client can influence (principal, topic) goes through a LabelCap.

import diagnosticsChannel from 'node:diagnostics_channel';
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import type { AuditSink } from '../audit/sinks/audit-sink.js';
import type { PolicyMode } from '../audit/decision-audit.js';
import { listenerLabel } from '../listeners/listener-label.js';
import type { DecisionEvent, DecisionSink } from '../policy/decision-events.js';
import { classifyApiKey } from '../policy/api-classification.js';
import type { PolicyReloadStats } from '../policy/policy-store.js';
import { DECODE_ERROR_REASONS, upstreamReachable, type ProxyCounters } from '../proxy/counters.js';
import { buildVersion } from './build-version.js';
import type { ConnectionEventMessage, UpstreamResponseMessage } from '../proxy/diagnostics.js';
import { KeyedHistogram } from './keyed-histogram.js';
import { LabelCap } from './label-cap.js';

export const METRIC_PREFIX = 'kafka_l7_proxy_';

export interface MetricsOptions {
  /** Distinct principals with their own series; the rest are `_other_`. */
  readonly maxPrincipalLabels: number;
  /** Distinct topics with their own series; the rest are `_other_`. */
  readonly maxTopicLabels: number;
  /**
   * Node.js process metrics (CPU, memory, event loop lag) under their stock names
   * (process_cpu_seconds_total, nodejs_eventloop_lag_seconds), as stock dashboards expect.
   */
  readonly processMetrics?: boolean;
  /** The policy mode, so that a denial in audit mode is counted as would_deny. */
  readonly mode?: () => PolicyMode;
}

function apiName(apiKey: number): string {
  return classifyApiKey(apiKey)?.name ?? 'Unknown';
}

const DECISIONS = ['allowed', 'denied', 'would_deny'] as const;

const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export class ProxyMetrics implements DecisionSink {
  readonly registry = new Registry();
  readonly principals: LabelCap;
  readonly topics: LabelCap;
  private counters: ProxyCounters | undefined;
  private policyStats: (() => PolicyReloadStats) | undefined;
  private auditSinks: () => readonly AuditSink[] = () => [];
  private auditRefused: () => number = () => 0;
  private unboundListeners: () => readonly string[] = () => [];
  private readonly subscriptions: Array<() => void> = [];

  private readonly connectionsActive: Gauge<'listener'>;
  private readonly connectionsTotal: Counter<'listener'>;
  private readonly denials: Counter<'principal' | 'topic' | 'decision'>;
  private readonly latency: KeyedHistogram;
  /** Decided requests by apiKey * 4 + decision index: a plain number on the hot path, labelled at scrape. */
  private readonly requestCounts = new Map<number, number>();

  constructor(private readonly options: MetricsOptions) {
    const registers = [this.registry];
    const p = METRIC_PREFIX;
    this.principals = new LabelCap('principal', options.maxPrincipalLabels);
    this.topics = new LabelCap('topic', options.maxTopicLabels);
    // Node.js process metrics, unless the caller runs several proxies in one process (tests).
    if (options.processMetrics !== false) collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: `${p}build_info`,
      help: 'Always 1; the labels say which build runs (version of package.json, Node.js version)',
      labelNames: ['version', 'nodejs_version'],
      registers,
    }).set({ version: buildVersion(), nodejs_version: process.versions.node }, 1);

    this.connectionsActive = new Gauge({
      name: `${p}connections_active`,
      help: 'Client connections open now, by proxy listener',
      labelNames: ['listener'],
      registers,
    });
    this.connectionsTotal = new Counter({
      name: `${p}connections_total`,
      help: 'Client connections accepted, by proxy listener',
      labelNames: ['listener'],
      registers,
    });
    const self = (): ProxyMetrics => this;
    new Counter({
      name: `${p}requests_total`,
      help: 'Requests decided by the policy, by API key and decision (allowed, denied, would_deny in audit mode)',
      labelNames: ['api_key', 'api', 'decision'],
      registers,
      collect() {
        this.reset();
        for (const [k, n] of self().requestCounts) {
          const apiKey = Math.floor(k / 4);
          this.inc({ api_key: String(apiKey), api: apiName(apiKey), decision: DECISIONS[k % 4]! }, n);
        }
      },
    });
    this.denials = new Counter({
      name: `${p}denials_total`,
      help: 'Denied (or, in audit mode, would-be denied) requests by principal and denied topic (_none_: no topic); labels capped, excess in _other_',
      labelNames: ['principal', 'topic', 'decision'],
      registers,
    });
    this.latency = new KeyedHistogram(
      `${p}upstream_latency_seconds`,
      'Time from forwarding a request to the first bytes of the broker response, by API key',
      LATENCY_BUCKETS,
      (apiKey) => ({ api_key: String(apiKey), api: apiName(apiKey) }),
    );
    this.latency.register(this.registry);

    // Metrics read at scrape time. prom-client calls collect() with the metric as `this`; the readers
    // reach the proxy's state through `self`. A reader yields one [labels, value] per series (nothing
    // when its source is not attached yet); every scrape starts from a reset, so a series whose label
    // went away disappears.
    type Series = Iterable<readonly [Record<string, string>, number]>;
    const pulledCounter = (
      name: string,
      help: string,
      labelNames: string[],
      read: (m: ProxyMetrics) => Series,
    ) =>
      new Counter({
        name: `${p}${name}`,
        help,
        labelNames,
        registers,
        collect() {
          this.reset();
          for (const [labels, n] of read(self())) this.inc(labels, n);
        },
      });
    const pulledGauge = (
      name: string,
      help: string,
      labelNames: string[],
      read: (m: ProxyMetrics) => Series,
    ) =>
      new Gauge({
        name: `${p}${name}`,
        help,
        labelNames,
        registers,
        collect() {
          this.reset();
          for (const [labels, n] of read(self())) this.set(labels, n);
        },
      });
    /** One unlabelled series from the proxy's counters. */
    const fromCounters =
      (read: (c: ProxyCounters) => number) =>
      (m: ProxyMetrics): Series =>
        m.counters ? [[{}, read(m.counters)]] : [];
    /** One series per sink. */
    const perSink =
      (label: string, read: (sink: AuditSink) => number | undefined) =>
      (m: ProxyMetrics): Series =>
        m.auditSinks().flatMap((sink) => {
          const n = read(sink);
          return n === undefined ? [] : [[{ [label]: sink.name }, n] as const];
        });
    const counter = (name: string, help: string, read: (c: ProxyCounters) => number): void => {
      pulledCounter(name, help, [], fromCounters(read));
    };
    const gauge = (name: string, help: string, read: (c: ProxyCounters) => number): void => {
      pulledGauge(name, help, [], fromCounters(read));
    };

    counter(
      'connections_rejected_total',
      'Client connections refused at the connection limit',
      (c) => c.connectionsRejected,
    );
    counter(
      'upstream_connection_errors_total',
      'Connection attempts to a broker that failed (refused, timed out, TLS), from clients and the control connection',
      (c) => c.upstreamConnectErrors,
    );
    gauge(
      'upstream_reachable',
      '1 when the last connection attempt to a broker opened, 0 when it failed',
      (c) => (upstreamReachable(c) ? 1 : 0),
    );
    pulledGauge(
      'listeners_unbound',
      'Listeners the proxy needs (bootstrap, one per known broker node) that could not be bound',
      [],
      (m) => [[{}, m.unboundListeners().length]],
    );
    counter('request_bytes_total', 'Bytes received from clients', (c) => c.bytesFromClients);
    counter('response_bytes_total', 'Bytes sent to clients', (c) => c.bytesToClients);
    counter(
      'requests_forwarded_total',
      'Requests forwarded to a broker (as sent or modified)',
      (c) => c.requestsForwarded,
    );
    counter(
      'requests_answered_total',
      'Requests the proxy answered itself (denials, clamped versions)',
      (c) => c.requestsAnswered,
    );
    counter(
      'requests_dropped_total',
      'Requests neither forwarded nor answered (a denied acks=0 produce)',
      (c) => c.requestsDropped,
    );
    gauge(
      'buffered_bytes',
      'Bytes of the memory budget held now by frames kept whole (requests a policy reads, responses that name brokers or that a policy filters); streamed frames take none',
      (c) => c.bufferedBytes,
    );
    gauge(
      'buffer_budget_bytes',
      'The memory budget shared by all connections (limits.maxBufferedBytes, or a quarter of the container memory limit)',
      (c) => c.bufferBudgetBytes,
    );
    counter(
      'buffer_waits_total',
      'Frames that waited for room in the memory budget (reading from that side paused meanwhile)',
      (c) => c.bufferWaits,
    );
    counter(
      'node_endpoints_removed_total',
      'Streamed Produce/Fetch responses whose KIP-951 NodeEndpoints were removed (a node the proxy did not know)',
      (c) => c.nodeEndpointsRemoved,
    );
    pulledCounter(
      'log_lines_suppressed_total',
      'Log lines held back by the repeated-warning limit (one summary line per interval instead), by kind',
      ['kind'],
      (m) => Object.entries(m.counters?.logLinesSuppressed ?? {}).map(([kind, n]) => [{ kind }, n] as const),
    );
    pulledCounter(
      'sasl_authentications_total',
      'SASL exchanges observed, by the broker answer',
      ['result'],
      (m) =>
        m.counters
          ? [
              [{ result: 'success' }, m.counters.saslAuthenticated],
              [{ result: 'failure' }, m.counters.saslFailed],
            ]
          : [],
    );
    pulledCounter(
      'decode_errors_total',
      'Connections closed because a frame could not be decoded, by reason',
      ['reason'],
      (m) => {
        const closedFor = m.counters?.closedFor;
        return closedFor
          ? DECODE_ERROR_REASONS.map((reason) => [{ reason }, closedFor[reason]] as const)
          : [];
      },
    );
    pulledCounter(
      'connections_closed_by_proxy_total',
      'Client connections the proxy closed, by reason (ordinary client disconnects are not counted)',
      ['reason'],
      (m) => Object.entries(m.counters?.closedFor ?? {}).map(([reason, n]) => [{ reason }, n] as const),
    );
    pulledCounter(
      'policy_reloads_total',
      'Policy file reloads that changed something, by result (applied, rejected); polls that found the file unchanged are not reloads',
      ['result'],
      (m) => {
        if (!m.policyStats) return [];
        const { applied, rejected } = m.policyStats().reloads;
        return [
          [{ result: 'applied' }, applied],
          [{ result: 'rejected' }, rejected],
        ];
      },
    );
    pulledGauge(
      'policy_generation',
      'Generation of the policy in force (1 at start, +1 per applied reload)',
      [],
      (m) => (m.policyStats ? [[{}, m.policyStats().generation]] : []),
    );
    pulledCounter(
      'audit_events_total',
      'Audit events by sink and outcome (delivered, dropped)',
      ['sink', 'outcome'],
      (m) =>
        m.auditSinks().flatMap((sink) => {
          const s = sink.stats();
          return [
            [{ sink: sink.name, outcome: 'delivered' }, s.delivered],
            [{ sink: sink.name, outcome: 'dropped' }, s.dropped],
          ] as const;
        }),
    );
    pulledCounter(
      'audit_delivery_failures_total',
      'Failed delivery attempts by sink (the events stay buffered and are retried)',
      ['sink'],
      perSink('sink', (sink) => sink.stats().deliveryFailures),
    );
    pulledGauge(
      'audit_buffer_events',
      'Audit events waiting in a sink buffer',
      ['sink'],
      perSink('sink', (sink) => sink.stats().buffered),
    );
    pulledGauge(
      'audit_buffer_capacity_events',
      'Bound of a sink buffer; events beyond it are dropped',
      ['sink'],
      perSink('sink', (sink) => {
        const cap = sink.stats().bufferCapacity;
        return cap > 0 ? cap : undefined;
      }),
    );
    pulledGauge(
      'audit_sink_healthy',
      '1 while a sink delivers, 0 after a failed delivery until the next success',
      ['sink'],
      perSink('sink', (sink) => (sink.healthy() ? 1 : 0)),
    );
    pulledCounter(
      'requests_refused_audit_unavailable_total',
      'Requests denied because an audit sink was unhealthy (audit.onFailure: deny)',
      [],
      (m) => [[{}, m.auditRefused()]],
    );
    pulledCounter(
      'metric_label_overflow_total',
      'Observations whose principal or topic label was folded into _other_ by the cardinality cap',
      ['label'],
      (m) => [
        [{ label: 'principal' }, m.principals.overflowed],
        [{ label: 'topic' }, m.topics.overflowed],
      ],
    );
  }

  attachCounters(counters: ProxyCounters): void {
    this.counters = counters;
  }

  /** Where the listeners_unbound gauge reads the listeners that could not be bound. */
  attachListeners(unbound: () => readonly string[]): void {
    this.unboundListeners = unbound;
  }

  attachPolicy(stats: () => PolicyReloadStats): void {
    this.policyStats = stats;
  }

  attachAudit(sinks: () => readonly AuditSink[], refusedRequests: () => number = () => 0): void {
    this.auditSinks = sinks;
    this.auditRefused = refusedRequests;
  }

  /** Listens to the proxy's connection and upstream-response channels until `unsubscribe`. */
  subscribe(): void {
    const onConnection = (message: unknown): void =>
      this.onConnectionEvent(message as ConnectionEventMessage);
    const onResponse = (message: unknown): void =>
      this.onUpstreamResponse(message as UpstreamResponseMessage);
    diagnosticsChannel.subscribe('kafka-l7-proxy:connection', onConnection);
    diagnosticsChannel.subscribe('kafka-l7-proxy:upstream-response', onResponse);
    this.subscriptions.push(
      () => diagnosticsChannel.unsubscribe('kafka-l7-proxy:connection', onConnection),
      () => diagnosticsChannel.unsubscribe('kafka-l7-proxy:upstream-response', onResponse),
    );
  }

  unsubscribe(): void {
    for (const undo of this.subscriptions.splice(0)) undo();
  }

  /** The Prometheus text exposition of every metric. */
  metrics(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  onDecision(event: DecisionEvent): void {
    const d = event.decision;
    const decision = d.allowed ? 'allowed' : this.options.mode?.() === 'audit' ? 'would_deny' : 'denied';
    const k = d.apiKey * 4 + DECISIONS.indexOf(decision);
    this.requestCounts.set(k, (this.requestCounts.get(k) ?? 0) + 1);
    if (d.allowed) return;
    const principal = this.principals.value(d.principal);
    let counted = false;
    for (const t of d.topics) {
      if (t.allowed && d.api.allowed) continue;
      this.denials.inc({ principal, topic: this.topics.value(t.name), decision });
      counted = true;
    }
    if (!counted) this.denials.inc({ principal, topic: '_none_', decision });
  }

  private onConnectionEvent(m: ConnectionEventMessage): void {
    const listener = listenerLabel(m.context.listener);
    if (m.event === 'opened') {
      this.connectionsTotal.inc({ listener });
      this.connectionsActive.inc({ listener });
    } else if (m.event === 'closed') {
      this.connectionsActive.dec({ listener });
    }
  }

  private onUpstreamResponse(m: UpstreamResponseMessage): void {
    this.latency.observe(m.apiKey, m.seconds);
  }
}
