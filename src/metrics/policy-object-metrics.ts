// Metrics of the policy object watch (src/policy/kubernetes-policy-watch.ts): whether every
// collection was listed, and how many objects are in force, invalid, or for other brokers.

import type { Registry } from 'prom-client';
import type { KubernetesPolicyWatchStats } from '../policy/kubernetes-policy-watch.js';
import { METRIC_PREFIX } from './proxy-metrics.js';
import { flag, gauge, registerScrapedMetrics, type ScrapedMetric } from './scraped-metrics.js';

/** The policy_objects* metrics, read from the policy watch's stats at every scrape. */
const POLICY_OBJECT_METRICS: readonly ScrapedMetric<KubernetesPolicyWatchStats>[] = [
  gauge(
    'policy_objects_synced',
    '1 once every watched policy object collection was listed from the Kubernetes API',
    (s) => flag(s.synced),
  ),
  gauge(
    'policy_objects',
    'Policy objects by state: in_force (a version of it is enforced), invalid (its current version ' +
      'was rejected; an earlier one may still be in force), not_selected (valid, for other brokers)',
    (s) => [
      [{ state: 'in_force' }, s.inForce],
      [{ state: 'invalid' }, s.invalid],
      [{ state: 'not_selected' }, s.notSelected],
    ],
    ['state'],
  ),
];

/** Registers kafka_l7_proxy_policy_objects*; `stats` is read at every scrape. */
export function registerPolicyObjectMetrics(
  registry: Registry,
  stats: () => KubernetesPolicyWatchStats,
): void {
  registerScrapedMetrics(registry, METRIC_PREFIX, POLICY_OBJECT_METRICS, stats);
}
