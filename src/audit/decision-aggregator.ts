// Allowed requests (and, in audit mode, requests the policy would deny) are far too many for one event
// each: a busy producer sends thousands of Produce requests a second. They are counted per
// (decision, principal, API key, topic) and one event per key leaves at the end of each window, with
// the count and the first and last time seen. Memory is bounded by `maxKeys`: when a new key would
// exceed it, everything gathered so far is flushed early instead of growing or forgetting.
//
// This runs for every request, so the key is a chain of Maps keyed by the strings the decision
// already holds (their hashes are cached by the engine), not a string built per request.

export type AggregatedDecision = 'allowed' | 'would-deny';

export interface AggregateKey {
  readonly decision: AggregatedDecision;
  readonly principal: string;
  readonly apiKey: number;
  /** '' for requests that name no topic (group or cluster-level APIs). */
  readonly topic: string;
}

/** One key's window: the first request's details plus bounded sets of what varied. */
export interface Aggregate<S> {
  readonly key: AggregateKey;
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

type ByTopic<S> = Map<string, Aggregate<S>>;
type ByApi<S> = Map<number, ByTopic<S>>;
type ByPrincipal<S> = Map<string, ByApi<S>>;

function child<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

export class DecisionAggregator<S> {
  private windows: Record<AggregatedDecision, ByPrincipal<S>> = {
    allowed: new Map(),
    'would-deny': new Map(),
  };
  private keys = 0;
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
    return this.keys;
  }

  /**
   * Counts one request. `sample` is called only for the first request of a key in a window;
   * `groups` and `transactionalIds` are read by `name`.
   */
  observe(
    decision: AggregatedDecision,
    principal: string,
    apiKey: number,
    topic: string,
    timeMs: number,
    clientId: string | null,
    groups: readonly { readonly name: string }[],
    transactionalIds: readonly { readonly name: string }[],
    sample: () => S,
  ): void {
    let entry = this.windows[decision].get(principal)?.get(apiKey)?.get(topic);
    if (entry === undefined) {
      if (this.keys >= this.options.maxKeys) this.flush();
      const target = child(
        child(this.windows[decision], principal, () => new Map()),
        apiKey,
        () => new Map(),
      );
      entry = {
        key: { decision, principal, apiKey, topic },
        sample: sample(),
        count: 0,
        firstSeenMs: timeMs,
        lastSeenMs: timeMs,
        clientIds: new Set(),
        groups: new Set(),
        transactionalIds: new Set(),
      };
      target.set(topic, entry);
      this.keys++;
    }
    entry.count++;
    if (timeMs > entry.lastSeenMs) entry.lastSeenMs = timeMs;
    if (clientId !== null) this.addBounded(entry.clientIds, clientId);
    for (let i = 0; i < groups.length; i++) this.addBounded(entry.groups, groups[i]!.name);
    for (let i = 0; i < transactionalIds.length; i++) {
      this.addBounded(entry.transactionalIds, transactionalIds[i]!.name);
    }
  }

  /** Emits every aggregate gathered so far and starts a new window. */
  flush(): void {
    if (this.keys === 0) return;
    const done: Aggregate<S>[] = [];
    for (const byPrincipal of Object.values(this.windows)) {
      for (const byApi of byPrincipal.values()) {
        for (const byTopic of byApi.values()) for (const entry of byTopic.values()) done.push(entry);
      }
    }
    this.windows = { allowed: new Map(), 'would-deny': new Map() };
    this.keys = 0;
    this.flushTo(done, this.options.windowMs);
  }

  /** Flushes what is left and stops the timer. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.flush();
  }

  private addBounded(set: Set<string>, value: string): void {
    if (set.size < this.maxDistinct && !set.has(value)) set.add(value);
  }
}
