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
//   epoch -1           sessionless: decided like any topic list (the caller's split path); a
//                      session S it names is forgotten, and closed at the broker by a fetch without
//                      topics when nothing of the request is forwarded (`closingSession`)
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
//                      the session opaque here; below v12 with every partition refused, a 35 (the
//                      broker failed writing what it read for the refused partitions) is answered
//                      as the reference answers: every partition 29
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
import { closingSession, fetchList, knownIsolationLevel, wholeFetchError } from './apis/fetch.js';
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

/** One Fetch on a session as the methods below decide it: the request, for whom, to which broker, how forwarded. */
interface SessionFetch {
  readonly request: RequestContext;
  readonly policy: ConnectionPolicy;
  readonly body: FetchRequest;
  /** The broker whose session cache the session lives in (`brokerKeyOf`). */
  readonly broker: string;
  readonly forwarding: Forwarding;
}

/** Fetch-session decisions of one proxy: the tracker is shared by all its connections. */
export class FetchSessionEnforcement {
  constructor(
    readonly tracker: FetchSessionTracker,
    private readonly topicIds: TopicIdResolver,
  ) {}

  /**
   * The decision for a Fetch that involves a session, or a follower's fetch, or undefined for a
   * consumer's sessionless fetch (epoch -1; a session it names is forgotten here), which the caller
   * decides as a plain topic list (`closingSession` closes that session at the broker). May return a promise when topic IDs of the session must first be asked of
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
    if (sessionEpoch === FINAL_EPOCH) {
      // Sessionless (epoch -1): the broker closes any session named, then serves the request
      // without one, so nothing in the request's topics becomes session state.
      if (sessionId !== 0) this.tracker.close(brokerKeyOf(request.connection), sessionId);
      if (!follower) return undefined;
      // A follower's sessionless fetch is answered here, every partition 29 in request order, as
      // the broker answers a principal without ClusterAction (-1 when it could not list them); a
      // session it names is still closed at the broker.
      policy.decisions.decide(describe(request, []));
      const codes = body.topics.map(() => ErrorCode.TOPIC_AUTHORIZATION_FAILED);
      const answer = answerAllEntries(fetchList, responseCodecOf(ApiKey.Fetch), body, version, codes);
      const response = brokerFailsToList(answer, version)
        ? wholeFetchError(body, version, ErrorCode.UNKNOWN_SERVER_ERROR)
        : answer;
      return closingSession(request, body, {
        outcome: 'answer',
        responseBody: encodeResponseBody(ApiKey.Fetch, version, response),
      });
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
    const call: SessionFetch = { request, policy, body, broker, forwarding };
    if (sessionEpoch === INITIAL_EPOCH) {
      // Full fetch: any session named is closed by the broker, whatever else happens.
      if (sessionId !== 0) this.tracker.close(broker, sessionId);
      return this.full(call, true);
    }
    const entry = this.tracker.get(broker, sessionId);
    if (entry === undefined || entry === 'opaque') return this.unknown(call);
    const missing = entry.usesTopicIds
      ? [...entry.topicKeys()].filter((id) => this.topicIds.known(id) === undefined)
      : [];
    if (missing.length === 0) return this.incremental(call);
    // Resolve the session's IDs first, then decide against the tracker as it is then (another
    // connection may have moved the session on meanwhile).
    return this.topicIds.resolve(missing).then(() => this.incremental(call));
  }

  /**
   * Epoch 0 (opens a session) or epoch -1 with a session id (closes it), or an incremental fetch
   * that empties its session: the request's partitions are the set, in request order.
   */
  private full(call: SessionFetch, opens: boolean): RequestDecision {
    const { request, policy, body, broker, forwarding } = call;
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
    /** A new session from the broker's answer; `order`: its partitions first, in that order. */
    const register = (errorCode: number, sessionId: number, order: TopicPartitions[] = []): void => {
      if (opens && errorCode === 0 && sessionId !== 0) {
        this.tracker.create(broker, sessionId, new TrackedSession(version >= 13, [...order, ...topics]));
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
        if (!refuses) {
          register(errorCode, sessionId);
          return frame;
        }
        return rewrite(frame, version, (response) => {
          likeAuthorizer(response, version, body, partitions, verdict);
          // The broker's new session holds the partitions in the order of its answer
          // (`FullFetchContext` builds it from the response data): the reference's answer is the
          // one the client gets, served partitions first, then the refused ones.
          register(errorCode, sessionId, response.errorCode === 0 ? answerOrder(response, version) : []);
        });
      },
    };
  }

  private incremental(call: SessionFetch): RequestDecision {
    const { request, policy, body, broker, forwarding } = call;
    const version = request.header.apiVersion;
    const entry = this.tracker.get(broker, body.sessionId);
    if (entry === undefined || entry === 'opaque') return this.unknown(call);
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
    const forgotten = partitionsOf(body.forgottenTopicsData, version);
    if (version >= 13 && namesZeroTopicId([...added, ...forgotten])) {
      // The broker applies such a fetch only in part, if at all (below): its session is no longer
      // the proxy's to know, and this fetch and every later one on it are judged partition by
      // partition, the broker's epoch and errors taken as they come.
      this.tracker.markOpaque(broker, body.sessionId);
      return this.unknown(call);
    }
    this.tracker.update(entry, added, forgotten);
    if (entry.size === 0) {
      // The broker drops a session left empty and answers the request sessionless.
      this.tracker.close(broker, body.sessionId);
      return this.full(call, false);
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
          if (failedWritingRefused(response, version, partitions, verdict)) {
            // The broker moved its session on, read partitions the reference never reads, and
            // could not write what it read at this version: the reference answers the refusals.
            response.errorCode = 0;
            response.responses = [];
          }
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
  private unknown(call: SessionFetch): RequestDecision {
    const { request, policy, body, broker, forwarding } = call;
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
 * Whether the broker's answer is a failure to write partitions that the reference never reads: a
 * fetch before v12 answered UNSUPPORTED_VERSION (35) as a whole, while every partition of the session
 * is refused to this principal. The broker behind the proxy (no authorizer) reads refused partitions
 * too, with the LastFetchedEpoch a v12+ fetch left in the session; a diverging epoch (or another
 * field of v11-12: preferred read replica, current leader, snapshot id) cannot be written at the
 * request's version, so `KafkaApis` answers the fetch with the exception's code, after
 * `FetchManager.newContext` moved the session on. The reference refuses every partition before it
 * reads any and answers 0 with every partition 29 (docs/fetch-sessions.md).
 */
function failedWritingRefused(
  response: FetchResponse,
  version: number,
  partitions: readonly SessionPartition[],
  verdict: TopicVerdict,
): boolean {
  return (
    version < 12 &&
    response.errorCode === ErrorCode.UNSUPPORTED_VERSION &&
    partitions.every((p) => verdict(p.key) !== 0)
  );
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
 * Whether an incremental fetch (v13+) names a partition of the zero topic ID in its Topics or
 * ForgottenTopicsData. The zero ID resolves to no topic name, and the broker's session keys such a
 * partition by that missing name (`CachedPartition` in FetchSession.scala), so `FetchSession.update`
 * can throw half-way: seen by the differential harness on Kafka 4.1.1, such a fetch is answered
 * UNKNOWN_SERVER_ERROR (-1) with the session's epoch unmoved and some of its partitions added or
 * removed (which ones depends on the session's hash layout), so the proxy cannot follow it.
 */
function namesZeroTopicId(topics: readonly TopicPartitions[]): boolean {
  return topics.some((t) => t.key === ZERO_UUID && t.partitions.length > 0);
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

/** The partitions of an answer in its order, one entry each. */
function answerOrder(response: FetchResponse, version: number): TopicPartitions[] {
  return response.responses.flatMap((t) =>
    t.partitions.map((p) => ({ key: version >= 13 ? t.topicId : t.topic, partitions: [p.partitionIndex] })),
  );
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
