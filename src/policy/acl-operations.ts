// The ACL checks Kafka's broker makes for each API key, in Kafka's own terms (resource type,
// operation), and the operations they imply. The checks of each key are written in its entry of
// api-authorization.ts (keyed by the generated `ApiKey` enum); this module answers from them for:
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

import { API_AUTHORIZATIONS } from './api-authorization.js';

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

const CHECKS: ReadonlyMap<number, readonly AclCheck[]> = new Map(
  API_AUTHORIZATIONS.map((a) => [a.apiKey, a.checks]),
);

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
  return [...grantedOperations(apiKey, 'Cluster'), ...(UNSCOPED_CLUSTER.get(apiKey) ?? [])];
}

const UNSCOPED_CLUSTER: ReadonlyMap<number, readonly AclOperation[]> = new Map(
  API_AUTHORIZATIONS.map((a) => [a.apiKey, a.unscopedCluster ?? []]),
);
