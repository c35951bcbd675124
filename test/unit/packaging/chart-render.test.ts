// The Helm chart, rendered by a real Helm for every documented combination of values
// (charts/kafka-l7-proxy/ci/*-values.yaml) and for the sidecar example, then checked three ways:
// every object against the Kubernetes JSON schemas (strict), the rendered proxy.yaml and policy
// against the proxy's own loaders, and the wiring between objects (ports, volumes, selectors).

import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { resolveConfig } from '../../../src/config/load-config.js';
import { parsePolicy } from '../../../src/policy/policy-loader.js';
import { CHART_CRD_DIR, proxyClusterRoleRules } from '../../../src/policy/policy-crds.js';
import {
  CHART_DIR,
  NAMESPACE,
  RELEASE,
  REPO_ROOT,
  helmTemplate,
  kubernetesValidate,
  parseObjects,
  run,
  tool,
  type K8sObject,
} from './packaging-tools.js';

// Oldest Kubernetes the chart declares (Chart.yaml kubeVersion), the first with native sidecars
// (init containers with restartPolicy: Always), and the newest with schemas.
const KUBERNETES_VERSIONS = ['1.25.0', '1.29.0', '1.37.0'];
const NATIVE_SIDECARS_SINCE = '1.29.0';
const CI_DIR = join(CHART_DIR, 'ci');
const CASES = readdirSync(CI_DIR)
  .filter((f) => f.endsWith('-values.yaml'))
  .sort();

const SIDECAR_EXAMPLE = join(REPO_ROOT, 'examples', 'strimzi', 'payments-api-sidecar');
const STRIMZI_GATEWAY_VALUES = join(REPO_ROOT, 'examples', 'strimzi', 'proxy-values.yaml');

let work: string;
const rendered = new Map<
  string,
  { file: string; objects: K8sObject[]; valueFiles: string[]; minKubernetes: string }
>();

function renderCase(name: string, chartDir: string, valueFiles: string[], minKubernetes = '1.25.0'): void {
  const manifest = helmTemplate(chartDir, valueFiles, ['--kube-version', '1.37.0']);
  const file = join(work, `${name}.yaml`);
  writeFileSync(file, manifest);
  rendered.set(name, { file, objects: parseObjects(manifest), valueFiles, minKubernetes });
}

/** A copy of the sidecar example with this chart as its unpacked dependency (no `helm dependency build`). */
function sidecarExampleCopy(name = 'payments-api-sidecar'): string {
  const dir = join(work, name);
  cpSync(SIDECAR_EXAMPLE, dir, { recursive: true });
  cpSync(CHART_DIR, join(dir, 'charts', 'kafka-l7-proxy'), { recursive: true });
  return dir;
}

function objectsOf(name: string): K8sObject[] {
  const entry = rendered.get(name);
  if (!entry) throw new Error(`${name} was not rendered`);
  return entry.objects;
}

function find(objects: K8sObject[], kind: string, nameSuffix = ''): K8sObject | undefined {
  return objects.find((o) => o.kind === kind && o.metadata.name.endsWith(nameSuffix));
}

type Json = Record<string, unknown>;
const get = (o: unknown, ...path: (string | number)[]): unknown =>
  path.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], o);

/** Rendered cases with a gateway Deployment. */
const gatewayCases = (): string[] =>
  [...rendered.keys()].filter((n) => find(objectsOf(n), 'Deployment', '-kafka-l7-proxy'));

function podSpec(workload: K8sObject): Json {
  return get(workload, 'spec', 'template', 'spec') as Json;
}

function proxyContainer(workload: K8sObject): Json {
  const spec = podSpec(workload);
  const containers = [...((spec.initContainers as Json[] | undefined) ?? []), ...(spec.containers as Json[])];
  const proxy = containers.find((c) => String(c.image).includes('kafka-l7-proxy'));
  if (!proxy) throw new Error(`no proxy container in ${workload.metadata.name}`);
  return proxy;
}

function configMapData(objects: K8sObject[], suffix: string): Record<string, string> {
  const cm = find(objects, 'ConfigMap', suffix);
  if (!cm) throw new Error(`no ConfigMap *${suffix}`);
  return cm.data as Record<string, string>;
}

beforeAll(() => {
  tool('helm');
  tool('kubernetes-validate');
  work = mkdtempSync(join(tmpdir(), 'kafka-l7-proxy-chart-'));
  for (const file of CASES) renderCase(file.replace('-values.yaml', ''), CHART_DIR, [join(CI_DIR, file)]);
  renderCase('strimzi-example-gateway', CHART_DIR, [STRIMZI_GATEWAY_VALUES]);
  renderCase('sidecar-example', sidecarExampleCopy(), [], NATIVE_SIDECARS_SINCE);
  const classic = join(work, 'classic-sidecar.json');
  writeFileSync(classic, JSON.stringify({ nativeSidecar: false }));
  renderCase('sidecar-example-classic', sidecarExampleCopy('payments-api-classic'), [classic]);
  // A gateway that identifies clients by SASL only: no pod identity, no policy objects.
  const noApi = join(work, 'no-api.json');
  writeFileSync(noApi, JSON.stringify({ kubernetes: { podIdentity: false, policies: { enabled: false } } }));
  renderCase('gateway-no-kubernetes-api', CHART_DIR, [join(CI_DIR, 'gateway-minimal-values.yaml'), noApi]);
  const execProbes = join(work, 'exec-probes.json');
  writeFileSync(execProbes, JSON.stringify({ 'kafka-l7-proxy': { sidecar: { probe: 'exec' } } }));
  renderCase(
    'sidecar-example-exec',
    sidecarExampleCopy('payments-api-exec'),
    [execProbes],
    NATIVE_SIDECARS_SINCE,
  );
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('helm lint', () => {
  it.each(CASES)('passes in strict mode with %s', (file) => {
    const result = run(tool('helm'), ['lint', '--strict', CHART_DIR, '--values', join(CI_DIR, file)]);
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });
});

describe('helm lint of the sidecar example', () => {
  it('passes in strict mode with this chart as its dependency', () => {
    const result = run(tool('helm'), ['lint', '--strict', sidecarExampleCopy('sidecar-lint')]);
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });
});

describe('every rendered object validates against the Kubernetes schemas', () => {
  it('covers gateway, sidecar, TLS on and off, HPA, ServiceMonitor, NetworkPolicy and PDB', () => {
    const kinds = new Set([...rendered.values()].flatMap((r) => r.objects.map((o) => o.kind)));
    for (const kind of [
      'Deployment',
      'Service',
      'ConfigMap',
      'ServiceAccount',
      'PodDisruptionBudget',
      'HorizontalPodAutoscaler',
      'NetworkPolicy',
      'ServiceMonitor',
    ]) {
      expect(kinds, kind).toContain(kind);
    }
    expect(CASES.some((c) => c.startsWith('sidecar'))).toBe(true);
    expect(CASES.some((c) => c.includes('tls'))).toBe(true);
  });

  it.each(KUBERNETES_VERSIONS)('Kubernetes %s, strict (unknown fields are errors)', (version) => {
    const atLeast = (a: string, b: string): boolean => Number(a.split('.')[1]) >= Number(b.split('.')[1]);
    const cases = [...rendered.values()].filter((r) => atLeast(version, r.minKubernetes));
    const result = kubernetesValidate(
      cases.map((r) => r.file),
      version,
    );
    expect(result.ok, result.failures.join('\n')).toBe(true);
    const builtIn = cases.flatMap((r) => r.objects).filter((o) => o.kind !== 'ServiceMonitor');
    expect(result.passed).toBe(builtIn.length);
    // The only kind without a built-in schema is the Prometheus Operator CRD, checked below.
    for (const line of result.unknownKinds) expect(line).toContain('kind ServiceMonitor');
  });

  it('a native sidecar is refused by the Kubernetes schemas before 1.29 (the validation sees the difference)', () => {
    const result = kubernetesValidate([rendered.get('sidecar-example')!.file], '1.25.0');
    expect(result.ok).toBe(false);
    expect(result.failures.join('\n')).toContain("'restartPolicy' was unexpected");
  });

  it('ServiceMonitor objects match the fields of the monitoring.coreos.com/v1 CRD that the chart uses', () => {
    const schema = JSON.parse(
      readFileSync(join(import.meta.dirname, 'servicemonitor.schema.json'), 'utf8'),
    ) as object;
    const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
    const monitors = [...rendered.values()]
      .flatMap((r) => r.objects)
      .filter((o) => o.kind === 'ServiceMonitor');
    expect(monitors.length).toBeGreaterThan(0);
    for (const monitor of monitors) {
      expect(validate(monitor), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('a template that renders an invalid object fails the check', () => {
    const broken = join(work, 'broken-chart');
    cpSync(CHART_DIR, broken, { recursive: true });
    const deployment = join(broken, 'templates', 'deployment.yaml');
    // A typo of the kind a template edit makes: `replica` instead of `replicas`.
    writeFileSync(deployment, readFileSync(deployment, 'utf8').replace('replicas:', 'replica:'));
    const file = join(work, 'broken.yaml');
    writeFileSync(file, helmTemplate(broken, [join(CI_DIR, 'gateway-minimal-values.yaml')]));
    const result = kubernetesValidate([file], '1.37.0');
    expect(result.ok).toBe(false);
    expect(result.failures.join('\n')).toContain("'replica' was unexpected");
  });
});

describe('the rendered proxy.yaml and policy load in the proxy itself', () => {
  const all = (): [string, K8sObject[]][] => [...rendered.entries()].map(([n, r]) => [n, r.objects]);

  it('every proxy.yaml passes the configuration loader, with the environment the container gets', () => {
    for (const [name, objects] of all()) {
      const text = configMapData(objects, '-config')['proxy.yaml']!;
      // Variables of the proxy container that come from Secrets get a stand-in value.
      const workload = objects.find((o) => o.kind === 'Deployment');
      const env: Record<string, string> = {};
      const containerEnv = workload
        ? ((proxyContainer(workload).env as { name: string; value?: string }[]) ?? [])
        : [];
      for (const variable of containerEnv) env[variable.name] = variable.value ?? 'from-a-secret';
      expect(() => resolveConfig(parseYaml(text), env, `${name} proxy.yaml`), name).not.toThrow();
    }
  });

  it('every proxy.yaml enforces the policy file of the mounted policy ConfigMap', () => {
    for (const [name, objects] of all()) {
      const config = parseYaml(configMapData(objects, '-config')['proxy.yaml']!) as Json;
      expect(get(config, 'policy', 'file'), name).toBe('/etc/kafka-l7-proxy/policy/policy.yaml');
      const workload = objects.find((o) => o.kind === 'Deployment');
      if (!workload) continue; // sidecar values alone: no pod (the sidecar example has one)
      const mount = (proxyContainer(workload).volumeMounts as { name: string; mountPath: string }[]).find(
        (m) => m.name === 'kafka-l7-proxy-policy',
      );
      expect(mount?.mountPath, name).toBe('/etc/kafka-l7-proxy/policy');
    }
  });

  it('the admin port of proxy.yaml is the port the probes, the Service and the ServiceMonitor use', () => {
    for (const name of gatewayCases()) {
      const objects = objectsOf(name);
      const config = parseYaml(configMapData(objects, '-config')['proxy.yaml']!) as Json;
      const container = proxyContainer(find(objects, 'Deployment')!);
      const adminPort = (container.ports as { name: string; containerPort: number }[]).find(
        (p) => p.name === 'admin',
      );
      if (get(config, 'admin', 'enabled') === false) {
        expect(adminPort, name).toBeUndefined();
        expect(get(container, 'livenessProbe', 'tcpSocket', 'port'), name).toBe('bootstrap');
        continue;
      }
      expect(adminPort?.containerPort, name).toBe(get(config, 'admin', 'port'));
      expect(get(container, 'livenessProbe', 'httpGet'), name).toEqual({ path: '/healthz', port: 'admin' });
      expect(get(container, 'readinessProbe', 'httpGet'), name).toEqual({ path: '/readyz', port: 'admin' });
      const monitor = find(objects, 'ServiceMonitor');
      if (monitor) expect(get(monitor, 'spec', 'endpoints', 0, 'port')).toBe('admin');
    }
  });

  it("in a sidecar kubelet probes the admin port over HTTP: it binds the pod's addresses, Kafka stays on loopback", () => {
    for (const name of ['sidecar-example', 'sidecar-example-classic']) {
      const objects = objectsOf(name);
      const config = parseYaml(configMapData(objects, '-config')['proxy.yaml']!) as Json;
      expect(get(config, 'listen', 'host'), name).toBe('127.0.0.1');
      expect(get(config, 'admin', 'host'), name).toBe('0.0.0.0');
      const container = proxyContainer(find(objects, 'Deployment', '-payments-api')!);
      const port = get(config, 'admin', 'port');
      expect(get(container, 'startupProbe', 'httpGet'), name).toEqual({ path: '/healthz', port });
      expect(get(container, 'livenessProbe', 'httpGet'), name).toEqual({ path: '/healthz', port });
      expect(get(container, 'readinessProbe', 'httpGet'), name).toEqual({ path: '/readyz', port });
      expect(JSON.stringify(container), name).not.toContain('"exec"');
    }
  });

  it('with sidecar.probe exec the admin port stays on loopback (listen.host) and node asks it from inside', () => {
    const objects = objectsOf('sidecar-example-exec');
    const config = parseYaml(configMapData(objects, '-config')['proxy.yaml']!) as Json;
    expect(get(config, 'admin', 'host')).toBeUndefined(); // the proxy then uses listen.host
    expect(get(config, 'listen', 'host')).toBe('127.0.0.1');
    const probe = get(proxyContainer(find(objects, 'Deployment')!), 'readinessProbe', 'exec', 'command', 2);
    expect(probe).toContain(`port:${String(get(config, 'admin', 'port'))},path:'/readyz'`);
  });

  it('audit sinks are passed through, with the Kafka password from a Secret and a writable volume for the file', () => {
    const objects = objectsOf('gateway-audit-sinks');
    const config = parseYaml(configMapData(objects, '-config')['proxy.yaml']!) as Json;
    expect(get(config, 'policy', 'mode')).toBe('audit');
    expect(get(config, 'audit', 'kafka', 'sasl', 'passwordEnv')).toBe('AUDIT_KAFKA_PASSWORD');
    const container = proxyContainer(find(objects, 'Deployment')!);
    expect((container.env as { name: string }[]).map((e) => e.name)).toContain('AUDIT_KAFKA_PASSWORD');
    const file = get(config, 'audit', 'file', 'path') as string;
    const mount = (container.volumeMounts as { name: string; mountPath: string }[]).find((m) =>
      file.startsWith(`${m.mountPath}/`),
    );
    const volume = (podSpec(find(objects, 'Deployment')!).volumes as Json[]).find(
      (v) => v.name === mount?.name,
    );
    expect(volume?.emptyDir).toBeDefined();
  });

  it('the SASL password of the control connection comes from its Secret, never from the ConfigMap', () => {
    const objects = objectsOf('gateway-tls-optional-same-secret');
    const config = parseYaml(configMapData(objects, '-config')['proxy.yaml']!) as Json;
    expect(get(config, 'upstream', 'sasl')).toEqual({
      mechanism: 'SCRAM-SHA-512',
      username: 'kafka-l7-proxy',
    });
    const env = proxyContainer(find(objects, 'Deployment')!).env as Json[];
    expect(env).toContainEqual({
      name: 'KAFKA_L7_PROXY_UPSTREAM_SASL_PASSWORD',
      valueFrom: { secretKeyRef: { name: 'kafka-l7-proxy-user', key: 'password' } },
    });
  });

  it('every policy the chart writes passes the policy loader', () => {
    for (const [name, objects] of all()) {
      const policyMap = find(objects, 'ConfigMap', '-policy');
      if (!policyMap) continue; // policy.existingConfigMap
      for (const [key, text] of Object.entries(policyMap.data as Record<string, string>)) {
        const result = parsePolicy(text, `${name}/${key}`);
        expect(result.ok ? [] : result.errors.map((e) => e.message), name).toEqual([]);
      }
    }
  });

  it('the gateway advertises the Service DNS name and listens on every interface', () => {
    const objects = objectsOf('gateway-minimal');
    const config = parseYaml(configMapData(objects, '-config')['proxy.yaml']!) as Json;
    const service = find(objects, 'Service')!;
    expect(get(config, 'advertised', 'host')).toBe(`${service.metadata.name}.${NAMESPACE}.svc.cluster.local`);
    expect(get(config, 'listen', 'host')).toBe('0.0.0.0');
  });

  it('the sidecar listens on loopback only, advertises 127.0.0.1, and its policy has only the static identity', () => {
    const objects = objectsOf('sidecar-static-identity');
    expect(find(objects, 'Deployment')).toBeUndefined();
    expect(find(objects, 'Service')).toBeUndefined();
    const config = parseYaml(configMapData(objects, '-config')['proxy.yaml']!) as Json;
    expect(get(config, 'listen', 'host')).toBe('127.0.0.1');
    expect(get(config, 'advertised', 'host')).toBe('127.0.0.1');
    const policy = parseYaml(configMapData(objects, '-policy')['policy.yaml']!) as Json;
    expect(policy.identities).toEqual([{ static: { principal: 'User:payments-api' } }]);
  });

  it('with no policy given, the chart writes a deny-all policy identifying pods (gateway) or SASL users', () => {
    const policy = parseYaml(configMapData(objectsOf('gateway-minimal'), '-policy')['policy.yaml']!) as Json;
    expect(policy.rules).toEqual([]);
    expect(policy.identities).toEqual([{ kubernetes: {} }]);
    const noApi = parseYaml(
      configMapData(objectsOf('gateway-no-kubernetes-api'), '-policy')['policy.yaml']!,
    ) as Json;
    expect(noApi.identities).toEqual([{ sasl: {} }]);
  });

  it('static broker addresses come from the node address pattern for every broker node id', () => {
    const config = parseYaml(
      configMapData(objectsOf('gateway-strimzi-scram'), '-config')['proxy.yaml']!,
    ) as Json;
    expect(get(config, 'upstream', 'nodes')).toEqual({
      '0': 'payments-broker-0.payments-kafka-brokers.kafka.svc:9092',
      '1': 'payments-broker-1.payments-kafka-brokers.kafka.svc:9092',
      '2': 'payments-broker-2.payments-kafka-brokers.kafka.svc:9092',
    });
  });
});

describe('objects are wired to each other', () => {
  it('every Service port targets a named container port, one per broker node plus bootstrap', () => {
    for (const name of gatewayCases()) {
      const objects = objectsOf(name);
      const service = find(objects, 'Service')!;
      const container = proxyContainer(find(objects, 'Deployment')!);
      const containerPorts = new Map(
        (container.ports as { name: string; containerPort: number }[]).map((p) => [p.name, p.containerPort]),
      );
      const ports = get(service, 'spec', 'ports') as { name: string; port: number; targetPort: string }[];
      for (const port of ports) {
        expect(containerPorts.get(port.targetPort), `${name} ${port.name}`).toBe(port.port);
      }
      // brokerNodeIds of the last values file that sets it, else the chart default.
      const nodeIds = rendered
        .get(name)!
        .valueFiles.map(
          (f) => (parseYaml(readFileSync(f, 'utf8')) as Json | null)?.brokerNodeIds as number[] | undefined,
        )
        .reduce<number[]>((chosen, ids) => ids ?? chosen, [0, 1, 2]);
      expect(ports.filter((p) => p.name.startsWith('broker-')).map((p) => p.name)).toEqual(
        nodeIds.map((id) => `broker-${id}`),
      );
    }
  });

  it('the listen ports of proxy.yaml are the ports the Service exposes', () => {
    const objects = objectsOf('gateway-autoscaling-monitoring');
    const config = parseYaml(configMapData(objects, '-config')['proxy.yaml']!) as Json;
    const ports = get(find(objects, 'Service')!, 'spec', 'ports') as {
      name: string;
      port: number;
      nodePort?: number;
    }[];
    expect(ports.find((p) => p.name === 'broker-1001')?.port).toBe(
      get(config, 'listen', 'brokerPorts', '1001'),
    );
    expect(ports.find((p) => p.name === 'bootstrap')).toMatchObject({
      port: get(config, 'listen', 'bootstrapPort'),
      nodePort: 31092,
    });
  });

  it('selectors match the pod labels, and every volume mount has its volume', () => {
    for (const name of gatewayCases()) {
      const objects = objectsOf(name);
      const deployment = find(objects, 'Deployment')!;
      const podLabels = get(deployment, 'spec', 'template', 'metadata', 'labels') as Record<string, string>;
      const selectors = [
        get(deployment, 'spec', 'selector', 'matchLabels'),
        get(find(objects, 'Service')!, 'spec', 'selector'),
        get(find(objects, 'PodDisruptionBudget'), 'spec', 'selector', 'matchLabels'),
        get(find(objects, 'NetworkPolicy'), 'spec', 'podSelector', 'matchLabels'),
      ].filter((s) => s !== undefined) as Record<string, string>[];
      for (const selector of selectors) expect(podLabels, name).toMatchObject(selector);
      const volumes = new Set((podSpec(deployment).volumes as { name: string }[]).map((v) => v.name));
      for (const mount of proxyContainer(deployment).volumeMounts as { name: string }[]) {
        expect(volumes, `${name} ${mount.name}`).toContain(mount.name);
      }
    }
  });

  it('the policy and config are mounted as directories (no subPath), so ConfigMap updates reach the pod', () => {
    for (const name of [...gatewayCases(), 'sidecar-example', 'sidecar-example-classic']) {
      const deployment = objectsOf(name).find((o) => o.kind === 'Deployment')!;
      const mounts = proxyContainer(deployment).volumeMounts as { name: string; subPath?: string }[];
      expect(
        mounts.filter((m) => m.subPath !== undefined),
        name,
      ).toEqual([]);
    }
  });

  it('every file named in proxy.yaml lies in a mounted Secret under the key the values name', () => {
    const objects = objectsOf('gateway-tls-mtls');
    const deployment = find(objects, 'Deployment')!;
    const config = parseYaml(configMapData(objects, '-config')['proxy.yaml']!) as Json;
    const mounts = proxyContainer(deployment).volumeMounts as { name: string; mountPath: string }[];
    const volumes = podSpec(deployment).volumes as { name: string; secret?: { secretName: string } }[];
    const secretOf = (file: string): string | undefined => {
      const mount = mounts.find((m) => file.startsWith(`${m.mountPath}/`));
      return volumes.find((v) => v.name === mount?.name)?.secret?.secretName;
    };
    expect(secretOf(get(config, 'tls', 'certFile') as string)).toBe('kafka-l7-proxy-server-tls');
    expect(secretOf(get(config, 'tls', 'caFile') as string)).toBe('payments-client-ca');
    expect(secretOf(get(config, 'upstream', 'tls', 'caFile') as string)).toBe('payments-cluster-ca-cert');
    expect(get(config, 'upstream', 'tls', 'certFile')).toMatch(/\/user\.crt$/);
    expect(secretOf(get(config, 'upstream', 'tls', 'keyFile') as string)).toBe('kafka-l7-proxy-user');
  });

  it('the container runs the config the ConfigMap holds, as a non-root user with a read-only root', () => {
    for (const name of gatewayCases()) {
      const deployment = find(objectsOf(name), 'Deployment')!;
      const container = proxyContainer(deployment);
      const configMount = (container.volumeMounts as { name: string; mountPath: string }[]).find(
        (m) => m.name === 'kafka-l7-proxy-config',
      )!;
      expect(container.args).toEqual(['run', '--config', `${configMount.mountPath}/proxy.yaml`]);
      expect(get(container, 'securityContext', 'readOnlyRootFilesystem')).toBe(true);
      expect(get(podSpec(deployment), 'securityContext', 'runAsNonRoot')).toBe(true);
    }
  });

  it('the grace period covers the drain timeout', () => {
    const deployment = find(objectsOf('gateway-minimal'), 'Deployment')!;
    expect(podSpec(deployment).terminationGracePeriodSeconds).toBe(40); // 30 s drain + 10 s
  });

  it('a proxy.yaml change rolls the pods, a policy change does not', () => {
    const base = join(CI_DIR, 'gateway-minimal-values.yaml');
    const checksum = (extra: Json): string => {
      const file = join(work, `extra-${Object.keys(extra).join('-')}.yaml`);
      writeFileSync(file, JSON.stringify(extra));
      const deployment = find(parseObjects(helmTemplate(CHART_DIR, [base, file])), 'Deployment')!;
      return (get(deployment, 'spec', 'template', 'metadata', 'annotations') as Record<string, string>)[
        'checksum/proxy-config'
      ]!;
    };
    const original = checksum({});
    expect(checksum({ logging: { level: 'debug' } })).not.toBe(original);
    expect(
      checksum({ policy: { document: { apiVersion: 'kafka-l7-proxy/v1', kind: 'KafkaPolicy', rules: [] } } }),
    ).toBe(original);
  });

  it('replicas prefer different nodes unless the values give an affinity', () => {
    const deployment = find(objectsOf('gateway-minimal'), 'Deployment')!;
    const term = get(
      podSpec(deployment),
      'affinity',
      'podAntiAffinity',
      'preferredDuringSchedulingIgnoredDuringExecution',
      0,
      'podAffinityTerm',
    ) as Json;
    expect(term.topologyKey).toBe('kubernetes.io/hostname');
    expect(get(deployment, 'spec', 'template', 'metadata', 'labels')).toMatchObject(
      get(term, 'labelSelector', 'matchLabels') as Json,
    );
  });

  it('the HPA replaces the fixed replica count', () => {
    const deployment = find(objectsOf('gateway-autoscaling-monitoring'), 'Deployment')!;
    expect(get(deployment, 'spec', 'replicas')).toBeUndefined();
    expect(find(objectsOf('gateway-minimal'), 'Deployment')!.spec).toMatchObject({ replicas: 2 });
  });

  it('the NetworkPolicy admits clients to the proxy ports only and lets the pods reach brokers and DNS only', () => {
    const policy = find(objectsOf('gateway-strimzi-scram'), 'NetworkPolicy')!;
    const spec = policy.spec as Json;
    expect(spec.policyTypes).toEqual(['Ingress', 'Egress']);
    const ingress = spec.ingress as { from: Json[]; ports: { port: number }[] }[];
    expect(ingress[0]!.from).toEqual([
      { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'payments' } } },
    ]);
    expect(ingress[0]!.ports.map((p) => p.port)).toEqual([9092, 9100, 9101, 9102]);
    const egress = spec.egress as { to: Json[]; ports: { port: number; protocol: string }[] }[];
    expect(egress).toHaveLength(2);
    expect(get(egress[0], 'to', 0, 'podSelector', 'matchLabels', 'strimzi.io/cluster')).toBe('payments');
    expect(egress[0]!.ports).toEqual([{ port: 9092, protocol: 'TCP' }]);
    expect(egress[1]!.ports.map((p) => `${p.port}/${p.protocol}`)).toEqual(['53/UDP', '53/TCP']);
  });

  it('the sidecar example runs the proxy as a native sidecar: an init container that keeps running', () => {
    const deployment = find(objectsOf('sidecar-example'), 'Deployment', '-payments-api')!;
    const spec = podSpec(deployment);
    expect((spec.initContainers as Json[]).map((c) => [c.name, c.restartPolicy])).toEqual([
      ['kafka-l7-proxy', 'Always'],
    ]);
    expect((spec.containers as Json[]).map((c) => c.name)).toEqual(['payments-api']);
    // Kubernetes starts the client once this probe passes.
    expect(get(proxyContainer(deployment), 'startupProbe', 'httpGet', 'path')).toBe('/healthz');
  });

  it('the classic sidecar example puts the proxy next to the client with HTTP probes and no ports', () => {
    const objects = objectsOf('sidecar-example-classic');
    const deployment = find(objects, 'Deployment', '-payments-api')!;
    expect(podSpec(deployment).initContainers).toBeUndefined();
    const containers = podSpec(deployment).containers as Json[];
    expect(containers.map((c) => c.name)).toEqual(['payments-api', 'kafka-l7-proxy']);
    const proxy = proxyContainer(deployment);
    expect(proxy.ports).toBeUndefined();
    expect(proxy.restartPolicy).toBeUndefined();
    expect(get(proxy, 'livenessProbe', 'httpGet', 'path')).toBe('/healthz');
    const policy = parseYaml(configMapData(objects, '-policy')['policy.yaml']!) as Json;
    expect(policy.identities).toEqual([{ static: { principal: 'User:payments-api' } }]);
    expect(String(get(containers[0], 'command', 2))).toContain('--bootstrap-server 127.0.0.1:9092');
  });
});

describe('Kubernetes API access of the gateway (pod identity, policy objects)', () => {
  const readsApi = (name: string): boolean => find(objectsOf(name), 'ClusterRole') !== undefined;

  it('grants exactly the rules the proxy needs, bound to its ServiceAccount, and mounts the token', () => {
    const cases = gatewayCases().filter(readsApi);
    expect(cases).toEqual(expect.arrayContaining(['gateway-minimal', 'gateway-kubernetes-policies']));
    for (const name of cases) {
      const objects = objectsOf(name);
      const config = parseYaml(configMapData(objects, '-config')['proxy.yaml']!) as Json;
      const cilium = get(config, 'kubernetes', 'policies', 'ciliumPolicies') === true;
      expect(find(objects, 'ClusterRole')!.rules, name).toEqual(
        proxyClusterRoleRules({ ciliumPolicies: cilium }),
      );
      const binding = find(objects, 'ClusterRoleBinding')!;
      const deployment = find(objects, 'Deployment', '-kafka-l7-proxy')!;
      // The chart's ServiceAccount, or the one the values name (serviceAccount.create: false).
      const account = podSpec(deployment).serviceAccountName as string;
      const created = find(objects, 'ServiceAccount');
      if (created) expect(created.metadata.name).toBe(account);
      expect(binding.subjects, name).toEqual([
        { kind: 'ServiceAccount', name: account, namespace: NAMESPACE },
      ]);
      expect(get(binding, 'roleRef', 'name')).toBe(find(objects, 'ClusterRole')!.metadata.name);
      expect(podSpec(deployment).automountServiceAccountToken, name).toBe(true);
    }
    const policies = objectsOf('gateway-kubernetes-policies');
    const config = parseYaml(configMapData(policies, '-config')['proxy.yaml']!) as Json;
    expect(config.kubernetes).toEqual({
      enabled: true,
      maxStaleMs: 15000,
      clusterName: 'default',
      policies: {
        enabled: true,
        kafkaPolicies: true,
        networkPolicies: true,
        ciliumPolicies: true,
        writeStatus: true,
        brokerLabels: {
          'strimzi.io/cluster': 'payments',
          'strimzi.io/kind': 'Kafka',
          'io.kubernetes.pod.namespace': 'kafka',
        },
      },
    });
    const egress = get(find(policies, 'NetworkPolicy'), 'spec', 'egress') as Json[];
    expect(egress.at(-1)).toEqual({
      ports: [{ port: 6443, protocol: 'TCP' }],
      to: [{ ipBlock: { cidr: '172.18.0.2/32' } }],
    });
  });

  it('reads nothing from the API, mounts no token and grants nothing without pod identity and policy objects, or in a sidecar', () => {
    for (const name of ['gateway-no-kubernetes-api', 'gateway-strimzi-scram', 'sidecar-example']) {
      const objects = objectsOf(name);
      expect(find(objects, 'ClusterRole'), name).toBeUndefined();
      expect(find(objects, 'ClusterRoleBinding'), name).toBeUndefined();
      const workload = objects.find((o) => o.kind === 'Deployment');
      if (workload) expect(podSpec(workload).automountServiceAccountToken ?? false, name).toBe(false);
      const config = parseYaml(configMapData(objects, '-config')['proxy.yaml']!) as Json;
      const k = config.kubernetes as Json | undefined;
      expect(k === undefined || (k.enabled === false && get(k, 'policies', 'enabled') === false), name).toBe(
        true,
      );
    }
    const egress = get(find(objectsOf('gateway-strimzi-scram'), 'NetworkPolicy'), 'spec', 'egress') as Json[];
    expect(JSON.stringify(egress)).not.toContain('6443');
  });

  it('installs the policy CRDs from crds/, and they validate against the Kubernetes schemas', () => {
    const manifest = helmTemplate(
      CHART_DIR,
      [join(CI_DIR, 'gateway-minimal-values.yaml')],
      ['--include-crds', '--kube-version', '1.37.0'],
    );
    const crds = parseObjects(manifest).filter((o) => o.kind === 'CustomResourceDefinition');
    expect(crds.map((c) => c.metadata.name).sort()).toEqual(
      readdirSync(join(REPO_ROOT, CHART_CRD_DIR))
        .map((f) => `${f.replace('.yaml', '')}.kafka-l7-proxy.io`)
        .sort(),
    );
    const file = join(work, 'crds.yaml');
    writeFileSync(file, crds.map((c) => `---\n${JSON.stringify(c)}\n`).join(''));
    for (const version of KUBERNETES_VERSIONS) {
      const result = kubernetesValidate([file], version);
      expect(result.ok, result.failures.join('\n')).toBe(true);
      expect(result.passed).toBe(3);
    }
  });
});

describe('values that must be refused', () => {
  const refusals: [string, Json, RegExp][] = [
    ['no upstream brokers', { networkPolicy: { enabled: false } }, /upstream.bootstrapServers/],
    ['an unknown mode', { mode: 'daemonset' }, /mode/],
    [
      'a misspelt value',
      { upstream: { bootstrapServers: ['k:9092'], bootstrapServer: ['k:9092'] } },
      /bootstrapServer/,
    ],
    ['a broker address without a port', { upstream: { bootstrapServers: ['kafka'] } }, /bootstrapServers/],
    ['TLS without its Secret', { tls: { enabled: true } }, /tls.secretName/],
    ['client certificates without TLS', { tls: { clientAuth: 'required' } }, /clientAuth needs tls.enabled/],
    [
      'a ServiceMonitor without the admin port',
      { serviceMonitor: { enabled: true }, admin: { enabled: false } },
      /admin.enabled/,
    ],
    [
      'a NetworkPolicy that does not say where the brokers are',
      { networkPolicy: { enabled: true } },
      /brokerPeers/,
    ],
    ['two listeners on one port', { listen: { brokerPorts: { '1': 9092 } } }, /port 9092 is used by both/],
    ['the admin port on a broker port', { admin: { port: 9101 } }, /port 9101 is used by both/],
    [
      'a static sidecar principal next to identities of the policy',
      {
        mode: 'sidecar',
        sidecar: { principal: 'User:a' },
        policy: {
          document: {
            apiVersion: 'kafka-l7-proxy/v1',
            kind: 'KafkaPolicy',
            identities: [{ sasl: {} }],
            rules: [],
          },
        },
      },
      /remove identities/,
    ],
    ['a principal without a type', { mode: 'sidecar', sidecar: { principal: 'payments-api' } }, /principal/],
    [
      'a disruption budget that blocks every node drain',
      { gateway: { replicaCount: 1, podDisruptionBudget: { enabled: true, minAvailable: 1 } } },
      /would block every node drain/,
    ],
    [
      'a policy that does not match the policy schema',
      {
        policy: {
          document: {
            apiVersion: 'kafka-l7-proxy/v1',
            kind: 'KafkaPolicy',
            rules: [{ principal: 'User:a', allow: [{ topics: 'payments' }] }],
          },
        },
      },
      /'topics' not allowed/,
    ],
    [
      'HPA bounds the wrong way round',
      { gateway: { autoscaling: { enabled: true, minReplicas: 5, maxReplicas: 2 } } },
      /minReplicas/,
    ],
  ];

  it.each(refusals)('%s', (label, values, message) => {
    // A valid base, except for the case that is about the missing brokers.
    const base =
      label === 'no upstream brokers'
        ? {}
        : { upstream: { bootstrapServers: ['kafka:9092'] }, networkPolicy: { enabled: false } };
    const id = label.replace(/[^a-z]+/gi, '-');
    const baseFile = join(work, `refused-base-${id}.json`);
    const file = join(work, `refused-${id}.json`);
    writeFileSync(baseFile, JSON.stringify(base));
    writeFileSync(file, JSON.stringify(values));
    expect(() => helmTemplate(CHART_DIR, [baseFile, file])).toThrow(message);
  });

  it('the sidecar template refuses a chart in gateway mode', () => {
    const copy = sidecarExampleCopy('sidecar-in-gateway-mode');
    const file = join(work, 'gateway-mode.json');
    writeFileSync(
      file,
      JSON.stringify({ 'kafka-l7-proxy': { mode: 'gateway', networkPolicy: { enabled: false } } }),
    );
    expect(() => helmTemplate(copy, [file])).toThrow(/needs mode: sidecar/);
  });
});

describe('documentation', () => {
  const values = parseYaml(readFileSync(join(CHART_DIR, 'values.yaml'), 'utf8')) as Json;
  const schema = JSON.parse(readFileSync(join(CHART_DIR, 'values.schema.json'), 'utf8')) as Json;

  /** Dotted paths of values.yaml down to the leaves (free-form maps and lists are leaves). */
  function leaves(node: unknown, schemaNode: Json | undefined, prefix: string): string[] {
    const props = schemaNode?.properties as Record<string, Json> | undefined;
    if (node === null || typeof node !== 'object' || Array.isArray(node) || !props) return [prefix];
    return Object.entries(node as Json).flatMap(([key, child]) =>
      leaves(child, props[key], prefix === '' ? key : `${prefix}.${key}`),
    );
  }

  it('every value in values.yaml is typed in values.schema.json, with a description', () => {
    const paths = leaves(values, schema, '');
    expect(paths.length).toBeGreaterThan(60);
    for (const path of paths) {
      let node: Json | undefined = schema;
      for (const key of path.split('.')) node = (node?.properties as Record<string, Json> | undefined)?.[key];
      expect(node, path).toBeDefined();
      expect(node!.description, path).toEqual(expect.any(String));
      expect(node!.type ?? node!.oneOf ?? node!.anyOf ?? node!.enum, `${path} has no type`).toBeDefined();
    }
  });

  it('every value has a row in the chart README values table', () => {
    const readme = readFileSync(join(CHART_DIR, 'README.md'), 'utf8');
    const documented = new Set([...readme.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]));
    for (const path of leaves(values, schema, '')) expect(documented, path).toContain(path);
  });

  it('values.schema.json carries the current policy schema (scripts/sync-chart-policy-schema.mjs)', () => {
    const policySchema = JSON.parse(
      readFileSync(join(REPO_ROOT, 'policies', 'policy.schema.json'), 'utf8'),
    ) as Json;
    const { $schema: _s, definitions, ...document } = policySchema as { $schema: string; definitions: Json };
    const embedded = schema.definitions as Json;
    expect(embedded.policyDocument, 'stale: run node scripts/sync-chart-policy-schema.mjs').toEqual(document);
    for (const [name, definition] of Object.entries(definitions)) {
      expect(embedded[name], `stale: run node scripts/sync-chart-policy-schema.mjs (${name})`).toEqual(
        definition,
      );
    }
  });

  it('every ci values file is described by its first comment line', () => {
    for (const file of CASES) {
      expect(readFileSync(join(CI_DIR, file), 'utf8'), file).toMatch(/^# \S/);
    }
  });

  it('the chart deploys the image of this version', () => {
    const chart = parseYaml(readFileSync(join(CHART_DIR, 'Chart.yaml'), 'utf8')) as Json;
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as Json;
    expect(chart.appVersion).toBe(pkg.version);
    expect(get(values, 'image', 'tag')).toBe(pkg.version);
  });

  it('renders with the release and namespace used above', () => {
    expect(find(objectsOf('gateway-minimal'), 'Deployment')!.metadata).toMatchObject({
      name: `${RELEASE}-kafka-l7-proxy`,
      namespace: NAMESPACE,
    });
  });
});
