// Distinct client source addresses on one machine: one Linux network namespace per simulated pod.
//
// A pod network is a bridge on the host (`kl7<owner pid>b<k>`) holding the first address of a private
// /24 from 10.213.0.0/16 (the "node" address: the proxy listens there), and for each pod a network
// namespace `kl7p-<owner pid>-<n>` whose `eth0` (one end of a veth pair, the other end on the bridge)
// holds the pod's own address from that /24. Real clients run inside a namespace with
// `ip netns exec` (the `netns` option of runSupervised, so Kafka's Java tools and the librdkafka
// clients take it too); their connections to the proxy then come from the pod's address, which the
// tests give the Pod objects in the API server. The addresses exist on those links only: nothing
// is routed beyond the bridge.
//
// Needs CAP_SYS_ADMIN and CAP_NET_ADMIN (root, as in CI). Without them `createPodNetwork` throws a
// PodNetworkError naming the missing privilege; a laptop may opt out of the tests that need it with
// KAFKA_L7_PROXY_SKIP_NETNS=1 (CI never sets it).
//
// Everything is removed by `stop()`, by the harness's exit handlers (signals, uncaught errors), and,
// for a run that was SIGKILLed, by the next `createPodNetwork` on this machine, which removes the
// namespaces and bridges of owner processes that no longer exist.
//
//   const net = await createPodNetwork();
//   const api = net.addPod();                       // { netns: 'kl7p-1234-1', ip: '10.213.5.2' }
//   await consoleProducer(endpoint, { topic, values, netns: api.netns });
//   net.stop();

import { spawnSync } from 'node:child_process';
import { isProcessAlive } from './process-probe.js';
import { onHarnessExit } from './supervised-process.js';

/** Set to `1` to skip the tests that need network namespaces (a laptop without root). */
export const SKIP_NETNS_ENV = 'KAFKA_L7_PROXY_SKIP_NETNS';

/** True when the environment asks to skip network-namespace tests (never set in CI). */
export function netnsTestsSkipped(): boolean {
  return process.env[SKIP_NETNS_ENV] === '1';
}

export class PodNetworkError extends Error {
  override readonly name = 'PodNetworkError';
}

/** One simulated pod: a network namespace and the address its connections come from. */
export interface PodNamespace {
  /** The namespace name, for `ip netns exec` (the `netns` run option). */
  readonly netns: string;
  /** The pod's IPv4 address (on its `eth0`). */
  readonly ip: string;
}

export interface PodNetwork {
  /** The host's address on the bridge: where the proxy listens, and the pods' node address. */
  readonly hostAddress: string;
  /** The /24 the pods' addresses come from, e.g. `10.213.5.0/24`. */
  readonly subnet: string;
  /**
   * Creates a namespace with its own address (the next free one, or `ip`: an address of a removed
   * pod, as a cluster reuses the IP of a deleted pod); synchronous (a few `ip` commands).
   */
  addPod(options?: { ip?: string }): PodNamespace;
  /** Removes a pod's namespace and its veth pair; processes still inside lose their network. */
  removePod(pod: PodNamespace): void;
  /** Removes every namespace and the bridge. Safe to call twice. */
  stop(): void;
}

const NETNS_PREFIX = 'kl7p-';
const LINK_PREFIX = 'kl7';
/** Numbers bridges and pods across all pod networks of this process (names stay unique). */
let networksMade = 0;
let podsMade = 0;

function ip(args: readonly string[]): { ok: boolean; stdout: string; stderr: string } {
  const r = spawnSync('ip', args, { encoding: 'utf8', timeout: 30_000 });
  if (r.error) {
    throw new PodNetworkError(
      `could not run \`ip\` (${r.error.message}): install iproute2 to run the network-namespace tests`,
    );
  }
  return { ok: r.status === 0, stdout: r.stdout, stderr: r.stderr.trim() };
}

function must(args: readonly string[]): string {
  const r = ip(args);
  if (!r.ok) throw new PodNetworkError(`ip ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** Owner PID encoded in a namespace or link name of ours, or undefined when it is not ours. */
function ownerOf(name: string): number | undefined {
  const m = /^kl7p-(\d+)-\d+$/.exec(name) ?? /^kl7(\d+)[bv]\d+$/.exec(name);
  return m ? Number(m[1]) : undefined;
}

/** Removes namespaces and links left by harness runs whose process no longer exists. */
export function removeStalePodNetworks(): string[] {
  const removed: string[] = [];
  const namespaces = ip(['netns', 'list'])
    .stdout.split('\n')
    .map((l) => l.split(' ')[0] ?? '');
  for (const ns of namespaces) {
    const owner = ns.startsWith(NETNS_PREFIX) ? ownerOf(ns) : undefined;
    if (owner !== undefined && !isProcessAlive(owner) && ip(['netns', 'delete', ns]).ok) removed.push(ns);
  }
  const links = ip(['-o', 'link', 'show']).stdout.split('\n');
  for (const line of links) {
    const name = /^\d+: ([^:@]+)[@:]/.exec(line)?.[1];
    const owner = name?.startsWith(LINK_PREFIX) ? ownerOf(name) : undefined;
    if (name && owner !== undefined && !isProcessAlive(owner) && ip(['link', 'delete', name]).ok)
      removed.push(name);
  }
  return removed;
}

/** A /24 of 10.213.0.0/16 that no interface on this host uses yet. */
function freeSubnet(): number {
  const used = ip(['-4', '-o', 'addr', 'show']).stdout;
  const routes = ip(['-4', 'route', 'show']).stdout;
  // Start from the PID so that concurrent runs rarely probe the same /24 first.
  for (let i = 0; i < 254; i++) {
    const third = ((process.pid + i) % 254) + 1;
    const prefix = `10.213.${third}.`;
    if (!used.includes(prefix) && !routes.includes(prefix)) return third;
  }
  throw new PodNetworkError('no free /24 in 10.213.0.0/16 for the pod network');
}

function explainPrivilege(stderr: string): string {
  return (
    `cannot create a network namespace (${stderr}). The pod identity tests run each simulated ` +
    `pod's clients in a network namespace of its own, which needs CAP_SYS_ADMIN and CAP_NET_ADMIN ` +
    `(run as root, as CI does). To skip these tests on a machine without them, set ${SKIP_NETNS_ENV}=1.`
  );
}

/** Creates the bridge; throws PodNetworkError (naming the missing privilege) where that is impossible. */
export function createPodNetwork(): PodNetwork {
  if (process.platform !== 'linux')
    throw new PodNetworkError(`network namespaces need Linux (this is ${process.platform})`);
  removeStalePodNetworks();
  const owner = process.pid;
  const third = freeSubnet();
  const hostAddress = `10.213.${third}.1`;
  const bridge = `${LINK_PREFIX}${owner}b${++networksMade}`;
  const probe = ip(['link', 'add', bridge, 'type', 'bridge']);
  if (!probe.ok) {
    if (/Operation not permitted|permission/i.test(probe.stderr))
      throw new PodNetworkError(explainPrivilege(probe.stderr));
    throw new PodNetworkError(`ip link add ${bridge} type bridge: ${probe.stderr}`);
  }
  /** Namespace name -> its address and the host end of its veth pair. */
  const pods = new Map<string, { ip: string; hostEnd: string }>();
  let stopped = false;
  let addressesUsed = 0;
  const removePod = (netns: string): void => {
    const pod = pods.get(netns);
    // Deleting one end of a veth pair deletes both; the namespace itself lives on while a process
    // is still inside it, so its link is removed explicitly rather than with the namespace.
    if (pod) ip(['link', 'delete', pod.hostEnd]);
    ip(['netns', 'delete', netns]);
    pods.delete(netns);
  };
  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    for (const ns of [...pods.keys()]) removePod(ns);
    ip(['link', 'delete', bridge]);
    removeOnExit();
  };
  const removeOnExit = onHarnessExit(stop);
  try {
    // A bridge without an address of its own takes the lowest MAC of its ports, so adding a pod
    // could change it under the other pods' ARP caches (their packets to the host then vanish
    // until the entries expire): give it a fixed, locally administered MAC.
    const mac = `02:6b:37:${[owner >> 16, owner >> 8, owner].map((b) => (b & 0xff).toString(16).padStart(2, '0')).join(':')}`;
    must(['link', 'set', bridge, 'address', mac]);
    must(['addr', 'add', `${hostAddress}/24`, 'dev', bridge]);
    must(['link', 'set', bridge, 'up']);
  } catch (error) {
    stop();
    throw error;
  }
  return {
    hostAddress,
    subnet: `10.213.${third}.0/24`,
    addPod(options = {}) {
      if (stopped) throw new PodNetworkError('the pod network is stopped');
      const n = ++podsMade;
      const netns = `${NETNS_PREFIX}${owner}-${n}`;
      const hostEnd = `${LINK_PREFIX}${owner}v${n}`;
      const podIp = options.ip ?? `10.213.${third}.${++addressesUsed + 1}`;
      if (addressesUsed > 250) throw new PodNetworkError('more than 250 pods in one pod network');
      if (!podIp.startsWith(`10.213.${third}.`) || podIp === hostAddress)
        throw new PodNetworkError(`${podIp} is not a pod address of ${`10.213.${third}.0/24`}`);
      if ([...pods.values()].some((p) => p.ip === podIp))
        throw new PodNetworkError(`${podIp} belongs to a pod that has not been removed`);
      const added = ip(['netns', 'add', netns]);
      if (!added.ok) {
        throw new PodNetworkError(
          /Operation not permitted|permission/i.test(added.stderr)
            ? explainPrivilege(added.stderr)
            : `ip netns add ${netns}: ${added.stderr}`,
        );
      }
      pods.set(netns, { ip: podIp, hostEnd });
      try {
        must(['link', 'add', hostEnd, 'type', 'veth', 'peer', 'name', 'eth0', 'netns', netns]);
        must(['link', 'set', hostEnd, 'master', bridge, 'up']);
        must(['-n', netns, 'addr', 'add', `${podIp}/24`, 'dev', 'eth0']);
        must(['-n', netns, 'link', 'set', 'eth0', 'up']);
        must(['-n', netns, 'link', 'set', 'lo', 'up']);
      } catch (error) {
        removePod(netns);
        throw error;
      }
      return { netns, ip: podIp };
    },
    removePod: (pod) => removePod(pod.netns),
    stop,
  };
}
