/**
 * The proxy's cost against the broker alone, measured with Kafka's own perf tools: every phase runs
 * directly against the broker and through the proxy, alternating (which goes first flips every
 * repetition, so drift in the machine's load does not favour one side), and the proxy runs as its
 * own process so its CPU seconds and RSS are read from /proc.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startKafka, type ClientEndpoint, type KafkaCluster } from '../../test/harness/index.js';
import {
  AUDIT_TOPIC,
  auditRecordCount,
  CASE_TITLES,
  checkPolicyEnforced,
  CONSUMER_GROUP,
  createBenchTopics,
  endpointFor,
  manyTopicNames,
  PRODUCE_TOPIC,
  proxyConfigFor,
  PASSWORD,
  SCRAM_USERS,
  USERS,
  type CaseName,
} from './cases.js';
import { summarizeCpuProfile, type SelfTimeSummary } from './cpuprofile-summary.js';
import { loadAverage, machineInfo, type MachineInfo } from './machine.js';
import type { ManyTopicsJob, ManyTopicsResult } from './many-topics-load.js';
import { runConsumerPerformance, runProducerPerformance } from './perf-tools.js';
import { measureProduceLatency, type ProduceLatency } from './produce-latency.js';
import { machineCpuTicks, median, RssSampler } from './process-stats.js';
import {
  buildProxy,
  ProxyStartError,
  REPO_ROOT,
  startProxyProcess,
  type ProxyProcess,
  type ProxyRuntime,
} from './proxy-process.js';

export interface E2eSettings {
  reps: number;
  recordSize: number;
  /** Records per produce throughput run (unthrottled, acks=all). */
  produceRecords: number;
  /** Records per consume run. */
  consumeRecords: number;
  /** Records per second of the latency run. */
  latencyRate: number;
  latencyRecords: number;
  manyTopics: number;
  /** Records per run of the many-topics case (spread over all topics). */
  manyTopicsRecords: number;
  /** Produce round trips per side of the µs latency probe (bench/e2e/produce-latency.ts); 0 skips it. */
  probeRequests: number;
  /** Requests per second per side of the probe. */
  probeRate: number;
  /** Producer properties beyond acks=all for every ProducerPerformance run; none by default. */
  producerProperties?: Record<string, string>;
}

export const FULL_SETTINGS: E2eSettings = {
  reps: 5,
  recordSize: 1024,
  produceRecords: 100_000,
  consumeRecords: 200_000,
  latencyRate: 2000,
  latencyRecords: 16_000,
  manyTopics: 100,
  manyTopicsRecords: 80_000,
  probeRequests: 6_000,
  probeRate: 500,
};

export const QUICK_SETTINGS: E2eSettings = {
  reps: 1,
  recordSize: 1024,
  produceRecords: 30_000,
  consumeRecords: 30_000,
  latencyRate: 2000,
  latencyRecords: 6_000,
  manyTopics: 100,
  manyTopicsRecords: 16_000,
  probeRequests: 1_200,
  probeRate: 500,
};

export interface E2eOptions extends E2eSettings {
  cases: CaseName[];
  /** `dist` (default): compiled first, as the container image runs it; `tsx`: from the sources. */
  runtime?: ProxyRuntime;
  /** Also run one produce and one consume run through a proxy under `node --cpu-prof` for this case. */
  profileCase?: CaseName;
  /** Where the .cpuprofile goes. */
  profileDir?: string;
  /** Pin every proxy process to these CPUs (taskset list), e.g. `1` beside a run under `taskset -c 0`. */
  proxyCpus?: string;
  log: (line: string) => void;
}

export type Mode = 'direct' | 'proxy';
export type Phase = 'produce' | 'consume' | 'latency';

export interface Sample {
  rep: number;
  mode: Mode;
  phase: Phase;
  records: number;
  bytes: number;
  recordsPerSec: number;
  /** MiB/s as the tools print it. */
  mbPerSec: number;
  avgLatencyMs?: number;
  p50Ms?: number;
  p99Ms?: number;
  /** The proxy process's CPU seconds during this run (also for direct runs: its idle cost). */
  proxyCpuSeconds: number;
  /** The part of proxyCpuSeconds spent in the kernel (socket reads and writes). */
  proxySystemSeconds: number;
  /** Wall time of the whole tool run, JVM start included. */
  wallSeconds: number;
  /** Share of all the machine's cores that were busy during the run (any process, 0-1). */
  machineBusy: number;
}

export interface Ratio {
  direct: number;
  proxy: number;
  /** proxy / direct */
  ratio: number;
}

/** proxy/direct of the two runs of each repetition (adjacent in time), over the repetitions. */
export interface PairedRatio {
  median: number;
  min: number;
  max: number;
}

export interface CaseSummary {
  producePaired: PairedRatio;
  consumePaired: PairedRatio;
  produceRecordsPerSec: Ratio;
  produceMbPerSec: Ratio;
  consumeMbPerSec: Ratio;
  consumeRecordsPerSec: Ratio;
  latencyP50Ms?: Ratio;
  latencyP99Ms?: Ratio;
  latencyAvgMs?: Ratio;
  /** Proxy CPU seconds per 10^9 payload bytes; numerically equal to millicores per MB/s (10^6 B/s). */
  cpuSecondsPerGbProduce: number;
  cpuSecondsPerGbConsume: number;
  rssPeakBytes: number;
  rssMedianBytes: number;
  /** Proxy CPU while the direct runs went past it: what it costs doing nothing (millicores). */
  idleMillicores: number;
  /** Share of the proxy's CPU in proxied throughput runs that was kernel time. */
  systemShare: number;
  /** Machine-wide CPU busy share during the direct produce and consume runs (all processes). */
  machineBusyDirect: { produce: number; consume: number };
}

export interface CaseResult {
  name: CaseName;
  title: string;
  ran: boolean;
  /** Why the case did not run. */
  notRunReason?: string;
  /** Evidence the case's configuration was in force (policy denial seen, audit records counted). */
  checks: string[];
  samples: Sample[];
  summary?: CaseSummary;
  /** Produce round trips at µs resolution, direct and through this case's proxy. */
  produceLatency?: ProduceLatency;
}

export interface PhaseProfile {
  case: CaseName;
  phase: 'produce' | 'consume';
  file: string;
  summary: SelfTimeSummary;
  cpuSeconds: number;
  mbMoved: number;
  /** MiB/s as the tool printed it (the profiler slows the proxy down). */
  mbPerSec: number;
}

export interface E2eReport {
  startedAt: string;
  finishedAt: string;
  machine: MachineInfo;
  loadAverageEnd: string;
  settings: E2eSettings;
  runtime: ProxyRuntime;
  /** The CPUs the proxy was pinned to (--proxy-cpus), and this process's own affinity. */
  pinning?: string;
  cases: CaseResult[];
  profiles?: PhaseProfile[];
}

const ratio = (direct: number, proxy: number): Ratio => ({ direct, proxy, ratio: proxy / direct });

function summarize(samples: Sample[], rss: { peakBytes: number; medianBytes: number }): CaseSummary {
  const of = (mode: Mode, phase: Phase, pick: (s: Sample) => number | undefined): number =>
    median(
      samples
        .filter((s) => s.mode === mode && s.phase === phase)
        .map(pick)
        .filter((v): v is number => v !== undefined),
    );
  const both = (phase: Phase, pick: (s: Sample) => number | undefined): Ratio =>
    ratio(of('direct', phase, pick), of('proxy', phase, pick));
  const cpuPerGb = (phase: Phase): number => of('proxy', phase, (s) => s.proxyCpuSeconds / (s.bytes / 1e9));
  const hasLatency = samples.some((s) => s.phase === 'latency');
  const paired = (phase: Phase): PairedRatio => {
    const ratios: number[] = [];
    for (const rep of new Set(samples.map((s) => s.rep))) {
      const direct = samples.find((s) => s.rep === rep && s.phase === phase && s.mode === 'direct');
      const proxy = samples.find((s) => s.rep === rep && s.phase === phase && s.mode === 'proxy');
      if (direct && proxy) ratios.push(proxy.mbPerSec / direct.mbPerSec);
    }
    return { median: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios) };
  };
  return {
    producePaired: paired('produce'),
    consumePaired: paired('consume'),
    produceRecordsPerSec: both('produce', (s) => s.recordsPerSec),
    produceMbPerSec: both('produce', (s) => s.mbPerSec),
    consumeMbPerSec: both('consume', (s) => s.mbPerSec),
    consumeRecordsPerSec: both('consume', (s) => s.recordsPerSec),
    ...(hasLatency
      ? {
          latencyP50Ms: both('latency', (s) => s.p50Ms),
          latencyP99Ms: both('latency', (s) => s.p99Ms),
          latencyAvgMs: both('latency', (s) => s.avgLatencyMs),
        }
      : {}),
    cpuSecondsPerGbProduce: cpuPerGb('produce'),
    cpuSecondsPerGbConsume: cpuPerGb('consume'),
    rssPeakBytes: rss.peakBytes,
    rssMedianBytes: rss.medianBytes,
    machineBusyDirect: {
      produce: of('direct', 'produce', (s) => s.machineBusy),
      consume: of('direct', 'consume', (s) => s.machineBusy),
    },
    systemShare: median(
      samples
        .filter((s) => s.mode === 'proxy' && s.phase !== 'latency' && s.proxyCpuSeconds > 0)
        .map((s) => s.proxySystemSeconds / s.proxyCpuSeconds),
    ),
    idleMillicores: median(
      samples.filter((s) => s.mode === 'direct').map((s) => (1000 * s.proxyCpuSeconds) / s.wallSeconds),
    ),
  };
}

async function manyTopicsRun(job: ManyTopicsJob): Promise<ManyTopicsResult> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(REPO_ROOT, 'bench/e2e/many-topics-load.ts'), JSON.stringify(job)],
    { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 600_000);
  const code = await new Promise<number | null>((done) => child.once('exit', done));
  clearTimeout(timer);
  const line = stdout.trim().split('\n').pop() ?? '';
  if (code !== 0 || !line.startsWith('{')) {
    throw new Error(`many-topics ${job.mode} exited with ${code}: ${stderr.slice(-1500)}`);
  }
  return JSON.parse(line) as ManyTopicsResult;
}

interface PhaseContext {
  cluster: KafkaCluster;
  proxy: ProxyProcess;
  settings: E2eSettings;
  rep: number;
  manyTopics: boolean;
}

function busyBetween(
  before: { busy: number; total: number },
  after: { busy: number; total: number },
): number {
  const total = after.total - before.total;
  return total > 0 ? (after.busy - before.busy) / total : NaN;
}

function cpuSpent(
  before: { user: number; system: number },
  after: { user: number; system: number },
): { proxyCpuSeconds: number; proxySystemSeconds: number } {
  // Whole clock ticks (1/100 s) as floating-point seconds: round away the subtraction's dust.
  const round = (v: number): number => Math.round(v * 1e6) / 1e6;
  return {
    proxyCpuSeconds: round(after.user + after.system - before.user - before.system),
    proxySystemSeconds: round(after.system - before.system),
  };
}

async function runPhase(ctx: PhaseContext, phase: Phase, mode: Mode): Promise<Sample> {
  const { cluster, proxy, settings } = ctx;
  const via = mode === 'proxy' ? proxy.bootstrap : undefined;
  const producer: ClientEndpoint = endpointFor(cluster, USERS.producer, via);
  const consumer: ClientEndpoint = endpointFor(cluster, USERS.consumer, via);
  const cpuBefore = proxy.cpuTimes();
  const started = process.hrtime.bigint();
  const base = { rep: ctx.rep, mode, phase };
  const machineBefore = machineCpuTicks();
  let sample: Omit<Sample, 'proxyCpuSeconds' | 'proxySystemSeconds' | 'wallSeconds' | 'machineBusy'>;
  if (ctx.manyTopics) {
    const result = await manyTopicsRun({
      mode: phase === 'consume' ? 'consume' : 'produce',
      endpoint: phase === 'consume' ? consumer : producer,
      topics: manyTopicNames(settings.manyTopics),
      records: settings.manyTopicsRecords,
      recordSize: settings.recordSize,
    });
    sample = {
      ...base,
      records: result.records,
      bytes: result.bytes,
      recordsPerSec: result.records / result.seconds,
      mbPerSec: result.bytes / 2 ** 20 / result.seconds,
    };
  } else if (phase === 'consume') {
    const r = await runConsumerPerformance(consumer, {
      topic: PRODUCE_TOPIC,
      messages: settings.consumeRecords,
      group: CONSUMER_GROUP,
    });
    sample = {
      ...base,
      records: r.records,
      bytes: r.records * settings.recordSize,
      recordsPerSec: r.recordsPerSec,
      mbPerSec: r.mbPerSec,
    };
  } else {
    const latency = phase === 'latency';
    const r = await runProducerPerformance(producer, {
      topic: PRODUCE_TOPIC,
      numRecords: latency ? settings.latencyRecords : settings.produceRecords,
      recordSize: settings.recordSize,
      throughput: latency ? settings.latencyRate : -1,
      ...(settings.producerProperties ? { extraProperties: settings.producerProperties } : {}),
    });
    sample = {
      ...base,
      records: r.records,
      bytes: r.records * settings.recordSize,
      recordsPerSec: r.recordsPerSec,
      mbPerSec: r.mbPerSec,
      avgLatencyMs: r.avgLatencyMs,
      p50Ms: r.p50Ms,
      p99Ms: r.p99Ms,
    };
  }
  return {
    ...sample,
    ...cpuSpent(cpuBefore, proxy.cpuTimes()),
    wallSeconds: Number(process.hrtime.bigint() - started) / 1e9,
    machineBusy: busyBetween(machineBefore, machineCpuTicks()),
  };
}

function describeSample(s: Sample): string {
  const latency =
    s.p99Ms !== undefined ? ` p50 ${s.p50Ms} ms p99 ${s.p99Ms} ms avg ${s.avgLatencyMs} ms` : '';
  return `${s.phase.padEnd(7)} ${s.mode.padEnd(6)} ${s.recordsPerSec.toFixed(0)} rec/s ${s.mbPerSec.toFixed(2)} MB/s${latency} proxy CPU ${s.proxyCpuSeconds.toFixed(2)} s`;
}

async function runCase(name: CaseName, cluster: KafkaCluster, options: E2eOptions): Promise<CaseResult> {
  const result: CaseResult = { name, title: CASE_TITLES[name], ran: false, checks: [], samples: [] };
  // Created up front (and waited for) rather than by the audit sink at start, so the sink's start
  // does not race the broker's metadata propagation of a topic it just created.
  if (name === 'payments-audit') await cluster.createTopic(AUDIT_TOPIC, 1, 1);
  let proxy: ProxyProcess;
  try {
    proxy = await startProxyProcess({
      config: await proxyConfigFor(name, cluster),
      runtime: options.runtime ?? 'dist',
      ...(options.proxyCpus ? { cpus: options.proxyCpus } : {}),
    });
  } catch (error) {
    if (!(error instanceof ProxyStartError)) throw error;
    // The proxy refused the case's configuration (e.g. a `policy:` or `audit:` section it does not
    // know yet): the case is reported as not run, never measured without its configuration.
    result.notRunReason = error.message.slice(0, 2000);
    options.log(`[${name}] not run: ${result.notRunReason}`);
    return result;
  }
  const rss = new RssSampler(proxy.pid);
  rss.start();
  try {
    if (name === 'payments' || name === 'payments-audit') {
      result.checks.push(
        `analytics refused through the proxy: ${await checkPolicyEnforced(cluster, proxy.bootstrap)}`,
      );
    }
    const manyTopics = name === 'topics-100';
    const phases: Phase[] = manyTopics ? ['produce', 'consume'] : ['produce', 'consume', 'latency'];
    for (let rep = 0; rep < options.reps; rep++) {
      const order: Mode[] = rep % 2 === 0 ? ['direct', 'proxy'] : ['proxy', 'direct'];
      for (const phase of phases) {
        for (const mode of order) {
          const sample = await runPhase({ cluster, proxy, settings: options, rep, manyTopics }, phase, mode);
          result.samples.push(sample);
          options.log(`[${name}] rep ${rep + 1}/${options.reps} ${describeSample(sample)}`);
        }
      }
    }
    if (options.probeRequests > 0 && !manyTopics) {
      result.produceLatency = await measureProduceLatency(cluster.bootstrap.split(',')[0]!, proxy.bootstrap, {
        requests: options.probeRequests,
        ratePerSec: options.probeRate,
        recordBytes: options.recordSize,
        topic: PRODUCE_TOPIC,
        partition: 0,
        username: USERS.producer,
        password: PASSWORD,
      });
      const l = result.produceLatency;
      options.log(
        `[${name}] Produce round trip p50/p99 µs: direct ${l.directP50Us.toFixed(0)}/${l.directP99Us.toFixed(0)}, proxy ${l.proxyP50Us.toFixed(0)}/${l.proxyP99Us.toFixed(0)}`,
      );
    }
    if (name === 'payments-audit') {
      const records = await auditRecordCount(cluster);
      if (records === 0)
        throw new Error('the audit topic is empty after the run: audit to the topic was not in force');
      result.checks.push(`${records} audit events on ${AUDIT_TOPIC} after the case`);
    }
  } finally {
    rss.stop();
    await proxy.stop();
  }
  result.ran = true;
  result.summary = summarize(result.samples, rss.summary());
  return result;
}

/**
 * One produce or consume throughput run through a proxy started with `node --cpu-prof` (its own
 * process and profile file), and the profile's top self-time functions.
 */
async function profilePhase(
  name: CaseName,
  phase: 'produce' | 'consume',
  cluster: KafkaCluster,
  options: E2eOptions,
  parentDir: string,
): Promise<PhaseProfile> {
  const dir = join(parentDir, phase);
  mkdirSync(dir, { recursive: true });
  const proxy = await startProxyProcess({
    config: await proxyConfigFor(name, cluster),
    cpuProfileDir: dir,
    runtime: options.runtime ?? 'dist',
    ...(options.proxyCpus ? { cpus: options.proxyCpus } : {}),
  });
  let cpuSeconds: number;
  let mbMoved: number;
  let mbPerSec: number;
  // Profile samples before this moment are the proxy's start, left out of the summary.
  const fromMicros = Number(process.hrtime.bigint() / 1000n);
  try {
    const before = proxy.cpuSeconds();
    if (phase === 'produce') {
      const r = await runProducerPerformance(endpointFor(cluster, USERS.producer, proxy.bootstrap), {
        topic: PRODUCE_TOPIC,
        numRecords: options.produceRecords,
        recordSize: options.recordSize,
        throughput: -1,
        ...(options.producerProperties ? { extraProperties: options.producerProperties } : {}),
      });
      mbMoved = (r.records * options.recordSize) / 1e6;
      mbPerSec = r.mbPerSec;
    } else {
      const r = await runConsumerPerformance(endpointFor(cluster, USERS.consumer, proxy.bootstrap), {
        topic: PRODUCE_TOPIC,
        messages: options.consumeRecords,
        group: CONSUMER_GROUP,
      });
      mbMoved = (r.records * options.recordSize) / 1e6;
      mbPerSec = r.mbPerSec;
    }
    cpuSeconds = proxy.cpuSeconds() - before;
    options.log(
      `[profile ${name} ${phase}] ${mbPerSec.toFixed(1)} MB/s, proxy CPU ${cpuSeconds.toFixed(2)} s`,
    );
  } finally {
    await proxy.stop();
  }
  const file = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => join(dir, f))
    .sort()
    .at(-1);
  if (!file) throw new Error(`no .cpuprofile was written to ${dir}`);
  return {
    case: name,
    phase,
    file,
    summary: summarizeCpuProfile(file, 25, fromMicros),
    cpuSeconds,
    mbMoved,
    mbPerSec,
  };
}

export async function runE2eBench(options: E2eOptions): Promise<E2eReport> {
  const startedAt = new Date().toISOString();
  const machine = machineInfo();
  options.log(`machine: ${JSON.stringify(machine)}`);
  if ((options.runtime ?? 'dist') === 'dist') buildProxy(options.log);
  const cluster = await startKafka({ nodes: 1, scram: { users: SCRAM_USERS }, heap: '1g' });
  const cases: CaseResult[] = [];
  const profiles: PhaseProfile[] = [];
  try {
    await createBenchTopics(cluster, options.cases.includes('topics-100') ? options.manyTopics : 0);
    for (const name of options.cases) cases.push(await runCase(name, cluster, options));
    if (options.profileCase && options.profileDir) {
      for (const phase of ['produce', 'consume'] as const) {
        profiles.push(await profilePhase(options.profileCase, phase, cluster, options, options.profileDir));
      }
    }
  } finally {
    await cluster.stop();
  }
  const settings: E2eSettings = {
    reps: options.reps,
    recordSize: options.recordSize,
    produceRecords: options.produceRecords,
    consumeRecords: options.consumeRecords,
    latencyRate: options.latencyRate,
    latencyRecords: options.latencyRecords,
    manyTopics: options.manyTopics,
    manyTopicsRecords: options.manyTopicsRecords,
    probeRequests: options.probeRequests,
    probeRate: options.probeRate,
    ...(options.producerProperties ? { producerProperties: options.producerProperties } : {}),
  };
  return {
    startedAt,
    finishedAt: new Date().toISOString(),
    machine,
    loadAverageEnd: loadAverage(),
    settings,
    runtime: options.runtime ?? 'dist',
    ...(options.proxyCpus
      ? { pinning: `proxy on CPUs ${options.proxyCpus}, broker and clients on CPUs ${ownCpus()}` }
      : {}),
    cases,
    ...(profiles.length > 0 ? { profiles } : {}),
  };
}

/** This process's CPU affinity (`Cpus_allowed_list`), which the broker and the tools inherit. */
function ownCpus(): string {
  const status = readFileSync('/proc/self/status', 'utf8');
  return /^Cpus_allowed_list:\s*(\S+)/m.exec(status)?.[1] ?? 'unknown';
}
