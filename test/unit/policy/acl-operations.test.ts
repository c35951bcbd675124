import { describe, expect, it } from 'vitest';
import {
  ACL_OPERATION_CODE,
  aclChecks,
  authorizedOperationsBits,
  grantedOperations,
  impliedOperations,
} from '../../../src/policy/acl-operations.js';
import { allApiClassifications } from '../../../src/policy/api-classification.js';

describe('ACL checks per API key', () => {
  it('lists the checks of every Kafka 4.1 API key', () => {
    const missing = allApiClassifications()
      .filter((c) => aclChecks(c.apiKey) === undefined)
      .map((c) => c.name);
    expect(missing).toEqual([]);
  });

  it('inter-broker keys need ClusterAction on the cluster', () => {
    for (const c of allApiClassifications().filter((x) => x.category === 'inter-broker')) {
      expect(aclChecks(c.apiKey), c.name).toEqual([{ resourceType: 'Cluster', operation: 'ClusterAction' }]);
    }
  });

  it('grants only the checks made on every request of a key', () => {
    expect(grantedOperations(0, 'Topic')).toEqual(['Write']);
    expect(grantedOperations(0, 'TransactionalId')).toEqual([]);
    expect(grantedOperations(3, 'Topic')).toEqual(['Describe']);
    expect(grantedOperations(3, 'Cluster')).toEqual([]);
    expect(grantedOperations(28, 'Group')).toEqual(['Read']);
    expect(grantedOperations(30, 'Cluster')).toEqual(['Alter']);
  });

  it('Read, Write, Delete and Alter imply Describe; AlterConfigs implies DescribeConfigs', () => {
    for (const op of ['Read', 'Write', 'Delete', 'Alter'] as const) {
      expect(impliedOperations(op)).toEqual([op, 'Describe']);
    }
    expect(impliedOperations('AlterConfigs')).toEqual(['AlterConfigs', 'DescribeConfigs']);
    expect(impliedOperations('Create')).toEqual(['Create']);
  });

  it('encodes operations as the bits of their codes', () => {
    expect(authorizedOperationsBits([])).toBe(0);
    expect(authorizedOperationsBits(['Write'])).toBe((1 << ACL_OPERATION_CODE.Write) | (1 << 8));
    expect(authorizedOperationsBits(['Read', 'Describe'])).toBe((1 << 3) | (1 << 8));
  });
});
