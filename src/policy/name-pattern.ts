// Patterns that policy rules use for topic names, group ids, transactional ids, client ids and
// principals: an exact name, a prefix, or a glob (`*` any run of characters, `?` one character).
// Matching is case-sensitive everywhere: Kafka treats `Payments` and `payments` as different topics.

export type NamePattern =
  | { readonly kind: 'exact'; readonly value: string }
  | { readonly kind: 'prefix'; readonly value: string }
  | { readonly kind: 'glob'; readonly value: string }
  | { readonly kind: 'any' };

export const ANY_NAME: NamePattern = Object.freeze({ kind: 'any' });

export function hasGlobMetacharacters(text: string): boolean {
  return text.includes('*') || text.includes('?');
}

/** Compiles `*`/`?` globs once; a bare `*` is the match-everything pattern. */
export function exactOrGlob(text: string): NamePattern {
  if (text === '*') return ANY_NAME;
  if (!hasGlobMetacharacters(text)) return { kind: 'exact', value: text };
  return { kind: 'glob', value: text };
}

export function prefixPattern(prefix: string): NamePattern {
  return prefix === '' ? ANY_NAME : { kind: 'prefix', value: prefix };
}

/**
 * Whole-string glob match in O(name x glob) time at worst. Not a RegExp: names come from clients
 * (a group id can be kilobytes long), and a backtracking regex for `*-*-*-*` on such a name is a
 * denial of service; this matcher only ever backtracks to the most recent `*`.
 */
export function globMatch(glob: string, name: string): boolean {
  let g = 0;
  let n = 0;
  let star = -1;
  let starName = 0;
  while (n < name.length) {
    const c = glob.charCodeAt(g);
    if (g < glob.length && (c === 63 /* ? */ || (c !== 42 /* * */ && c === name.charCodeAt(n)))) {
      g++;
      n++;
    } else if (g < glob.length && c === 42) {
      star = g++;
      starName = n;
    } else if (star >= 0) {
      g = star + 1;
      n = ++starName;
    } else {
      return false;
    }
  }
  while (g < glob.length && glob.charCodeAt(g) === 42) g++;
  return g === glob.length;
}

export function matchesName(pattern: NamePattern, name: string): boolean {
  switch (pattern.kind) {
    case 'any':
      return true;
    case 'exact':
      return name === pattern.value;
    case 'prefix':
      return name.startsWith(pattern.value);
    case 'glob':
      return globMatch(pattern.value, name);
  }
}

/** How the pattern reads in explanations: `payments.commands`, `payments.*`, `prefix payments.`. */
export function describePattern(pattern: NamePattern): string {
  switch (pattern.kind) {
    case 'any':
      return '*';
    case 'exact':
    case 'glob':
      return pattern.value;
    case 'prefix':
      return `${pattern.value}* (prefix)`;
  }
}
