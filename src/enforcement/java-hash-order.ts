// The iteration order of a java.util.HashSet (or HashMap keys) of strings, for the few answers in
// which the broker lists entries in that order: the proxy puts the entries it refuses where the
// broker would (docs/broker-answers.md, "Order of refused entries").
//
// Facts from the JDK (java.lang.String.hashCode, java.util.HashMap): a string's hash is
// s[0]*31^(n-1) + ... + s[n-1] over its UTF-16 code units in 32-bit arithmetic; HashMap spreads it
// as h ^ (h >>> 16) and puts the key in bucket (spread & (capacity - 1)); the capacity starts at 16
// and doubles whenever the size exceeds three quarters of it; iteration visits buckets in
// ascending order and, within a bucket, keys in insertion order (a resize keeps that relative
// order; buckets become trees only at 8 keys in a table of 64, far beyond the short lists here).

/** java.lang.String.hashCode of `s` (a signed 32-bit integer). */
export function javaStringHashCode(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}

/** The capacity a default HashMap has after `size` insertions (16, doubled past load factor 0.75). */
function javaHashMapCapacity(size: number): number {
  let capacity = 16;
  while (size > capacity * 0.75) capacity *= 2;
  return capacity;
}

/**
 * `items` in the order a default-constructed java.util.HashSet iterates them after they were
 * added in the given order, keyed by `keyOf` (the string whose hashCode the element's hashCode is).
 * Items with equal keys are all kept, in their given order.
 */
export function javaHashSetOrder<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  const mask = javaHashMapCapacity(new Set(items.map(keyOf)).size) - 1;
  const bucket = (item: T): number => {
    const h = javaStringHashCode(keyOf(item));
    return (h ^ (h >>> 16)) & mask;
  };
  return items
    .map((item, index) => ({ item, index, bucket: bucket(item) }))
    .sort((a, b) => a.bucket - b.bucket || a.index - b.index)
    .map((e) => e.item);
}

/** Java's natural String order (String.compareTo: UTF-16 code units), for a sorted insertion. */
export function javaStringCompare(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = a.charCodeAt(i) - b.charCodeAt(i);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}
