// The policy object watch against an API server that is not there (a closed loopback port): the
// proxy's start is never held up, and the watch stays unsynced (the proxy unready, nothing an object
// would allow allowed) while it retries. Against a real API server: test/integration/kubernetes-policy-objects.test.ts.

import { createServer, type Server, type Socket } from 'node:net';
import { KubeConfig } from '@kubernetes/client-node';
import { pino } from 'pino';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { KubernetesPolicyWatch } from '../../../src/policy/kubernetes-policy-watch.js';

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

function kubeConfigFor(server: string): KubeConfig {
  const kc = new KubeConfig();
  kc.loadFromOptions({
    clusters: [{ name: 'c', server, skipTLSVerify: true }],
    users: [{ name: 'u', token: 'test' }],
    contexts: [{ name: 'x', cluster: 'c', user: 'u' }],
    currentContext: 'x',
  });
  return kc;
}

let watch: KubernetesPolicyWatch | undefined;
let silent: { server: Server; sockets: Set<Socket> } | undefined;
afterEach(async () => {
  watch?.stop();
  if (silent) {
    for (const s of silent.sockets) s.destroy();
    await new Promise<void>((r) => silent!.server.close(() => r()));
    silent = undefined;
  }
});

/** A loopback server that accepts connections and never answers (an API server that hangs). */
async function silentServer(): Promise<number> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  silent = { server, sockets };
  return (server.address() as { port: number }).port;
}

describe('the policy object watch without a reachable API server', () => {
  it('starts at once, Cilium collections included, and stays unsynced while it retries', async () => {
    const lines: Array<Record<string, unknown>> = [];
    const log = pino(
      { level: 'info' },
      new Writable({
        write(chunk: Buffer, _e, done) {
          for (const l of chunk.toString().split('\n'))
            if (l) lines.push(JSON.parse(l) as Record<string, unknown>);
          done();
        },
      }),
    );
    watch = new KubernetesPolicyWatch({
      kubeConfig: kubeConfigFor(`https://127.0.0.1:${await closedPort()}`),
      ciliumPolicies: true,
      log,
    });
    const started = Date.now();
    await watch.start();
    expect(Date.now() - started).toBeLessThan(1000);
    const deadline = Date.now() + 20_000;
    while (!lines.some((l) => l.event === 'policy.objects.watch-lost') && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    expect(lines.some((l) => l.event === 'policy.objects.watch-lost')).toBe(true);
    expect(watch.synced).toBe(false);
    expect(watch.stats()).toMatchObject({ synced: false, connected: false, objects: 0, inForce: 0 });
    expect(watch.parts()).toEqual([]);
  });

  it('does not wait for an API server that accepts connections and never answers', async () => {
    watch = new KubernetesPolicyWatch({
      kubeConfig: kubeConfigFor(`https://127.0.0.1:${await silentServer()}`),
      ciliumPolicies: true,
    });
    const started = await Promise.race([
      watch.start().then(() => 'started'),
      new Promise((r) => setTimeout(() => r('still starting after 5 s'), 5000)),
    ]);
    expect(started).toBe('started');
    await new Promise((r) => setTimeout(r, 1500));
    expect(watch.synced).toBe(false);
    expect(silent!.sockets.size).toBeGreaterThan(0);
  });
});
