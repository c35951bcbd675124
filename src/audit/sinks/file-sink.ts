// Audit events appended to a file, one JSON object per line. Writes go through a WriteStream (the
// event loop never waits for the disk); when the disk is slower than the events, the stream's
// pending bytes grow up to `maxPendingBytes`, after which events are dropped and counted.
//
// The file is bounded: once it would pass `maxBytes` it is renamed to `<path>.1` (older ones shift
// to `.2`, ... up to `maxFiles`; the oldest is deleted) and a new file is started, so the sink never
// holds more than (maxFiles + 1) x maxBytes on disk. `reopen()` (the proxy calls it on SIGHUP) starts
// writing to `path` afresh, for an external logrotate that moved the file away.

import {
  createWriteStream,
  existsSync,
  fstatSync,
  openSync,
  renameSync,
  rmSync,
  type WriteStream,
} from 'node:fs';
import type { Logger } from '../../log.js';
import type { AuditRecord } from '../audit-record.js';
import { AuditSinkError, type AuditSink, type AuditSinkStats } from './audit-sink.js';

export interface FileSinkConfig {
  path: string;
  /** Bytes written but not yet on disk before new events are dropped. */
  maxPendingBytes: number;
  /** Size at which the file is rotated (0: never). */
  maxBytes?: number;
  /** Rotated files kept beside the current one (`<path>.1` is the newest). */
  maxFiles?: number;
}

export class FileSink implements AuditSink {
  readonly name = 'file';
  private stream: WriteStream | undefined;
  private failure: string | undefined;
  private readonly counts = { delivered: 0, dropped: 0, deliveryFailures: 0 };
  private pendingEvents = 0;
  private dropLogged = false;
  /** Bytes in the current file (its size at open, plus what was written since). */
  private fileBytes = 0;
  /** Files rotated since start. */
  rotations = 0;

  constructor(
    private readonly config: FileSinkConfig,
    private readonly log: Logger,
  ) {}

  async start(): Promise<void> {
    try {
      this.open();
    } catch (error) {
      throw new AuditSinkError('file', `cannot append to ${this.config.path}: ${(error as Error).message}`);
    }
    return Promise.resolve();
  }

  /** Closes the current file and appends to `path` from now on (logrotate moved it; SIGHUP). */
  reopen(): void {
    if (this.stream === undefined) return;
    this.stream.end();
    this.failure = undefined;
    try {
      this.open();
    } catch (error) {
      this.stream = undefined;
      this.failure = `reopening ${this.config.path} failed: ${(error as Error).message}`;
      this.log.error(
        { sink: 'file', err: (error as Error).message },
        'audit file sink failed; events are dropped',
      );
      return;
    }
    this.log.info({ sink: 'file', path: this.config.path }, 'audit file reopened');
  }

  /** Opens `path` for appending now (synchronously: the file exists when this returns). */
  private open(): WriteStream {
    const path = this.config.path;
    const fd = openSync(path, 'a');
    this.fileBytes = fstatSync(fd).size;
    const stream = createWriteStream(path, { fd, flags: 'a' });
    stream.on('error', (error) => {
      if (this.stream !== stream) return;
      this.failure = `writing ${path} failed: ${error.message}`;
      this.log.error({ sink: 'file', err: error.message }, 'audit file sink failed; events are dropped');
    });
    this.stream = stream;
    return stream;
  }

  /** `<path>` becomes `<path>.1`, `.1` becomes `.2`, ...; the one past `maxFiles` is deleted. */
  private rotate(): void {
    const path = this.config.path;
    const keep = this.config.maxFiles ?? 5;
    try {
      // The old stream's fd keeps writing its pending bytes to the renamed file.
      this.stream?.end();
      rmSync(`${path}.${keep}`, { force: true });
      for (let i = keep - 1; i >= 1; i--) {
        if (existsSync(`${path}.${i}`)) renameSync(`${path}.${i}`, `${path}.${i + 1}`);
      }
      if (keep >= 1) renameSync(path, `${path}.1`);
      else rmSync(path, { force: true });
      this.rotations++;
    } catch (error) {
      this.log.error({ sink: 'file', err: (error as Error).message }, 'audit file rotation failed');
    }
    try {
      this.open();
    } catch (error) {
      this.stream = undefined;
      this.failure = `reopening ${this.config.path} after rotation failed: ${(error as Error).message}`;
    }
  }

  write(event: AuditRecord): void {
    let stream = this.stream;
    if (!stream || this.failure !== undefined || stream.writableLength > this.config.maxPendingBytes) {
      this.drop();
      return;
    }
    const line = JSON.stringify(event) + '\n';
    const bytes = Buffer.byteLength(line);
    const maxBytes = this.config.maxBytes ?? 0;
    if (maxBytes > 0 && this.fileBytes > 0 && this.fileBytes + bytes > maxBytes) {
      this.rotate();
      stream = this.stream!;
    }
    this.fileBytes += bytes;
    this.pendingEvents++;
    stream.write(line, (error) => {
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
