/** Markdown tables of an end-to-end run, and the verdicts against the project's targets. */
import { selfTimeTable } from './cpuprofile-summary.js';
import { describeMachine } from './machine.js';
import type { CaseResult, E2eReport, PairedRatio, Ratio } from './e2e-bench.js';

export const TARGETS = {
  throughputRatio: 0.95,
  addedP99Ms: 0.5,
  millicoresPerMBps: 10,
} as const;

const n = (v: number | undefined, digits = 0): string =>
  v === undefined || Number.isNaN(v)
    ? 'n/a'
    : v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const pair = (r: Ratio | undefined, digits = 0): string =>
  r ? `${n(r.direct, digits)} / ${n(r.proxy, digits)}` : 'n/a';
const x = (r: Ratio | undefined): string => (r ? n(r.ratio, 3) : 'n/a');
const mib = (bytes: number): string => n(bytes / 2 ** 20, 1);

function ran(cases: CaseResult[]): Array<CaseResult & { summary: NonNullable<CaseResult['summary']> }> {
  return cases.filter(
    (c): c is CaseResult & { summary: NonNullable<CaseResult['summary']> } => c.ran && !!c.summary,
  );
}

const spread = (p: PairedRatio): string => `${n(p.median, 2)} (${n(p.min, 2)}-${n(p.max, 2)})`;

export function throughputTable(report: E2eReport): string {
  return [
    '| case | produce rec/s direct / proxy | ratio of medians | produce MB/s direct / proxy | paired ratio, median (min-max) | consume MB/s direct / proxy | ratio of medians | paired ratio, median (min-max) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...ran(report.cases).map(
      (c) =>
        `| ${c.title} | ${pair(c.summary.produceRecordsPerSec)} | ${x(c.summary.produceRecordsPerSec)} | ${pair(c.summary.produceMbPerSec, 1)} | ${spread(c.summary.producePaired)} | ${pair(c.summary.consumeMbPerSec, 1)} | ${x(c.summary.consumeMbPerSec)} | ${spread(c.summary.consumePaired)} |`,
    ),
  ].join('\n');
}

export function latencyCostTable(report: E2eReport): string {
  const added = (r: Ratio | undefined, digits: number): string => (r ? n(r.proxy - r.direct, digits) : 'n/a');
  return [
    `| case | p50 ms direct / proxy | p99 ms direct / proxy | added p99 ms | added avg ms | proxy CPU s/GB produce | proxy CPU s/GB consume | kernel share of proxy CPU | machine busy in direct produce / consume runs | proxy RSS peak / median MiB | proxy idle millicores |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...ran(report.cases).map(
      (c) =>
        `| ${c.title} | ${pair(c.summary.latencyP50Ms)} | ${pair(c.summary.latencyP99Ms)} | ${added(c.summary.latencyP99Ms, 0)} | ${added(c.summary.latencyAvgMs, 2)} | ${n(c.summary.cpuSecondsPerGbProduce, 1)} | ${n(c.summary.cpuSecondsPerGbConsume, 1)} | ${n(100 * c.summary.systemShare, 0)}% | ${n(100 * c.summary.machineBusyDirect.produce, 0)}% / ${n(100 * c.summary.machineBusyDirect.consume, 0)}% | ${mib(c.summary.rssPeakBytes)} / ${mib(c.summary.rssMedianBytes)} | ${n(c.summary.idleMillicores, 0)} |`,
    ),
  ].join('\n');
}

/** The µs Produce probe (bench/e2e/produce-latency.ts), per case that ran it. */
export function produceProbeTable(report: E2eReport): string {
  const rows = report.cases.filter((c) => c.produceLatency !== undefined);
  if (rows.length === 0) return '';
  const first = rows[0]!.produceLatency!;
  return [
    `Produce round trips at µs resolution (${n(first.requests)} per side, one 1-record batch of ${report.settings.recordSize} B each, acks=all, ${n(first.ratePerSec)} requests/s, sides alternating in blocks):`,
    '',
    '| case | p50 µs direct / proxy | p99 µs direct / proxy | added p50 µs | added p99 µs |',
    '|---|---:|---:|---:|---:|',
    ...rows.map((c) => {
      const l = c.produceLatency!;
      return `| ${c.title} | ${n(l.directP50Us)} / ${n(l.proxyP50Us)} | ${n(l.directP99Us)} / ${n(l.proxyP99Us)} | ${n(l.addedP50Us)} | ${n(l.addedP99Us)} |`;
    }),
  ].join('\n');
}

const verdict = (ok: boolean | undefined): string => (ok === undefined ? 'n/a' : ok ? 'met' : 'MISSED');

export function targetsTable(report: E2eReport): string {
  const rows = ran(report.cases).map((c) => {
    const s = c.summary;
    const tput = Math.min(s.produceMbPerSec.ratio, s.consumeMbPerSec.ratio);
    // The µs probe when it ran; else ProducerPerformance's whole milliseconds.
    const addedP99 =
      c.produceLatency !== undefined
        ? c.produceLatency.addedP99Us / 1000
        : s.latencyP99Ms
          ? s.latencyP99Ms.proxy - s.latencyP99Ms.direct
          : undefined;
    const cpu = Math.max(s.cpuSecondsPerGbProduce, s.cpuSecondsPerGbConsume);
    const p99Digits = c.produceLatency !== undefined ? 2 : 0;
    return `| ${c.title} | ${n(tput, 3)} ${verdict(tput >= TARGETS.throughputRatio)} | ${addedP99 === undefined ? 'n/a' : `${n(addedP99, p99Digits)} ms ${verdict(addedP99 <= TARGETS.addedP99Ms)}`} | ${n(cpu, 1)} ${verdict(cpu <= TARGETS.millicoresPerMBps)} |`;
  });
  return [
    `| case | min throughput ratio (>= ${TARGETS.throughputRatio}) | added p99 Produce (<= ${TARGETS.addedP99Ms} ms; µs probe, else the tool's 1 ms) | proxy millicores per MB/s, worse of produce/consume (<= ${TARGETS.millicoresPerMBps}) |`,
    '|---|---:|---:|---:|',
    ...rows,
  ].join('\n');
}

export function e2eMarkdown(report: E2eReport): string {
  const s = report.settings;
  const parts = [
    `${describeMachine(report.machine)}; load average at start ${report.machine.loadAverage}, at end ${report.loadAverageEnd}; proxy runtime: ${report.runtime}${report.pinning ? `; ${report.pinning}` : ''}`,
    `${s.reps} repetitions, medians; ${s.recordSize} B records, acks=all${
      s.producerProperties
        ? `, ${Object.entries(s.producerProperties)
            .map(([k, v]) => `${k}=${v}`)
            .join(', ')}`
        : ''
    }; produce ${s.produceRecords} records unthrottled; consume ${s.consumeRecords} records; latency at ${s.latencyRate} records/s for ${s.latencyRecords} records; ${s.manyTopics} topics x ${s.manyTopicsRecords} records per run in the many-topics case`,
    '',
    throughputTable(report),
    '',
    latencyCostTable(report),
    '',
    targetsTable(report),
  ];
  const probe = produceProbeTable(report);
  if (probe !== '') parts.push('', probe);
  const notRun = report.cases.filter((c) => !c.ran);
  if (notRun.length > 0) {
    parts.push('', 'Not run:', ...notRun.map((c) => `- ${c.title}: ${c.notRunReason ?? 'unknown'}`));
  }
  const checks = report.cases.flatMap((c) => c.checks.map((check) => `- ${c.title}: ${check}`));
  if (checks.length > 0) parts.push('', 'Checks:', ...checks);
  for (const p of report.profiles ?? []) {
    parts.push(
      '',
      `CPU profile of the proxy during one ${p.phase} run (${p.case}, under --cpu-prof): ${n(p.mbPerSec, 1)} MB/s, ${n(p.cpuSeconds, 2)} CPU s for ${n(p.mbMoved, 0)} MB; ${p.file}`,
      '',
      selfTimeTable(p.summary),
    );
  }
  return parts.join('\n');
}
