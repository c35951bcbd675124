// What Kafka's authorization says about each client-facing API, one entry per API key, keyed by the
// generated `ApiKey` enum: the category a security reviewer would put it in, the resources its
// request names that the broker authorizes one by one, every ACL check the broker's request handler
// makes (conditional ones included), and the cluster-wide grants Kafka accepts in place of
// per-resource ones. api-classification.ts and acl-operations.ts answer their questions from this
// one table; the proxy's per-API modules (src/enforcement/apis/) decide and filter with it.
//
// What the schemas already say is not written here but read from the generated protocol/generated/
// api-keys.ts: the API's name, its versions, and whether a broker serves it at all. A key Kafka 4.1
// removed (no valid version) or serves only on controller listeners (schema `listeners` without
// `broker`) is an inter-broker key needing ClusterAction; only the inter-broker keys a broker does
// serve on its client listener (WriteTxnMarkers, the share-group state keys) are listed.
//
// Source: the broker's request handlers in Apache Kafka 4.1 (`KafkaApis` and the handlers it
// delegates to, `AuthHelper.authorize*` calls) and `AclEntry.supportedOperations`; the implications
// are those of `StandardAuthorizer`. docs/acl-operations.md says it in prose. Checked against a
// broker running StandardAuthorizer in test/integration/policy-reference-raw.test.ts,
// test/integration/red-team-responses.test.ts and by the differential harness.

import { API_KEYS as SCHEMA_APIS, ApiKey, type ApiKeyInfo } from '../../protocol/generated/api-keys.js';
import type { AclCheck, AclOperation, AclResourceType } from './acl-operations.js';

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

/** Everything Kafka's authorization says about one API key. */
export interface ApiAuthorization {
  readonly category: ApiCategory;
  /** Resources the broker authorizes for this key; the proxy extracts these from the request. */
  readonly resources: readonly ResourceKind[];
  /**
   * Every ACL check the broker makes while handling a request of the key, conditional ones
   * included. Empty: the key is never authorized.
   */
  readonly checks: readonly AclCheck[];
  /** Set when the broker filters the response instead of failing the request (e.g. Metadata for all topics). */
  readonly responseFilteredBy?: ResourceKind;
  /**
   * Cluster operations an allow rule naming no resource grants beyond the unconditional checks:
   * Kafka accepts these cluster-wide grants in place of per-resource ones (IdempotentWrite for an
   * idempotent InitProducerId, Create for CreateTopics of any topic), and broker configurations are
   * reached only through them.
   */
  readonly unscopedCluster?: readonly AclOperation[];
  /**
   * Authorized by something other than an ACL on a resource a policy can name: delegation tokens
   * are checked against the token's owner and renewers (and CreateTokens/DescribeTokens on a USER).
   */
  readonly byTokenOwnership?: true;
  /**
   * A cluster-level key the broker answers for every client: DescribeCluster authorizes only its
   * optional authorized-operations field (checked against StandardAuthorizer in
   * policy-reference-raw.test.ts).
   */
  readonly answeredWithoutAuthorization?: true;
  /** Why it is classified this way, for the README and `policy explain`. */
  readonly note: string;
}

const always = (resourceType: AclResourceType, operation: AclOperation): AclCheck => ({
  resourceType,
  operation,
});
const when = (resourceType: AclResourceType, operation: AclOperation, condition: string): AclCheck => ({
  resourceType,
  operation,
  condition,
});
/** Several checks made together, only when `condition` holds. */
const allWhen = (condition: string, ...checks: readonly AclCheck[]): AclCheck[] =>
  checks.map((check) => ({ ...check, condition }));
/**
 * The broker-to-broker form of a client API (a follower fetch, a share coordinator lookup, ...):
 * ClusterAction on the cluster, which only brokers hold.
 */
const brokerOnly = (condition: string): AclCheck => when('Cluster', 'ClusterAction', condition);

// Inter-broker keys: the broker answers a client CLUSTER_AUTHORIZATION_FAILED (they need
// ClusterAction on the cluster, which only brokers hold).
const CLUSTER_ACTION = [always('Cluster', 'ClusterAction')];
const ALTER_CLUSTER = [always('Cluster', 'Alter')];
const DESCRIBE_CLUSTER = [always('Cluster', 'Describe')];

/**
 * What a row says beyond its constructor's unconditional check: `also`, further checks (conditional
 * ones mostly) after it; `alsoNamed`, resources the request names beside the constructor's; and the
 * optional fields of ApiAuthorization.
 */
type Beyond = Pick<ApiAuthorization, 'responseFilteredBy' | 'unscopedCluster'> & {
  readonly also?: readonly AclCheck[];
  readonly alsoNamed?: readonly ResourceKind[];
};

/**
 * A row of `category` whose request names `named` (then `alsoNamed`) and whose broker checks
 * `first` unconditionally (then `also`).
 */
const row = (
  category: ApiCategory,
  named: readonly ResourceKind[],
  first: readonly AclCheck[],
  note: string,
  { also = [], alsoNamed = [], ...optional }: Beyond = {},
): ApiAuthorization => ({
  category,
  resources: [...named, ...alsoNamed],
  checks: [...first, ...also],
  ...optional,
  note,
});

/** A cluster-level API: authorized on the cluster resource as a whole. */
const onCluster = (checks: readonly AclCheck[], note: string): ApiAuthorization =>
  row('cluster', ['cluster'], checks, note);

/**
 * Delegation-token APIs: cluster-level credential management, authorized against the token's owner
 * and renewers (`checks` are the ACLs Kafka adds for other owners' tokens).
 */
const byTokenOwner = (checks: readonly AclCheck[], note: string): ApiAuthorization => ({
  ...onCluster(checks, note),
  byTokenOwnership: true,
});

/** An inter-broker key a broker serves on its client listener: ClusterAction on the cluster. */
const interBroker = (note: string): ApiAuthorization => row('inter-broker', [], CLUSTER_ACTION, note);

/** Connection setup Kafka never authorizes (API discovery, SASL). */
const connectionSetup = (note: string): ApiAuthorization => row('connection', [], [], note);

/** Client telemetry (KIP-714): GetTelemetrySubscriptions and PushTelemetry, never authorized. */
const CLIENT_TELEMETRY = row('client-telemetry', [], [], 'KIP-714 client metrics; not authorized by Kafka.');

/** An API on topics named one by one: `operation` on each topic. */
const perTopic = (operation: AclOperation, note: string, beyond: Beyond = {}): ApiAuthorization =>
  row('topic', ['topic'], [always('Topic', operation)], note, beyond);

/** An API on groups named one by one: `operation` on each group. */
const perGroup = (operation: AclOperation, note: string, beyond: Beyond = {}): ApiAuthorization =>
  row('group', ['group'], [always('Group', operation)], note, beyond);

/** A classic group membership call: Read on the group. */
const groupMembership = (note: string): ApiAuthorization => perGroup('Read', note);

/** An API on a group and its topics: `groupOperation` on the group, then `topicOperation` per topic. */
const groupThenTopics = (
  groupOperation: AclOperation,
  topicOperation: AclOperation,
  note: string,
  beyond: Beyond = {},
): ApiAuthorization =>
  row(
    'group',
    ['group', 'topic'],
    [always('Group', groupOperation), always('Topic', topicOperation)],
    note,
    beyond,
  );

/** An API on one transactional id: `operation` on it. */
const onTransactionalId = (operation: AclOperation, note: string, beyond: Beyond = {}): ApiAuthorization =>
  row('transactional', ['transactionalId'], [always('TransactionalId', operation)], note, beyond);

/**
 * A listing of groups or transactional ids that names none: the broker lists those the client may
 * see, `check` deciding whether it sees them all.
 */
const listingOf = (listed: 'group' | 'transactionalId', check: AclCheck, note: string): ApiAuthorization =>
  row(listed === 'group' ? 'group' : 'transactional', [], [check], note, { responseFilteredBy: listed });

/** ShareFetch and ShareAcknowledge: Read on the share group and on each topic. */
const SHARE_GROUP_READ = groupThenTopics(
  'Read',
  'Read',
  'Read on the share group and per topic (topics by ID).',
);

/**
 * DescribeConfigs, AlterConfigs and IncrementalAlterConfigs: `operation` per resource, topic configs
 * per topic, group configs per group, broker configs on the cluster (and only through a rule naming
 * no resource).
 */
const configResources = (operation: AclOperation): ApiAuthorization =>
  perTopic(
    operation,
    'Per resource: topic configs per topic, group configs per group, broker configs on the cluster.',
    {
      alsoNamed: ['group', 'cluster'],
      also: [
        always('Group', operation),
        when('Cluster', operation, 'broker, broker-logger and client-metrics resources'),
      ],
      unscopedCluster: [operation],
    },
  );

/**
 * The hand-written part: every API key a broker serves on its client listener. Keys left out are
 * derived from the schemas (`schemaDerived`).
 */
const AUTHORIZATION: { readonly [K in (typeof ApiKey)[keyof typeof ApiKey]]?: ApiAuthorization } = {
  [ApiKey.Produce]: perTopic(
    'Write',
    'Write per topic; a transactional produce also needs its transactional id.',
    {
      alsoNamed: ['transactionalId'],
      also: [
        when(
          'TransactionalId',
          'Write',
          'when a record batch is transactional (not merely when the request names a transactional id)',
        ),
      ],
    },
  ),
  [ApiKey.Fetch]: perTopic(
    'Read',
    'Read per topic (v13+ names topics by ID: the proxy resolves IDs to names first).',
    {
      also: [brokerOnly('follower fetch (replica id >= 0)')],
    },
  ),
  [ApiKey.ListOffsets]: perTopic('Describe', 'Describe per topic.'),
  [ApiKey.Metadata]: perTopic(
    'Describe',
    'Describe per named topic; a request for all topics is answered with the permitted topics only.',
    {
      also: [
        when(
          'Cluster',
          'Create',
          'auto-creating a topic (AllowAutoTopicCreation); Create on the topic also suffices',
        ),
        when('Topic', 'Create', 'auto-creating the topic; Create on the cluster also suffices'),
        when('Cluster', 'Describe', 'only for ClusterAuthorizedOperations (v8-10)'),
      ],
      responseFilteredBy: 'topic',
    },
  ),
  [ApiKey.OffsetCommit]: groupThenTopics('Read', 'Read', 'Read on the group, then read per topic.'),
  [ApiKey.OffsetFetch]: groupThenTopics(
    'Describe',
    'Describe',
    'Describe on the group, then per topic; all-topics fetches are filtered per topic.',
    { responseFilteredBy: 'topic' },
  ),
  [ApiKey.FindCoordinator]: row(
    'group',
    ['group', 'transactionalId'],
    [
      when('Group', 'Describe', 'key type 0 (group)'),
      when('TransactionalId', 'Describe', 'key type 1 (transaction)'),
      brokerOnly('key type 2 (share coordinator)'),
    ],
    'Describe on the coordinator key: a group id (key type 0) or a transactional id (key type 1).',
  ),
  [ApiKey.JoinGroup]: groupMembership('Read on the group.'),
  [ApiKey.Heartbeat]: groupMembership('Read on the group.'),
  [ApiKey.LeaveGroup]: groupMembership('Read on the group.'),
  [ApiKey.SyncGroup]: groupMembership('Read on the group.'),
  [ApiKey.DescribeGroups]: perGroup('Describe', 'Describe per group.'),
  [ApiKey.ListGroups]: listingOf(
    'group',
    when('Cluster', 'Describe', 'lists every group; without it, the groups the caller may Describe'),
    'Names no group; the broker lists only groups the client may describe.',
  ),
  [ApiKey.SaslHandshake]: connectionSetup('SASL mechanism negotiation; happens before a principal is known.'),
  [ApiKey.ApiVersions]: connectionSetup(
    'API discovery; every client sends it first, Kafka never authorizes it.',
  ),
  [ApiKey.CreateTopics]: perTopic('Create', 'Create per topic (Kafka also accepts Create on the cluster).', {
    also: [
      when('Cluster', 'Create', 'alternative to Create on the topic'),
      when(
        'Topic',
        'DescribeConfigs',
        "shapes the answer: the new topic's configs are returned only with it",
      ),
    ],
    unscopedCluster: ['Create'],
  }),
  [ApiKey.DeleteTopics]: perTopic('Delete', 'Delete per topic (v6 may name topics by ID).', {
    also: [when('Topic', 'Describe', 'v6 topics named by ID: resolving the ID')],
  }),
  [ApiKey.DeleteRecords]: perTopic('Delete', 'Delete per topic.'),
  [ApiKey.InitProducerId]: row(
    'transactional',
    ['transactionalId', 'cluster'],
    [
      when('TransactionalId', 'Write', 'with a transactional id'),
      when(
        'Cluster',
        'IdempotentWrite',
        'without a transactional id; Write on any topic also suffices (KIP-679)',
      ),
    ],
    'Write on the transactional id; without one (idempotent producer) an idempotent-write grant on the cluster.',
    { unscopedCluster: ['IdempotentWrite'] },
  ),
  [ApiKey.OffsetForLeaderEpoch]: perTopic(
    'Describe',
    'Describe per topic; consumers send it after a leader change.',
    { also: [brokerOnly('replica id >= 0')] },
  ),
  [ApiKey.AddPartitionsToTxn]: row(
    'transactional',
    ['transactionalId', 'topic'],
    [
      ...allWhen('v0-3', always('TransactionalId', 'Write'), always('Topic', 'Write')),
      brokerOnly('v4+ (broker to coordinator)'),
    ],
    'Write on the transactional id and per topic (v4+ is broker to broker only).',
  ),
  [ApiKey.AddOffsetsToTxn]: onTransactionalId(
    'Write',
    'Write on the transactional id and read on the group whose offsets join the transaction.',
    { alsoNamed: ['group'], also: [always('Group', 'Read')] },
  ),
  [ApiKey.EndTxn]: onTransactionalId('Write', 'Write on the transactional id.'),
  [ApiKey.WriteTxnMarkers]: interBroker('Transaction coordinator to partition leaders.'),
  [ApiKey.TxnOffsetCommit]: onTransactionalId(
    'Write',
    'Write on the transactional id, read on the group, read per topic.',
    { alsoNamed: ['group', 'topic'], also: [always('Group', 'Read'), always('Topic', 'Read')] },
  ),
  [ApiKey.DescribeAcls]: onCluster(DESCRIBE_CLUSTER, 'Describe on the cluster.'),
  [ApiKey.CreateAcls]: onCluster(ALTER_CLUSTER, 'Alter on the cluster.'),
  [ApiKey.DeleteAcls]: onCluster(ALTER_CLUSTER, 'Alter on the cluster.'),
  [ApiKey.DescribeConfigs]: configResources('DescribeConfigs'),
  [ApiKey.AlterConfigs]: configResources('AlterConfigs'),
  [ApiKey.AlterReplicaLogDirs]: onCluster(ALTER_CLUSTER, 'Alter on the cluster.'),
  [ApiKey.DescribeLogDirs]: onCluster(DESCRIBE_CLUSTER, 'Describe on the cluster.'),
  [ApiKey.SaslAuthenticate]: connectionSetup('SASL exchange; happens before a principal is known.'),
  [ApiKey.CreatePartitions]: perTopic('Alter', 'Alter per topic.'),
  [ApiKey.CreateDelegationToken]: byTokenOwner(
    [when('User', 'CreateTokens', 'a token for another owner; a token for oneself needs no ACL')],
    'Token for the caller (or another user): cluster-level credential management.',
  ),
  [ApiKey.RenewDelegationToken]: byTokenOwner([], 'Cluster-level credential management.'),
  [ApiKey.ExpireDelegationToken]: byTokenOwner([], 'Cluster-level credential management.'),
  [ApiKey.DescribeDelegationToken]: byTokenOwner(
    [
      when('DelegationToken', 'Describe', 'tokens of other owners'),
      when('User', 'DescribeTokens', 'tokens of another owner'),
    ],
    'Cluster-level credential management.',
  ),
  [ApiKey.DeleteGroups]: perGroup('Delete', 'Delete per group.'),
  [ApiKey.ElectLeaders]: onCluster(ALTER_CLUSTER, 'Alter on the cluster.'),
  [ApiKey.IncrementalAlterConfigs]: configResources('AlterConfigs'),
  [ApiKey.AlterPartitionReassignments]: onCluster(ALTER_CLUSTER, 'Alter on the cluster.'),
  [ApiKey.ListPartitionReassignments]: onCluster(DESCRIBE_CLUSTER, 'Describe on the cluster.'),
  [ApiKey.OffsetDelete]: groupThenTopics('Delete', 'Read', 'Delete on the group, read per topic.'),
  [ApiKey.DescribeClientQuotas]: onCluster(
    [always('Cluster', 'DescribeConfigs')],
    'DescribeConfigs on the cluster.',
  ),
  [ApiKey.AlterClientQuotas]: onCluster([always('Cluster', 'AlterConfigs')], 'AlterConfigs on the cluster.'),
  [ApiKey.DescribeUserScramCredentials]: onCluster(DESCRIBE_CLUSTER, 'Describe on the cluster.'),
  [ApiKey.AlterUserScramCredentials]: onCluster(ALTER_CLUSTER, 'Alter on the cluster (changes passwords).'),
  [ApiKey.DescribeQuorum]: onCluster(
    DESCRIBE_CLUSTER,
    'Describe on the cluster (kafka-metadata-quorum tool).',
  ),
  [ApiKey.UpdateFeatures]: onCluster(ALTER_CLUSTER, 'Alter on the cluster.'),
  [ApiKey.DescribeCluster]: {
    ...row(
      'cluster',
      [],
      [
        when(
          'Cluster',
          'Describe',
          'only for ClusterAuthorizedOperations; the request itself is never refused',
        ),
      ],
      'Cluster description (admin clients); answered for every client, ACLs shape only its optional authorized-operations field.',
    ),
    answeredWithoutAuthorization: true,
  },
  [ApiKey.DescribeProducers]: perTopic('Read', 'Read per topic.'),
  [ApiKey.UnregisterBroker]: onCluster(ALTER_CLUSTER, 'Alter on the cluster (admin tool).'),
  [ApiKey.DescribeTransactions]: onTransactionalId('Describe', 'Describe per transactional id.', {
    also: [
      when(
        'Topic',
        'Describe',
        'shapes the answer: partitions of topics the caller may not Describe are left out',
      ),
    ],
  }),
  [ApiKey.ListTransactions]: listingOf(
    'transactionalId',
    when('TransactionalId', 'Describe', 'the listing holds only the ids the caller may Describe'),
    'Names no transactional id; the broker lists only those the client may describe.',
  ),
  [ApiKey.ConsumerGroupHeartbeat]: groupThenTopics(
    'Read',
    'Describe',
    'KIP-848 consumers: read on the group, describe per subscribed topic (assignments name topics by ID).',
  ),
  [ApiKey.ConsumerGroupDescribe]: perGroup('Describe', 'Describe per group.', {
    also: [
      when(
        'Topic',
        'Describe',
        "every topic of a member's assignment or target assignment, else the group is answered 29 (KAFKA-18813)",
      ),
    ],
  }),
  [ApiKey.GetTelemetrySubscriptions]: CLIENT_TELEMETRY,
  [ApiKey.PushTelemetry]: CLIENT_TELEMETRY,
  [ApiKey.ListConfigResources]: onCluster(
    [always('Cluster', 'DescribeConfigs')],
    'DescribeConfigs on the cluster.',
  ),
  [ApiKey.DescribeTopicPartitions]: perTopic('Describe', 'Describe per topic.', {
    responseFilteredBy: 'topic',
  }),
  [ApiKey.ShareGroupHeartbeat]: groupThenTopics(
    'Read',
    'Describe',
    'KIP-932 share consumers: read on the group, describe per subscribed topic.',
  ),
  [ApiKey.ShareGroupDescribe]: perGroup('Describe', 'Describe per share group.', {
    also: [when('Topic', 'Describe', "every topic of a member's assignment, else the group is answered 29")],
  }),
  [ApiKey.ShareFetch]: SHARE_GROUP_READ,
  [ApiKey.ShareAcknowledge]: SHARE_GROUP_READ,
  [ApiKey.AddRaftVoter]: onCluster(ALTER_CLUSTER, 'Alter on the cluster (KRaft membership, admin tool).'),
  [ApiKey.RemoveRaftVoter]: onCluster(ALTER_CLUSTER, 'Alter on the cluster (KRaft membership, admin tool).'),
  [ApiKey.InitializeShareGroupState]: interBroker('Group coordinator to share coordinator.'),
  [ApiKey.ReadShareGroupState]: interBroker('Group coordinator to share coordinator.'),
  [ApiKey.WriteShareGroupState]: interBroker('Group coordinator to share coordinator.'),
  [ApiKey.DeleteShareGroupState]: interBroker('Group coordinator to share coordinator.'),
  [ApiKey.ReadShareGroupStateSummary]: interBroker('Group coordinator to share coordinator.'),
  [ApiKey.StreamsGroupHeartbeat]: groupThenTopics(
    'Read',
    'Describe',
    'KIP-1071 streams groups (unstable in 4.1): read on the group, per topic.',
    {
      also: [
        when('Topic', 'Create', 'internal topics the group needs; Create on the cluster also suffices'),
        when('Cluster', 'Create', 'alternative to Create on the internal topics'),
      ],
    },
  ),
  [ApiKey.StreamsGroupDescribe]: perGroup(
    'Describe',
    'KIP-1071 streams groups (unstable in 4.1): describe per group.',
    {
      also: [when('Topic', 'Describe', "every topic of the group's topology, else the group is answered 29")],
    },
  ),
  [ApiKey.DescribeShareGroupOffsets]: groupThenTopics(
    'Describe',
    'Describe',
    'Describe on the share group, per topic.',
  ),
  [ApiKey.AlterShareGroupOffsets]: groupThenTopics('Read', 'Read', 'Read on the share group, per topic.'),
  [ApiKey.DeleteShareGroupOffsets]: groupThenTopics(
    'Delete',
    'Read',
    'Delete on the share group, per topic.',
  ),
};

/**
 * The authorization of a key the schemas say no broker serves to clients: removed in Kafka 4 (no
 * valid version) or served only on controller listeners. Undefined for a key a broker serves (those
 * are written out above).
 */
function schemaDerived(api: ApiKeyInfo): ApiAuthorization | undefined {
  const removed = api.maxVersion < 0;
  if (!removed && api.listeners.includes('broker')) return undefined;
  return interBroker(
    removed
      ? 'Removed in Kafka 4 (no valid version in the schemas).'
      : `Served only on ${api.listeners.join(', ')} listeners (schema listeners).`,
  );
}

/**
 * Each key of the schemas with its name and authorization, in ascending key order. A key a broker
 * serves without an entry above is left out, so it is denied (a unit test keeps the table complete).
 */
export const API_AUTHORIZATIONS: readonly (ApiAuthorization & {
  readonly apiKey: number;
  readonly name: string;
})[] = SCHEMA_APIS.flatMap((api) => {
  const authorization = AUTHORIZATION[api.apiKey as keyof typeof AUTHORIZATION] ?? schemaDerived(api);
  return authorization === undefined
    ? []
    : [Object.freeze({ apiKey: api.apiKey, name: api.name, ...authorization })];
}).sort((a, b) => a.apiKey - b.apiKey);
