// Fetch with sessions (KIP-227), decided the way the broker's authorizer decides it: on every fetch,
// full or incremental, every partition of the session is authorized for the principal of THAT
// request under the policy in force now, and a partition it may not read is answered
// TOPIC_AUTHORIZATION_FAILED (29) with no records, whoever opened the session and under whatever
// policy. docs/fetch-sessions.md states the broker's rules this follows, with their sources.
//
//   ReplicaId >= 0     a follower's fetch: every partition 29, as the broker answers a principal
//                      without ClusterAction; sessionless: answered here; with a session: forwarded
//                      as a consumer fetch that does not wait, so the broker's session moves on as
//                      the reference's does, and every partition of the answer refused
//   epoch -1, id 0     sessionless: decided like any topic list (the caller's split path)
//   epoch -1, id S     the broker closes S and answers sessionless: S forgotten, the request
//                      forwarded unchanged, the answer made the authorizer's (answerLikeAuthorizer)
//   epoch 0            full fetch: any S named is closed; forwarded unchanged (the broker's new
//                      session holds every partition of it, denied ones too, as the reference's
//                      does); the answer's SessionId registers the new session; the answer made
//                      the authorizer's
//   epoch > 0, S known wrong epoch: answered 71 here, as the broker would; session of the other
//                      topic-ID mode: 106; else the request's Topics and ForgottenTopicsData are
//                      applied, the epoch advances, the request is forwarded unchanged (so the
//                      broker's epoch stays in step, whoever sends it) and, only when some
//                      partition of the session is denied to this principal, the answer is
//                      rewritten: every refused partition of the session 29, in session order;
//                      a broker error in the answer (71, 70: the session moved on elsewhere) makes
//                      the session opaque here
//   epoch > 0, S not known (opened before a restart, through another replica or a bootstrap
//                      connection to an unknown node, evicted, or opaque): forwarded; every
//                      partition of the answer is judged on its own, unresolvable topic IDs never
//                      carry records

import { ErrorCode } from '../../protocol/errors.js';
import { ZERO_UUID } from '../../protocol/primitives/codec-runtime.js';
import { ApiKey } from '../../protocol/generated/api-keys.js';
import { responseCodecOf } from '../../protocol/generated/codecs.js';
import type { FetchRequest, FetchResponse } from '../../protocol/generated/index.js';
import type { ConnectionContext } from '../connection/connection-context.js';
import type { RequestContext, RequestDecision } from '../connection/request-decision.js';
import type { ConnectionDecisions } from '../policy/index.js';
import type { ConnectionPolicy } from './connection-policy.js';
import {
  answerLikeAuthorizer,
  brokerFailsToList,
  fetchResponseSession,
  filterEveryPartition,
  type TopicVerdict,
} from './fetch-response-filter.js';
import {
  FetchSessionTracker,
  TrackedSession,
  type SessionPartition,
  type TopicPartitions,
} from './fetch-session-tracker.js';
import {
  decodeResponseFrame,
  encodeRequestWithBody,
  encodeResponseBody,
  responseFrameWithBody,
} from './request-codec.js';
import { answerAllEntries } from './apis/resource-list.js';
import { fetchList, knownIsolationLevel, wholeFetchError } from './apis/fetch.js';
import { skeletonOf } from './default-value-reader.js';
import type { TopicIdResolver } from './topic-id-resolver.js';

const FINAL_EPOCH = -1;
const INITIAL_EPOCH = 0;

/**
 * Which broker's session cache a connection's session ids live in: the node its upstream connection
 * reached (a node listener's node, or a bootstrap connection to an address that is a known node's).
 * A bootstrap connection whose node the proxy cannot tell (a load-balanced bootstrap Service may
 * reach any broker) keeps its sessions to itself: used from elsewhere they count as unknown.
 */
export function brokerKeyOf(connection: ConnectionContext): string {
  const node =
    connection.listener.kind === 'node' ? connection.listener.nodeId : connection.upstreamNodeId?.();
  return node !== undefined ? `node-${node}` : `bootstrap-connection-${connection.id}`;
}

/** The request's Topics (or ForgottenTopicsData) as topic keys: topic IDs from v13, names before. */
function partitionsOf(
  topics: ReadonlyArray<{
    topic: string;
    topicId: string;
    partitions: ReadonlyArray<number | { partition: number }>;
  }>,
  version: number,
): TopicPartitions[] {
  return topics.map((t) => ({
    key: version >= 13 ? t.topicId : t.topic,
    partitions: t.partitions.map((p) => (typeof p === 'number' ? p : p.partition)),
  }));
}

/** The partitions of a request's topic list, in request order (the broker's full-fetch order). */
function flatten(topics: readonly TopicPartitions[]): SessionPartition[] {
  return topics.flatMap((t) => t.partitions.map((partition) => ({ key: t.key, partition })));
}

/** The replica id of a Fetch: ReplicaState.ReplicaId from v15, ReplicaId before. */
function replicaIdOf(body: FetchRequest, version: number): number {
  return version >= 15 ? body.replicaState.replicaId : body.replicaId;
}

/**
 * What one Fetch is forwarded as, and how its partitions are judged: a consumer's fetch as it is,
 * with the policy's verdict per topic; a follower's (ReplicaId >= 0) as a consumer fetch without
 * waiting, every partition refused.
 */
interface Forwarding {
  readonly frame: Buffer;
  readonly follower: boolean;
  /**
   * A consumer's fetch with an isolation level the broker cannot read (not 0 or 1), forwarded as
   * READ_UNCOMMITTED without waiting: the reference fails it as a whole only once it has an
   * authorized partition to read (`readsAuthorized`), and never waits for data first; the broker
   * behind the proxy, reading every partition, would fail it always.
   */
  readonly unreadableLevel: boolean;
}

/** Fetch-session decisions of one proxy: the tracker is shared by all its connections. */
export class FetchSessionEnforcement {
  constructor(
    readonly tracker: FetchSessionTracker,
    private readonly topicIds: TopicIdResolver,
  ) {}

  /**
   * The decision for a Fetch that involves a session, or a follower's fetch, or undefined for a
   * consumer's sessionless fetch naming no session (epoch -1, id 0), which the caller decides as a
   * plain topic list. May return a promise when topic IDs of the session must first be asked of
   * the broker.
   */
  decide(
    request: RequestContext,
    policy: ConnectionPolicy,
    body: FetchRequest,
  ): RequestDecision | Promise<RequestDecision> | undefined {
    const { sessionId, sessionEpoch } = body;
    const version = request.header.apiVersion;
    const follower = replicaIdOf(body, version) >= 0;
    if (sessionEpoch === FINAL_EPOCH && sessionId === 0) {
      if (!follower) return undefined;
      // A follower's sessionless fetch: no broker state to keep in step, so it is answered here,
      // every partition 29, as the broker answers a principal without ClusterAction.
      policy.decisions.decide(describe(request, []));
      const codes = body.topics.map(() => ErrorCode.TOPIC_AUTHORIZATION_FAILED);
      return {
        outcome: 'answer',
        responseBody: encodeResponseBody(
          ApiKey.Fetch,
          version,
          answerAllEntries(fetchList, responseCodecOf(ApiKey.Fetch), body, version, codes),
        ),
      };
    }
    const unreadableLevel = !follower && !knownIsolationLevel(body);
    const forwarding: Forwarding = {
      frame: follower
        ? asConsumerFetch(request, body)
        : unreadableLevel
          ? encodeRequestWithBody(request.header, { ...body, isolationLevel: 0, maxWaitMs: 0 })
          : request.frame!,
      follower,
      unreadableLevel,
    };
    const broker = brokerKeyOf(request.connection);
    if (sessionEpoch <= INITIAL_EPOCH) {
      // Full fetch: any session named is closed by the broker, whatever else happens.
      if (sessionId !== 0) this.tracker.close(broker, sessionId);
      return this.full(request, policy, body, broker, forwarding, sessionEpoch === INITIAL_EPOCH);
    }
    const entry = this.tracker.get(broker, sessionId);
    if (entry === undefined || entry === 'opaque')
      return this.unknown(request, policy, body, broker, forwarding);
    const missing = entry.usesTopicIds
      ? [...entry.topicKeys()].filter((id) => this.topicIds.known(id) === undefined)
      : [];
    if (missing.length === 0) return this.incremental(request, policy, body, broker, forwarding);
    // Resolve the session's IDs first, then decide against the tracker as it is then (another
    // connection may have moved the session on meanwhile).
    return this.topicIds
      .resolve(missing)
      .then(() => this.incremental(request, policy, body, broker, forwarding));
  }

  /**
   * Epoch 0 (opens a session) or epoch -1 with a session id (closes it), or an incremental fetch
   * that empties its session: the request's partitions are the set, in request order.
   */
  private full(
    request: RequestContext,
    policy: ConnectionPolicy,
    body: FetchRequest,
    broker: string,
    forwarding: Forwarding,
    opens: boolean,
  ): RequestDecision {
    const version = request.header.apiVersion;
    const topics = partitionsOf(body.topics, version);
    const verdict = this.verdictFor(
      policy.decisions,
      request,
      forwarding,
      topics.map((p) => p.key),
      version,
    );
    const partitions = flatten(topics);
    const refuses = partitions.some((p) => verdict(p.key) !== 0);
    const register = (errorCode: number, sessionId: number): void => {
      if (opens && errorCode === 0 && sessionId !== 0) {
        this.tracker.create(broker, sessionId, new TrackedSession(version >= 13, topics));
      }
    };
    const forwarded = frameFor(request, body, forwarding, version, partitions, verdict);
    if (!forwarding.unreadableLevel && !refuses) {
      // The answer is not changed: only its SessionId is read, from the head (the answer streams).
      return {
        outcome: 'forward-modified',
        frame: forwarded,
        observeResponseHead: (head) => {
          const { errorCode, sessionId } = fetchHeadSession(head, version);
          register(errorCode, sessionId);
        },
      };
    }
    return {
      outcome: 'forward-modified',
      frame: forwarded,
      rewriteResponse: (frame) => {
        if (forwarding.unreadableLevel) {
          const { body: answer } = decodeResponseFrame(frame, ApiKey.Fetch, version);
          // The reference fails before it opens a session: the broker's new one is left unused.
          if (readsAuthorized(answer as FetchResponse, version, partitions, verdict))
            return rewrite(frame, version, (response) => failWhole(response, version, body));
        }
        const { errorCode, sessionId } = fetchResponseSession(frame, version);
        register(errorCode, sessionId);
        if (!refuses) return frame;
        return rewrite(frame, version, (response) =>
          likeAuthorizer(response, version, body, partitions, verdict),
        );
      },
    };
  }

  private incremental(
    request: RequestContext,
    policy: ConnectionPolicy,
    body: FetchRequest,
    broker: string,
    forwarding: Forwarding,
  ): RequestDecision {
    const version = request.header.apiVersion;
    const entry = this.tracker.get(broker, body.sessionId);
    if (entry === undefined || entry === 'opaque')
      return this.unknown(request, policy, body, broker, forwarding);
    // The proxy forwards one request per epoch value of a session it knows, in the order it applies
    // them: a wrong epoch (or a request of the other topic-ID mode) is answered here as the broker
    // answers it, without moving the session. Forwarding it would let a broker that has moved on
    // without the proxy (a session used through another proxy replica) catch up with the proxy's
    // epoch while holding partitions the proxy does not know.
    if (body.sessionEpoch !== entry.epoch) {
      policy.decisions.decide(describe(request, []));
      return sessionError(version, ErrorCode.INVALID_FETCH_SESSION_EPOCH);
    }
    if (entry.usesTopicIds !== version >= 13) {
      policy.decisions.decide(describe(request, []));
      return sessionError(version, ErrorCode.FETCH_SESSION_TOPIC_ID_ERROR);
    }
    const added = partitionsOf(body.topics, version);
    this.tracker.update(entry, added, partitionsOf(body.forgottenTopicsData, version));
    if (entry.size === 0) {
      // The broker drops a session left empty and answers the request sessionless.
      this.tracker.close(broker, body.sessionId);
      return this.full(request, policy, body, broker, forwarding, false);
    }
    const verdict = this.verdictFor(policy.decisions, request, forwarding, [...entry.topicKeys()], version);
    const partitions = [...entry.partitions()];
    if (!forwarding.unreadableLevel && !partitions.some((p) => verdict(p.key) !== 0)) {
      // Forwarded as is, but the proxy's copy moved on only if the broker took the fetch: a session
      // also used through another proxy replica may be at another epoch on the broker (71) and hold
      // partitions this copy does not know. The answer's top-level error says so; the session is
      // then opaque here and every later fetch on it is judged partition by partition. Only the
      // answer's head is read: it streams.
      return {
        outcome: 'forward-modified',
        frame: forwarding.frame,
        observeResponseHead: (head) => {
          const { errorCode } = fetchHeadSession(head, version);
          if (errorCode !== 0 && errorCode !== ErrorCode.UNKNOWN_SERVER_ERROR) {
            this.tracker.markOpaque(broker, body.sessionId);
          }
        },
      };
    }
    return {
      outcome: 'forward-modified',
      frame: frameFor(request, body, forwarding, version, partitions, verdict),
      rewriteResponse: (frame) =>
        rewrite(frame, version, (response) => {
          // The broker refused what the proxy expected it to take: its session is no longer the
          // proxy's copy. (UNKNOWN_SERVER_ERROR comes after the session was moved on.)
          if (response.errorCode !== 0 && response.errorCode !== ErrorCode.UNKNOWN_SERVER_ERROR) {
            this.tracker.markOpaque(broker, body.sessionId);
          }
          // The reference moves the session on, then fails reading the isolation level.
          if (forwarding.unreadableLevel && readsAuthorized(response, version, partitions, verdict))
            failWhole(response, version, body);
          else likeAuthorizer(response, version, body, partitions, verdict);
        }),
    };
  }

  /** An incremental fetch on a session whose partitions the proxy does not know. */
  private unknown(
    request: RequestContext,
    policy: ConnectionPolicy,
    body: FetchRequest,
    broker: string,
    forwarding: Forwarding,
  ): RequestDecision {
    const version = request.header.apiVersion;
    const requested = partitionsOf(body.topics, version).map((p) => p.key);
    this.verdictFor(policy.decisions, request, forwarding, requested, version);
    return {
      outcome: 'forward-modified',
      frame: forwarding.frame,
      rewriteResponse: (frame) =>
        rewrite(frame, version, (response) => {
          // The broker took a fetch on this id: it is live, and its set is not the proxy's to know.
          if (response.errorCode === 0 && response.sessionId !== 0) {
            this.tracker.markOpaque(broker, response.sessionId);
          }
          const keys = response.responses.map((e) => (version >= 13 ? e.topicId : e.topic));
          if (keys.length === 0) return;
          const verdict = forwarding.follower
            ? refuseEvery
            : this.verdicts(policy.decisions, request, keys, version);
          if (forwarding.unreadableLevel && readsAuthorized(response, version, [], verdict))
            failWhole(response, version, body);
          else filterEveryPartition(response, version, verdict);
        }),
    };
  }

  /**
   * The verdict on a fetch's topics: for a follower's fetch every topic refused (one decision with
   * no topics reported to the decision sink), else `verdicts`.
   */
  private verdictFor(
    decisions: ConnectionDecisions,
    request: RequestContext,
    forwarding: Forwarding,
    keys: readonly string[],
    version: number,
  ): TopicVerdict {
    if (!forwarding.follower) return this.verdicts(decisions, request, keys, version);
    decisions.decide(describe(request, []));
    return refuseEvery;
  }

  /**
   * Decides Read on every topic key for this connection's principal under the policy in force (one
   * decision, reported to the decision sink) and returns the code per key: 0, the rule's error code
   * (29 by default), or UNKNOWN_TOPIC_ID for an ID the proxy cannot name.
   */
  private verdicts(
    decisions: ConnectionDecisions,
    request: RequestContext,
    keys: readonly string[],
    version: number,
  ): TopicVerdict {
    const names = keys.map((k) => (version >= 13 ? (this.topicIds.known(k) ?? null) : k));
    const named = names.filter((n): n is string => n !== null);
    const decision = decisions.decide(describe(request, named));
    const codes = new Map<string, number>();
    let next = 0;
    keys.forEach((key, i) => {
      if (names[i] === null) {
        codes.set(key, ErrorCode.UNKNOWN_TOPIC_ID);
        return;
      }
      const v = decision.topics[next++]!;
      // A topic named twice keeps its refusal.
      if (!v.allowed) codes.set(key, v.errorCode ?? ErrorCode.TOPIC_AUTHORIZATION_FAILED);
      else if (!codes.has(key)) codes.set(key, 0);
    });
    return (key) => codes.get(key) ?? ErrorCode.UNKNOWN_TOPIC_ID;
  }
}

function describe(
  request: RequestContext,
  topics: string[],
): { apiKey: number; apiVersion: number; clientId: string | null; topics: string[] } {
  const { header } = request;
  return { apiKey: header.apiKey, apiVersion: header.apiVersion, clientId: header.clientId, topics };
}

/** The broker's answer to a fetch it refuses as a whole for its session: the code, SessionId 0, no topics. */
function sessionError(version: number, code: number): RequestDecision {
  const response = skeletonOf(responseCodecOf(ApiKey.Fetch), version);
  response.errorCode = code;
  response.sessionId = 0;
  return { outcome: 'answer', responseBody: encodeResponseBody(ApiKey.Fetch, version, response) };
}

/**
 * The top-level ErrorCode and SessionId of a Fetch response from the head of its body
 * (`observeResponseHead`; v7+: ThrottleTimeMs int32, ErrorCode int16, SessionId int32, Fetch
 * response schema, Kafka 4.1); before v7 (no sessions) 0 and 0, as `fetchResponseSession` reads them
 * from a whole frame. A head too short for them throws (RangeError): the connection closes.
 */
function fetchHeadSession(head: Buffer, version: number): { errorCode: number; sessionId: number } {
  if (version < 7) return { errorCode: 0, sessionId: 0 };
  return { errorCode: head.readInt16BE(4), sessionId: head.readInt32BE(6) };
}

function rewrite(frame: Buffer, version: number, change: (response: FetchResponse) => void): Buffer {
  const { body, headerEnd } = decodeResponseFrame(frame, ApiKey.Fetch, version);
  change(body as FetchResponse);
  return responseFrameWithBody(frame, headerEnd, ApiKey.Fetch, version, body);
}

/**
 * The answer made the broker's with an authorizer (`answerLikeAuthorizer`); failed as a whole, as the
 * broker fails it, when the broker could not list those partitions (`brokerFailsToList`).
 */
function likeAuthorizer(
  response: FetchResponse,
  version: number,
  body: FetchRequest,
  partitions: readonly SessionPartition[],
  verdict: TopicVerdict,
): void {
  answerLikeAuthorizer(response, version, partitions, verdict);
  if (response.errorCode === 0 && brokerFailsToList(response, version)) failWhole(response, version, body);
}

/**
 * Whether a broker with an authorizer would read partitions for this fetch (and so read its
 * isolation level): some partition is authorized and exists. `partitions` is the fetch's set (empty
 * when the proxy does not know it); a partition of an authorized topic exists unless the broker's
 * answer lists it UNKNOWN_TOPIC_OR_PARTITION or UNKNOWN_TOPIC_ID (errors are in every answer, so a
 * partition left out of an incremental answer exists). Answers with a top-level error: false.
 */
function readsAuthorized(
  response: FetchResponse,
  version: number,
  partitions: readonly SessionPartition[],
  verdict: TopicVerdict,
): boolean {
  if (response.errorCode !== 0) return false;
  const missing = new Set<string>();
  for (const t of response.responses) {
    const key = version >= 13 ? t.topicId : t.topic;
    for (const p of t.partitions) {
      const unknown =
        p.errorCode === ErrorCode.UNKNOWN_TOPIC_OR_PARTITION || p.errorCode === ErrorCode.UNKNOWN_TOPIC_ID;
      if (unknown) missing.add(`${key}:${p.partitionIndex}`);
      else if (verdict(key) === 0) return true;
    }
  }
  return partitions.some((p) => verdict(p.key) === 0 && !missing.has(`${p.key}:${p.partition}`));
}

/** The answer replaced by the broker's to a fetch it fails as a whole (UNKNOWN_SERVER_ERROR). */
function failWhole(response: FetchResponse, version: number, body: FetchRequest): void {
  const failed = wholeFetchError(body, version, ErrorCode.UNKNOWN_SERVER_ERROR);
  response.errorCode = failed.errorCode;
  response.sessionId = failed.sessionId;
  response.responses = failed.responses;
}

/**
 * The frame to forward: `forwarding`'s, or, for a fetch holding a partition of the zero topic ID
 * (v13+) and no partition the principal may read, the request without waiting (MaxWaitMs 0). The
 * reference has nothing to read then and answers at once (-1 when its answer cannot be built:
 * `brokerFailsToList`); the broker behind the proxy, reading the refused partitions, would wait for
 * data and then fail to build its answer in the delayed completion, which Kafka 4.1.1 never answers
 * (seen by the differential harness: the client times out).
 */
function frameFor(
  request: RequestContext,
  body: FetchRequest,
  forwarding: Forwarding,
  version: number,
  partitions: readonly SessionPartition[],
  verdict: TopicVerdict,
): Buffer {
  if (forwarding.follower || forwarding.unreadableLevel || version < 13) return forwarding.frame;
  if (!partitions.some((p) => p.key === ZERO_UUID) || partitions.some((p) => verdict(p.key) === 0))
    return forwarding.frame;
  return encodeRequestWithBody(request.header, { ...body, maxWaitMs: 0 });
}

/** A follower's fetch: every partition TOPIC_AUTHORIZATION_FAILED, whatever its topic. */
const refuseEvery: TopicVerdict = () => ErrorCode.TOPIC_AUTHORIZATION_FAILED;

/**
 * A follower's fetch (ReplicaId >= 0) as the broker must see it from a client: a consumer's fetch
 * (ReplicaId -1, READ_UNCOMMITTED) that does not wait (MaxWaitMs 0), sessions and partitions
 * unchanged. The broker
 * requires ClusterAction of a follower, which a client here never holds, and answers every partition
 * 29; it still applies the session part of the request first (FetchManager.newContext runs before
 * any authorization), so the proxy forwards that part to keep the broker's session and its errors
 * (70, 71, 106) what they would be, without letting the fetch move replication state or read past
 * the high watermark. Every partition of the answer is then refused.
 */
function asConsumerFetch(request: RequestContext, body: FetchRequest): Buffer {
  return encodeRequestWithBody(request.header, {
    ...body,
    replicaId: -1,
    replicaState: { ...body.replicaState, replicaId: -1, replicaEpoch: -1n },
    maxWaitMs: 0,
    // The broker never reads a refused follower's isolation level; a consumer's must be valid.
    isolationLevel: 0,
  });
}
