// DescribeConfigs (32), AlterConfigs (33), IncrementalAlterConfigs (44): lists of config resources.
// - Names: each resource by type and name: topic configs per topic, group configs per group;
//   brokers, broker loggers and client-metrics subscriptions are cluster-level, allowed only by a
//   rule that names no topic, group or transactional id.
// - Denial: per resource, in the request's order (DescribeConfigs with no configs).
// - Reveals nothing beyond what the request names.

import { ApiKey } from '../../../protocol/generated/api-keys.js';
import type {
  AlterConfigsRequest,
  AlterConfigsRequestAlterConfigsResource,
  AlterConfigsResponse,
  AlterConfigsResponseAlterConfigsResourceResponse,
  IncrementalAlterConfigsRequest,
  IncrementalAlterConfigsRequestAlterConfigsResource,
  IncrementalAlterConfigsResponse,
  IncrementalAlterConfigsResponseAlterConfigsResourceResponse,
} from '../../../protocol/generated/index.js';
import { decidedApi } from './api-module.js';
import {
  byName,
  type EntryKind,
  type ResourceList,
  entriesIn,
  listApi,
  type ListOf,
} from './resource-list.js';

/** Config resource types (`ConfigResource.Type`): 2 = topic, 32 = group; the others are cluster-level. */
const CONFIG_TOPIC = 2;
const CONFIG_GROUP = 32;

interface ConfigResource {
  resourceType: number;
  resourceName: string;
}

function configEntryKind(entry: ConfigResource): EntryKind {
  return entry.resourceType === CONFIG_TOPIC
    ? 'topic'
    : entry.resourceType === CONFIG_GROUP
      ? 'group'
      : 'cluster';
}
const configKey = (e: ConfigResource): string => `${e.resourceType}:${e.resourceName}`;

const describeConfigsList: ListOf<typeof ApiKey.DescribeConfigs, 'resources', 'results'> = {
  entryKind: configEntryKind,
  ...entriesIn('resources', 'results'),
  ref: (t) => byName(t.resourceName),
  resultKey: configKey,
  matchKey: configKey,
  deniedResult: (t, code) => ({
    errorCode: code,
    errorMessage: null,
    resourceType: t.resourceType,
    resourceName: t.resourceName,
    configs: [],
  }),
};

export const describeConfigs = listApi(ApiKey.DescribeConfigs, describeConfigsList);

/**
 * AlterConfigs and IncrementalAlterConfigs list their resources and answer them the same way (they
 * differ only in how each resource's configs are spelt, which the proxy never reads).
 */
function configAlterationList<
  Req extends { resources: Entry[] },
  Resp extends { responses: Result[] },
  Entry extends ConfigResource,
  Result extends ConfigResource & { errorCode: number; errorMessage: string | null },
>(deniedResult: (entry: Entry, code: number) => Result): ResourceList<Req, Resp, Entry, Result> {
  return {
    entryKind: configEntryKind,
    entries: (r) => r.resources,
    withEntries: (r, resources) => ({ ...r, resources }),
    ref: (t) => byName(t.resourceName),
    results: (r) => r.responses,
    setResults: (r, responses) => {
      r.responses = responses;
    },
    resultKey: configKey,
    matchKey: configKey,
    deniedResult,
  };
}

export const alterConfigs = decidedApi(ApiKey.AlterConfigs, {
  list: configAlterationList<
    AlterConfigsRequest,
    AlterConfigsResponse,
    AlterConfigsRequestAlterConfigsResource,
    AlterConfigsResponseAlterConfigsResourceResponse
  >((t, code) => ({
    errorCode: code,
    errorMessage: null,
    resourceType: t.resourceType,
    resourceName: t.resourceName,
  })),
});

export const incrementalAlterConfigs = decidedApi(ApiKey.IncrementalAlterConfigs, {
  list: configAlterationList<
    IncrementalAlterConfigsRequest,
    IncrementalAlterConfigsResponse,
    IncrementalAlterConfigsRequestAlterConfigsResource,
    IncrementalAlterConfigsResponseAlterConfigsResourceResponse
  >((t, code) => ({
    errorCode: code,
    errorMessage: null,
    resourceType: t.resourceType,
    resourceName: t.resourceName,
  })),
});
