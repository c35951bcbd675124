import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { KafkaHarnessError, startKafka } from '../harness/index.js';
import { isProcessAlive, pidsWithCommandLine, waitUntilGone } from '../harness/process-probe.js';

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SERVE = join(REPO_ROOT, 'test', 'harness', 'serve.ts');

interface ServedCluster {
  child: ChildProcess;
  jvmPids: number[];
  dataDir: string;
}

const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/** Starts a broker in a separate Node process (test/harness/serve.ts) and waits for its JSON line. */
function serveInChildProcess(): Promise<ServedCluster> {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVE], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const line = stdout.split('\n').find((candidate) => candidate.startsWith('{'));
      if (line) {
        const served = JSON.parse(line) as { jvmPids: number[]; dataDir: string };
        resolve({ child, jvmPids: served.jvmPids, dataDir: served.dataDir });
      }
    });
    child.once('exit', (code) =>
      reject(new Error(`serve.ts exited (${code}) before the broker was ready: ${stderr}`)),
    );
  });
}

/** Sockets each squatting server accepted (the harness probing a node's port while it starts). */
const accepted = new WeakMap<Server, Set<Socket>>();

/** Closes a squatting server, dropping what it accepted, so closing never waits for such a peer. */
function closeSquatter(server: Server): Promise<void> {
  for (const socket of accepted.get(server) ?? []) socket.destroy();
  return new Promise((resolve) => server.close(() => resolve()));
}

function listenOn(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const sockets = new Set<Socket>();
    const server = createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => undefined).on('close', () => sockets.delete(socket));
    });
    accepted.set(server, sockets);
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

describe('harness lifecycle: no broker JVM outlives its Node process', () => {
  it('kills the broker JVM and removes its data when the Node process that started it is SIGKILLed', async () => {
    const served = await serveInChildProcess();
    expect(served.jvmPids).toHaveLength(1);
    expect(served.jvmPids.every(isProcessAlive)).toBe(true);

    // No Node code runs after SIGKILL: only the watchdog can clean up.
    served.child.kill('SIGKILL');
    const survivors = await waitUntilGone(served.jvmPids, 5_000);
    expect(survivors).toEqual([]);
    // The watchdog shell itself exits once it has removed the data directory.
    await expect.poll(() => pidsWithCommandLine(served.dataDir), { timeout: 5_000 }).toEqual([]);
    expect(existsSync(served.dataDir)).toBe(false);
  });

  it('kills the broker JVM and removes its data when the Node process that started it gets SIGTERM', async () => {
    const served = await serveInChildProcess();
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      served.child.once('exit', (_code, signal) => resolve(signal)),
    );
    served.child.kill('SIGTERM');
    // The harness's handler cleans up, then re-raises so the process still dies of SIGTERM.
    expect(await exited).toBe('SIGTERM');
    expect(await waitUntilGone(served.jvmPids, 5_000)).toEqual([]);
    expect(pidsWithCommandLine(served.dataDir)).toEqual([]);
    expect(existsSync(served.dataDir)).toBe(false);
  });
});

describe('harness start failures: one clear line, no hang, no leftover JVM', () => {
  let blocker: Server | undefined;

  afterEach(async () => {
    if (blocker) await closeSquatter(blocker);
    blocker = undefined;
  });

  it('refuses a client port that is already taken, naming the port', async () => {
    blocker = await listenOn(0);
    const address = blocker.address();
    if (address === null || typeof address === 'string') throw new Error('no port');

    const start = startKafka({ nodes: 1, clientPorts: [address.port] });
    await expect(start).rejects.toThrow(KafkaHarnessError);
    await expect(start).rejects.toThrow(`port 127.0.0.1:${address.port} is already in use`);
  });

  it('gives up at the ready timeout with the reason and the broker log tail, and leaves no JVM or data', async () => {
    const error = await startKafka({ nodes: 1, readyTimeoutMs: 300 }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(KafkaHarnessError);
    const message = (error as Error).message;
    const [headline] = message.split('\n');
    expect(headline).toMatch(
      /^Kafka \(1 node\(s\)\) not ready within 0 s: not ready: expected brokers \[1\]/,
    );
    expect(message).toContain('--- tail of ');
    const dataDir = /--- tail of (\/\S+)\/node-1\/server\.log ---/.exec(message)?.[1];
    expect(dataDir).toBeDefined();
    expect(pidsWithCommandLine(dataDir as string)).toEqual([]);
    expect(existsSync(dataDir as string)).toBe(false);
  });

  it('startNode reports the port when another process took it while the node was stopped', async () => {
    const cluster = await startKafka({ nodes: 1 });
    try {
      const port = cluster.nodes[0]?.port as number;
      await cluster.stopNode(1, { graceful: false });
      blocker = await listenOn(port);
      await expect(cluster.startNode(1)).rejects.toThrow(
        new RegExp(
          `^Kafka node 1 (cannot start|exited before it was ready): port 127\\.0\\.0\\.1:${port} is already in use`,
        ),
      );
      expect(cluster.jvmPids()).toEqual([]);
    } finally {
      await cluster.stop();
    }
  });

  it('reports a broker that exits during start with the cause from its log', async () => {
    const start = startKafka({
      nodes: 1,
      serverProperties: { 'authorizer.class.name': 'com.example.NoSuchAuthorizer' },
    });
    await expect(start).rejects.toThrow(/^Kafka node 1 exited before it was ready: .*NoSuchAuthorizer/);
  });
});
