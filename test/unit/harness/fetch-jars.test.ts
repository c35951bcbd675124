import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const FETCH_JARS = join(REPO_ROOT, 'test', 'harness', 'fetch-jars.ts');

const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fetch-jars-test-'));
  scratch.push(dir);
  return dir;
}

function findOnPath(command: string): string {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    try {
      return realpathSync(join(dir, command));
    } catch {
      // Not in this directory.
    }
  }
  throw new Error(`${command} is not on PATH`);
}

/** Runs the fetch-jars CLI with PATH limited to `pathDir` and an empty cache. */
function runFetchJars(pathDir: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', FETCH_JARS], {
    cwd: REPO_ROOT,
    env: { ...process.env, PATH: pathDir, KAFKA_L7_PROXY_CACHE: tempDir() },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('fetch-jars CLI prerequisites', () => {
  it('exits non-zero with one line naming java when java is not on PATH', () => {
    const result = runFetchJars(tempDir());
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'fetch-jars: java not found on PATH: the Kafka 4.1.1 broker and tools need Java 17 or newer',
    ]);
  });

  it('exits non-zero with one line naming the Java version when java is older than 17', () => {
    const bin = tempDir();
    writeFileSync(join(bin, 'java'), '#!/bin/sh\necho \'openjdk version "11.0.22" 2024-01-16\' >&2\n');
    chmodSync(join(bin, 'java'), 0o755);
    const result = runFetchJars(bin);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'fetch-jars: java 11 found on PATH, but Kafka 4.1.1 needs Java 17 or newer',
    ]);
  });

  it('exits non-zero with one line naming mvn when the jar cache is empty and mvn is not on PATH', () => {
    const bin = tempDir();
    symlinkSync(findOnPath('java'), join(bin, 'java'));
    const result = runFetchJars(bin);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^fetch-jars: mvn not found on PATH: Maven is needed once to download the Kafka 4\.1\.1 jars into /,
    );
  });
});
