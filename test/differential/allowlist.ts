// The only escape of the differential harness: differences between the proxy and the reference
// broker that are justified, each with its reason. An entry waiting for a fix says `pending:` and
// what fix; remove it when the fix lands (the harness then checks the case again). Every entry is
// narrow: it names the API keys or error codes it covers and never hides a name, an ID or records
// that one side shows and the other does not, except where the entry says so.

import type { Step } from './differential.js';
import { errorCodes } from './normalise.js';
import { topicOperationAllowed, type PrincipalName } from './universe.js';

export interface Observed {
  readonly step: Step;
  /** The request as the reference received it. */
  readonly request: unknown;
  /** Normalised answers (or 'closed', 'timeout', 'error: ...'). */
  readonly proxy: unknown;
  readonly reference: unknown;
  /** The first differing path with both values, `$.topics[0].errorCode: 29 vs 42`. */
  readonly where: string;
}

export interface AllowlistEntry {
  /** Short stable id, counted in the report. */
  readonly id: string;
  /** Why the difference is justified, or `pending: <fix>` while someone fixes it. */
  readonly reason: string;
  readonly matches: (o: Observed) => boolean;
}

const AUTHZ = '(29|30|31|53)';

const text = (x: unknown): string =>
  JSON.stringify(x, (_k, y: unknown) => (typeof y === 'bigint' ? `${y}n` : y));

/** The answer with every list sorted, so that two answers differing only in order compare equal. */
function canonical(v: unknown): string {
  const sortDeep = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(sortDeep).sort((a, b) => (text(a) < text(b) ? -1 : 1));
    if (x !== null && typeof x === 'object') {
      return Object.fromEntries(
        Object.entries(x as Record<string, unknown>).map(([k, y]) => [k, sortDeep(y)]),
      );
    }
    return x;
  };
  return text(sortDeep(v));
}

const topError = (v: unknown): unknown =>
  v !== null && typeof v === 'object' ? (v as { errorCode?: unknown }).errorCode : undefined;

/** A Fetch answer's partitions as `topic/topicId/partition: entry`, in answer order. */
function fetchPartitions(v: unknown): Array<[string, Record<string, unknown>]> {
  const r = v as { responses?: Array<{ topic?: unknown; topicId?: unknown; partitions?: unknown[] }> };
  return (r.responses ?? []).flatMap((t) =>
    (t.partitions ?? []).map((p): [string, Record<string, unknown>] => {
      const part = p as Record<string, unknown>;
      return [`${text(t.topic)}/${text(t.topicId)}/${text(part.partitionIndex)}`, part];
    }),
  );
}

/**
 * Both Fetch answers' partitions (proxy's, reference's) when the two answers are objects with the
 * same fields outside their `responses`; undefined otherwise.
 */
function sameTopFetchPartitions(
  proxy: unknown,
  reference: unknown,
): [Array<[string, Record<string, unknown>]>, Array<[string, Record<string, unknown>]>] | undefined {
  if (typeof proxy !== 'object' || typeof reference !== 'object' || proxy === null || reference === null)
    return undefined;
  const top = (v: object): string => text({ ...v, responses: undefined });
  if (top(proxy) !== top(reference)) return undefined;
  return [fetchPartitions(proxy), fetchPartitions(reference)];
}

/**
 * True when both Fetch answers have the same top level and the reference's partitions are the
 * proxy's, in the same order, plus some served without records (error 0, `records` empty).
 */
function onlyUnchangedServedPartitionsMissing(proxy: unknown, reference: unknown): boolean {
  const partitions = sameTopFetchPartitions(proxy, reference);
  if (partitions === undefined) return false;
  const [mine, theirs] = partitions;
  const extra = theirs.filter(([k]) => !mine.some(([m]) => m === k));
  if (extra.length === 0) return false;
  if (!extra.every(([, p]) => p.errorCode === 0 && p.records === 'empty')) return false;
  const kept = theirs.filter(([k]) => mine.some(([m]) => m === k));
  return text(kept) === text(mine);
}

/**
 * True when both Fetch answers list the same partitions in the same order with the same fields,
 * except partitions served (error 0) with records on the reference and without through the proxy,
 * at least one.
 */
function onlyServedRecordsWithheld(proxy: unknown, reference: unknown): boolean {
  const partitions = sameTopFetchPartitions(proxy, reference);
  if (partitions === undefined) return false;
  const [mine, theirs] = partitions;
  if (mine.length !== theirs.length) return false;
  let withheld = 0;
  for (let i = 0; i < mine.length; i++) {
    const [k, p] = mine[i]!;
    const [kr, r] = theirs[i]!;
    if (k !== kr) return false;
    if (text(p) === text(r)) continue;
    if (p.errorCode !== 0 || p.records !== 'empty' || r.records !== 'records') return false;
    if (text({ ...p, records: undefined }) !== text({ ...r, records: undefined })) return false;
    withheld++;
  }
  return withheld > 0;
}

export const ALLOWLIST: readonly AllowlistEntry[] = [
  {
    id: 'entry-order',
    reason:
      "same entries and codes, other order: the broker answers DeleteTopics in a random order (Kafka's controller shuffles it: ControllerApis.deleteTopics, Collections.shuffle) and DeleteRecords, CreateTopics, CreatePartitions, ElectLeaders, AlterReplicaLogDirs, AddPartitionsToTxn and similar lists in the iteration order of its hash maps (Java HashMap and Scala maps keyed by name or by topic and partition, built differently by each handler and, for a request the proxy splits, merged with what the broker answered for the forwarded part); the proxy puts the entries it refuses in request order. Not reproduced (decided): the order is random or depends on each handler's internal map types, clients match entries by name and partition, and no name or code differs. Reproduced where one rule covers the whole answer: DescribeTopicPartitions (java-hash-order.ts)",
    matches: (o) => canonical(o.proxy) === canonical(o.reference),
  },
  {
    id: 'broker-validates-first',
    reason:
      "the broker rejects some malformed requests before it authorizes them: ACL filters and bindings with UNKNOWN/ANY enum values end the connection, broker config resources named by a non-integer, DeleteTopics naming a topic by both name and ID answer INVALID_REQUEST (42), a delegation token for an owner without principal type INVALID_PRINCIPAL_TYPE (67); the proxy decides the policy first and answers the denial. Not reproduced beyond the cases found to matter (DescribeTopicPartitions cursors and Metadata topic IDs below v12 are): it would mean re-implementing each broker handler's validation; the denial shows no name, ID or data that the broker's answer does not",
    matches: (o) =>
      (o.reference === 'closed' && typeof o.proxy === 'object') ||
      new RegExp(`: ${AUTHZ} vs (42|67)$`).test(o.where) ||
      (errorCodes(o.reference).some((c) => c === 42 || c === 67) && !errorCodes(o.proxy).includes(42)),
  },
  {
    id: 'feature-disabled',
    reason:
      "the broker checks that a feature is on before it authorizes: share groups are off in Kafka 4.1 by default (share-group APIs answer UNSUPPORTED_VERSION 35) and delegation tokens are not configured (DELEGATION_TOKEN_AUTH_DISABLED 61, or the token request is refused first: 65, 67); the proxy answers the policy denial (or UNKNOWN_TOPIC_ID 100 for a share request naming an unknown topic ID, or SHARE_SESSION_NOT_FOUND 122 for a ShareFetch at a later epoch of a share session it did not see opened: apis/share-fetch.ts answers it without forwarding, so the broker never acquires that session's records). Not reproduced: whether a feature is on is the broker's state, and finding out means forwarding. Delegation-token requests the policy refuses are never forwarded: Kafka authorizes them by token ownership through its authorizer, and the broker behind the proxy has none, so it would describe, renew or expire any principal's tokens",
    matches: (o) =>
      new RegExp(`: (29|30|31|53|100) vs (35|61)$`).test(o.where) ||
      (o.step.apiKey === 78 && o.where === '$.errorCode: 122 vs 35') ||
      ([38, 39, 40, 41].includes(o.step.apiKey) && topError(o.proxy) === 31),
  },
  {
    id: 'fetch-session-refused-offsets',
    reason:
      "an answer on a fetch session where the reference lists, in addition, partitions it served with nothing new (error 0, no records): partitions that an earlier fetch on the session (by another principal, or before a reload) was refused. The reference remembers a refused partition's offsets in the session as -1 (FetchSession.scala CachedPartition.maybeUpdateResponseData), so the next answer that serves it lists it; the broker behind the proxy has no authorizer, served it then and remembers its real offsets, so it leaves it out. Not reproduced: the proxy would have to invent the entry's offsets. Only partitions of error 0 without records are missing; every other entry, code and record check is the same",
    matches: (o) => o.step.apiKey === 1 && onlyUnchangedServedPartitionsMissing(o.proxy, o.reference),
  },
  {
    id: 'fetch-bytes-spent-on-refused-partitions',
    reason:
      "a Fetch on a session (SessionEpoch 0 or more) with MaxBytes 0 where the reference returns records for a partition the principal may read and the proxy does not. The broker reads a fetch's partitions in order against the MaxBytes budget, and only the first partition that has records gets its first batch whatever the budget (ReplicaManager.readFromLog: minOneMessage, 'ignoring response/partition size limits'); the reference never reads a refused partition, the broker behind the proxy (no authorizer) reads it, spends the one-batch allowance on it, and the proxy then withholds those records. A session fetch is forwarded whole (the broker's session must hold every partition, as the reference's does), so the proxy cannot keep the broker from reading the refused partition, and giving the readable partition its batch would take a second fetch. Sessionless fetches are split and not affected. Only records of readable partitions are missing (fewer records, never more, never another principal's); every code and offset is the same. In the harness a budget is only spent this way with MaxBytes 0 (its records are a few bytes)",
    matches: (o) =>
      o.step.apiKey === 1 &&
      (o.request as { maxBytes?: unknown; sessionEpoch?: unknown }).maxBytes === 0 &&
      ((o.request as { sessionEpoch?: number }).sessionEpoch ?? -1) >= 0 &&
      onlyServedRecordsWithheld(o.proxy, o.reference),
  },
  {
    id: 'txn-partition-existence',
    reason:
      "AddPartitionsToTxn v0-3 that the proxy refuses for one topic while another topic is allowed: the broker also checks that each partition of the allowed topics exists and answers UNKNOWN_TOPIC_OR_PARTITION (3) for those that do not, OPERATION_NOT_ATTEMPTED (55) for the rest; the proxy answers without asking the broker (it would need a metadata lookup per refused request) and marks every partition of the allowed topics 55. Only existence of partitions of a topic the principal may write differs, and the proxy shows less. Partition order inside a topic is the broker's hash map order (entry-order)",
    matches: (o) => {
      if (o.step.apiKey !== 24) return false;
      const as55 = JSON.parse(
        text(o.reference).replace(/"partitionErrorCode":3\b/g, '"partitionErrorCode":55'),
      ) as unknown;
      return errorCodes(o.reference).includes(3) && canonical(o.proxy) === canonical(as55);
    },
  },
  {
    id: 'describable-names-and-existence',
    reason:
      "DeleteTopics by a principal that may Describe a topic but not Delete it: Kafka's controller (ControllerApis.deleteTopics in 4.1.1) tells it whether a topic it names exists (UNKNOWN_TOPIC_OR_PARTITION 3 where the proxy answers 29) and fills in the name of a topic it names by ID (where the proxy answers 29 with a null name), and it shuffles its answer at random (Collections.shuffle, so that positions do not tell absent topics from hidden ones). Not reproduced: the proxy would have to look topics up on the broker for every refused DeleteTopics; it shows less than the broker, never more. Exact: the reference's answer with only those names blanked and those 3s made 29, for topics the universe lets the principal Describe and not Delete, must equal the proxy's answer as a multiset of entries",
    matches: (o) =>
      o.step.apiKey === 20 &&
      canonical(o.proxy) === canonical(deleteTopicsAsTheProxyAnswers(o.reference, o.step.principal)),
  },
  {
    id: 'reference-internal-error-config',
    reason:
      'the reference broker answered UNKNOWN_SERVER_ERROR (-1) where the proxy refused the entry (IncrementalAlterConfigs of broker resource "1", a broker id the single-node cluster does not have): the reference\'s own failure, nothing to fix in the proxy',
    matches: (o) => new RegExp(`: ${AUTHZ} vs -1$`).test(o.where),
  },
];

type DeletableTopicResult = { name?: unknown; topicId?: unknown; errorCode?: unknown };

/**
 * A normalised DeleteTopics answer of the reference as the proxy shows it: for every entry naming a
 * topic the principal may Describe but not Delete (by the universe's grants), a by-name 3 becomes 29
 * and the name the controller filled in for a by-ID entry (`topicId` not `zero`) refused with 29
 * becomes null. Anything else (closed, a top-level error) is returned as is.
 */
export function deleteTopicsAsTheProxyAnswers(reference: unknown, principal: PrincipalName): unknown {
  const responses = (reference as { responses?: unknown } | null)?.responses;
  if (!Array.isArray(responses)) return reference;
  const hidden = (name: unknown): name is string =>
    typeof name === 'string' &&
    topicOperationAllowed(principal, 'DESCRIBE', name) &&
    !topicOperationAllowed(principal, 'DELETE', name);
  return {
    ...(reference as object),
    responses: (responses as DeletableTopicResult[]).map((e) => {
      if (!hidden(e.name)) return e;
      const byId = typeof e.topicId === 'string' && e.topicId !== 'zero';
      if (byId && e.errorCode === 29) return { ...e, name: null };
      if (!byId && e.errorCode === 3) return { ...e, errorCode: 29 };
      return e;
    }),
  };
}

/** The id of the first entry that justifies the difference, or undefined. */
export function allowlisted(o: Observed): string | undefined {
  return ALLOWLIST.find((e) => e.matches(o))?.id;
}

/** The ids of every entry that would justify the difference (not only the first). */
export function allowlistMatches(o: Observed): string[] {
  return ALLOWLIST.filter((e) => e.matches(o)).map((e) => e.id);
}

/** Entries that justified nothing in a run (`matched`: differences per entry id, any entry that matched). */
export function unusedAllowlistEntries(matched: Readonly<Record<string, number>>): string[] {
  return ALLOWLIST.map((e) => e.id).filter((id) => !(matched[id]! > 0));
}
