// Metrics of the pod watch behind the `kubernetes` identity source (src/identity/kubernetes-pods.ts):
// whether pod identities can be trusted right now, and how often the watch was lost.

import type { Registry } from 'prom-client';
import type { KubernetesPodsStats } from '../identity/kubernetes-pods.js';
import { METRIC_PREFIX } from './proxy-metrics.js';
import { counter, flag, gauge, registerScrapedMetrics, type ScrapedMetric } from './scraped-metrics.js';

/** The kubernetes_* metrics, read from the pod watch's stats at every scrape. */
const KUBERNETES_METRICS: readonly ScrapedMetric<KubernetesPodsStats>[] = [
  gauge('synced', '1 once Pods and Namespaces were listed from the Kubernetes API', (s) => flag(s.synced)),
  gauge('watch_connected', '1 while the Pod and Namespace watches are connected', (s) => flag(s.connected)),
  gauge(
    'identity_expired',
    '1 while pod identities are refused because the watch was lost for longer than kubernetes.maxStaleMs',
    (s) => flag(s.expired),
  ),
  gauge(
    'watch_stale_seconds',
    'Seconds since the watch was lost (0 while connected)',
    (s) => s.staleForMs / 1000,
  ),
  gauge('pods', 'Pods known from the watch', (s) => s.pods),
  gauge('identified_addresses', 'Addresses that identify a running pod', (s) => s.identifiedAddresses),
  gauge('node_addresses', 'Node addresses (never identified as a pod)', (s) => s.nodeAddresses),
  counter('watch_lost_total', 'Times the Pod or Namespace watch was lost', (s) => s.watchLosses),
  counter(
    'addresses_released_total',
    'Times an address stopped identifying its pod (deleted, not running, IP reused); its connections were closed',
    (s) => s.released,
  ),
];

/** Registers the kubernetes_* metrics; `stats` is read at every scrape. */
export function registerKubernetesMetrics(registry: Registry, stats: () => KubernetesPodsStats): void {
  registerScrapedMetrics(registry, `${METRIC_PREFIX}kubernetes_`, KUBERNETES_METRICS, stats);
}
