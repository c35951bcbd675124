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
import type { ListenerTarget } from '../listeners/listener-manager.js';
import type { DecisionEvent, DecisionSink } from '../policy/decision-events.js';
import { classifyApiKey } from '../policy/api-classification.js';
import type { PolicyReloadStats } from '../policy/policy-store.js';
import { upstreamReachable, type CloseReason, type ProxyCounters } from '../proxy/counters.js';
import { buildVersion } from './build-version.js';
import type { ConnectionEventMessage, UpstreamResponseMessage } from '../proxy/diagnostics.js';
import { KeyedHistogram } from './keyed-histogram.js';
import { LabelCap } from './label-cap.js';

export const METRIC_PREFIX = 'kafka_l7_proxy_';

/** Close reasons that mean a client (or broker) sent bytes the proxy could not decode. */
export const DECODE_ERROR_REASONS: readonly CloseReason[] = [
  'frame-too-large',
  'negative-frame-length',
  'truncated-frame',
  'undecodable-header',
  'unsupported-api',
  'unsupported-version',
  'bad-response',
];

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

export function listenerLabel(target: ListenerTarget): string {
  return target.kind === 'node' ? `node-${target.nodeId}` : 'bootstrap';
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

    // collect() callbacks get the metric as `this`; they reach the proxy's state through `self`.
    const pulled = (name: string, help: string, read: (c: ProxyCounters) => number): void => {
      new Counter({
        name: `${p}${name}`,
        help,
        registers,
        collect() {
          this.reset();
          const c = self().counters;
          if (c) this.inc(read(c));
        },
      });
    };
    pulled(
      'connections_rejected_total',
      'Client connections refused at the connection limit',
      (c) => c.connectionsRejected,
    );
    pulled(
      'upstream_connection_errors_total',
      'Connection attempts to a broker that failed (refused, timed out, TLS), from clients and the control connection',
      (c) => c.upstreamConnectErrors,
    );
    new Gauge({
      name: `${p}upstream_reachable`,
      help: '1 when the last connection attempt to a broker opened, 0 when it failed',
      registers,
      collect() {
        const c = self().counters;
        if (c) this.set(upstreamReachable(c) ? 1 : 0);
      },
    });
    new Gauge({
      name: `${p}listeners_unbound`,
      help: 'Listeners the proxy needs (bootstrap, one per known broker node) that could not be bound',
      registers,
      collect() {
        this.set(self().unboundListeners().length);
      },
    });
    pulled('request_bytes_total', 'Bytes received from clients', (c) => c.bytesFromClients);
    pulled('response_bytes_total', 'Bytes sent to clients', (c) => c.bytesToClients);
    pulled(
      'requests_forwarded_total',
      'Requests forwarded to a broker (as sent or modified)',
      (c) => c.requestsForwarded,
    );
    pulled(
      'requests_answered_total',
      'Requests the proxy answered itself (denials, clamped versions)',
      (c) => c.requestsAnswered,
    );
    pulled(
      'requests_dropped_total',
      'Requests neither forwarded nor answered (a denied acks=0 produce)',
      (c) => c.requestsDropped,
    );
    new Gauge({
      name: `${p}buffered_bytes`,
      help: 'Bytes of the memory budget held now by frames kept whole (requests a policy reads, responses that name brokers or that a policy filters); streamed frames take none',
      registers,
      collect() {
        const c = self().counters;
        if (c) this.set(c.bufferedBytes);
      },
    });
    new Gauge({
      name: `${p}buffer_budget_bytes`,
      help: 'The memory budget shared by all connections (limits.maxBufferedBytes, or a quarter of the container memory limit)',
      registers,
      collect() {
        const c = self().counters;
        if (c) this.set(c.bufferBudgetBytes);
      },
    });
    pulled(
      'buffer_waits_total',
      'Frames that waited for room in the memory budget (reading from that side paused meanwhile)',
      (c) => c.bufferWaits,
    );
    pulled(
      'node_endpoints_removed_total',
      'Streamed Produce/Fetch responses whose KIP-951 NodeEndpoints were removed (a node the proxy did not know)',
      (c) => c.nodeEndpointsRemoved,
    );
    new Counter({
      name: `${p}log_lines_suppressed_total`,
      help: 'Log lines held back by the repeated-warning limit (one summary line per interval instead), by kind',
      labelNames: ['kind'],
      registers,
      collect() {
        this.reset();
        const c = self().counters;
        if (!c) return;
        for (const [kind, n] of Object.entries(c.logLinesSuppressed)) this.inc({ kind }, n);
      },
    });
    new Counter({
      name: `${p}sasl_authentications_total`,
      help: 'SASL exchanges observed, by the broker answer',
      labelNames: ['result'],
      registers,
      collect() {
        this.reset();
        const c = self().counters;
        if (!c) return;
        this.inc({ result: 'success' }, c.saslAuthenticated);
        this.inc({ result: 'failure' }, c.saslFailed);
      },
    });
    new Counter({
      name: `${p}decode_errors_total`,
      help: 'Connections closed because a frame could not be decoded, by reason',
      labelNames: ['reason'],
      registers,
      collect() {
        this.reset();
        const c = self().counters;
        if (!c) return;
        for (const reason of DECODE_ERROR_REASONS) this.inc({ reason }, c.closedFor[reason]);
      },
    });
    new Counter({
      name: `${p}connections_closed_by_proxy_total`,
      help: 'Client connections the proxy closed, by reason (ordinary client disconnects are not counted)',
      labelNames: ['reason'],
      registers,
      collect() {
        this.reset();
        const c = self().counters;
        if (!c) return;
        for (const [reason, n] of Object.entries(c.closedFor)) this.inc({ reason }, n);
      },
    });
    new Counter({
      name: `${p}policy_reloads_total`,
      help: 'Policy file reloads that changed something, by result (applied, rejected); polls that found the file unchanged are not reloads',
      labelNames: ['result'],
      registers,
      collect() {
        this.reset();
        const stats = self().policyStats;
        if (!stats) return;
        const { applied, rejected } = stats().reloads;
        this.inc({ result: 'applied' }, applied);
        this.inc({ result: 'rejected' }, rejected);
      },
    });
    new Gauge({
      name: `${p}policy_generation`,
      help: 'Generation of the policy in force (1 at start, +1 per applied reload)',
      registers,
      collect() {
        const stats = self().policyStats;
        if (stats) this.set(stats().generation);
      },
    });
    new Counter({
      name: `${p}audit_events_total`,
      help: 'Audit events by sink and outcome (delivered, dropped)',
      labelNames: ['sink', 'outcome'],
      registers,
      collect() {
        this.reset();
        for (const sink of self().auditSinks()) {
          const s = sink.stats();
          this.inc({ sink: sink.name, outcome: 'delivered' }, s.delivered);
          this.inc({ sink: sink.name, outcome: 'dropped' }, s.dropped);
        }
      },
    });
    new Counter({
      name: `${p}audit_delivery_failures_total`,
      help: 'Failed delivery attempts by sink (the events stay buffered and are retried)',
      labelNames: ['sink'],
      registers,
      collect() {
        this.reset();
        for (const sink of self().auditSinks()) this.inc({ sink: sink.name }, sink.stats().deliveryFailures);
      },
    });
    new Gauge({
      name: `${p}audit_buffer_events`,
      help: 'Audit events waiting in a sink buffer',
      labelNames: ['sink'],
      registers,
      collect() {
        this.reset();
        for (const sink of self().auditSinks()) this.set({ sink: sink.name }, sink.stats().buffered);
      },
    });
    new Gauge({
      name: `${p}audit_buffer_capacity_events`,
      help: 'Bound of a sink buffer; events beyond it are dropped',
      labelNames: ['sink'],
      registers,
      collect() {
        this.reset();
        for (const sink of self().auditSinks()) {
          const cap = sink.stats().bufferCapacity;
          if (cap > 0) this.set({ sink: sink.name }, cap);
        }
      },
    });
    new Gauge({
      name: `${p}audit_sink_healthy`,
      help: '1 while a sink delivers, 0 after a failed delivery until the next success',
      labelNames: ['sink'],
      registers,
      collect() {
        this.reset();
        for (const sink of self().auditSinks()) this.set({ sink: sink.name }, sink.healthy() ? 1 : 0);
      },
    });
    new Counter({
      name: `${p}requests_refused_audit_unavailable_total`,
      help: 'Requests denied because an audit sink was unhealthy (audit.onFailure: deny)',
      registers,
      collect() {
        this.reset();
        this.inc(self().auditRefused());
      },
    });
    new Counter({
      name: `${p}metric_label_overflow_total`,
      help: 'Observations whose principal or topic label was folded into _other_ by the cardinality cap',
      labelNames: ['label'],
      registers,
      collect() {
        this.reset();
        this.inc({ label: 'principal' }, self().principals.overflowed);
        this.inc({ label: 'topic' }, self().topics.overflowed);
      },
    });
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
