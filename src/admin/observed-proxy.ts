// The whole proxy as `kafka-l7-proxy run` starts it: audit sinks and admin port first (a proxy that
// cannot audit must not open its listeners), then the policy, then the listeners with the
// enforcement filter wrapped for audit mode and deny-on-audit-failure.

import type { ProxyConfig } from '../config/proxy-config.js';
import { auditedFilter } from '../audit/audited-filter.js';
import { forwardEverything } from '../connection/request-decision.js';
import { startPolicyEnforcement, type PolicyEnforcement } from '../enforcement/policy-enforcement-setup.js';
import type { Logger } from '../log.js';
import { startProxy, type RunningProxy } from '../proxy/proxy.js';
import { startObservability, type Observability } from './observability.js';

export interface ObservedProxy {
  readonly proxy: RunningProxy;
  readonly observability: Observability;
  /** Undefined when no policy file is configured (everything is forwarded). */
  readonly enforcement: PolicyEnforcement | undefined;
  /** Drains the proxy, then stops watching the policy and flushes the audit trail. */
  drain(): Promise<void>;
  stop(): Promise<void>;
}

/** Throws AuditStartError, an admin listen error or PolicyLoadError before any listener opens. */
export async function startObservedProxy(config: ProxyConfig, log: Logger): Promise<ObservedProxy> {
  const mode = (): 'enforce' | 'audit' => config.policy.mode;
  const observability = await startObservability(config, { log, mode });
  let enforcement: PolicyEnforcement | undefined;
  try {
    enforcement = await startPolicyEnforcement(config, log, { sink: observability.decisionSink });
  } catch (error) {
    await observability.close();
    throw error;
  }
  const audit = observability.audit;
  const filter = auditedFilter(enforcement?.filter ?? forwardEverything, {
    mode,
    admitsRequests: () => audit.admitsRequests(),
  });
  let proxy: RunningProxy;
  try {
    proxy = await startProxy(config, { log, filter });
  } catch (error) {
    enforcement?.close();
    await observability.close();
    throw error;
  }
  observability.attachPolicyStore(enforcement?.store);
  const topicIds = enforcement?.topicIds;
  if (topicIds) observability.attachTopicIds((name) => topicIds.idOf(name));
  observability.attachProxy(proxy);
  const finish = async (): Promise<void> => {
    enforcement?.close();
    await observability.close();
  };
  return {
    proxy,
    observability,
    enforcement,
    drain: () => proxy.drain().then(finish),
    stop: () => proxy.stop().then(finish),
  };
}
