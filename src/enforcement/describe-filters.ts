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

import {
  decodeConsumerGroupDescribeResponseDescribedGroup,
  decodeShareGroupDescribeResponseDescribedGroup,
  decodeStreamsGroupDescribeResponseDescribedGroup,
  type ConsumerGroupDescribeResponse,
  type ShareGroupDescribeResponse,
  type StreamsGroupDescribeResponse,
} from '../../protocol/generated/index.js';
import type { RequestHeaderInfo } from '../connection/request-decision.js';
import { ACL_OPERATION_CODE } from '../policy/acl-operations.js';
import { API_KEYS } from '../policy/index.js';
import type { PolicyOperations } from './authorized-operations.js';
import { structSkeleton } from './default-value-reader.js';
import { AUTHORIZED_OPERATIONS_OMITTED } from './resource-list-apis.js';
import { originalRegexOf } from './regex-subscriptions.js';
import type { BodyRewrite } from './response-rewrites.js';

const STREAMS_GROUP_DESCRIBE = 89;
const TOPIC_AUTHORIZATION_FAILED = 29;
const DESCRIBE_BIT = 1 << ACL_OPERATION_CODE.Describe;

/** The broker's message for a group hidden because of its topics (KafkaApis, Kafka 4.1). */
export const GROUP_TOPICS_DENIED_MESSAGE =
  'The group has described topic(s) that the client is not authorized to describe.';

interface DescribedGroupLike {
  errorCode: number;
  groupId: string;
}

/** The topics a described group names, as the broker checks them. */
function consumerGroupTopics(g: ConsumerGroupDescribeResponse['groups'][number]): string[] {
  return g.members.flatMap((m) =>
    [...m.assignment.topicPartitions, ...m.targetAssignment.topicPartitions].map((tp) => tp.topicName),
  );
}

function shareGroupTopics(g: ShareGroupDescribeResponse['groups'][number]): string[] {
  return g.members.flatMap((m) => m.assignment.topicPartitions.map((tp) => tp.topicName));
}

function streamsGroupTopics(g: StreamsGroupDescribeResponse['groups'][number]): string[] {
  return (g.topology?.subtopologies ?? []).flatMap((s) => [
    ...s.sourceTopics,
    ...s.repartitionSinkTopics,
    ...s.repartitionSourceTopics.map((t) => t.name),
    ...s.stateChangelogTopics.map((t) => t.name),
  ]);
}

/**
 * The rewrite that hides the groups of a KIP-848 describe naming a topic the caller may not
 * Describe, or undefined for other APIs.
 */
export function groupDescribeRewrite(
  header: RequestHeaderInfo,
  ops: () => PolicyOperations,
): BodyRewrite | undefined {
  const v = header.apiVersion;
  switch (header.apiKey) {
    case API_KEYS.ConsumerGroupDescribe: {
      const hide = hideGroups(ops, consumerGroupTopics, (g) => ({
        ...structSkeleton(decodeConsumerGroupDescribeResponseDescribedGroup, v),
        ...hidden(g),
      }));
      return (response) => {
        hide(response);
        withMembersOwnRegexes(response as ConsumerGroupDescribeResponse);
      };
    }
    case API_KEYS.ShareGroupDescribe:
      return hideGroups(ops, shareGroupTopics, (g) => ({
        ...structSkeleton(decodeShareGroupDescribeResponseDescribedGroup, v),
        ...hidden(g),
      }));
    case STREAMS_GROUP_DESCRIBE:
      return hideGroups(ops, streamsGroupTopics, (g) => ({
        ...structSkeleton(decodeStreamsGroupDescribeResponseDescribedGroup, v),
        ...hidden(g),
        topology: null,
      }));
    default:
      return undefined;
  }
}

/**
 * A KIP-848 regex member is shown with its own regex, as the broker shows it: the broker holds the
 * list of topics the proxy resolved the regex to (regex-subscriptions.ts), which would name topics
 * to the describer.
 */
function withMembersOwnRegexes(response: ConsumerGroupDescribeResponse): void {
  for (const group of response.groups) {
    for (const member of group.members) {
      if (member.subscribedTopicRegex === null) continue;
      const original = originalRegexOf(member.subscribedTopicRegex);
      if (original !== undefined) member.subscribedTopicRegex = original;
    }
  }
}

function hidden(g: DescribedGroupLike): object {
  return {
    errorCode: TOPIC_AUTHORIZATION_FAILED,
    errorMessage: GROUP_TOPICS_DENIED_MESSAGE,
    groupId: g.groupId,
    members: [],
    authorizedOperations: AUTHORIZED_OPERATIONS_OMITTED,
  };
}

function hideGroups<G extends DescribedGroupLike>(
  ops: () => PolicyOperations,
  topicsOf: (g: G) => string[],
  replacement: (g: G) => object,
): BodyRewrite {
  return (r) => {
    const response = r as { groups: G[] };
    const o = ops();
    response.groups = response.groups.map((g) => {
      if (g.errorCode !== 0) return g;
      const denied = topicsOf(g).some((t) => (o.topic(t) & DESCRIBE_BIT) === 0);
      return denied ? (replacement(g) as G) : g;
    });
  };
}
