// Metrics of the policy object watch (src/policy/kubernetes-policy-watch.ts): whether every
// collection was listed, and how many objects are in force, invalid, or for other brokers.

import { Gauge, type Registry } from 'prom-client';
import type { KubernetesPolicyWatchStats } from '../policy/kubernetes-policy-watch.js';
import { METRIC_PREFIX } from './proxy-metrics.js';

/** Registers kafka_l7_proxy_policy_objects*; `stats` is read at every scrape. */
export function registerPolicyObjectMetrics(
  registry: Registry,
  stats: () => KubernetesPolicyWatchStats,
): void {
  const registers = [registry];
  new Gauge({
    name: `${METRIC_PREFIX}policy_objects_synced`,
    help: '1 once every watched policy object collection was listed from the Kubernetes API',
    registers,
    collect() {
      this.set(stats().synced ? 1 : 0);
    },
  });
  new Gauge({
    name: `${METRIC_PREFIX}policy_objects`,
    help:
      'Policy objects by state: in_force (a version of it is enforced), invalid (its current version ' +
      'was rejected; an earlier one may still be in force), not_selected (valid, for other brokers)',
    labelNames: ['state'],
    registers,
    collect() {
      const s = stats();
      this.set({ state: 'in_force' }, s.inForce);
      this.set({ state: 'invalid' }, s.invalid);
      this.set({ state: 'not_selected' }, s.notSelected);
    },
  });
}
