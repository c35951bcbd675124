// The proxy's audit trail: builds events (decisions, connections, policy reloads) and hands each to
// every configured sink. Sinks deliver in the background; `sinkHealthy()` tells the enforcement
// filter whether they keep up, and with `audit.onFailure: deny` it denies new requests while they do not.

import { hostname } from 'node:os';
import type { Logger } from '../log.js';
import type { DecisionSink } from '../policy/decision-events.js';
import type { ReloadOutcome } from '../policy/policy-store.js';
import type { AuditConfig } from './audit-config.js';
import { formatRecord, type AuditFormat, type AuditRecord } from './audit-record.js';
import {
  AUDIT_EVENT_TYPES,
  makeEvent,
  type AuditConnection,
  type AuditEvent,
  type ConnectionData,
} from './audit-event.js';
import { ConnectionEventAggregator } from './connection-aggregator.js';
import { DecisionAuditSink, type DecisionAuditOptions, type PolicyMode } from './decision-audit.js';
import type { AuditSink } from './sinks/audit-sink.js';
import { FileSink } from './sinks/file-sink.js';
import { KafkaSink } from './sinks/kafka-sink.js';
import { StdoutSink } from './sinks/stdout-sink.js';

export interface AuditLogOptions {
  readonly source: string;
  readonly onFailure: 'drop' | 'deny';
  readonly aggregateWindowMs: number;
  readonly aggregateMaxKeys: number;
  readonly connectionEvents: boolean;
  /** The policy mode in force (it can change with a reload, so it is asked each time). */
  readonly mode: () => PolicyMode;
  /** Addresses of a connection by id, for decision events (see DecisionAuditOptions). */
  readonly addresses?: DecisionAuditOptions['addresses'];
  readonly topicIdOf?: DecisionAuditOptions['topicIdOf'];
  /** The record format of each sink (default cloudevents). */
  readonly formats?: Partial<Record<AuditSink['name'], AuditFormat>>;
}

export interface ConnectionInfo {
  readonly connection: AuditConnection;
  readonly principal?: string;
  readonly identitySource?: string;
  readonly clientId?: string | null;
}

/** The audit trail cannot start: each line names a sink, its destination and the cause. */
export class AuditStartError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`cannot start the audit sinks:\n  - ${problems.join('\n  - ')}`);
    this.name = 'AuditStartError';
  }
}

export class AuditLog {
  private readonly decisions: DecisionAuditSink;
  private readonly connections: ConnectionEventAggregator;
  private started = false;
  private refused = 0;

  constructor(
    readonly sinks: readonly AuditSink[],
    private readonly options: AuditLogOptions,
    private readonly log: Logger,
  ) {
    this.decisions = new DecisionAuditSink(options, (event) => this.emit(event));
    this.connections = new ConnectionEventAggregator(
      { windowMs: options.aggregateWindowMs, maxKeys: options.aggregateMaxKeys },
      (type, data, timeMs) => this.emit(makeEvent(this.options.source, type, data, data.principal, timeMs)),
    );
  }

  /** Starts every sink; when one cannot start, stops those that did and throws its error. */
  async start(): Promise<void> {
    const results = await Promise.allSettled(this.sinks.map((s) => s.start()));
    const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    if (failures.length > 0) {
      await Promise.allSettled(this.sinks.map((s) => s.close(0)));
      const messages = failures.map((f) => (f instanceof Error ? f.message : String(f)));
      throw new AuditStartError(messages);
    }
    this.decisions.start();
    this.connections.start();
    this.started = true;
  }

  /** Where the policy's decisions go (one of the sinks of the proxy's FanOutDecisionSink). */
  get decisionSink(): DecisionSink {
    return this.decisions;
  }

  get onFailure(): 'drop' | 'deny' {
    return this.options.onFailure;
  }

  emit(event: AuditEvent): void {
    let ocsf: AuditRecord | undefined;
    for (const sink of this.sinks) {
      try {
        const format = this.options.formats?.[sink.name] ?? 'cloudevents';
        sink.write(format === 'ocsf' ? (ocsf ??= formatRecord(event, 'ocsf')) : event);
      } catch (error) {
        this.log.error({ sink: sink.name, err: (error as Error).message }, 'audit sink threw');
      }
    }
  }

  /** True when every sink is delivering (none failing, no buffer full). */
  sinkHealthy(): boolean {
    for (const sink of this.sinks) if (!sink.healthy()) return false;
    return true;
  }

  /**
   * False only with `onFailure: deny` while a sink is unhealthy: the enforcement filter then denies
   * the request. Each false answer counts one refused request.
   */
  admitsRequests(): boolean {
    if (this.options.onFailure !== 'deny' || this.sinkHealthy()) return true;
    this.refused++;
    return false;
  }

  /** Requests refused by `admitsRequests` so far. */
  get refusedRequests(): number {
    return this.refused;
  }

  /** Readiness: started, and with `onFailure: deny` every sink healthy (else traffic is refused anyway). */
  readiness(): { ready: boolean; problems: string[] } {
    const problems: string[] = [];
    if (!this.started) problems.push('audit sinks not started');
    for (const sink of this.sinks) {
      const problem = sink.problem();
      if (problem !== undefined && (this.options.onFailure === 'deny' || problem === 'not started')) {
        problems.push(`audit.${sink.name}: ${problem}`);
      }
    }
    return { ready: problems.length === 0, problems };
  }

  connectionOpened(info: ConnectionInfo): void {
    this.connectionEvent(AUDIT_EVENT_TYPES.connectionOpened, info);
  }

  connectionAuthenticated(info: ConnectionInfo & { mechanism: string }): void {
    this.connectionEvent(AUDIT_EVENT_TYPES.connectionAuthenticated, info);
  }

  connectionClosed(info: ConnectionInfo & { reason?: string }): void {
    this.connectionEvent(AUDIT_EVENT_TYPES.connectionClosed, info);
  }

  /** `digest`: of the policy in force after the reload (PolicyStore.digest). */
  policyReloaded(file: string, outcome: ReloadOutcome, digest?: string): void {
    if (outcome.result === 'unchanged') return;
    if (outcome.result === 'applied') this.policyLoaded(file, outcome.generation, digest);
    else
      this.emit(
        makeEvent(
          this.options.source,
          AUDIT_EVENT_TYPES.policyRejected,
          { file, generation: outcome.generation, errors: (outcome.errors ?? []).map((e) => e.toString()) },
          file,
        ),
      );
  }

  /** `digest`: `sha256:<hex>` of the file's content (PolicyStore.digest). */
  policyLoaded(file: string, generation: number, digest?: string): void {
    const data = { file, generation, ...(digest === undefined ? {} : { digest }) };
    this.emit(makeEvent(this.options.source, AUDIT_EVENT_TYPES.policyLoaded, data, file));
  }

  /** Emits the current aggregation window now (tests, shutdown). */
  flushAggregates(): void {
    this.decisions.flush();
    this.connections.flush();
  }

  /** Reopens the sinks that write to files (SIGHUP, after logrotate moved them). */
  reopen(): void {
    for (const sink of this.sinks) sink.reopen?.();
  }

  async close(timeoutMs = 5000): Promise<void> {
    this.decisions.stop();
    this.connections.stop();
    await Promise.allSettled(this.sinks.map((s) => s.close(timeoutMs)));
  }

  private connectionEvent(
    type: (typeof AUDIT_EVENT_TYPES)[keyof typeof AUDIT_EVENT_TYPES],
    info: ConnectionData,
  ): void {
    if (!this.options.connectionEvents) return;
    this.connections.observe(type, info);
  }
}

/** Builds the audit trail from the `audit:` configuration section (not started). */
export function createAuditLog(
  config: AuditConfig,
  mode: () => PolicyMode,
  log: Logger,
  lookups: Pick<DecisionAuditOptions, 'addresses' | 'topicIdOf'> = {},
): AuditLog {
  const sinks: AuditSink[] = [];
  const sinkLog = log.child({ component: 'audit' });
  try {
    if (config.stdout.enabled) sinks.push(new StdoutSink(config.stdout));
    if (config.file) sinks.push(new FileSink(config.file, sinkLog));
    if (config.kafka) sinks.push(new KafkaSink(config.kafka, sinkLog));
  } catch (error) {
    // A sink that cannot even be built (unreadable TLS or password file) is a start failure too.
    throw new AuditStartError([(error as Error).message]);
  }
  return new AuditLog(
    sinks,
    {
      source: config.source ?? `/kafka-l7-proxy/${hostname()}`,
      onFailure: config.onFailure,
      aggregateWindowMs: config.aggregateWindowMs,
      aggregateMaxKeys: config.aggregateMaxKeys,
      connectionEvents: config.connectionEvents,
      mode,
      formats: {
        stdout: config.stdout.format,
        file: config.file?.format ?? 'cloudevents',
        kafka: config.kafka?.format ?? 'cloudevents',
      },
      ...lookups,
    },
    sinkLog,
  );
}
