import type { AuditRecord } from '../audit-record.js';

export type AuditSinkName = 'stdout' | 'file' | 'kafka';

/** What happened to the events handed to a sink; the metrics read these. */
export interface AuditSinkStats {
  /** Written (stdout, file) or acknowledged by the audit brokers (kafka). */
  delivered: number;
  /** Refused because the sink's buffer was full or the sink had failed: lost, and counted here. */
  dropped: number;
  /** Failed delivery attempts (events in them are retried while they stay buffered). */
  deliveryFailures: number;
  /** Events waiting in the sink's buffer now. */
  buffered: number;
  /** Bound of the buffer, in events (0 when the sink has no buffer of its own). */
  bufferCapacity: number;
}

/**
 * One destination of audit events. `write` never blocks and never throws: delivery happens in the
 * background, and what cannot be delivered is counted as dropped and logged.
 */
export interface AuditSink {
  readonly name: AuditSinkName;
  /** Opens the destination; rejects with a message naming it when it cannot be used. */
  start(): Promise<void>;
  /** One event, as CloudEvents or OCSF (the sink's `format`). */
  write(event: AuditRecord): void;
  /** True while the sink delivers: false after a failed delivery until the next success. */
  healthy(): boolean;
  /** Why the sink is not healthy, for /readyz and log lines. */
  problem(): string | undefined;
  stats(): AuditSinkStats;
  /** Reopens the destination by name (files: after logrotate moved them away; SIGHUP). */
  reopen?(): void;
  /** Delivers what is buffered (waiting at most `timeoutMs`) and closes. */
  close(timeoutMs?: number): Promise<void>;
}

/** A sink that cannot start: the message says which sink, which destination and why. */
export class AuditSinkError extends Error {
  constructor(
    readonly sink: AuditSinkName,
    message: string,
  ) {
    super(`audit.${sink}: ${message}`);
    this.name = 'AuditSinkError';
  }
}
