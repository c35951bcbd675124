// Requests that list whatever exists (all topics of DescribeTopicPartitions, ListGroups,
// ListTransactions): the broker never refuses them, it leaves out what the client may not describe.
// The proxy forwards them and removes those entries from the answer. (Metadata for all topics and
// OffsetFetch for all of a group's topics do the same in their own modules.)

import type {
  DescribeTopicPartitionsRequest,
  DescribeTopicPartitionsResponse,
  ListGroupsResponse,
  ListTransactionsResponse,
} from '../../protocol/generated/index.js';
import type { RequestDecision, RequestHeaderInfo } from '../connection/request-decision.js';
import { API_KEYS } from '../policy/index.js';
import type { ConnectionPolicy } from './connection-policy.js';
import { decodeResponseFrame, encodeRequestWithBody, responseFrameWithBody } from './request-codec.js';
import { allTopicsForwardRequest, pageAllowedTopics } from './topic-partitions-cursor.js';

const DESCRIBE_TOPIC_PARTITIONS = 75;
const LIST_GROUPS = API_KEYS.ListGroups;
const LIST_TRANSACTIONS = 66;
const DESCRIBE_TRANSACTIONS = 65;

function rewriting(
  header: RequestHeaderInfo,
  frame: Buffer,
  filter: (response: unknown) => void,
): RequestDecision {
  return {
    outcome: 'forward-modified',
    frame,
    rewriteResponse: (responseFrame) => {
      const { body, headerEnd } = decodeResponseFrame(responseFrame, header.apiKey, header.apiVersion);
      filter(body);
      return responseFrameWithBody(responseFrame, headerEnd, header.apiKey, header.apiVersion, body);
    },
  };
}

/** The decision for a listing request, or undefined when the request is not one. */
export function filterListing(
  header: RequestHeaderInfo,
  frame: Buffer,
  body: unknown,
  policy: ConnectionPolicy,
): RequestDecision | undefined {
  const base = { apiKey: header.apiKey, apiVersion: header.apiVersion, clientId: header.clientId };
  switch (header.apiKey) {
    case DESCRIBE_TOPIC_PARTITIONS: {
      const request = body as DescribeTopicPartitionsRequest;
      if (request.topics.length > 0) return undefined;
      policy.decisions.decide(base);
      // Paged over the allowed topics only, as an authorizing broker pages (topic-partitions-cursor.ts).
      const forwarded = encodeRequestWithBody(header, allTopicsForwardRequest(request));
      return rewriting(header, forwarded, (r) => {
        const response = r as DescribeTopicPartitionsResponse;
        const names = response.topics.map((t) => t.name ?? '');
        if (response.nextCursor !== null) names.push(response.nextCursor.topicName);
        const verdicts = policy.quiet.decide({ ...base, topics: names }).topics;
        const allowed = new Set(names.filter((_n, i) => verdicts[i]!.allowed));
        pageAllowedTopics(response, request.responsePartitionLimit, (name) => allowed.has(name));
      });
    }
    case LIST_GROUPS:
      policy.decisions.decide(base);
      return rewriting(header, frame, (r) => {
        const response = r as ListGroupsResponse;
        // Listed are the groups the client may describe.
        const verdicts = policy.quiet.decide({
          apiKey: API_KEYS.DescribeGroups,
          apiVersion: 0,
          clientId: header.clientId,
          groups: response.groups.map((g) => g.groupId),
        }).groups;
        response.groups = response.groups.filter((_g, i) => verdicts[i]!.allowed);
      });
    case LIST_TRANSACTIONS:
      policy.decisions.decide(base);
      return rewriting(header, frame, (r) => {
        const response = r as ListTransactionsResponse;
        const verdicts = policy.quiet.decide({
          apiKey: DESCRIBE_TRANSACTIONS,
          apiVersion: 0,
          clientId: header.clientId,
          transactionalIds: response.transactionStates.map((t) => t.transactionalId),
        }).transactionalIds;
        response.transactionStates = response.transactionStates.filter((_t, i) => verdicts[i]!.allowed);
      });
    default:
      return undefined;
  }
}
