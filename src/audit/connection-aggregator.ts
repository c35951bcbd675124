// Connection events (opened, authenticated, closed) are one each per connection, and a client can
// open connections as fast as it likes: a flood of hostile connections would otherwise write three
// events per connection. Like allowed decisions (decision-aggregator.ts), repeated connection events
// from one source are aggregated over a window: the first event of a key in a window goes out at
// once, as it always did, and the ones after it are counted into one event at the end of the window
// (with `count`, `firstSeen`, `lastSeen`, `windowMs`). The key is the event type, the client's IP
// address (without its port), the listener, the principal and the close reason, so that what an
// operator would tell apart stays apart. Memory is bounded by `maxKeys`: a new key beyond it flushes
// what was gathered. Denied requests are decision events and stay individual.

import type { AuditEventType, ConnectionData } from './audit-event.js';

export interface ConnectionAggregatorOptions {
  readonly windowMs: number;
  readonly maxKeys: number;
}

interface Entry {
  readonly type: AuditEventType;
  /** The last connection counted (its id, addresses) and what the key holds. */
  last: ConnectionData;
  count: number;
  firstSeenMs: number;
  lastSeenMs: number;
}

/** The client's address without its port: `10.0.3.7:51234` -> `10.0.3.7`, `[::1]:5` -> `[::1]`. */
export function sourceAddress(remoteAddress: string | undefined): string {
  if (remoteAddress === undefined) return '';
  return remoteAddress.replace(/:\d+$/, '');
}

export class ConnectionEventAggregator {
  private entries = new Map<string, Entry>();
  /** Keys whose first event of this window went out already. */
  private seen = new Set<string>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly options: ConnectionAggregatorOptions,
    /** Emits one event; `data.count` is set on aggregated ones. */
    private readonly emit: (type: AuditEventType, data: ConnectionData, timeMs: number) => void,
  ) {}

  /** Starts the window timer (unref'd). */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.flush(), this.options.windowMs);
    this.timer.unref();
  }

  observe(type: AuditEventType, data: ConnectionData, timeMs: number = Date.now()): void {
    const key = [
      type,
      sourceAddress(data.connection.remoteAddress),
      data.connection.listener ?? '',
      data.principal ?? '',
      data.reason ?? '',
    ].join('\u0000');
    if (!this.seen.has(key)) {
      if (this.seen.size >= this.options.maxKeys) this.flush();
      this.seen.add(key);
      this.emit(type, data, timeMs);
      return;
    }
    const entry = this.entries.get(key);
    if (entry === undefined) {
      this.entries.set(key, { type, last: data, count: 1, firstSeenMs: timeMs, lastSeenMs: timeMs });
      return;
    }
    entry.count++;
    entry.last = data;
    if (timeMs > entry.lastSeenMs) entry.lastSeenMs = timeMs;
  }

  /** Emits the aggregated events of this window and starts a new one. */
  flush(): void {
    const entries = this.entries;
    this.entries = new Map();
    this.seen = new Set();
    for (const e of entries.values()) {
      const { remoteAddress, ...connection } = e.last.connection;
      this.emit(
        e.type,
        {
          ...e.last,
          connection: {
            ...connection,
            ...(remoteAddress === undefined ? {} : { remoteAddress: sourceAddress(remoteAddress) }),
          },
          count: e.count,
          firstSeen: new Date(e.firstSeenMs).toISOString(),
          lastSeen: new Date(e.lastSeenMs).toISOString(),
          windowMs: this.options.windowMs,
        },
        e.lastSeenMs,
      );
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.flush();
  }
}
