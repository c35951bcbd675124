// Patterns that policy rules use for topic names, group ids, transactional ids, client ids and
// principals: an exact name, a prefix, or a glob (`*` any run of characters, `?` one character).
// Matching is case-sensitive everywhere: Kafka treats `Payments` and `payments` as different topics.

export type NamePattern =
  | { readonly kind: 'exact'; readonly value: string }
  | { readonly kind: 'prefix'; readonly value: string }
  | { readonly kind: 'glob'; readonly value: string; readonly regex: RegExp }
  | { readonly kind: 'any' };

export const ANY_NAME: NamePattern = Object.freeze({ kind: 'any' });

export function hasGlobMetacharacters(text: string): boolean {
  return text.includes('*') || text.includes('?');
}

/** Compiles `*`/`?` globs once; a bare `*` is the match-everything pattern. */
export function exactOrGlob(text: string): NamePattern {
  if (text === '*') return ANY_NAME;
  if (!hasGlobMetacharacters(text)) return { kind: 'exact', value: text };
  return { kind: 'glob', value: text, regex: globToRegExp(text) };
}

export function prefixPattern(prefix: string): NamePattern {
  return prefix === '' ? ANY_NAME : { kind: 'prefix', value: prefix };
}

export function globToRegExp(glob: string): RegExp {
  let source = '^';
  for (const ch of glob) {
    if (ch === '*') source += '.*';
    else if (ch === '?') source += '.';
    else source += ch.replace(/[.+^${}()|[\]\\/-]/g, '\\$&');
  }
  // `s` so that `*` also spans line breaks: ids are arbitrary strings and a glob must not be
  // escapable by putting a newline into a group id.
  return new RegExp(source + '$', 's');
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
      return pattern.regex.test(name);
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
