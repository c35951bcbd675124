// The KIP-848 consumer group, KIP-932 share group and KIP-1071 streams group protocols:
// ConsumerGroupHeartbeat (68), ConsumerGroupDescribe (69), ShareGroupHeartbeat (76),
// ShareGroupDescribe (77), StreamsGroupHeartbeat (88), StreamsGroupDescribe (89),
// DescribeShareGroupOffsets (90); AlterShareGroupOffsets (91) and DeleteShareGroupOffsets (92) are
// in group-offsets.ts.
// ShareFetch (78) and ShareAcknowledge (79) are in share-fetch.ts.
// - Names: the group (Read on heartbeats, Describe per described group), then Describe on every
//   subscribed topic name.
// - Denial: heartbeats refused as a whole, without an assignment; describes per group.
// - Reveals: a described group naming a topic the caller may not Describe is answered 29 with no
//   members (KAFKA-18813, the describe section below); AuthorizedOperations restricted to the policy's
//   grants; DescribeShareGroupOffsets of all of a group's topics lists only those
//   the caller may Describe.
//
// The describes. KIP-848 group describes (ConsumerGroupDescribe, ShareGroupDescribe,
// StreamsGroupDescribe) name the topics of the group's members. A broker with an authorizer
// (Kafka 4.1, KAFKA-18813) answers a group that names a topic the caller may not Describe with TOPIC_AUTHORIZATION_FAILED, a fixed
// message and no members, so that the names, IDs and partition ownership stay hidden; the proxy
// does the same to the answer of its authorizer-less broker (docs/acl-operations.md, policies/README.md).
//
// Which topics count, as the broker collects them:
//   ConsumerGroupDescribe  every member's assignment and target assignment;
//   ShareGroupDescribe     every member's assignment;
//   StreamsGroupDescribe   the topology's source, repartition-sink, repartition-source and changelog topics.
// A regex member's SubscribedTopicRegex is shown as the member sent it, not as the proxy rewrote it.
// The classic DescribeGroups carries subscriptions and assignments as opaque bytes the broker does
// not inspect; it answers them to anyone who may Describe the group, and so does the proxy.

import {
  type ConsumerGroupDescribeResponse,
  type ShareGroupDescribeResponse,
  type StreamsGroupDescribeResponse,
  decodeConsumerGroupDescribeResponseDescribedGroup,
  decodeShareGroupDescribeResponseDescribedGroup,
  decodeStreamsGroupDescribeResponseDescribedGroup,
  type ConsumerGroupDescribeRequest,
  type ConsumerGroupDescribeResponseDescribedGroup,
  type ShareGroupDescribeRequest,
  type ShareGroupDescribeResponseDescribedGroup,
  type StreamsGroupDescribeRequest,
  type StreamsGroupDescribeResponseDescribedGroup,
} from '../../../protocol/generated/index.js';
import { ErrorCode } from '../../../protocol/errors.js';
import { ACL_OPERATION_CODE } from '../../policy/acl-operations.js';
import { type PolicyOperations, restrictGroupOperations } from '../authorized-operations.js';
import { AUTHORIZED_OPERATIONS_OMITTED, namedIn, type ResourceList } from './resource-list.js';
import type { Reader } from '../../../protocol/primitives/index.js';
import { originalRegexOf, INVALID_REGULAR_EXPRESSION, type RegexOutcome } from '../regex-subscriptions.js';
import { ApiKey } from '../../../protocol/generated/api-keys.js';
import type { RequestOf } from '../../../protocol/generated/codecs.js';
import type { RequestDecision } from '../../connection/request-decision.js';
import { structSkeleton } from '../default-value-reader.js';
import { decidedApi } from './api-module.js';
import { type RequestDecider, firstCode, wholeRequestCode } from './request-decider.js';

const DESCRIBE_BIT = 1 << ACL_OPERATION_CODE.Describe;

/** The broker's message for a group hidden because of its topics (KafkaApis, Kafka 4.1). */
export const GROUP_TOPICS_DENIED_MESSAGE =
  'The group has described topic(s) that the client is not authorized to describe.';

interface DescribedGroupLike {
  errorCode: number;
  groupId: string;
}

/** The topics a described consumer group names, as the broker checks them. */
export function consumerGroupTopics(g: ConsumerGroupDescribeResponse['groups'][number]): string[] {
  return g.members.flatMap((m) =>
    [...m.assignment.topicPartitions, ...m.targetAssignment.topicPartitions].map((tp) => tp.topicName),
  );
}

/** The topics a described share group names. */
export function shareGroupTopics(g: ShareGroupDescribeResponse['groups'][number]): string[] {
  return g.members.flatMap((m) => m.assignment.topicPartitions.map((tp) => tp.topicName));
}

/** The topics a described streams group names (its topology). */
export function streamsGroupTopics(g: StreamsGroupDescribeResponse['groups'][number]): string[] {
  return (g.topology?.subtopologies ?? []).flatMap((s) => [
    ...s.sourceTopics,
    ...s.repartitionSinkTopics,
    ...s.repartitionSourceTopics.map((t) => t.name),
    ...s.stateChangelogTopics.map((t) => t.name),
  ]);
}

/** The fields of a group hidden because of its topics (on top of a neutral described group). */
export function hiddenGroupFields(g: DescribedGroupLike): {
  errorCode: number;
  errorMessage: string;
  groupId: string;
  members: never[];
  authorizedOperations: number;
} {
  return {
    errorCode: ErrorCode.TOPIC_AUTHORIZATION_FAILED,
    errorMessage: GROUP_TOPICS_DENIED_MESSAGE,
    groupId: g.groupId,
    members: [],
    authorizedOperations: AUTHORIZED_OPERATIONS_OMITTED,
  };
}

/**
 * `groups` with every described group that names a topic the caller may not Describe replaced by
 * `replacement(g)` (groups the broker already answered with an error are left as they are).
 */
export function hideGroupsNamingDeniedTopics<G extends DescribedGroupLike>(
  groups: G[],
  ops: PolicyOperations,
  topicsOf: (g: G) => string[],
  replacement: (g: G) => G,
): G[] {
  return groups.map((g) => {
    if (g.errorCode !== 0) return g;
    const denied = topicsOf(g).some((t) => (ops.topic(t) & DESCRIBE_BIT) === 0);
    return denied ? replacement(g) : g;
  });
}

/**
 * A KIP-848 regex member is shown with its own regex, as the broker shows it: the broker holds the
 * list of topics the proxy resolved the regex to (regex-subscriptions.ts), which would name topics
 * to the describer.
 */
export function withMembersOwnRegexes(response: ConsumerGroupDescribeResponse): void {
  for (const group of response.groups) {
    for (const member of group.members) {
      if (member.subscribedTopicRegex === null) continue;
      const original = originalRegexOf(member.subscribedTopicRegex);
      if (original !== undefined) member.subscribedTopicRegex = original;
    }
  }
}

/** Heartbeats: Read on the group, then Describe on every subscribed topic name. */
function heartbeat<K extends typeof ApiKey.ConsumerGroupHeartbeat | typeof ApiKey.ShareGroupHeartbeat>(
  ctx: RequestDecider<K>,
  request: RequestOf<K>,
): RequestDecision | undefined {
  const decision = ctx.policy.decisions.decide({
    ...ctx.base(),
    groups: [request.groupId],
    topics: request.subscribedTopicNames ?? [],
  });
  if (decision.allowed) return undefined;
  const code = wholeRequestCode(decision, 'topic') || firstCode(decision);
  return ctx.answerOrClose(request, code, decision);
}

/** ConsumerGroupHeartbeat v1+ carries SubscribedTopicRegex (KIP-848). */
const SUBSCRIBED_TOPIC_REGEX_FROM = 1;

export const consumerGroupHeartbeat = decidedApi(ApiKey.ConsumerGroupHeartbeat, {
  decide(ctx, body) {
    const denied = heartbeat(ctx, body);
    if (denied !== undefined) return denied;
    if (ctx.version < SUBSCRIBED_TOPIC_REGEX_FROM) return ctx.forward();
    // A regex subscription is resolved here, against the topics the member may Describe
    // (regex-subscriptions.ts): the broker gets the list, never the member's regex.
    const mayDescribe = (topics: readonly string[]): boolean[] =>
      ctx.policy.quiet
        .decide({ ...ctx.base(), groups: [body.groupId], topics: [...topics] })
        .topics.map((v) => v.allowed);
    const withRegex = (outcome: RegexOutcome): RequestDecision => {
      if (outcome.kind === 'unchanged') return ctx.forward();
      if (outcome.kind === 'invalid') {
        const response = ctx.skeletonResponse();
        response.errorCode = INVALID_REGULAR_EXPRESSION;
        response.errorMessage = outcome.message;
        response.assignment = null;
        return ctx.answer(response);
      }
      return ctx.counted({
        outcome: 'forward-modified',
        frame: ctx.encode({ ...body, subscribedTopicRegex: outcome.regex }),
      });
    };
    const outcome = ctx.services.regexes.heartbeat(ctx.request.connection, body, mayDescribe);
    return outcome instanceof Promise ? outcome.then(withRegex) : withRegex(outcome);
  },
  denial(response) {
    response.assignment = null;
  },
});

export const shareGroupHeartbeat = decidedApi(ApiKey.ShareGroupHeartbeat, {
  decide: (ctx, request) => heartbeat(ctx, request) ?? ctx.forward(),
  denial(response) {
    response.assignment = null;
  },
});

/**
 * A KIP-848 / KIP-932 / KIP-1071 group describe: a list of group ids decided one by one (a refused
 * group is a neutral `describedGroup` with its code), and an answer in which a group naming a topic
 * the caller may not Describe is hidden (`topicsOf`, KAFKA-18813; `hidden` adds the fields such a
 * group loses beyond its members) and AuthorizedOperations are restricted to the policy's grants.
 */
function describedGroups<
  Req extends { groupIds: string[]; includeAuthorizedOperations: boolean },
  Resp extends { groups: G[] },
  G extends { groupId: string; errorCode: number; authorizedOperations: number },
>(
  describedGroup: (r: Reader, version: number) => G,
  topicsOf: (g: G) => string[],
  hidden: Partial<G> = {},
): {
  list: ResourceList<Req, Resp, string, G>;
  reveals: (request: Req, version: number, ops: () => PolicyOperations) => (response: Resp) => void;
} {
  return {
    list: {
      kind: 'group',
      ...namedIn<'groupIds', 'groups', 'groupId', string, G, Req, Resp>('groupIds', 'groups', 'groupId'),
      deniedResult: (groupId, code, v) => ({
        ...structSkeleton(describedGroup, v),
        errorCode: code,
        groupId,
        authorizedOperations: AUTHORIZED_OPERATIONS_OMITTED,
      }),
    },
    reveals: (request, v, ops) => (response) => {
      const o = ops();
      response.groups = hideGroupsNamingDeniedTopics(response.groups, o, topicsOf, (g) => ({
        ...structSkeleton(describedGroup, v),
        ...hiddenGroupFields(g),
        ...hidden,
      }));
      if (request.includeAuthorizedOperations) restrictGroupOperations(response.groups, o);
    },
  };
}

const consumerGroupDescribes = describedGroups<
  ConsumerGroupDescribeRequest,
  ConsumerGroupDescribeResponse,
  ConsumerGroupDescribeResponseDescribedGroup
>(decodeConsumerGroupDescribeResponseDescribedGroup, consumerGroupTopics);

export const consumerGroupDescribe = decidedApi(ApiKey.ConsumerGroupDescribe, {
  list: consumerGroupDescribes.list,
  reveals: (request, v, ops) => {
    const filter = consumerGroupDescribes.reveals(request, v, ops);
    return (response) => {
      filter(response);
      withMembersOwnRegexes(response);
    };
  },
});

export const shareGroupDescribe = decidedApi(ApiKey.ShareGroupDescribe, {
  ...describedGroups<
    ShareGroupDescribeRequest,
    ShareGroupDescribeResponse,
    ShareGroupDescribeResponseDescribedGroup
  >(decodeShareGroupDescribeResponseDescribedGroup, shareGroupTopics),
});

export const streamsGroupDescribe = decidedApi(ApiKey.StreamsGroupDescribe, {
  ...describedGroups<
    StreamsGroupDescribeRequest,
    StreamsGroupDescribeResponse,
    StreamsGroupDescribeResponseDescribedGroup
  >(decodeStreamsGroupDescribeResponseDescribedGroup, streamsGroupTopics, { topology: null }),
});

export const streamsGroupHeartbeat = decidedApi(ApiKey.StreamsGroupHeartbeat);

export const describeShareGroupOffsets = decidedApi(ApiKey.DescribeShareGroupOffsets, {
  // No top-level error: every group with the error, no topics.
  denial(response, request, _version, code) {
    response.groups = request.groups.map((g) => ({
      groupId: g.groupId,
      topics: [],
      errorCode: code,
      errorMessage: null,
    }));
  },
  // A group asked for all its topics (null) lists only those the caller may Describe, as the
  // broker's describeShareGroupAllOffsetsForGroup keeps them (KafkaApis, Kafka 4.1).
  reveals: (request, _v, ops) => {
    const allTopics = new Set(request.groups.filter((g) => g.topics === null).map((g) => g.groupId));
    if (allTopics.size === 0) return undefined;
    return (response) => {
      for (const group of response.groups) {
        if (allTopics.has(group.groupId)) {
          group.topics = group.topics.filter((t) => ops().describesTopic(t.topicName));
        }
      }
    };
  },
});
