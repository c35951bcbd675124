// The payments scenario with pod identity, shared by `npm run demo -- --pods` and
// test/integration/kubernetes-pod-identity.test.ts: a real kube-apiserver + etcd, a real broker
// (no SASL, no authorizer), the proxy run as `kafka-l7-proxy run` runs it, and kafkajs producers
// that connect from their own loopback source address (127.0.0.2, .3, ...) standing for a pod IP.
// The policy is the payments CiliumNetworkPolicy run through `import-cilium`, label selectors kept.

import { connect } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import { startKafka, type KafkaCluster } from '../test/harness/index.js';
import { podManifest, startKubeApiServer, type KubeApiServer } from '../test/harness/kube-apiserver.js';
import { freeBrokerPortBase } from '../test/unit/proxy/free-ports.js';
import { startObservedProxy, type ObservedProxy } from '../src/admin/observed-proxy.js';
import { resolveConfig } from '../src/config/load-config.js';
import type { Logger } from '../src/log.js';
import { importCiliumPolicies } from '../src/policy/cilium-import.js';

export const COMMANDS = 'payments.commands';
export const EVENTS = 'payments.events';
/** Source addresses standing for pod IPs (and a node address, and an address no pod has). */
export const IP = {
  api: '127.0.0.2',
  worker: '127.0.0.3',
  analytics: '127.0.0.4',
  impostor: '127.0.0.5',
  stranger: '127.0.0.9',
  node: '127.0.0.10',
} as const;

/** The payments policy as Cilium users wrote it; only apiVersion/kind would change for a CRD of ours. */
export const CILIUM_POLICY = `apiVersion: cilium.io/v2
kind: CiliumNetworkPolicy
metadata: { name: payments-kafka, namespace: kafka }
spec:
  endpointSelector: { matchLabels: { app: kafka } }
  ingress:
    - fromEndpoints:
        - matchLabels: { app: payments-api, k8s:io.kubernetes.pod.namespace: payments }
      toPorts:
        - ports: [{ port: '9092', protocol: TCP }]
          rules: { kafka: [{ role: produce, topic: ${COMMANDS} }] }
    - fromEndpoints:
        - matchLabels: { app: payments-worker, k8s:io.kubernetes.pod.namespace: payments }
      toPorts:
        - ports: [{ port: '9092', protocol: TCP }]
          rules:
            kafka:
              - { role: consume, topic: ${COMMANDS} }
              - { role: produce, topic: ${EVENTS} }
              - { role: consume, topic: ${EVENTS} }
    - fromEndpoints: [{ matchLabels: { app: kafka } }]
`;

/** The policy file text: the imported Cilium policy plus `extraRuleSets` (YAML list items). */
export function podPolicyText(extraRuleSets = ''): string {
  const imported = importCiliumPolicies(CILIUM_POLICY);
  if (imported.notCarried.length > 0) throw new Error(imported.notCarried.join('\n'));
  return imported.yaml + extraRuleSets;
}

export interface PodScenarioOptions {
  /** How long the proxy trusts the last known pods after losing the API watch. */
  readonly maxStaleMs: number;
  readonly log: Logger;
  /** Bind the proxy's role before the proxy starts (the test binds it later, to see /readyz wait). */
  readonly bindRoleFirst?: boolean;
}

export class PodIdentityScenario {
  private readonly producers: Producer[] = [];

  private constructor(
    readonly kube: KubeApiServer,
    readonly cluster: KafkaCluster,
    readonly proxy: ObservedProxy,
    readonly policyFile: string,
    private readonly dir: string,
  ) {}

  /** Starts everything: API server, broker, namespaces, pods with their IPs, the proxy. */
  static async start(options: PodScenarioOptions): Promise<PodIdentityScenario> {
    const dir = mkdtempSync(join(tmpdir(), 'pod-identity-'));
    // One after the other, with generous bounds: both are slow to start on a busy machine.
    const kube = await startKubeApiServer({ readyTimeoutMs: 240_000 });
    let cluster: KafkaCluster;
    try {
      cluster = await startKafka({ nodes: 1, readyTimeoutMs: 240_000 });
    } catch (error) {
      await kube.stop();
      throw error;
    }
    try {
      // On a busy machine kafkajs's topic-creation wait can report an error for a topic that the
      // broker then creates; try again (creating an existing topic is answered as such).
      for (const topic of [COMMANDS, EVENTS]) {
        for (let attempt = 1; ; attempt++) {
          try {
            await cluster.createTopic(topic, 1, 1);
            break;
          } catch (error) {
            // An earlier attempt created it after all.
            if (attempt > 1 && /already exists/.test((error as Error).message)) break;
            if (attempt >= 4) throw error;
            await new Promise((r) => setTimeout(r, 1000));
          }
        }
      }
      // Least privilege for the proxy's own identity: read pods and namespaces.
      await kube.apply({
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'ClusterRole',
        metadata: { name: 'kafka-l7-proxy' },
        rules: [{ apiGroups: [''], resources: ['pods', 'namespaces'], verbs: ['get', 'list', 'watch'] }],
      });
      for (const ns of ['payments', 'analytics']) {
        await kube.apply({
          apiVersion: 'v1',
          kind: 'Namespace',
          metadata: { name: ns, labels: { team: ns } },
        });
        await kube.apply({
          apiVersion: 'v1',
          kind: 'ServiceAccount',
          metadata: { name: 'default', namespace: ns },
        });
      }
      const pods: Array<[string, string, string, string]> = [
        ['payments', 'payments-api', 'payments-api', IP.api],
        ['payments', 'payments-worker', 'payments-worker', IP.worker],
        ['analytics', 'analytics', 'analytics', IP.analytics],
        // Same app label as the API, another namespace: Cilium's namespace scoping keeps it out.
        ['analytics', 'impostor', 'payments-api', IP.impostor],
      ];
      for (const [ns, name, app, ip] of pods) {
        await kube.apply(podManifest(ns, name, { app }));
        await kube.setPodStatus(ns, name, ip, 'Running', IP.node);
      }
      if (options.bindRoleFirst) await bindProxyRole(kube);
      const policyFile = join(dir, 'policy.yaml');
      writeFileSync(policyFile, podPolicyText());
      const base = await freeBrokerPortBase(cluster.nodes.map((n) => n.nodeId));
      const config = resolveConfig(
        {
          listen: { host: '127.0.0.1', bootstrapPort: 0, brokerPortBase: base },
          upstream: { bootstrapServers: cluster.bootstrap.split(',') },
          logging: { level: 'warn' },
          policy: { file: policyFile },
          admin: { enabled: true, port: 0, host: '127.0.0.1' },
          kubernetes: { kubeconfig: kube.writeKubeconfig(kube.proxyToken), maxStaleMs: options.maxStaleMs },
        },
        {},
      );
      const proxy = await startObservedProxy(config, options.log);
      return new PodIdentityScenario(kube, cluster, proxy, policyFile, dir);
    } catch (error) {
      await Promise.all([kube.stop(), cluster.stop()]);
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
  }

  /** Binds the ClusterRole (get/list/watch pods, namespaces) to the proxy's user. */
  bindProxyRole(): Promise<void> {
    return bindProxyRole(this.kube);
  }

  /** A kafkajs producer whose connections come from `localAddress` (a pod's IP). */
  async producerFrom(localAddress: string): Promise<Producer> {
    const kafka = new Kafka({
      clientId: `pod-${localAddress}`,
      brokers: [`127.0.0.1:${this.proxy.proxy.bootstrapPort}`],
      logLevel: logLevel.NOTHING,
      retry: { retries: 1, initialRetryTime: 100 },
      socketFactory: ({ host, port, onConnect }) => connect({ host, port, localAddress }, onConnect),
    });
    const producer = kafka.producer({
      allowAutoTopicCreation: false,
      idempotent: false,
      retry: { retries: 0 },
    });
    this.producers.push(producer);
    await producer.connect();
    return producer;
  }

  /** `ok`, or the Kafka error type of one produce (`TOPIC_AUTHORIZATION_FAILED`, ...). */
  async produce(producer: Producer, topic: string): Promise<string> {
    try {
      await producer.send({ topic, messages: [{ value: 'x' }], acks: 1 });
      return 'ok';
    } catch (error) {
      // kafkajs wraps the broker's error (retries exhausted or not retriable): report the Kafka one.
      type KafkaJsError = {
        type?: string;
        name?: string;
        message?: string;
        cause?: unknown;
        originalError?: unknown;
      };
      for (let e = error as KafkaJsError | undefined, depth = 0; e && depth < 5; depth++) {
        if (e.type) return e.type;
        e = (e.cause ?? e.originalError) as KafkaJsError | undefined;
      }
      const e = error as KafkaJsError;
      return e.name ?? String(e.message);
    }
  }

  /** Connects from `localAddress` and produces once. */
  async produceFrom(localAddress: string, topic: string): Promise<string> {
    try {
      return await this.produce(await this.producerFrom(localAddress), topic);
    } catch (error) {
      return (error as Error).name;
    }
  }

  async readyz(): Promise<{ status: number; body: string }> {
    const r = await fetch(`${this.proxy.observability.admin!.url}/readyz`);
    return { status: r.status, body: await r.text() };
  }

  /** Replaces the labels of a pod. */
  async relabel(namespace: string, name: string, labels: Record<string, string>): Promise<void> {
    const path = `/api/v1/namespaces/${namespace}/pods/${name}`;
    const pod = await this.kube.request('GET', path);
    const r = await this.kube.request('PUT', path, {
      ...pod.body,
      metadata: { ...pod.body.metadata, labels },
    });
    if (r.status !== 200)
      throw new Error(`relabel ${namespace}/${name}: ${r.status} ${JSON.stringify(r.body)}`);
  }

  /** Open proxy connections from `address`. */
  connectionsFrom(address: string): number {
    return this.proxy.proxy.connections().filter((c) => c.remoteAddress.endsWith(address)).length;
  }

  /** The principals of the open connections from `address`, as the proxy identified them. */
  principalsFrom(address: string): string[] {
    return this.proxy.proxy
      .connections()
      .filter((c) => c.remoteAddress.endsWith(address))
      .map((c) => this.proxy.enforcement!.filter.connectionPolicy(c).identity.principal);
  }

  async stop(): Promise<void> {
    for (const p of this.producers) await p.disconnect().catch(() => undefined);
    await this.proxy.stop();
    await Promise.all([this.kube.stop(), this.cluster.stop()]);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

async function bindProxyRole(kube: KubeApiServer): Promise<void> {
  await kube.apply({
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRoleBinding',
    metadata: { name: 'kafka-l7-proxy' },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'kafka-l7-proxy' },
    subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: kube.proxyUser }],
  });
}

/** Polls `probe` until `want` holds or `timeoutMs` passes (then throws with the last value). */
export async function eventually<T>(
  what: string,
  timeoutMs: number,
  probe: () => Promise<T>,
  want: (v: T) => boolean,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const last = await probe();
    if (want(last)) return last;
    if (Date.now() > deadline)
      throw new Error(`${what}: still ${JSON.stringify(last)} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
