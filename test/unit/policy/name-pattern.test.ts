import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactOrGlob, globMatch, matchesName, prefixPattern } from '../../../src/policy/name-pattern.js';

/** The obvious definition, as a regular expression, to check the linear matcher against. */
function globRegExp(glob: string): RegExp {
  const body = [...glob]
    .map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.+^${}()|[\]\\/-]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`, 's');
}

describe('name patterns', () => {
  it('matches globs over the whole name, case-sensitively', () => {
    expect(globMatch('payments.*', 'payments.commands')).toBe(true);
    expect(globMatch('payments.*', 'payments.')).toBe(true);
    expect(globMatch('payments.*', 'Payments.commands')).toBe(false);
    expect(globMatch('payments.*', 'xpayments.commands')).toBe(false);
    expect(globMatch('a?c', 'abc')).toBe(true);
    expect(globMatch('a?c', 'ac')).toBe(false);
    expect(globMatch('*', '')).toBe(true);
    expect(globMatch('a*b*c', 'a-b-x-c')).toBe(true);
    expect(globMatch('a*b*c', 'a-c-b')).toBe(false);
  });

  it('agrees with the regular-expression definition of globs', () => {
    const alphabet = fc.constantFrom('a', 'b', '.', '*', '?');
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 8 }).map((a) => a.join('')),
        fc.array(fc.constantFrom('a', 'b', '.', '\n'), { maxLength: 12 }).map((a) => a.join('')),
        (glob, name) => globMatch(glob, name) === globRegExp(glob).test(name),
      ),
      { numRuns: 2000 },
    );
  });

  it('stays fast on a long client-chosen name against a many-star glob', () => {
    const name = '-'.repeat(100_000);
    const started = performance.now();
    expect(globMatch('*-*-*-*-*-*-x', name)).toBe(false);
    // Backtracking would take hours on this input; the bound only tells the two apart on a busy machine.
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('treats a bare * and an empty prefix as matching everything', () => {
    expect(exactOrGlob('*')).toEqual({ kind: 'any' });
    expect(prefixPattern('')).toEqual({ kind: 'any' });
    expect(matchesName(prefixPattern('logs.'), 'logs.app')).toBe(true);
    expect(matchesName(exactOrGlob('orders'), 'orders')).toBe(true);
    expect(matchesName(exactOrGlob('orders'), 'orders2')).toBe(false);
  });
});
