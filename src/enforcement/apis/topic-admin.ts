// Topic administration: CreateTopics (19), DeleteTopics (20), DeleteRecords (21), CreatePartitions
// (37), DescribeProducers (61). Each is a list of topics decided one by one (Create, Delete, Delete,
// Alter, Read per topic).
// - Names: topics by name; DeleteTopics v6 by name or by ID.
// - Denial: per topic, in the request's order, with the fields the broker fills for a refused topic
//   (CreateTopics: "Authorization failed.", -1 partitions and replication factor).
// - Reveals nothing beyond what the request names.

import { ApiKey } from '../../../protocol/generated/api-keys.js';
import type {
  DeleteTopicsRequest,
  DeleteTopicsRequestDeleteTopicState,
  DeleteTopicsResponse,
  DeleteTopicsResponseDeletableTopicResult,
} from '../../../protocol/generated/index.js';
import { ZERO_UUID } from '../../../protocol/primitives/codec-runtime.js';
import {
  byId,
  byName,
  topicsByName,
  type ResourceList,
  namedIn,
  listApi,
  type ListOf,
} from './resource-list.js';

const createTopicsList: ListOf<typeof ApiKey.CreateTopics, 'topics', 'topics'> = {
  ...topicsByName(),
  deniedResult: (t, code) => ({
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
};

export const createTopics = listApi(ApiKey.CreateTopics, createTopicsList);

/** DeleteTopics v6 lists { name, topicId } (KIP-516); v1-5 a list of names. */
const DELETE_TOPICS_STATES_FROM = 6;

const deleteTopicsList: ResourceList<
  DeleteTopicsRequest,
  DeleteTopicsResponse,
  DeleteTopicsRequestDeleteTopicState | string,
  DeleteTopicsResponseDeletableTopicResult
> = {
  entries: (r, v) => (v >= DELETE_TOPICS_STATES_FROM ? r.topics : r.topicNames),
  withEntries: (r, topics, v) =>
    v >= DELETE_TOPICS_STATES_FROM
      ? { ...r, topics: topics.filter((t) => typeof t !== 'string') }
      : { ...r, topicNames: topics.filter((t) => typeof t === 'string') },
  ref: (t) =>
    typeof t === 'string'
      ? byName(t)
      : t.name !== null
        ? { name: t.name, id: t.topicId === ZERO_UUID ? null : t.topicId }
        : byId(t.topicId),
  results: (r) => r.responses,
  setResults: (r, responses) => {
    r.responses = responses;
  },
  resultKey: (e) => (e.name !== null && e.name !== '' ? e.name : e.topicId),
  deniedResult: (t, code) =>
    typeof t === 'string'
      ? { name: t, topicId: ZERO_UUID, errorCode: code, errorMessage: null }
      : { name: t.name, topicId: t.topicId, errorCode: code, errorMessage: null },
};

export const deleteTopics = listApi(ApiKey.DeleteTopics, deleteTopicsList);

const deleteRecordsList: ListOf<typeof ApiKey.DeleteRecords, 'topics', 'topics'> = {
  partitionCount: (t) => t.partitions.length,
  ...topicsByName(),
  deniedResult: (t, code) => ({
    name: t.name,
    partitions: t.partitions.map((p) => ({
      partitionIndex: p.partitionIndex,
      lowWatermark: -1n,
      errorCode: code,
    })),
  }),
};

export const deleteRecords = listApi(ApiKey.DeleteRecords, deleteRecordsList);

const createPartitionsList: ListOf<typeof ApiKey.CreatePartitions, 'topics', 'results'> = {
  ...namedIn('topics', 'results', 'name'),
  deniedResult: (t, code) => ({ name: t.name, errorCode: code, errorMessage: null }),
};

export const createPartitions = listApi(ApiKey.CreatePartitions, createPartitionsList);

const describeProducersList: ListOf<typeof ApiKey.DescribeProducers, 'topics', 'topics'> = {
  ...topicsByName(),
  deniedResult: (t, code) => ({
    name: t.name,
    partitions: t.partitionIndexes.map((partitionIndex) => ({
      partitionIndex,
      errorCode: code,
      errorMessage: null,
      activeProducers: [],
    })),
  }),
};

export const describeProducers = listApi(ApiKey.DescribeProducers, describeProducersList);
