import kafkajs from 'kafkajs';
import type { AclEntry, Admin } from 'kafkajs';
import type { AclOperation, AclResourceType, AclSpec } from './types.js';
import { KafkaHarnessError } from './errors.js';

const { AclResourceTypes, AclOperationTypes, AclPermissionTypes, ResourcePatternTypes } = kafkajs;

const RESOURCE_TYPES: Record<AclResourceType, number> = {
  topic: AclResourceTypes.TOPIC,
  group: AclResourceTypes.GROUP,
  cluster: AclResourceTypes.CLUSTER,
  'transactional-id': AclResourceTypes.TRANSACTIONAL_ID,
};

const OPERATIONS: Record<AclOperation, number> = {
  all: AclOperationTypes.ALL,
  read: AclOperationTypes.READ,
  write: AclOperationTypes.WRITE,
  create: AclOperationTypes.CREATE,
  delete: AclOperationTypes.DELETE,
  alter: AclOperationTypes.ALTER,
  describe: AclOperationTypes.DESCRIBE,
  'cluster-action': AclOperationTypes.CLUSTER_ACTION,
  'describe-configs': AclOperationTypes.DESCRIBE_CONFIGS,
  'alter-configs': AclOperationTypes.ALTER_CONFIGS,
  'idempotent-write': AclOperationTypes.IDEMPOTENT_WRITE,
};

export function toKafkajsAcl(spec: AclSpec): AclEntry {
  return {
    principal: spec.principal,
    host: spec.host ?? '*',
    resourceType: RESOURCE_TYPES[spec.resourceType],
    resourceName: spec.resourceName,
    resourcePatternType:
      spec.patternType === 'prefixed' ? ResourcePatternTypes.PREFIXED : ResourcePatternTypes.LITERAL,
    operation: OPERATIONS[spec.operation],
    permissionType: spec.permission === 'deny' ? AclPermissionTypes.DENY : AclPermissionTypes.ALLOW,
  } as AclEntry;
}

const sameAcl = (
  a: AclEntry,
  b: Omit<AclEntry, 'resourceType' | 'resourceName' | 'resourcePatternType'>,
): boolean =>
  a.principal === b.principal &&
  a.host === b.host &&
  a.operation === b.operation &&
  a.permissionType === b.permissionType;

/**
 * Creates the ACLs through an admin connection and polls DescribeAcls until all are visible, since
 * brokers apply new ACLs from the metadata log asynchronously.
 */
export async function createAclsAndWait(
  admin: Admin,
  specs: readonly AclSpec[],
  timeoutMs = 30_000,
): Promise<void> {
  if (specs.length === 0) return;
  const entries = specs.map(toKafkajsAcl);
  await admin.createAcls({ acl: entries });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let missing = 0;
    for (const entry of entries) {
      const found = await admin.describeAcls({
        resourceType: entry.resourceType,
        resourceName: entry.resourceName,
        resourcePatternType: entry.resourcePatternType,
        principal: entry.principal,
        host: entry.host,
        operation: entry.operation,
        permissionType: entry.permissionType,
      });
      const visible = found.resources.some((resource) =>
        resource.acls.some((acl) => sameAcl(entry, acl as AclEntry)),
      );
      if (!visible) missing++;
    }
    if (missing === 0) return;
    if (Date.now() > deadline) {
      throw new KafkaHarnessError(
        `${missing} of ${entries.length} ACLs not visible within ${timeoutMs} ms of creation`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
