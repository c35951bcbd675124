// Metrics of the pod watch behind the `kubernetes` identity source (src/identity/kubernetes-pods.ts):
// whether pod identities can be trusted right now, and how often the watch was lost.

import { Counter, Gauge, type Registry } from 'prom-client';
import type { KubernetesPodsStats } from '../identity/kubernetes-pods.js';
import { METRIC_PREFIX } from './proxy-metrics.js';

/** Registers the kubernetes_* metrics; `stats` is read at every scrape. */
export function registerKubernetesMetrics(registry: Registry, stats: () => KubernetesPodsStats): void {
  const p = `${METRIC_PREFIX}kubernetes_`;
  const registers = [registry];
  const gauge = (name: string, help: string, value: (s: KubernetesPodsStats) => number): void => {
    new Gauge({
      name: p + name,
      help,
      registers,
      collect() {
        this.set(value(stats()));
      },
    });
  };
  gauge('synced', '1 once Pods and Namespaces were listed from the Kubernetes API', (s) =>
    s.synced ? 1 : 0,
  );
  gauge('watch_connected', '1 while the Pod and Namespace watches are connected', (s) =>
    s.connected ? 1 : 0,
  );
  gauge(
    'identity_expired',
    '1 while pod identities are refused because the watch was lost for longer than kubernetes.maxStaleMs',
    (s) => (s.expired ? 1 : 0),
  );
  gauge(
    'watch_stale_seconds',
    'Seconds since the watch was lost (0 while connected)',
    (s) => s.staleForMs / 1000,
  );
  gauge('pods', 'Pods known from the watch', (s) => s.pods);
  gauge('identified_addresses', 'Addresses that identify a running pod', (s) => s.identifiedAddresses);
  gauge('node_addresses', 'Node addresses (never identified as a pod)', (s) => s.nodeAddresses);
  new Counter({
    name: `${p}watch_lost_total`,
    help: 'Times the Pod or Namespace watch was lost',
    registers,
    collect() {
      this.reset();
      this.inc(stats().watchLosses);
    },
  });
  new Counter({
    name: `${p}addresses_released_total`,
    help: 'Times an address stopped identifying its pod (deleted, not running, IP reused); its connections were closed',
    registers,
    collect() {
      this.reset();
      this.inc(stats().released);
    },
  });
}
