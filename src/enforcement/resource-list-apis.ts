// The APIs whose requests are a list of topics (each with its partitions) or of groups, and whose
// responses answer entry by entry. The broker authorizes each topic separately and answers a denied one with
// an error on each of its partitions while serving the others; the proxy does the same by removing
// denied topics from the request it forwards and merging error entries for them into the broker's
// response where the broker puts them (after the served topics for Produce and Fetch, in the
// request's order for most others). When every topic is denied, the whole response is built
// here from a skeleton of the response message (see default-value-reader.ts).
//
// Each entry says where the topics are in the request and the response, how a topic is named
// (by name, or by ID in newer versions) and what the broker puts in a denied topic's entry.

import { RESPONSE_CODECS } from '../../protocol/generated/codecs.js';
import type {
  CreateTopicsRequest,
  CreateTopicsRequestCreatableTopic,
  CreateTopicsResponse,
  CreateTopicsResponseCreatableTopicResult,
  DeleteRecordsRequest,
  DeleteRecordsRequestDeleteRecordsTopic,
  DeleteRecordsResponse,
  DeleteRecordsResponseDeleteRecordsTopicResult,
  DeleteTopicsRequest,
  DeleteTopicsRequestDeleteTopicState,
  DeleteTopicsResponse,
  DeleteTopicsResponseDeletableTopicResult,
  FetchRequest,
  FetchRequestFetchTopic,
  FetchResponse,
  FetchResponseFetchableTopicResponse,
  ListOffsetsRequest,
  ListOffsetsRequestListOffsetsTopic,
  ListOffsetsResponse,
  ListOffsetsResponseListOffsetsTopicResponse,
  OffsetCommitRequest,
  OffsetCommitRequestTopic,
  OffsetCommitResponse,
  OffsetCommitResponseTopic,
  OffsetForLeaderEpochRequest,
  OffsetForLeaderEpochRequestOffsetForLeaderTopic,
  OffsetForLeaderEpochResponse,
  OffsetForLeaderEpochResponseOffsetForLeaderTopicResult,
  ProduceRequest,
  ProduceRequestTopicProduceData,
  ProduceResponse,
  ProduceResponseTopicProduceResponse,
  TxnOffsetCommitRequest,
  TxnOffsetCommitRequestTopic,
  TxnOffsetCommitResponse,
  TxnOffsetCommitResponseTopic,
} from '../../protocol/generated/index.js';
import type {
  AlterClientQuotasRequest,
  AlterClientQuotasRequestEntryData,
  AlterClientQuotasResponse,
  AlterClientQuotasResponseEntryData,
  CreateAclsRequest,
  CreateAclsRequestAclCreation,
  CreateAclsResponse,
  CreateAclsResponseAclCreationResult,
  DeleteAclsRequest,
  DeleteAclsRequestDeleteAclsFilter,
  DeleteAclsResponse,
  DeleteAclsResponseDeleteAclsFilterResult,
  DescribeTransactionsRequest,
  DescribeTransactionsResponse,
  DescribeTransactionsResponseTransactionState,
  ShareGroupDescribeRequest,
  ShareGroupDescribeResponse,
  ShareGroupDescribeResponseDescribedGroup,
  StreamsGroupDescribeRequest,
  StreamsGroupDescribeResponse,
  StreamsGroupDescribeResponseDescribedGroup,
  CreatePartitionsRequest,
  CreatePartitionsRequestCreatePartitionsTopic,
  CreatePartitionsResponse,
  CreatePartitionsResponseCreatePartitionsTopicResult,
  DescribeConfigsRequest,
  DescribeConfigsRequestDescribeConfigsResource,
  DescribeConfigsResponse,
  DescribeConfigsResponseDescribeConfigsResult,
  DescribeProducersRequest,
  DescribeProducersRequestTopicRequest,
  DescribeProducersResponse,
  DescribeProducersResponseTopicResponse,
  DescribeTopicPartitionsRequest,
  DescribeTopicPartitionsRequestTopicRequest,
  DescribeTopicPartitionsResponse,
  DescribeTopicPartitionsResponseTopic,
  ConsumerGroupDescribeRequest,
  ConsumerGroupDescribeResponse,
  ConsumerGroupDescribeResponseDescribedGroup,
  DeleteGroupsRequest,
  DeleteGroupsResponse,
  DeleteGroupsResponseDeletableGroupResult,
  DescribeGroupsRequest,
  DescribeGroupsResponse,
  DescribeGroupsResponseDescribedGroup,
} from '../../protocol/generated/index.js';
import {
  decodeShareGroupDescribeResponseDescribedGroup,
  decodeStreamsGroupDescribeResponseDescribedGroup,
  decodeConsumerGroupDescribeResponseDescribedGroup,
  decodeFetchResponsePartitionData,
  decodeProduceResponsePartitionProduceResponse,
} from '../../protocol/generated/index.js';
import { ZERO_UUID } from '../../protocol/primitives/codec-runtime.js';
import { skeletonOf, structSkeleton } from './default-value-reader.js';
import { javaHashSetOrder, javaStringCompare } from './java-hash-order.js';

/** What one entry of a list is authorized as; `cluster` entries (broker configs) follow the API decision. */
export type EntryKind = 'topic' | 'group' | 'transactionalId' | 'cluster';

/** How a request names a topic: by name, or by ID (then the name is resolved by the proxy). */
export interface TopicRef {
  readonly name: string | null;
  readonly id: string | null;
}

/** One topic-list API, type-erased so the filter can treat them alike. */
export interface ResourceListApi {
  readonly apiKey: number;
  /** What the listed entries are; a group's ref carries the group id as its name. */
  readonly kind: EntryKind;
  /** For lists that mix kinds (config resources): what one entry is. Default: `kind`. */
  entryKind?(entry: unknown): EntryKind;
  /**
   * Where the broker puts the entries it refused: after the ones it served (Produce, Fetch,
   * ListOffsets, OffsetForLeaderEpoch, checked against a broker with StandardAuthorizer), or in the
   * request's order (default).
   */
  readonly deniedLast?: boolean;
  requestTopics(request: unknown, version: number): readonly unknown[];
  /** A copy of the request carrying only `topics`. */
  withRequestTopics(request: unknown, topics: unknown[], version: number): unknown;
  ref(topic: unknown, version: number): TopicRef;
  responseTopics(response: unknown, version: number): unknown[];
  setResponseTopics(response: unknown, topics: unknown[], version: number): void;
  /** The response entry's name or ID, whichever the version uses, to match it to its request topic. */
  responseKey(entry: unknown, version: number): string;
  /** The same key computed from a request entry; default: its ref (ID, else name). */
  matchKey?(entry: unknown, version: number): string;
  /** The response entry the broker sends for a denied topic (every partition carries `code`). */
  deniedEntry(topic: unknown, code: number, version: number): unknown;
  /**
   * The denied entries in the broker's order, when it is not the request's (`deniedLast` APIs
   * whose broker collects refused entries in a hash set); default: the request's order.
   */
  orderDenied?(entries: unknown[], version: number, response: unknown): unknown[];
  /**
   * For APIs whose broker builds its answer per partition (Produce, Fetch, DeleteRecords): how many
   * partitions a request topic names. A refused topic naming none is left out of the answer, as the
   * broker leaves it out (checked against StandardAuthorizer by the differential harness).
   */
  partitionCount?(topic: unknown, version: number): number;
}

interface TypedApi<Req, Resp, RT, ET> {
  apiKey: number;
  kind?: EntryKind;
  entryKind?(entry: RT): EntryKind;
  deniedLast?: boolean;
  requestTopics(request: Req, version: number): readonly RT[];
  withRequestTopics(request: Req, topics: RT[], version: number): Req;
  ref(topic: RT, version: number): TopicRef;
  responseTopics(response: Resp, version: number): ET[];
  setResponseTopics(response: Resp, topics: ET[], version: number): void;
  responseKey(entry: ET, version: number): string;
  matchKey?(entry: RT, version: number): string;
  deniedEntry(topic: RT, code: number, version: number): ET;
  orderDenied?(entries: ET[], version: number, response: Resp): ET[];
  partitionCount?(topic: RT, version: number): number;
}

function define<Req, Resp, RT, ET>(api: TypedApi<Req, Resp, RT, ET>): ResourceListApi {
  return { kind: 'topic', ...api } as unknown as ResourceListApi;
}

const byName = (name: string): TopicRef => ({ name, id: null });
const byId = (id: string): TopicRef => ({ name: null, id });

const produce = define<
  ProduceRequest,
  ProduceResponse,
  ProduceRequestTopicProduceData,
  ProduceResponseTopicProduceResponse
>({
  apiKey: 0,
  deniedLast: true,
  partitionCount: (t) => t.partitionData.length,
  requestTopics: (r) => r.topicData,
  withRequestTopics: (r, topicData) => ({ ...r, topicData }),
  ref: (t, v) => (v >= 13 ? byId(t.topicId) : byName(t.name)),
  responseTopics: (r) => r.responses,
  setResponseTopics: (r, responses) => {
    r.responses = responses;
  },
  responseKey: (e, v) => (v >= 13 ? e.topicId : e.name),
  deniedEntry: (t, code, v) => ({
    name: t.name,
    topicId: t.topicId,
    partitionResponses: t.partitionData.map((p) => ({
      ...structSkeleton(decodeProduceResponsePartitionProduceResponse, v),
      index: p.index,
      errorCode: code,
      baseOffset: -1n,
      logAppendTimeMs: -1n,
      logStartOffset: -1n,
    })),
  }),
});

/** Kafka's value for "authorized operations not requested" (Integer.MIN_VALUE). */
export const AUTHORIZED_OPERATIONS_OMITTED = -2147483648;

const EMPTY_RECORDS = Buffer.alloc(0);

const fetch = define<
  FetchRequest,
  FetchResponse,
  FetchRequestFetchTopic,
  FetchResponseFetchableTopicResponse
>({
  apiKey: 1,
  deniedLast: true,
  partitionCount: (t) => t.partitions.length,
  requestTopics: (r) => r.topics,
  withRequestTopics: (r, topics) => ({ ...r, topics }),
  ref: (t, v) => (v >= 13 ? byId(t.topicId) : byName(t.topic)),
  responseTopics: (r) => r.responses,
  setResponseTopics: (r, responses) => {
    r.responses = responses;
  },
  responseKey: (e, v) => (v >= 13 ? e.topicId : e.topic),
  deniedEntry: (t, code, v) => ({
    topic: t.topic,
    topicId: t.topicId,
    partitions: t.partitions.map((p) => ({
      ...structSkeleton(decodeFetchResponsePartitionData, v),
      partitionIndex: p.partition,
      errorCode: code,
      highWatermark: -1n,
      lastStableOffset: -1n,
      logStartOffset: -1n,
      abortedTransactions: null,
      preferredReadReplica: -1,
      records: EMPTY_RECORDS,
    })),
  }),
});

const listOffsets = define<
  ListOffsetsRequest,
  ListOffsetsResponse,
  ListOffsetsRequestListOffsetsTopic,
  ListOffsetsResponseListOffsetsTopicResponse
>({
  apiKey: 2,
  deniedLast: true,
  requestTopics: (r) => r.topics,
  withRequestTopics: (r, topics) => ({ ...r, topics }),
  ref: (t) => byName(t.name),
  responseTopics: (r) => r.topics,
  setResponseTopics: (r, topics) => {
    r.topics = topics;
  },
  responseKey: (e) => e.name,
  deniedEntry: (t, code) => ({
    name: t.name,
    partitions: t.partitions.map((p) => ({
      partitionIndex: p.partitionIndex,
      errorCode: code,
      timestamp: -1n,
      offset: -1n,
      leaderEpoch: -1,
    })),
  }),
});

const offsetCommit = define<
  OffsetCommitRequest,
  OffsetCommitResponse,
  OffsetCommitRequestTopic,
  OffsetCommitResponseTopic
>({
  apiKey: 8,
  requestTopics: (r) => r.topics,
  withRequestTopics: (r, topics) => ({ ...r, topics }),
  ref: (t, v) => (v >= 10 ? byId(t.topicId) : byName(t.name)),
  responseTopics: (r) => r.topics,
  setResponseTopics: (r, topics) => {
    r.topics = topics;
  },
  responseKey: (e, v) => (v >= 10 ? e.topicId : e.name),
  deniedEntry: (t, code) => ({
    name: t.name,
    topicId: t.topicId,
    partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode: code })),
  }),
});

const createTopics = define<
  CreateTopicsRequest,
  CreateTopicsResponse,
  CreateTopicsRequestCreatableTopic,
  CreateTopicsResponseCreatableTopicResult
>({
  apiKey: 19,
  requestTopics: (r) => r.topics,
  withRequestTopics: (r, topics) => ({ ...r, topics }),
  ref: (t) => byName(t.name),
  responseTopics: (r) => r.topics,
  setResponseTopics: (r, topics) => {
    r.topics = topics;
  },
  responseKey: (e) => e.name,
  deniedEntry: (t, code) => ({
    name: t.name,
    topicId: ZERO_UUID,
    errorCode: code,
    // The broker's own text for an unauthorized topic creation.
    errorMessage: 'Authorization failed.',
    topicConfigErrorCode: 0,
    numPartitions: -1,
    replicationFactor: -1,
    configs: [],
  }),
});

const deleteTopics = define<
  DeleteTopicsRequest,
  DeleteTopicsResponse,
  // v1-5 name topics in a list of strings; v6 in a list of { name, topicId }.
  DeleteTopicsRequestDeleteTopicState | string,
  DeleteTopicsResponseDeletableTopicResult
>({
  apiKey: 20,
  requestTopics: (r, v) => (v >= 6 ? r.topics : r.topicNames),
  withRequestTopics: (r, topics, v) =>
    v >= 6
      ? { ...r, topics: topics as DeleteTopicsRequestDeleteTopicState[] }
      : { ...r, topicNames: topics as string[] },
  ref: (t) =>
    typeof t === 'string'
      ? byName(t)
      : t.name !== null
        ? { name: t.name, id: t.topicId === ZERO_UUID ? null : t.topicId }
        : byId(t.topicId),
  responseTopics: (r) => r.responses,
  setResponseTopics: (r, responses) => {
    r.responses = responses;
  },
  responseKey: (e) => (e.name !== null && e.name !== '' ? e.name : e.topicId),
  deniedEntry: (t, code) =>
    typeof t === 'string'
      ? { name: t, topicId: ZERO_UUID, errorCode: code, errorMessage: null }
      : {
          name: t.name,
          topicId: t.topicId,
          errorCode: code,
          errorMessage: null,
        },
});

const deleteRecords = define<
  DeleteRecordsRequest,
  DeleteRecordsResponse,
  DeleteRecordsRequestDeleteRecordsTopic,
  DeleteRecordsResponseDeleteRecordsTopicResult
>({
  apiKey: 21,
  partitionCount: (t) => t.partitions.length,
  requestTopics: (r) => r.topics,
  withRequestTopics: (r, topics) => ({ ...r, topics }),
  ref: (t) => byName(t.name),
  responseTopics: (r) => r.topics,
  setResponseTopics: (r, topics) => {
    r.topics = topics;
  },
  responseKey: (e) => e.name,
  deniedEntry: (t, code) => ({
    name: t.name,
    partitions: t.partitions.map((p) => ({
      partitionIndex: p.partitionIndex,
      lowWatermark: -1n,
      errorCode: code,
    })),
  }),
});

const offsetForLeaderEpoch = define<
  OffsetForLeaderEpochRequest,
  OffsetForLeaderEpochResponse,
  OffsetForLeaderEpochRequestOffsetForLeaderTopic,
  OffsetForLeaderEpochResponseOffsetForLeaderTopicResult
>({
  apiKey: 23,
  deniedLast: true,
  requestTopics: (r) => r.topics,
  withRequestTopics: (r, topics) => ({ ...r, topics }),
  ref: (t) => byName(t.topic),
  responseTopics: (r) => r.topics,
  setResponseTopics: (r, topics) => {
    r.topics = topics;
  },
  responseKey: (e) => e.topic,
  deniedEntry: (t, code) => ({
    topic: t.topic,
    partitions: t.partitions.map((p) => ({
      errorCode: code,
      partition: p.partition,
      leaderEpoch: -1,
      endOffset: -1n,
    })),
  }),
});

const txnOffsetCommit = define<
  TxnOffsetCommitRequest,
  TxnOffsetCommitResponse,
  TxnOffsetCommitRequestTopic,
  TxnOffsetCommitResponseTopic
>({
  apiKey: 28,
  requestTopics: (r) => r.topics,
  withRequestTopics: (r, topics) => ({ ...r, topics }),
  ref: (t) => byName(t.name),
  responseTopics: (r) => r.topics,
  setResponseTopics: (r, topics) => {
    r.topics = topics;
  },
  responseKey: (e) => e.name,
  deniedEntry: (t, code) => ({
    name: t.name,
    partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode: code })),
  }),
});

const describeGroups = define<
  DescribeGroupsRequest,
  DescribeGroupsResponse,
  string,
  DescribeGroupsResponseDescribedGroup
>({
  apiKey: 15,
  kind: 'group',
  requestTopics: (r) => r.groups,
  withRequestTopics: (r, groups) => ({ ...r, groups }),
  ref: (g) => byName(g),
  responseTopics: (r) => r.groups,
  setResponseTopics: (r, groups) => {
    r.groups = groups;
  },
  responseKey: (e) => e.groupId,
  deniedEntry: (g, code) => ({
    errorCode: code,
    errorMessage: null,
    groupId: g,
    groupState: '',
    protocolType: '',
    protocolData: '',
    members: [],
    authorizedOperations: AUTHORIZED_OPERATIONS_OMITTED,
  }),
});

const deleteGroups = define<
  DeleteGroupsRequest,
  DeleteGroupsResponse,
  string,
  DeleteGroupsResponseDeletableGroupResult
>({
  apiKey: 42,
  kind: 'group',
  requestTopics: (r) => r.groupsNames,
  withRequestTopics: (r, groupsNames) => ({ ...r, groupsNames }),
  ref: (g) => byName(g),
  responseTopics: (r) => r.results,
  setResponseTopics: (r, results) => {
    r.results = results;
  },
  responseKey: (e) => e.groupId,
  deniedEntry: (g, code) => ({ groupId: g, errorCode: code }),
});

const consumerGroupDescribe = define<
  ConsumerGroupDescribeRequest,
  ConsumerGroupDescribeResponse,
  string,
  ConsumerGroupDescribeResponseDescribedGroup
>({
  apiKey: 69,
  kind: 'group',
  requestTopics: (r) => r.groupIds,
  withRequestTopics: (r, groupIds) => ({ ...r, groupIds }),
  ref: (g) => byName(g),
  responseTopics: (r) => r.groups,
  setResponseTopics: (r, groups) => {
    r.groups = groups;
  },
  responseKey: (e) => e.groupId,
  deniedEntry: (g, code, v) => ({
    ...structSkeleton(decodeConsumerGroupDescribeResponseDescribedGroup, v),
    errorCode: code,
    groupId: g,
    authorizedOperations: AUTHORIZED_OPERATIONS_OMITTED,
  }),
});

const createPartitions = define<
  CreatePartitionsRequest,
  CreatePartitionsResponse,
  CreatePartitionsRequestCreatePartitionsTopic,
  CreatePartitionsResponseCreatePartitionsTopicResult
>({
  apiKey: 37,
  requestTopics: (r) => r.topics,
  withRequestTopics: (r, topics) => ({ ...r, topics }),
  ref: (t) => byName(t.name),
  responseTopics: (r) => r.results,
  setResponseTopics: (r, results) => {
    r.results = results;
  },
  responseKey: (e) => e.name,
  deniedEntry: (t, code) => ({ name: t.name, errorCode: code, errorMessage: null }),
});

const describeProducers = define<
  DescribeProducersRequest,
  DescribeProducersResponse,
  DescribeProducersRequestTopicRequest,
  DescribeProducersResponseTopicResponse
>({
  apiKey: 61,
  requestTopics: (r) => r.topics,
  withRequestTopics: (r, topics) => ({ ...r, topics }),
  ref: (t) => byName(t.name),
  responseTopics: (r) => r.topics,
  setResponseTopics: (r, topics) => {
    r.topics = topics;
  },
  responseKey: (e) => e.name,
  deniedEntry: (t, code) => ({
    name: t.name,
    partitions: t.partitionIndexes.map((partitionIndex) => ({
      partitionIndex,
      errorCode: code,
      errorMessage: null,
      activeProducers: [],
    })),
  }),
});

const describeTopicPartitions = define<
  DescribeTopicPartitionsRequest,
  DescribeTopicPartitionsResponse,
  DescribeTopicPartitionsRequestTopicRequest,
  DescribeTopicPartitionsResponseTopic
>({
  apiKey: 75,
  // The broker appends its TOPIC_AUTHORIZATION_FAILED entries after the topics it describes.
  deniedLast: true,
  requestTopics: (r) => r.topics,
  withRequestTopics: (r, topics) => ({ ...r, topics }),
  ref: (t) => byName(t.name),
  responseTopics: (r) => r.topics,
  setResponseTopics: (r, topics) => {
    r.topics = topics;
  },
  responseKey: (e) => e.name ?? e.topicId,
  deniedEntry: (t, code) => ({
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
  orderDenied: (entries, _v, response) =>
    javaHashSetOrder(
      entries
        .filter(
          (e) =>
            response.nextCursor === null ||
            javaStringCompare(e.name ?? '', response.nextCursor.topicName) < 0,
        )
        .sort((a, b) => javaStringCompare(a.name ?? '', b.name ?? '')),
      (e) => e.name ?? '',
    ),
});

// Config resources: 2 = topic, 32 = group; brokers, broker loggers and client-metrics subscriptions
// are cluster-level.
const CONFIG_TOPIC = 2;
const CONFIG_GROUP = 32;
function configEntryKind(entry: { resourceType: number }): EntryKind {
  return entry.resourceType === CONFIG_TOPIC
    ? 'topic'
    : entry.resourceType === CONFIG_GROUP
      ? 'group'
      : 'cluster';
}
const configKey = (e: { resourceType: number; resourceName: string }): string =>
  `${e.resourceType}:${e.resourceName}`;

const describeConfigs = define<
  DescribeConfigsRequest,
  DescribeConfigsResponse,
  DescribeConfigsRequestDescribeConfigsResource,
  DescribeConfigsResponseDescribeConfigsResult
>({
  apiKey: 32,
  entryKind: configEntryKind,
  requestTopics: (r) => r.resources,
  withRequestTopics: (r, resources) => ({ ...r, resources }),
  ref: (t) => ({ name: t.resourceName, id: null }),
  responseTopics: (r) => r.results,
  setResponseTopics: (r, results) => {
    r.results = results;
  },
  responseKey: configKey,
  matchKey: configKey,
  deniedEntry: (t, code) => ({
    errorCode: code,
    errorMessage: null,
    resourceType: t.resourceType,
    resourceName: t.resourceName,
    configs: [],
  }),
});

/**
 * AlterConfigs and IncrementalAlterConfigs list their resources and answer them the same way (they
 * differ only in how each resource's configs are spelt, which the proxy never reads).
 */
interface ConfigResource {
  resourceType: number;
  resourceName: string;
}
interface ConfigAlterationResult extends ConfigResource {
  errorCode: number;
  errorMessage: string | null;
}
function configAlterationApi(apiKey: number): ResourceListApi {
  return define<
    { resources: ConfigResource[] },
    { responses: ConfigAlterationResult[] },
    ConfigResource,
    ConfigAlterationResult
  >({
    apiKey,
    entryKind: configEntryKind,
    requestTopics: (r) => r.resources,
    withRequestTopics: (r, resources) => ({ ...r, resources }),
    ref: (t) => byName(t.resourceName),
    responseTopics: (r) => r.responses,
    setResponseTopics: (r, responses) => {
      r.responses = responses;
    },
    responseKey: configKey,
    matchKey: configKey,
    deniedEntry: (t, code) => ({
      errorCode: code,
      errorMessage: null,
      resourceType: t.resourceType,
      resourceName: t.resourceName,
    }),
  });
}
const alterConfigs = configAlterationApi(33);
const incrementalAlterConfigs = configAlterationApi(44);

const describeTransactions = define<
  DescribeTransactionsRequest,
  DescribeTransactionsResponse,
  string,
  DescribeTransactionsResponseTransactionState
>({
  apiKey: 65,
  kind: 'transactionalId',
  requestTopics: (r) => r.transactionalIds,
  withRequestTopics: (r, transactionalIds) => ({ ...r, transactionalIds }),
  ref: (id) => byName(id),
  responseTopics: (r) => r.transactionStates,
  setResponseTopics: (r, transactionStates) => {
    r.transactionStates = transactionStates;
  },
  responseKey: (e) => e.transactionalId,
  deniedEntry: (id, code) => ({
    errorCode: code,
    transactionalId: id,
    transactionState: '',
    transactionTimeoutMs: 0,
    transactionStartTimeMs: -1n,
    // The broker's refused entry leaves the producer id and epoch at 0 (checked against
    // StandardAuthorizer by the differential harness).
    producerId: 0n,
    producerEpoch: 0,
    topics: [],
  }),
});

const streamsGroupDescribe = define<
  StreamsGroupDescribeRequest,
  StreamsGroupDescribeResponse,
  string,
  StreamsGroupDescribeResponseDescribedGroup
>({
  apiKey: 89,
  kind: 'group',
  requestTopics: (r) => r.groupIds,
  withRequestTopics: (r, groupIds) => ({ ...r, groupIds }),
  ref: (g) => byName(g),
  responseTopics: (r) => r.groups,
  setResponseTopics: (r, groups) => {
    r.groups = groups;
  },
  responseKey: (e) => e.groupId,
  deniedEntry: (g, code, v) => ({
    ...structSkeleton(decodeStreamsGroupDescribeResponseDescribedGroup, v),
    errorCode: code,
    groupId: g,
    authorizedOperations: AUTHORIZED_OPERATIONS_OMITTED,
  }),
});

const shareGroupDescribe = define<
  ShareGroupDescribeRequest,
  ShareGroupDescribeResponse,
  string,
  ShareGroupDescribeResponseDescribedGroup
>({
  apiKey: 77,
  kind: 'group',
  requestTopics: (r) => r.groupIds,
  withRequestTopics: (r, groupIds) => ({ ...r, groupIds }),
  ref: (g) => byName(g),
  responseTopics: (r) => r.groups,
  setResponseTopics: (r, groups) => {
    r.groups = groups;
  },
  responseKey: (e) => e.groupId,
  deniedEntry: (g, code, v) => ({
    ...structSkeleton(decodeShareGroupDescribeResponseDescribedGroup, v),
    errorCode: code,
    groupId: g,
    authorizedOperations: AUTHORIZED_OPERATIONS_OMITTED,
  }),
});

// Cluster administration whose responses carry an error per entry: refused as a whole, each entry
// with CLUSTER_AUTHORIZATION_FAILED (the entries are never split: one decision covers them all).
const clusterEntry = (i: number): TopicRef => byName(String(i));

const createAcls = define<
  CreateAclsRequest,
  CreateAclsResponse,
  CreateAclsRequestAclCreation,
  CreateAclsResponseAclCreationResult
>({
  apiKey: 30,
  kind: 'cluster',
  requestTopics: (r) => r.creations,
  withRequestTopics: (r, creations) => ({ ...r, creations }),
  ref: () => clusterEntry(0),
  responseTopics: (r) => r.results,
  setResponseTopics: (r, results) => {
    r.results = results;
  },
  responseKey: () => '0',
  deniedEntry: (_c, code) => ({ errorCode: code, errorMessage: null }),
});

const deleteAcls = define<
  DeleteAclsRequest,
  DeleteAclsResponse,
  DeleteAclsRequestDeleteAclsFilter,
  DeleteAclsResponseDeleteAclsFilterResult
>({
  apiKey: 31,
  kind: 'cluster',
  requestTopics: (r) => r.filters,
  withRequestTopics: (r, filters) => ({ ...r, filters }),
  ref: () => clusterEntry(0),
  responseTopics: (r) => r.filterResults,
  setResponseTopics: (r, filterResults) => {
    r.filterResults = filterResults;
  },
  responseKey: () => '0',
  deniedEntry: (_f, code) => ({ errorCode: code, errorMessage: null, matchingAcls: [] }),
});

const alterClientQuotas = define<
  AlterClientQuotasRequest,
  AlterClientQuotasResponse,
  AlterClientQuotasRequestEntryData,
  AlterClientQuotasResponseEntryData
>({
  apiKey: 49,
  kind: 'cluster',
  requestTopics: (r) => r.entries,
  withRequestTopics: (r, entries) => ({ ...r, entries }),
  ref: () => clusterEntry(0),
  responseTopics: (r) => r.entries,
  setResponseTopics: (r, entries) => {
    r.entries = entries;
  },
  responseKey: () => '0',
  deniedEntry: (e, code) => ({
    errorCode: code,
    errorMessage: null,
    entity: e.entity.map((x) => ({ entityType: x.entityType, entityName: x.entityName })),
  }),
});

const RESOURCE_LIST_APIS: ReadonlyMap<number, ResourceListApi> = new Map(
  [
    produce,
    fetch,
    listOffsets,
    offsetCommit,
    createTopics,
    deleteTopics,
    deleteRecords,
    offsetForLeaderEpoch,
    txnOffsetCommit,
    describeGroups,
    deleteGroups,
    consumerGroupDescribe,
    createPartitions,
    describeProducers,
    describeTopicPartitions,
    describeConfigs,
    alterConfigs,
    incrementalAlterConfigs,
    describeTransactions,
    streamsGroupDescribe,
    shareGroupDescribe,
    createAcls,
    deleteAcls,
    alterClientQuotas,
  ].map((api) => [api.apiKey, api]),
);

export function resourceListApi(apiKey: number): ResourceListApi | undefined {
  return RESOURCE_LIST_APIS.get(apiKey);
}

/** The key that matches a request topic to its response entry: the ID when the topic is named by one. */
export function refKey(ref: TopicRef): string {
  return ref.id ?? ref.name ?? '';
}

/**
 * The whole response for a request none of whose topics is forwarded: a skeleton of the response
 * with one entry per request topic, each with its code.
 */
export function answerAllTopics(
  api: ResourceListApi,
  request: unknown,
  version: number,
  codes: readonly number[],
): unknown {
  const response = skeletonOf(RESPONSE_CODECS.get(api.apiKey)!, version);
  const topics = api.requestTopics(request, version);
  const entries = topics.flatMap((t, i) =>
    api.partitionCount?.(t, version) === 0 ? [] : [api.deniedEntry(t, codes[i]!, version)],
  );
  // A paged answer (DescribeTopicPartitions) with nothing described has no next page.
  if ('nextCursor' in (response as object)) (response as { nextCursor: unknown }).nextCursor = null;
  api.setResponseTopics(response, api.orderDenied?.(entries, version, response) ?? entries, version);
  return response;
}

/**
 * Puts the entries of denied topics back into the broker's response to the forwarded part, where
 * the broker puts them: in the request's order, or after the served ones (`deniedLast`).
 * `codes[i]` is 0 for a forwarded topic.
 */
export function mergeDeniedTopics(
  api: ResourceListApi,
  request: unknown,
  response: unknown,
  version: number,
  codes: readonly number[],
): void {
  const fromBroker = api.responseTopics(response, version);
  const byKey = new Map<string, unknown[]>();
  for (const entry of fromBroker) {
    const key = api.responseKey(entry, version);
    const list = byKey.get(key);
    if (list) list.push(entry);
    else byKey.set(key, [entry]);
  }
  const merged: unknown[] = [];
  const denied: unknown[] = [];
  const topics = api.requestTopics(request, version);
  for (let i = 0; i < topics.length; i++) {
    const topic = topics[i];
    if (codes[i] !== 0) {
      if (api.partitionCount?.(topic, version) !== 0) {
        (api.deniedLast ? denied : merged).push(api.deniedEntry(topic, codes[i]!, version));
      }
      continue;
    }
    const key = api.matchKey ? api.matchKey(topic, version) : refKey(api.ref(topic, version));
    const entry = byKey.get(key)?.shift();
    if (entry !== undefined) merged.push(entry);
  }
  // Anything the broker answered that matched no request topic is kept, after the rest.
  for (const rest of byKey.values()) merged.push(...rest);
  merged.push(...(api.orderDenied?.(denied, version, response) ?? denied));
  api.setResponseTopics(response, merged, version);
}
