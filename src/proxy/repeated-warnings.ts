import type { Logger } from '../log.js';

export interface RepeatedWarningsOptions {
  /** Length of one interval in milliseconds. */
  readonly intervalMs: number;
  /** Lines of one kind logged as they happen in an interval; the rest are only counted. */
  readonly burst: number;
}

/**
 * Log lines that a client can cause as often as it connects (a connection refused at
 * `limits.maxConnections`, one closed for bad input, a broker that cannot be reached), so that a
 * flood of hostile connections cannot fill the disk: per kind, the first `burst` lines of each
 * interval are logged as they happen, the rest only counted, and at the end of an interval in which
 * any were held back one summary line gives the counts by kind. Every event is still counted in the
 * proxy's metrics (connections closed by reason); `suppressed` counts the lines held back.
 */
export class RepeatedWarnings {
  private readonly inInterval = new Map<string, number>();
  private readonly heldBack = new Map<string, number>();
  /** Lines held back since start, by kind (exported as kafka_l7_proxy_log_lines_suppressed_total). */
  readonly suppressed: Record<string, number> = {};
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly log: Logger,
    private readonly options: RepeatedWarningsOptions = { intervalMs: 10_000, burst: 5 },
  ) {}

  /** Logs `message` at `level` unless `kind` has used up this interval's lines. */
  line(level: 'warn' | 'info', kind: string, fields: Record<string, unknown>, message: string): void {
    const seen = (this.inInterval.get(kind) ?? 0) + 1;
    this.inInterval.set(kind, seen);
    this.startTimer();
    if (seen <= this.options.burst) {
      this.log[level](fields, message);
      return;
    }
    this.heldBack.set(kind, (this.heldBack.get(kind) ?? 0) + 1);
    this.suppressed[kind] = (this.suppressed[kind] ?? 0) + 1;
  }

  /** Ends the current interval now: the summary line, if any lines were held back. */
  flush(): void {
    this.inInterval.clear();
    if (this.heldBack.size === 0) return;
    const counts = Object.fromEntries(this.heldBack);
    const total = [...this.heldBack.values()].reduce((a, b) => a + b, 0);
    this.heldBack.clear();
    this.log.warn(
      { suppressed: counts, intervalMs: this.options.intervalMs },
      `${total} repeated log lines held back in the last ${this.options.intervalMs / 1000} s (counts by kind; kafka_l7_proxy_log_lines_suppressed_total)`,
    );
  }

  stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    this.flush();
  }

  private startTimer(): void {
    if (this.timer !== undefined) return;
    this.timer = setInterval(() => {
      const quiet = this.inInterval.size === 0;
      this.flush();
      // Nothing happened for a whole interval: stop ticking until the next line.
      if (quiet) {
        clearInterval(this.timer);
        this.timer = undefined;
      }
    }, this.options.intervalMs);
    this.timer.unref();
  }
}
