// Fetch with sessions (KIP-227), decided the way the broker's authorizer decides it: on every fetch,
// full or incremental, every partition of the session is authorized for the principal of THAT
// request under the policy in force now, and a partition it may not read is answered
// TOPIC_AUTHORIZATION_FAILED (29) with no records, whoever opened the session and under whatever
// policy. docs/fetch-sessions.md states the broker's rules this follows, with their sources.
//
//   ReplicaId >= 0     a follower's fetch: every partition 29, as the broker answers a principal
//                      without ClusterAction
//   epoch -1, id 0     sessionless: decided like any topic list (the caller's split path)
//   epoch -1, id S     the broker closes S and answers sessionless: S forgotten, the request
//                      forwarded unchanged, denied topics filtered out of the answer
//   epoch 0            full fetch: any S named is closed; forwarded unchanged (the broker's new
//                      session holds every partition of it, denied ones too, as the reference's
//                      does); the answer's SessionId registers the new session; denied topics
//                      filtered out of the answer
//   epoch > 0, S known wrong epoch: answered 71 here, as the broker would; session of the other
//                      topic-ID mode: 106; else the request's Topics and ForgottenTopicsData are
//                      applied, the epoch advances, the request is forwarded unchanged (so the
//                      broker's epoch stays in step) and, only when some partition of the session
//                      is denied to this principal, the answer is rewritten: those partitions 29
//   epoch > 0, S not known (opened before a restart, through another replica or a bootstrap
//                      connection, evicted, or opaque): forwarded; every partition of the answer
//                      is judged on its own, unresolvable topic IDs never carry records

import { ErrorCode } from '../../protocol/errors.js';
import { ApiKey } from '../../protocol/generated/api-keys.js';
import { responseCodecOf } from '../../protocol/generated/codecs.js';
import type { FetchRequest, FetchResponse } from '../../protocol/generated/index.js';
import type { ConnectionContext } from '../connection/connection-context.js';
import type { RequestContext, RequestDecision } from '../connection/request-decision.js';
import type { ConnectionDecisions } from '../policy/index.js';
import type { ConnectionPolicy } from './connection-policy.js';
import {
  deniedSessionTopics,
  fetchResponseSession,
  filterEveryPartition,
  filterKnownPartitions,
  type TopicVerdict,
} from './fetch-response-filter.js';
import { FetchSessionTracker, TrackedSession, type TopicPartitions } from './fetch-session-tracker.js';
import { decodeResponseFrame, encodeResponseBody, responseFrameWithBody } from './request-codec.js';
import { answerAllEntries } from './apis/resource-list.js';
import { fetchList } from './apis/fetch.js';
import { skeletonOf } from './default-value-reader.js';
import type { TopicIdResolver } from './topic-id-resolver.js';

const FORWARD: RequestDecision = { outcome: 'forward' };
const FINAL_EPOCH = -1;
const INITIAL_EPOCH = 0;

/**
 * Which broker's session cache a connection's session ids live in. A node listener always reaches
 * its node; a bootstrap connection may reach any broker (a Kubernetes bootstrap Service balances
 * connections), so its sessions are its own: used from elsewhere they count as unknown.
 */
export function brokerKeyOf(connection: ConnectionContext): string {
  return connection.listener.kind === 'node'
    ? `node-${connection.listener.nodeId}`
    : `bootstrap-connection-${connection.id}`;
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

/** Fetch-session decisions of one proxy: the tracker is shared by all its connections. */
export class FetchSessionEnforcement {
  constructor(
    readonly tracker: FetchSessionTracker,
    private readonly topicIds: TopicIdResolver,
  ) {}

  /**
   * The decision for a Fetch that involves a session, or undefined for a sessionless fetch naming
   * no session (epoch -1, id 0), which the caller decides as a plain topic list. May return a
   * promise when topic IDs of the session must first be asked of the broker.
   */
  decide(
    request: RequestContext,
    policy: ConnectionPolicy,
    body: FetchRequest,
  ): RequestDecision | Promise<RequestDecision> | undefined {
    const { sessionId, sessionEpoch } = body;
    const version = request.header.apiVersion;
    if ((version >= 15 ? body.replicaState.replicaId : body.replicaId) >= 0) {
      // A follower's fetch (ReplicaId >= 0): the broker requires ClusterAction, which is inter-broker
      // and never granted to a client here, and answers every partition 29 (it would otherwise move
      // the follower's replication state and read past the high watermark).
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
    if (sessionEpoch === FINAL_EPOCH && sessionId === 0) return undefined;
    const broker = brokerKeyOf(request.connection);
    if (sessionEpoch <= INITIAL_EPOCH) {
      // Full fetch: any session named is closed by the broker, whatever else happens.
      if (sessionId !== 0) this.tracker.close(broker, sessionId);
      return this.full(request, policy, body, broker, sessionEpoch === INITIAL_EPOCH);
    }
    const entry = this.tracker.get(broker, sessionId);
    if (entry === undefined || entry === 'opaque') return this.unknown(request, policy, body, broker);
    const missing = entry.usesTopicIds
      ? [...entry.topicKeys()].filter((id) => this.topicIds.known(id) === undefined)
      : [];
    if (missing.length === 0) return this.incremental(request, policy, body, broker);
    // Resolve the session's IDs first, then decide against the tracker as it is then (another
    // connection may have moved the session on meanwhile).
    return this.topicIds.resolve(missing).then(() => this.incremental(request, policy, body, broker));
  }

  /** Epoch 0 (opens a session) or epoch -1 with a session id (closes it): the request's partitions are the set. */
  private full(
    request: RequestContext,
    policy: ConnectionPolicy,
    body: FetchRequest,
    broker: string,
    opens: boolean,
  ): RequestDecision {
    const { header } = request;
    const version = header.apiVersion;
    const partitions = partitionsOf(body.topics, version);
    const denied = deniedSessionTopics(
      partitions.map((p) => ({ key: p.key, partitions: [...p.partitions] })),
      this.verdicts(
        policy.decisions,
        request,
        partitions.map((p) => p.key),
        version,
      ),
    );
    return {
      outcome: 'forward-modified',
      frame: request.frame!,
      rewriteResponse: (frame) => {
        const { errorCode, sessionId } = fetchResponseSession(frame, version);
        if (opens && errorCode === 0 && sessionId !== 0) {
          this.tracker.create(broker, sessionId, new TrackedSession(version >= 13, partitions));
        }
        if (denied.size === 0) return frame;
        return rewrite(frame, version, (response) => filterKnownPartitions(response, version, denied));
      },
    };
  }

  private incremental(
    request: RequestContext,
    policy: ConnectionPolicy,
    body: FetchRequest,
    broker: string,
  ): RequestDecision {
    const { header } = request;
    const version = header.apiVersion;
    const entry = this.tracker.get(broker, body.sessionId);
    if (entry === undefined || entry === 'opaque') return this.unknown(request, policy, body, broker);
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
      return this.full(request, policy, body, broker, false);
    }
    const topics = entry.topicList();
    const verdict = this.verdicts(
      policy.decisions,
      request,
      topics.map((t) => t.key),
      version,
    );
    const denied = deniedSessionTopics(topics, verdict);
    if (denied.size === 0) return FORWARD;
    return {
      outcome: 'forward-modified',
      frame: request.frame!,
      rewriteResponse: (frame) =>
        rewrite(frame, version, (response) => {
          // The broker refused what the proxy expected it to take: its session is no longer the
          // proxy's copy.
          if (response.errorCode !== 0) this.tracker.markOpaque(broker, body.sessionId);
          filterKnownPartitions(response, version, denied);
        }),
    };
  }

  /** An incremental fetch on a session whose partitions the proxy does not know. */
  private unknown(
    request: RequestContext,
    policy: ConnectionPolicy,
    body: FetchRequest,
    broker: string,
  ): RequestDecision {
    const version = request.header.apiVersion;
    const requested = partitionsOf(body.topics, version).map((p) => p.key);
    this.verdicts(policy.decisions, request, requested, version);
    return {
      outcome: 'forward-modified',
      frame: request.frame!,
      rewriteResponse: (frame) =>
        rewrite(frame, version, (response) => {
          // The broker took a fetch on this id: it is live, and its set is not the proxy's to know.
          if (response.errorCode === 0 && response.sessionId !== 0) {
            this.tracker.markOpaque(broker, response.sessionId);
          }
          const keys = response.responses.map((e) => (version >= 13 ? e.topicId : e.topic));
          if (keys.length === 0) return;
          filterEveryPartition(response, version, this.verdicts(policy.decisions, request, keys, version));
        }),
    };
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

function rewrite(frame: Buffer, version: number, change: (response: FetchResponse) => void): Buffer {
  const { body, headerEnd } = decodeResponseFrame(frame, ApiKey.Fetch, version);
  change(body as FetchResponse);
  return responseFrameWithBody(frame, headerEnd, ApiKey.Fetch, version, body);
}
