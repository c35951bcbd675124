// The policy in the request path: a RequestFilter that decodes what the policy needs, resolves the
// connection's principal and topic IDs, asks the engine, and turns its answer into what the broker
// itself would have answered (docs/kafka-protocol-facts.md, "How a broker with an authorizer answers"):
//   allowed                   -> forward
//   some topics/groups denied -> forward the rest, merge error entries into the broker's answer
//   everything denied         -> answer with the broker's error response, built at the request's version
//   denied acks=0 Produce     -> close (the broker closes; acks=0 clients read no answers)
//   unknown / inter-broker key, undecodable body, data before SASL completes -> close, with the reason
// Nothing that cannot be decided is forwarded (fail closed).

import { ErrorCode } from '../../protocol/errors.js';
import { apiKeyInfo } from '../../protocol/generated/api-keys.js';
import type {
  AddPartitionsToTxnRequest,
  ConsumerGroupHeartbeatRequest,
  DescribeTopicPartitionsRequest,
  FetchRequest,
  FindCoordinatorRequest,
  FindCoordinatorResponse,
  MetadataRequest,
  OffsetFetchRequest,
  ProduceRequest,
} from '../../protocol/generated/index.js';
import { collectEntities } from '../../protocol/partial/index.js';
import type { ConnectionContext } from '../connection/connection-context.js';
import type {
  RequestContext,
  RequestDecision,
  RequestFilter,
  RequestHeaderInfo,
} from '../connection/request-decision.js';
import type { Logger } from '../log.js';
import {
  API_KEYS,
  classifyApiKey,
  isAlwaysAllowed,
  type DecisionSink,
  type PolicyDecision,
  type PolicySource,
  type ResourceDecision,
} from '../policy/index.js';
import { authorizedEntities } from './authorized-entities.js';
import { ConnectionPolicy } from './connection-policy.js';
import type { ClusterTopics } from './cluster-topics.js';
import { INVALID_REGULAR_EXPRESSION, RegexSubscriptions, type RegexOutcome } from './regex-subscriptions.js';
import type { PodDirectory, PodIdentity } from '../identity/kubernetes-pods.js';
import { FetchSessionEnforcement } from './fetch-session-enforcement.js';
import { FetchSessionTracker } from './fetch-session-tracker.js';
import { decideMetadata } from './metadata-enforcement.js';
import { withShareFetchAnswerFiltered } from './share-fetch-filter.js';
import { decideOffsetFetch } from './offset-fetch-enforcement.js';
import { filterListing } from './listing-filters.js';
import {
  decodeRequestFrameBody,
  decodeResponseFrame,
  encodeRequestWithBody,
  encodeResponseBody,
  responseFrameWithBody,
} from './request-codec.js';
import {
  answerAllTopics,
  mergeDeniedTopics,
  resourceListApi,
  type EntryKind,
  type ResourceListApi,
} from './resource-list-apis.js';
import { isUnscoped } from '../policy/policy-model.js';
import type { TopicIdResolver } from './topic-id-resolver.js';
import { policyOperationsFor } from './authorized-operations.js';
import { withRevealingFieldsFiltered } from './response-rewrites.js';
import { namedTopicsFromCursor, rejectedCursorAnswer } from './topic-partitions-cursor.js';
import { rejectedBeforeAuthorization } from './broker-validation.js';
import { hasTransactionalBatch } from './produce-batches.js';
import { clusterActionDenial, isAnsweredInterBrokerKey } from './inter-broker-denials.js';
import { addPartitionsToTxnAnswer, wholeRequestDenial } from './whole-request-denials.js';

const FORWARD: RequestDecision = { outcome: 'forward' };
const FIND_COORDINATOR_TRANSACTION_KEY = 1;
const DESCRIBE_TOPIC_PARTITIONS = 75;

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
}

/** Per-filter counts of what the policy did to requests. */
export interface EnforcementCounters {
  /** Forwarded unchanged. */
  forwarded: number;
  /** Forwarded with a response rewrite (Metadata filtering, a split request). */
  rewritten: number;
  /** Forwarded without their denied entries, whose errors were merged into the answer. */
  split: number;
  answered: number;
  closed: number;
}

/**
 * The enforcement filter: the RequestFilter (src/connection/request-decision.ts) the proxy calls for
 * every client request. `wantsFrame(header)` says whether a request must be collected whole (every
 * API the policy decides) or may stream (connection setup). `decide(request)` resolves the
 * connection's principal (resolveIdentity), names the request's resources (topic IDs resolved through
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
  readonly counters: EnforcementCounters = { forwarded: 0, rewritten: 0, split: 0, answered: 0, closed: 0 };
  private readonly connections = new WeakMap<ConnectionContext, ConnectionPolicy>();
  /** Fetch sessions (KIP-227) of every connection of this proxy: fetch-session-enforcement.ts. */
  readonly fetchSessions: FetchSessionEnforcement;
  /** KIP-848 regex subscriptions of every connection: regex-subscriptions.ts. */
  private readonly regexes: RegexSubscriptions;

  constructor(private readonly options: PolicyEnforcementOptions) {
    this.regexes = new RegexSubscriptions(options.clusterTopics);
    this.fetchSessions = new FetchSessionEnforcement(
      options.fetchSessions ?? new FetchSessionTracker(),
      options.topicIds,
    );
  }

  /** Every client request the policy decides is collected whole; connection setup streams. */
  wantsFrame(header: RequestHeaderInfo): boolean {
    const c = classifyApiKey(header.apiKey);
    if (c?.category === 'inter-broker') return isAnsweredInterBrokerKey(header.apiKey);
    return c !== undefined && (!isAlwaysAllowed(header.apiKey) || header.apiKey === API_KEYS.DescribeCluster);
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
    // Fail closed: a request the policy code cannot handle is never forwarded.
    const failed = (error: unknown): RequestDecision =>
      this.close(
        `cannot decide api key ${request.header.apiKey} v${request.header.apiVersion}: ${(error as Error).message}`,
      );
    try {
      const decision = this.decideRequest(request);
      return decision instanceof Promise ? decision.catch(failed) : decision;
    } catch (error) {
      return failed(error);
    }
  }

  private decideRequest(request: RequestContext): RequestDecision | Promise<RequestDecision> {
    const { header, connection, frame } = request;
    const policy = this.connectionPolicy(connection);
    // Pod identity fails closed: never decide a connection as a pod that no longer owns its address.
    if (policy.podReleased !== undefined) return this.close(policy.podReleased);
    if (policy.identity.refuse !== undefined) return this.close(`no pod identity: ${policy.identity.refuse}`);
    const c = classifyApiKey(header.apiKey);
    if (c === undefined || c.category === 'inter-broker') {
      const d = policy.decisions.decide(describeOnly(header));
      if (isAnsweredInterBrokerKey(header.apiKey) && frame !== undefined && this.saslDone(connection)) {
        // The broker answers these on its client listener with CLUSTER_AUTHORIZATION_FAILED.
        const body = decodeRequestFrameBody(frame, header);
        return this.answer(header, clusterActionDenial(header.apiKey, header.apiVersion, body));
      }
      return this.close(`${d.apiName} v${header.apiVersion}: ${d.api.reason}`);
    }
    if (isAlwaysAllowed(header.apiKey)) {
      // Never authorized (ApiVersions, SASL, telemetry, DescribeCluster), but still a decision the
      // audit trail sees.
      policy.decisions.decide(describeOnly(header));
      if (header.apiKey === API_KEYS.DescribeCluster && frame !== undefined) {
        // Its ClusterAuthorizedOperations field is the policy's, not the broker's.
        return this.counted(this.revealingFieldsFiltered(request, policy, FORWARD));
      }
      return this.counted(FORWARD);
    }
    if (!this.saslDone(connection)) {
      // The broker refuses anything but the SASL exchange before it completes, and closes.
      policy.decisions.decide(describeOnly(header));
      return this.close(`${c.name} before the SASL exchange completed`);
    }
    if (frame === undefined) return this.close(`${c.name}: the request body was not collected`);
    let body: unknown;
    try {
      body = decodeRequestFrameBody(frame, header);
    } catch (error) {
      policy.decisions.decide(describeOnly(header));
      return this.close(`${c.name} v${header.apiVersion} body does not decode: ${(error as Error).message}`);
    }
    const unknownIds = this.unknownTopicIds(header, body);
    if (unknownIds.length === 0) return this.decidedAndFiltered(request, policy, body);
    return this.options.topicIds.resolve(unknownIds).then(() => {
      const current = this.connectionPolicy(connection);
      return this.decidedAndFiltered(request, current, body);
    });
  }

  /** The decision on a decoded request (a Fetch on a session may need topic IDs first), then revealing fields filtered. */
  private decidedAndFiltered(
    request: RequestContext,
    policy: ConnectionPolicy,
    body: unknown,
  ): RequestDecision | Promise<RequestDecision> {
    const decision = this.decideDecoded(request, policy, body);
    return decision instanceof Promise
      ? decision.then((d) => this.revealingFieldsFiltered(request, policy, d, body))
      : this.revealingFieldsFiltered(request, policy, decision, body);
  }

  /** Answers that name what the policy hides (group describes, authorized operations): see response-rewrites.ts. */
  private revealingFieldsFiltered(
    request: RequestContext,
    policy: ConnectionPolicy,
    decision: RequestDecision,
    body: unknown = decodeRequestFrameBody(request.frame!, request.header),
  ): RequestDecision {
    const { header, frame } = request;
    return withRevealingFieldsFiltered(decision, header, frame!, body, () =>
      policyOperationsFor(policy, this.options.policy, header.clientId),
    );
  }

  /** False while a SASL exchange has started and not completed (the broker then answers nothing else). */
  private saslDone(connection: ConnectionContext): boolean {
    const sasl = connection.sasl;
    return sasl.mechanism === undefined || sasl.authenticated;
  }

  private unknownTopicIds(header: RequestHeaderInfo, body: unknown): string[] {
    const info = apiKeyInfo(header.apiKey);
    if (info === undefined) return [];
    const ids = collectEntities(`${info.name}Request`, header.apiVersion, body).topicIds;
    return ids.filter((id) => this.options.topicIds.known(id) === undefined);
  }

  private decideDecoded(
    request: RequestContext,
    policy: ConnectionPolicy,
    body: unknown,
  ): RequestDecision | Promise<RequestDecision> {
    const { header, frame } = request;
    // What the broker rejects before it authorizes anything: its own answer (broker-validation.ts).
    const rejected = rejectedBeforeAuthorization(
      header.apiKey,
      header.apiVersion,
      body,
      (name) => policy.quiet.decide({ ...describeOnly(header), topics: [name] }).topics[0]!.allowed,
    );
    if (rejected !== undefined) return this.answer(header, rejected);
    switch (header.apiKey) {
      case API_KEYS.Metadata:
        return this.counted(
          decideMetadata(header, frame!, body as MetadataRequest, policy, this.options.topicIds),
        );
      case API_KEYS.OffsetFetch:
        return this.counted(
          decideOffsetFetch(header, body as OffsetFetchRequest, policy, this.options.topicIds),
        );
      case API_KEYS.FindCoordinator:
        return this.findCoordinator(header, body as FindCoordinatorRequest, policy);
      case API_KEYS.AddPartitionsToTxn:
        if (header.apiVersion <= 3)
          return this.addPartitionsToTxn(header, body as AddPartitionsToTxnRequest, policy);
        // v4+ is the broker's own call to the transaction coordinator: ClusterAction, never a client's.
        policy.decisions.decide(describeOnly(header));
        return this.answer(
          header,
          wholeRequestDenial(header.apiKey, header.apiVersion, body, ErrorCode.CLUSTER_AUTHORIZATION_FAILED),
        );
      case API_KEYS.ConsumerGroupHeartbeat:
      case API_KEYS.ShareGroupHeartbeat:
        return this.groupHeartbeat(request, body as ConsumerGroupHeartbeatRequest, policy);
      case API_KEYS.ShareFetch:
        // A share session's partitions beyond those named: judged in the answer (share-fetch-filter.ts).
        return withShareFetchAnswerFiltered(
          this.decideWhole(header, policy, body),
          header,
          frame!,
          policy.quiet,
          this.options.topicIds,
        );
      case API_KEYS.Fetch: {
        const sessions = this.fetchSessions.decide(request, policy, body as FetchRequest);
        if (sessions !== undefined) {
          return sessions instanceof Promise ? sessions.then((d) => this.counted(d)) : this.counted(sessions);
        }
        break;
      }
    }
    if (header.apiKey === DESCRIBE_TOPIC_PARTITIONS) {
      // A cursor the broker rejects before it authorizes anything: its INVALID_REQUEST answer.
      const rejected = rejectedCursorAnswer(body as DescribeTopicPartitionsRequest);
      if (rejected !== undefined) return this.answer(header, rejected);
    }
    const listing = filterListing(header, frame!, body, policy);
    if (listing !== undefined) return this.counted(listing);
    const list = resourceListApi(header.apiKey);
    if (list !== undefined) {
      const listed =
        header.apiKey === DESCRIBE_TOPIC_PARTITIONS ? this.fromCursor(header, body, policy) : body;
      return this.decideList(request, policy, listed, list);
    }
    return this.decideWhole(header, policy, body);
  }

  /** A named DescribeTopicPartitions with a cursor: only what the broker considers (topic-partitions-cursor.ts). */
  private fromCursor(header: RequestHeaderInfo, body: unknown, policy: ConnectionPolicy): unknown {
    return namedTopicsFromCursor(body as DescribeTopicPartitionsRequest, (name) => {
      const d = policy.quiet.decide({ ...describeOnly(header), topics: [name] });
      return !d.topics[0]!.allowed;
    });
  }

  /** Requests that are one list of topics or groups: each entry is decided on its own. */
  private decideList(
    request: RequestContext,
    policy: ConnectionPolicy,
    body: unknown,
    list: ResourceListApi,
  ): RequestDecision {
    const { header, expectsResponse } = request;
    const version = header.apiVersion;
    const entries = list.requestTopics(body, version);
    const refs = entries.map((e) => list.ref(e, version));
    const names = refs.map(
      (r) => r.name ?? (r.id !== null ? (this.options.topicIds.known(r.id) ?? null) : null),
    );
    const kinds = entries.map((e) => list.entryKind?.(e) ?? list.kind);
    const named = (kind: EntryKind): string[] =>
      names.filter((n, i): n is string => n !== null && kinds[i] === kind);
    const scope = wholeScopeResources(header.apiKey, body, list.kind);
    const decision = policy.decisions.decide({
      ...describeOnly(header),
      topics: [...named('topic'), ...scope.topics],
      groups: [...named('group'), ...scope.groups],
      transactionalIds: [...named('transactionalId'), ...scope.transactionalIds],
    });
    // Only what scopes the whole request (Produce's transactional id, OffsetCommit's group) can fail
    // it as a whole; entries of the list are decided one by one.
    const scoped = scope.groups.length + scope.transactionalIds.length > 0;
    const whole = scoped ? wholeRequestCode(decision, list.kind) : 0;
    const clusterCode = this.clusterEntryCode(decision);
    const next = { topic: 0, group: 0, transactionalId: 0 };
    const verdictsOf = {
      topic: decision.topics,
      group: decision.groups,
      transactionalId: decision.transactionalIds,
    };
    const codes = names.map((name, i) => {
      if (name === null) return ErrorCode.UNKNOWN_TOPIC_ID;
      const kind = kinds[i]!;
      if (kind === 'cluster') return clusterCode;
      const v = verdictsOf[kind][next[kind]++]!;
      if (whole !== 0) return whole;
      return v.allowed ? 0 : (v.errorCode ?? ErrorCode.TOPIC_AUTHORIZATION_FAILED);
    });
    if (whole === 0 && codes.every((code) => code === 0)) return this.counted(FORWARD);
    if (!expectsResponse) {
      // acks=0: the broker answers nothing and closes the connection on any error.
      return this.close(`${decision.apiName} with acks=0 denied: ${firstDenial(decision)}`);
    }
    if (whole !== 0 || codes.every((code) => code !== 0)) {
      const response =
        whole !== 0
          ? wholeRequestDenial(header.apiKey, version, body, whole)
          : answerAllTopics(list, body, version, codes);
      return this.answer(header, response);
    }
    // Some entries allowed, some denied: forward the allowed ones and merge the rest back in.
    const kept = entries.filter((_e, i) => codes[i] === 0);
    this.counters.split++;
    this.counters.rewritten++;
    return {
      outcome: 'forward-modified',
      frame: encodeRequestWithBody(header, list.withRequestTopics(body, [...kept], version)),
      rewriteResponse: (responseFrame) => {
        const { body: response, headerEnd } = decodeResponseFrame(responseFrame, header.apiKey, version);
        mergeDeniedTopics(list, body, response, version, codes);
        return responseFrameWithBody(responseFrame, headerEnd, header.apiKey, version, response);
      },
    };
  }

  /**
   * Cluster-level entries of a mixed list (broker configs in DescribeConfigs): allowed only by a rule
   * that covers the API without naming a topic, group or transactional id; a rule about some topics
   * does not open broker configuration.
   */
  private clusterEntryCode(decision: PolicyDecision): number {
    const denied = decision.api.errorCode ?? ErrorCode.CLUSTER_AUTHORIZATION_FAILED;
    if (!decision.api.allowed || decision.api.rule === undefined) return denied;
    const ruleId = decision.api.rule.id;
    for (const set of this.options.policy.current().policy.ruleSets) {
      const rule = set.allow.find((r) => r.id === ruleId);
      if (rule !== undefined) return isUnscoped(rule) ? 0 : ErrorCode.CLUSTER_AUTHORIZATION_FAILED;
    }
    return denied;
  }

  /** Everything else: the request is allowed or refused as a whole. */
  private decideWhole(header: RequestHeaderInfo, policy: ConnectionPolicy, body: unknown): RequestDecision {
    const info = apiKeyInfo(header.apiKey)!;
    // Only the kinds Kafka authorizes on this API are decided: the topics ListPartitionReassignments
    // or ElectLeaders name are authorized on the cluster alone (authorized-entities.ts).
    const entities = authorizedEntities(
      classifyApiKey(header.apiKey)!,
      collectEntities(`${info.name}Request`, header.apiVersion, body),
    );
    const resolvedIds = entities.topicIds.map((id) => this.options.topicIds.known(id));
    const decision = policy.decisions.decide({
      ...describeOnly(header),
      topics: [...entities.topicNames, ...resolvedIds.filter((n): n is string => n !== undefined)],
      groups: entities.groupIds,
      transactionalIds: entities.transactionalIds,
    });
    const unresolved = resolvedIds.some((n) => n === undefined);
    if (decision.allowed && !unresolved) return this.counted(FORWARD);
    const code = decision.allowed
      ? ErrorCode.UNKNOWN_TOPIC_ID
      : wholeRequestCode(decision, 'topic') || firstCode(decision);
    return this.answerOrClose(header, body, code, decision);
  }

  private findCoordinator(
    header: RequestHeaderInfo,
    body: FindCoordinatorRequest,
    policy: ConnectionPolicy,
  ): RequestDecision {
    const keys = header.apiVersion >= 4 ? body.coordinatorKeys : [body.key];
    const transactional = body.keyType === FIND_COORDINATOR_TRANSACTION_KEY;
    const decision = policy.decisions.decide({
      ...describeOnly(header),
      ...(transactional ? { transactionalIds: keys } : { groups: keys }),
    });
    if (decision.allowed) return this.counted(FORWARD);
    const verdicts = transactional ? decision.transactionalIds : decision.groups;
    const code = verdicts.find((v) => !v.allowed)?.errorCode ?? firstCode(decision);
    if (header.apiVersion < 4 || !verdicts.some((v) => v.allowed)) {
      return this.answerOrClose(header, body, code, decision);
    }
    // A v4+ batch is answered key by key: the allowed keys are looked up by the broker, the denied
    // ones answered here, in the request's order.
    const codes = verdicts.map((v) => (v.allowed ? 0 : (v.errorCode ?? code)));
    this.counters.split++;
    this.counters.rewritten++;
    return {
      outcome: 'forward-modified',
      frame: encodeRequestWithBody(header, {
        ...body,
        coordinatorKeys: keys.filter((_k, i) => codes[i] === 0),
      }),
      rewriteResponse: (responseFrame) => {
        const { body: decoded, headerEnd } = decodeResponseFrame(
          responseFrame,
          header.apiKey,
          header.apiVersion,
        );
        const response = decoded as FindCoordinatorResponse;
        const byKey = new Map(response.coordinators.map((c) => [c.key, c]));
        response.coordinators = keys.flatMap((key, i) => {
          if (codes[i] !== 0) {
            return [{ key, nodeId: -1, host: '', port: -1, errorCode: codes[i]!, errorMessage: null }];
          }
          const entry = byKey.get(key);
          return entry === undefined ? [] : [entry];
        });
        return responseFrameWithBody(responseFrame, headerEnd, header.apiKey, header.apiVersion, response);
      },
    };
  }

  private addPartitionsToTxn(
    header: RequestHeaderInfo,
    body: AddPartitionsToTxnRequest,
    policy: ConnectionPolicy,
  ): RequestDecision {
    const topics = body.v3AndBelowTopics.map((t) => t.name);
    const decision = policy.decisions.decide({
      ...describeOnly(header),
      transactionalIds: [body.v3AndBelowTransactionalId],
      topics,
    });
    if (decision.allowed) return this.counted(FORWARD);
    const txn = decision.transactionalIds[0]!;
    // The broker authorizes per partition: refused topics that name no partition refuse nothing,
    // and the request goes to the coordinator (which adds nothing for them).
    const refusesPartitions = body.v3AndBelowTopics.some(
      (t, i) => t.partitions.length > 0 && !decision.topics[i]!.allowed,
    );
    if (txn.allowed && !refusesPartitions) return this.counted(FORWARD);
    const codeOf = (topic: string): number => {
      if (!txn.allowed) return txn.errorCode ?? ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED;
      const v = decision.topics[topics.indexOf(topic)]!;
      return v.allowed ? 0 : (v.errorCode ?? ErrorCode.TOPIC_AUTHORIZATION_FAILED);
    };
    return this.answer(header, addPartitionsToTxnAnswer(body, header.apiVersion, codeOf, txn.allowed));
  }

  /** KIP-848 / KIP-932 heartbeats: Read on the group, then Describe on every subscribed topic name. */
  private groupHeartbeat(
    request: RequestContext,
    body: ConsumerGroupHeartbeatRequest,
    policy: ConnectionPolicy,
  ): RequestDecision | Promise<RequestDecision> {
    const { header } = request;
    const decision = policy.decisions.decide({
      ...describeOnly(header),
      groups: [body.groupId],
      topics: body.subscribedTopicNames ?? [],
    });
    if (!decision.allowed) {
      const code = wholeRequestCode(decision, 'topic') || firstCode(decision);
      return this.answerOrClose(header, body, code, decision);
    }
    if (header.apiKey !== API_KEYS.ConsumerGroupHeartbeat || header.apiVersion < 1) {
      return this.counted(FORWARD);
    }
    // A regex subscription is resolved here, against the topics the member may Describe
    // (regex-subscriptions.ts): the broker gets the list, never the member's regex.
    const mayDescribe = (topics: readonly string[]): boolean[] =>
      policy.quiet
        .decide({ ...describeOnly(header), groups: [body.groupId], topics: [...topics] })
        .topics.map((v) => v.allowed);
    const withRegex = (outcome: RegexOutcome): RequestDecision => {
      if (outcome.kind === 'unchanged') return this.counted(FORWARD);
      if (outcome.kind === 'invalid') {
        return this.answer(header, {
          ...(wholeRequestDenial(
            header.apiKey,
            header.apiVersion,
            body,
            INVALID_REGULAR_EXPRESSION,
          ) as object),
          errorMessage: outcome.message,
        });
      }
      return this.counted({
        outcome: 'forward-modified',
        frame: encodeRequestWithBody(header, { ...body, subscribedTopicRegex: outcome.regex }),
      });
    };
    const outcome = this.regexes.heartbeat(request.connection, body, mayDescribe);
    return outcome instanceof Promise ? outcome.then(withRegex) : withRegex(outcome);
  }

  private answerOrClose(
    header: RequestHeaderInfo,
    body: unknown,
    code: number,
    decision: PolicyDecision,
  ): RequestDecision {
    const response = wholeRequestDenial(header.apiKey, header.apiVersion, body, code);
    if (response === undefined) {
      return this.close(
        `${decision.apiName} denied and its response has no error field: ${firstDenial(decision)}`,
      );
    }
    return this.answer(header, response);
  }

  private answer(header: RequestHeaderInfo, response: unknown): RequestDecision {
    this.counters.answered++;
    return {
      outcome: 'answer',
      responseBody: encodeResponseBody(header.apiKey, header.apiVersion, response),
    };
  }

  private close(reason: string): RequestDecision {
    this.counters.closed++;
    this.options.log?.warn({ event: 'policy.close', reason }, `policy closes the connection: ${reason}`);
    return { outcome: 'close', reason: `policy: ${reason}` };
  }

  private counted(decision: RequestDecision): RequestDecision {
    if (decision.outcome === 'forward') this.counters.forwarded++;
    else if (decision.outcome === 'forward-modified') this.counters.rewritten++;
    else if (decision.outcome === 'answer') this.counters.answered++;
    return decision;
  }
}

function describeOnly(header: RequestHeaderInfo): {
  apiKey: number;
  apiVersion: number;
  clientId: string | null;
} {
  return { apiKey: header.apiKey, apiVersion: header.apiVersion, clientId: header.clientId };
}

/** Groups and transactional ids that scope a whole list request (OffsetCommit's group, Produce's transactional id). */
function wholeScopeResources(
  apiKey: number,
  body: unknown,
  kind: EntryKind,
): { topics: string[]; groups: string[]; transactionalIds: string[] } {
  const out = { topics: [] as string[], groups: [] as string[], transactionalIds: [] as string[] };
  if (kind !== 'topic') return out;
  const b = body as { transactionalId?: string | null; groupId?: string };
  if (apiKey === API_KEYS.Produce) {
    // The transactional id counts only for transactional batches (produce-batches.ts).
    const produce = body as ProduceRequest;
    if (produce.transactionalId !== null && hasTransactionalBatch(produce)) {
      out.transactionalIds.push(produce.transactionalId);
    }
  } else if (apiKey === API_KEYS.OffsetCommit) {
    out.groups.push(b.groupId!);
  } else if (apiKey === API_KEYS.TxnOffsetCommit) {
    out.transactionalIds.push(b.transactionalId!);
    out.groups.push(b.groupId!);
  }
  return out;
}

function codeOf(v: ResourceDecision, fallback: number): number {
  return v.errorCode ?? fallback;
}

/**
 * The code that refuses the whole request, 0 when the entries decide one by one. Kafka checks the
 * transactional id first, then the group, then (for APIs without entries of the list's kind) the API.
 */
function wholeRequestCode(decision: PolicyDecision, listKind: EntryKind): number {
  const txn = decision.transactionalIds.find((v) => !v.allowed);
  if (txn) return codeOf(txn, ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED);
  if (listKind === 'topic') {
    const group = decision.groups.find((v) => !v.allowed);
    if (group) return codeOf(group, ErrorCode.GROUP_AUTHORIZATION_FAILED);
  }
  return 0;
}

function firstCode(decision: PolicyDecision): number {
  if (!decision.api.allowed) return decision.api.errorCode ?? ErrorCode.CLUSTER_AUTHORIZATION_FAILED;
  const denied = [...decision.transactionalIds, ...decision.groups, ...decision.topics].find(
    (v) => !v.allowed,
  );
  return denied?.errorCode ?? ErrorCode.TOPIC_AUTHORIZATION_FAILED;
}

function firstDenial(decision: PolicyDecision): string {
  if (!decision.api.allowed) return decision.api.reason;
  const denied = [...decision.transactionalIds, ...decision.groups, ...decision.topics].find(
    (v) => !v.allowed,
  );
  return denied?.reason ?? 'denied';
}
