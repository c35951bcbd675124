// The whole proxy as `kafka-l7-proxy run` starts it: audit sinks and admin port first (a proxy that
// cannot audit must not open its listeners), then the policy, then the listeners with the
// enforcement filter wrapped for audit mode and deny-on-audit-failure.

import type { ProxyConfig } from '../config/proxy-config.js';
import { auditedFilter } from '../audit/audited-filter.js';
import { forwardEverything } from '../connection/request-decision.js';
import { startPolicyEnforcement, type PolicyEnforcement } from '../enforcement/policy-enforcement-setup.js';
import type { Logger } from '../log.js';
import { startProxy, type RunningProxy } from '../proxy/proxy.js';
import { canonicalAddress } from '../identity/cidr.js';
import type { PodIdentity } from '../identity/kubernetes-pods.js';
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
  observability.attachPolicyStore(enforcement?.store, enforcement?.pods, enforcement?.policyObjects);
  const pods = enforcement?.pods;
  if (pods && enforcement) {
    const filter = enforcement.filter;
    const podLog = log.child({ component: 'kubernetes' });
    // Connections identified as a pod never outlive its claim on their address.
    pods.on('released', (address: string, old: PodIdentity) => {
      const closed = proxy.closeConnections(
        (c) => filter.podOf(c)?.uid === old.uid && canonicalAddress(c.remoteAddress) === address,
        `address ${address} no longer belongs to pod ${old.namespace}/${old.name}`,
      );
      if (closed > 0)
        podLog.info(
          { event: 'kubernetes.connections-closed', address, pod: `${old.namespace}/${old.name}`, closed },
          'closed connections of a pod that no longer owns its address',
        );
    });
    pods.on('expired', () => {
      const closed = proxy.closeConnections(
        (c) => filter.podOf(c) !== undefined,
        'pod identities expired: Kubernetes API unreachable for longer than kubernetes.maxStaleMs',
      );
      podLog.error(
        { event: 'kubernetes.connections-closed', closed },
        'closed every connection identified by pod (fail closed)',
      );
    });
  }
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
