// Per-connection decisions: the principal is fixed for the connection, so each (API key, version,
// client id, resource) answer is cached until the policy generation changes. A client repeats the
// same requests (Fetch of the same topics, Heartbeat of the same group) many times per second;
// after the first, a decision is one Map lookup.

import type { DecisionEvent, DecisionSink } from './decision-events.js';
import { allAllowed } from './engine.js';
import type {
  CompiledPolicy,
  EndpointLabels,
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

/**
 * Who a connection is, as the policy sees it: its principal (`User:alice`), the pod labels of a
 * connection the `kubernetes` identity source identified, and fields decision events carry. Not the
 * proxy's per-socket state (that is `ConnectionContext` in src/connection/connection-context.ts).
 */
export interface ConnectionIdentity {
  readonly id: string;
  readonly principal: string;
  /** Pod labels of a connection the `kubernetes` identity source identified. */
  readonly endpoint?: EndpointLabels;
  readonly remoteAddress?: string;
  readonly listener?: string;
  readonly identitySource?: string;
}

/** Bound on cached answers per connection; a client naming ever new topics cannot grow it without limit. */
export const DEFAULT_CONNECTION_CACHE_ENTRIES = 4096;

interface CacheSlot {
  readonly api: ResourceDecision;
  readonly topic: Map<string, ResourceDecision>;
  readonly group: Map<string, ResourceDecision>;
  readonly transactionalId: Map<string, ResourceDecision>;
}

/**
 * The decisions of one connection: CompiledPolicy's answers for the connection's principal (and pod
 * labels), cached per (API key, version, client id, resource) until the policy generation changes
 * (a reload applies from the next request on) or `reidentify` (SASL completed) starts over. Bounded
 * at `maxEntries` cached answers per connection (default 4096): past it the cache starts over.
 * Every decision is also handed to the optional DecisionSink (audit events, metrics). Synchronous;
 * throws nothing of its own.
 */
export class ConnectionDecisions {
  // (apiKey, version) -> client id -> answers. Nested maps keyed by the values themselves: no key
  // strings to build and hash on every request.
  private readonly cache = new Map<number, Map<string | null, CacheSlot>>();
  private entries = 0;
  private generation = -1;
  private hits = 0;
  private misses = 0;

  constructor(
    private readonly source: PolicySource,
    private context: ConnectionIdentity,
    private readonly sink?: DecisionSink,
    private readonly maxEntries = DEFAULT_CONNECTION_CACHE_ENTRIES,
  ) {}

  get connection(): ConnectionIdentity {
    return this.context;
  }

  /**
   * The connection's identity changed (SASL completed after the connection started as
   * User:ANONYMOUS): nothing decided for the old principal may be reused.
   */
  reidentify(context: ConnectionIdentity): void {
    this.context = context;
    this.cache.clear();
    this.entries = 0;
  }

  /** Decides a request of this connection; `principal` comes from the connection. */
  decide(request: Omit<RequestDescription, 'principal'>): PolicyDecision {
    return this.decideAndReport(request, true)!;
  }

  /**
   * Decides like `decide`, but returns (and hands to the sink) only a decision that allows the
   * request; undefined otherwise, with nothing reported. For a caller that decides a refused request
   * again another way, which reports it then: the enforcement filter's allowed path, decided from
   * the partial decode, falls back to the full decode for everything else.
   */
  decideAllowed(request: Omit<RequestDescription, 'principal'>): PolicyDecision | undefined {
    return this.decideAndReport(request, false);
  }

  private decideAndReport(
    request: Omit<RequestDescription, 'principal'>,
    refusalsToo: boolean,
  ): PolicyDecision | undefined {
    const policy = this.source.current();
    if (policy.generation !== this.generation) {
      // A reloaded policy applies from the next request on: nothing decided under the old one is reused.
      this.cache.clear();
      this.entries = 0;
      this.generation = policy.generation;
    }
    const { apiKey, apiVersion, clientId } = request;
    const hitsBefore = this.hits;
    const slot = this.slotFor(policy, apiKey, apiVersion, clientId);
    const api = slot.api;
    const topics = this.resources(policy, slot, request, 'topic', request.topics);
    const groups = this.resources(policy, slot, request, 'group', request.groups);
    const transactionalIds = this.resources(
      policy,
      slot,
      request,
      'transactionalId',
      request.transactionalIds,
    );
    const decision: PolicyDecision = {
      generation: policy.generation,
      principal: this.context.principal,
      clientId,
      apiKey,
      apiName: classifyApiKey(apiKey)?.name ?? `Unknown(${apiKey})`,
      apiVersion,
      allowed: api.allowed && allAllowed(topics) && allAllowed(groups) && allAllowed(transactionalIds),
      api,
      topics,
      groups,
      transactionalIds,
    };
    if (!refusalsToo && !decision.allowed) return undefined;
    if (this.sink) {
      const lookups = 1 + topics.length + groups.length + transactionalIds.length;
      const event: DecisionEvent = {
        time: Date.now(),
        connection: this.context,
        decision,
        cached: this.hits - hitsBefore === lookups,
      };
      this.sink.onDecision(event);
    }
    return decision;
  }

  private slotFor(
    policy: CompiledPolicy,
    apiKey: number,
    apiVersion: number,
    clientId: string | null,
  ): CacheSlot {
    const versionKey = apiKey * 65536 + apiVersion;
    let byClient = this.cache.get(versionKey);
    if (!byClient) {
      byClient = new Map();
      this.cache.set(versionKey, byClient);
    }
    let slot = byClient.get(clientId);
    if (slot) {
      this.hits++;
      return slot;
    }
    this.misses++;
    this.makeRoom();
    slot = {
      api: policy.decideApi(this.context.principal, apiKey, apiVersion, clientId, this.context.endpoint),
      topic: new Map(),
      group: new Map(),
      transactionalId: new Map(),
    };
    byClient.set(clientId, slot);
    this.entries++;
    return slot;
  }

  // Hot path: plain loops, no closures.
  private resources(
    policy: CompiledPolicy,
    slot: CacheSlot,
    request: Omit<RequestDescription, 'principal'>,
    kind: NamedResourceKind,
    names: readonly string[] | undefined,
  ): ResourceDecision[] {
    const out: ResourceDecision[] = [];
    if (!names) return out;
    const answers = slot[kind];
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!;
      let d = answers.get(name);
      if (d) this.hits++;
      else {
        this.misses++;
        d = policy.decideResource(
          this.context.principal,
          request.apiKey,
          request.apiVersion,
          request.clientId,
          kind,
          name,
          slot.api,
          this.context.endpoint,
        );
        if (this.entries >= this.maxEntries) {
          // Starting over keeps the bound without bookkeeping; the slot itself stays usable.
          this.cache.clear();
          this.entries = 0;
        }
        answers.set(name, d);
        this.entries++;
      }
      out.push(d);
    }
    return out;
  }

  private makeRoom(): void {
    if (this.entries >= this.maxEntries) {
      this.cache.clear();
      this.entries = 0;
    }
  }

  stats(): { hits: number; misses: number; entries: number; generation: number } {
    return { hits: this.hits, misses: this.misses, entries: this.entries, generation: this.generation };
  }
}
