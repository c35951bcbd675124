// Builds the enforcement filter from the proxy configuration: the policy file (watched, hot
// reloaded), the decision sink, and the topic ID resolver that can ask the broker for IDs it has not
// seen. Without a policy file the proxy forwards everything and says so at start.

import type { ProxyConfig } from '../config/proxy-config.js';
import type { KubernetesPods } from '../identity/kubernetes-pods.js';
import type { Logger } from '../log.js';
import { PinoDenialSink, PolicyStore, type DecisionSink } from '../policy/index.js';
import type { KubernetesPolicyWatch } from '../policy/kubernetes-policy-watch.js';
import type { ReloadingPolicySource } from '../policy/policy-store.js';
import { upstreamTls } from '../upstream/connect-upstream.js';
import { BrokerTopicLookup } from './broker-topic-lookup.js';
import { CLUSTER_TOPICS_MAX_AGE_MS, ClusterTopics } from './cluster-topics.js';
import { PolicyEnforcementFilter } from './policy-enforcement-filter.js';
import { TopicIdResolver } from './topic-id-resolver.js';

export interface PolicyEnforcement {
  readonly filter: PolicyEnforcementFilter;
  /** The policy in force: the file's store, or the file combined with policy objects. */
  readonly store: ReloadingPolicySource;
  /** The watch of policy objects, when kubernetes.policies.enabled. */
  readonly policyObjects: KubernetesPolicyWatch | undefined;
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
  const objectsWanted = config.kubernetes.policies.enabled;
  if (
    policyConfig === undefined ||
    !policyConfig.enabled ||
    (policyConfig.file === undefined && !objectsWanted)
  ) {
    log.warn(
      { event: 'policy.none' },
      'no policy in force: every request is forwarded (set policy.file or KAFKA_L7_PROXY_POLICY_FILE, or kubernetes.policies.enabled)',
    );
    return undefined;
  }
  const policyLog = log.child({ component: 'policy' });
  const fileStore =
    policyConfig.file === undefined
      ? undefined
      : await PolicyStore.open(policyConfig.file, {
          logger: policyLog,
          debounceMs: options.debounceMs ?? 100,
          pollIntervalMs: options.pollIntervalMs ?? 1000,
        });
  fileStore?.watch();
  let store: ReloadingPolicySource = fileStore!;
  let policyObjects: KubernetesPolicyWatch | undefined;
  if (objectsWanted) {
    // Loaded only when needed: the Kubernetes client is large, and most commands never use it.
    const [{ CombinedPolicySource }, { KubernetesPolicyWatch }, { loadKubeConfig }] = await Promise.all([
      import('../policy/combined-policy-source.js'),
      import('../policy/kubernetes-policy-watch.js'),
      import('../identity/kubernetes-pods.js'),
    ]);
    const combined = new CombinedPolicySource(fileStore);
    const p = config.kubernetes.policies;
    policyObjects = new KubernetesPolicyWatch({
      kubeConfig: loadKubeConfig(config.kubernetes.kubeconfig),
      kafkaPolicies: p.kafkaPolicies,
      networkPolicies: p.networkPolicies,
      ciliumPolicies: p.ciliumPolicies,
      ...(p.brokerLabels ? { brokerLabels: p.brokerLabels } : {}),
      ...(p.kafkaPorts ? { kafkaPorts: p.kafkaPorts } : {}),
      knownKafkaPorts: upstreamPorts(config.upstream.bootstrapServers),
      writeStatus: p.writeStatus,
      log: policyLog,
    });
    policyObjects.on('parts', (parts) => {
      const outcome = combined.setObjects(parts);
      if (outcome.result === 'applied')
        policyLog.info(
          {
            event: 'policy.reload.applied',
            source: 'kubernetes',
            generation: outcome.generation,
            objects: combined.objectOrigins,
          },
          'policy objects changed; policy recombined',
        );
    });
    policyObjects.on('rejected', (errors, label: string) => combined.rejected(errors, label));
    await policyObjects.start();
    policyLog.info(
      { event: 'policy.objects.watch', server: policyObjects.server, brokerLabels: p.brokerLabels ?? null },
      'watching policy objects; /readyz waits for their first full list',
    );
    if (!p.brokerLabels && p.networkPolicies)
      policyLog.warn(
        { event: 'policy.objects.no-broker-labels' },
        'kubernetes.policies.brokerLabels is not set: no network policy selects the brokers, so none applies',
      );
    store = combined;
  }
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
    (objectsWanted || store.current().policy.identities.some((source) => source.type === 'kubernetes'));
  let pods: KubernetesPods | undefined;
  if (wantsPods) {
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
    policyObjects,
    topicIds,
    pods,
    close: () => {
      store.close();
      policyObjects?.stop();
      pods?.stop();
    },
  };
}

/** The port numbers of `host:port` bootstrap addresses (IPv6 in brackets), without repeats. */
function upstreamPorts(servers: readonly string[]): number[] {
  return [...new Set(servers.map((s) => Number(s.slice(s.lastIndexOf(':') + 1))).filter(Number.isInteger))];
}
