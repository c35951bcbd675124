// Metadata (3): topics by name (or by ID from v10), or every topic (a null list; an empty one in v0).
// - Names: Describe per named topic; auto-creating a missing topic needs Create (on the topic or
//   the cluster).
// - Denial: a denied named topic answered TOPIC_AUTHORIZATION_FAILED in the broker's answer.
// - Reveals: a request for every topic lists only the topics the caller may Describe (the decision
//   lives in metadata-enforcement.ts); TopicAuthorizedOperations and (v8-10)
//   ClusterAuthorizedOperations restricted to the policy's grants.

import { ApiKey } from '../../../protocol/generated/api-keys.js';
import { restrict } from '../authorized-operations.js';
import { decideMetadata } from '../metadata-enforcement.js';
import type { ApiModule } from './api-module.js';

/** Metadata v8+ can ask for authorized operations (KIP-430); the cluster's only up to v10. */
const AUTHORIZED_OPERATIONS_FROM = 8;
const CLUSTER_AUTHORIZED_OPERATIONS_UNTIL = 10;

export const metadata: ApiModule<typeof ApiKey.Metadata> = {
  apiKey: ApiKey.Metadata,
  handling: 'decided',
  decide: (ctx, request) =>
    ctx.counted(decideMetadata(ctx.header, ctx.frame, request, ctx.policy, ctx.services.topicIds)),
  reveals(request, v, ops) {
    const topicsAsked = v >= AUTHORIZED_OPERATIONS_FROM && request.includeTopicAuthorizedOperations;
    const clusterAsked =
      v >= AUTHORIZED_OPERATIONS_FROM &&
      v <= CLUSTER_AUTHORIZED_OPERATIONS_UNTIL &&
      request.includeClusterAuthorizedOperations;
    if (!topicsAsked && !clusterAsked) return undefined;
    return (response) => {
      const o = ops();
      if (clusterAsked) {
        response.clusterAuthorizedOperations = restrict(response.clusterAuthorizedOperations, o.cluster());
      }
      for (const t of response.topics) {
        t.topicAuthorizedOperations = restrict(
          t.topicAuthorizedOperations,
          t.name === null ? 0 : o.topic(t.name),
        );
      }
    };
  },
};
