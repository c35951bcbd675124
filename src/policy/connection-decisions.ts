// Per-connection decisions: the principal is fixed for the connection, so each (API key, version,
// client id, resource) answer is cached until the policy generation changes. A client repeats the
// same requests (Fetch of the same topics, Heartbeat of the same group) many times per second;
// after the first, a decision is one Map lookup.

import type { DecisionEvent, DecisionSink } from './decision-events.js';
import type {
  CompiledPolicy,
  NamedResourceKind,
  PolicyDecision,
  RequestDescription,
  ResourceDecision,
} from './engine.js';
import { classifyApiKey } from './api-classification.js';

/** Where the current compiled policy comes from; PolicyStore implements it for hot reload. */
export interface PolicySource {
  current(): CompiledPolicy;
}

export class FixedPolicySource implements PolicySource {
  constructor(private readonly policy: CompiledPolicy) {}
  current(): CompiledPolicy {
    return this.policy;
  }
}

export interface ConnectionContext {
  readonly id: string;
  readonly principal: string;
  readonly remoteAddress?: string;
  readonly listener?: string;
  readonly identitySource?: string;
}

/** Bound on cached answers per connection; a client naming ever new topics cannot grow it without limit. */
export const DEFAULT_CONNECTION_CACHE_ENTRIES = 4096;

export class ConnectionDecisions {
  private readonly cache = new Map<string, ResourceDecision>();
  private generation = -1;
  private hits = 0;
  private misses = 0;

  constructor(
    private readonly source: PolicySource,
    readonly connection: ConnectionContext,
    private readonly sink?: DecisionSink,
    private readonly maxEntries = DEFAULT_CONNECTION_CACHE_ENTRIES,
  ) {}

  /** Decides a request of this connection; `principal` comes from the connection. */
  decide(request: Omit<RequestDescription, 'principal'>): PolicyDecision {
    const policy = this.source.current();
    if (policy.generation !== this.generation) {
      // A reloaded policy applies from the next request on: nothing decided under the old one is reused.
      this.cache.clear();
      this.generation = policy.generation;
    }
    const { apiKey, apiVersion, clientId } = request;
    const principal = this.connection.principal;
    const hitsBefore = this.hits;
    const prefix = `${apiKey}\u0000${apiVersion}\u0000${clientId ?? '\u0001'}\u0000`;
    const api = this.cached(prefix + 'api', () => policy.decideApi(principal, apiKey, apiVersion, clientId));
    const each = (kind: NamedResourceKind, names: readonly string[] | undefined): ResourceDecision[] =>
      (names ?? []).map((name) =>
        this.cached(`${prefix}${kind}\u0000${name}`, () =>
          policy.decideResource(principal, apiKey, apiVersion, clientId, kind, name, api),
        ),
      );
    const topics = each('topic', request.topics);
    const groups = each('group', request.groups);
    const transactionalIds = each('transactionalId', request.transactionalIds);
    const decision: PolicyDecision = {
      generation: policy.generation,
      principal,
      clientId,
      apiKey,
      apiName: classifyApiKey(apiKey)?.name ?? `Unknown(${apiKey})`,
      apiVersion,
      allowed:
        api.allowed &&
        topics.every((d) => d.allowed) &&
        groups.every((d) => d.allowed) &&
        transactionalIds.every((d) => d.allowed),
      api,
      topics,
      groups,
      transactionalIds,
    };
    if (this.sink) {
      const lookups = 1 + topics.length + groups.length + transactionalIds.length;
      const event: DecisionEvent = {
        time: Date.now(),
        connection: this.connection,
        decision,
        cached: this.hits - hitsBefore === lookups,
      };
      this.sink.onDecision(event);
    }
    return decision;
  }

  private cached(key: string, compute: () => ResourceDecision): ResourceDecision {
    const hit = this.cache.get(key);
    if (hit) {
      this.hits++;
      return hit;
    }
    this.misses++;
    const value = compute();
    if (this.cache.size >= this.maxEntries) this.cache.clear();
    this.cache.set(key, value);
    return value;
  }

  stats(): { hits: number; misses: number; entries: number; generation: number } {
    return { hits: this.hits, misses: this.misses, entries: this.cache.size, generation: this.generation };
  }
}
