/**
 * End-to-end benchmark: Kafka's ProducerPerformance / ConsumerPerformance against a real 1-node
 * Kafka 4.1.1 broker, directly and through the proxy (a separate process), alternating.
 *
 *   npx tsx bench/e2e/main.ts [--quick] [--reps N] [--cases passthrough,payments,payments-audit,topics-100]
 *       [--produce-records N] [--consume-records N] [--latency-rate N] [--latency-records N]
 *       [--many-topics N] [--many-topics-records N] [--probe-requests N] [--probe-rate N] [--producer-props k=v,k=v] [--profile [case]] [--runtime dist|tsx] [--out file.json]
 *       [--proxy-cpus 1]   (with `taskset -c 0 npx tsx bench/e2e/main.ts ...`: the proxy on its own core)
 *
 * --runtime dist (default) compiles the proxy into dist/bench-proxy first and runs that, as
 * the container image does; tsx runs the sources (no build, the smoke test uses it).
 *
 * Tables on stdout, progress on stderr, the whole report as JSON in bench/results/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CASE_NAMES, type CaseName } from './cases.js';
import { FULL_SETTINGS, QUICK_SETTINGS, runE2eBench, type E2eOptions, type E2eReport } from './e2e-bench.js';
import { REPO_ROOT } from './proxy-process.js';
import { e2eMarkdown } from './report.js';

export const RESULTS_DIR = join(REPO_ROOT, 'bench', 'results');

export class UsageError extends Error {}

export function parseE2eArgs(
  argv: readonly string[],
  log: (line: string) => void,
): E2eOptions & { out?: string } {
  const quick = argv.includes('--quick');
  const options: E2eOptions & { out?: string } = {
    ...(quick ? QUICK_SETTINGS : FULL_SETTINGS),
    cases: [...CASE_NAMES],
    log,
  };
  const int = (flag: string, value: string | undefined): number => {
    const v = Number(value);
    if (!Number.isInteger(v) || v <= 0)
      throw new UsageError(`${flag} needs a positive integer, got ${value}`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = (): string | undefined => argv[++i];
    switch (arg) {
      case '--quick':
        break;
      case '--reps':
        options.reps = int(arg, next());
        break;
      case '--produce-records':
        options.produceRecords = int(arg, next());
        break;
      case '--consume-records':
        options.consumeRecords = int(arg, next());
        break;
      case '--latency-rate':
        options.latencyRate = int(arg, next());
        break;
      case '--latency-records':
        options.latencyRecords = int(arg, next());
        break;
      case '--probe-requests': {
        const v = Number(next());
        if (!Number.isInteger(v) || v < 0)
          throw new UsageError('--probe-requests takes a non-negative integer (0 skips the probe)');
        options.probeRequests = v;
        break;
      }
      case '--probe-rate':
        options.probeRate = int(arg, next());
        break;
      case '--many-topics':
        options.manyTopics = int(arg, next());
        break;
      case '--many-topics-records':
        options.manyTopicsRecords = int(arg, next());
        break;
      case '--cases': {
        const names = (next() ?? '').split(',').filter(Boolean);
        const unknown = names.filter((c) => !(CASE_NAMES as readonly string[]).includes(c));
        if (names.length === 0 || unknown.length > 0) {
          throw new UsageError(`--cases takes a comma-separated subset of ${CASE_NAMES.join(',')}`);
        }
        options.cases = names as CaseName[];
        break;
      }
      case '--profile': {
        const maybe = argv[i + 1];
        if (maybe !== undefined && (CASE_NAMES as readonly string[]).includes(maybe)) {
          options.profileCase = maybe as CaseName;
          i++;
        } else {
          options.profileCase = 'passthrough';
        }
        break;
      }
      case '--runtime': {
        const runtime = next();
        if (runtime !== 'dist' && runtime !== 'tsx') throw new UsageError('--runtime is dist or tsx');
        options.runtime = runtime;
        break;
      }
      case '--producer-props': {
        // k=v,k=v: an experiment's producer settings (acks stays all).
        const pairs = (next() ?? '').split(',').filter(Boolean);
        if (pairs.length === 0 || pairs.some((p) => !/^[a-z.]+=[^=]+$/.test(p))) {
          throw new UsageError('--producer-props takes key=value,key=value (producer properties)');
        }
        options.producerProperties = Object.fromEntries(pairs.map((p) => p.split('=') as [string, string]));
        break;
      }
      case '--out':
        options.out = next();
        break;
      case '--proxy-cpus': {
        const cpus = next();
        if (!cpus || !/^[0-9,-]+$/.test(cpus)) throw new UsageError('--proxy-cpus takes a CPU list, e.g. 1');
        options.proxyCpus = cpus;
        break;
      }
      default:
        throw new UsageError(`unknown argument ${arg}`);
    }
  }
  return options;
}

/** Runs the benchmark, prints the tables and writes the JSON report; returns the report. */
export async function runE2eFromArgs(argv: readonly string[]): Promise<E2eReport> {
  const log = (line: string): void => console.error(line);
  const options = parseE2eArgs(argv, log);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  mkdirSync(RESULTS_DIR, { recursive: true });
  if (options.profileCase) {
    options.profileDir = join(RESULTS_DIR, `profile-${stamp}`);
    mkdirSync(options.profileDir, { recursive: true });
  }
  const report = await runE2eBench(options);
  const out = options.out ?? join(RESULTS_DIR, `e2e-${stamp}.json`);
  writeFileSync(out, JSON.stringify(report, null, 2));
  console.log(e2eMarkdown(report));
  console.log(`\nJSON: ${out}`);
  return report;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    await runE2eFromArgs(process.argv.slice(2));
    process.exit(0);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
}
