// Every Kafka 4.1 API key (0..92), classified for authorization.
//
// The table answers three questions the policy engine and the proxy ask for each request:
//   - who may send it at all (clients, or only brokers and controllers among themselves);
//   - which named resources the request carries and must be authorized one by one
//     (topics, consumer groups, transactional ids), and whether the API also acts on the cluster;
//   - which error code Kafka's own authorizer answers when that resource is denied.
// The resource lists follow what the broker's request handlers authorize in Kafka 4.1, not what the
// request merely mentions. A key missing from this table, or any key above 92, is denied.

/** Kafka's scope for an API key, as a security reviewer would group it. */
export type ApiCategory =
  /** Reads or writes topic data or topic metadata; topics are authorized one by one. */
  | 'topic'
  /** Consumer-, share- or streams-group coordination; the group is authorized, topics too where named. */
  | 'group'
  /** Transactions and producer ids; the transactional id is authorized. */
  | 'transactional'
  /** Cluster administration; authorized on the cluster resource as a whole. */
  | 'cluster'
  /** Connection setup Kafka never authorizes (API discovery, SASL). */
  | 'connection'
  /** Client telemetry (KIP-714) that Kafka never authorizes. */
  | 'client-telemetry'
  /** Spoken only between brokers and controllers; never forwarded for a client. */
  | 'inter-broker';

/** A kind of named resource a request can carry. `cluster` is the API acting on the cluster itself. */
export type ResourceKind = 'topic' | 'group' | 'transactionalId' | 'cluster';

export interface ApiClassification {
  readonly apiKey: number;
  /** Kafka's name, e.g. `OffsetForLeaderEpoch`. */
  readonly name: string;
  /** Lower-case name as Cilium spells it (`offsets` for ListOffsets), e.g. `offsetforleaderepoch`. */
  readonly ciliumName: string;
  readonly category: ApiCategory;
  /** Resources the broker authorizes for this key; the proxy extracts these from the request. */
  readonly resources: readonly ResourceKind[];
  /** Set when the broker filters the response instead of failing the request (e.g. Metadata for all topics). */
  readonly responseFilteredBy?: ResourceKind;
  /** Why it is classified this way, for the README and `policy explain`. */
  readonly note: string;
}

/** Error code Kafka answers when a resource of this kind is denied (Errors.java; docs/kafka-protocol-facts.md). */
export const DENIAL_ERROR_CODE: Readonly<Record<ResourceKind, number>> = {
  topic: 29, // TOPIC_AUTHORIZATION_FAILED
  group: 30, // GROUP_AUTHORIZATION_FAILED
  cluster: 31, // CLUSTER_AUTHORIZATION_FAILED
  transactionalId: 53, // TRANSACTIONAL_ID_AUTHORIZATION_FAILED
};

export const HIGHEST_KNOWN_API_KEY = 92;

type Row = [
  apiKey: number,
  name: string,
  category: ApiCategory,
  resources: ResourceKind[],
  note: string,
  responseFilteredBy?: ResourceKind,
];

// prettier-ignore
const ROWS: Row[] = [
  [0, 'Produce', 'topic', ['topic', 'transactionalId'], 'Write per topic; a transactional produce also needs its transactional id.'],
  [1, 'Fetch', 'topic', ['topic'], 'Read per topic (v13+ names topics by ID: the proxy resolves IDs to names first).'],
  [2, 'ListOffsets', 'topic', ['topic'], 'Describe per topic.'],
  [3, 'Metadata', 'topic', ['topic'], 'Describe per named topic; a request for all topics is answered with the permitted topics only.', 'topic'],
  [4, 'LeaderAndIsr', 'inter-broker', [], 'Removed in Kafka 4 (ZooKeeper-era controller to broker).'],
  [5, 'StopReplica', 'inter-broker', [], 'Removed in Kafka 4 (ZooKeeper-era controller to broker).'],
  [6, 'UpdateMetadata', 'inter-broker', [], 'Removed in Kafka 4 (ZooKeeper-era controller to broker).'],
  [7, 'ControlledShutdown', 'inter-broker', [], 'Removed in Kafka 4 (ZooKeeper-era broker to controller).'],
  [8, 'OffsetCommit', 'group', ['group', 'topic'], 'Read on the group, then read per topic.'],
  [9, 'OffsetFetch', 'group', ['group', 'topic'], 'Describe on the group, then per topic; all-topics fetches are filtered per topic.', 'topic'],
  [10, 'FindCoordinator', 'group', ['group', 'transactionalId'], 'Describe on the coordinator key: a group id (key type 0) or a transactional id (key type 1).'],
  [11, 'JoinGroup', 'group', ['group'], 'Read on the group.'],
  [12, 'Heartbeat', 'group', ['group'], 'Read on the group.'],
  [13, 'LeaveGroup', 'group', ['group'], 'Read on the group.'],
  [14, 'SyncGroup', 'group', ['group'], 'Read on the group.'],
  [15, 'DescribeGroups', 'group', ['group'], 'Describe per group.'],
  [16, 'ListGroups', 'group', [], 'Names no group; the broker lists only groups the client may describe.', 'group'],
  [17, 'SaslHandshake', 'connection', [], 'SASL mechanism negotiation; happens before a principal is known.'],
  [18, 'ApiVersions', 'connection', [], 'API discovery; every client sends it first, Kafka never authorizes it.'],
  [19, 'CreateTopics', 'topic', ['topic'], 'Create per topic (Kafka also accepts Create on the cluster).'],
  [20, 'DeleteTopics', 'topic', ['topic'], 'Delete per topic (v6 may name topics by ID).'],
  [21, 'DeleteRecords', 'topic', ['topic'], 'Delete per topic.'],
  [22, 'InitProducerId', 'transactional', ['transactionalId', 'cluster'], 'Write on the transactional id; without one (idempotent producer) an idempotent-write grant on the cluster.'],
  [23, 'OffsetForLeaderEpoch', 'topic', ['topic'], 'Describe per topic; consumers send it after a leader change.'],
  [24, 'AddPartitionsToTxn', 'transactional', ['transactionalId', 'topic'], 'Write on the transactional id and per topic (v4+ is broker to broker only).'],
  [25, 'AddOffsetsToTxn', 'transactional', ['transactionalId', 'group'], 'Write on the transactional id and read on the group whose offsets join the transaction.'],
  [26, 'EndTxn', 'transactional', ['transactionalId'], 'Write on the transactional id.'],
  [27, 'WriteTxnMarkers', 'inter-broker', [], 'Transaction coordinator to partition leaders.'],
  [28, 'TxnOffsetCommit', 'transactional', ['transactionalId', 'group', 'topic'], 'Write on the transactional id, read on the group, read per topic.'],
  [29, 'DescribeAcls', 'cluster', ['cluster'], 'Describe on the cluster.'],
  [30, 'CreateAcls', 'cluster', ['cluster'], 'Alter on the cluster.'],
  [31, 'DeleteAcls', 'cluster', ['cluster'], 'Alter on the cluster.'],
  [32, 'DescribeConfigs', 'topic', ['topic', 'group', 'cluster'], 'Per resource: topic configs per topic, group configs per group, broker configs on the cluster.'],
  [33, 'AlterConfigs', 'topic', ['topic', 'group', 'cluster'], 'Per resource: topic configs per topic, group configs per group, broker configs on the cluster.'],
  [34, 'AlterReplicaLogDirs', 'cluster', ['cluster'], 'Alter on the cluster.'],
  [35, 'DescribeLogDirs', 'cluster', ['cluster'], 'Describe on the cluster.'],
  [36, 'SaslAuthenticate', 'connection', [], 'SASL exchange; happens before a principal is known.'],
  [37, 'CreatePartitions', 'topic', ['topic'], 'Alter per topic.'],
  [38, 'CreateDelegationToken', 'cluster', ['cluster'], 'Token for the caller (or another user): cluster-level credential management.'],
  [39, 'RenewDelegationToken', 'cluster', ['cluster'], 'Cluster-level credential management.'],
  [40, 'ExpireDelegationToken', 'cluster', ['cluster'], 'Cluster-level credential management.'],
  [41, 'DescribeDelegationToken', 'cluster', ['cluster'], 'Cluster-level credential management.'],
  [42, 'DeleteGroups', 'group', ['group'], 'Delete per group.'],
  [43, 'ElectLeaders', 'cluster', ['cluster'], 'Alter on the cluster.'],
  [44, 'IncrementalAlterConfigs', 'topic', ['topic', 'group', 'cluster'], 'Per resource: topic configs per topic, group configs per group, broker configs on the cluster.'],
  [45, 'AlterPartitionReassignments', 'cluster', ['cluster'], 'Alter on the cluster.'],
  [46, 'ListPartitionReassignments', 'cluster', ['cluster'], 'Describe on the cluster.'],
  [47, 'OffsetDelete', 'group', ['group', 'topic'], 'Delete on the group, read per topic.'],
  [48, 'DescribeClientQuotas', 'cluster', ['cluster'], 'DescribeConfigs on the cluster.'],
  [49, 'AlterClientQuotas', 'cluster', ['cluster'], 'AlterConfigs on the cluster.'],
  [50, 'DescribeUserScramCredentials', 'cluster', ['cluster'], 'Describe on the cluster.'],
  [51, 'AlterUserScramCredentials', 'cluster', ['cluster'], 'Alter on the cluster (changes passwords).'],
  [52, 'Vote', 'inter-broker', [], 'KRaft quorum election.'],
  [53, 'BeginQuorumEpoch', 'inter-broker', [], 'KRaft quorum.'],
  [54, 'EndQuorumEpoch', 'inter-broker', [], 'KRaft quorum.'],
  [55, 'DescribeQuorum', 'cluster', ['cluster'], 'Describe on the cluster (kafka-metadata-quorum tool).'],
  [56, 'AlterPartition', 'inter-broker', [], 'Broker to controller ISR changes.'],
  [57, 'UpdateFeatures', 'cluster', ['cluster'], 'Alter on the cluster.'],
  [58, 'Envelope', 'inter-broker', [], 'Broker forwarding a client request to the controller.'],
  [59, 'FetchSnapshot', 'inter-broker', [], 'KRaft snapshot replication.'],
  [60, 'DescribeCluster', 'cluster', [], 'Cluster description (admin clients); answered for every client, ACLs shape only its optional authorized-operations field.'],
  [61, 'DescribeProducers', 'topic', ['topic'], 'Read per topic.'],
  [62, 'BrokerRegistration', 'inter-broker', [], 'Broker to controller.'],
  [63, 'BrokerHeartbeat', 'inter-broker', [], 'Broker to controller.'],
  [64, 'UnregisterBroker', 'cluster', ['cluster'], 'Alter on the cluster (admin tool).'],
  [65, 'DescribeTransactions', 'transactional', ['transactionalId'], 'Describe per transactional id.'],
  [66, 'ListTransactions', 'transactional', [], 'Names no transactional id; the broker lists only those the client may describe.', 'transactionalId'],
  [67, 'AllocateProducerIds', 'inter-broker', [], 'Broker to controller.'],
  [68, 'ConsumerGroupHeartbeat', 'group', ['group', 'topic'], 'KIP-848 consumers: read on the group, describe per subscribed topic (assignments name topics by ID).'],
  [69, 'ConsumerGroupDescribe', 'group', ['group'], 'Describe per group.'],
  [70, 'ControllerRegistration', 'inter-broker', [], 'Controller to controller.'],
  [71, 'GetTelemetrySubscriptions', 'client-telemetry', [], 'KIP-714 client metrics; not authorized by Kafka.'],
  [72, 'PushTelemetry', 'client-telemetry', [], 'KIP-714 client metrics; not authorized by Kafka.'],
  [73, 'AssignReplicasToDirs', 'inter-broker', [], 'Broker to controller.'],
  [74, 'ListConfigResources', 'cluster', ['cluster'], 'DescribeConfigs on the cluster.'],
  [75, 'DescribeTopicPartitions', 'topic', ['topic'], 'Describe per topic.', 'topic'],
  [76, 'ShareGroupHeartbeat', 'group', ['group', 'topic'], 'KIP-932 share consumers: read on the group, describe per subscribed topic.'],
  [77, 'ShareGroupDescribe', 'group', ['group'], 'Describe per share group.'],
  [78, 'ShareFetch', 'group', ['group', 'topic'], 'Read on the share group and per topic (topics by ID).'],
  [79, 'ShareAcknowledge', 'group', ['group', 'topic'], 'Read on the share group and per topic (topics by ID).'],
  [80, 'AddRaftVoter', 'cluster', ['cluster'], 'Alter on the cluster (KRaft membership, admin tool).'],
  [81, 'RemoveRaftVoter', 'cluster', ['cluster'], 'Alter on the cluster (KRaft membership, admin tool).'],
  [82, 'UpdateRaftVoter', 'inter-broker', [], 'Controller to controller.'],
  [83, 'InitializeShareGroupState', 'inter-broker', [], 'Group coordinator to share coordinator.'],
  [84, 'ReadShareGroupState', 'inter-broker', [], 'Group coordinator to share coordinator.'],
  [85, 'WriteShareGroupState', 'inter-broker', [], 'Group coordinator to share coordinator.'],
  [86, 'DeleteShareGroupState', 'inter-broker', [], 'Group coordinator to share coordinator.'],
  [87, 'ReadShareGroupStateSummary', 'inter-broker', [], 'Group coordinator to share coordinator.'],
  [88, 'StreamsGroupHeartbeat', 'group', ['group', 'topic'], 'KIP-1071 streams groups (unstable in 4.1): read on the group, per topic.'],
  [89, 'StreamsGroupDescribe', 'group', ['group'], 'KIP-1071 streams groups (unstable in 4.1): describe per group.'],
  [90, 'DescribeShareGroupOffsets', 'group', ['group', 'topic'], 'Describe on the share group, per topic.'],
  [91, 'AlterShareGroupOffsets', 'group', ['group', 'topic'], 'Read on the share group, per topic.'],
  [92, 'DeleteShareGroupOffsets', 'group', ['group', 'topic'], 'Delete on the share group, per topic.'],
];

function ciliumNameOf(name: string): string {
  // Cilium spelled ListOffsets as `offsets` (its name from the Kafka 0.8 era); every other key is
  // the Kafka name in lower case.
  return name === 'ListOffsets' ? 'offsets' : name.toLowerCase();
}

const BY_KEY: ReadonlyMap<number, ApiClassification> = new Map(
  ROWS.map(([apiKey, name, category, resources, note, responseFilteredBy]) => [
    apiKey,
    Object.freeze({
      apiKey,
      name,
      ciliumName: ciliumNameOf(name),
      category,
      resources: Object.freeze(resources),
      note,
      ...(responseFilteredBy ? { responseFilteredBy } : {}),
    }),
  ]),
);

const BY_NAME: ReadonlyMap<string, ApiClassification> = (() => {
  const byName = new Map<string, ApiClassification>();
  for (const c of BY_KEY.values()) {
    byName.set(c.name.toLowerCase(), c);
    byName.set(c.ciliumName, c);
  }
  return byName;
})();

/** The classification of a key, or undefined for a key Kafka 4.1 does not define (such keys are denied). */
export function classifyApiKey(apiKey: number): ApiClassification | undefined {
  return BY_KEY.get(apiKey);
}

/** All classified keys in ascending order. */
export function allApiClassifications(): readonly ApiClassification[] {
  return [...BY_KEY.values()].sort((a, b) => a.apiKey - b.apiKey);
}

/**
 * Resolves an API named in a policy: Cilium's lower-case spelling (`offsets`, `apiversions`), Kafka's
 * name in any case (`ListOffsets`, `listoffsets`) or the number (`2`, "2").
 */
export function lookupApi(nameOrKey: string | number): ApiClassification | undefined {
  if (typeof nameOrKey === 'number') return Number.isInteger(nameOrKey) ? BY_KEY.get(nameOrKey) : undefined;
  const trimmed = nameOrKey.trim();
  if (/^\d+$/.test(trimmed)) return BY_KEY.get(Number(trimmed));
  return BY_NAME.get(trimmed.toLowerCase());
}

/** True when a client may ever have this key forwarded (it is classified and not inter-broker). */
export function isClientFacing(apiKey: number): boolean {
  const c = BY_KEY.get(apiKey);
  return c !== undefined && c.category !== 'inter-broker';
}

/**
 * Cluster-level keys the broker answers for every client: DescribeCluster authorizes only its
 * optional authorized-operations field (checked against StandardAuthorizer in
 * policy-reference-raw.test.ts).
 */
const ANSWERED_WITHOUT_AUTHORIZATION = new Set([60]);

/** True when Kafka never authorizes this key: connection setup, client telemetry, DescribeCluster. */
export function isAlwaysAllowed(apiKey: number): boolean {
  const c = BY_KEY.get(apiKey);
  return (
    c !== undefined &&
    (c.category === 'connection' ||
      c.category === 'client-telemetry' ||
      ANSWERED_WITHOUT_AUTHORIZATION.has(apiKey))
  );
}

export const API_KEYS = {
  Produce: 0,
  Fetch: 1,
  ListOffsets: 2,
  Metadata: 3,
  OffsetCommit: 8,
  OffsetFetch: 9,
  FindCoordinator: 10,
  JoinGroup: 11,
  Heartbeat: 12,
  LeaveGroup: 13,
  SyncGroup: 14,
  DescribeGroups: 15,
  ListGroups: 16,
  SaslHandshake: 17,
  ApiVersions: 18,
  CreateTopics: 19,
  DeleteTopics: 20,
  InitProducerId: 22,
  OffsetForLeaderEpoch: 23,
  AddPartitionsToTxn: 24,
  AddOffsetsToTxn: 25,
  EndTxn: 26,
  TxnOffsetCommit: 28,
  DescribeConfigs: 32,
  SaslAuthenticate: 36,
  DescribeCluster: 60,
  ConsumerGroupHeartbeat: 68,
  ConsumerGroupDescribe: 69,
  ShareGroupHeartbeat: 76,
  ShareGroupDescribe: 77,
  ShareFetch: 78,
  ShareAcknowledge: 79,
} as const;
