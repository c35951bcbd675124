// Which running pod a source IP belongs to, from a watch of Pods and Namespaces through the
// Kubernetes API (in-cluster service account or a kubeconfig). Gateway mode: the proxy sees the
// pod's own address as long as traffic reaches it without SNAT (see docs/kubernetes.md).
//
// Safe by default:
// - an address no running pod owns is unknown (the identity source yields nothing for it);
// - hostNetwork pods share their node's address and node addresses are never a pod identity
//   (status.hostIP of every pod marks its node's addresses); such connections are logged once;
// - two running pods claiming one IP (a stale object) make it ambiguous: unknown;
// - when the owner of an IP changes (pod deleted, IP reused) `released` is emitted so that the
//   proxy closes connections identified as the old pod; label changes change the identity's key so
//   connections re-decide on their next request;
// - until Pods and Namespaces have both been listed once, and after the watch has been lost for
//   longer than `maxStaleMs`, every lookup answers `unavailable` (fail closed).

import { EventEmitter } from 'node:events';
import { CoreV1Api, KubeConfig, type V1Namespace, type V1Pod } from '@kubernetes/client-node';
import { LRUCache } from 'lru-cache';
import type { Logger } from '../log.js';
import {
  CLUSTER_LABEL,
  NAMESPACE_LABELS_PREFIX,
  POD_NAMESPACE_LABEL,
  POD_SERVICE_ACCOUNT_LABEL,
} from '../policy/label-selector.js';
import { canonicalAddress } from './cidr.js';

export { canonicalAddress };
import { ResourceWatch } from './resource-watch.js';

/** A running pod, as a connection's identity. */
export interface PodIdentity {
  readonly uid: string;
  readonly namespace: string;
  readonly name: string;
  readonly serviceAccount: string;
  readonly node: string;
  /** The pod's labels plus the ones Cilium adds (namespace, service account, namespace labels, cluster). */
  readonly labels: Readonly<Record<string, string>>;
  /** Changes whenever the pod or its labels change: uid plus the labels. */
  readonly key: string;
}

export type PodLookup =
  | { readonly kind: 'pod'; readonly pod: PodIdentity }
  | { readonly kind: 'unknown'; readonly reason: string }
  | { readonly kind: 'unavailable'; readonly reason: string };

/** What the identity resolver needs: an answer per source address. */
export interface PodDirectory {
  lookup(remoteAddress: string): PodLookup;
}

export interface KubernetesPodsOptions {
  /** Path of a kubeconfig; absent: in-cluster service account, else $KUBECONFIG / ~/.kube/config. */
  readonly kubeconfig?: string;
  /** How long the last known state is used after the watch was lost (default 30 s). */
  readonly maxStaleMs?: number;
  /** Cilium's cluster name label value (default `default`). */
  readonly clusterName?: string;
  readonly log?: Logger;
}

export interface KubernetesPodsStats {
  readonly synced: boolean;
  readonly connected: boolean;
  /** Milliseconds since the watch was lost, 0 while connected. */
  readonly staleForMs: number;
  readonly expired: boolean;
  readonly pods: number;
  readonly identifiedAddresses: number;
  readonly nodeAddresses: number;
  readonly watchLosses: number;
  readonly released: number;
}

/** Loads a KubeConfig: a file, else the in-cluster service account, else the default locations. */
export function loadKubeConfig(kubeconfig?: string): KubeConfig {
  const kc = new KubeConfig();
  if (kubeconfig) kc.loadFromFile(kubeconfig);
  else if (process.env.KUBERNETES_SERVICE_HOST) kc.loadFromCluster();
  else kc.loadFromDefault();
  return kc;
}

/**
 * The distinct canonical addresses of one status pair, e.g. podIP and podIPs (the first of the plural
 * list repeats the singular one), leaving out what is absent or not an IP.
 */
function canonicalAddresses(first: string | undefined, all: ReadonlyArray<{ ip: string }> = []): string[] {
  const out = new Set<string>();
  for (const ip of [first, ...all.map((p) => p.ip)]) {
    const c = ip ? canonicalAddress(ip) : undefined;
    if (c) out.add(c);
  }
  return [...out];
}

/** The pod's own addresses (status.podIP, status.podIPs). */
function podAddresses(pod: V1Pod): string[] {
  return canonicalAddresses(pod.status?.podIP, pod.status?.podIPs);
}

/** The addresses of the node the pod runs on (status.hostIP, status.hostIPs). */
function hostAddresses(pod: V1Pod): string[] {
  return canonicalAddresses(pod.status?.hostIP, pod.status?.hostIPs);
}

export class KubernetesPods extends EventEmitter implements PodDirectory {
  private readonly kc: KubeConfig;
  private readonly podWatch: ResourceWatch<V1Pod>;
  private readonly nsWatch: ResourceWatch<V1Namespace>;
  private readonly pods = new Map<string, V1Pod>();
  private readonly namespaces = new Map<string, Record<string, string>>();
  /** Address -> the pod identified by it. */
  private owners = new Map<string, PodIdentity>();
  private nodeAddresses = new Set<string>();
  private hostNetworkAddresses = new Set<string>();
  private ambiguous = new Set<string>();
  private lostSince: number | undefined;
  private expiredNotified = false;
  private expiryTimer: NodeJS.Timeout | undefined;
  private watchLosses = 0;
  private releasedCount = 0;
  private readonly maxStaleMs: number;
  private readonly clusterName: string;
  private readonly log: Logger | undefined;
  /** Addresses already logged about (the 10,000 most recent), so that each is logged once. */
  private readonly loggedAddresses = new LRUCache<string, true>({ max: 10_000 });

  constructor(options: KubernetesPodsOptions = {}) {
    super();
    this.kc = loadKubeConfig(options.kubeconfig);
    this.maxStaleMs = options.maxStaleMs ?? 30_000;
    this.clusterName = options.clusterName ?? 'default';
    this.log = options.log;
    const core = this.kc.makeApiClient(CoreV1Api);
    this.podWatch = new ResourceWatch<V1Pod>({
      kubeConfig: this.kc,
      path: '/api/v1/pods',
      list: () => core.listPodForAllNamespaces(),
    });
    this.nsWatch = new ResourceWatch<V1Namespace>({
      kubeConfig: this.kc,
      path: '/api/v1/namespaces',
      list: () => core.listNamespace(),
    });
    this.podWatch.on('replace', (items: V1Pod[]) => {
      this.pods.clear();
      for (const p of items) if (p.metadata?.uid) this.pods.set(p.metadata.uid, p);
      this.rebuild();
    });
    this.podWatch.on('upsert', (p: V1Pod) => {
      if (p.metadata?.uid) this.pods.set(p.metadata.uid, p);
      this.rebuild();
    });
    this.podWatch.on('delete', (p: V1Pod) => {
      if (p.metadata?.uid) this.pods.delete(p.metadata.uid);
      this.rebuild();
    });
    this.nsWatch.on('replace', (items: V1Namespace[]) => {
      this.namespaces.clear();
      for (const n of items)
        if (n.metadata?.name) this.namespaces.set(n.metadata.name, n.metadata.labels ?? {});
      this.rebuild();
    });
    this.nsWatch.on('upsert', (n: V1Namespace) => {
      if (n.metadata?.name) this.namespaces.set(n.metadata.name, n.metadata.labels ?? {});
      this.rebuild();
    });
    this.nsWatch.on('delete', (n: V1Namespace) => {
      if (n.metadata?.name) this.namespaces.delete(n.metadata.name);
      this.rebuild();
    });
    for (const w of [this.podWatch, this.nsWatch]) {
      w.on('disconnected', (error: unknown) => this.onLost(error));
      w.on('connected', () => this.onConnected());
    }
  }

  /** The API server this directory watches. */
  get server(): string {
    return this.kc.getCurrentCluster()?.server ?? '(unknown)';
  }

  start(): void {
    this.podWatch.start();
    this.nsWatch.start();
  }

  stop(): void {
    this.podWatch.stop();
    this.nsWatch.stop();
    if (this.expiryTimer) clearTimeout(this.expiryTimer);
  }

  /** True once Pods and Namespaces were both listed. */
  get synced(): boolean {
    return this.podWatch.synced && this.nsWatch.synced;
  }

  /** True while lookups may answer (synced and not lost for longer than maxStaleMs). */
  get usable(): boolean {
    return this.synced && !this.expired;
  }

  private get expired(): boolean {
    return this.lostSince !== undefined && Date.now() - this.lostSince > this.maxStaleMs;
  }

  /** Resolves once the first full sync is done (or rejects after `timeoutMs`). */
  async waitForSync(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.synced) {
      if (Date.now() > deadline) throw new Error(`no pod list from ${this.server} within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  lookup(remoteAddress: string): PodLookup {
    if (!this.synced) return { kind: 'unavailable', reason: 'pods not listed yet' };
    if (this.expired) {
      return {
        kind: 'unavailable',
        reason: `Kubernetes API watch lost ${Math.round((Date.now() - this.lostSince!) / 1000)} s ago (limit ${this.maxStaleMs / 1000} s)`,
      };
    }
    const address = canonicalAddress(remoteAddress);
    if (address === undefined) return { kind: 'unknown', reason: `'${remoteAddress}' is not an IP address` };
    const pod = this.owners.get(address);
    if (pod) return { kind: 'pod', pod };
    if (this.nodeAddresses.has(address) || this.hostNetworkAddresses.has(address)) {
      this.logOnce(
        address,
        'warn',
        'a connection from a node address: hostNetwork pods and node addresses are never identified by IP; ' +
          'if this is SNAT (a NodePort or LoadBalancer Service without externalTrafficPolicy: Local), ' +
          'clients behind it cannot be told apart',
      );
      return {
        kind: 'unknown',
        reason: `${address} is a node address (hostNetwork pods and SNAT are not identified)`,
      };
    }
    if (this.ambiguous.has(address)) {
      return { kind: 'unknown', reason: `${address} is claimed by more than one running pod` };
    }
    return { kind: 'unknown', reason: `no running pod has address ${address}` };
  }

  stats(): KubernetesPodsStats {
    return {
      synced: this.synced,
      connected: this.podWatch.connected && this.nsWatch.connected,
      staleForMs: this.lostSince === undefined ? 0 : Date.now() - this.lostSince,
      expired: this.expired,
      pods: this.pods.size,
      identifiedAddresses: this.owners.size,
      nodeAddresses: this.nodeAddresses.size,
      watchLosses: this.watchLosses,
      released: this.releasedCount,
    };
  }

  private logOnce(address: string, level: 'warn' | 'info', message: string): void {
    if (this.loggedAddresses.has(address) || !this.log) return;
    this.loggedAddresses.set(address, true);
    this.log[level]({ event: 'kubernetes.node-address', address }, message);
  }

  private onLost(error: unknown): void {
    if (this.lostSince === undefined) {
      this.lostSince = Date.now();
      this.watchLosses++;
      this.log?.warn(
        {
          event: 'kubernetes.watch-lost',
          server: this.server,
          err: (error as Error)?.message ?? String(error),
          maxStaleMs: this.maxStaleMs,
        },
        `Kubernetes API watch lost; pod identities stay as last known for ${this.maxStaleMs} ms, then connections identified by pod are refused`,
      );
      if (this.expiryTimer) clearTimeout(this.expiryTimer);
      this.expiryTimer = setTimeout(() => this.checkExpiry(), this.maxStaleMs + 10);
      this.expiryTimer.unref?.();
    }
  }

  private checkExpiry(): void {
    if (this.expired && !this.expiredNotified) {
      this.expiredNotified = true;
      this.log?.error(
        {
          event: 'kubernetes.identity-expired',
          server: this.server,
          staleForMs: Date.now() - this.lostSince!,
        },
        'Kubernetes API unreachable for longer than allowed: pod identities expired, connections identified by pod are refused (fail closed)',
      );
      this.emit('expired');
    }
  }

  private onConnected(): void {
    if (!(this.podWatch.connected && this.nsWatch.connected)) return;
    if (this.lostSince !== undefined) {
      this.log?.info(
        { event: 'kubernetes.watch-restored', server: this.server, lostForMs: Date.now() - this.lostSince },
        'Kubernetes API watch restored; pod identities are current again',
      );
    } else {
      this.log?.info(
        { event: 'kubernetes.synced', server: this.server, pods: this.pods.size },
        'pod list synced',
      );
    }
    this.lostSince = undefined;
    this.expiredNotified = false;
    if (this.expiryTimer) clearTimeout(this.expiryTimer);
    this.emit('restored');
  }

  private identityOf(pod: V1Pod): PodIdentity {
    const namespace = pod.metadata?.namespace ?? '';
    const serviceAccount = pod.spec?.serviceAccountName ?? 'default';
    const labels: Record<string, string> = {};
    for (const [k, v] of Object.entries(this.namespaces.get(namespace) ?? {}))
      labels[NAMESPACE_LABELS_PREFIX + k] = v;
    Object.assign(labels, pod.metadata?.labels ?? {});
    labels[POD_NAMESPACE_LABEL] = namespace;
    labels[POD_SERVICE_ACCOUNT_LABEL] = serviceAccount;
    labels[CLUSTER_LABEL] = this.clusterName;
    const sorted = Object.keys(labels)
      .sort()
      .map((k) => `${k}=${labels[k]}`);
    return {
      uid: pod.metadata?.uid ?? '',
      namespace,
      name: pod.metadata?.name ?? '',
      serviceAccount,
      node: pod.spec?.nodeName ?? '',
      labels,
      key: `${pod.metadata?.uid ?? ''}|${sorted.join(',')}`,
    };
  }

  private rebuild(): void {
    const owners = new Map<string, PodIdentity>();
    const claims = new Map<string, number>();
    const nodes = new Set<string>();
    const hostNet = new Set<string>();
    for (const pod of this.pods.values()) {
      for (const h of hostAddresses(pod)) nodes.add(h);
      if (pod.spec?.hostNetwork) {
        for (const a of podAddresses(pod)) hostNet.add(a);
        continue;
      }
      if (pod.status?.phase !== 'Running') continue;
      const identity = this.identityOf(pod);
      for (const a of podAddresses(pod)) {
        claims.set(a, (claims.get(a) ?? 0) + 1);
        owners.set(a, identity);
      }
    }
    const ambiguous = new Set<string>();
    for (const [a, n] of claims) {
      if (n > 1) {
        owners.delete(a);
        ambiguous.add(a);
      }
    }
    for (const a of [...owners.keys()]) {
      if (nodes.has(a) || hostNet.has(a)) owners.delete(a);
    }
    const previous = this.owners;
    this.owners = owners;
    this.nodeAddresses = nodes;
    this.hostNetworkAddresses = hostNet;
    this.ambiguous = ambiguous;
    for (const [address, old] of previous) {
      const now = owners.get(address);
      if (now === undefined || now.uid !== old.uid) {
        this.releasedCount++;
        this.log?.info(
          {
            event: 'kubernetes.address-released',
            address,
            pod: `${old.namespace}/${old.name}`,
            newOwner: now ? `${now.namespace}/${now.name}` : null,
          },
          'address no longer belongs to the pod; its connections are closed',
        );
        this.emit('released', address, old);
      }
    }
    this.emit('changed');
  }
}
