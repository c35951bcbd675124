/**
 * Top self-time functions of a V8 .cpuprofile (what `node --cpu-prof` writes).
 *
 *   tsx bench/e2e/cpuprofile-summary.ts <file.cpuprofile> [top=25]
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from './proxy-process.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  /** Monotonic clock, microseconds (CLOCK_MONOTONIC on Linux, like process.hrtime). */
  startTime: number;
  endTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTime {
  fn: string;
  where: string;
  selfMs: number;
  percent: number;
}

function location(url: string, line: number): string {
  if (url === '') return '';
  const path = url.startsWith('file://') ? relative(REPO_ROOT, fileURLToPath(url)) : url;
  return `${path}:${line + 1}`;
}

/** Self time per function (summed over every node of the same function and place). */
export interface SelfTimeSummary {
  /** Sampled time on the main thread, idle excluded. */
  totalMs: number;
  /** Time the main thread sat idle (waiting for I/O). */
  idleMs: number;
  /** Whether only the samples after `fromMicros` were counted (the process's start left out). */
  windowed: boolean;
  rows: SelfTime[];
}

/**
 * `fromMicros` (process.hrtime in microseconds, the profile's clock) leaves out the samples before
 * it: the proxy's start (module loading, schema compilation) is not what a benchmark run costs.
 */
export function topSelfTime(profile: CpuProfile, top = 25, fromMicros?: number): SelfTimeSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const windowed = fromMicros !== undefined && fromMicros > profile.startTime && fromMicros < profile.endTime;
  let at = profile.startTime;
  const micros = new Map<string, { fn: string; where: string; us: number }>();
  let total = 0;
  let idle = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (windowed && at < fromMicros) return;
    if (!node || delta < 0) return;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') {
      idle += delta;
      return;
    }
    total += delta;
    const fn = functionName || '(anonymous)';
    const where = location(url, lineNumber);
    const key = `${fn}\u0000${where}`;
    const entry = micros.get(key) ?? { fn, where, us: 0 };
    entry.us += delta;
    micros.set(key, entry);
  });
  const rows = [...micros.values()]
    .sort((a, b) => b.us - a.us)
    .slice(0, top)
    .map((e) => ({ fn: e.fn, where: e.where, selfMs: e.us / 1000, percent: (100 * e.us) / total }));
  return { totalMs: total / 1000, idleMs: idle / 1000, windowed, rows };
}

export function summarizeCpuProfile(path: string, top = 25, fromMicros?: number): SelfTimeSummary {
  return topSelfTime(JSON.parse(readFileSync(path, 'utf8')) as CpuProfile, top, fromMicros);
}

export function selfTimeTable(summary: SelfTimeSummary): string {
  const lines = [
    `Main thread busy ${(summary.totalMs / 1000).toFixed(2)} s, idle ${(summary.idleMs / 1000).toFixed(2)} s${summary.windowed ? ' from the start of the tool run on' : ' (whole process, start included)'}; top self time (% of busy):`,
    '',
    '| self ms | % | function | where |',
    '|---:|---:|---|---|',
    ...summary.rows.map((r) => `| ${r.selfMs.toFixed(0)} | ${r.percent.toFixed(1)} | ${r.fn} | ${r.where} |`),
  ];
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: tsx bench/e2e/cpuprofile-summary.ts <file.cpuprofile> [top]');
    process.exit(2);
  }
  console.log(selfTimeTable(summarizeCpuProfile(file, Number(process.argv[3] ?? 25))));
}
