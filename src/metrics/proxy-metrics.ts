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
import { registerScrapedMetrics, type ScrapedMetric, type Series } from './scraped-metrics.js';
import { LabelCap } from './label-cap.js';
import { CONTROL_FAILURE_REASONS, type ControlSessionState } from '../upstream/control-session-status.js';

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

/** What the scrape-time metrics read: the proxy's state, attached after construction. */
interface ScrapeSources {
  counters?: ProxyCounters;
  policyStats?: () => PolicyReloadStats;
  auditSinks: () => readonly AuditSink[];
  auditRefused: () => number;
  unboundListeners: () => readonly string[];
  /** The control connection's state (the proxy's), when attached. */
  controlSession?: () => ControlSessionState;
  /** Decided requests by apiKey * 4 + decision index: a plain number on the hot path, labelled at scrape. */
  readonly requestCounts: Map<number, number>;
  readonly principals: LabelCap;
  readonly topics: LabelCap;
}

/** One series per audit sink, labelled `sink`, where `read` has a value for it. */
const perSink =
  (read: (sink: AuditSink) => number | undefined) =>
  (s: ScrapeSources): Series[] =>
    s.auditSinks().flatMap((sink) => {
      const n = read(sink);
      return n === undefined ? [] : [[{ sink: sink.name }, n] as const];
    });

/** Two series of one label, e.g. result="applied" and result="rejected". */
const pairOf = (label: string, [a, b]: readonly [string, string], [x, y]: readonly [number, number]) =>
  [
    [{ [label]: a }, x],
    [{ [label]: b }, y],
  ] as const;

/** The metrics read at scrape time, in exposition order (docs/audit-events.md, "Metrics", documents them). */
const SCRAPED: readonly ScrapedMetric<ScrapeSources>[] = [
  {
    type: 'gauge',
    name: 'build_info',
    help: 'Always 1; the labels say which build runs (version of package.json, Node.js version)',
    labelNames: ['version', 'nodejs_version'],
    read: () => [[{ version: buildVersion(), nodejs_version: process.versions.node }, 1]],
  },
  {
    type: 'counter',
    name: 'requests_total',
    help: 'Requests decided by the policy, by API key and decision (allowed, denied, would_deny in audit mode)',
    labelNames: ['api_key', 'api', 'decision'],
    read: (s) =>
      [...s.requestCounts].map(([k, n]) => {
        const apiKey = Math.floor(k / 4);
        return [{ api_key: String(apiKey), api: apiName(apiKey), decision: DECISIONS[k % 4]! }, n] as const;
      }),
  },
  {
    type: 'counter',
    name: 'connections_rejected_total',
    help: 'Client connections refused at the connection limit',
    read: (s) => s.counters?.connectionsRejected,
  },
  {
    type: 'counter',
    name: 'upstream_connection_errors_total',
    help: 'Connection attempts to a broker that failed (refused, timed out, TLS), from clients and the control connection',
    read: (s) => s.counters?.upstreamConnectErrors,
  },
  {
    type: 'gauge',
    name: 'upstream_reachable',
    help: '1 when the last connection attempt to a broker opened, 0 when it failed',
    read: (s) => s.counters && (upstreamReachable(s.counters) ? 1 : 0),
  },
  {
    type: 'gauge',
    name: 'upstream_control_session_ready',
    help: "1 when the control connection's last broker-list refresh got a Metadata answer (TLS and SASL handshake included), 0 otherwise; /readyz follows it",
    read: (s) => s.controlSession && (s.controlSession().ready ? 1 : 0),
  },
  {
    type: 'counter',
    name: 'upstream_control_session_failures_total',
    help: 'Control connection attempts to a bootstrap broker that got no Metadata answer, by reason (unreachable, sasl_not_configured, sasl_mechanism_refused, sasl_authentication_failed, closed, timeout, other)',
    labelNames: ['reason'],
    read: (s) => {
      if (!s.controlSession) return undefined;
      const failures = s.controlSession().failures;
      return CONTROL_FAILURE_REASONS.map((reason) => [{ reason }, failures[reason]] as const);
    },
  },
  {
    type: 'gauge',
    name: 'listeners_unbound',
    help: 'Listeners the proxy needs (bootstrap, one per known broker node) that could not be bound',
    read: (s) => s.unboundListeners().length,
  },
  {
    type: 'counter',
    name: 'request_bytes_total',
    help: 'Bytes received from clients',
    read: (s) => s.counters?.bytesFromClients,
  },
  {
    type: 'counter',
    name: 'response_bytes_total',
    help: 'Bytes sent to clients',
    read: (s) => s.counters?.bytesToClients,
  },
  {
    type: 'counter',
    name: 'requests_forwarded_total',
    help: 'Requests forwarded to a broker (as sent or modified)',
    read: (s) => s.counters?.requestsForwarded,
  },
  {
    type: 'counter',
    name: 'requests_answered_total',
    help: 'Requests the proxy answered itself (denials, clamped versions)',
    read: (s) => s.counters?.requestsAnswered,
  },
  {
    type: 'counter',
    name: 'requests_dropped_total',
    help: 'Requests neither forwarded nor answered (a denied acks=0 produce)',
    read: (s) => s.counters?.requestsDropped,
  },
  {
    type: 'gauge',
    name: 'buffered_bytes',
    help: 'Bytes of the memory budget held now by frames kept whole (requests a policy reads, responses that name brokers or that a policy filters); streamed frames take none',
    read: (s) => s.counters?.bufferedBytes,
  },
  {
    type: 'gauge',
    name: 'buffer_budget_bytes',
    help: 'The memory budget shared by all connections (limits.maxBufferedBytes, or a quarter of the container memory limit)',
    read: (s) => s.counters?.bufferBudgetBytes,
  },
  {
    type: 'counter',
    name: 'buffer_waits_total',
    help: 'Frames that waited for room in the memory budget (reading from that side paused meanwhile)',
    read: (s) => s.counters?.bufferWaits,
  },
  {
    type: 'counter',
    name: 'node_endpoints_removed_total',
    help: 'Streamed Produce/Fetch responses whose KIP-951 NodeEndpoints were removed (a node the proxy did not know)',
    read: (s) => s.counters?.nodeEndpointsRemoved,
  },
  {
    type: 'counter',
    name: 'log_lines_suppressed_total',
    help: 'Log lines held back by the repeated-warning limit (one summary line per interval instead), by kind',
    labelNames: ['kind'],
    read: (s) =>
      Object.entries(s.counters?.logLinesSuppressed ?? {}).map(([kind, n]) => [{ kind }, n] as const),
  },
  {
    type: 'counter',
    name: 'sasl_authentications_total',
    help: 'SASL exchanges observed, by the broker answer',
    labelNames: ['result'],
    read: ({ counters: c }) =>
      c && pairOf('result', ['success', 'failure'], [c.saslAuthenticated, c.saslFailed]),
  },
  {
    type: 'counter',
    name: 'decode_errors_total',
    help: 'Connections closed because a frame could not be decoded, by reason',
    labelNames: ['reason'],
    read: (s) => {
      const closedFor = s.counters?.closedFor;
      return closedFor && DECODE_ERROR_REASONS.map((reason) => [{ reason }, closedFor[reason]] as const);
    },
  },
  {
    type: 'counter',
    name: 'connections_closed_by_proxy_total',
    help: 'Client connections the proxy closed, by reason (ordinary client disconnects are not counted)',
    labelNames: ['reason'],
    read: (s) => Object.entries(s.counters?.closedFor ?? {}).map(([reason, n]) => [{ reason }, n] as const),
  },
  {
    type: 'counter',
    name: 'policy_reloads_total',
    help: 'Policy file reloads that changed something, by result (applied, rejected); polls that found the file unchanged are not reloads',
    labelNames: ['result'],
    read: (s) => {
      const reloads = s.policyStats?.().reloads;
      return reloads && pairOf('result', ['applied', 'rejected'], [reloads.applied, reloads.rejected]);
    },
  },
  {
    type: 'gauge',
    name: 'policy_generation',
    help: 'Generation of the policy in force (1 at start, +1 per applied reload)',
    read: (s) => s.policyStats?.().generation,
  },
  {
    type: 'counter',
    name: 'audit_events_total',
    help: 'Audit events by sink and outcome (delivered, dropped)',
    labelNames: ['sink', 'outcome'],
    read: (s) =>
      s.auditSinks().flatMap((sink) => {
        const { delivered, dropped } = sink.stats();
        return [
          [{ sink: sink.name, outcome: 'delivered' }, delivered],
          [{ sink: sink.name, outcome: 'dropped' }, dropped],
        ] as const;
      }),
  },
  {
    type: 'counter',
    name: 'audit_delivery_failures_total',
    help: 'Failed delivery attempts by sink (the events stay buffered and are retried)',
    labelNames: ['sink'],
    read: perSink((sink) => sink.stats().deliveryFailures),
  },
  {
    type: 'gauge',
    name: 'audit_buffer_events',
    help: 'Audit events waiting in a sink buffer',
    labelNames: ['sink'],
    read: perSink((sink) => sink.stats().buffered),
  },
  {
    type: 'gauge',
    name: 'audit_buffer_capacity_events',
    help: 'Bound of a sink buffer; events beyond it are dropped',
    labelNames: ['sink'],
    read: perSink((sink) => {
      const cap = sink.stats().bufferCapacity;
      return cap > 0 ? cap : undefined;
    }),
  },
  {
    type: 'gauge',
    name: 'audit_sink_healthy',
    help: '1 while a sink delivers, 0 after a failed delivery until the next success',
    labelNames: ['sink'],
    read: perSink((sink) => (sink.healthy() ? 1 : 0)),
  },
  {
    type: 'counter',
    name: 'requests_refused_audit_unavailable_total',
    help: 'Requests denied because an audit sink was unhealthy (audit.onFailure: deny)',
    read: (s) => s.auditRefused(),
  },
  {
    type: 'counter',
    name: 'metric_label_overflow_total',
    help: 'Observations whose principal or topic label was folded into _other_ by the cardinality cap',
    labelNames: ['label'],
    read: (s) => pairOf('label', ['principal', 'topic'], [s.principals.overflowed, s.topics.overflowed]),
  },
];

export class ProxyMetrics implements DecisionSink {
  readonly registry = new Registry();
  readonly principals: LabelCap;
  readonly topics: LabelCap;
  private readonly subscriptions: Array<() => void> = [];
  private readonly sources: ScrapeSources;

  private readonly connectionsActive: Gauge<'listener'>;
  private readonly connectionsTotal: Counter<'listener'>;
  private readonly denials: Counter<'principal' | 'topic' | 'decision'>;
  private readonly latency: KeyedHistogram;

  constructor(private readonly options: MetricsOptions) {
    const registers = [this.registry];
    const p = METRIC_PREFIX;
    this.principals = new LabelCap('principal', options.maxPrincipalLabels);
    this.topics = new LabelCap('topic', options.maxTopicLabels);
    this.sources = {
      auditSinks: () => [],
      auditRefused: () => 0,
      unboundListeners: () => [],
      requestCounts: new Map(),
      principals: this.principals,
      topics: this.topics,
    };
    // Node.js process metrics, unless the caller runs several proxies in one process (tests).
    if (options.processMetrics !== false) collectDefaultMetrics({ register: this.registry });
    // Metrics pushed as events happen (connections, denials by principal and topic, latency).
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
    // Metrics read at scrape time.
    registerScrapedMetrics(this.registry, p, SCRAPED, () => this.sources);
  }

  attachCounters(counters: ProxyCounters): void {
    this.sources.counters = counters;
  }

  /** Where the listeners_unbound gauge reads the listeners that could not be bound. */
  attachListeners(unbound: () => readonly string[]): void {
    this.sources.unboundListeners = unbound;
  }

  /** Where the upstream_control_session_* metrics read the control connection's state. */
  attachControlSession(state: () => ControlSessionState): void {
    this.sources.controlSession = state;
  }

  attachPolicy(stats: () => PolicyReloadStats): void {
    this.sources.policyStats = stats;
  }

  attachAudit(sinks: () => readonly AuditSink[], refusedRequests: () => number = () => 0): void {
    this.sources.auditSinks = sinks;
    this.sources.auditRefused = refusedRequests;
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
    const counts = this.sources.requestCounts;
    counts.set(k, (counts.get(k) ?? 0) + 1);
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
