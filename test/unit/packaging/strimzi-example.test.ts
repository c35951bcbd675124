// examples/strimzi: the Strimzi resources and the chart values must describe one consistent
// deployment. Strimzi's CRDs are not available offline, so these are cross-checks between the files
// (the things a typo would silently break on a cluster), plus Kubernetes schema validation of the
// built-in objects (client pods).

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  CHART_DIR,
  NAMESPACE,
  RELEASE,
  REPO_ROOT,
  helmTemplate,
  kubernetesValidate,
  parseObjects,
  type K8sObject,
} from './packaging-tools.js';

const EXAMPLE = join(REPO_ROOT, 'examples', 'strimzi');
type Json = Record<string, unknown>;

const load = (file: string): K8sObject[] => parseObjects(readFileSync(join(EXAMPLE, file), 'utf8'));
const kafkaObjects = load('kafka.yaml');
const topics = load('topics.yaml');
const users = load('users.yaml');
const clients = load('clients.yaml');
const values = parseYaml(readFileSync(join(EXAMPLE, 'proxy-values.yaml'), 'utf8')) as Json;

const kafka = kafkaObjects.find((o) => o.kind === 'Kafka')!;
const brokerPool = kafkaObjects.find(
  (o) => o.kind === 'KafkaNodePool' && (o.spec as { roles: string[] }).roles.includes('broker'),
)!;
type Listener = {
  name: string;
  port: number;
  authentication?: { type: string };
  networkPolicyPeers: { namespaceSelector: Json; podSelector: Json }[];
};
const listeners = (kafka.spec as { kafka: { listeners: Listener[] } }).kafka.listeners;
/** The listener clients reach through the gateway: no credentials, pods known by the proxy. */
const proxiedListener = listeners.find((l) => l.name === 'plain')!;
/** The SCRAM listener: the proxy's audit producer and the sidecar variant. */
const scramListener = listeners.find((l) => l.name === 'scram')!;
const bootstrapOf = (listener: Listener): string =>
  `${kafka.metadata.name}-kafka-bootstrap.${kafka.metadata.namespace}.svc:${listener.port}`;

let work: string;
let gateway: K8sObject[];

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'kafka-l7-proxy-strimzi-'));
  gateway = parseObjects(helmTemplate(CHART_DIR, [join(EXAMPLE, 'proxy-values.yaml')]));
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Node ids of a `strimzi.io/next-node-ids` range such as '[0-2]'. */
function nodeIdRange(text: string): number[] {
  const match = /^\[(\d+)-(\d+)\]$/.exec(text);
  if (!match) throw new Error(`unexpected next-node-ids ${text}`);
  const ids: number[] = [];
  for (let id = Number(match[1]); id <= Number(match[2]); id++) ids.push(id);
  return ids;
}

describe('the Kafka listeners admit only the proxy pods', () => {
  it('the plain listener (no authentication) and the SCRAM listener each have one network policy peer', () => {
    expect(listeners.map((l) => l.name).sort()).toEqual(['plain', 'scram']);
    expect(proxiedListener.authentication).toBeUndefined();
    expect(scramListener.authentication).toEqual({ type: 'scram-sha-512' });
    for (const listener of listeners) {
      expect(listener.networkPolicyPeers, listener.name).toHaveLength(1);
      expect(listener.networkPolicyPeers, listener.name).toEqual(proxiedListener.networkPolicyPeers);
    }
  });

  it('the one peer selects the gateway pods by namespace and labels together', () => {
    const peer = proxiedListener.networkPolicyPeers[0]!;
    const deployment = gateway.find((o) => o.kind === 'Deployment')!;
    const podLabels = (deployment.spec as { template: { metadata: { labels: Json } } }).template.metadata
      .labels;
    expect(podLabels).toMatchObject(peer.podSelector.matchLabels as Json);
    expect(peer.namespaceSelector.matchLabels).toEqual({ 'kubernetes.io/metadata.name': NAMESPACE });
    expect(deployment.metadata.namespace).toBe(NAMESPACE);
    // The peer names the release, not only the chart: another proxy release is not admitted.
    expect(peer.podSelector.matchLabels).toMatchObject({ 'app.kubernetes.io/instance': RELEASE });
  });

  it('client pods are not selected by the peer', () => {
    const peer = proxiedListener.networkPolicyPeers[0]!;
    for (const pod of clients) {
      const labels = pod.metadata.labels ?? {};
      const matches = Object.entries(peer.podSelector.matchLabels as Json).every(([k, v]) => labels[k] === v);
      expect(matches && pod.metadata.namespace === NAMESPACE, pod.metadata.name).toBe(false);
    }
  });
});

type EnvVar = { name: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } };

function gatewayContainerEnv(): EnvVar[] {
  const deployment = gateway.find((o) => o.kind === 'Deployment')!;
  const spec = deployment.spec as { template: { spec: { containers: { env?: EnvVar[] }[] } } };
  return spec.template.spec.containers[0]!.env ?? [];
}

/** Namespace -> Secret names the README's `kubectl create secret generic` commands create. */
function secretsCopiedByReadme(): Map<string, string[]> {
  const readme = readFileSync(join(EXAMPLE, 'README.md'), 'utf8');
  const copied = new Map<string, string[]>();
  const add = (namespace: string, names: string[]): void => {
    copied.set(namespace, [...(copied.get(namespace) ?? []), ...names]);
  };
  for (const m of readme.matchAll(
    /for user in ([^;]+); do\s+kubectl create secret generic "\$user" -n (\S+)/g,
  )) {
    add(m[2]!, m[1]!.trim().split(/\s+/));
  }
  for (const m of readme.matchAll(/kubectl create secret generic ([a-z0-9-]+) -n (\S+)/g))
    add(m[2]!, [m[1]!]);
  return copied;
}

describe('the proxy values point at this cluster', () => {
  const upstream = values.upstream as { bootstrapServers: string[] };

  it('bootstrap is the cluster bootstrap Service on the plain listener port', () => {
    expect(upstream.bootstrapServers).toEqual([bootstrapOf(proxiedListener)]);
  });

  it('broker node ids are those of the broker pool', () => {
    const ids = nodeIdRange(brokerPool.metadata.annotations!['strimzi.io/next-node-ids']!);
    expect(ids).toHaveLength((brokerPool.spec as { replicas: number }).replicas);
    expect(values.brokerNodeIds).toEqual(ids);
  });

  it('the control connection, like the clients, carries no credentials to the plain listener', () => {
    expect((values.upstream as { sasl?: Json }).sasl).toBeUndefined();
    const configMap = gateway.find((o) => o.kind === 'ConfigMap' && o.metadata.name.endsWith('-config'))!;
    const proxyYaml = parseYaml((configMap.data as Record<string, string>)['proxy.yaml']!) as {
      upstream: { sasl?: Json };
    };
    expect(proxyYaml.upstream.sasl).toBeUndefined();
    expect(gatewayContainerEnv().map((e) => e.name)).not.toContain('KAFKA_L7_PROXY_UPSTREAM_SASL_PASSWORD');
  });

  it("the README copies every Secret the gateway pods read into the proxy's namespace", () => {
    const copied = secretsCopiedByReadme();
    const read = gatewayContainerEnv().flatMap((e) =>
      e.valueFrom?.secretKeyRef ? [e.valueFrom.secretKeyRef.name] : [],
    );
    expect(read.length).toBeGreaterThan(0);
    for (const name of read) expect(copied.get(NAMESPACE) ?? [], name).toContain(name);
  });

  it('the gateway NetworkPolicy lets the proxy reach the broker pods on both listener ports', () => {
    const policy = gateway.find((o) => o.kind === 'NetworkPolicy')!;
    const egress = (policy.spec as { egress: { to: Json[]; ports: { port: number }[] }[] }).egress[0]!;
    expect(egress.ports.map((p) => p.port)).toEqual(
      expect.arrayContaining([proxiedListener.port, scramListener.port]),
    );
    const peer = egress.to[0] as {
      namespaceSelector: { matchLabels: Json };
      podSelector: { matchLabels: Json };
    };
    expect(peer.namespaceSelector.matchLabels).toEqual({
      'kubernetes.io/metadata.name': kafka.metadata.namespace,
    });
    // Labels Strimzi puts on the broker pods of this cluster.
    expect(peer.podSelector.matchLabels).toEqual({
      'strimzi.io/cluster': kafka.metadata.name,
      'strimzi.io/broker-role': 'true',
    });
  });

  it('the gateway admits the namespaces the client pods run in', () => {
    const policy = gateway.find((o) => o.kind === 'NetworkPolicy')!;
    const from = (policy.spec as { ingress: { from: { namespaceSelector: { matchLabels: Json } }[] }[] })
      .ingress[0]!.from;
    const admitted = from.map((peer) => peer.namespaceSelector.matchLabels['kubernetes.io/metadata.name']);
    for (const pod of clients) expect(admitted, pod.metadata.name).toContain(pod.metadata.namespace);
  });
});

describe('the gateway knows clients by their pods', () => {
  it('its pods read the Kubernetes API with their own ServiceAccount, bound to get/list/watch on pods and namespaces', () => {
    const deployment = gateway.find((o) => o.kind === 'Deployment')!;
    const podSpec = (deployment.spec as { template: { spec: Json } }).template.spec as {
      serviceAccountName: string;
      automountServiceAccountToken: boolean;
    };
    expect(podSpec.automountServiceAccountToken).toBe(true);
    const binding = gateway.find((o) => o.kind === 'ClusterRoleBinding')!;
    expect((binding as unknown as { subjects: Json[] }).subjects).toEqual([
      { kind: 'ServiceAccount', name: podSpec.serviceAccountName, namespace: NAMESPACE },
    ]);
    const role = gateway.find((o) => o.kind === 'ClusterRole')!;
    expect((binding as unknown as { roleRef: { name: string } }).roleRef.name).toBe(role.metadata.name);
    expect((role as unknown as { rules: Json[] }).rules).toContainEqual({
      apiGroups: [''],
      resources: ['pods', 'namespaces'],
      verbs: ['get', 'list', 'watch'],
    });
  });

  it('proxy.yaml turns the pod watch on, and the NetworkPolicy lets the gateway reach the API server', () => {
    const configMap = gateway.find((o) => o.kind === 'ConfigMap' && o.metadata.name.endsWith('-config'))!;
    const proxyYaml = parseYaml((configMap.data as Record<string, string>)['proxy.yaml']!) as {
      kubernetes?: { enabled?: boolean };
    };
    expect(proxyYaml.kubernetes?.enabled).toBe(true);
    const policy = gateway.find((o) => o.kind === 'NetworkPolicy')!;
    const egressPorts = (policy.spec as { egress: { ports?: { port: number }[] }[] }).egress.flatMap((e) =>
      (e.ports ?? []).map((p) => p.port),
    );
    expect(egressPorts).toEqual(expect.arrayContaining([443, 6443]));
  });

  it('network policy objects apply when they select the Strimzi broker pods of this cluster', () => {
    const brokerLabels = (values.kubernetes as { policies: { brokerLabels: Record<string, string> } })
      .policies.brokerLabels;
    expect(brokerLabels).toEqual({
      'strimzi.io/cluster': kafka.metadata.name,
      'strimzi.io/kind': 'Kafka',
      'io.kubernetes.pod.namespace': kafka.metadata.namespace,
    });
  });
});

describe('the policy, the pods, the users and the topics agree', () => {
  type Selector = { matchLabels: Record<string, string> };
  const policy = (values.policy as { document: Json }).document as {
    identities: Json[];
    rules: { fromEndpoints: Selector[]; allow?: Json[]; deny?: Json[] }[];
  };
  /** The client pod a selector names: its app label and its namespace (Cilium's k8s: label). */
  const selected = (selector: Selector): string =>
    `${selector.matchLabels['k8s:io.kubernetes.pod.namespace']}/${selector.matchLabels.app}`;

  it('clients are known by their pods', () => {
    expect(policy.identities).toEqual([{ kubernetes: {} }]);
  });

  it('the gateway policy is the payments scenario of policies/payments.yaml, each user as its pod', () => {
    const payments = parseYaml(readFileSync(join(REPO_ROOT, 'policies', 'payments.yaml'), 'utf8')) as {
      rules: { principal: string; allow?: Json[]; deny?: Json[] }[];
    };
    expect(policy.rules.map(({ allow, deny }) => ({ allow, deny }))).toEqual(
      payments.rules.map(({ allow, deny }) => ({ allow, deny })),
    );
    // Rule set N of payments.yaml is for User:<app>; here it selects the pod with that app label.
    expect(policy.rules.map((r) => r.fromEndpoints.map((e) => e.matchLabels.app))).toEqual(
      payments.rules.map((r) => [r.principal.replace(/^User:/, '')]),
    );
  });

  it('every rule set selects one client pod by app label and namespace, and every client pod is selected', () => {
    const pods = clients.map((p) => `${p.metadata.namespace}/${p.metadata.labels?.app}`);
    const selectedPods = policy.rules.flatMap((r) => r.fromEndpoints.map(selected));
    expect(selectedPods.sort()).toEqual(pods.sort());
    for (const pod of clients) expect(pod.metadata.labels?.app).toBe(pod.metadata.name);
  });

  it('KafkaUsers are SCRAM users of this cluster', () => {
    for (const user of users) {
      expect(user.metadata.labels?.['strimzi.io/cluster']).toBe(kafka.metadata.name);
      expect(user.spec).toEqual({ authentication: { type: 'scram-sha-512' } });
    }
  });

  it('every topic the policy names is a KafkaTopic, and the audit topic exists', () => {
    const topicNames = new Set(topics.map((t) => (t.spec as { topicName: string }).topicName));
    const named = policy.rules.flatMap((r) => [...(r.allow ?? []), ...(r.deny ?? [])]).map((r) => r.topic);
    for (const topic of named.filter((t): t is string => typeof t === 'string')) {
      expect(topicNames, topic).toContain(topic);
    }
    expect(topicNames).toContain('kafka-l7-proxy.audit');
    expect(users.map((u) => u.metadata.name)).toContain('kafka-l7-proxy-audit');
  });

  it('the audit sink writes the audit KafkaTopic of this cluster as its KafkaUser on the SCRAM listener, password from that Secret', () => {
    const audit = (values.audit as { kafka: { bootstrapServers: string[]; topic: string; sasl: Json } })
      .kafka;
    expect(audit.bootstrapServers).toEqual([bootstrapOf(scramListener)]);
    expect(topics.map((t) => (t.spec as { topicName: string }).topicName)).toContain(audit.topic);
    expect(users.map((u) => u.metadata.name)).toContain(audit.sasl.username);
    expect(audit.sasl.mechanism).toBe('scram-sha-512');
    const env = values.env as { name: string; valueFrom: { secretKeyRef: { name: string; key: string } } }[];
    const password = env.find((e) => e.name === audit.sasl.passwordEnv)!;
    expect(password.valueFrom.secretKeyRef).toEqual({ name: audit.sasl.username, key: 'password' });
  });

  it('the sidecar example is payments-api: a KafkaUser, producing to a KafkaTopic with its own Secret', () => {
    const sidecar = parseYaml(readFileSync(join(EXAMPLE, 'payments-api-sidecar', 'values.yaml'), 'utf8')) as {
      client: { topic: string; userSecret: string };
      'kafka-l7-proxy': {
        sidecar: { principal: string };
        upstream: { bootstrapServers: string[]; sasl: Json };
      };
    };
    const proxy = sidecar['kafka-l7-proxy'];
    expect(proxy.sidecar.principal).toBe(`User:${sidecar.client.userSecret}`);
    // Its control connection authenticates as the workload's own user, with the password key the
    // README copies into the workload's namespace next to the client's JAAS line.
    expect(proxy.upstream.sasl).toEqual({
      mechanism: 'SCRAM-SHA-512',
      username: sidecar.client.userSecret,
      passwordSecret: sidecar.client.userSecret,
      passwordKey: 'password',
    });
    expect(secretsCopiedByReadme().get('payments')).toContain(sidecar.client.userSecret);
    expect(readFileSync(join(EXAMPLE, 'README.md'), 'utf8')).toMatch(
      /kubectl create secret generic payments-api -n payments --from-literal=sasl\.jaas\.config=[\s\S]*?--from-literal=password=/,
    );
    expect(users.map((u) => u.metadata.name)).toContain(sidecar.client.userSecret);
    expect(topics.map((t) => (t.spec as { topicName: string }).topicName)).toContain(sidecar.client.topic);
    expect(proxy.upstream.bootstrapServers).toEqual([bootstrapOf(scramListener)]);
  });

  it('client pods carry no credentials: no Secret in their environment or volumes', () => {
    for (const pod of clients) {
      expect(JSON.stringify(pod.spec), pod.metadata.name).not.toMatch(/secret/i);
    }
  });
});

describe('built-in objects of the example validate against the Kubernetes schemas', () => {
  it('client pods (Kubernetes 1.37, strict)', () => {
    const file = join(work, 'clients.yaml');
    writeFileSync(file, readFileSync(join(EXAMPLE, 'clients.yaml'), 'utf8'));
    const result = kubernetesValidate([file], '1.37.0');
    expect(result.ok, result.failures.join('\n')).toBe(true);
    expect(result.passed).toBe(clients.length);
  });
});
