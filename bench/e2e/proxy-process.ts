/**
 * The proxy as its own process (`kafka-l7-proxy run --config <generated yaml>`), so that its CPU
 * time and memory can be read from /proc apart from the broker and the load tools.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { PROXY_NODE_FLAGS } from '../../src/cli/node-flags.js';
import { cpuSeconds, cpuTimes, rssBytes } from './process-stats.js';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Where the compiled proxy goes: under dist/ (ignored by git, eslint and prettier; not in the npm
 * package's files) and inside the repository, because the policy loader finds
 * policies/policy.schema.json by walking up from its own file, and node_modules resolve the same way.
 * A subfolder of its own, so `npm run build`'s dist/src is never touched.
 */
export const BUILT_PROXY_DIR = join(REPO_ROOT, 'dist', 'bench-proxy');
const BUILT_MAIN = join(BUILT_PROXY_DIR, 'src', 'cli', 'main.js');

/**
 * How the proxy runs: `dist` is the compiled JavaScript the container image runs (built by
 * buildProxy); `tsx` loads the TypeScript sources through tsx (no build step, but the loader's own
 * memory and compile time count as the proxy's).
 */
export type ProxyRuntime = 'dist' | 'tsx';

/**
 * Compiles src/ and protocol/ with tsconfig.build.json into BUILT_PROXY_DIR. tsc still writes its
 * output when some other file of the tree fails to typecheck, so a type error elsewhere is reported
 * but does not stop the benchmark.
 */
export function buildProxy(log: (line: string) => void): void {
  rmSync(BUILT_PROXY_DIR, { recursive: true, force: true });
  const tsc = join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(
    process.execPath,
    [tsc, '-p', 'tsconfig.build.json', '--outDir', BUILT_PROXY_DIR],
    {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    },
  );
  if (!existsSync(BUILT_MAIN)) {
    throw new Error(`building the proxy failed: ${result.stdout}${result.stderr}`);
  }
  if (result.status !== 0) log(`tsc reported errors, but emitted the proxy: ${result.stdout.slice(0, 1500)}`);
}

export interface ProxyProcessOptions {
  /** Default `dist` (call buildProxy first). */
  runtime?: ProxyRuntime;
  /** The configuration file's content (what `run --config` reads). */
  config: Record<string, unknown>;
  /** Write a V8 CPU profile (`node --cpu-prof`) into this directory when the process exits. */
  cpuProfileDir?: string;
  /** Node options after the image's own (src/cli/node-flags.ts); a later V8 flag overrides an earlier one. */
  nodeOptions?: readonly string[];
  /** Raise the process's soft RLIMIT_NOFILE to this (up to the hard limit) before node starts. */
  openFilesLimit?: number;
  /** How long to wait for the bootstrap port to accept connections. */
  startTimeoutMs?: number;
  /**
   * Run the proxy on these CPUs only (a taskset list such as `1`), e.g. the proxy on its own core
   * while the broker and the clients share the other (start the benchmark itself under `taskset -c 0`).
   */
  cpus?: string;
}

export interface ProxyProcess {
  readonly pid: number;
  /** host:port clients bootstrap from. */
  readonly bootstrap: string;
  /** The proxy's stdout and stderr (its log), for failure messages. */
  readonly logPath: string;
  cpuSeconds(): number;
  /** User and system (kernel) CPU seconds so far. */
  cpuTimes(): { user: number; system: number };
  rssBytes(): number;
  /** SIGTERM (drain), then SIGKILL after a grace period; resolves when the process is gone. */
  stop(): Promise<void>;
}

/** The proxy refused its configuration or died during start: the reason, from its own output. */
export class ProxyStartError extends Error {}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: 0 }, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolvePort(port));
    });
  });
}

async function accepts(port: number): Promise<boolean> {
  return new Promise((resolveOk) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolveOk(true);
    });
    socket.once('error', () => resolveOk(false));
  });
}

const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

/**
 * Starts `kafka-l7-proxy run` with node itself (so the PID is the proxy, not a wrapper) and resolves
 * once its bootstrap port accepts connections.
 */
export async function startProxyProcess(options: ProxyProcessOptions): Promise<ProxyProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-proxy-'));
  const configPath = join(dir, 'proxy.yaml');
  writeFileSync(configPath, stringify(options.config));
  const logPath = join(dir, 'proxy.log');
  const logFile = createWriteStream(logPath);
  const listen = options.config.listen as { bootstrapPort: number };
  const args = [
    // As the container image starts it (Dockerfile ENTRYPOINT).
    ...PROXY_NODE_FLAGS,
    ...(options.nodeOptions ?? []),
    ...(options.cpuProfileDir ? ['--cpu-prof', '--cpu-prof-dir', options.cpuProfileDir] : []),
    ...(options.runtime === 'tsx' ? ['--import', 'tsx', join(REPO_ROOT, 'src/cli/main.ts')] : [BUILT_MAIN]),
    'run',
    '--config',
    configPath,
  ];
  // `exec` keeps the PID: the shell only sets the limit and becomes node; taskset also execs node.
  const pinned = options.cpus === undefined ? [] : ['taskset', '-c', options.cpus];
  const child =
    options.openFilesLimit === undefined
      ? spawn(
          pinned[0] ?? process.execPath,
          [...pinned.slice(1), ...(pinned.length ? [process.execPath] : []), ...args],
          {
            cwd: REPO_ROOT,
            stdio: ['ignore', 'pipe', 'pipe'],
          },
        )
      : spawn(
          '/bin/sh',
          [
            '-c',
            `ulimit -n ${options.openFilesLimit} && exec ${pinned.join(' ')} "$0" "$@"`,
            process.execPath,
            ...args,
          ],
          { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
        );
  live.add(child);
  child.stdout.pipe(logFile, { end: false });
  child.stderr.pipe(logFile, { end: false });
  let exitCode: number | null | undefined;
  const exited = new Promise<void>((done) =>
    child.once('exit', (code) => {
      exitCode = code;
      live.delete(child);
      done();
    }),
  );
  const readLog = async (): Promise<string> => {
    const { readFileSync } = await import('node:fs');
    return readFileSync(logPath, 'utf8');
  };
  const deadline = Date.now() + (options.startTimeoutMs ?? 30_000);
  for (;;) {
    if (exitCode !== undefined) {
      throw new ProxyStartError(
        `proxy exited with code ${exitCode} during start: ${(await readLog()).trim()}`,
      );
    }
    if (await accepts(listen.bootstrapPort)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new ProxyStartError(
        `proxy did not accept connections within the start timeout: ${await readLog()}`,
      );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const pid = child.pid!;
  return {
    pid,
    bootstrap: `127.0.0.1:${listen.bootstrapPort}`,
    logPath,
    cpuSeconds: () => cpuSeconds(pid),
    cpuTimes: () => cpuTimes(pid),
    rssBytes: () => rssBytes(pid),
    stop: async () => {
      if (exitCode === undefined) {
        child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(killer);
      }
      logFile.end();
      if (!options.cpuProfileDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
