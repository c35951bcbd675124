// The ACL checks Kafka's broker makes for each API key, in Kafka's own terms (resource type,
// operation), and the operations they imply. One table, shared by:
//   - the authorized-operations fields of responses (src/enforcement/authorized-operations.ts):
//     which operations the policy grants a principal on a topic, group or the cluster;
//   - `policy to-acls` (h11c, src/policy/acl-*.ts): the ACLs equivalent to a rule are the checks of
//     every API key the rule covers, for the resources it names. Use `aclChecks(apiKey)` for every
//     check (conditions included, to report what ACLs cannot express) and `grantedOperations` for
//     the ones made on every request of the key.
//
// Source: the broker's request handlers in Apache Kafka 4.1 (`KafkaApis` and the handlers it
// delegates to, `AuthHelper.authorize*` calls) and `AclEntry.supportedOperations`; the implications
// are those of `StandardAuthorizer` (`StandardAcl`/`AclControlManager` matching). docs/acl-operations.md
// says it in prose. Checked against a broker running StandardAuthorizer in
// test/integration/red-team-responses.test.ts (authorized-operations fields) and by the differential
// harness.

/** Kafka's ACL resource types (`org.apache.kafka.common.resource.ResourceType`), by name. */
export type AclResourceType = 'Topic' | 'Group' | 'Cluster' | 'TransactionalId' | 'DelegationToken' | 'User';

/** Kafka's ACL operations (`org.apache.kafka.common.acl.AclOperation`) that a check can name. */
export type AclOperation =
  | 'Read'
  | 'Write'
  | 'Create'
  | 'Delete'
  | 'Alter'
  | 'Describe'
  | 'ClusterAction'
  | 'DescribeConfigs'
  | 'AlterConfigs'
  | 'IdempotentWrite'
  | 'CreateTokens'
  | 'DescribeTokens';

/** Wire codes of the operations (AclOperation.code): the bit positions of authorized-operations fields. */
export const ACL_OPERATION_CODE: Readonly<Record<AclOperation, number>> = {
  Read: 3,
  Write: 4,
  Create: 5,
  Delete: 6,
  Alter: 7,
  Describe: 8,
  ClusterAction: 9,
  DescribeConfigs: 10,
  AlterConfigs: 11,
  IdempotentWrite: 12,
  CreateTokens: 13,
  DescribeTokens: 14,
};

/** Wire codes of the resource types (ResourceType.code), as CreateAcls/DescribeAcls carry them. */
export const ACL_RESOURCE_TYPE_CODE: Readonly<Record<AclResourceType, number>> = {
  Topic: 2,
  Group: 3,
  Cluster: 4,
  TransactionalId: 5,
  DelegationToken: 6,
  User: 7,
};

/** The name of the single cluster resource in ACLs (`kafka-cluster`). */
export const CLUSTER_RESOURCE_NAME = 'kafka-cluster';

/** One authorization the broker makes while handling a request. */
export interface AclCheck {
  readonly resourceType: AclResourceType;
  readonly operation: AclOperation;
  /**
   * Absent: made on every request of the key, for every resource of that type it names (or the
   * cluster). Present: when it is made instead, in words (a request flag, a version, an
   * alternative Kafka accepts in place of another check, or a check that only shapes the answer).
   */
  readonly condition?: string;
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

const CLUSTER_ACTION = [always('Cluster', 'ClusterAction')];
const ALTER_CLUSTER = [always('Cluster', 'Alter')];
const DESCRIBE_CLUSTER = [always('Cluster', 'Describe')];
const GROUP_READ = [always('Group', 'Read')];

// Inter-broker keys: the broker answers a client CLUSTER_AUTHORIZATION_FAILED (they need
// ClusterAction on the cluster, which only brokers hold).
const INTER_BROKER = [4, 5, 6, 7, 27, 52, 53, 54, 56, 58, 59, 62, 63, 67, 70, 73, 82, 83, 84, 85, 86, 87];

// prettier-ignore
const CHECKS: ReadonlyMap<number, readonly AclCheck[]> = new Map<number, readonly AclCheck[]>([
  [0, [always('Topic', 'Write'), when('TransactionalId', 'Write', 'when a record batch is transactional (not merely when the request names a transactional id)')]],
  [1, [always('Topic', 'Read'), when('Cluster', 'ClusterAction', 'follower fetch (replica id >= 0)')]],
  [2, [always('Topic', 'Describe')]],
  [3, [always('Topic', 'Describe'), when('Cluster', 'Create', 'auto-creating a topic (AllowAutoTopicCreation); Create on the topic also suffices'), when('Topic', 'Create', 'auto-creating the topic; Create on the cluster also suffices'), when('Cluster', 'Describe', 'only for ClusterAuthorizedOperations (v8-10)')]],
  [8, [always('Group', 'Read'), always('Topic', 'Read')]],
  [9, [always('Group', 'Describe'), always('Topic', 'Describe')]],
  [10, [when('Group', 'Describe', 'key type 0 (group)'), when('TransactionalId', 'Describe', 'key type 1 (transaction)'), when('Cluster', 'ClusterAction', 'key type 2 (share coordinator)')]],
  [11, GROUP_READ],
  [12, GROUP_READ],
  [13, GROUP_READ],
  [14, GROUP_READ],
  [15, [always('Group', 'Describe')]],
  [16, [when('Cluster', 'Describe', 'lists every group; without it, the groups the caller may Describe')]],
  [19, [always('Topic', 'Create'), when('Cluster', 'Create', 'alternative to Create on the topic'), when('Topic', 'DescribeConfigs', 'shapes the answer: the new topic\'s configs are returned only with it')]],
  [20, [always('Topic', 'Delete'), when('Topic', 'Describe', 'v6 topics named by ID: resolving the ID')]],
  [21, [always('Topic', 'Delete')]],
  [22, [when('TransactionalId', 'Write', 'with a transactional id'), when('Cluster', 'IdempotentWrite', 'without a transactional id; Write on any topic also suffices (KIP-679)')]],
  [23, [always('Topic', 'Describe'), when('Cluster', 'ClusterAction', 'replica id >= 0')]],
  [24, [when('TransactionalId', 'Write', 'v0-3'), when('Topic', 'Write', 'v0-3'), when('Cluster', 'ClusterAction', 'v4+ (broker to coordinator)')]],
  [25, [always('TransactionalId', 'Write'), always('Group', 'Read')]],
  [26, [always('TransactionalId', 'Write')]],
  [28, [always('TransactionalId', 'Write'), always('Group', 'Read'), always('Topic', 'Read')]],
  [29, DESCRIBE_CLUSTER],
  [30, ALTER_CLUSTER],
  [31, ALTER_CLUSTER],
  [32, [always('Topic', 'DescribeConfigs'), always('Group', 'DescribeConfigs'), when('Cluster', 'DescribeConfigs', 'broker, broker-logger and client-metrics resources')]],
  [33, [always('Topic', 'AlterConfigs'), always('Group', 'AlterConfigs'), when('Cluster', 'AlterConfigs', 'broker, broker-logger and client-metrics resources')]],
  [34, ALTER_CLUSTER],
  [35, DESCRIBE_CLUSTER],
  [37, [always('Topic', 'Alter')]],
  [38, [when('User', 'CreateTokens', 'a token for another owner; a token for oneself needs no ACL')]],
  [39, []],
  [40, []],
  [41, [when('DelegationToken', 'Describe', 'tokens of other owners'), when('User', 'DescribeTokens', 'tokens of another owner')]],
  [42, [always('Group', 'Delete')]],
  [43, ALTER_CLUSTER],
  [44, [always('Topic', 'AlterConfigs'), always('Group', 'AlterConfigs'), when('Cluster', 'AlterConfigs', 'broker, broker-logger and client-metrics resources')]],
  [45, ALTER_CLUSTER],
  [46, DESCRIBE_CLUSTER],
  [47, [always('Group', 'Delete'), always('Topic', 'Read')]],
  [48, [always('Cluster', 'DescribeConfigs')]],
  [49, [always('Cluster', 'AlterConfigs')]],
  [50, DESCRIBE_CLUSTER],
  [51, ALTER_CLUSTER],
  [55, DESCRIBE_CLUSTER],
  [57, ALTER_CLUSTER],
  [60, [when('Cluster', 'Describe', 'only for ClusterAuthorizedOperations; the request itself is never refused')]],
  [61, [always('Topic', 'Read')]],
  [64, ALTER_CLUSTER],
  [65, [always('TransactionalId', 'Describe'), when('Topic', 'Describe', 'shapes the answer: partitions of topics the caller may not Describe are left out')]],
  [66, [when('TransactionalId', 'Describe', 'the listing holds only the ids the caller may Describe')]],
  [68, [always('Group', 'Read'), always('Topic', 'Describe')]],
  [69, [always('Group', 'Describe'), when('Topic', 'Describe', 'every topic of a member\'s assignment or target assignment, else the group is answered 29 (KAFKA-18813)')]],
  [74, [always('Cluster', 'DescribeConfigs')]],
  [75, [always('Topic', 'Describe')]],
  [76, [always('Group', 'Read'), always('Topic', 'Describe')]],
  [77, [always('Group', 'Describe'), when('Topic', 'Describe', 'every topic of a member\'s assignment, else the group is answered 29')]],
  [78, [always('Group', 'Read'), always('Topic', 'Read')]],
  [79, [always('Group', 'Read'), always('Topic', 'Read')]],
  [80, ALTER_CLUSTER],
  [81, ALTER_CLUSTER],
  [88, [always('Group', 'Read'), always('Topic', 'Describe'), when('Topic', 'Create', 'internal topics the group needs; Create on the cluster also suffices'), when('Cluster', 'Create', 'alternative to Create on the internal topics')]],
  [89, [always('Group', 'Describe'), when('Topic', 'Describe', 'every topic of the group\'s topology, else the group is answered 29')]],
  [90, [always('Group', 'Describe'), always('Topic', 'Describe')]],
  [91, [always('Group', 'Read'), always('Topic', 'Read')]],
  [92, [always('Group', 'Delete'), always('Topic', 'Read')]],
  ...INTER_BROKER.map((key): [number, readonly AclCheck[]] => [key, CLUSTER_ACTION]),
  // Never authorized: SaslHandshake, ApiVersions, SaslAuthenticate, the KIP-714 telemetry calls.
  [17, []],
  [18, []],
  [36, []],
  [71, []],
  [72, []],
]);

/**
 * Every ACL check the broker makes for an API key, conditional ones included; undefined for a key
 * Kafka 4.1 does not define. An empty list: the key is never authorized.
 */
export function aclChecks(apiKey: number): readonly AclCheck[] | undefined {
  return CHECKS.get(apiKey);
}

/**
 * The operations on one resource type that every request of `apiKey` is checked for: what a policy
 * that allows the key on a resource grants on it, in ACL terms (before implications).
 */
export function grantedOperations(apiKey: number, resourceType: AclResourceType): AclOperation[] {
  const out: AclOperation[] = [];
  for (const check of CHECKS.get(apiKey) ?? []) {
    if (check.condition === undefined && check.resourceType === resourceType) out.push(check.operation);
  }
  return out;
}

/**
 * What holding `operation` also grants under StandardAuthorizer: Read, Write, Delete and Alter imply
 * Describe; AlterConfigs implies DescribeConfigs. The operation itself comes first.
 */
export function impliedOperations(operation: AclOperation): AclOperation[] {
  switch (operation) {
    case 'Read':
    case 'Write':
    case 'Delete':
    case 'Alter':
      return [operation, 'Describe'];
    case 'AlterConfigs':
      return [operation, 'DescribeConfigs'];
    default:
      return [operation];
  }
}

/**
 * The operations Kafka can report for a resource type (`AclEntry.supportedOperations`), i.e. what an
 * authorizer-less broker puts in an authorized-operations field.
 */
export const SUPPORTED_OPERATIONS: Readonly<Record<AclResourceType, readonly AclOperation[]>> = {
  Topic: ['Read', 'Write', 'Create', 'Describe', 'Delete', 'Alter', 'DescribeConfigs', 'AlterConfigs'],
  Group: ['Read', 'Describe', 'Delete', 'DescribeConfigs', 'AlterConfigs'],
  Cluster: [
    'Create',
    'ClusterAction',
    'DescribeConfigs',
    'AlterConfigs',
    'IdempotentWrite',
    'Alter',
    'Describe',
  ],
  TransactionalId: ['Describe', 'Write'],
  DelegationToken: ['Describe'],
  User: ['CreateTokens', 'DescribeTokens'],
};

/**
 * The 32-bit field of an authorized-operations response field (`Utils.to32BitField`): bit
 * `ACL_OPERATION_CODE[op]` set for each operation, implications included.
 */
export function authorizedOperationsBits(operations: Iterable<AclOperation>): number {
  let bits = 0;
  for (const op of operations) {
    for (const implied of impliedOperations(op)) bits |= 1 << ACL_OPERATION_CODE[implied];
  }
  return bits;
}

/**
 * Cluster operations granted by an allow rule that names no topic, group or transactional id (an
 * unscoped rule, which covers every resource of its API keys) for `apiKey`, beyond the
 * unconditional checks: Kafka accepts these cluster-wide grants in place of per-resource ones
 * (IdempotentWrite for an idempotent InitProducerId, Create for CreateTopics of any topic), and
 * broker configurations are reached only through them.
 */
export function unscopedClusterOperations(apiKey: number): AclOperation[] {
  const extra = UNSCOPED_CLUSTER.get(apiKey) ?? [];
  return [...grantedOperations(apiKey, 'Cluster'), ...extra];
}

const UNSCOPED_CLUSTER: ReadonlyMap<number, readonly AclOperation[]> = new Map<
  number,
  readonly AclOperation[]
>([
  [19, ['Create']],
  [22, ['IdempotentWrite']],
  [32, ['DescribeConfigs']],
  [33, ['AlterConfigs']],
  [44, ['AlterConfigs']],
]);
