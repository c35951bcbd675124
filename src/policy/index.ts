// The policy engine's public surface, for the proxy:
//   const store = await PolicyStore.open(path, { logger }); store.watch();
//   const identity = resolveIdentity(store.current().policy.identities, connectionAttributes);
//   const decisions = new ConnectionDecisions(store, { id, principal: identity.principal, ... }, sink);
//   const d = decisions.decide({ apiKey, apiVersion, clientId, topics, groups, transactionalIds });
//   d.api / d.topics[i] / d.groups[i] / d.transactionalIds[i]: allowed, errorCode, rule, reason.

export {
  API_KEYS,
  DENIAL_ERROR_CODE,
  allApiClassifications,
  classifyApiKey,
  isAlwaysAllowed,
  isClientFacing,
  lookupApi,
  type ApiCategory,
  type ApiClassification,
  type ResourceKind,
} from './api-classification.js';
export {
  ConnectionDecisions,
  FixedPolicySource,
  type ConnectionIdentity,
  type PolicySource,
} from './connection-decisions.js';
export {
  FanOutDecisionSink,
  PinoDenialSink,
  RecordingDecisionSink,
  type DecisionEvent,
  type DecisionSink,
} from './decision-events.js';
export {
  CompiledPolicy,
  compilePolicy,
  type EndpointLabels,
  type NamedResourceKind,
  type PolicyDecision,
  type RequestDescription,
  type ResourceDecision,
  type RuleRef,
} from './engine.js';
export { PolicyError, PolicyLoadError } from './policy-error.js';
export { loadPolicyFile, parsePolicy, type PolicyLoadResult } from './policy-loader.js';
export type { Policy, PolicyRule, PolicyRuleSet } from './policy-model.js';
export {
  PolicyStore,
  type PolicyReloadStats,
  type ReloadOutcome,
  type ReloadResult,
} from './policy-store.js';
export { ROLES, roleGrants, type Role } from './roles.js';
export {
  resolveIdentity,
  tlsPeerFromAltNames,
  type ConnectionAttributes,
  type ResolvedIdentity,
} from '../identity/identity-resolver.js';
