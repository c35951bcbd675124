// Enforcement: the policy engine wired into the request path.
//   const enforcement = await startPolicyEnforcement(config, log);   // undefined without policy.file
//   await startProxy(config, { filter: enforcement?.filter });
// Or by hand: new PolicyEnforcementFilter({ policy: store, sink, topicIds: new TopicIdResolver(lookup) }).

export { BrokerTopicLookup, type TopicIdAnswer, type TopicLookup } from './broker-topic-lookup.js';
export { ConnectionPolicy } from './connection-policy.js';
export { skeletonOf } from './default-value-reader.js';
export { FetchSessionEnforcement, brokerKeyOf } from './fetch-session-enforcement.js';
export {
  FetchSessionTracker,
  TrackedSession,
  type FetchSessionTrackerOptions,
  type FetchSessionTrackerStats,
} from './fetch-session-tracker.js';
export {
  PolicyEnforcementFilter,
  type EnforcementCounters,
  type PolicyEnforcementOptions,
} from './policy-enforcement-filter.js';
export {
  startPolicyEnforcement,
  type PolicyEnforcement,
  type PolicyEnforcementSetupOptions,
} from './policy-enforcement-setup.js';
export { TopicIdResolver, type TopicIdResolution } from './topic-id-resolver.js';
export { apiModule, API_MODULES } from './apis/registry.js';
export type { ApiModule } from './apis/api-module.js';
export { wholeRequestDenial } from './apis/whole-denial.js';
