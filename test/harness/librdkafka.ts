import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { librdkafkaProperties, type ClientEndpoint } from './client-endpoint.js';
import { KafkaHarnessError } from './errors.js';
import { cacheRoot } from './jars.js';
import { runSupervised } from './supervised-process.js';

/**
 * librdkafka clients through confluent-kafka (Python), whose PyPI wheels bundle librdkafka.
 * `scripts/ci-python-clients.sh` (run by `.ci/run`) installs each pinned release into its own
 * virtual environment, `<cache root>/confluent-kafka-<version>`; the client scripts live in
 * `test/clients/librdkafka/`.
 */

/** The current confluent-kafka release (its wheel bundles librdkafka 2.16.0). */
export const CONFLUENT_KAFKA_CURRENT = '2.16.1';
/**
 * A release before librdkafka 2.8: the first line that authenticates with SCRAM to Kafka 4
 * (2.6.1), and one that stops compressing when a broker's ApiVersions answer lacks Produce v0
 * (KAFKA-18659).
 */
export const CONFLUENT_KAFKA_PRE_2_8 = '2.6.1';

export type LibrdkafkaScript = 'produce' | 'consume' | 'admin' | 'transactional';

export interface LibrdkafkaResult {
  /** The client-independent outcome the script printed (`wrote 3`, `TOPIC_AUTHORIZATION_FAILED`...). */
  outcome: string;
  /** Everything else the script printed: versions, errors librdkafka reported, per-step details. */
  details: Record<string, unknown>;
  exitCode: number | null;
  timedOut: boolean;
  stderr: string;
  elapsedMs: number;
}

const SCRIPTS = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'clients', 'librdkafka');

/** The virtual environment's interpreter for a confluent-kafka release; throws if it is not installed. */
export function confluentKafkaPython(version: string): string {
  const python = join(cacheRoot(), `confluent-kafka-${version}`, 'bin', 'python');
  if (!existsSync(python)) {
    throw new KafkaHarnessError(
      `confluent-kafka ${version} is not installed at ${python} (run: bash scripts/ci-python-clients.sh)`,
    );
  }
  return python;
}

/**
 * Runs one librdkafka client script against an endpoint: the job (script-specific fields, see the
 * script's docstring) goes to stdin with the endpoint's librdkafka properties as `config`, and the
 * script's one JSON line comes back. A script that printed nothing (crashed, or killed at
 * `timeoutMs`, default 90 s) yields the outcome `no result (exit N)` or `no result (timed out)`.
 * With `netns` the script runs inside that network namespace (a simulated pod).
 */
export async function runLibrdkafka(
  version: string,
  script: LibrdkafkaScript,
  endpoint: ClientEndpoint,
  job: Record<string, unknown>,
  options: { timeoutMs?: number; properties?: Record<string, string>; netns?: string } = {},
): Promise<LibrdkafkaResult> {
  const python = confluentKafkaPython(version);
  const config = { ...librdkafkaProperties(endpoint), ...options.properties };
  // -B: no __pycache__ beside the scripts in the repository.
  const result = await runSupervised(python, ['-B', join(SCRIPTS, `${script}.py`)], {
    cwd: SCRIPTS,
    input: JSON.stringify({ ...job, config }),
    timeoutMs: options.timeoutMs ?? 90_000,
    netns: options.netns,
  });
  const line = result.stdout.split('\n').find((l) => l.startsWith('{'));
  let parsed: Record<string, unknown> | undefined;
  try {
    parsed = line === undefined ? undefined : (JSON.parse(line) as Record<string, unknown>);
  } catch {
    parsed = undefined;
  }
  const { outcome, ...details } = parsed ?? {};
  return {
    outcome:
      typeof outcome === 'string'
        ? outcome
        : `no result (${result.timedOut ? 'timed out' : `exit ${result.exitCode}`})`,
    details,
    exitCode: result.exitCode,
    timedOut: result.timedOut,
    stderr: result.stderr,
    elapsedMs: result.elapsedMs,
  };
}
