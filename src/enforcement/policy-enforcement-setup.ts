// Builds the enforcement filter from the proxy configuration: the policy file (watched, hot
// reloaded), the decision sink, and the topic ID resolver that can ask the broker for IDs it has not
// seen. Without a policy file the proxy forwards everything and says so at start.

import type { ProxyConfig } from '../config/proxy-config.js';
import type { KubernetesPods } from '../identity/kubernetes-pods.js';
import type { Logger } from '../log.js';
import { PinoDenialSink, PolicyStore, type DecisionSink } from '../policy/index.js';
import { upstreamTls } from '../upstream/connect-upstream.js';
import { BrokerTopicLookup } from './broker-topic-lookup.js';
import { CLUSTER_TOPICS_MAX_AGE_MS, ClusterTopics } from './cluster-topics.js';
import { PolicyEnforcementFilter } from './policy-enforcement-filter.js';
import { TopicIdResolver } from './topic-id-resolver.js';

export interface PolicyEnforcement {
  readonly filter: PolicyEnforcementFilter;
  readonly store: PolicyStore;
  readonly topicIds: TopicIdResolver;
  /** The pod watch, when pod identity is on (kubernetes.enabled, or a `kubernetes` identity source). */
  readonly pods: KubernetesPods | undefined;
  /** Stops watching the policy file (and pods). */
  close(): void;
}

export interface PolicyEnforcementSetupOptions {
  /** Extra sinks; the pino denial log is always one of them unless `sink` replaces it. */
  readonly sink?: DecisionSink;
  /** How quickly a changed file is re-read; the default applies a change within a second. */
  readonly debounceMs?: number;
  readonly pollIntervalMs?: number;
}

/**
 * Opens the configured policy (throws PolicyLoadError when it is invalid: a proxy must not start
 * with a policy it cannot enforce) or returns undefined, with a warning, when none is configured.
 */
export async function startPolicyEnforcement(
  config: ProxyConfig,
  log: Logger,
  options: PolicyEnforcementSetupOptions = {},
): Promise<PolicyEnforcement | undefined> {
  const policyConfig = config.policy;
  if (policyConfig === undefined || !policyConfig.enabled || policyConfig.file === undefined) {
    log.warn(
      { event: 'policy.none' },
      'no policy in force: every request is forwarded (set policy.file or KAFKA_L7_PROXY_POLICY_FILE)',
    );
    return undefined;
  }
  const policyLog = log.child({ component: 'policy' });
  const store = await PolicyStore.open(policyConfig.file, {
    logger: policyLog,
    debounceMs: options.debounceMs ?? 100,
    pollIntervalMs: options.pollIntervalMs ?? 1000,
  });
  store.watch();
  const lookup = new BrokerTopicLookup(
    config.upstream.bootstrapServers,
    upstreamTls(config.upstream.tls),
    config.upstream.connectTimeoutMs,
    config.upstream.sasl,
  );
  const topicIds = new TopicIdResolver(lookup, (error) =>
    policyLog.warn({ err: error.message }, 'cannot ask the broker for topic IDs; unknown IDs are denied'),
  );
  const clusterTopics = new ClusterTopics(lookup, topicIds, CLUSTER_TOPICS_MAX_AGE_MS, Date.now, (error) =>
    policyLog.warn(
      { err: error.message },
      'cannot list the cluster topics (brokers that require SASL need upstream.sasl): KIP-848 regex subscriptions resolve against the last listing, or to no topic',
    ),
  );
  const wantsPods =
    config.kubernetes.enabled ??
    store.current().policy.identities.some((source) => source.type === 'kubernetes');
  let pods: KubernetesPods | undefined;
  if (wantsPods) {
    // Loaded only when needed: the Kubernetes client is large, and most commands never use it.
    const { KubernetesPods } = await import('../identity/kubernetes-pods.js');
    pods = new KubernetesPods({
      ...(config.kubernetes.kubeconfig ? { kubeconfig: config.kubernetes.kubeconfig } : {}),
      maxStaleMs: config.kubernetes.maxStaleMs,
      clusterName: config.kubernetes.clusterName,
      log: log.child({ component: 'kubernetes' }),
    });
    pods.start();
    policyLog.info(
      { event: 'kubernetes.watch', server: pods.server, maxStaleMs: config.kubernetes.maxStaleMs },
      'watching Pods and Namespaces for pod identity; /readyz waits for the first full list',
    );
  }
  const filter = new PolicyEnforcementFilter({
    policy: store,
    sink: options.sink ?? new PinoDenialSink(policyLog),
    topicIds,
    clusterTopics,
    log: policyLog,
    ...(pods ? { pods } : {}),
  });
  policyLog.info(
    { event: 'policy.loaded', file: store.path, generation: store.generation },
    'policy in force',
  );
  return {
    filter,
    store,
    topicIds,
    pods,
    close: () => {
      store.close();
      pods?.stop();
    },
  };
}
