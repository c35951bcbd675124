import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { librdkafkaProperties, writePropertiesFile, type ClientEndpoint } from './client-endpoint.js';
import { KafkaHarnessError } from './errors.js';
import { runSupervised, type RunOptions, type RunResult } from './supervised-process.js';

export interface KcatOptions extends RunOptions {
  /** Connection and security settings, passed to kcat as a librdkafka properties file (-F). */
  endpoint?: ClientEndpoint;
  /** Extra librdkafka properties for the file. */
  properties?: Record<string, string>;
}

let librdkafkaVersion: number[] | undefined;

/** Checks kcat is installed once, and remembers the librdkafka version it is built on. */
function requireKcat(): number[] {
  if (librdkafkaVersion) return librdkafkaVersion;
  const probe = spawnSync('kcat', ['-V'], { encoding: 'utf8', timeout: 10_000 });
  if (probe.error && (probe.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new KafkaHarnessError('kcat not found on PATH (Debian/Ubuntu: apt-get install -y kcat)');
  }
  const match = /librdkafka (\d+)\.(\d+)\.(\d+)/.exec(`${probe.stdout}${probe.stderr}`);
  librdkafkaVersion = match ? match.slice(1).map(Number) : [0, 0, 0];
  return librdkafkaVersion;
}

// librdkafka before 2.6.1 fails SCRAM against Kafka 4 brokers with "invalid credentials" (kcat
// issue #462); Debian 12's kcat is built on 2.0.2.
const SCRAM_FIXED_IN = [2, 6, 1];

function olderThan(version: number[], reference: number[]): boolean {
  for (let i = 0; i < reference.length; i++) {
    const part = version[i] ?? 0;
    const wanted = reference[i] ?? 0;
    if (part !== wanted) return part < wanted;
  }
  return false;
}

/**
 * Runs the kcat binary (librdkafka), e.g. `kcat(['-C', '-t', 'topic', '-e', '-q'], { endpoint })`.
 * With an endpoint, bootstrap and security come from a generated properties file.
 */
export async function kcat(args: readonly string[], options: KcatOptions = {}): Promise<RunResult> {
  const version = requireKcat();
  if (!options.endpoint) return runSupervised('kcat', args, options);
  const path = writePropertiesFile(
    { ...librdkafkaProperties(options.endpoint), ...options.properties },
    'kcat.properties',
  );
  let result: RunResult;
  try {
    result = await runSupervised('kcat', ['-F', path, ...args], options);
  } finally {
    rmSync(dirname(path), { recursive: true, force: true });
  }
  if (result.exitCode !== 0 && options.endpoint.sasl && olderThan(version, SCRAM_FIXED_IN)) {
    result.stderr +=
      `\nkafka-harness: this kcat uses librdkafka ${version.join('.')}, which cannot authenticate with SCRAM ` +
      `to Kafka 4 brokers (fixed in librdkafka ${SCRAM_FIXED_IN.join('.')})\n`;
  }
  return result;
}
