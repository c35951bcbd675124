// Every API key the proxy handles, mapped to its module. A key without a module (inter-broker keys
// served only on controller listeners, removed keys, keys newer than the proxy's schemas), or a
// version outside the module's range, is closed: nothing the proxy does not understand reaches the
// broker (fail closed). The keys are the generated `ApiKey` enum, and each entry is typed by its key
// (`ApiModule<typeof ApiKey.Produce>` decides a `ProduceRequest`).

import { ApiKey } from '../../../protocol/generated/api-keys.js';
import type { ApiKeyNumber } from '../../../protocol/generated/codecs.js';
import { registered, type RegisteredApi } from './registered-api.js';
import * as groups from './classic-groups.js';
import * as cluster from './cluster-admin.js';
import * as configs from './configs.js';
import * as setup from './connection-setup.js';
import { describeTopicPartitions } from './describe-topic-partitions.js';
import { fetch } from './fetch.js';
import { findCoordinator } from './find-coordinator.js';
import * as groupOffsets from './group-offsets.js';
import * as protocols from './group-protocols.js';
import * as interBroker from './inter-broker.js';
import { metadata } from './metadata.js';
import { produce } from './produce.js';
import * as topicAdmin from './topic-admin.js';
import * as offsets from './topic-offsets.js';
import * as txn from './transactions.js';

/** The module of each API key; a key left out is closed. */
export const API_MODULES: { readonly [K in ApiKeyNumber]?: RegisteredApi } = {
  [ApiKey.Produce]: registered(produce),
  [ApiKey.Fetch]: registered(fetch),
  [ApiKey.ListOffsets]: registered(offsets.listOffsets),
  [ApiKey.Metadata]: registered(metadata),
  [ApiKey.OffsetCommit]: registered(groupOffsets.offsetCommit),
  [ApiKey.OffsetFetch]: registered(groupOffsets.offsetFetch),
  [ApiKey.FindCoordinator]: registered(findCoordinator),
  [ApiKey.JoinGroup]: registered(groups.joinGroup),
  [ApiKey.Heartbeat]: registered(groups.heartbeat),
  [ApiKey.LeaveGroup]: registered(groups.leaveGroup),
  [ApiKey.SyncGroup]: registered(groups.syncGroup),
  [ApiKey.DescribeGroups]: registered(groups.describeGroups),
  [ApiKey.ListGroups]: registered(groups.listGroups),
  [ApiKey.SaslHandshake]: registered(setup.saslHandshake),
  [ApiKey.ApiVersions]: registered(setup.apiVersions),
  [ApiKey.CreateTopics]: registered(topicAdmin.createTopics),
  [ApiKey.DeleteTopics]: registered(topicAdmin.deleteTopics),
  [ApiKey.DeleteRecords]: registered(topicAdmin.deleteRecords),
  [ApiKey.InitProducerId]: registered(txn.initProducerId),
  [ApiKey.OffsetForLeaderEpoch]: registered(offsets.offsetForLeaderEpoch),
  [ApiKey.AddPartitionsToTxn]: registered(txn.addPartitionsToTxn),
  [ApiKey.AddOffsetsToTxn]: registered(txn.addOffsetsToTxn),
  [ApiKey.EndTxn]: registered(txn.endTxn),
  [ApiKey.WriteTxnMarkers]: registered(interBroker.writeTxnMarkers),
  [ApiKey.TxnOffsetCommit]: registered(txn.txnOffsetCommit),
  [ApiKey.DescribeAcls]: registered(cluster.describeAcls),
  [ApiKey.CreateAcls]: registered(cluster.createAcls),
  [ApiKey.DeleteAcls]: registered(cluster.deleteAcls),
  [ApiKey.DescribeConfigs]: registered(configs.describeConfigs),
  [ApiKey.AlterConfigs]: registered(configs.alterConfigs),
  [ApiKey.AlterReplicaLogDirs]: registered(cluster.alterReplicaLogDirs),
  [ApiKey.DescribeLogDirs]: registered(cluster.describeLogDirs),
  [ApiKey.SaslAuthenticate]: registered(setup.saslAuthenticate),
  [ApiKey.CreatePartitions]: registered(topicAdmin.createPartitions),
  [ApiKey.CreateDelegationToken]: registered(cluster.createDelegationToken),
  [ApiKey.RenewDelegationToken]: registered(cluster.renewDelegationToken),
  [ApiKey.ExpireDelegationToken]: registered(cluster.expireDelegationToken),
  [ApiKey.DescribeDelegationToken]: registered(cluster.describeDelegationToken),
  [ApiKey.DeleteGroups]: registered(groups.deleteGroups),
  [ApiKey.ElectLeaders]: registered(cluster.electLeaders),
  [ApiKey.IncrementalAlterConfigs]: registered(configs.incrementalAlterConfigs),
  [ApiKey.AlterPartitionReassignments]: registered(cluster.alterPartitionReassignments),
  [ApiKey.ListPartitionReassignments]: registered(cluster.listPartitionReassignments),
  [ApiKey.OffsetDelete]: registered(groupOffsets.offsetDelete),
  [ApiKey.DescribeClientQuotas]: registered(cluster.describeClientQuotas),
  [ApiKey.AlterClientQuotas]: registered(cluster.alterClientQuotas),
  [ApiKey.DescribeUserScramCredentials]: registered(cluster.describeUserScramCredentials),
  [ApiKey.AlterUserScramCredentials]: registered(cluster.alterUserScramCredentials),
  [ApiKey.DescribeQuorum]: registered(cluster.describeQuorum),
  [ApiKey.UpdateFeatures]: registered(cluster.updateFeatures),
  [ApiKey.DescribeCluster]: registered(setup.describeCluster),
  [ApiKey.DescribeProducers]: registered(topicAdmin.describeProducers),
  [ApiKey.UnregisterBroker]: registered(cluster.unregisterBroker),
  [ApiKey.DescribeTransactions]: registered(txn.describeTransactions),
  [ApiKey.ListTransactions]: registered(txn.listTransactions),
  [ApiKey.ConsumerGroupHeartbeat]: registered(protocols.consumerGroupHeartbeat),
  [ApiKey.ConsumerGroupDescribe]: registered(protocols.consumerGroupDescribe),
  [ApiKey.GetTelemetrySubscriptions]: registered(setup.getTelemetrySubscriptions),
  [ApiKey.PushTelemetry]: registered(setup.pushTelemetry),
  [ApiKey.ListConfigResources]: registered(cluster.listConfigResources),
  [ApiKey.DescribeTopicPartitions]: registered(describeTopicPartitions),
  [ApiKey.ShareGroupHeartbeat]: registered(protocols.shareGroupHeartbeat),
  [ApiKey.ShareGroupDescribe]: registered(protocols.shareGroupDescribe),
  [ApiKey.ShareFetch]: registered(protocols.shareFetch),
  [ApiKey.ShareAcknowledge]: registered(protocols.shareAcknowledge),
  [ApiKey.AddRaftVoter]: registered(cluster.addRaftVoter),
  [ApiKey.RemoveRaftVoter]: registered(cluster.removeRaftVoter),
  [ApiKey.InitializeShareGroupState]: registered(interBroker.initializeShareGroupState),
  [ApiKey.ReadShareGroupState]: registered(interBroker.readShareGroupState),
  [ApiKey.WriteShareGroupState]: registered(interBroker.writeShareGroupState),
  [ApiKey.DeleteShareGroupState]: registered(interBroker.deleteShareGroupState),
  [ApiKey.ReadShareGroupStateSummary]: registered(interBroker.readShareGroupStateSummary),
  [ApiKey.StreamsGroupHeartbeat]: registered(protocols.streamsGroupHeartbeat),
  [ApiKey.StreamsGroupDescribe]: registered(protocols.streamsGroupDescribe),
  [ApiKey.DescribeShareGroupOffsets]: registered(protocols.describeShareGroupOffsets),
  [ApiKey.AlterShareGroupOffsets]: registered(protocols.alterShareGroupOffsets),
  [ApiKey.DeleteShareGroupOffsets]: registered(protocols.deleteShareGroupOffsets),
};

// Dense by API key: one array load per request.
const BY_KEY: (RegisteredApi | undefined)[] = [];
for (const [key, api] of Object.entries(API_MODULES)) {
  // Each entry sits under its own key (a module registered under another key is a bug).
  if (api.apiKey !== Number(key)) throw new Error(`module of API key ${api.apiKey} registered as ${key}`);
  BY_KEY[api.apiKey] = api;
}

/** The module of `apiKey` whatever the version, or undefined (the key is then closed). */
export function moduleOf(apiKey: number): RegisteredApi | undefined {
  return apiKey >= 0 && apiKey < BY_KEY.length ? BY_KEY[apiKey] : undefined;
}

/** The module that handles `apiKey` at `version`, or undefined: the request is then closed. */
export function apiModule(apiKey: number, version: number): RegisteredApi | undefined {
  const module = moduleOf(apiKey);
  return module !== undefined && module.handles(version) ? module : undefined;
}
