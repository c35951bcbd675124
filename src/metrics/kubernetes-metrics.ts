// Metrics of the pod watch behind the `kubernetes` identity source (src/identity/kubernetes-pods.ts):
// whether pod identities can be trusted right now, and how often the watch was lost.

import type { Registry } from 'prom-client';
import type { KubernetesPodsStats } from '../identity/kubernetes-pods.js';
import { METRIC_PREFIX } from './proxy-metrics.js';
import { registerScrapedMetrics, type ScrapedMetric } from './scraped-metrics.js';

/** The kubernetes_* metrics, read from the pod watch's stats at every scrape. */
const KUBERNETES_METRICS: readonly ScrapedMetric<KubernetesPodsStats>[] = [
  {
    type: 'gauge',
    name: 'synced',
    help: '1 once Pods and Namespaces were listed from the Kubernetes API',
    read: (s) => (s.synced ? 1 : 0),
  },
  {
    type: 'gauge',
    name: 'watch_connected',
    help: '1 while the Pod and Namespace watches are connected',
    read: (s) => (s.connected ? 1 : 0),
  },
  {
    type: 'gauge',
    name: 'identity_expired',
    help: '1 while pod identities are refused because the watch was lost for longer than kubernetes.maxStaleMs',
    read: (s) => (s.expired ? 1 : 0),
  },
  {
    type: 'gauge',
    name: 'watch_stale_seconds',
    help: 'Seconds since the watch was lost (0 while connected)',
    read: (s) => s.staleForMs / 1000,
  },
  {
    type: 'gauge',
    name: 'pods',
    help: 'Pods known from the watch',
    read: (s) => s.pods,
  },
  {
    type: 'gauge',
    name: 'identified_addresses',
    help: 'Addresses that identify a running pod',
    read: (s) => s.identifiedAddresses,
  },
  {
    type: 'gauge',
    name: 'node_addresses',
    help: 'Node addresses (never identified as a pod)',
    read: (s) => s.nodeAddresses,
  },
  {
    type: 'counter',
    name: 'watch_lost_total',
    help: 'Times the Pod or Namespace watch was lost',
    read: (s) => s.watchLosses,
  },
  {
    type: 'counter',
    name: 'addresses_released_total',
    help: 'Times an address stopped identifying its pod (deleted, not running, IP reused); its connections were closed',
    read: (s) => s.released,
  },
];

/** Registers the kubernetes_* metrics; `stats` is read at every scrape. */
export function registerKubernetesMetrics(registry: Registry, stats: () => KubernetesPodsStats): void {
  registerScrapedMetrics(registry, `${METRIC_PREFIX}kubernetes_`, KUBERNETES_METRICS, stats);
}
