// Allowed requests (and, in audit mode, requests the policy would deny) are far too many for one event
// each: a busy producer sends thousands of Produce requests a second. They are counted per
// (decision, principal, API key, topic) and one event per key leaves at the end of each window, with
// the count and the first and last time seen. Memory is bounded by `maxKeys`: when a new key would
// exceed it, everything gathered so far is flushed early instead of growing or forgetting.

export interface AggregateKey {
  readonly decision: 'allowed' | 'would-deny';
  readonly principal: string;
  readonly apiKey: number;
  /** '' for requests that name no topic (group or cluster-level APIs). */
  readonly topic: string;
}

/** The sample of one key: the first request's details plus bounded sets of what varied. */
export interface Aggregate<S> {
  readonly key: AggregateKey;
  /** The first request's details, as the caller described it. */
  readonly sample: S;
  count: number;
  firstSeenMs: number;
  lastSeenMs: number;
  /** Distinct client ids, groups and transactional ids seen, each at most `maxDistinct`. */
  readonly clientIds: Set<string>;
  readonly groups: Set<string>;
  readonly transactionalIds: Set<string>;
}

export interface AggregatorOptions {
  readonly windowMs: number;
  readonly maxKeys: number;
  /** Bound on each set of distinct values kept per key. */
  readonly maxDistinct?: number;
}

export interface Observation<S> {
  readonly key: AggregateKey;
  readonly timeMs: number;
  readonly clientId: string | null;
  readonly groups: readonly string[];
  readonly transactionalIds: readonly string[];
  readonly sample: () => S;
}

export class DecisionAggregator<S> {
  private entries = new Map<string, Aggregate<S>>();
  private timer: NodeJS.Timeout | undefined;
  private readonly maxDistinct: number;

  constructor(
    private readonly options: AggregatorOptions,
    private readonly flushTo: (aggregates: Aggregate<S>[], windowMs: number) => void,
  ) {
    this.maxDistinct = options.maxDistinct ?? 16;
  }

  /** Starts the window timer (unref'd: it never keeps the process alive). */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.flush(), this.options.windowMs);
    this.timer.unref();
  }

  get size(): number {
    return this.entries.size;
  }

  observe(o: Observation<S>): void {
    const k = o.key;
    const id = `${k.decision}\u0000${k.principal}\u0000${k.apiKey}\u0000${k.topic}`;
    let entry = this.entries.get(id);
    if (!entry) {
      if (this.entries.size >= this.options.maxKeys) this.flush();
      entry = {
        key: k,
        sample: o.sample(),
        count: 0,
        firstSeenMs: o.timeMs,
        lastSeenMs: o.timeMs,
        clientIds: new Set(),
        groups: new Set(),
        transactionalIds: new Set(),
      };
      this.entries.set(id, entry);
    }
    entry.count++;
    if (o.timeMs > entry.lastSeenMs) entry.lastSeenMs = o.timeMs;
    if (o.clientId !== null) this.addBounded(entry.clientIds, o.clientId);
    for (const g of o.groups) this.addBounded(entry.groups, g);
    for (const t of o.transactionalIds) this.addBounded(entry.transactionalIds, t);
  }

  /** Emits every aggregate gathered so far and starts a new window. */
  flush(): void {
    if (this.entries.size === 0) return;
    const done = [...this.entries.values()];
    this.entries = new Map();
    this.flushTo(done, this.options.windowMs);
  }

  /** Flushes what is left and stops the timer. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.flush();
  }

  private addBounded(set: Set<string>, value: string): void {
    if (set.size < this.maxDistinct) set.add(value);
  }
}
