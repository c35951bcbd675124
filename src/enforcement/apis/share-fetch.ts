// ShareFetch (78) and ShareAcknowledge (79), KIP-932 share groups.
// - Names: Read on the group and Read per topic (by ID) named in the request.
// - Denial: the group refused as a whole; topics per topic (below).
// - Reveals: a ShareFetch answer covers every partition of the member's share session, not only
//   those the request names, so every partition of the answer is judged (below).
//
// A share session is kept by the broker per group and member id, and a ShareFetch reads every
// partition of it; the broker authorizes Read on each of them for the principal of the request. The
// proxy decides the group and the named topics before forwarding, and then every topic in the
// broker's answer for the principal of the request under the policy in force: a refused one comes
// back TOPIC_AUTHORIZATION_FAILED (29) on every partition without records or acquired records, an ID
// the proxy cannot name UNKNOWN_TOPIC_ID (100).
//
// The broker behind the proxy must not even read a refused partition: reading acquires its records
// for the member (the session's owner then misses them, and their delivery count rises). So the
// proxy follows each share session (share-session-tracker.ts) and decides a ShareFetch with every
// topic of the session as well as the named ones, as the broker with an authorizer does: the
// readable ones are forwarded, the refused ones are taken out of the broker's session (sent as
// forgotten, put back when a principal who may read them fetches) and answered 29 by the proxy on
// every fetch (policies/README.md, share sessions).

import {
  decodeShareAcknowledgeResponsePartitionData,
  decodeShareFetchResponsePartitionData,
  type ShareFetchResponse,
} from '../../../protocol/generated/index.js';
import { ApiKey } from '../../../protocol/generated/api-keys.js';
import { skeletonWith } from '../default-value-reader.js';
import { brokerKeyOf } from '../fetch-session-enforcement.js';
import {
  applyPartitions,
  FINAL_EPOCH,
  shareSessionKey,
  type ShareTopicPartitions,
  type TopicPartitionSet,
} from '../share-session-tracker.js';
import { decidedApi } from './api-module.js';
import { firstCode, topicCodes, wholeRequestCode, type RequestDecider } from './request-decider.js';

const EMPTY = Buffer.alloc(0);

/** Kafka's SHARE_SESSION_NOT_FOUND (org.apache.kafka.common.protocol.Errors, Kafka 4.0+). */
const SHARE_SESSION_NOT_FOUND = 122;

/**
 * Judges every topic of a ShareFetch answer for the principal of the request (quietly: the request
 * itself was already decided and audited): a refused topic's partitions get its error code, no
 * records and no acquired records. False when every topic was allowed (the answer passes as it came).
 */
function judgeShareFetchAnswer(
  ctx: RequestDecider<typeof ApiKey.ShareFetch>,
  response: ShareFetchResponse,
): boolean {
  const topicIds = ctx.services.topicIds;
  const names = response.responses.map((t) => topicIds.known(t.topicId) ?? null);
  if (names.length === 0) return false;
  const resolved = names.filter((n): n is string => n !== null);
  const codes = topicCodes(names, ctx.policy.quiet.decide({ ...ctx.base(), topics: resolved }).topics);
  let changed = false;
  response.responses.forEach((topic, i) => {
    const code = codes[i]!;
    if (code === 0) return;
    changed = true;
    topic.partitions = topic.partitions.map((p) => ({
      ...p,
      errorCode: code,
      errorMessage: null,
      records: EMPTY,
      acquiredRecords: [],
    }));
  });
  return changed;
}

/**
 * A partition the proxy answers itself, as Kafka's `ShareFetchResponse.partitionResponse(partition,
 * error)` builds it: the error, empty records, every other field at its schema default (0, null).
 */
const refusedPartition = skeletonWith(decodeShareFetchResponsePartitionData, {
  records: EMPTY,
  acquiredRecords: [],
});

/** A refused ShareAcknowledge partition: the error, every other field at its schema default. */
const unacknowledgedPartition = skeletonWith(decodeShareAcknowledgeResponsePartitionData, {});

/** The partitions of `a` that `b` does not hold. */
function minus(a: TopicPartitionSet, b: TopicPartitionSet): ShareTopicPartitions[] {
  const out: ShareTopicPartitions[] = [];
  for (const [topicId, partitions] of a) {
    const held = b.get(topicId);
    const rest = [...partitions].filter((p) => held === undefined || !held.has(p));
    if (rest.length > 0) out.push({ topicId, partitions: rest });
  }
  return out;
}

/** Topic ID:partition pairs of a partition list, as one comparable string. */
const keysOf = (topics: readonly ShareTopicPartitions[]): string =>
  topics.flatMap((t) => t.partitions.map((p) => `${t.topicId}:${p}`)).join(',');

export const shareFetch = decidedApi(ApiKey.ShareFetch, {
  decide: (ctx, request) => {
    const topicIds = ctx.services.topicIds;
    // A named ID the proxy cannot name: the whole request is answered (UNKNOWN_TOPIC_ID).
    if (request.topics.some((t) => topicIds.known(t.topicId) === undefined)) return ctx.decideWhole(request);
    const sessions = ctx.services.shareSessions;
    const key = shareSessionKey(brokerKeyOf(ctx.request.connection), request.groupId, request.memberId);
    const epoch = request.shareSessionEpoch;
    const known = sessions.continued(key, epoch);
    // A session the proxy did not see opened: its partitions are unknown, and forwarding would let
    // the broker read (acquire) whatever it holds. The broker drops a share session when the
    // connection that opened it closes (checked against Kafka 4.1.1), so a client's own session was
    // opened through this proxy; only another member's session (opened through another proxy
    // replica) or one the proxy forgot (least recently used) is unknown. Answered as the broker
    // answers an unknown session: the client opens a new one (epoch 0), which the broker accepts.
    if (epoch > 0 && known === undefined) {
      return ctx.answer({
        ...ctx.skeletonResponse(),
        errorCode: SHARE_SESSION_NOT_FOUND,
        errorMessage: 'The share session was not found.',
      });
    }
    const named = request.topics.map((t) => ({
      topicId: t.topicId,
      partitions: t.partitions.map((p) => p.partitionIndex),
    }));
    // The client's session after this request: what a broker with an authorizer reads and authorizes.
    const visible = applyPartitions(known?.visible ?? new Map(), named, request.forgottenTopicsData);
    const ids = [...new Set([...request.topics.map((t) => t.topicId), ...visible.keys()])];
    const names = ids.map((id) => topicIds.known(id) ?? null);
    const decision = ctx.policy.decisions.decide({
      ...ctx.base(),
      topics: names.filter((n): n is string => n !== null),
      groups: request.groupId === null ? [] : [request.groupId],
    });
    if (!decision.api.allowed || decision.groups.some((g) => !g.allowed)) {
      return ctx.answerOrClose(request, wholeRequestCode(decision, 'topic') || firstCode(decision), decision);
    }
    const codes = new Map(topicCodes(names, decision.topics).map((code, i) => [ids[i]!, code]));
    const readable: TopicPartitionSet = new Map([...visible].filter(([id]) => codes.get(id) === 0));
    // What the broker behind the proxy holds before this request: nothing for a new session; at the
    // final epoch (which closes the session and reads nothing) nothing is changed in it.
    const brokerBefore = epoch === 0 ? new Map() : epoch === FINAL_EPOCH ? undefined : known?.broker;
    const readd = brokerBefore === undefined ? [] : minus(readable, applyPartitions(brokerBefore, named, []));
    const drop = brokerBefore === undefined ? [] : minus(brokerBefore, readable);
    const topics = request.topics.filter((t) => codes.get(t.topicId) === 0);
    for (const t of readd) {
      const entry = topics.find((e) => e.topicId === t.topicId);
      const added = t.partitions.map((partitionIndex) => ({ partitionIndex, acknowledgementBatches: [] }));
      if (entry === undefined) topics.push({ topicId: t.topicId, partitions: added });
      else topics[topics.indexOf(entry)] = { ...entry, partitions: [...entry.partitions, ...added] };
    }
    // Answered by the proxy on every fetch: the refused partitions of the session (of the request,
    // at the final epoch), as the broker with an authorizer lists them.
    const refused =
      brokerBefore === undefined && epoch !== 0
        ? request.topics
            .filter((t) => codes.get(t.topicId) !== 0)
            .map((t) => [t.topicId, t.partitions.map((p) => p.partitionIndex)] as const)
        : [...visible].filter(([id]) => codes.get(id) !== 0).map(([id, ps]) => [id, [...ps]] as const);
    const next = brokerBefore === undefined && epoch !== 0 ? undefined : { visible, broker: readable };
    const rewrite = (response: ShareFetchResponse): boolean => {
      const judged = judgeShareFetchAnswer(ctx, response);
      sessions.answered(key, epoch, next, response.errorCode);
      if (response.errorCode !== 0 || refused.length === 0) return judged;
      for (const [topicId, partitions] of refused) {
        const code = codes.get(topicId)!;
        const listed = response.responses.find((t) => t.topicId === topicId);
        const missing = partitions.filter((p) => !listed?.partitions.some((q) => q.partitionIndex === p));
        if (missing.length === 0) continue;
        if (listed === undefined)
          response.responses.push({
            topicId,
            partitions: missing.map((p) =>
              refusedPartition(ctx.version, { partitionIndex: p, errorCode: code }),
            ),
            _unknownTaggedFields: undefined,
          });
        else
          listed.partitions.push(
            ...missing.map((p) => refusedPartition(ctx.version, { partitionIndex: p, errorCode: code })),
          );
      }
      return true;
    };
    const unchanged =
      topics.length === request.topics.length &&
      readd.length === 0 &&
      (brokerBefore === undefined || keysOf(drop) === keysOf(request.forgottenTopicsData));
    if (unchanged) return ctx.rewriting(ctx.frame, rewrite);
    // The broker's session loses what the principal may not read; at the final epoch the client's
    // own ForgottenTopicsData goes through.
    const forgottenTopicsData =
      brokerBefore === undefined
        ? request.forgottenTopicsData
        : drop.map((t) => ({
            topicId: t.topicId,
            partitions: [...t.partitions],
            _unknownTaggedFields: undefined,
          }));
    return ctx.split(ctx.encode({ ...request, topics, forgottenTopicsData }), rewrite);
  },
});

/**
 * ShareAcknowledge acknowledges only the partitions it names (it reads no session): the readable
 * topics are forwarded (the broker moves the session's epoch on, as the broker with an authorizer
 * does whatever it refuses), the refused ones answered with their error code (29), as Kafka's
 * handler answers a topic the principal may not read.
 */
export const shareAcknowledge = decidedApi(ApiKey.ShareAcknowledge, {
  decide: (ctx, request) => {
    const topicIds = ctx.services.topicIds;
    const names = request.topics.map((t) => topicIds.known(t.topicId));
    // An ID the proxy cannot name: the whole request is answered (UNKNOWN_TOPIC_ID).
    if (names.some((n) => n === undefined)) return ctx.decideWhole(request);
    const decision = ctx.policy.decisions.decide({
      ...ctx.base(),
      topics: names as string[],
      groups: request.groupId === null ? [] : [request.groupId],
    });
    if (!decision.api.allowed || decision.groups.some((g) => !g.allowed)) {
      return ctx.answerOrClose(request, wholeRequestCode(decision, 'topic') || firstCode(decision), decision);
    }
    const codes = topicCodes(names as string[], decision.topics);
    if (codes.every((code) => code === 0)) return ctx.forward();
    const kept = request.topics.filter((_t, i) => codes[i] === 0);
    return ctx.split(ctx.encode({ ...request, topics: kept }), (response) => {
      if (response.errorCode !== 0) return;
      request.topics.forEach((t, i) => {
        const errorCode = codes[i]!;
        if (errorCode === 0) return;
        response.responses.push({
          topicId: t.topicId,
          partitions: t.partitions.map((p) =>
            unacknowledgedPartition(ctx.version, { partitionIndex: p.partitionIndex, errorCode }),
          ),
          _unknownTaggedFields: undefined,
        });
      });
    });
  },
});
