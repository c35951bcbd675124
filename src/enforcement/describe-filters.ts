// KIP-848 group describes (ConsumerGroupDescribe, ShareGroupDescribe, StreamsGroupDescribe) name
// the topics of the group's members. A broker with an authorizer (Kafka 4.1, KAFKA-18813) answers a
// group that names a topic the caller may not Describe with TOPIC_AUTHORIZATION_FAILED, a fixed
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

import type {
  ConsumerGroupDescribeResponse,
  ShareGroupDescribeResponse,
  StreamsGroupDescribeResponse,
} from '../../protocol/generated/index.js';
import { ErrorCode } from '../../protocol/errors.js';
import { ACL_OPERATION_CODE } from '../policy/acl-operations.js';
import type { PolicyOperations } from './authorized-operations.js';
import { AUTHORIZED_OPERATIONS_OMITTED } from './apis/resource-list.js';
import { originalRegexOf } from './regex-subscriptions.js';

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
