// Metadata (3): topics by name (or by ID from v10), or every topic (a null list; an empty one in v0).
// - Names: Describe per named topic; auto-creating a missing topic needs Create (on the topic or
//   the cluster).
// - Denial: a denied named topic answered TOPIC_AUTHORIZATION_FAILED in the broker's answer.
// - Reveals: a request for every topic lists only the topics the caller may Describe
//   (`decideMetadata` below); TopicAuthorizedOperations and (v8-10) ClusterAuthorizedOperations
//   restricted to the policy's grants.
//
// In detail, answered as the broker's authorizer would (docs/kafka-protocol-facts.md,
// KafkaApis.handleTopicMetadataRequest):
// - all topics (null list, or an empty one in v0): forwarded; topics the principal may not describe
//   are left out of the answer;
// - named topics: the denied ones are not forwarded and come back with TOPIC_AUTHORIZATION_FAILED, no
//   partitions and a zero topic ID (by ID: a null name and the real ID); existence is not disclosed;
// - auto-creation: only for topics the principal may create. Otherwise the proxy forwards with
//   allow_auto_topic_creation=false and turns "unknown topic" into TOPIC_AUTHORIZATION_FAILED, which
//   is what the broker answers when creation is refused. Versions 0-3 have no such flag (the broker
//   always auto-creates): those requests go to the broker as v4 and the answer comes back in the
//   client's version.
// Every Metadata answer that passes teaches the topic ID resolver.

import { ErrorCode } from '../../../protocol/errors.js';
import type {
  MetadataRequest,
  MetadataRequestTopic,
  MetadataResponse,
  MetadataResponseTopic,
} from '../../../protocol/generated/index.js';
import { ZERO_UUID } from '../../../protocol/primitives/codec-runtime.js';
import type { RequestDecision } from '../../connection/request-decision.js';
import { encodeRequestWithBody, encodeResponseBody, responseRewrite } from '../request-codec.js';
import { AUTHORIZED_OPERATIONS_OMITTED } from './resource-list.js';
import type { TopicIdResolver } from '../topic-id-resolver.js';
import { ApiKey } from '../../../protocol/generated/api-keys.js';
import { restrict } from '../authorized-operations.js';
import type { ApiModule } from './api-module.js';
import { topicCodes, type RequestDecider } from './request-decider.js';

const METADATA = ApiKey.Metadata;
/** First Metadata version with allow_auto_topic_creation. */
const AUTO_CREATE_FLAG_VERSION = 4;
/** A CreateTopics version every rule covers unless it names versions; used to ask the policy. */
const CREATE_TOPICS_VERSION = 7;

function learnIds(response: MetadataResponse, topicIds: TopicIdResolver): void {
  for (const t of response.topics) {
    if (t.name !== null && t.topicId !== ZERO_UUID) topicIds.learn(t.topicId, t.name);
  }
}

/**
 * Whether the broker looks this requested topic up by its ID: a non-zero ID with a null or EMPTY name.
 * The Java client (KIP-848 regex subscriptions) asks for assigned topics by ID with the name set to
 * "", which the broker treats like null (checked against Kafka 4.1.1).
 */
export function metadataTopicById(topic: MetadataRequestTopic): boolean {
  return topic.topicId !== ZERO_UUID && (topic.name === null || topic.name === '');
}

function deniedTopic(request: MetadataRequestTopic, code: number): MetadataResponseTopic {
  const byId = metadataTopicById(request);
  return {
    errorCode: code,
    name: byId ? null : request.name,
    topicId: byId ? request.topicId : ZERO_UUID,
    isInternal: false,
    partitions: [],
    topicAuthorizedOperations: AUTHORIZED_OPERATIONS_OMITTED,
  };
}

/**
 * The topics the broker looks up: from v12, as soon as one entry carries a topic ID the broker
 * looks up the entries' IDs only and ignores every name (Kafka 4.1 `KafkaApis`, checked against
 * StandardAuthorizer in red-team-responses.test.ts): an entry naming one topic with the ID of
 * another is the ID's topic.
 */
export function lookedUp(topics: MetadataRequestTopic[], version: number): MetadataRequestTopic[] {
  if (version < 12 || !topics.some((t) => t.topicId !== ZERO_UUID)) return topics;
  // The broker collects the IDs in a set: an ID named twice is answered once.
  const seen = new Set<string>();
  return topics
    .filter((t) => t.topicId !== ZERO_UUID && !seen.has(t.topicId) && seen.add(t.topicId))
    .map((t) => ({ ...t, name: null }));
}

/**
 * The broker's answer to a Metadata request that it rejects before authorizing anything
 * (Kafka 4.1 `KafkaApis.handleTopicMetadataRequest`: an entry with a null name or a non-zero topic
 * ID below v12, where lookups by ID do not exist): every entry INVALID_REQUEST (42) in the request's
 * order, with its name ("" for null) and ID as sent, no partitions (MetadataRequest.getErrorResponse).
 * Undefined when the request is acceptable.
 */
export function rejectedMetadataAnswer(
  request: MetadataRequest,
  version: number,
): MetadataResponse | undefined {
  const topics = request.topics;
  if (topics === null) return undefined;
  // From v12: an entry with neither a name nor an ID makes the broker fail the whole request with
  // UNKNOWN_SERVER_ERROR (-1; top-level too from v13), checked against Kafka 4.1.1, unless another
  // entry carries a topic ID: the broker then looks up the IDs only and ignores that entry
  // (lookedUp; found by the differential long runs of 2026-12-01).
  const nameless =
    version >= 12 &&
    topics.some((t) => t.name === null && t.topicId === ZERO_UUID) &&
    !topics.some((t) => t.topicId !== ZERO_UUID);
  if (version >= 12 && !nameless) return undefined;
  if (!nameless && !topics.some((t) => t.name === null || t.topicId !== ZERO_UUID)) return undefined;
  const code = nameless ? ErrorCode.UNKNOWN_SERVER_ERROR : ErrorCode.INVALID_REQUEST;
  return {
    throttleTimeMs: 0,
    brokers: [],
    clusterId: null,
    controllerId: -1,
    topics: topics.map((t) => ({
      errorCode: code,
      name: t.name ?? '',
      topicId: t.topicId,
      isInternal: false,
      partitions: [],
      topicAuthorizedOperations: AUTHORIZED_OPERATIONS_OMITTED,
    })),
    clusterAuthorizedOperations: AUTHORIZED_OPERATIONS_OMITTED,
    errorCode: version >= 13 ? code : 0,
  };
}

export function metadataRequestsAllTopics(request: MetadataRequest, version: number): boolean {
  return request.topics === null || (version === 0 && request.topics.length === 0);
}

/**
 * Decides a Metadata request whose topic IDs the resolver has already been asked about.
 * Always forwards (the client needs the brokers), with a response rewrite.
 */
export function decideMetadata(
  ctx: RequestDecider<typeof ApiKey.Metadata>,
  request: MetadataRequest,
): RequestDecision {
  const { header, frame, policy, version } = ctx;
  const topicIds = ctx.services.topicIds;
  const base = ctx.base();
  if (metadataRequestsAllTopics(request, version)) {
    policy.decisions.decide(base);
    return {
      outcome: 'forward-modified',
      frame,
      rewriteResponse: responseRewrite(METADATA, version, (response) => {
        learnIds(response, topicIds);
        const names = response.topics.map((t) => t.name ?? '');
        const verdicts = policy.quiet.decide({ ...base, topics: names }).topics;
        response.topics = response.topics.filter((_t, i) => verdicts[i]!.allowed);
      }),
    };
  }

  const rejected = rejectedMetadataAnswer(request, version);
  if (rejected !== undefined) {
    policy.decisions.decide(base);
    return { outcome: 'answer', responseBody: encodeResponseBody(METADATA, version, rejected) };
  }

  const topics = lookedUp(request.topics!, version);
  // Name of each requested topic: as written, or resolved from its ID (null when unresolvable).
  const names = topics.map((t) => (metadataTopicById(t) ? (topicIds.known(t.topicId) ?? null) : t.name));
  const resolved = names.filter((n): n is string => n !== null);
  const codes = topicCodes(names, policy.decisions.decide({ ...base, topics: resolved }).topics);

  // Auto-creation is a CreateTopics question: which forwarded topics may the broker create?
  const autoCreate = version < AUTO_CREATE_FLAG_VERSION || request.allowAutoTopicCreation;
  const mustNotCreate = new Set<string>();
  if (autoCreate) {
    const forwardedNames = topics.flatMap((t, i) =>
      codes[i] === 0 && !metadataTopicById(t) && t.name !== null ? [t.name] : [],
    );
    const create = policy.quiet.decide({
      apiKey: ApiKey.CreateTopics,
      apiVersion: CREATE_TOPICS_VERSION,
      clientId: header.clientId,
      topics: forwardedNames,
    }).topics;
    forwardedNames.forEach((name, i) => {
      if (!create[i]!.allowed) mustNotCreate.add(name);
    });
  }

  const forwarded = topics.filter((_t, i) => codes[i] === 0);
  const suppressCreation = mustNotCreate.size > 0;
  let upstreamVersion = version;
  if (suppressCreation && version < AUTO_CREATE_FLAG_VERSION) upstreamVersion = AUTO_CREATE_FLAG_VERSION;
  // v0 reads an empty list as "all topics"; v1 reads it as none.
  if (version === 0 && forwarded.length === 0) upstreamVersion = Math.max(upstreamVersion, 1);
  const unchanged = forwarded.length === topics.length && !suppressCreation && upstreamVersion === version;
  const upstreamFrame = unchanged
    ? frame
    : encodeRequestWithBody(
        header,
        {
          ...request,
          topics: forwarded,
          allowAutoTopicCreation: suppressCreation ? false : request.allowAutoTopicCreation,
        },
        upstreamVersion,
      );
  return {
    outcome: 'forward-modified',
    frame: upstreamFrame,
    // Decoded at the version the broker answered, encoded at the client's.
    rewriteResponse: responseRewrite(
      METADATA,
      upstreamVersion,
      (response) => {
        learnIds(response, topicIds);
        const byKey = new Map<string, MetadataResponseTopic>();
        for (const t of response.topics) {
          if (t.name !== null) byKey.set(t.name, t);
          if (t.topicId !== ZERO_UUID) byKey.set(t.topicId, t);
        }
        // The broker lists the topics it describes, then those it refused to create, then those the
        // client may not describe (checked against a broker with StandardAuthorizer).
        const described: MetadataResponseTopic[] = [];
        const notCreated: MetadataResponseTopic[] = [];
        const notDescribed: MetadataResponseTopic[] = [];
        topics.forEach((t, i) => {
          if (codes[i] !== 0) {
            notDescribed.push(deniedTopic(t, codes[i]!));
            return;
          }
          const entry = byKey.get(metadataTopicById(t) ? t.topicId : (t.name ?? t.topicId));
          if (entry === undefined) return;
          if (
            !metadataTopicById(t) &&
            t.name !== null &&
            mustNotCreate.has(t.name) &&
            entry.errorCode === ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
          ) {
            // The broker, asked to auto-create without Create permission, answers this.
            notCreated.push(deniedTopic(t, ErrorCode.TOPIC_AUTHORIZATION_FAILED));
            return;
          }
          described.push(entry);
        });
        response.topics = [...described, ...notCreated, ...notDescribed];
      },
      version,
    ),
  };
}

/** Metadata v8+ can ask for authorized operations (KIP-430); the cluster's only up to v10. */
const AUTHORIZED_OPERATIONS_FROM = 8;
const CLUSTER_AUTHORIZED_OPERATIONS_UNTIL = 10;

export const metadata: ApiModule<typeof ApiKey.Metadata> = {
  apiKey: ApiKey.Metadata,
  handling: 'decided',
  decide: (ctx, request) => ctx.counted(decideMetadata(ctx, request)),
  reveals(request, v, ops) {
    const topicsAsked = v >= AUTHORIZED_OPERATIONS_FROM && request.includeTopicAuthorizedOperations;
    const clusterAsked =
      v >= AUTHORIZED_OPERATIONS_FROM &&
      v <= CLUSTER_AUTHORIZED_OPERATIONS_UNTIL &&
      request.includeClusterAuthorizedOperations;
    if (!topicsAsked && !clusterAsked) return undefined;
    return (response) => {
      const o = ops();
      if (clusterAsked) {
        response.clusterAuthorizedOperations = restrict(response.clusterAuthorizedOperations, o.cluster());
      }
      for (const t of response.topics) {
        t.topicAuthorizedOperations = restrict(
          t.topicAuthorizedOperations,
          t.name === null ? 0 : o.topic(t.name),
        );
      }
    };
  },
};
