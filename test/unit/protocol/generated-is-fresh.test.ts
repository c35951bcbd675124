import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeGenerated } from '../../../protocol/generator/main.js';
import { SCHEMAS_DIR } from './schema-samples.js';

const committed = resolve(import.meta.dirname, '../../../protocol/generated');

function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

describe('protocol/generated', () => {
  it('is exactly what `npm run codegen` produces from the schemas (run it if this fails)', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'codegen-'));
    try {
      writeGenerated(SCHEMAS_DIR, join(tmp, 'out'));
      const fresh = tree(join(tmp, 'out'));
      const onDisk = tree(committed);
      expect([...onDisk.keys()].sort()).toEqual([...fresh.keys()].sort());
      for (const [path, text] of fresh) expect(onDisk.get(path) === text, `${path} is stale`).toBe(true);
      // Deterministic: a second run gives the same bytes.
      writeGenerated(SCHEMAS_DIR, join(tmp, 'again'));
      expect(tree(join(tmp, 'again'))).toEqual(fresh);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('marks every file as generated and names the command', () => {
    for (const [path, text] of tree(committed)) {
      expect(
        text.startsWith('// GENERATED FILE - DO NOT EDIT.\n// Regenerate with `npm run codegen`'),
        path,
      ).toBe(true);
    }
  });
});
