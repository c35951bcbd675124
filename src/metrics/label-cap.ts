/**
 * Bounds the distinct values of one metric label (principals, topics: names clients choose). The
 * first `max` distinct values get their own series; every later value is reported as `_other_`.
 * First-come rather than a moving top-N on purpose: a series, once created, keeps its meaning, and
 * Prometheus sees at most `max + 1` series for the label whatever the clients send.
 */
export const OTHER_LABEL_VALUE = '_other_';

export class LabelCap {
  private readonly admitted = new Set<string>();
  /** Observations folded into `_other_` so far. */
  overflowed = 0;

  constructor(
    readonly label: string,
    readonly max: number,
  ) {}

  value(raw: string): string {
    if (this.admitted.has(raw)) return raw;
    if (this.admitted.size < this.max) {
      this.admitted.add(raw);
      return raw;
    }
    this.overflowed++;
    return OTHER_LABEL_VALUE;
  }

  get distinct(): number {
    return this.admitted.size;
  }
}
