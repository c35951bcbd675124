// Rewrites of a broker's Fetch response for the partitions a principal may not read: they leave with
// the broker's own answer to an unauthorized partition (an error code, no records, high watermark -1)
// and never with records. Used on the rare fetches that need it (a session holding a denied topic, a
// session the proxy does not know); every other Fetch response streams through untouched.

import type {
  FetchRequestFetchTopic,
  FetchResponse,
  FetchResponseFetchableTopicResponse,
} from '../../protocol/generated/index.js';
import { decodeResponseHeader } from '../../protocol/framing/index.js';
import { ZERO_UUID } from '../../protocol/primitives/codec-runtime.js';
import type { SessionPartition } from './fetch-session-tracker.js';
import { ErrorCode } from '../../protocol/errors.js';
import { ApiKey } from '../../protocol/generated/api-keys.js';
import { fetchList } from './apis/fetch.js';

/** How a topic key (topic ID for v13+, else the name) is answered: 0 readable, else the error code. */
export type TopicVerdict = (key: string) => number;

/** The key the broker's response uses for a topic entry at `version`. */
export function responseTopicKey(entry: FetchResponseFetchableTopicResponse, version: number): string {
  return version >= 13 ? entry.topicId : entry.topic;
}

/** The broker's entry for a topic it refuses: every partition carries `code`, no records. */
export function deniedTopicEntry(
  key: string,
  partitions: readonly number[],
  code: number,
  version: number,
): FetchResponseFetchableTopicResponse {
  const request: Pick<FetchRequestFetchTopic, 'topic' | 'topicId' | 'partitions'> = {
    topic: version >= 13 ? '' : key,
    topicId: version >= 13 ? key : ZERO_UUID,
    partitions: partitions.map(
      (partition) => ({ partition }) as FetchRequestFetchTopic['partitions'][number],
    ),
  };
  return fetchList.deniedResult(request as FetchRequestFetchTopic, code, version);
}

type PartitionData = FetchResponseFetchableTopicResponse['partitions'][number];

/** One partition of an answer, with the topic entry it came from (for its name and ID fields). */
interface Listed {
  readonly key: string;
  readonly topic: Pick<FetchResponseFetchableTopicResponse, 'topic' | 'topicId'>;
  readonly data: PartitionData;
  /** Its place in the fetch's partition order (session or request order); Infinity when not in it. */
  readonly at: number;
  /** A refusal (the policy's, or the broker's for a follower): listed with the broker's late errors. */
  readonly refused?: boolean;
}

/**
 * A response to a fetch whose partition set the proxy knows (`partitions`, in the broker's order: the
 * session's for an incremental fetch, the request's for a full or sessionless one), rewritten so that
 * every partition `verdict` refuses comes back as the broker with StandardAuthorizer answers it, in
 * its place (`inAuthorizerOrder`). Partitions of the answer that the set does not hold are judged
 * too: a refused one never leaves with records. Responses with a top-level error carry no partitions
 * and are left as they are.
 */
export function answerLikeAuthorizer(
  response: FetchResponse,
  version: number,
  partitions: Iterable<SessionPartition>,
  verdict: TopicVerdict,
): void {
  if (response.errorCode !== 0) return;
  const at = new Map<string, number>();
  const refusals: Listed[] = [];
  let i = 0;
  for (const { key, partition } of partitions) {
    at.set(`${key}:${partition}`, i);
    const code = verdict(key);
    if (code !== 0) refusals.push(refusal(key, partition, code, version, i));
    i++;
  }
  const kept: Listed[] = [];
  for (const entry of response.responses) {
    const key = responseTopicKey(entry, version);
    const code = verdict(key);
    for (const data of entry.partitions) {
      const place = at.get(`${key}:${data.partitionIndex}`) ?? Infinity;
      if (code === 0) kept.push({ key, topic: entry, data, at: place });
      else if (place === Infinity) refusals.push(refusal(key, data.partitionIndex, code, version, place));
    }
  }
  response.responses = inAuthorizerOrder([...kept, ...refusals]);
}

/**
 * The partitions of an answer in the order the broker with an authorizer lists them
 * (`KafkaApis.handleFetchRequest`): first those it served (authorized and known, in the order it read
 * them, kept as given), then those whose topic ID it cannot resolve (UNKNOWN_TOPIC_ID), then those it
 * refused (TOPIC_AUTHORIZATION_FAILED, or a policy rule's code) or does not have
 * (UNKNOWN_TOPIC_OR_PARTITION), each group in the fetch's order (`at`); `FetchResponse.of` puts
 * consecutive partitions of one topic in one topic entry.
 */
function inAuthorizerOrder(listed: readonly Listed[]): FetchResponseFetchableTopicResponse[] {
  const served: Listed[] = [];
  const unknownIds: Listed[] = [];
  const late: Listed[] = [];
  for (const l of listed) {
    const code = l.data.errorCode;
    if (code === ErrorCode.UNKNOWN_TOPIC_ID) unknownIds.push(l);
    else if (l.refused || code === ErrorCode.UNKNOWN_TOPIC_OR_PARTITION) late.push(l);
    else served.push(l);
  }
  const byPlace = (a: Listed, b: Listed): number => a.at - b.at || 0;
  return grouped([...served, ...unknownIds.sort(byPlace), ...late.sort(byPlace)]);
}

/**
 * A sessionless fetch's answer (the broker's for the allowed part, the proxy's refusals merged in, or
 * the proxy's alone) put in the order the broker with an authorizer lists it: `request`'s partition
 * order for the erroneous ones (UNKNOWN_TOPIC_ID, then TOPIC_AUTHORIZATION_FAILED and
 * UNKNOWN_TOPIC_OR_PARTITION). `refusedKeys` are the topic keys the proxy refused.
 */
export function reorderLikeAuthorizer(
  response: FetchResponse,
  version: number,
  partitions: Iterable<SessionPartition>,
  refusedKeys: ReadonlySet<string>,
): void {
  if (response.errorCode !== 0) return;
  const at = new Map<string, number>();
  let i = 0;
  for (const { key, partition } of partitions) {
    const id = `${key}:${partition}`;
    if (!at.has(id)) at.set(id, i);
    i++;
  }
  const listed: Listed[] = [];
  for (const entry of response.responses) {
    const key = responseTopicKey(entry, version);
    for (const data of entry.partitions) {
      const place = at.get(`${key}:${data.partitionIndex}`) ?? Infinity;
      listed.push({ key, topic: entry, data, at: place, refused: refusedKeys.has(key) });
    }
  }
  response.responses = inAuthorizerOrder(listed);
}

/**
 * True when the broker could not build this answer: a topic entry with the zero topic ID (a v13+
 * request naming topic ID AAAAAAAAAAAAAAAAAAAAAA, which resolves to no name) followed by any other
 * partition. `FetchResponse.toMessage` compares the next partition's topic with the previous entry's
 * by name when that entry's topic ID is zero, and the name is null: a NullPointerException, which
 * the broker answers as the whole request failing with UNKNOWN_SERVER_ERROR (seen on Kafka 4.1.1;
 * `matchingTopic` in clients/.../requests/FetchResponse.java).
 */
export function brokerFailsToList(response: FetchResponse, version: number): boolean {
  if (version < 13) return false;
  const entries = response.responses;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    if (e.topicId !== ZERO_UUID) continue;
    const after = e.partitions.length + entries.slice(i + 1).reduce((n, t) => n + t.partitions.length, 0);
    if (e.partitions.length > 0 && after > 1) return true;
  }
  return false;
}

function refusal(key: string, partition: number, code: number, version: number, at: number): Listed {
  const entry = deniedTopicEntry(key, [partition], code, version);
  return { key, topic: entry, data: entry.partitions[0]!, at, refused: true };
}

/** Consecutive partitions of one topic in one topic entry, as `FetchResponse.of` builds them. */
function grouped(listed: readonly Listed[]): FetchResponseFetchableTopicResponse[] {
  const out: FetchResponseFetchableTopicResponse[] = [];
  let last: { key: string; entry: FetchResponseFetchableTopicResponse } | undefined;
  for (const l of listed) {
    if (last?.key !== l.key) {
      last = { key: l.key, entry: { topic: l.topic.topic, topicId: l.topic.topicId, partitions: [] } };
      out.push(last.entry);
    }
    last.entry.partitions.push(l.data);
  }
  return out;
}

/**
 * A response to a fetch on a session the proxy does not know: every topic entry is judged on its
 * own, and the partitions of a topic that is not readable (or whose ID the proxy cannot resolve) are
 * replaced by the broker's refusal, in place.
 */
export function filterEveryPartition(response: FetchResponse, version: number, verdict: TopicVerdict): void {
  response.responses = response.responses.map((entry) => {
    const key = responseTopicKey(entry, version);
    const code = verdict(key);
    if (code === 0) return entry;
    return deniedTopicEntry(
      key,
      entry.partitions.map((p) => p.partitionIndex),
      code,
      version,
    );
  });
}

/**
 * The top-level ErrorCode and SessionId of a Fetch response frame (size prefix included), read
 * without decoding the body: FetchResponse v7+ starts with ThrottleTimeMs (int32), ErrorCode (int16),
 * SessionId (int32). Versions before 7 have no sessions: `{ errorCode: 0, sessionId: 0 }`.
 */
export function fetchResponseSession(
  frame: Buffer,
  version: number,
): { errorCode: number; sessionId: number } {
  if (version < 7) return { errorCode: 0, sessionId: 0 };
  const header = decodeResponseHeader(frame.subarray(4), ApiKey.Fetch, version);
  const at = 4 + header.headerLength + 4;
  return { errorCode: frame.readInt16BE(at), sessionId: frame.readInt32BE(at + 2) };
}
