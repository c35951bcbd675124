// A Prometheus histogram keyed by one small integer (the API key), kept in plain arrays. prom-client's
// Histogram validates and hashes its labels on every observe(); this one is observed once per
// forwarded request, so an observation is a bucket search and three additions, and the labels are
// built only when Prometheus scrapes.

import type { Metric, MetricValueWithName, Registry } from 'prom-client';

interface Series {
  readonly buckets: Float64Array;
  sum: number;
  count: number;
}

export class KeyedHistogram {
  private readonly series = new Map<number, Series>();

  constructor(
    readonly name: string,
    readonly help: string,
    private readonly upperBounds: readonly number[],
    /** Labels of one key, e.g. `{ api_key: '0', api: 'Produce' }`. */
    private readonly labelsOf: (key: number) => Record<string, string>,
  ) {}

  observe(key: number, value: number): void {
    let s = this.series.get(key);
    if (s === undefined) {
      s = { buckets: new Float64Array(this.upperBounds.length), sum: 0, count: 0 };
      this.series.set(key, s);
    }
    const bounds = this.upperBounds;
    for (let i = 0; i < bounds.length; i++) {
      if (value <= bounds[i]!) {
        s.buckets[i]!++;
        break;
      }
    }
    s.sum += value;
    s.count++;
  }

  /** Registers with `registry` as a histogram family (prom-client calls `get()` at scrape time). */
  register(registry: Registry): void {
    const metric = {
      name: this.name,
      help: this.help,
      type: 'histogram',
      aggregator: 'sum',
      get: async () => ({ name: this.name, help: this.help, type: 'histogram', values: this.values() }),
    };
    registry.registerMetric(metric as unknown as Metric);
  }

  private values(): MetricValueWithName<string>[] {
    const out: MetricValueWithName<string>[] = [];
    for (const key of [...this.series.keys()].sort((a, b) => a - b)) {
      const s = this.series.get(key)!;
      const labels = this.labelsOf(key);
      let cumulative = 0;
      this.upperBounds.forEach((bound, i) => {
        cumulative += s.buckets[i]!;
        out.push({ metricName: `${this.name}_bucket`, labels: { ...labels, le: bound }, value: cumulative });
      });
      out.push({ metricName: `${this.name}_bucket`, labels: { ...labels, le: '+Inf' }, value: s.count });
      out.push({ metricName: `${this.name}_sum`, labels, value: s.sum });
      out.push({ metricName: `${this.name}_count`, labels, value: s.count });
    }
    return out;
  }
}
