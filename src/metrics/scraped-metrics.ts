// Metrics read at scrape time from state the proxy keeps anyway (plain counters, stats objects),
// declared as a table: one row per metric family, registered with prom-client by one function.
// prom-client calls a metric's collect() with the metric as `this` before every exposition; here
// collect() resets the family and writes the series the row reads now, so a series whose label went
// away disappears and a source not attached yet shows only prom-client's unlabelled 0.

import { Counter, Gauge, type Registry } from 'prom-client';

/** One series of a family: its labels and its value. */
export type Series = readonly [labels: Record<string, string>, value: number];

/** A metric family read at every scrape from a source of type `S`. */
export interface ScrapedMetric<S> {
  /** The Prometheus type: a counter only grows (its source counts), a gauge is a level. */
  readonly type: 'counter' | 'gauge';
  /** The name after the registry's prefix, e.g. `connections_rejected_total`. */
  readonly name: string;
  /** The HELP line. */
  readonly help: string;
  /** Names of the labels the series carry; none when absent. */
  readonly labelNames?: readonly string[];
  /** The family's series now (see Reading). */
  readonly read: Reading<S>;
}

/**
 * What a row reads from its source: one value for an unlabelled family, or one [labels, value] per
 * series; undefined (or no series) when the source cannot say yet.
 */
export type Reading<S> = (source: S) => number | undefined | Iterable<Series>;

/** The constructor of rows of one Prometheus type (`gauge`, `counter`). */
const rowsOfType =
  (type: ScrapedMetric<unknown>['type']) =>
  <S>(name: string, help: string, read: Reading<S>, labelNames?: readonly string[]): ScrapedMetric<S> => ({
    type,
    name,
    help,
    read,
    ...(labelNames && { labelNames }),
  });

/** A gauge row: a level, e.g. how many pods the watch knows. */
export const gauge = rowsOfType('gauge');

/** A counter row: its source only counts up, e.g. how often a watch was lost. */
export const counter = rowsOfType('counter');

/** The value of a yes/no gauge: 1 for yes, 0 for no. */
export const flag = (yes: boolean): number => (yes ? 1 : 0);

/**
 * Registers every row of `table` in `registry` under `prefix` + its name, in table order;
 * `source()` is called once per family per scrape.
 */
export function registerScrapedMetrics<S>(
  registry: Registry,
  prefix: string,
  table: readonly ScrapedMetric<S>[],
  source: () => S,
): void {
  for (const row of table) {
    const seriesNow = (): Iterable<Series> => {
      const value = row.read(source());
      return typeof value === 'number' ? [[{}, value]] : (value ?? []);
    };
    const config = {
      name: prefix + row.name,
      help: row.help,
      labelNames: row.labelNames ?? [],
      registers: [registry],
    };
    if (row.type === 'counter') {
      new Counter({
        ...config,
        collect() {
          this.reset();
          for (const [labels, n] of seriesNow()) this.inc(labels, n);
        },
      });
    } else {
      new Gauge({
        ...config,
        collect() {
          this.reset();
          for (const [labels, n] of seriesNow()) this.set(labels, n);
        },
      });
    }
  }
}
