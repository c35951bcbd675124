// DescribeTopicPartitions (75, KIP-966): named topics, or every topic paged by a cursor.
// - Names: topics by name, Describe per topic; a cursor names the topic it resumes from and only
//   the named topics from there on are what the broker considers (topic-partitions-cursor.ts).
// - Denial: per named topic TOPIC_AUTHORIZATION_FAILED, appended after the described topics.
// - Reveals: a listing of every topic is paged over the allowed topics only (the cursor never names
//   a hidden topic); TopicAuthorizedOperations restricted to what the policy grants.

import { ApiKey } from '../../../protocol/generated/api-keys.js';
import type {
  DescribeTopicPartitionsRequest,
  DescribeTopicPartitionsRequestTopicRequest,
  DescribeTopicPartitionsResponse,
  DescribeTopicPartitionsResponseTopic,
} from '../../../protocol/generated/index.js';
import { ZERO_UUID } from '../../../protocol/primitives/codec-runtime.js';
import {
  allTopicsForwardRequest,
  namedTopicsFromCursor,
  pageAllowedTopics,
  rejectedCursorAnswer,
} from '../topic-partitions-cursor.js';
import { restrict } from '../authorized-operations.js';
import { javaHashSetOrder, javaStringCompare } from '../java-hash-order.js';
import type { ApiModule } from './api-module.js';
import { AUTHORIZED_OPERATIONS_OMITTED, byName, type ResourceList } from './resource-list.js';

const describeTopicPartitionsList: ResourceList<
  DescribeTopicPartitionsRequest,
  DescribeTopicPartitionsResponse,
  DescribeTopicPartitionsRequestTopicRequest,
  DescribeTopicPartitionsResponseTopic
> = {
  // The broker appends its TOPIC_AUTHORIZATION_FAILED entries after the topics it describes.
  deniedLast: true,
  entries: (r) => r.topics,
  withEntries: (r, topics) => ({ ...r, topics }),
  ref: (t) => byName(t.name),
  results: (r) => r.topics,
  setResults: (r, topics) => {
    r.topics = topics;
  },
  resultKey: (e) => e.name ?? e.topicId,
  deniedResult: (t, code) => ({
    errorCode: code,
    name: t.name,
    topicId: ZERO_UUID,
    isInternal: false,
    partitions: [],
    topicAuthorizedOperations: AUTHORIZED_OPERATIONS_OMITTED,
  }),
  // Kafka 4.1 DescribeTopicPartitionsRequestHandler: the refused topics, visited in name order, are
  // collected in a HashSet of response entries (hashed by name) and appended in its order.
  // The broker visits the topics lazily and stops at the page's end: a refused topic after the
  // next cursor's topic is never visited, so not listed.
  orderDenied: (results, _v, response) =>
    javaHashSetOrder(
      results
        .filter(
          (e) =>
            response.nextCursor === null ||
            javaStringCompare(e.name ?? '', response.nextCursor.topicName) < 0,
        )
        .sort((a, b) => javaStringCompare(a.name ?? '', b.name ?? '')),
      (e) => e.name ?? '',
    ),
  // A paged answer with nothing described has no next page.
  nothingServed: (response) => {
    response.nextCursor = null;
  },
};

export const describeTopicPartitions: ApiModule<typeof ApiKey.DescribeTopicPartitions> = {
  apiKey: ApiKey.DescribeTopicPartitions,
  handling: 'decided',
  list: describeTopicPartitionsList,
  decide(ctx, request) {
    // A cursor the broker rejects before it authorizes anything: its INVALID_REQUEST answer.
    const rejected = rejectedCursorAnswer(request);
    if (rejected !== undefined) return ctx.answer(rejected);
    const base = ctx.base();
    if (request.topics.length === 0) {
      // Every topic: the broker never refuses it, it leaves out what the client may not describe.
      ctx.policy.decisions.decide(base);
      // Paged over the allowed topics only, as an authorizing broker pages (topic-partitions-cursor.ts).
      const forwarded = ctx.encode(allTopicsForwardRequest(request));
      return ctx.counted(
        ctx.rewriting(forwarded, (response) => {
          const names = response.topics.map((t) => t.name ?? '');
          if (response.nextCursor !== null) names.push(response.nextCursor.topicName);
          const verdicts = ctx.policy.quiet.decide({ ...base, topics: names }).topics;
          const allowed = new Set(names.filter((_n, i) => verdicts[i]!.allowed));
          pageAllowedTopics(response, request.responsePartitionLimit, (name) => allowed.has(name));
        }),
      );
    }
    // Named topics with a cursor: only what the broker considers.
    const named = namedTopicsFromCursor(request, (name) => {
      const d = ctx.policy.quiet.decide({ ...base, topics: [name] });
      return !d.topics[0]!.allowed;
    });
    return ctx.decideList(named, describeTopicPartitionsList);
  },
  // TopicAuthorizedOperations: always computed by the broker (the request has no flag).
  reveals: (_request, _v, ops) => (response) => {
    const o = ops();
    for (const t of response.topics) {
      t.topicAuthorizedOperations = restrict(
        t.topicAuthorizedOperations,
        t.name === null ? 0 : o.topic(t.name),
      );
    }
  },
};
