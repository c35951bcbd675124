import { readFileSync } from 'node:fs';

/**
 * The bytes the whole proxy may hold in frames it keeps whole (requests a policy reads, responses
 * that name brokers or that a policy filters), shared by every connection, like the broker's
 * `queued.max.request.bytes` memory pool: a frame's size is in its 4-byte prefix, so the whole frame
 * is reserved when it starts, before any of it is kept. A connection whose reservation cannot be
 * granted stops reading that side (its socket is paused) until other frames are released; it is
 * never refused for it. Frames that stream through (most of them, Fetch and Produce included) cost
 * only socket buffers and take nothing from the budget.
 *
 * Fair share: a connection that already holds something may take more only while it stays within
 * `limit / accounts` (its share); a connection holding nothing may always take one frame when the
 * pool has room, so one frame as large as the share or larger never stalls forever.
 */
export class MemoryBudget {
  private used = 0;
  private peakUsed = 0;
  private readonly waiting: Array<{ account: BudgetAccount; bytes: number; granted: () => void }> = [];
  private accounts = 0;
  /** Reservations that had to wait for room, since start. */
  waits = 0;

  /** `limit` in bytes. */
  constructor(readonly limit: number) {}

  /** Bytes reserved now over all connections. */
  get reserved(): number {
    return this.used;
  }

  /** Highest `reserved` seen since start. */
  get peak(): number {
    return this.peakUsed;
  }

  /** A connection's account; `close()` it when the connection closes (releases what it holds). */
  open(): BudgetAccount {
    this.accounts++;
    return new BudgetAccount(this);
  }

  /** The bytes one connection may hold while others need room. */
  share(): number {
    return Math.floor(this.limit / Math.max(1, this.accounts));
  }

  /** Reserves now if it can; false when the caller must wait (`whenGranted`). */
  tryReserve(account: BudgetAccount, bytes: number): boolean {
    // Frames already waiting for room go first; those waiting for their own share do not block others.
    if (this.waiting.some((w) => !this.overShare(w.account, w.bytes))) return false;
    return this.grant(account, bytes);
  }

  /** Queues a reservation that `tryReserve` refused; `granted` runs once it is made. */
  whenGranted(account: BudgetAccount, bytes: number, granted: () => void): void {
    this.waits++;
    this.waiting.push({ account, bytes, granted });
  }

  /** @internal */
  release(bytes: number): void {
    if (bytes <= 0) return;
    this.used -= bytes;
    this.serveWaiting();
  }

  /** @internal */
  closeAccount(account: BudgetAccount): void {
    this.accounts--;
    for (let i = this.waiting.length - 1; i >= 0; i--) {
      if (this.waiting[i]!.account === account) this.waiting.splice(i, 1);
    }
    this.serveWaiting();
  }

  private overShare(account: BudgetAccount, bytes: number): boolean {
    return account.held > 0 && account.held + bytes > this.share();
  }

  private grant(account: BudgetAccount, bytes: number): boolean {
    if (this.used + bytes > this.limit || this.overShare(account, bytes)) return false;
    this.used += bytes;
    account.held += bytes;
    if (this.used > this.peakUsed) this.peakUsed = this.used;
    return true;
  }

  private serveWaiting(): void {
    // In order of arrival, so that a large frame is not overtaken forever by small ones; a frame
    // waiting for its own connection to release something does not hold up the others.
    for (let i = 0; i < this.waiting.length;) {
      const next = this.waiting[i]!;
      if (this.overShare(next.account, next.bytes)) {
        i++;
        continue;
      }
      if (!this.grant(next.account, next.bytes)) return;
      this.waiting.splice(i, 1);
      next.granted();
    }
  }
}

/** What one connection holds of the budget. */
export class BudgetAccount {
  /** Bytes this connection has reserved and not released. */
  held = 0;
  private closed = false;

  constructor(private readonly budget: MemoryBudget) {}

  /** True when the reservation is made now; otherwise `granted` runs once it is (never if closed). */
  reserve(bytes: number, granted: () => void): boolean {
    if (this.closed) return false;
    if (this.budget.tryReserve(this, bytes)) return true;
    this.budget.whenGranted(this, bytes, granted);
    return false;
  }

  release(bytes: number): void {
    const n = Math.min(bytes, this.held);
    this.held -= n;
    this.budget.release(n);
  }

  /** Releases everything and leaves the queue. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.release(this.held);
    this.budget.closeAccount(this);
  }
}

const MIB = 1024 * 1024;

/**
 * The memory limit of the container the proxy runs in, from cgroup v2 (`memory.max`) or v1
 * (`memory.limit_in_bytes`), or undefined when there is none or it cannot be read. v1 reports "no
 * limit" as a huge number (about 2^63), which is treated as none.
 */
export function containerMemoryLimit(
  read: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): number | undefined {
  for (const path of ['/sys/fs/cgroup/memory.max', '/sys/fs/cgroup/memory/memory.limit_in_bytes']) {
    let text: string;
    try {
      text = read(path).trim();
    } catch {
      continue;
    }
    if (text === 'max') return undefined;
    const bytes = Number(text);
    if (Number.isFinite(bytes) && bytes > 0 && bytes < 2 ** 60) return bytes;
    return undefined;
  }
  return undefined;
}

/**
 * The default of `limits.maxBufferedBytes`: a quarter of the container's memory limit (the rest is
 * Node.js itself, socket buffers and headroom), at least 16 MiB; 256 MiB when no limit is readable.
 */
export function defaultBufferBudget(limit = containerMemoryLimit()): number {
  if (limit === undefined) return 256 * MIB;
  return Math.max(16 * MIB, Math.floor(limit / 4));
}
