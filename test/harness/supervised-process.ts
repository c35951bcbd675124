import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { isProcessAlive } from './process-probe.js';

/**
 * Runs a command (a Kafka JVM) so that it cannot outlive the Node process that started it:
 *
 * 1. The command runs under a small POSIX-shell watchdog in its own process group. A watcher loop
 *    in that group checks the watched Node PIDs with `kill -0` every half second and SIGKILLs the
 *    command when any is gone, which covers a runner killed with SIGKILL, where no Node code runs.
 *    The watchdog then removes the given cleanup directory (broker data) as well.
 * 2. Exit and signal handlers in this process SIGKILL every live group and run the registered
 *    synchronous cleanups (SIGINT, SIGTERM, SIGHUP, normal exit, uncaught errors).
 * 3. Callers stop processes through the group, so the shell and the JVM go together.
 */

// The command gets the watchdog's stdin explicitly: a background job of a non-interactive shell
// would otherwise read /dev/null, and console producers need their input.
const WATCHDOG_SCRIPT = `
exec 3<&0
"$@" <&3 3<&- &
child=$!
exec 3<&-
if [ -n "$KH_PID_FILE" ]; then echo "$child" > "$KH_PID_FILE"; fi
(
  trap '' TERM INT HUP
  while :; do
    for p in $KH_WATCH_PIDS; do
      if ! kill -0 "$p" 2>/dev/null; then
        kill -KILL "$child" 2>/dev/null
        exit 0
      fi
    done
    sleep 0.5
  done
) </dev/null >/dev/null 2>&1 &
watcher=$!
trap 'kill -TERM "$child" 2>/dev/null' TERM INT HUP
while :; do
  wait "$child"
  status=$?
  kill -0 "$child" 2>/dev/null || break
done
kill -KILL "$watcher" 2>/dev/null
# Orphaned: nobody is left to clean up, so the watchdog removes the data once the command is dead
# and then ends whatever else remains in its process group, itself included.
for p in $KH_WATCH_PIDS; do
  if ! kill -0 "$p" 2>/dev/null; then
    if [ -n "$KH_CLEANUP_DIR" ]; then rm -rf "$KH_CLEANUP_DIR"; fi
    kill -KILL 0
  fi
done
exit $status
`;

export interface SuperviseOptions {
  command: string;
  args: readonly string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** stdin, stdout, stderr as for `child_process.spawn`. */
  stdio: StdioOptions;
  /** Written by the watchdog with the command's own PID (the JVM), for tests that check it is gone. */
  pidFile?: string;
  /** Removed by the watchdog after it killed the command because its Node parent vanished. */
  cleanupDirOnOrphan?: string;
}

export interface SupervisedProcess {
  readonly child: ChildProcess;
  /** PID of the watchdog shell, which is also the process group ID. */
  readonly groupId: number;
  /** Resolves with the exit code (null when killed by a signal) once the group leader is gone. */
  readonly exited: Promise<number | null>;
  isRunning(): boolean;
  /** PID of the supervised command itself, once the watchdog has written it. */
  commandPid(): number | undefined;
  /** SIGTERM to the group, then SIGKILL when it has not exited within graceMs. */
  terminate(graceMs: number): Promise<void>;
  /** SIGKILL to the whole group; resolves when the group leader has exited. */
  kill(): Promise<void>;
}

const liveGroups = new Set<number>();
const exitCleanups = new Set<() => void>();
let handlersInstalled = false;

/** PIDs the watchdogs watch: this process, and under vitest also its runner (our parent). */
function watchedPids(): number[] {
  const pids = [process.pid];
  if (process.env.VITEST && process.ppid > 1) pids.push(process.ppid);
  return pids;
}

function killGroup(groupId: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-groupId, signal);
  } catch {
    // ESRCH: the group is already gone.
  }
}

function killEverythingNow(): void {
  for (const groupId of liveGroups) killGroup(groupId, 'SIGKILL');
  liveGroups.clear();
  for (const cleanup of exitCleanups) {
    try {
      cleanup();
    } catch {
      // Best effort while exiting: one failed cleanup must not skip the others.
    }
  }
  exitCleanups.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  killEverythingNow();
  process.removeListener(signal, onSignal);
  // With no other listener, re-raise so the process ends the way it would have without us.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', killEverythingNow);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, onSignal);
}

/** Registers a synchronous cleanup (such as removing a data directory) run if this process exits early. */
export function onHarnessExit(cleanup: () => void): () => void {
  installHandlers();
  exitCleanups.add(cleanup);
  return () => exitCleanups.delete(cleanup);
}

export function superviseProcess(options: SuperviseOptions): SupervisedProcess {
  installHandlers();
  const env: NodeJS.ProcessEnv = {
    ...(options.env ?? process.env),
    KH_WATCH_PIDS: watchedPids().join(' '),
    KH_PID_FILE: options.pidFile ?? '',
    KH_CLEANUP_DIR: options.cleanupDirOnOrphan ?? '',
  };
  const child = spawn(
    '/bin/sh',
    ['-c', WATCHDOG_SCRIPT, 'kafka-harness-watchdog', options.command, ...options.args],
    {
      cwd: options.cwd,
      env,
      stdio: options.stdio,
      detached: true,
    },
  );
  if (child.pid === undefined) {
    // spawn reports the reason asynchronously through 'error'; /bin/sh missing is the only case.
    throw new Error(`could not start /bin/sh to supervise ${options.command}`);
  }
  const groupId = child.pid;
  liveGroups.add(groupId);
  let running = true;
  const readCommandPid = (): number | undefined => {
    if (!options.pidFile) return undefined;
    try {
      const pid = Number(readFileSync(options.pidFile, 'utf8').trim());
      return Number.isInteger(pid) && pid > 0 ? pid : undefined;
    } catch {
      return undefined;
    }
  };
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      // The leader is gone; make sure nothing else of the group lingers. A SIGKILL to the group
      // can end the shell before the JVM has died and released its ports, so wait for the JVM too.
      killGroup(groupId, 'SIGKILL');
      const commandPid = readCommandPid();
      const deadline = Date.now() + 10_000;
      const settle = (): void => {
        if (commandPid !== undefined && isProcessAlive(commandPid) && Date.now() < deadline) {
          setTimeout(settle, 20);
          return;
        }
        running = false;
        liveGroups.delete(groupId);
        resolve(code);
      };
      settle();
    });
    child.once('error', () => {
      running = false;
      liveGroups.delete(groupId);
      resolve(null);
    });
  });

  const terminate = async (graceMs: number): Promise<void> => {
    if (!running) return;
    // An unref'd child would let the event loop end before its exit is reported.
    child.ref();
    killGroup(groupId, 'SIGTERM');
    const timer = setTimeout(() => killGroup(groupId, 'SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  };

  return {
    child,
    groupId,
    exited,
    isRunning: () => running,
    commandPid: readCommandPid,
    terminate,
    kill: async () => {
      if (!running) return;
      child.ref();
      killGroup(groupId, 'SIGKILL');
      await exited;
    },
  };
}

export interface RunOptions {
  /** Killed (the whole process group) after this long; default 60 s. */
  timeoutMs?: number;
  /** Written to stdin, which is then closed. */
  input?: string;
  cwd?: string;
  /** Removed by the watchdog if this process dies before the command finishes. */
  cleanupDirOnOrphan?: string;
  /**
   * Run inside this network namespace (`ip netns exec NETNS command ...`, which needs root), e.g. a
   * simulated pod of test/harness/pod-network.ts, so that the command's connections come from its address.
   */
  netns?: string;
}

/** `command args` as run inside network namespace `netns` (unchanged when `netns` is undefined). */
export function inNetns(
  netns: string | undefined,
  command: string,
  args: readonly string[],
): { command: string; args: readonly string[] } {
  return netns === undefined
    ? { command, args }
    : { command: 'ip', args: ['netns', 'exec', netns, command, ...args] };
}

export interface RunResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /** Wall-clock milliseconds from spawn to exit. */
  elapsedMs: number;
}

/** Runs a command to completion under the watchdog, collecting its output; a timeout kills it. */
export async function runSupervised(
  command: string,
  args: readonly string[],
  options: RunOptions = {},
): Promise<RunResult> {
  const started = Date.now();
  const supervised = superviseProcess({
    ...inNetns(options.netns, command, args),
    cwd: options.cwd,
    stdio: ['pipe', 'pipe', 'pipe'],
    cleanupDirOnOrphan: options.cleanupDirOnOrphan,
  });
  const { child } = supervised;
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const streamsClosed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  // EPIPE when the command exits before reading all input is not our failure; the exit code tells.
  child.stdin?.on('error', () => undefined);
  child.stdin?.end(options.input ?? '');

  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    void supervised.kill();
  }, options.timeoutMs ?? 60_000);
  const exitCode = await supervised.exited;
  await streamsClosed;
  clearTimeout(timer);
  return { exitCode, stdout, stderr, timedOut, elapsedMs: Date.now() - started };
}
