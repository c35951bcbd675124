import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KafkaHarnessError } from './errors.js';
import { runSupervised } from './supervised-process.js';

/** The Kafka release every backend runs; the pom pins the same version. */
export const KAFKA_VERSION = '4.1.1';

const POM_PATH = join(dirname(fileURLToPath(import.meta.url)), 'maven', 'pom.xml');
const MAVEN_TIMEOUT_MS = 15 * 60_000;

export interface KafkaJars {
  /** Directory holding every jar of the broker and its tools. */
  libDir: string;
  /** A `-cp` value for `java` (the JVM expands the wildcard). */
  classpath: string;
  jarCount: number;
}

/**
 * Root of the harness cache. Outside the repository so `git clean` and fresh clones keep the
 * jars, and overridable for CI caches.
 */
export function cacheRoot(): string {
  return process.env.KAFKA_L7_PROXY_CACHE ?? join(homedir(), '.cache', 'kafka-l7-proxy');
}

function kafkaCacheDir(): string {
  return join(cacheRoot(), `kafka-${KAFKA_VERSION}`);
}

/** Throws a one-line error unless a Java 17+ runtime answers `java -version`. */
export function requireJava(javaCommand = 'java'): void {
  const result = spawnSync(javaCommand, ['-version'], { encoding: 'utf8', timeout: 30_000 });
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new KafkaHarnessError(
        `java not found on PATH: the Kafka ${KAFKA_VERSION} broker and tools need Java 17 or newer`,
      );
    }
    throw new KafkaHarnessError(`java -version failed: ${result.error.message}`);
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr);
  if (!match) {
    throw new KafkaHarnessError(
      `java -version printed no version: ${result.stderr.trim().split('\n')[0] ?? ''}`,
    );
  }
  // Java 8 and older report "1.8"; everything since reports its feature number first.
  const feature = match[1] === '1' ? Number(match[2]) : Number(match[1]);
  if (feature < 17) {
    throw new KafkaHarnessError(
      `java ${feature} found on PATH, but Kafka ${KAFKA_VERSION} needs Java 17 or newer`,
    );
  }
}

function pomDigest(): string {
  return createHash('sha256').update(readFileSync(POM_PATH)).digest('hex');
}

/**
 * Jars live in a directory named after the pom's digest: a changed pom resolves into a new
 * directory instead of replacing files that running JVMs may still load classes from.
 */
function libDirFor(dir: string, digest: string): string {
  return join(dir, `lib-${digest.slice(0, 16)}`);
}

function cachedJars(dir: string, digest: string): KafkaJars | undefined {
  const libDir = libDirFor(dir, digest);
  if (!existsSync(libDir)) return undefined;
  const jarCount = readdirSync(libDir).filter((name) => name.endsWith('.jar')).length;
  if (jarCount === 0) return undefined;
  return { libDir, classpath: join(libDir, '*'), jarCount };
}

/** The jars if the cache holds a complete set resolved from the current pom. */
export function cachedKafkaJars(): KafkaJars | undefined {
  return cachedJars(kafkaCacheDir(), pomDigest());
}

function onPath(command: string): boolean {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .some((dir) => dir !== '' && existsSync(join(dir, command)));
}

/**
 * Returns the cached jars, resolving them with Maven first when the cache is empty or was filled
 * from a different pom. A second call needs neither Maven nor the network. Maven (a JVM itself)
 * runs under the harness watchdog like every other JVM.
 */
export async function resolveKafkaJars(): Promise<KafkaJars> {
  const dir = kafkaCacheDir();
  const digest = pomDigest();
  const cached = cachedJars(dir, digest);
  if (cached) return cached;
  if (!onPath('mvn')) {
    throw new KafkaHarnessError(
      `mvn not found on PATH: Maven is needed once to download the Kafka ${KAFKA_VERSION} jars into ${dir}`,
    );
  }

  mkdirSync(dir, { recursive: true });
  // Resolve into a private directory and rename it into place (atomic), so a concurrent or
  // interrupted resolution never leaves a half-filled lib directory that looks complete.
  const staging = join(dir, `lib.partial-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  const args = [
    '-B',
    '-q',
    '-Dstyle.color=never',
    '-f',
    POM_PATH,
    `-Dmaven.repo.local=${join(cacheRoot(), 'm2')}`,
    'dependency:copy-dependencies',
    `-DoutputDirectory=${staging}`,
    '-DincludeScope=runtime',
  ];
  const result = await runSupervised('mvn', args, { timeoutMs: MAVEN_TIMEOUT_MS });
  if (result.exitCode !== 0) {
    rmSync(staging, { recursive: true, force: true });
    if (result.timedOut) {
      throw new KafkaHarnessError(
        `mvn did not finish resolving the Kafka jars within ${MAVEN_TIMEOUT_MS / 60_000} min`,
      );
    }
    const output = `${result.stdout}\n${result.stderr}`;
    const firstError =
      output.split('\n').find((line) => line.includes('[ERROR]')) ?? output.trim().split('\n')[0];
    throw new KafkaHarnessError(
      `mvn could not resolve the Kafka ${KAFKA_VERSION} jars (exit ${result.exitCode}): ${(firstError ?? '').trim()}`,
    );
  }

  const libDir = libDirFor(dir, digest);
  try {
    renameSync(staging, libDir);
  } catch (error) {
    // Another process finished first; its directory is as good as ours.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(libDir)) throw error;
  }
  const resolved = cachedJars(dir, digest);
  if (!resolved) throw new KafkaHarnessError(`mvn finished but left no jars in ${libDir}`);
  return resolved;
}
