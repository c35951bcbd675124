// Audit events as pino JSON lines on stdout (the container log), each under `audit` with the event
// type as the message. The destination writes asynchronously; its internal buffer is bounded, and
// what does not fit is dropped and counted.

import { COLLECTOR_FRIENDLY } from '../../log.js';
import { pino, type DestinationStream, type Logger as PinoLogger } from 'pino';
import { recordType, type AuditRecord } from '../audit-record.js';
import type { AuditSink, AuditSinkStats } from './audit-sink.js';

export interface StdoutSinkConfig {
  /** Bytes buffered for stdout before events are dropped. */
  maxPendingBytes: number;
}

export class StdoutSink implements AuditSink {
  readonly name = 'stdout';
  private readonly logger: PinoLogger;
  private readonly counts = { delivered: 0, dropped: 0, deliveryFailures: 0 };

  /** `destination` replaces stdout (tests). */
  constructor(config: StdoutSinkConfig, destination?: DestinationStream) {
    let dest = destination;
    if (dest === undefined) {
      const boom = pino.destination({ dest: 1, sync: false, maxLength: config.maxPendingBytes });
      boom.on('drop', () => {
        this.counts.dropped++;
        this.counts.delivered--;
      });
      dest = boom;
    }
    // The level by name, as the proxy's own log lines have it (src/log.ts); the event carries its time.
    const formatters = COLLECTOR_FRIENDLY.formatters!;
    this.logger = pino({ name: 'kafka-l7-proxy-audit', base: undefined, timestamp: false, formatters }, dest);
  }

  async start(): Promise<void> {}

  write(event: AuditRecord): void {
    this.counts.delivered++;
    this.logger.info({ audit: event }, recordType(event));
  }

  healthy(): boolean {
    return true;
  }

  problem(): string | undefined {
    return undefined;
  }

  stats(): AuditSinkStats {
    return { ...this.counts, buffered: 0, bufferCapacity: 0 };
  }

  async close(): Promise<void> {
    this.logger.flush();
  }
}
