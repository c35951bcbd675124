// Requests that are a list of topics (each with its partitions), groups, transactional ids or config
// resources, answered entry by entry. The broker authorizes each entry separately and answers a
// denied one with an error (on each of its partitions) while serving the others; the proxy does the
// same by removing denied entries from the request it forwards and merging error entries for them
// into the broker's answer where the broker puts them (after the served ones for Produce, Fetch,
// ListOffsets, OffsetForLeaderEpoch and DescribeTopicPartitions, in the request's order for the
// others). When every entry is denied, the whole answer is built here from a skeleton of the
// response message (default-value-reader.ts).
//
// Each API module with such a list (produce.ts, fetch.ts, ...) says where the entries are in the
// request and the response, how an entry is named (by name, or by ID in newer versions) and what the
// broker puts in a denied entry's place.

import type {
  ApiKeyNumber,
  MessageCodec,
  RequestOf,
  ResponseOf,
} from '../../../protocol/generated/codecs.js';
import { skeletonOf } from '../default-value-reader.js';
import type { ApiModule } from './api-module.js';
import type { RequestNames } from '../../policy/engine.js';

/** What one entry of a list is authorized as; `cluster` entries (broker configs) follow the API decision. */
export type EntryKind = 'topic' | 'group' | 'transactionalId' | 'cluster';

/** How a request names a topic: by name, or by ID (then the name is resolved by the proxy). */
export interface TopicRef {
  readonly name: string | null;
  readonly id: string | null;
}

/** Names that scope a whole list request (Produce's transactional id, OffsetCommit's group). */
export type RequestScope = Omit<RequestNames, 'topics'>;

/**
 * One list API. `Req`/`Resp` are its request and response; `Entry`/`Result` one entry of the
 * request's list and of the response's (methods, so that a list of concrete entries is a list of
 * any entries to the code that treats them alike).
 */
export interface ResourceList<Req, Resp, Entry = unknown, Result = unknown> {
  /** What the listed entries are (a group's ref carries the group id as its name). Default: `topic`. */
  readonly kind?: EntryKind;
  /** For lists that mix kinds (config resources): what one entry is. Default: `kind`. */
  entryKind?(entry: Entry): EntryKind;
  /**
   * Where the broker puts the entries it refused: after the ones it served (checked against a
   * broker with StandardAuthorizer), or in the request's order (default).
   */
  readonly deniedLast?: boolean;
  entries(request: Req, version: number): readonly Entry[];
  /** A copy of the request carrying only `entries`. */
  withEntries(request: Req, entries: Entry[], version: number): Req;
  ref(entry: Entry, version: number): TopicRef;
  /** Names that decide the whole request before its entries (Kafka checks them first). */
  scope?(request: Req, version: number): RequestScope;
  results(response: Resp, version: number): Result[];
  setResults(response: Resp, results: Result[], version: number): void;
  /** The response entry's name or ID, whichever the version uses, to match it to its request entry. */
  resultKey(result: Result, version: number): string;
  /** The same key computed from a request entry; default: its ref (ID, else name). */
  matchKey?(entry: Entry, version: number): string;
  /** The response entry the broker sends for a denied request entry (every partition carries `code`). */
  deniedResult(entry: Entry, code: number, version: number): Result;
  /**
   * The denied entries in the broker's order, when it is not the request's (`deniedLast` APIs
   * whose broker collects refused entries in a hash set); default: the request's order.
   */
  orderDenied?(results: Result[], version: number, response: Resp): Result[];
  /**
   * For APIs whose broker builds its answer per partition (Produce, Fetch, DeleteRecords): how many
   * partitions a request entry names. A refused entry naming none is left out of the answer, as the
   * broker leaves it out (checked against StandardAuthorizer by the differential harness).
   */
  partitionCount?(entry: Entry, version: number): number;
  /**
   * True when the broker's answer to the forwarded part fails the whole request (a top-level error):
   * the broker then answers no entry at all, so the refused ones are not merged in. Default: false.
   */
  failsWhole?(response: Resp, version: number): boolean;
  /** What else the broker's answer says when it describes no entry at all (a paged answer has no next page). */
  nothingServed?(response: Resp, version: number): void;
}

/** The element type of a list field (a nullable list's too). */
export type ElementOf<L> = NonNullable<L> extends ReadonlyArray<infer E> ? E : never;

/**
 * The ResourceList of API `K` whose request lists its entries in field `RF` and whose response its
 * results in field `SF`, the entry types read from the generated messages
 * (`ListOf<typeof ApiKey.DescribeGroups, 'groups', 'groups'>`).
 */
export type ListOf<
  K extends ApiKeyNumber,
  RF extends keyof RequestOf<K>,
  SF extends keyof ResponseOf<K>,
> = ResourceList<RequestOf<K>, ResponseOf<K>, ElementOf<RequestOf<K>[RF]>, ElementOf<ResponseOf<K>[SF]>>;

/** A list API whatever its entry types, as the generic code below sees it. */
export type AnyResourceList = ResourceList<unknown, unknown>;

export const byName = (name: string): TopicRef => ({ name, id: null });

/**
 * The module of an API whose request is a list decided entry by entry and nothing more (no own
 * decision, no denial quirk, nothing revealed beyond what the request names).
 */
export function listApi<K extends ApiKeyNumber>(
  apiKey: K,
  list: ResourceList<RequestOf<K>, ResponseOf<K>>,
): ApiModule<K> {
  return { apiKey, handling: 'decided', list };
}

/**
 * The members of a ResourceList that only say where its lists are: the request's entries in
 * `requestField`, the response's results in `responseField` (`entriesIn('groups', 'groups')` for
 * DescribeGroups).
 */
export function entriesIn<
  RF extends string,
  SF extends string,
  Entry,
  Result,
  Req extends { [F in RF]: Entry[] },
  Resp extends { [F in SF]: Result[] },
>(
  requestField: RF,
  responseField: SF,
): Pick<ResourceList<Req, Resp, Entry, Result>, 'entries' | 'withEntries' | 'results' | 'setResults'> {
  return {
    entries: (r) => r[requestField],
    withEntries: (r, entries) => ({ ...r, [requestField]: entries }),
    results: (r) => r[responseField],
    setResults: (r, results) => {
      r[responseField] = results as Resp[SF];
    },
  };
}

/**
 * The members of a ResourceList whose request lists its entries in `requestField` and whose response
 * its results in `responseField`, each named by its field `nameField`: the request's entries (or, in
 * a list of bare names such as DescribeGroups' group ids, the entry itself) and the response's results
 * alike (`namedIn('groups', 'groups', 'groupId')`): the list, a copy with other entries, each entry's
 * ref, and the response entries matched by name.
 */
export function namedIn<
  RF extends string,
  SF extends string,
  NF extends string,
  Entry extends string | { readonly [F in NF]: string },
  Result extends { readonly [F in NF]: string },
  Req extends { [F in RF]: Entry[] },
  Resp extends { [F in SF]: Result[] },
>(
  requestField: RF,
  responseField: SF,
  nameField: NF,
): Pick<
  ResourceList<Req, Resp, Entry, Result>,
  'entries' | 'withEntries' | 'ref' | 'results' | 'setResults' | 'resultKey'
> {
  const nameOf = (e: string | { readonly [F in NF]: string }): string =>
    typeof e === 'string' ? e : e[nameField];
  return {
    ...entriesIn<RF, SF, Entry, Result, Req, Resp>(requestField, responseField),
    ref: (e) => byName(nameOf(e)),
    resultKey: (r) => r[nameField],
  };
}

/**
 * The same for the many APIs whose request and response both carry their entries in `topics`, named
 * by `name` (CreateTopics, DeleteRecords, DescribeProducers, ListOffsets, ...) or by `nameField`.
 */
export function topicsByName<
  Req extends { topics: Entry[] },
  Resp extends { topics: Result[] },
  Entry extends { readonly [F in NF]: string },
  Result extends { readonly [F in NF]: string },
  NF extends string = 'name',
>(
  nameField: NF = 'name' as NF,
): Pick<
  ResourceList<Req, Resp, Entry, Result>,
  'entries' | 'withEntries' | 'ref' | 'results' | 'setResults' | 'resultKey'
> {
  return namedIn<'topics', 'topics', NF, Entry, Result, Req, Resp>('topics', 'topics', nameField);
}

export const byId = (id: string): TopicRef => ({ name: null, id });

/**
 * The members of a ResourceList whose request and response entries name their topic in `nameField`
 * before version `idsFrom` and by `topicId` from it (KIP-516: Produce and Fetch from v13): each
 * entry's ref, and the key that matches a response entry to it.
 */
export function topicsByNameOrId<
  NF extends string,
  Entry extends { readonly [F in NF]: string } & { readonly topicId: string },
  Result extends { readonly [F in NF]: string } & { readonly topicId: string },
>(nameField: NF, idsFrom: number): Pick<ResourceList<unknown, unknown, Entry, Result>, 'ref' | 'resultKey'> {
  return {
    ref: (t, v) => (v >= idsFrom ? byId(t.topicId) : byName(t[nameField])),
    resultKey: (e, v) => (v >= idsFrom ? e.topicId : e[nameField]),
  };
}

/** Kafka's value for "authorized operations not requested" (Integer.MIN_VALUE). */
export const AUTHORIZED_OPERATIONS_OMITTED = -2147483648;

/** The key that matches a request entry to its response entry: the ID when the topic is named by one. */
export function refKey(ref: TopicRef): string {
  return ref.id ?? ref.name ?? '';
}

/** The entry kind of each entry of `request`. */
export function entryKinds(list: AnyResourceList, entries: readonly unknown[]): EntryKind[] {
  return entries.map((e) => list.entryKind?.(e) ?? list.kind ?? 'topic');
}

/**
 * The whole response for a request none of whose entries is forwarded: a skeleton of the response
 * (`codec`) with one entry per request entry, each with its code.
 */
export function answerAllEntries<Req, Resp>(
  list: ResourceList<Req, Resp>,
  codec: MessageCodec<Resp>,
  request: Req,
  version: number,
  codes: readonly number[],
): Resp {
  const response = skeletonOf(codec, version);
  const entries = list.entries(request, version);
  const results = entries.flatMap((e, i) =>
    list.partitionCount?.(e, version) === 0 ? [] : [list.deniedResult(e, codes[i]!, version)],
  );
  list.nothingServed?.(response, version);
  list.setResults(response, list.orderDenied?.(results, version, response) ?? results, version);
  return response;
}

/**
 * Puts the entries of denied request entries back into the broker's response to the forwarded part,
 * where the broker puts them: in the request's order, or after the served ones (`deniedLast`).
 * `codes[i]` is 0 for a forwarded entry.
 */
export function mergeDeniedEntries<Req, Resp>(
  list: ResourceList<Req, Resp>,
  request: Req,
  response: Resp,
  version: number,
  codes: readonly number[],
): void {
  if (list.failsWhole?.(response, version) === true) return;
  const fromBroker = list.results(response, version);
  const byKey = new Map<string, unknown[]>();
  for (const result of fromBroker) {
    const key = list.resultKey(result, version);
    const found = byKey.get(key);
    if (found) found.push(result);
    else byKey.set(key, [result]);
  }
  const merged: unknown[] = [];
  const denied: unknown[] = [];
  const entries = list.entries(request, version);
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (codes[i] !== 0) {
      if (list.partitionCount?.(entry, version) !== 0) {
        (list.deniedLast ? denied : merged).push(list.deniedResult(entry, codes[i]!, version));
      }
      continue;
    }
    const key = list.matchKey ? list.matchKey(entry, version) : refKey(list.ref(entry, version));
    const result = byKey.get(key)?.shift();
    if (result !== undefined) merged.push(result);
  }
  // Anything the broker answered that matched no request entry is kept, after the rest.
  for (const rest of byKey.values()) merged.push(...rest);
  merged.push(...(list.orderDenied?.(denied, version, response) ?? denied));
  list.setResults(response, merged, version);
}
