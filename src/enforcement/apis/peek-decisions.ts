// The allowed path from the partial decode (issue 14 §2). A module with `allowedFromPeek`
// (api-module.ts) reads the names of a request from its generated peek decoder (protocol/partial)
// instead of decoding the whole request; when the policy allows every one of them the request is
// forwarded unchanged, and the full decode is never made. Anything else is decided from the full
// decode as before: a refusal, a split, an answer, a topic ID the proxy has not resolved yet, a fetch
// session, a frame that does not decode (the peek refuses exactly what the full decoder refuses,
// test/unit/protocol/peek-strictness.test.ts), an API without `allowedFromPeek`. Both paths ask the
// policy the same question and forward the same requests
// (test/unit/enforcement/peek-matches-full-decision.test.ts).
//
// Modules with it: Produce (produce.ts) and a sessionless Fetch (fetch.ts). Produce also decides
// from the start of its frame alone (`allowedFromStart`, ../produce-frame-walk.ts), so that an
// allowed request streams instead of being held whole.

import { ZERO_UUID } from '../../../protocol/primitives/codec-runtime.js';
import type { TopicIdResolver } from '../topic-id-resolver.js';

/**
 * The topic names of a list request's entries in its order, by name (`nameOf`) or, when `byId`, by
 * topic ID resolved to its name; undefined when an ID is not resolved yet (the full decision asks the
 * broker first).
 */
export function peekedTopics<E extends { readonly topicId: string }>(
  entries: readonly E[],
  nameOf: (entry: E) => string,
  byId: boolean,
  topicIds: TopicIdResolver,
): string[] | undefined {
  const topics = new Array<string>(entries.length);
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (!byId) {
      topics[i] = nameOf(entry);
      continue;
    }
    const name = topicIds.known(entry.topicId);
    if (name === undefined) return undefined;
    topics[i] = name;
  }
  return topics;
}

/**
 * True when every entry's topic ID is resolved or zero (the full decision first asks the broker for
 * every non-zero ID a request names that it does not know: collectEntities leaves zero IDs out).
 */
export function allIdsKnown(
  entries: ReadonlyArray<{ readonly topicId: string }>,
  topicIds: TopicIdResolver,
): boolean {
  for (const entry of entries) {
    if (entry.topicId !== ZERO_UUID && topicIds.known(entry.topicId) === undefined) return false;
  }
  return true;
}
