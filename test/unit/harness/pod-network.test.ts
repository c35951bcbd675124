// The network-namespace pods of test/harness/pod-network.ts: each pod's connections come from its
// own address, a removed pod's address can be given to a new pod, and nothing is left behind, not
// even by a process that was killed before it could clean up. Needs root (as CI runs);
// KAFKA_L7_PROXY_SKIP_NETNS=1 skips it on a laptop.

import { spawn, spawnSync } from 'node:child_process';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPodNetwork,
  netnsTestsSkipped,
  removeStalePodNetworks,
  type PodNetwork,
} from '../../harness/pod-network.js';
import { runSupervised } from '../../harness/supervised-process.js';

function netnsNames(): string[] {
  return spawnSync('ip', ['netns', 'list'], { encoding: 'utf8' })
    .stdout.split('\n')
    .map((l) => l.split(' ')[0] ?? '')
    .filter((n) => n.length > 0);
}

function linkNames(): string[] {
  return [
    ...spawnSync('ip', ['-o', 'link', 'show'], { encoding: 'utf8' }).stdout.matchAll(/^\d+: ([^:@]+)/gm),
  ].map((m) => m[1]!);
}

/** Runs node inside `netns`, connecting to `host:port`; resolves with what it printed. */
async function connectFrom(netns: string, host: string, port: number): Promise<string> {
  const script = `const s=require('net').connect(${port},'${host}',()=>{console.log('connected');s.end()});s.on('error',e=>console.log(e.code))`;
  const r = await runSupervised(process.execPath, ['-e', script], { netns, timeoutMs: 30_000 });
  return r.stdout.trim() || r.stderr.trim();
}

describe.skipIf(netnsTestsSkipped())('pod network (one network namespace per simulated pod)', () => {
  let net: PodNetwork;
  let server: Server;
  const peers: string[] = [];

  beforeAll(async () => {
    net = createPodNetwork();
    server = createServer((socket) => {
      peers.push(socket.remoteAddress ?? '?');
      socket.end();
    });
    await new Promise<void>((resolve) => server.listen(0, net.hostAddress, resolve));
  });

  afterAll(async () => {
    net?.stop();
    await new Promise((resolve) => server?.close(resolve));
  });

  it("gives each pod its own source address, seen by a server on the host's bridge address", async () => {
    const port = (server.address() as AddressInfo).port;
    const a = net.addPod();
    const b = net.addPod();
    expect(a.ip).not.toBe(b.ip);
    expect(await connectFrom(a.netns, net.hostAddress, port)).toBe('connected');
    expect(await connectFrom(b.netns, net.hostAddress, port)).toBe('connected');
    expect(peers).toEqual([a.ip, b.ip]);
    // A pod that talked to the host before others joined the bridge still reaches it (a bridge
    // whose MAC followed its ports' would leave the pod's ARP entry for the host pointing nowhere;
    // with random veth MACs, five more pods change such a bridge's MAC almost surely).
    for (let i = 0; i < 5; i++) net.addPod();
    expect(await connectFrom(a.netns, net.hostAddress, port)).toBe('connected');
  });

  it("gives a removed pod's address to a new pod, in a new namespace", async () => {
    const port = (server.address() as AddressInfo).port;
    const old = net.addPod();
    expect(() => net.addPod({ ip: old.ip })).toThrow(/has not been removed/);
    net.removePod(old);
    expect(netnsNames()).not.toContain(old.netns);
    const reused = net.addPod({ ip: old.ip });
    expect(reused.netns).not.toBe(old.netns);
    expect(await connectFrom(reused.netns, net.hostAddress, port)).toBe('connected');
    expect(peers.at(-1)).toBe(old.ip);
  });

  it('removes every namespace and link on stop', () => {
    const other = createPodNetwork();
    const pod = other.addPod();
    expect(netnsNames()).toContain(pod.netns);
    const links = linkNames().filter((l) => l.startsWith(`kl7${process.pid}`));
    expect(links.length).toBeGreaterThanOrEqual(2);
    other.stop();
    expect(netnsNames()).not.toContain(pod.netns);
    const left = linkNames().filter((l) => l.startsWith(`kl7${process.pid}`));
    // Only the first network's bridge and pods stay.
    expect(left.length).toBe(links.length - 2);
  });

  it('removes what a killed run left behind the next time a pod network is made', async () => {
    // A child process makes a pod network and is SIGKILLed: no exit handler of its runs.
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        `import('./test/harness/pod-network.ts').then((m) => { const n = m.createPodNetwork(); n.addPod(); console.log(process.pid); setInterval(() => {}, 1000); })`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const pid = await new Promise<string>((resolve) =>
      child.stdout.once('data', (d: Buffer) => resolve(d.toString().trim())),
    );
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(netnsNames()).toContain(`kl7p-${pid}-1`);
    const removed = removeStalePodNetworks();
    expect(removed).toEqual(expect.arrayContaining([`kl7p-${pid}-1`, `kl7${pid}b1`]));
    expect(netnsNames()).not.toContain(`kl7p-${pid}-1`);
    expect(linkNames().filter((l) => l.startsWith(`kl7${pid}`))).toEqual([]);
  });
});
