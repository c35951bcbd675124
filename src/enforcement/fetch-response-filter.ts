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
import type { SessionTopic } from './fetch-session-tracker.js';
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

/**
 * A response to a fetch whose partition set the proxy knows (a session, or a full fetch): the
 * entries of denied topics are taken out and each denied topic comes back after the served ones with
 * all of its partitions in `denied` (the broker answers every refused partition of a session on every
 * fetch, after the partitions it serves). Responses with a top-level error carry no partitions and
 * are left as they are.
 */
export function filterKnownPartitions(
  response: FetchResponse,
  version: number,
  denied: ReadonlyMap<string, { partitions: readonly number[]; code: number }>,
): void {
  if (response.errorCode !== 0) return;
  const served = response.responses.filter((e) => !denied.has(responseTopicKey(e, version)));
  const refused = [...denied].map(([key, d]) => deniedTopicEntry(key, d.partitions, d.code, version));
  response.responses = [...served, ...refused];
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

/** A session's denied topics, each with all its partitions and its code. */
export function deniedSessionTopics(
  topics: readonly SessionTopic[],
  verdict: TopicVerdict,
): Map<string, { partitions: readonly number[]; code: number }> {
  const out = new Map<string, { partitions: readonly number[]; code: number }>();
  for (const t of topics) {
    const code = verdict(t.key);
    if (code !== 0) out.set(t.key, { partitions: t.partitions, code });
  }
  return out;
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
