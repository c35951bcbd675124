/**
 * Connection-scale benchmark: idle client connections through the proxy and the proxy's RSS per
 * connection.
 *
 *   npx tsx bench/connections/main.ts [--quick] [--counts 1000,10000] [--runtime dist|tsx]
 *       [--settle-ms 3000] [--latency-requests 5000] [--out file.json]
 *
 * After the counts, a latency probe: ApiVersions round trips direct and through a proxy, in µs.
 *
 * --quick measures 200 connections. Table on stdout, progress on stderr, JSON in bench/results/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeMachine } from '../e2e/machine.js';
import { REPO_ROOT, type ProxyRuntime } from '../e2e/proxy-process.js';
import {
  runConnectionScale,
  type ConnectionScaleOptions,
  type ConnectionScaleReport,
} from './connection-scale.js';

export const TARGET_BYTES_PER_CONNECTION = 32 * 1024;

export class UsageError extends Error {}

export function parseConnectionArgs(
  argv: readonly string[],
  log: (line: string) => void,
): ConnectionScaleOptions & { out?: string } {
  const quick = argv.includes('--quick');
  const options: ConnectionScaleOptions & { out?: string } = {
    counts: quick ? [200] : [1000, 10_000],
    latencyRequests: quick ? 500 : 5000,
    log,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--quick') continue;
    if (arg === '--counts') {
      const counts = (argv[++i] ?? '').split(',').map(Number);
      if (counts.length === 0 || counts.some((c) => !Number.isInteger(c) || c <= 0)) {
        throw new UsageError('--counts takes positive integers, e.g. 1000,10000');
      }
      options.counts = counts;
    } else if (arg === '--runtime') {
      const runtime = argv[++i];
      if (runtime !== 'dist' && runtime !== 'tsx') throw new UsageError('--runtime is dist or tsx');
      options.runtime = runtime as ProxyRuntime;
    } else if (arg === '--latency-requests') {
      const requests = Number(argv[++i]);
      if (!Number.isInteger(requests) || requests < 0) {
        throw new UsageError('--latency-requests takes a non-negative integer (0 skips the probe)');
      }
      options.latencyRequests = requests;
    } else if (arg === '--settle-ms') {
      const settle = Number(argv[++i]);
      if (!Number.isInteger(settle) || settle < 0)
        throw new UsageError('--settle-ms takes a non-negative integer');
      options.settleMs = settle;
    } else if (arg === '--out') {
      options.out = argv[++i];
    } else {
      throw new UsageError(`unknown argument ${arg}`);
    }
  }
  return options;
}

export function connectionsMarkdown(report: ConnectionScaleReport): string {
  const kib = (b: number): string => (b / 1024).toFixed(1);
  const mib = (b: number): string => (b / 2 ** 20).toFixed(1);
  const rows = report.results.map(
    (r) =>
      `| ${r.requested} | ${r.connections} | ${mib(r.baselineRssBytes)} | ${mib(r.rssBytes)} | ${kib(r.perConnectionBytes)} | ${r.perConnectionBytes <= TARGET_BYTES_PER_CONNECTION ? 'met' : 'MISSED'} | ${r.proxyOpenFiles} | ${r.openSeconds.toFixed(1)} |`,
  );
  const l = report.requestLatency;
  const latency = l
    ? [
        '',
        `ApiVersions v3 round trips, one connection per side, ${l.requests} per side in alternating blocks:`,
        '',
        '| | p50 us | p99 us |',
        '|---|---:|---:|',
        `| direct | ${l.directP50Us.toFixed(0)} | ${l.directP99Us.toFixed(0)} |`,
        `| through the proxy | ${l.proxyP50Us.toFixed(0)} | ${l.proxyP99Us.toFixed(0)} |`,
        `| added | ${(l.proxyP50Us - l.directP50Us).toFixed(0)} | ${(l.proxyP99Us - l.directP99Us).toFixed(0)} |`,
      ]
    : [];
  const capped = report.results.filter((r) => r.cappedBy).map((r) => `- ${r.requested}: ${r.cappedBy}`);
  return [
    `${describeMachine(report.machine)}; load average at start ${report.machine.loadAverage}, at end ${report.loadAverageEnd}; proxy runtime: ${report.runtime}; ulimit -n ${report.openFilesLimit.soft} (hard ${report.openFilesLimit.hard})`,
    '',
    '| requested | held open | proxy RSS before MiB | proxy RSS with them MiB | KiB per connection (<= 32) | target | proxy open fds | seconds to open |',
    '|---:|---:|---:|---:|---:|---|---:|---:|',
    ...rows,
    ...(capped.length > 0 ? ['', 'Capped:', ...capped] : []),
    ...latency,
  ].join('\n');
}

export async function runConnectionsFromArgs(argv: readonly string[]): Promise<ConnectionScaleReport> {
  const options = parseConnectionArgs(argv, (line) => console.error(line));
  const report = await runConnectionScale(options);
  const dir = join(REPO_ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const out = options.out ?? join(dir, `connections-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(out, JSON.stringify(report, null, 2));
  console.log(connectionsMarkdown(report));
  console.log(`\nJSON: ${out}`);
  return report;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    await runConnectionsFromArgs(process.argv.slice(2));
    process.exit(0);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
}
