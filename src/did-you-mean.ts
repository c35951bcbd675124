// "Did you mean ...?" for a misspelt name: the closest of the known names by edit distance, used by
// the policy loader (API names) and the configuration loader (setting names and enum values).

/** Levenshtein distance: the fewest single-character insertions, deletions or substitutions. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/**
 * The known name closest to `given` (compared case-insensitively), or undefined when none is within
 * `maxDistance` edits: a suggestion further away than that is more confusing than none.
 */
export function closestName(given: string, known: Iterable<string>, maxDistance = 3): string | undefined {
  let best: { name: string; distance: number } | undefined;
  const lower = given.toLowerCase();
  for (const name of known) {
    const distance = editDistance(lower, name.toLowerCase());
    if (!best || distance < best.distance) best = { name, distance };
  }
  return best && best.distance <= Math.min(maxDistance, Math.max(1, Math.floor(given.length / 2)))
    ? best.name
    : undefined;
}

/**
 * ` (did you mean 'x'?)` when `given` is a string close to one of `known` (closestName), else '':
 * the ending of a loader's error for a misspelt name or value.
 */
export function didYouMean(given: unknown, known: Iterable<string>): string {
  if (typeof given !== 'string') return '';
  const suggestion = closestName(given, known);
  return suggestion === undefined ? '' : ` (did you mean '${suggestion}'?)`;
}
