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

let kcatChecked = false;

function requireKcat(): void {
  if (kcatChecked) return;
  const probe = spawnSync('kcat', ['-V'], { encoding: 'utf8', timeout: 10_000 });
  if (probe.error && (probe.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new KafkaHarnessError('kcat not found on PATH (Debian/Ubuntu: apt-get install -y kcat)');
  }
  kcatChecked = true;
}

/**
 * Runs the kcat binary (librdkafka), e.g. `kcat(['-C', '-t', 'topic', '-e', '-q'], { endpoint })`.
 * With an endpoint, bootstrap and security come from a generated properties file.
 */
export async function kcat(args: readonly string[], options: KcatOptions = {}): Promise<RunResult> {
  requireKcat();
  if (!options.endpoint) return runSupervised('kcat', args, options);
  const path = writePropertiesFile(
    { ...librdkafkaProperties(options.endpoint), ...options.properties },
    'kcat.properties',
  );
  try {
    return await runSupervised('kcat', ['-F', path, ...args], options);
  } finally {
    rmSync(dirname(path), { recursive: true, force: true });
  }
}
