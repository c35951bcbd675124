// Fetch (API key 1): a list of topics with their partitions, and from v7 a fetch session (KIP-227).
// - Names: topics by name (v4-12) or by ID (v13+); a session's partitions beyond those the request
//   names are decided too (fetch-session-enforcement.ts); a follower fetch (replica id >= 0) is
//   refused every partition, as the broker refuses a client without ClusterAction.
// - Denial: per topic, every partition TOPIC_AUTHORIZATION_FAILED with no records, after the served
//   topics; a session fetch naming a denied partition is answered or its answer filtered
//   (fetch-response-filter.ts).
// - Reveals: records of a session's denied partitions, removed from the broker's answer.

import { ApiKey } from '../../../protocol/generated/api-keys.js';
import {
  decodeFetchResponsePartitionData,
  peekFetchRequest,
  type FetchRequest,
  type FetchRequestFetchTopic,
  type FetchResponse,
} from '../../../protocol/generated/index.js';
import { ErrorCode } from '../../../protocol/errors.js';
import { requestCodecOf, responseCodecOf } from '../../../protocol/generated/codecs.js';
import { decodeRequestHeader, decodeResponseHeader } from '../../../protocol/framing/index.js';
import { Reader } from '../../../protocol/primitives/index.js';
import { brokerFailsToList, reorderLikeAuthorizer } from '../fetch-response-filter.js';
import type { RequestContext, RequestDecision } from '../../connection/request-decision.js';
import { skeletonOf, skeletonWith } from '../default-value-reader.js';
import { decodeResponseFrame, encodeRequestWithBody, responseFrameWithBody } from '../request-codec.js';
import type { ApiModule } from './api-module.js';
import { allIdsKnown, peekedTopics } from './peek-decisions.js';
import { entriesIn, topicsByNameOrId, type ListOf } from './resource-list.js';

/** Fetch v13 names topics by ID (KIP-516). */
export const FETCH_TOPIC_IDS_FROM = 13;

const EMPTY_RECORDS = Buffer.alloc(0);

/**
 * A partition the broker did not serve, as it answers one with an error (Kafka's
 * FetchResponse.partitionResponse): offsets unknown (-1), no aborted transactions, no records.
 */
const unservedPartition = skeletonWith(decodeFetchResponsePartitionData, {
  highWatermark: -1n,
  lastStableOffset: -1n,
  logStartOffset: -1n,
  abortedTransactions: null,
  preferredReadReplica: -1,
  records: EMPTY_RECORDS,
});

/** Fetch's topic list: where the topics are and what the broker answers for a denied one. */
export const fetchList: ListOf<typeof ApiKey.Fetch, 'topics', 'responses'> = {
  deniedLast: true,
  partitionCount: (t) => t.partitions.length,
  ...entriesIn('topics', 'responses'),
  ...topicsByNameOrId('topic', FETCH_TOPIC_IDS_FROM),
  deniedResult: (t, code, v) => ({
    topic: t.topic,
    topicId: t.topicId,
    partitions: t.partitions.map((p) =>
      unservedPartition(v, { partitionIndex: p.partition, errorCode: code }),
    ),
  }),
};

/** READ_UNCOMMITTED (0) and READ_COMMITTED (1): the isolation levels `IsolationLevel.forId` knows. */
export function knownIsolationLevel(request: FetchRequest): boolean {
  return request.isolationLevel === 0 || request.isolationLevel === 1;
}

/**
 * True when the broker failed a whole Fetch (UNKNOWN_SERVER_ERROR): the top-level ErrorCode from v7,
 * every partition's before (v4-6 have no top-level code).
 */
export function failedWhole(response: FetchResponse, version: number): boolean {
  if (version >= 7) return response.errorCode === ErrorCode.UNKNOWN_SERVER_ERROR;
  const partitions = response.responses.flatMap((t) => t.partitions);
  return partitions.length > 0 && partitions.every((p) => p.errorCode === ErrorCode.UNKNOWN_SERVER_ERROR);
}

/**
 * The broker's answer to a Fetch that failed as a whole (`FetchRequest.getErrorResponse`): the
 * top-level error and the request's SessionId; below v13 also every partition of the request, in
 * request order, with the error (the old clients' only place for it); from v13 no partitions.
 */
export function wholeFetchError(request: FetchRequest, version: number, code: number): FetchResponse {
  const response = skeletonOf(responseCodecOf(ApiKey.Fetch), version);
  response.errorCode = code;
  response.sessionId = request.sessionId;
  response.responses =
    version >= FETCH_TOPIC_IDS_FROM
      ? []
      : request.topics.map((t) => fetchList.deniedResult(t, code, version));
  return response;
}

const topicOf = (t: { readonly topic: string }): string => t.topic;

export const fetch: ApiModule<typeof ApiKey.Fetch> = {
  apiKey: ApiKey.Fetch,
  handling: 'decided',
  list: fetchList,
  // A sessionless consumer's fetch (epoch -1, no session id, no replica id) is decided by
  // `decideList` with `fetchList`: every topic in the request's order (by ID from v13). Fetches in
  // a session or from a follower are decided from the full decode (fetch-session-enforcement.ts).
  allowedFromPeek(body, version, topicIds) {
    const peek = peekFetchRequest(body, version);
    const replicaId = version >= 15 ? peek.replicaState.replicaId : peek.replicaId;
    if (replicaId >= 0 || peek.sessionEpoch !== -1 || peek.sessionId !== 0) return undefined;
    const byId = version >= FETCH_TOPIC_IDS_FROM;
    // The full decision resolves the forgotten topics' IDs too before it decides.
    if (byId && !allIdsKnown(peek.forgottenTopicsData, topicIds)) return undefined;
    const topics = peekedTopics(peek.topics, topicOf, byId, topicIds);
    return topics === undefined ? undefined : { topics, groups: [], transactionalIds: [] };
  },
  decide(ctx, request) {
    const sessions = ctx.services.fetchSessions.decide(ctx.request, ctx.policy, request);
    if (sessions === undefined)
      return closingSession(
        ctx.request,
        request,
        sessionlessLikeBroker(ctx.decideList(request, fetchList), request, ctx.version),
      );
    return sessions instanceof Promise ? sessions.then((d) => ctx.counted(d)) : ctx.counted(sessions);
  },
};

/**
 * A consumer's sessionless Fetch decided as a topic list (some topics refused: answered, or split and
 * merged), its answer made the broker's with an authorizer:
 * - the erroneous partitions in its order (`reorderLikeAuthorizer`), and the whole request failed when
 *   the broker could not list them (`brokerFailsToList`);
 * - an isolation level the broker cannot read: once it has an authorized partition to read, the broker
 *   fails the whole request (`IsolationLevel.forId` throws in `KafkaApis.handleFetchRequest`, after
 *   authorization) with UNKNOWN_SERVER_ERROR over the whole request, refused partitions too; the
 *   allowed part failing so at the broker behind the proxy is answered that way. With nothing
 *   authorized the broker never reads the level, and answers the refusals as usual.
 */
function sessionlessLikeBroker(
  decision: RequestDecision,
  request: FetchRequest,
  version: number,
): RequestDecision {
  const keys = (topics: readonly FetchRequestFetchTopic[]): string[] =>
    topics.map((t) => (version >= FETCH_TOPIC_IDS_FROM ? t.topicId : t.topic));
  const order = request.topics.flatMap((t, i) =>
    t.partitions.map((p) => ({ key: keys(request.topics)[i]!, partition: p.partition })),
  );
  const finish = (response: FetchResponse, refused: ReadonlySet<string>): FetchResponse => {
    reorderLikeAuthorizer(response, version, order, refused);
    return response.errorCode === 0 && brokerFailsToList(response, version)
      ? wholeFetchError(request, version, ErrorCode.UNKNOWN_SERVER_ERROR)
      : response;
  };
  if (decision.outcome === 'answer') {
    const codec = responseCodecOf(ApiKey.Fetch);
    const response = codec.decode(new Reader(decision.responseBody), version);
    return {
      outcome: 'answer',
      responseBody: codec.encode(finish(response, new Set(keys(request.topics))), version),
    };
  }
  if (decision.outcome !== 'forward-modified' || decision.rewriteResponse === undefined) return decision;
  const merge = decision.rewriteResponse;
  const forwarded = new Set(keys(decodeRequestBody(decision.frame, version).topics));
  const refused = new Set(keys(request.topics).filter((k) => !forwarded.has(k)));
  return {
    ...decision,
    rewriteResponse: (frame) => {
      const broker = decodeResponseFrame(frame, ApiKey.Fetch, version).body as FetchResponse;
      if (!knownIsolationLevel(request) && failedWhole(broker, version)) {
        return withBody(frame, version, wholeFetchError(request, version, ErrorCode.UNKNOWN_SERVER_ERROR));
      }
      const merged = merge(frame);
      const { body } = decodeResponseFrame(merged, ApiKey.Fetch, version);
      return withBody(merged, version, finish(body as FetchResponse, refused));
    },
  };
}

/**
 * A sessionless fetch (epoch -1) naming a session S: the broker closes S whatever else it does, so a
 * decision that answers the fetch here (nothing of it forwarded) forwards instead a fetch that only
 * closes S (no topics, no wait) and gives the client the decided answer in place of the broker's.
 * Other decisions forward the request with S in it already.
 */
export function closingSession(
  request: RequestContext,
  body: FetchRequest,
  decision: RequestDecision,
): RequestDecision {
  if (body.sessionId === 0 || decision.outcome !== 'answer') return decision;
  const version = request.header.apiVersion;
  const answer = decision.responseBody;
  return {
    outcome: 'forward-modified',
    frame: encodeRequestWithBody(request.header, {
      ...body,
      maxWaitMs: 0,
      topics: [],
      forgottenTopicsData: [],
    }),
    // The broker's header (correlation id, tagged fields), the decided body.
    rewriteResponse: (frame) => {
      const headerEnd = 4 + decodeResponseHeader(frame.subarray(4), ApiKey.Fetch, version).headerLength;
      const out = Buffer.concat([frame.subarray(0, headerEnd), answer]);
      out.writeInt32BE(out.length - 4, 0);
      return out;
    },
  };
}

function withBody(frame: Buffer, version: number, body: FetchResponse): Buffer {
  const { headerEnd } = decodeResponseFrame(frame, ApiKey.Fetch, version);
  return responseFrameWithBody(frame, headerEnd, ApiKey.Fetch, version, body);
}

function decodeRequestBody(frame: Buffer, version: number): FetchRequest {
  const header = decodeRequestHeader(frame.subarray(4));
  return requestCodecOf(ApiKey.Fetch).decode(new Reader(frame, 4 + header.headerLength), version);
}
