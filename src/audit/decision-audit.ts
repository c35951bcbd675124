// Turns the policy's decisions into audit events: every denied request is one event at once; allowed
// requests, and in audit mode the requests the policy would deny, are aggregated per principal, API
// and topic over a window (src/audit/decision-aggregator.ts).

import type { DecisionEvent, DecisionSink } from '../policy/decision-events.js';
import type { PolicyDecision, ResourceDecision, RuleRef } from '../policy/engine.js';
import {
  AUDIT_EVENT_TYPES,
  makeEvent,
  type AuditConnection,
  type AuditEvent,
  type AuditResource,
  type AuditRule,
  type DecisionData,
} from './audit-event.js';
import { aclOperationOn, aclOperationsOf } from './acl-operation-of.js';
import { DecisionAggregator, type Aggregate } from './decision-aggregator.js';

export type PolicyMode = 'enforce' | 'audit';

/**
 * Optional details a caller may add to a DecisionEvent (the proxy's enforcement filter knows them;
 * the policy engine does not): the local address the client connected to and the ids of topics the
 * request named by id.
 */
export interface DecisionEventExtras {
  readonly connection: DecisionEvent['connection'] & { readonly localAddress?: string };
  /** Topic name -> topic id (UUID string) for topics the request named by id. */
  readonly topicIds?: Readonly<Record<string, string>>;
}

export interface DecisionAuditOptions {
  readonly source: string;
  /** `audit`: denials are reported as would-deny (and aggregated), since the request went through. */
  readonly mode: () => PolicyMode;
  readonly aggregateWindowMs: number;
  readonly aggregateMaxKeys: number;
  /**
   * The client's address with its port and the proxy address it connected to, by connection id,
   * when the decision event lacks them (the connection lifecycle channel knows them).
   */
  readonly addresses?: (connectionId: string) => { remoteAddress: string; localAddress: string } | undefined;
  /** The ID of a topic by name when the proxy has seen it (Metadata responses, ID lookups). */
  readonly topicIdOf?: (name: string) => string | undefined;
}

function rule(ref: RuleRef | undefined): AuditRule | undefined {
  return ref === undefined ? undefined : { id: ref.id, effect: ref.effect, line: ref.line, text: ref.text };
}

function resource(
  d: ResourceDecision,
  apiKey: number,
  topicIds?: Readonly<Record<string, string>>,
  topicIdOf?: (name: string) => string | undefined,
): AuditResource {
  const r = rule(d.rule);
  const kind = d.kind as AuditResource['kind'];
  const topicId = d.kind === 'topic' ? (topicIds?.[d.name] ?? topicIdOf?.(d.name)) : undefined;
  const operation = aclOperationOn(apiKey, kind);
  return {
    kind,
    name: d.name,
    ...(topicId === undefined ? {} : { topicId }),
    ...(operation === undefined ? {} : { operation }),
    allowed: d.allowed,
    ...(d.errorCode === undefined || d.allowed ? {} : { errorCode: d.errorCode }),
    ...(r === undefined ? {} : { rule: r }),
    reason: d.reason,
  };
}

/** The part that decided: the API when it was denied, else the first denied resource, else the API. */
function decidingPart(d: PolicyDecision): ResourceDecision {
  if (!d.api.allowed) return d.api;
  for (const list of [d.topics, d.groups, d.transactionalIds]) {
    const denied = list.find((x) => !x.allowed);
    if (denied) return denied;
  }
  return d.topics[0] ?? d.groups[0] ?? d.transactionalIds[0] ?? d.api;
}

function connectionOf(
  event: DecisionEvent,
  options?: Pick<DecisionAuditOptions, 'addresses'>,
): AuditConnection {
  const c = event.connection as DecisionEventExtras['connection'];
  const known = options?.addresses?.(c.id);
  const remoteAddress = known?.remoteAddress ?? c.remoteAddress;
  const localAddress = c.localAddress ?? known?.localAddress;
  return {
    id: c.id,
    ...(remoteAddress === undefined ? {} : { remoteAddress }),
    ...(localAddress === undefined ? {} : { localAddress }),
    ...(c.listener === undefined ? {} : { listener: c.listener }),
  };
}

/** The full `data` of one request's decision. */
export function decisionData(
  event: DecisionEvent,
  outcome: DecisionData['decision'],
  options?: Pick<DecisionAuditOptions, 'addresses' | 'topicIdOf'>,
): DecisionData {
  const d = event.decision;
  const topicIds = (event as Partial<DecisionEventExtras>).topicIds;
  const part = decidingPart(d);
  return {
    principal: d.principal,
    identitySource: event.connection.identitySource ?? 'anonymous',
    clientId: d.clientId,
    connection: connectionOf(event, options),
    api: { key: d.apiKey, name: d.apiName, version: d.apiVersion },
    operations: aclOperationsOf(d.apiKey, {
      topic: d.topics.length > 0,
      group: d.groups.length > 0,
      transactionalId: d.transactionalIds.length > 0,
    }),
    decision: outcome,
    rule: rule(part.rule) ?? null,
    reason: part.reason,
    policyGeneration: d.generation,
    topics: d.topics.map((t) => resource(t, d.apiKey, topicIds, options?.topicIdOf)),
    groups: d.groups.map((g) => resource(g, d.apiKey)),
    transactionalIds: d.transactionalIds.map((x) => resource(x, d.apiKey)),
  };
}

interface Sample {
  readonly data: DecisionData;
}

export class DecisionAuditSink implements DecisionSink {
  private readonly aggregator: DecisionAggregator<Sample>;

  constructor(
    private readonly options: DecisionAuditOptions,
    private readonly emit: (event: AuditEvent) => void,
  ) {
    this.aggregator = new DecisionAggregator<Sample>(
      { windowMs: options.aggregateWindowMs, maxKeys: options.aggregateMaxKeys },
      (aggregates, windowMs) => {
        for (const a of aggregates) this.emit(this.aggregateEvent(a, windowMs));
      },
    );
  }

  start(): void {
    this.aggregator.start();
  }

  /** Emits the aggregates of the current window now (shutdown, tests). */
  flush(): void {
    this.aggregator.flush();
  }

  stop(): void {
    this.aggregator.stop();
  }

  onDecision(event: DecisionEvent): void {
    const d = event.decision;
    if (!d.allowed && this.options.mode() === 'enforce') {
      this.emit(
        makeEvent(
          this.options.source,
          AUDIT_EVENT_TYPES.denied,
          decisionData(event, 'denied', this.options),
          d.principal,
          event.time,
        ),
      );
      return;
    }
    // In audit mode a request is "would deny" as a whole, but each topic keeps its own verdict: an
    // allowed topic of a partly denied request is counted as allowed. Hot path: plain loops.
    let apiDenied = !d.api.allowed;
    for (let i = 0; !apiDenied && i < d.groups.length; i++) apiDenied = !d.groups[i]!.allowed;
    for (let i = 0; !apiDenied && i < d.transactionalIds.length; i++)
      apiDenied = !d.transactionalIds[i]!.allowed;
    if (d.topics.length === 0) {
      const decision = apiDenied ? 'would-deny' : 'allowed';
      this.aggregator.observe(
        decision,
        d.principal,
        d.apiKey,
        '',
        event.time,
        d.clientId,
        d.groups,
        d.transactionalIds,
        () => this.sample(event, decision, undefined),
      );
      return;
    }
    for (let i = 0; i < d.topics.length; i++) {
      const t = d.topics[i]!;
      const decision = apiDenied || !t.allowed ? 'would-deny' : 'allowed';
      this.aggregator.observe(
        decision,
        d.principal,
        d.apiKey,
        t.name,
        event.time,
        d.clientId,
        d.groups,
        d.transactionalIds,
        () => this.sample(event, decision, t),
      );
    }
  }

  /** The details of the first request of an aggregate: the decision data with only its topic. */
  private sample(
    event: DecisionEvent,
    decision: DecisionData['decision'],
    topic: ResourceDecision | undefined,
  ): Sample {
    const data = decisionData(event, decision, this.options);
    return {
      data: { ...data, topics: topic === undefined ? [] : data.topics.filter((x) => x.name === topic.name) },
    };
  }

  private aggregateEvent(a: Aggregate<Sample>, windowMs: number): AuditEvent {
    const s = a.sample.data;
    const type = a.key.decision === 'allowed' ? AUDIT_EVENT_TYPES.allowed : AUDIT_EVENT_TYPES.wouldDeny;
    const names = (set: Set<string>, kind: AuditResource['kind'], sampled: readonly AuditResource[]) =>
      [...set].map((name): AuditResource => {
        const found = sampled.find((r) => r.name === name);
        if (found) return found;
        const operation = aclOperationOn(s.api.key, kind);
        return { kind, name, ...(operation === undefined ? {} : { operation }), allowed: true };
      });
    const groups = names(a.groups, 'group', s.groups);
    const transactionalIds = names(a.transactionalIds, 'transactionalId', s.transactionalIds);
    const data: DecisionData = {
      ...s,
      operations: aclOperationsOf(s.api.key, {
        topic: s.topics.length > 0,
        group: groups.length > 0,
        transactionalId: transactionalIds.length > 0,
      }),
      groups,
      transactionalIds,
      clientIds: [...a.clientIds],
      count: a.count,
      firstSeen: new Date(a.firstSeenMs).toISOString(),
      lastSeen: new Date(a.lastSeenMs).toISOString(),
      windowMs,
    };
    return makeEvent(this.options.source, type, data, s.principal, a.lastSeenMs);
  }
}
