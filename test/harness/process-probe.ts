import { readFileSync, readdirSync } from 'node:fs';

/**
 * True while any thread of the process still runs. A killed JVM's main thread turns zombie before
 * its other threads have exited, and those still hold its sockets, so a zombie leader counts as
 * alive until it is the last task left.
 */
export function isProcessAlive(pid: number): boolean {
  let stat: string;
  let tasks: number;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    tasks = readdirSync(`/proc/${pid}/task`).length;
  } catch {
    return false;
  }
  const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  return !((state === 'Z' || state === 'X') && tasks <= 1);
}

/** PIDs of live processes whose command line contains `needle` (like `pgrep -f`). */
export function pidsWithCommandLine(needle: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    if (pid === process.pid) continue;
    try {
      const commandLine = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ');
      if (commandLine.includes(needle) && isProcessAlive(pid)) pids.push(pid);
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

/** Polls until none of the PIDs is alive; resolves with those still alive at the deadline. */
export async function waitUntilGone(pids: readonly number[], timeoutMs: number): Promise<number[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const alive = pids.filter(isProcessAlive);
    if (alive.length === 0 || Date.now() >= deadline) return alive;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
