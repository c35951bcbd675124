// Committed offsets of groups: OffsetCommit (8), OffsetFetch (9), OffsetDelete (47), and of share
// groups AlterShareGroupOffsets (91) and DeleteShareGroupOffsets (92), decided as OffsetDelete.
// - Names: the group (Read to commit, Describe to fetch, Delete to delete), then per topic (Read to
//   commit, Describe to fetch, Read to delete); OffsetCommit v10 names topics by ID.
// - Denial: a denied group refuses the whole request (GROUP_AUTHORIZATION_FAILED on every
//   partition); a denied topic gets TOPIC_AUTHORIZATION_FAILED on each of its partitions, in the
//   request's order. OffsetFetch has its own layouts (v1-7 one group, v8+ many) and a fetch of all a
//   group's topics (the OffsetFetch section below).
// - Reveals: OffsetFetch of all topics lists only topics the caller may Describe.
//
// OffsetFetch in detail, as the broker authorizes it: Describe on each group (a denied group is
// answered with GROUP_AUTHORIZATION_FAILED and nothing else), then Describe per topic: named topics
// that are denied come back with TOPIC_AUTHORIZATION_FAILED on each partition, and a request for all
// of a group's topics (null list) is answered with the permitted topics only. v1-7 carry one group,
// v8+ a list.

import { ErrorCode } from '../../../protocol/errors.js';
import {
  RESPONSE_CODECS,
  responseCodecOf,
  type MessageCodec,
  type RequestOf,
  type ResponseOf,
} from '../../../protocol/generated/codecs.js';
import type {
  OffsetFetchRequest,
  OffsetFetchResponse,
  OffsetFetchResponseTopics,
} from '../../../protocol/generated/index.js';
import { Reader } from '../../../protocol/primitives/index.js';
import { ZERO_UUID } from '../../../protocol/primitives/codec-runtime.js';
import type { RequestDecision } from '../../connection/request-decision.js';
import { skeletonOf } from '../default-value-reader.js';
import { encodeRequestWithBody, encodeResponseBody, responseRewrite } from '../request-codec.js';
import { ApiKey } from '../../../protocol/generated/api-keys.js';
import { decidedApi } from './api-module.js';
import { topicCodes, type RequestDecider } from './request-decider.js';
import {
  entriesIn,
  listApi,
  namedIn,
  topicsByName,
  topicsByNameOrId,
  type ListOf,
  type ResourceList,
} from './resource-list.js';

const OFFSET_FETCH = ApiKey.OffsetFetch;

/** One requested topic in either layout. */
interface AskedTopic {
  name: string;
  topicId: string;
  partitionIndexes: number[];
}

interface AskedGroup {
  groupId: string;
  topics: AskedTopic[] | null;
}

interface GroupVerdict {
  group: AskedGroup;
  /** GROUP_AUTHORIZATION_FAILED (or another whole-group code), 0 when the group is allowed. */
  code: number;
  /** Per requested topic, 0 when allowed. */
  topicCodes: number[];
}

function askedGroups(request: OffsetFetchRequest, version: number): AskedGroup[] {
  if (version >= 8) {
    return request.groups.map((g) => ({ groupId: g.groupId, topics: g.topics }));
  }
  return [
    {
      groupId: request.groupId,
      topics:
        request.topics?.map((t) => ({
          name: t.name,
          topicId: ZERO_UUID,
          partitionIndexes: t.partitionIndexes,
        })) ?? null,
    },
  ];
}

function deniedTopic(topic: AskedTopic, code: number): OffsetFetchResponseTopics {
  return {
    name: topic.name,
    topicId: topic.topicId,
    partitions: topic.partitionIndexes.map((partitionIndex) => ({
      partitionIndex,
      committedOffset: -1n,
      committedLeaderEpoch: -1,
      metadata: '',
      errorCode: code,
    })),
  };
}

function topicKey(topic: { name: string; topicId: string }, version: number): string {
  return version >= 10 ? topic.topicId : topic.name;
}

export function decideOffsetFetch(
  ctx: RequestDecider<typeof ApiKey.OffsetFetch>,
  request: OffsetFetchRequest,
): RequestDecision {
  const { header, policy, version } = ctx;
  const topicIds = ctx.services.topicIds;
  const base = ctx.base();
  const verdicts: GroupVerdict[] = askedGroups(request, version).map((group) => {
    const names = (group.topics ?? []).map((t) =>
      version >= 10 ? (topicIds.known(t.topicId) ?? null) : t.name,
    );
    const decision = policy.decisions.decide({
      ...base,
      groups: [group.groupId],
      topics: names.filter((n): n is string => n !== null),
    });
    const groupVerdict = decision.groups[0]!;
    if (!groupVerdict.allowed) {
      return {
        group,
        code: groupVerdict.errorCode ?? ErrorCode.GROUP_AUTHORIZATION_FAILED,
        topicCodes: names.map(() => 0),
      };
    }
    return { group, code: 0, topicCodes: topicCodes(names, decision.topics) };
  });

  const filterAll = (groupId: string, topics: OffsetFetchResponseTopics[]): OffsetFetchResponseTopics[] => {
    const names = topics.map((t) => (version >= 10 ? (topicIds.known(t.topicId) ?? '') : t.name));
    const allowed = policy.quiet.decide({ ...base, groups: [groupId], topics: names }).topics;
    return topics.filter((_t, i) => allowed[i]!.allowed);
  };
  const mergeTopics = (
    verdict: GroupVerdict,
    fromBroker: OffsetFetchResponseTopics[],
  ): OffsetFetchResponseTopics[] => {
    if (verdict.group.topics === null) return filterAll(verdict.group.groupId, fromBroker);
    const byKey = new Map(fromBroker.map((t) => [topicKey(t, version), t]));
    return verdict.group.topics.flatMap((t, i) => {
      if (verdict.topicCodes[i] !== 0) return [deniedTopic(t, verdict.topicCodes[i]!)];
      const entry = byKey.get(topicKey(t, version));
      return entry === undefined ? [] : [entry];
    });
  };

  const forwardedGroups = verdicts.filter((v) => v.code === 0);
  const noTopicsLeft = (v: GroupVerdict): boolean =>
    v.group.topics !== null && v.group.topics.length > 0 && v.topicCodes.every((c) => c !== 0);
  const answerWhole = forwardedGroups.length === 0 || (version < 8 && noTopicsLeft(verdicts[0]!));
  if (answerWhole) {
    const response = skeletonOf(
      RESPONSE_CODECS.get(OFFSET_FETCH)! as MessageCodec<OffsetFetchResponse>,
      version,
    );
    if (version >= 8) {
      response.groups = verdicts.map((v) => ({
        groupId: v.group.groupId,
        errorCode: v.code,
        topics: v.code !== 0 ? [] : mergeTopics(v, []),
      }));
    } else {
      const v = verdicts[0]!;
      response.errorCode = version >= 2 ? v.code : 0;
      // A refused group from v2 on: the top-level error only, no topics (as the broker answers);
      // v0-1 have no top-level error and carry the code on every partition.
      const groupRefused = version >= 2 && v.code !== 0;
      response.topics = (groupRefused ? [] : (v.group.topics ?? [])).map((t, i) => {
        const entry = deniedTopic(t, v.code !== 0 ? v.code : v.topicCodes[i]!);
        return { name: entry.name, partitions: entry.partitions };
      });
    }
    return { outcome: 'answer', responseBody: encodeResponseBody(OFFSET_FETCH, version, response) };
  }

  const everythingAllowed = verdicts.every((v) => v.code === 0 && v.topicCodes.every((c) => c === 0));
  const keep = (v: GroupVerdict): AskedTopic[] | null =>
    v.group.topics === null ? null : v.group.topics.filter((_t, i) => v.topicCodes[i] === 0);
  const forwardedRequest: OffsetFetchRequest =
    version >= 8
      ? {
          ...request,
          groups: request.groups
            .filter((_g, i) => verdicts[i]!.code === 0)
            .map((g) => ({ ...g, topics: keep(verdicts.find((v) => v.group.groupId === g.groupId)!) })),
        }
      : {
          ...request,
          topics:
            request.topics === null
              ? null
              : request.topics.filter((_t, i) => verdicts[0]!.topicCodes[i] === 0),
        };
  const anyFilterAll = verdicts.some((v) => v.code === 0 && v.group.topics === null);
  if (everythingAllowed && !anyFilterAll) return { outcome: 'forward' };
  return {
    outcome: 'forward-modified',
    frame: encodeRequestWithBody(header, forwardedRequest),
    rewriteResponse: responseRewrite(OFFSET_FETCH, version, (response) => {
      if (version >= 8) {
        const byGroup = new Map(response.groups.map((g) => [g.groupId, g]));
        response.groups = verdicts.flatMap((v) => {
          if (v.code !== 0) return [{ groupId: v.group.groupId, errorCode: v.code, topics: [] }];
          const entry = byGroup.get(v.group.groupId);
          if (entry === undefined) return [];
          return [{ ...entry, topics: entry.errorCode !== 0 ? entry.topics : mergeTopics(v, entry.topics) }];
        });
      } else {
        const v = verdicts[0]!;
        const asV8 = response.topics.map((t) => ({
          name: t.name,
          topicId: ZERO_UUID,
          partitions: t.partitions,
        }));
        response.topics = mergeTopics(v, asV8).map((t) => ({ name: t.name, partitions: t.partitions }));
      }
    }),
  };
}

/** OffsetCommit v10 names topics by ID (KIP-848). */
const OFFSET_COMMIT_TOPIC_IDS_FROM = 10;

const offsetCommitList: ListOf<typeof ApiKey.OffsetCommit, 'topics', 'topics'> = {
  ...entriesIn('topics', 'topics'),
  ...topicsByNameOrId('name', OFFSET_COMMIT_TOPIC_IDS_FROM),
  scope: (r) => ({ groups: [r.groupId], transactionalIds: [] }),
  deniedResult: (t, code) => ({
    name: t.name,
    topicId: t.topicId,
    partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode: code })),
  }),
};

export const offsetCommit = listApi(ApiKey.OffsetCommit, offsetCommitList);

export const offsetFetch = decidedApi(ApiKey.OffsetFetch, {
  decide: (ctx, request) => ctx.counted(decideOffsetFetch(ctx, request)),
});

/**
 * OffsetDelete as Kafka 4.1 answers it with an authorizer (checked against StandardAuthorizer,
 * test/integration/red-team-groups-tokens-hints.test.ts): Delete on the group refuses the whole
 * request (GROUP_AUTHORIZATION_FAILED, no topics); otherwise each topic without Read is answered
 * TOPIC_AUTHORIZATION_FAILED on its partitions, and the group coordinator is asked for the rest, even
 * when no topic is left. A top-level error of the coordinator (GROUP_ID_NOT_FOUND for a group that
 * does not exist, NON_EMPTY_GROUP...) is then the whole answer, without the refused topics.
 */
const offsetDeleteList: ListOf<typeof ApiKey.OffsetDelete, 'topics', 'topics'> = {
  ...topicsByName(),
  scope: (r) => ({ groups: [r.groupId], transactionalIds: [] }),
  deniedResult: (t, code) => ({
    name: t.name,
    partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode: code })),
  }),
  failsWhole: (r) => r.errorCode !== 0,
};

/**
 * The decision of a group's topic-list request that Kafka's handler authorizes as OffsetDelete: the
 * group first (refused: the whole request, top-level error, no topics), then each topic (refused:
 * its error on the request's partitions), and the group coordinator is asked for the rest even when
 * no topic is left; a top-level error of the coordinator is then the whole answer (`list.failsWhole`).
 */
function refusedTopicsThenCoordinator<
  K extends
    typeof ApiKey.OffsetDelete | typeof ApiKey.AlterShareGroupOffsets | typeof ApiKey.DeleteShareGroupOffsets,
>(
  ctx: RequestDecider<K>,
  request: RequestOf<K>,
  list: ResourceList<RequestOf<K>, ResponseOf<K>>,
): RequestDecision {
  const decision = ctx.decideList(request, list);
  if (decision.outcome !== 'answer') return decision;
  const answered = responseCodecOf(ctx.module.apiKey).decode(
    new Reader(decision.responseBody, 0),
    ctx.version,
  );
  // The group refused: the broker never asks its coordinator.
  if (answered.errorCode !== 0) return decision;
  // Every topic refused, the group allowed: the coordinator is still asked (with no topic), and its
  // top-level error replaces the refusals, as the broker answers.
  return ctx.rewriting(ctx.encode(list.withEntries(request, [], ctx.version)), (response) => {
    if (!list.failsWhole?.(response, ctx.version))
      list.setResults(response, list.results(answered, ctx.version), ctx.version);
  });
}

export const offsetDelete = decidedApi(ApiKey.OffsetDelete, {
  // Not the module's `list`: a refused group is answered as a whole (top-level error, no topics), as
  // a module without a list is refused (whole-denial.ts).
  decide: (ctx, request) => refusedTopicsThenCoordinator(ctx, request, offsetDeleteList),
});

/**
 * What both share-group offsets lists share: the group decides the request first, and a top-level
 * error of the coordinator is the whole answer.
 */
const shareOffsetsLists = {
  scope: (r: { groupId: string }) => ({ groups: [r.groupId], transactionalIds: [] }),
  failsWhole: (r: { errorCode: number }) => r.errorCode !== 0,
};

/** A refused topic's error and Kafka's message for it (`Errors.TOPIC_AUTHORIZATION_FAILED.message()`). */
const topicRefusal = (errorCode: number) => ({ errorCode, errorMessage: 'Topic authorization failed.' });

/**
 * AlterShareGroupOffsets (91, KIP-932) as Kafka 4.1 answers it with an authorizer (checked against
 * StandardAuthorizer, test/integration/red-team-share-groups.test.ts): Read on the share group, then
 * Read per topic, refused ones answered on each partition with Kafka's message, the rest handed to
 * the coordinator. The broker also fills in a refused topic's ID when the topic exists (the zero ID
 * when not), which tells a principal that may not describe it that it exists; the proxy answers the
 * zero ID for every refused topic (policies/README.md).
 */
const alterShareGroupOffsetsList: ListOf<typeof ApiKey.AlterShareGroupOffsets, 'topics', 'responses'> = {
  ...namedIn('topics', 'responses', 'topicName'),
  ...shareOffsetsLists,
  deniedResult: (t, code) => ({
    topicName: t.topicName,
    topicId: ZERO_UUID,
    partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, ...topicRefusal(code) })),
  }),
};

export const alterShareGroupOffsets = decidedApi(ApiKey.AlterShareGroupOffsets, {
  decide: (ctx, request) => refusedTopicsThenCoordinator(ctx, request, alterShareGroupOffsetsList),
});

/** DeleteShareGroupOffsets (92): Delete on the share group, then Read per topic, as above. */
const deleteShareGroupOffsetsList: ListOf<typeof ApiKey.DeleteShareGroupOffsets, 'topics', 'responses'> = {
  ...namedIn('topics', 'responses', 'topicName'),
  ...shareOffsetsLists,
  deniedResult: (t, code) => ({ topicName: t.topicName, topicId: ZERO_UUID, ...topicRefusal(code) }),
};

export const deleteShareGroupOffsets = decidedApi(ApiKey.DeleteShareGroupOffsets, {
  decide: (ctx, request) => refusedTopicsThenCoordinator(ctx, request, deleteShareGroupOffsetsList),
});
