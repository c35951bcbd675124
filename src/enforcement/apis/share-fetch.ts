// ShareFetch (78) and ShareAcknowledge (79), KIP-932 share groups.
// - Names: Read on the group and Read per topic (by ID) named in the request.
// - Denial: refused as a whole (the broker's whole-request answer).
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
// proxy follows each share session's partitions (share-session-tracker.ts) and decides a ShareFetch
// on a known session with every topic the session holds, as if the request named them: one the
// principal may not read refuses the request as a whole (policies/README.md, share sessions).

import type { ShareFetchResponse } from '../../../protocol/generated/index.js';
import { ApiKey } from '../../../protocol/generated/api-keys.js';
import { brokerKeyOf } from '../fetch-session-enforcement.js';
import { shareSessionKey } from '../share-session-tracker.js';
import { decidedApi } from './api-module.js';
import { topicCodes, type RequestDecider } from './request-decider.js';

const EMPTY = Buffer.alloc(0);

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

export const shareFetch = decidedApi(ApiKey.ShareFetch, {
  decide: (ctx, request) => {
    const sessions = ctx.services.shareSessions;
    const key = shareSessionKey(brokerKeyOf(ctx.request.connection), request.groupId, request.memberId);
    // Topics of the session the request does not name are decided as if it named them (only those
    // the proxy can name: an ID it cannot is judged in the answer, UNKNOWN_TOPIC_ID).
    const named = new Set(request.topics.map((t) => t.topicId));
    const held = sessions
      .heldTopics(key, request.shareSessionEpoch)
      .filter((id) => !named.has(id) && ctx.services.topicIds.known(id) !== undefined);
    const judged =
      held.length === 0
        ? request
        : {
            ...request,
            topics: [...request.topics, ...held.map((topicId) => ({ topicId, partitions: [] }))],
          };
    const decision = ctx.decideWhole(judged);
    if (decision.outcome !== 'forward') return decision;
    return ctx.rewriting(ctx.frame, (response) => {
      sessions.answered(
        key,
        request.shareSessionEpoch,
        request.topics.map((t) => ({
          topicId: t.topicId,
          partitions: t.partitions.map((p) => p.partitionIndex),
        })),
        request.forgottenTopicsData,
        response.errorCode,
      );
      return judgeShareFetchAnswer(ctx, response);
    });
  },
});

export const shareAcknowledge = decidedApi(ApiKey.ShareAcknowledge);
