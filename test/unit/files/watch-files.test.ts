import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchFiles, type FileWatch } from '../../../src/files/watch-files.js';

const cleanup: (() => void)[] = [];
afterEach(() => {
  while (cleanup.length > 0) cleanup.pop()!();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'watch-files-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function changes(
  paths: string[],
  pollIntervalMs: number,
): { count: () => number; next: Promise<void>; watch: FileWatch } {
  let count = 0;
  let resolveNext!: () => void;
  const next = new Promise<void>((resolve) => (resolveNext = resolve));
  const watch = watchFiles(
    paths,
    () => {
      count += 1;
      resolveNext();
    },
    { debounceMs: 10, pollIntervalMs, what: 'test' },
  );
  cleanup.push(() => watch.close());
  return { count: () => count, next, watch };
}

describe('watchFiles', () => {
  it('reports an in-place rewrite of a watched file', async () => {
    const dir = tempDir();
    const file = join(dir, 'tls.crt');
    writeFileSync(file, 'one');
    const watched = changes([file], 0);
    writeFileSync(file, 'two');
    await watched.next;
    expect(watched.count()).toBeGreaterThanOrEqual(1);
  });

  it('notices by polling a file whose directory could not be watched (it did not exist yet)', async () => {
    const dir = tempDir();
    const file = join(dir, 'later', 'policy.yaml');
    const watched = changes([file], 50);
    mkdirSync(join(dir, 'later'));
    writeFileSync(file, 'policy');
    await watched.next;
    expect(watched.count()).toBe(1);
  });

  it('stays quiet after close', async () => {
    const dir = tempDir();
    const file = join(dir, 'later', 'tls.key');
    const watched = changes([file], 20);
    watched.watch.close();
    mkdirSync(join(dir, 'later'));
    writeFileSync(file, 'key');
    // Wait for several poll intervals' worth of a second watch that is still running to see it.
    const witness = changes([file], 20);
    writeFileSync(file, 'key2');
    await witness.next;
    expect(watched.count()).toBe(0);
  });
});
