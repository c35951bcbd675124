// The policy in the request path: a RequestFilter that resolves the connection's principal, finds
// the request's API module (src/enforcement/apis/registry.ts), decodes what the policy needs and
// lets the module decide, turning the policy's answer into what the broker itself would have
// answered (docs/kafka-protocol-facts.md, "How a broker with an authorizer answers"):
//   allowed                   -> forward
//   some topics/groups denied -> forward the rest, merge error entries into the broker's answer
//   everything denied         -> answer with the broker's error response, built at the request's version
//   denied acks=0 Produce     -> close (the broker closes; acks=0 clients read no answers)
//   no module for the key or version, undecodable body, data before SASL completes -> close, with the reason
// Nothing that cannot be decided is forwarded (fail closed).

import type { ConnectionContext } from '../connection/connection-context.js';
import type {
  RequestContext,
  RequestDecision,
  RequestFilter,
  RequestHeaderInfo,
  StreamedDecision,
} from '../connection/request-decision.js';
import type { Logger } from '../log.js';
import type { DecisionSink, PolicySource } from '../policy/index.js';
import { ConnectionPolicy } from './connection-policy.js';
import type { ClusterTopics } from './cluster-topics.js';
import { RegexSubscriptions } from './regex-subscriptions.js';
import type { PodDirectory, PodIdentity } from '../identity/kubernetes-pods.js';
import { FetchSessionEnforcement } from './fetch-session-enforcement.js';
import { FetchSessionTracker } from './fetch-session-tracker.js';
import { ShareSessionTracker } from './share-session-tracker.js';
import type { TopicIdResolver } from './topic-id-resolver.js';
import { policyOperationsFor, type PolicyOperations } from './authorized-operations.js';
import { apiModule, moduleOf } from './apis/registry.js';
import type { DecisionHooks } from './apis/registered-api.js';
import { closeDecision, type DeciderServices, type EnforcementCounters } from './apis/request-decider.js';

export type { EnforcementCounters } from './apis/request-decider.js';

const FORWARD: RequestDecision = { outcome: 'forward' };

export interface PolicyEnforcementOptions {
  /** The policy in force (a PolicyStore for hot reload). */
  readonly policy: PolicySource;
  /** Receives every decision; the default logs one line per denial. */
  readonly sink?: DecisionSink;
  readonly topicIds: TopicIdResolver;
  readonly log?: Logger;
  /** The pod watch, for the policy's `kubernetes` identity source (gateway mode). */
  readonly pods?: PodDirectory;
  /** Fetch sessions of the upstream cluster; one per proxy (a new one by default). */
  readonly fetchSessions?: FetchSessionTracker;
  /**
   * The cluster's topics, against which KIP-848 regex subscriptions are resolved; without it every
   * regex resolves to no topic (fail closed).
   */
  readonly clusterTopics?: ClusterTopics;
  /**
   * Decide a request every name of which the policy allows from its partial decode, forwarding it
   * unchanged, and decode fully only what must be refused, split, answered or filtered
   * (apis/api-module.ts `allowedFromPeek`). Default true; false decodes every decided request fully
   * (the comparison tests and benchmarks use it).
   */
  readonly peekDecisions?: boolean;
}

/**
 * The enforcement filter: the RequestFilter (src/connection/request-decision.ts) the proxy calls for
 * every client request. `wantsFrame(header)` says whether a request must be collected whole (every
 * API the policy decides) or may stream (connection setup). `decide(request)` resolves the
 * connection's principal (resolveIdentity), finds the request's API module (apis/registry.ts; none
 * for the key or version: `close`), which names the request's resources (topic IDs resolved through
 * the broker when needed), asks ConnectionDecisions, and returns a RequestDecision: `forward`,
 * `forward-modified` (denied entries removed from the request, their errors merged into the broker's
 * response by `rewriteResponse`; responses that would reveal hidden resources filtered), `answer`
 * (the whole request denied: the broker's own error response at the request's version) or `close`
 * (a denied acks=0 Produce, as the broker closes; an unknown or inter-broker API key, an undecodable
 * body, data before SASL completes). It
 * returns a Promise only when it must ask the broker (an unknown topic ID). It never throws and never
 * forwards what it could not decide: any error becomes `close` (fail closed). `counters` counts the
 * outcomes.
 */
export class PolicyEnforcementFilter implements RequestFilter {
  readonly counters: EnforcementCounters = {
    forwarded: 0,
    fromPeek: 0,
    rewritten: 0,
    split: 0,
    answered: 0,
    closed: 0,
  };
  private readonly connections = new WeakMap<ConnectionContext, ConnectionPolicy>();
  /** Fetch sessions (KIP-227) of every connection of this proxy: fetch-session-enforcement.ts. */
  readonly fetchSessions: FetchSessionEnforcement;
  /** KIP-848 regex subscriptions of every connection: regex-subscriptions.ts. */
  private readonly regexes: RegexSubscriptions;

  /** What every API module's decision shares (apis/request-decider.ts). */
  private readonly services: DeciderServices;

  constructor(private readonly options: PolicyEnforcementOptions) {
    this.regexes = new RegexSubscriptions(options.clusterTopics);
    this.fetchSessions = new FetchSessionEnforcement(
      options.fetchSessions ?? new FetchSessionTracker(),
      options.topicIds,
    );
    this.services = {
      counters: this.counters,
      policy: options.policy,
      topicIds: options.topicIds,
      fetchSessions: this.fetchSessions,
      shareSessions: new ShareSessionTracker(),
      regexes: this.regexes,
      peekDecisions: options.peekDecisions ?? true,
      ...(options.log !== undefined ? { log: options.log } : {}),
    };
  }

  /** Every client request the policy decides is collected whole; connection setup streams. */
  wantsFrame(header: RequestHeaderInfo): boolean {
    const module = moduleOf(header.apiKey);
    if (module === undefined) return false;
    // DescribeCluster is never authorized but its answer is filtered (authorized operations).
    return module.handling !== 'unauthorized' || module.revealsUnauthorized;
  }

  /** The pod a connection was identified as, if it has been decided at all. */
  podOf(connection: ConnectionContext): PodIdentity | undefined {
    return this.connections.get(connection)?.identity.pod;
  }

  /** The policy state of a connection (its principal), for diagnostics and tests. */
  connectionPolicy(connection: ConnectionContext): ConnectionPolicy {
    let state = this.connections.get(connection);
    if (state === undefined) {
      state = new ConnectionPolicy(connection, this.options.policy, this.options.sink, this.options.pods);
      this.connections.set(connection, state);
    } else {
      state.refresh();
    }
    return state;
  }

  decide(request: RequestContext): RequestDecision | Promise<RequestDecision> {
    // Fail closed: a request the policy code cannot handle is never forwarded. (No closure is made
    // per request on the synchronous path: this runs for every request.)
    try {
      const decision = this.decideRequest(request);
      return decision instanceof Promise
        ? decision.catch((error: unknown) => this.failed(request, error))
        : decision;
    } catch (error) {
      return this.failed(request, error);
    }
  }

  /**
   * The allowed path from the start of a frame (RequestFilter.decideFromStart): for a module with
   * `allowedFromStart` (Produce), on a connection whose identity and SASL state let it be decided, a
   * request whose start names only what the policy allows is forwarded as it arrives; its tail walk
   * closes the connection as `decide` would on a body that does not decode. Undefined in every other
   * case, and on any error (the request is then collected whole and `decide` fails closed).
   */
  decideFromStart(request: RequestContext, size: number, start: Buffer): StreamedDecision | undefined {
    if (!this.services.peekDecisions) return undefined;
    try {
      const { header, connection } = request;
      const module = apiModule(header.apiKey, header.apiVersion);
      if (module === undefined || module.handling !== 'decided' || !module.decidesFromPeek) return undefined;
      if (!this.saslDone(connection)) return undefined;
      const policy = this.connectionPolicy(connection);
      if (policy.podReleased !== undefined || policy.identity.refuse !== undefined) return undefined;
      const tail = module.decideFromStart(this.services, request, policy, size, start);
      if (tail === undefined) return undefined;
      const hooks = new FilterHooks(this, request, policy, module.name);
      return {
        tail: {
          push: (piece) => tail.push(piece),
          end: () => tail.end(),
          undecodable: (error) => hooks.undecodable(error),
        },
      };
    } catch {
      return undefined;
    }
  }

  private failed(request: RequestContext, error: unknown): RequestDecision {
    return this.close(
      `cannot decide api key ${request.header.apiKey} v${request.header.apiVersion}: ${(error as Error).message}`,
    );
  }

  private decideRequest(request: RequestContext): RequestDecision | Promise<RequestDecision> {
    const { header, connection, frame } = request;
    const policy = this.connectionPolicy(connection);
    // Identity fails closed: never decide a connection as a pod that no longer owns its address, nor
    // as anyone when a source that applies cannot say who it is.
    if (policy.podReleased !== undefined) return this.close(policy.podReleased);
    if (policy.identity.refuse !== undefined)
      return this.close(`cannot identify the connection: ${policy.identity.refuse}`);
    const module = apiModule(header.apiKey, header.apiVersion);
    if (module === undefined || module.handling === 'cluster-action') {
      const d = policy.decisions.decide(describeOnly(header));
      if (module !== undefined && frame !== undefined && this.saslDone(connection)) {
        // The broker answers these on its client listener with CLUSTER_AUTHORIZATION_FAILED.
        this.counters.answered++;
        return { outcome: 'answer', responseBody: module.clusterActionAnswer(frame, header) };
      }
      if (d.api.allowed && moduleOf(header.apiKey) !== undefined) {
        return this.close(`${d.apiName} v${header.apiVersion}: no module handles this version`);
      }
      return this.close(`${d.apiName} v${header.apiVersion}: ${d.api.reason}`);
    }
    if (module.handling === 'unauthorized') {
      // Never authorized (ApiVersions, SASL, telemetry, DescribeCluster), but still a decision the
      // audit trail sees.
      policy.decisions.decide(describeOnly(header));
      if (module.revealsUnauthorized && frame !== undefined) {
        // DescribeCluster's ClusterAuthorizedOperations field is the policy's, not the broker's.
        const decision = module.forwardFiltered(request, this.operations(policy, header));
        if (decision.outcome === 'forward') this.counters.forwarded++;
        else this.counters.rewritten++;
        return decision;
      }
      this.counters.forwarded++;
      return FORWARD;
    }
    if (!this.saslDone(connection)) {
      // The broker refuses anything but the SASL exchange before it completes, and closes.
      policy.decisions.decide(describeOnly(header));
      return this.close(`${module.name} before the SASL exchange completed`);
    }
    if (frame === undefined) return this.close(`${module.name}: the request body was not collected`);
    return module.decide(this.services, request, policy, new FilterHooks(this, request, policy, module.name));
  }

  /** The operations the policy grants the connection's principal, for FilterHooks. */
  operationsFor(policy: ConnectionPolicy, header: RequestHeaderInfo): () => PolicyOperations {
    return this.operations(policy, header);
  }

  /** A close decision, counted and logged, for FilterHooks. */
  closeWith(reason: string): RequestDecision {
    return this.close(reason);
  }

  /** The operations the policy grants the connection's principal (authorized-operations.ts), when asked. */
  private operations(policy: ConnectionPolicy, header: RequestHeaderInfo): () => PolicyOperations {
    return () => policyOperationsFor(policy, this.options.policy, header.clientId);
  }

  /** False while a SASL exchange has started and not completed (the broker then answers nothing else). */
  private saslDone(connection: ConnectionContext): boolean {
    const sasl = connection.sasl;
    return sasl.mechanism === undefined || sasl.authenticated;
  }

  private close(reason: string): RequestDecision {
    return closeDecision(this.services, reason);
  }
}

/**
 * What the filter supplies around one module's decision (apis/registered-api.ts DecisionHooks): an
 * object with methods rather than closures, since one is made for every decided request.
 */
class FilterHooks implements DecisionHooks {
  constructor(
    private readonly filter: PolicyEnforcementFilter,
    private readonly request: RequestContext,
    private readonly policy: ConnectionPolicy,
    private readonly moduleName: string,
  ) {}

  current(): ConnectionPolicy {
    return this.filter.connectionPolicy(this.request.connection);
  }

  operations(current: ConnectionPolicy): () => PolicyOperations {
    return this.filter.operationsFor(current, this.request.header);
  }

  undecodable(error: unknown): RequestDecision {
    const header = this.request.header;
    this.policy.decisions.decide(describeOnly(header));
    return this.filter.closeWith(
      `${this.moduleName} v${header.apiVersion} body does not decode: ${(error as Error).message}`,
    );
  }
}

function describeOnly(header: RequestHeaderInfo): {
  apiKey: number;
  apiVersion: number;
  clientId: string | null;
} {
  return { apiKey: header.apiKey, apiVersion: header.apiVersion, clientId: header.clientId };
}
