// The reference broker's ACLs for a policy file, from `policy to-acls`'s translator: the reference
// tests and the differential harness configure StandardAuthorizer with what the product itself says
// is equivalent, instead of ACLs written by hand next to the policy.

import { readFileSync } from 'node:fs';
import {
  translatePolicyToAcls,
  type AclBinding,
  type AclTranslation,
} from '../../src/policy/acl-translation.js';
import { parsePolicy } from '../../src/policy/policy-loader.js';
import type { AclOperation, AclSpec } from '../harness/types.js';

/** The harness's ACL form of one binding (`READ` -> `read`, `TRANSACTIONAL_ID` -> `transactional-id`). */
export function aclSpecOf(binding: AclBinding): AclSpec {
  return {
    principal: binding.principal,
    host: binding.host,
    resourceType:
      binding.resourceType === 'TRANSACTIONAL_ID'
        ? 'transactional-id'
        : (binding.resourceType.toLowerCase() as 'topic' | 'group' | 'cluster'),
    resourceName: binding.resourceName,
    patternType: binding.patternType === 'PREFIXED' ? 'prefixed' : 'literal',
    operation: binding.operation.toLowerCase().replaceAll('_', '-') as AclOperation,
    permission: binding.permission === 'DENY' ? 'deny' : 'allow',
  };
}

/** Loads and translates a policy file; throws when it does not load. */
export function translatePolicyFile(path: string): AclTranslation {
  const loaded = parsePolicy(readFileSync(path, 'utf8'), path);
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.toString()).join('\n'));
  return translatePolicyToAcls(loaded.policy);
}

/** The ACLs equivalent to a policy file, ready for `KafkaCluster.addAcls`. */
export function policyAcls(path: string): AclSpec[] {
  return translatePolicyFile(path).acls.map(aclSpecOf);
}
