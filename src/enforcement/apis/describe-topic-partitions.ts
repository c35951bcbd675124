// DescribeTopicPartitions (75, KIP-966): named topics, or every topic paged by a cursor.
// - Names: topics by name, Describe per topic; a cursor names the topic it resumes from and only
//   the named topics from there on are what the broker considers (the cursor section below).
// - Denial: per named topic TOPIC_AUTHORIZATION_FAILED, appended after the described topics.
// - Reveals: a listing of every topic is paged over the allowed topics only (the cursor never names
//   a hidden topic); TopicAuthorizedOperations restricted to what the policy grants.
//
// The cursor. DescribeTopicPartitions pages its answer: at most ResponsePartitionLimit partitions, then a
// NextCursor naming the topic (and partition) the next page starts at. A broker with an authorizer
// pages over the topics the caller may Describe only, so its cursor never names another topic
// (Kafka 4.1 `DescribeTopicPartitionsRequestHandler`; docs/acl-operations.md). The proxy's broker
// has no authorizer and pages over every topic; this module makes its pages the authorizing
// broker's:
//
// - all topics (no names): the request is forwarded with the broker's largest page, the denied
//   topics are removed from the answer and the page is cut again at the client's limit, over the
//   allowed topics only. When the broker's own page ended before the client's limit and on a
//   denied topic, the cursor handed to the client is that position sealed (AES-256-GCM with a key
//   of this process): an opaque name that reveals nothing and that the proxy opens again when the
//   client sends it back.
// - named topics with a cursor: the broker considers only the names at or after the cursor's topic;
//   denied names before it are not answered at all, and a cursor naming a denied topic is replaced
//   by the names at or after it (the partition index only ever applied to the denied topic).

import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type {
  DescribeTopicPartitionsRequest,
  DescribeTopicPartitionsRequestCursor,
  DescribeTopicPartitionsResponse,
  DescribeTopicPartitionsResponseCursor,
  DescribeTopicPartitionsResponseTopic,
} from '../../../protocol/generated/index.js';
import { ErrorCode } from '../../../protocol/errors.js';
import { ZERO_UUID } from '../../../protocol/primitives/codec-runtime.js';
import { AUTHORIZED_OPERATIONS_OMITTED, byName, entriesIn, type ListOf } from './resource-list.js';
import { ApiKey } from '../../../protocol/generated/api-keys.js';
import { restrict } from '../authorized-operations.js';
import { javaHashSetOrder, javaStringCompare } from '../java-hash-order.js';
import { decidedApi } from './api-module.js';

/** Kafka's default `max.request.partition.size.limit`: the largest page the proxy asks its broker for. */
export const BROKER_PAGE_PARTITIONS = 2000;

/** Prefix of a sealed cursor; `~` sorts after every character a topic name may hold. */
const SEALED_PREFIX = '~kafka-l7-proxy:';
const KEY = randomBytes(32);

/** A cursor position the client must not read, as an opaque topic name. */
export function sealCursor(cursor: { topicName: string; partitionIndex: number }): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', KEY, iv);
  const plain = Buffer.from(JSON.stringify([cursor.topicName, cursor.partitionIndex]));
  const sealed = Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  return SEALED_PREFIX + sealed.toString('base64url');
}

/** The position a sealed cursor stands for, or undefined when `name` is not one this process sealed. */
export function openCursor(name: string): { topicName: string; partitionIndex: number } | undefined {
  if (!name.startsWith(SEALED_PREFIX)) return undefined;
  try {
    const sealed = Buffer.from(name.slice(SEALED_PREFIX.length), 'base64url');
    if (sealed.length < 12 + 16) return undefined;
    const decipher = createDecipheriv('aes-256-gcm', KEY, sealed.subarray(0, 12));
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    const plain = Buffer.concat([decipher.update(sealed.subarray(12, sealed.length - 16)), decipher.final()]);
    const [topicName, partitionIndex] = JSON.parse(plain.toString()) as [string, number];
    return { topicName, partitionIndex };
  } catch {
    return undefined;
  }
}

/** The all-topics request as the proxy forwards it: the broker's largest page, a sealed cursor opened. */
export function allTopicsForwardRequest(
  request: DescribeTopicPartitionsRequest,
): DescribeTopicPartitionsRequest {
  const opened = request.cursor === null ? undefined : openCursor(request.cursor.topicName);
  return {
    ...request,
    responsePartitionLimit: Math.max(request.responsePartitionLimit, BROKER_PAGE_PARTITIONS),
    cursor:
      opened === undefined || request.cursor === null ? request.cursor : { ...request.cursor, ...opened },
  };
}

/**
 * Cuts the broker's answer to an all-topics request into the page an authorizing broker would have
 * answered: only topics `allowed` says the caller may Describe (by name), at most `limit` partitions
 * (at least 1, as the broker does), and a NextCursor that names no other topic.
 */
export function pageAllowedTopics(
  response: DescribeTopicPartitionsResponse,
  limit: number,
  allowed: (topicName: string) => boolean,
): void {
  const fromBroker = response.nextCursor;
  let remaining = Math.max(limit, 1);
  const page: DescribeTopicPartitionsResponseTopic[] = [];
  let next: DescribeTopicPartitionsResponseCursor | null = null;
  let cut = false;
  for (const topic of response.topics) {
    if (!allowed(topic.name ?? '')) continue;
    if (remaining === 0) {
      next = { topicName: topic.name ?? '', partitionIndex: topic.partitions[0]?.partitionIndex ?? 0 };
      cut = true;
      break;
    }
    if (topic.partitions.length > remaining) {
      next = { topicName: topic.name ?? '', partitionIndex: topic.partitions[remaining]!.partitionIndex };
      page.push({ ...topic, partitions: topic.partitions.slice(0, remaining) });
      cut = true;
      break;
    }
    page.push(topic);
    remaining -= topic.partitions.length;
  }
  if (!cut && fromBroker !== null) {
    // The broker's page ended before the client's: the rest is for the next page. A position on
    // an allowed topic can be named; one on a denied topic is sealed.
    next = allowed(fromBroker.topicName)
      ? fromBroker
      : { topicName: sealCursor(fromBroker), partitionIndex: 0, _unknownTaggedFields: undefined };
  }
  response.topics = page;
  response.nextCursor = next;
}

/**
 * A named-topics request with a cursor, reduced to what the broker considers: the names at or after
 * the cursor's topic, and no cursor when its topic is denied (the listing then starts at partition
 * 0 of the next allowed name, as it would on the broker). Unchanged when the cursor is not one the
 * broker accepts (it answers those with INVALID_REQUEST itself).
 */
export function namedTopicsFromCursor(
  request: DescribeTopicPartitionsRequest,
  denied: (name: string) => boolean,
): DescribeTopicPartitionsRequest {
  const cursor: DescribeTopicPartitionsRequestCursor | null = request.cursor;
  if (cursor === null || cursor.partitionIndex < 0) return request;
  if (!request.topics.some((t) => t.name === cursor.topicName)) return request;
  const topics = request.topics.filter((t) => t.name >= cursor.topicName);
  return { ...request, topics, cursor: denied(cursor.topicName) ? null : cursor };
}

/**
 * The broker's answer to a DescribeTopicPartitions whose cursor it rejects before authorizing
 * anything (Kafka 4.1 DescribeTopicPartitionsRequestHandler: a named listing whose cursor topic is
 * not among the names, or a negative cursor partition): every named topic INVALID_REQUEST (42), in
 * the request's order, zero topic ID, no partitions, no cursor (the request's getErrorResponse).
 * Undefined when the cursor is acceptable.
 */
export function rejectedCursorAnswer(
  request: DescribeTopicPartitionsRequest,
): DescribeTopicPartitionsResponse | undefined {
  const cursor = request.cursor;
  if (cursor === null) return undefined;
  const named = request.topics.length > 0;
  const cursorListed = request.topics.some((t) => t.name === cursor.topicName);
  if (cursor.partitionIndex >= 0 && (!named || cursorListed)) return undefined;
  return {
    throttleTimeMs: 0,
    topics: request.topics.map((t) => ({
      errorCode: ErrorCode.INVALID_REQUEST,
      name: t.name,
      topicId: ZERO_UUID,
      isInternal: false,
      partitions: [],
      topicAuthorizedOperations: AUTHORIZED_OPERATIONS_OMITTED,
      _unknownTaggedFields: undefined,
    })),
    nextCursor: null,
    _unknownTaggedFields: undefined,
  };
}

const describeTopicPartitionsList: ListOf<typeof ApiKey.DescribeTopicPartitions, 'topics', 'topics'> = {
  // The broker appends its TOPIC_AUTHORIZATION_FAILED entries after the topics it describes.
  deniedLast: true,
  ...entriesIn('topics', 'topics'),
  ref: (t) => byName(t.name),
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

export const describeTopicPartitions = decidedApi(ApiKey.DescribeTopicPartitions, {
  list: describeTopicPartitionsList,
  decide(ctx, request) {
    // A cursor the broker rejects before it authorizes anything: its INVALID_REQUEST answer.
    const rejected = rejectedCursorAnswer(request);
    if (rejected !== undefined) return ctx.answer(rejected);
    const base = ctx.base();
    if (request.topics.length === 0) {
      // Every topic: the broker never refuses it, it leaves out what the client may not describe.
      ctx.policy.decisions.decide(base);
      // Paged over the allowed topics only, as an authorizing broker pages (pageAllowedTopics).
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
});
