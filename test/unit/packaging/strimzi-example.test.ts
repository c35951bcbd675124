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
const listeners = (kafka.spec as { kafka: { listeners: Json[] } }).kafka.listeners;
const proxiedListener = listeners[0] as {
  name: string;
  port: number;
  networkPolicyPeers: { namespaceSelector: Json; podSelector: Json }[];
};

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

describe('the Kafka listener admits only the proxy pods', () => {
  it('is the only listener, and it has network policy peers', () => {
    expect(listeners).toHaveLength(1);
    expect(proxiedListener.networkPolicyPeers).toHaveLength(1);
  });

  it('its one peer selects the gateway pods by namespace and labels together', () => {
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

  it('bootstrap is the cluster bootstrap Service on the proxied listener port', () => {
    expect(upstream.bootstrapServers).toEqual([
      `${kafka.metadata.name}-kafka-bootstrap.${kafka.metadata.namespace}.svc:${proxiedListener.port}`,
    ]);
  });

  it('broker node ids are those of the broker pool', () => {
    const ids = nodeIdRange(brokerPool.metadata.annotations!['strimzi.io/next-node-ids']!);
    expect(ids).toHaveLength((brokerPool.spec as { replicas: number }).replicas);
    expect(values.brokerNodeIds).toEqual(ids);
  });

  it("the control connection speaks the listener's SCRAM as a KafkaUser of this cluster, password from its Secret", () => {
    const sasl = (
      values.upstream as { sasl: { mechanism: string; username: string; passwordSecret: string } }
    ).sasl;
    const listenerAuth = (proxiedListener as unknown as { authentication: { type: string } }).authentication;
    expect(sasl.mechanism.toLowerCase()).toBe(listenerAuth.type);
    expect(users.map((u) => u.metadata.name)).toContain(sasl.username);
    expect(sasl.passwordSecret).toBe(sasl.username);
    // As rendered: the name and mechanism in proxy.yaml, the password only from the Secret.
    const configMap = gateway.find((o) => o.kind === 'ConfigMap' && o.metadata.name.endsWith('-config'))!;
    const proxyYaml = parseYaml((configMap.data as Record<string, string>)['proxy.yaml']!) as {
      upstream: { sasl: Json };
    };
    expect(proxyYaml.upstream.sasl).toEqual({ mechanism: sasl.mechanism, username: sasl.username });
    const env = gatewayContainerEnv().find((e) => e.name === 'KAFKA_L7_PROXY_UPSTREAM_SASL_PASSWORD');
    expect(env?.valueFrom?.secretKeyRef).toEqual({ name: sasl.passwordSecret, key: 'password' });
  });

  it("the README copies every Secret the gateway pods read into the proxy's namespace", () => {
    const copied = secretsCopiedByReadme();
    const read = gatewayContainerEnv().flatMap((e) =>
      e.valueFrom?.secretKeyRef ? [e.valueFrom.secretKeyRef.name] : [],
    );
    expect(read.length).toBeGreaterThan(1);
    for (const name of read) expect(copied.get(NAMESPACE) ?? [], name).toContain(name);
  });

  it('the gateway NetworkPolicy lets the proxy reach the broker pods on the listener port', () => {
    const policy = gateway.find((o) => o.kind === 'NetworkPolicy')!;
    const egress = (policy.spec as { egress: { to: Json[]; ports: { port: number }[] }[] }).egress[0]!;
    expect(egress.ports.map((p) => p.port)).toContain(proxiedListener.port);
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

  it('the gateway admits the namespace the client pods run in', () => {
    const policy = gateway.find((o) => o.kind === 'NetworkPolicy')!;
    const from = (policy.spec as { ingress: { from: { namespaceSelector: { matchLabels: Json } }[] }[] })
      .ingress[0]!.from;
    for (const pod of clients) {
      expect(from[0]!.namespaceSelector.matchLabels['kubernetes.io/metadata.name']).toBe(
        pod.metadata.namespace,
      );
    }
  });
});

describe('the policy, the users and the topics agree', () => {
  const policy = (values.policy as { document: Json }).document as {
    rules: { principal: string; allow?: Json[]; deny?: Json[] }[];
  };

  it('the gateway policy is the payments scenario of policies/payments.yaml', () => {
    const payments = parseYaml(readFileSync(join(REPO_ROOT, 'policies', 'payments.yaml'), 'utf8')) as Json;
    expect(policy.rules).toEqual(payments.rules);
  });

  it('every principal is a KafkaUser of this cluster', () => {
    const names = new Set(users.map((u) => `User:${u.metadata.name}`));
    for (const rule of policy.rules) expect(names, rule.principal).toContain(rule.principal);
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

  it('the audit sink writes the audit KafkaTopic of this cluster as its KafkaUser, password from that Secret', () => {
    const audit = (values.audit as { kafka: { bootstrapServers: string[]; topic: string; sasl: Json } })
      .kafka;
    const upstream = values.upstream as { bootstrapServers: string[] };
    expect(audit.bootstrapServers).toEqual(upstream.bootstrapServers);
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
      /kubectl create secret generic "\$user" -n payments --from-literal=sasl\.jaas\.config=[\s\S]*?--from-literal=password=/,
    );
    expect(users.map((u) => u.metadata.name)).toContain(sidecar.client.userSecret);
    expect(topics.map((t) => (t.spec as { topicName: string }).topicName)).toContain(sidecar.client.topic);
    expect(proxy.upstream.bootstrapServers).toEqual(
      (values.upstream as { bootstrapServers: string[] }).bootstrapServers,
    );
  });

  it('each client pod uses the credentials of the user its name says', () => {
    const userNames = new Set(users.map((u) => u.metadata.name));
    for (const pod of clients) {
      const env = (pod.spec as { containers: { env: { valueFrom: { secretKeyRef: { name: string } } }[] }[] })
        .containers[0]!.env;
      const secret = env[0]!.valueFrom.secretKeyRef.name;
      expect(secret).toBe(pod.metadata.name);
      expect(userNames).toContain(secret);
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
