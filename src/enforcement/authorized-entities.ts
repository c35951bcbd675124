// The names of a request that Kafka authorizes: those of the resource kinds its API is authorized
// on (api-classification.ts). A request may carry other names that no ACL is checked against: the
// topics of ListPartitionReassignments, AlterPartitionReassignments and ElectLeaders are authorized
// by Describe or Alter on the cluster alone, so a policy that opens those APIs must not refuse them
// for the topics they name.

import type { RequestEntities } from '../../protocol/partial/index.js';
import type { ApiClassification } from '../policy/index.js';

/** `entities` without the kinds `api` is not authorized on (topic IDs count as topics). */
export function authorizedEntities(api: ApiClassification, entities: RequestEntities): RequestEntities {
  const has = (kind: string): boolean =>
    api.resources.includes(kind as ApiClassification['resources'][number]);
  return {
    topicNames: has('topic') ? entities.topicNames : [],
    topicIds: has('topic') ? entities.topicIds : [],
    groupIds: has('group') ? entities.groupIds : [],
    transactionalIds: has('transactionalId') ? entities.transactionalIds : [],
  };
}
