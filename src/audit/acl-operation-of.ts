// The ACL operations a decision event names, as Kafka's authorizer and audit logs (and Strimzi's
// KafkaUser ACLs) name them: Produce is Write on Topic, Fetch is Read on Topic, JoinGroup is Read on
// Group, ... The table is src/policy/acl-operations.ts (the checks Kafka 4.1's broker makes per API
// key); docs/acl-operations.md says it in prose.

import { aclChecks, type AclOperation, type AclResourceType } from '../policy/acl-operations.js';

/** One ACL check of a request: an operation on a resource type. */
export interface AuditAclOperation {
  readonly resourceType: AclResourceType;
  readonly operation: AclOperation;
}

const RESOURCE_TYPE_OF_KIND = {
  topic: 'Topic',
  group: 'Group',
  transactionalId: 'TransactionalId',
} as const satisfies Record<string, AclResourceType>;

/** Which resource kinds a request named (the audit event's topics, groups, transactional ids). */
export type NamedKinds = Readonly<Record<keyof typeof RESOURCE_TYPE_OF_KIND, boolean>>;

/**
 * The checks Kafka makes for a request of `apiKey`: those made on every request of the key, and the
 * conditional ones on a topic, group or transactional id the request names (a transactional
 * Produce's Write on TransactionalId, FindCoordinator's Describe on Group). Cluster checks made only
 * under a condition (a follower fetch, auto-creation) are left out: a client request does not meet
 * them. Empty for keys Kafka never authorizes (ApiVersions, SASL).
 */
export function aclOperationsOf(apiKey: number, named: NamedKinds): AuditAclOperation[] {
  const out: AuditAclOperation[] = [];
  const present = new Set<AclResourceType>(
    (Object.keys(RESOURCE_TYPE_OF_KIND) as Array<keyof typeof RESOURCE_TYPE_OF_KIND>)
      .filter((k) => named[k])
      .map((k) => RESOURCE_TYPE_OF_KIND[k]),
  );
  for (const check of aclChecks(apiKey) ?? []) {
    if (check.condition !== undefined && !present.has(check.resourceType)) continue;
    // "Shapes the answer" checks do not decide the request.
    if (check.condition?.startsWith('shapes the answer')) continue;
    if (out.some((o) => o.resourceType === check.resourceType && o.operation === check.operation)) continue;
    out.push({ resourceType: check.resourceType, operation: check.operation });
  }
  return out;
}

/** The operation checked on a resource of `kind` for `apiKey`, when Kafka checks one. */
export function aclOperationOn(
  apiKey: number,
  kind: keyof typeof RESOURCE_TYPE_OF_KIND,
): AclOperation | undefined {
  const type = RESOURCE_TYPE_OF_KIND[kind];
  const checks = (aclChecks(apiKey) ?? []).filter(
    (c) => c.resourceType === type && !c.condition?.startsWith('shapes the answer'),
  );
  return (checks.find((c) => c.condition === undefined) ?? checks[0])?.operation;
}
