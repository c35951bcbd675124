// Issue 14: no numeric API-key literals in src/. Every API key is named through the generated
// `ApiKey` enum (protocol/generated/api-keys.ts), so a reader finds an API by its name and a key
// cannot be mistyped as another. This scans src/ for the ways a bare key number has been written
// there before: compared with an API key, as an `apiKey:` property, as a constant named after an
// API, as a row of a table keyed by number, and as a list of key numbers.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_KEYS } from '../../../protocol/generated/api-keys.js';

const SRC = new URL('../../../src/', import.meta.url).pathname;

/** `OffsetForLeaderEpoch` -> `OFFSET_FOR_LEADER_EPOCH`. */
const screaming = (name: string): string => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
const API_CONSTANTS = new Set(API_KEYS.map((a) => screaming(a.name)));
const API_NAMES = new Set(API_KEYS.map((a) => a.name));

/** The places in `text` that spell an API key as a number: `line: text` each. */
export function apiKeyLiterals(text: string): string[] {
  const found: string[] = [];
  const lines = text.split('\n');
  let inApiKeySwitch = false;
  lines.forEach((raw, i) => {
    const line = raw.replace(/\/\/.*$/, '');
    const hit = (): number => found.push(`${i + 1}: ${raw.trim()}`);
    if (/\bswitch\s*\([^)]*\bapiKey\)/i.test(line)) inApiKeySwitch = true;
    else if (/\bswitch\s*\(/.test(line)) inApiKeySwitch = false;
    if (inApiKeySwitch && /\bcase\s+\d+\s*:/.test(line)) return hit();
    // apiKey === 18, 22 !== apiKey, header.apiKey == 3
    if (
      /\bapi_?key\s*(===|!==|==|!=)\s*\d/i.test(line) ||
      /\b\d+\s*(===|!==|==|!=)\s*[\w.]*\bapi_?key\b/i.test(line)
    )
      return hit();
    // { apiKey: 3 } (a key named by its number)
    if (/\bapiKey\s*:\s*\d/.test(line)) return hit();
    // const LIST_OFFSETS = 2;
    const constant = /\bconst\s+([A-Z][A-Z0-9_]*)\s*=\s*\d+\s*;/.exec(line);
    if (constant && API_CONSTANTS.has(constant[1]!)) return hit();
    // [0, 'Produce', ...] rows of a table keyed by number
    const row = /\[\s*\d+\s*,\s*'(\w+)'/.exec(line);
    if (row && API_NAMES.has(row[1]!)) return hit();
    // [0, [always('Topic', 'Write')]], [11, GROUP_READ]: rows of a Map keyed by number
    if (/^\s*\[\s*\d+\s*,\s*(\[|[A-Z][A-Z0-9_]*\s*\])/.test(line)) return hit();
    // lists of key numbers: [4, 5, 6, 7, 27] given to a name about keys, or any set of numbers
    if (/\b\w*(KEY|Key|key|API|Api|BROKER|Broker)\w*\b[^=\n]*=[^;]*\[\s*\d+\s*(,\s*\d+\s*){2,}\]/.test(line))
      return hit();
    if (/new Set\(\[\s*\d+\s*(,\s*\d+\s*)+\]\)/.test(line)) return hit();
    return undefined;
  });
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('API keys in src/', () => {
  it('recognises each way a bare API-key number has been written', () => {
    const samples = [
      'if (apiKey === 18) return 0;',
      'const scoped = x && apiKey !== 22;',
      "const r = { apiKey: 3, name: 'Metadata' };",
      'const LIST_OFFSETS = 2;',
      "  [0, 'Produce', 'topic', ['topic'], 'Write per topic.'],",
      "  [0, [always('Topic', 'Write')]],",
      '  [11, GROUP_READ],',
      'const INTER_BROKER = [4, 5, 6, 7, 27, 52];',
      'export const NO_ACL_EXPRESSION: ReadonlySet<number> = new Set([38, 39, 40, 41]);',
      'switch (header.apiKey) {\n  case 9:',
    ];
    for (const sample of samples) expect(apiKeyLiterals(sample), sample).not.toEqual([]);
    const named = [
      'if (apiKey === ApiKey.ApiVersions) return 0;',
      'const LIST_OFFSETS = ApiKey.ListOffsets;',
      'const METADATA_VERSION = 12;',
      'if (version >= 13) return t.topicId;',
      'const codes = [29, 30, 31];',
    ];
    for (const sample of named) expect(apiKeyLiterals(sample), sample).toEqual([]);
  });

  it('names every API key through the generated ApiKey enum, never by its number', () => {
    const found = sourceFiles(SRC).flatMap((file) =>
      apiKeyLiterals(readFileSync(file, 'utf8')).map((hit) => `${relative(SRC, file)}:${hit}`),
    );
    expect(found).toEqual([]);
  });
});
