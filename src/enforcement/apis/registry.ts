// Every API key the proxy handles, mapped to its module. A key without a module (inter-broker keys
// served only on controller listeners, removed keys, keys newer than the proxy's schemas), or a
// version outside the module's range, is closed: nothing the proxy does not understand reaches the
// broker (fail closed). The keys are the generated `ApiKey` enum, and each entry is typed by its key
// (`ApiModule<typeof ApiKey.Produce>` decides a `ProduceRequest`).

import type { ApiKeyNumber } from '../../../protocol/generated/codecs.js';
import type { ApiModule } from './api-module.js';
import { registered, type RegisteredApi } from './registered-api.js';
import * as classicGroups from './classic-groups.js';
import * as clusterAdmin from './cluster-admin.js';
import * as configs from './configs.js';
import * as connectionSetup from './connection-setup.js';
import * as describeTopicPartitionsApi from './describe-topic-partitions.js';
import * as fetchApi from './fetch.js';
import * as findCoordinatorApi from './find-coordinator.js';
import * as groupOffsets from './group-offsets.js';
import * as groupProtocols from './group-protocols.js';
import * as interBroker from './inter-broker.js';
import * as metadataApi from './metadata.js';
import * as produceApi from './produce.js';
import * as shareFetchApi from './share-fetch.js';
import * as topicAdmin from './topic-admin.js';
import * as topicOffsets from './topic-offsets.js';
import * as transactions from './transactions.js';

/** Whether an export of an API file is an API module (rather than a list or helper it also exports). */
function isApiModule(value: unknown): value is ApiModule {
  return typeof value === 'object' && value !== null && 'apiKey' in value && 'handling' in value;
}

/**
 * The module of each API key; a key left out is closed. Every module names its own key, so the
 * registry is every module the API files export.
 */
export const API_MODULES: { readonly [K in ApiKeyNumber]?: RegisteredApi } = (() => {
  const byKey: { [K in ApiKeyNumber]?: RegisteredApi } = {};
  const files = [
    connectionSetup,
    produceApi,
    fetchApi,
    topicOffsets,
    metadataApi,
    findCoordinatorApi,
    groupOffsets,
    classicGroups,
    groupProtocols,
    shareFetchApi,
    topicAdmin,
    transactions,
    interBroker,
    clusterAdmin,
    configs,
    describeTopicPartitionsApi,
  ];
  for (const module of files.flatMap((exports) => Object.values(exports).filter(isApiModule))) {
    // Two modules for one key is a bug.
    if (byKey[module.apiKey] !== undefined) throw new Error(`two modules for API key ${module.apiKey}`);
    byKey[module.apiKey] = registered(module);
  }
  return byKey;
})();

// Dense by API key: one array load per request.
const BY_KEY: (RegisteredApi | undefined)[] = [];
for (const api of Object.values(API_MODULES)) BY_KEY[api.apiKey] = api;

/** The module of `apiKey` whatever the version, or undefined (the key is then closed). */
export function moduleOf(apiKey: number): RegisteredApi | undefined {
  return apiKey >= 0 && apiKey < BY_KEY.length ? BY_KEY[apiKey] : undefined;
}

/** The module that handles `apiKey` at `version`, or undefined: the request is then closed. */
export function apiModule(apiKey: number, version: number): RegisteredApi | undefined {
  const module = moduleOf(apiKey);
  return module !== undefined && module.handles(version) ? module : undefined;
}
