// Metrics of the policy object watch (src/policy/kubernetes-policy-watch.ts): whether every
// collection was listed, and how many objects are in force, invalid, or for other brokers.

import type { Registry } from 'prom-client';
import type { KubernetesPolicyWatchStats } from '../policy/kubernetes-policy-watch.js';
import { METRIC_PREFIX } from './proxy-metrics.js';
import { registerScrapedMetrics, type ScrapedMetric } from './scraped-metrics.js';

/** The policy_objects* metrics, read from the policy watch's stats at every scrape. */
const POLICY_OBJECT_METRICS: readonly ScrapedMetric<KubernetesPolicyWatchStats>[] = [
  {
    type: 'gauge',
    name: 'policy_objects_synced',
    help: '1 once every watched policy object collection was listed from the Kubernetes API',
    read: (s) => (s.synced ? 1 : 0),
  },
  {
    type: 'gauge',
    name: 'policy_objects',
    help:
      'Policy objects by state: in_force (a version of it is enforced), invalid (its current version ' +
      'was rejected; an earlier one may still be in force), not_selected (valid, for other brokers)',
    labelNames: ['state'],
    read: (s) => [
      [{ state: 'in_force' }, s.inForce],
      [{ state: 'invalid' }, s.invalid],
      [{ state: 'not_selected' }, s.notSelected],
    ],
  },
];

/** Registers kafka_l7_proxy_policy_objects*; `stats` is read at every scrape. */
export function registerPolicyObjectMetrics(
  registry: Registry,
  stats: () => KubernetesPolicyWatchStats,
): void {
  registerScrapedMetrics(registry, METRIC_PREFIX, POLICY_OBJECT_METRICS, stats);
}
