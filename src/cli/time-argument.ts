// Time arguments as `hubble observe --since` takes them: a duration before now (`30s`, `5m`,
// `1h30m`, `2d`, `500ms`) or an absolute RFC 3339 / ISO-8601 time.

const UNIT_MS: Readonly<Record<string, number>> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
};

/** A duration such as `1h30m` in milliseconds, or undefined when `text` is not one. */
export function parseDuration(text: string): number | undefined {
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== text) return undefined;
  return parts.reduce((sum, p) => sum + Number(p[1]) * UNIT_MS[p[2]!]!, 0);
}

/**
 * The epoch milliseconds `text` names: `nowMs` minus a duration, or an absolute time.
 * Throws an Error saying what is accepted when it is neither.
 */
export function parseTimeArgument(text: string, nowMs: number): number {
  const duration = parseDuration(text.trim());
  if (duration !== undefined) return nowMs - duration;
  const absolute = Date.parse(text);
  if (/^\d{4}-\d{2}-\d{2}/.test(text) && !Number.isNaN(absolute)) return absolute;
  throw new Error(`'${text}' is neither a duration (30s, 5m, 1h30m, 2d) nor an RFC 3339 time`);
}
