// The payments scenario with pod identity, shared by `npm run demo -- --pods` and
// test/integration/kubernetes-pod-identity.test.ts: a real kube-apiserver + etcd, a real broker
// (no SASL, no authorizer), the proxy run as `kafka-l7-proxy run` runs it, and real clients
// (kafkajs, Kafka's Java tools, librdkafka) without credentials, each pod's clients inside a network
// namespace of its own (test/harness/pod-network.ts) so that they connect from the pod's IP, which
// the Pod object in the API server carries. The policy is the payments CiliumNetworkPolicy applied
// through the API as a KafkaNetworkPolicy, its apiVersion and kind changed and nothing else (the
// CRDs installed from the chart's crds/, the proxy bound to the ClusterRole the chart grants).

import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CONFLUENT_KAFKA_CURRENT,
  consoleProducer,
  runLibrdkafka,
  startKafka,
  type ClientEndpoint,
  type KafkaCluster,
} from '../test/harness/index.js';
import { startKafkajsPodAgent, type KafkajsPodAgent } from '../test/harness/kafkajs-pod-agent.js';
import {
  podManifest,
  startKubeApiServer,
  type KubeApiServer,
  type KubeJson,
} from '../test/harness/kube-apiserver.js';
import { createPodNetwork, type PodNamespace, type PodNetwork } from '../test/harness/pod-network.js';
import { freeBrokerPortBase } from '../test/unit/proxy/free-ports.js';
import { startObservedProxy, type ObservedProxy } from '../src/admin/observed-proxy.js';
import { resolveConfig } from '../src/config/load-config.js';
import type { Logger } from '../src/log.js';
import { CHART_CRD_DIR, POLICY_GROUP_VERSION, proxyClusterRoleRules } from '../src/policy/policy-crds.js';
import { parse as parseYaml } from 'yaml';
import { runPaymentsClients, type Attempt, type PaymentsUser } from './payments-clients.js';

export const COMMANDS = 'payments.commands';
export const EVENTS = 'payments.events';

/** The payments policy as Cilium users wrote it (the namespace `kafka` is the brokers'). */
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

/** The ingress rule the policy change adds: analytics pods may produce payments.events. */
export const ANALYTICS_MAY_PRODUCE_EVENTS = `    - fromEndpoints:
        - matchLabels: { app: analytics, k8s:io.kubernetes.pod.namespace: analytics }
      toPorts:
        - ports: [{ port: '9092', protocol: TCP }]
          rules: { kafka: [{ role: produce, topic: ${EVENTS} }] }
`;

/**
 * The payments CiliumNetworkPolicy as a KafkaNetworkPolicy: apiVersion and kind changed, nothing
 * else; `extraIngress` (YAML list items) appended to its ingress rules.
 */
export function kafkaNetworkPolicy(extraIngress = ''): KubeJson {
  return parseYaml(
    (CILIUM_POLICY + extraIngress)
      .replace('apiVersion: cilium.io/v2', `apiVersion: ${POLICY_GROUP_VERSION}`)
      .replace('kind: CiliumNetworkPolicy', 'kind: KafkaNetworkPolicy'),
  ) as KubeJson;
}

/** The brokers' pod labels (the policies' endpointSelector selects them): proxy kubernetes.policies.brokerLabels. */
export const BROKER_LABELS = { app: 'kafka', 'io.kubernetes.pod.namespace': 'kafka' };

/** The policy file: only how clients are identified; the rules come from the KafkaNetworkPolicy. */
export const POLICY_FILE = `apiVersion: kafka-l7-proxy/v1
kind: KafkaPolicy
metadata: { name: identities }
identities: [{ kubernetes: {} }]
rules: []
`;

/** A simulated pod: its Pod object, its network namespace, and a kafkajs agent running inside it. */
export interface ScenarioPod {
  readonly namespace: string;
  readonly name: string;
  readonly net: PodNamespace;
  readonly kafkajs: KafkajsPodAgent;
}

/** What the proxy's audit trail said about one decision. */
export interface AuditedDecision {
  readonly principal: string;
  readonly identitySource: string;
  readonly remoteAddress: string;
  readonly decision: string;
  readonly api: string;
}

export interface PodScenarioOptions {
  /** How long the proxy trusts the last known pods after losing the API watch. */
  readonly maxStaleMs: number;
  readonly log: Logger;
  /** Bind the proxy's role before the proxy starts (the test binds it later, to see /readyz wait). */
  readonly bindRoleFirst?: boolean;
}

/** Which pod each payments user's clients run in. */
const POD_OF_USER: Record<PaymentsUser, string> = {
  'payments-api': 'payments/payments-api',
  'payments-worker': 'payments/payments-worker',
  analytics: 'analytics/analytics',
};

export class PodIdentityScenario {
  readonly pods = new Map<string, ScenarioPod>();
  /** Namespaces standing for pods that have no Pod object (an address nobody owns). */
  private readonly strangers: Array<{ net: PodNamespace; kafkajs: KafkajsPodAgent }> = [];

  private constructor(
    readonly kube: KubeApiServer,
    readonly cluster: KafkaCluster,
    readonly net: PodNetwork,
    readonly proxy: ObservedProxy,
    readonly policyFile: string,
    readonly auditFile: string,
    private readonly dir: string,
  ) {}

  /**
   * Starts everything: the pod network (throws PodNetworkError naming the missing privilege where
   * namespaces cannot be made), API server, broker, namespaces, the four pods with their IPs, the proxy.
   */
  static async start(options: PodScenarioOptions): Promise<PodIdentityScenario> {
    const net = createPodNetwork();
    const dir = mkdtempSync(join(tmpdir(), 'pod-identity-'));
    let kube: KubeApiServer | undefined;
    let cluster: KafkaCluster | undefined;
    try {
      // One after the other, with generous bounds: both are slow to start on a busy machine.
      kube = await startKubeApiServer({ readyTimeoutMs: 240_000 });
      cluster = await startKafka({ nodes: 1, readyTimeoutMs: 240_000 });
      await createTopics(cluster);
      // The chart's CRDs, as Helm installs them from crds/.
      for (const file of readdirSync(CHART_CRD_DIR))
        await kube.apply(parseYaml(readFileSync(join(CHART_CRD_DIR, file), 'utf8')) as KubeJson);
      const served = async (): Promise<number> =>
        (await kube!.request('GET', `/apis/${POLICY_GROUP_VERSION}/kafkanetworkpolicies`)).status;
      await eventually('CRDs established', 60_000, served, (status) => status === 200);
      // What the chart grants the proxy: read pods, namespaces and the policy objects.
      await kube.apply({
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'ClusterRole',
        metadata: { name: 'kafka-l7-proxy' },
        rules: proxyClusterRoleRules(),
      });
      for (const ns of ['payments', 'analytics', 'kafka']) {
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
      await kube.apply(kafkaNetworkPolicy());
      if (options.bindRoleFirst) await bindProxyRole(kube);
      const policyFile = join(dir, 'policy.yaml');
      writeFileSync(policyFile, POLICY_FILE);
      const auditFile = join(dir, 'audit.jsonl');
      const base = await freeBrokerPortBase(cluster.nodes.map((n) => n.nodeId));
      const config = resolveConfig(
        {
          // The proxy listens on the host's bridge address, where every pod's namespace reaches it.
          listen: { host: net.hostAddress, bootstrapPort: 0, brokerPortBase: base },
          advertised: { host: net.hostAddress },
          upstream: { bootstrapServers: cluster.bootstrap.split(',') },
          logging: { level: 'warn' },
          policy: { file: policyFile },
          admin: { enabled: true, port: 0, host: '127.0.0.1' },
          audit: { stdout: { enabled: false }, file: { path: auditFile }, connectionEvents: false },
          kubernetes: {
            kubeconfig: kube.writeKubeconfig(kube.proxyToken),
            maxStaleMs: options.maxStaleMs,
            policies: { enabled: true, brokerLabels: BROKER_LABELS },
          },
        },
        {},
      );
      const proxy = await startObservedProxy(config, options.log);
      const s = new PodIdentityScenario(kube, cluster, net, proxy, policyFile, auditFile, dir);
      try {
        await s.addPod('payments', 'payments-api', { app: 'payments-api' });
        await s.addPod('payments', 'payments-worker', { app: 'payments-worker' });
        await s.addPod('analytics', 'analytics', { app: 'analytics' });
        // Same app label as the API, another namespace: Cilium's namespace scoping keeps it out.
        await s.addPod('analytics', 'impostor', { app: 'payments-api' });
      } catch (error) {
        await s.stop();
        throw error;
      }
      return s;
    } catch (error) {
      await Promise.all([kube?.stop(), cluster?.stop()]);
      net.stop();
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
  }

  /** Binds the ClusterRole (get/list/watch pods, namespaces, policy objects) to the proxy's user. */
  bindProxyRole(): Promise<void> {
    return bindProxyRole(this.kube);
  }

  /** `kubectl apply` of the payments KafkaNetworkPolicy with `extraIngress` rules appended. */
  async applyPolicy(extraIngress = ''): Promise<void> {
    await this.kube.apply(kafkaNetworkPolicy(extraIngress));
  }

  /** The `Accepted` condition the proxy wrote on the payments KafkaNetworkPolicy's status, if any. */
  async policyAccepted(): Promise<KubeJson | undefined> {
    const r = await this.kube.request(
      'GET',
      `/apis/${POLICY_GROUP_VERSION}/namespaces/kafka/kafkanetworkpolicies/payments-kafka`,
    );
    return ((r.body.status?.conditions ?? []) as KubeJson[]).find((c) => c.type === 'Accepted');
  }

  /** The proxy as the pods reach it: its bridge address, no credentials (PLAINTEXT). */
  get endpoint(): ClientEndpoint {
    return {
      bootstrap: `${this.net.hostAddress}:${this.proxy.proxy.bootstrapPort}`,
      securityProtocol: 'PLAINTEXT',
    };
  }

  /** The node address: every pod's `status.hostIP`, and the host's own address on the bridge. */
  get nodeAddress(): string {
    return this.net.hostAddress;
  }

  /** `namespace/name` -> the pod; throws for an unknown one. */
  pod(key: string): ScenarioPod {
    const pod = this.pods.get(key);
    if (!pod) throw new Error(`no pod ${key}`);
    return pod;
  }

  /**
   * Creates a pod: its network namespace (with `ip`, a removed pod's address), the Pod object with
   * that IP, Running on the node, and a kafkajs agent inside the namespace.
   */
  async addPod(
    namespace: string,
    name: string,
    labels: Record<string, string>,
    options: { ip?: string } = {},
  ): Promise<ScenarioPod> {
    const net = this.net.addPod(options);
    const kafkajs = startKafkajsPodAgent(net.netns);
    const pod = { namespace, name, net, kafkajs };
    this.pods.set(`${namespace}/${name}`, pod);
    await this.kube.apply(podManifest(namespace, name, labels));
    await this.kube.setPodStatus(namespace, name, net.ip, 'Running', this.nodeAddress);
    return pod;
  }

  /** Deletes the Pod object (what the kubelet then does: its namespace goes with `removeNetwork`). */
  async deletePod(key: string): Promise<void> {
    const pod = this.pod(key);
    await this.kube.remove(`/api/v1/namespaces/${pod.namespace}/pods/${pod.name}`);
  }

  /** Ends the pod's agent and removes its network namespace (its address is free for another pod). */
  async removeNetwork(key: string): Promise<void> {
    const pod = this.pod(key);
    await pod.kafkajs.stop();
    this.net.removePod(pod.net);
    this.pods.delete(key);
  }

  /** A network namespace with an address that no Pod object has. */
  addStranger(): { net: PodNamespace; kafkajs: KafkajsPodAgent } {
    const net = this.net.addPod();
    const stranger = { net, kafkajs: startKafkajsPodAgent(net.netns) };
    this.strangers.push(stranger);
    return stranger;
  }

  /** The payments clients (kafkajs and Java tools), each user's inside its pod. */
  payments(onAttempt?: (a: Attempt) => void): Promise<Attempt[]> {
    return runPaymentsClients({
      endpointFor: () => this.endpoint,
      kafkajsFor: (user) => {
        const agent = this.pod(POD_OF_USER[user]).kafkajs;
        return (name, args) => agent.step(name, args);
      },
      netnsFor: (user) => this.pod(POD_OF_USER[user]).net.netns,
      onAttempt,
    });
  }

  /** One librdkafka producer run inside `netns` (undefined: the host): `wrote N` or the error's name. */
  async librdkafkaProduce(netns: string | undefined, topic: string, timeoutS = 15): Promise<string> {
    const r = await runLibrdkafka(
      CONFLUENT_KAFKA_CURRENT,
      'produce',
      this.endpoint,
      { topic, values: ['x'], acks: '1', timeoutS },
      { netns, timeoutMs: (timeoutS + 60) * 1000 },
    );
    return r.outcome;
  }

  /**
   * One librdkafka consumer (a KIP-848 group subscription) run inside `netns`:
   * `assigned: ...; records: ...` or the first authorization error's name.
   */
  async librdkafkaConsume(netns: string, topic: string, group: string, count: number): Promise<string> {
    const r = await runLibrdkafka(
      CONFLUENT_KAFKA_CURRENT,
      'consume',
      this.endpoint,
      { mode: 'subscribe', topics: [topic], group, protocol: 'consumer', count, timeoutS: 30 },
      { netns, timeoutMs: 120_000 },
    );
    return r.outcome;
  }

  /** The Java console producer run inside `netns`: `wrote 1` or the Kafka error's name. */
  async javaProduce(netns: string, topic: string): Promise<string> {
    const r = await consoleProducer(this.endpoint, {
      topic,
      values: ['x'],
      netns,
      timeoutMs: 90_000,
      properties: { 'max.block.ms': '15000', 'delivery.timeout.ms': '15000', 'request.timeout.ms': '10000' },
    });
    const match = /(Topic|Cluster|TransactionalId)AuthorizationException/.exec(r.stderr);
    if (match) return `${match[1]!.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}_AUTHORIZATION_FAILED`;
    if (r.exitCode === 0 && !/ERROR/.test(r.stderr)) return 'wrote 1';
    return r.timedOut ? 'timed out' : `exit ${r.exitCode}`;
  }

  async readyz(): Promise<{ status: number; body: string }> {
    const r = await fetch(`${this.proxy.observability.admin!.url}/readyz`);
    return { status: r.status, body: await r.text() };
  }

  /** The value of one metric series on /metrics (`name{labels}` as Prometheus prints it), or undefined. */
  async metric(series: string): Promise<number | undefined> {
    const text = await (await fetch(`${this.proxy.observability.admin!.url}/metrics`)).text();
    const line = text.split('\n').find((l) => l.startsWith(`${series} `));
    return line === undefined ? undefined : Number(line.slice(series.length + 1));
  }

  /** Replaces the labels of a pod. */
  async relabel(key: string, labels: Record<string, string>): Promise<void> {
    const pod = this.pod(key);
    const path = `/api/v1/namespaces/${pod.namespace}/pods/${pod.name}`;
    const current = await this.kube.request('GET', path);
    const r = await this.kube.request('PUT', path, {
      ...current.body,
      metadata: { ...current.body.metadata, labels },
    });
    if (r.status !== 200) throw new Error(`relabel ${key}: ${r.status} ${JSON.stringify(r.body)}`);
  }

  /** Open proxy connections from `address`, by connection id. */
  connectionsFrom(address: string): string[] {
    return this.proxy.proxy
      .connections()
      .filter((c) => c.remoteAddress.endsWith(address))
      .map((c) => String(c.id));
  }

  /** The principals of the open connections from `address`, as the proxy identified them. */
  principalsFrom(address: string): string[] {
    return this.proxy.proxy
      .connections()
      .filter((c) => c.remoteAddress.endsWith(address))
      .map((c) => this.proxy.enforcement!.filter.connectionPolicy(c).identity.principal);
  }

  /** The decisions in the audit trail so far from `address` (the client's IP, without its port). */
  audited(address: string): AuditedDecision[] {
    let text: string;
    try {
      text = readFileSync(this.auditFile, 'utf8');
    } catch {
      return [];
    }
    type Event = {
      type?: string;
      data?: {
        principal?: string;
        identitySource?: string;
        decision?: string;
        api?: { name?: string };
        connection?: { remoteAddress?: string };
      };
    };
    return text
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Event)
      .filter((e) => e.type?.startsWith('io.kafka-l7-proxy.decision.'))
      .filter((e) => (e.data?.connection?.remoteAddress ?? '').replace(/:\d+$/, '') === address)
      .map((e) => ({
        principal: e.data?.principal ?? '',
        identitySource: e.data?.identitySource ?? '',
        remoteAddress: e.data?.connection?.remoteAddress ?? '',
        decision: e.data?.decision ?? '',
        api: e.data?.api?.name ?? '',
      }));
  }

  async stop(): Promise<void> {
    const agents = [...this.pods.values(), ...this.strangers].map((p) => p.kafkajs);
    await Promise.all(agents.map((a) => a.stop().catch(() => undefined)));
    await this.proxy.stop();
    await Promise.all([this.kube.stop(), this.cluster.stop()]);
    this.net.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Creates the payments topics; retried, since on a busy machine kafkajs may time out on a topic it then creates. */
async function createTopics(cluster: KafkaCluster): Promise<void> {
  for (const topic of [COMMANDS, EVENTS]) {
    for (let attempt = 1; ; attempt++) {
      try {
        await cluster.createTopic(topic, 1, 1);
        break;
      } catch (error) {
        if (attempt > 1 && /already exists/.test((error as Error).message)) break;
        if (attempt >= 4) throw error;
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
  }
}

/** Binds the ClusterRole to the proxy's user. */
export async function bindProxyRole(kube: KubeApiServer): Promise<void> {
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
