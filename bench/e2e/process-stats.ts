/**
 * CPU time and resident memory of another process, read from /proc (Linux only), so the proxy can be
 * measured apart from the broker and the load tools that share the machine with it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

let ticksPerSecond: number | undefined;

/** USER_HZ, the unit of utime/stime in /proc/<pid>/stat (100 on nearly every Linux). */
function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/** User + system CPU seconds the process has used so far (its threads included). */
export function cpuSeconds(pid: number): number {
  const { user, system } = cpuTimes(pid);
  return user + system;
}

/**
 * User and system (kernel: socket reads and writes, for a proxy) CPU seconds so far, threads
 * included.
 */
export function cpuTimes(pid: number): { user: number; system: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may contain spaces; the fields after its closing ')' are fixed.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state); utime is field 14, stime field 15.
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return { user: utime / clockTicks(), system: stime / clockTicks() };
}

/** Resident set size in bytes (VmRSS). */
export function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(status);
  if (!match) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(match[1]) * 1024;
}

/** Open file descriptors of the process. */
export function openFiles(pid: number): number {
  return readdirSync(`/proc/${pid}/fd`).length;
}

/** Samples VmRSS on an interval; peak and median over everything sampled since start. */
export class RssSampler {
  private readonly samples: number[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly pid: number,
    private readonly intervalMs = 250,
  ) {}

  start(): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  private sample(): void {
    try {
      this.samples.push(rssBytes(this.pid));
    } catch {
      // The process has exited; the samples so far stand.
    }
  }

  summary(): { peakBytes: number; medianBytes: number; samples: number } {
    return {
      peakBytes: Math.max(0, ...this.samples),
      medianBytes: median(this.samples),
      samples: this.samples.length,
    };
  }
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Soft and hard RLIMIT_NOFILE of a process ('self' for this one), from /proc/<pid>/limits. */
export function openFilesLimit(pid: number | 'self' = 'self'): { soft: number; hard: number } {
  const limits = readFileSync(`/proc/${pid}/limits`, 'utf8');
  const match = /^Max open files\s+(\d+|unlimited)\s+(\d+|unlimited)/m.exec(limits);
  if (!match) throw new Error(`no open-files limit in /proc/${pid}/limits`);
  const num = (v: string): number => (v === 'unlimited' ? Number.MAX_SAFE_INTEGER : Number(v));
  return { soft: num(match[1]!), hard: num(match[2]!) };
}

/** Busy and total jiffies of all CPUs together (/proc/stat), for the machine's utilization. */
export function machineCpuTicks(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
  const values = line.trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal (guest time is already in user and nice).
  const [user, nice, system, idle, iowait, irq, softirq, steal] = values as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const idleAll = idle + iowait;
  const busy = user + nice + system + irq + softirq + steal;
  return { busy, total: busy + idleAll };
}
