// Audit events appended to a file, one JSON object per line. Writes go through a WriteStream (the
// event loop never waits for the disk); when the disk is slower than the events, the stream's
// pending bytes grow up to `maxPendingBytes`, after which events are dropped and counted.

import { createWriteStream, type WriteStream } from 'node:fs';
import type { Logger } from '../../log.js';
import type { AuditRecord } from '../audit-record.js';
import { AuditSinkError, type AuditSink, type AuditSinkStats } from './audit-sink.js';

export interface FileSinkConfig {
  path: string;
  /** Bytes written but not yet on disk before new events are dropped. */
  maxPendingBytes: number;
}

export class FileSink implements AuditSink {
  readonly name = 'file';
  private stream: WriteStream | undefined;
  private failure: string | undefined;
  private readonly counts = { delivered: 0, dropped: 0, deliveryFailures: 0 };
  private pendingEvents = 0;
  private dropLogged = false;

  constructor(
    private readonly config: FileSinkConfig,
    private readonly log: Logger,
  ) {}

  async start(): Promise<void> {
    const stream = createWriteStream(this.config.path, { flags: 'a' });
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', (error) =>
        reject(new AuditSinkError('file', `cannot append to ${this.config.path}: ${error.message}`)),
      );
    });
    stream.on('error', (error) => {
      this.failure = `writing ${this.config.path} failed: ${error.message}`;
      this.log.error({ sink: 'file', err: error.message }, 'audit file sink failed; events are dropped');
    });
    this.stream = stream;
  }

  write(event: AuditRecord): void {
    const stream = this.stream;
    if (!stream || this.failure !== undefined || stream.writableLength > this.config.maxPendingBytes) {
      this.drop();
      return;
    }
    this.pendingEvents++;
    stream.write(JSON.stringify(event) + '\n', (error) => {
      this.pendingEvents--;
      if (error) this.counts.deliveryFailures++;
      else this.counts.delivered++;
    });
  }

  healthy(): boolean {
    return this.stream !== undefined && this.failure === undefined;
  }

  problem(): string | undefined {
    if (this.stream === undefined) return 'not started';
    return this.failure;
  }

  stats(): AuditSinkStats {
    return { ...this.counts, buffered: this.pendingEvents, bufferCapacity: 0 };
  }

  async close(): Promise<void> {
    const stream = this.stream;
    if (!stream) return;
    this.stream = undefined;
    await new Promise<void>((resolve) => stream.end(() => resolve()));
  }

  private drop(): void {
    this.counts.dropped++;
    if (!this.dropLogged) {
      // One line per episode, not per event: the counter has the exact number.
      this.dropLogged = true;
      this.log.warn(
        { sink: 'file', reason: this.failure ?? 'write backlog above maxPendingBytes' },
        'audit events dropped (kafka_l7_proxy_audit_events_total{outcome="dropped"} counts them)',
      );
      setTimeout(() => (this.dropLogged = false), 10_000).unref();
    }
  }
}
