// A real Kubernetes API server for tests: etcd plus kube-apiserver, built from the Go module proxy by
// scripts/build-kube-apiserver.sh and cached outside the repository (like the Kafka jars).
//
// No controller-manager and no kubelet run: namespaces and service accounts must be created before
// pods that use them, pods stay unscheduled, and a test gives a pod its IP and phase with a merge patch
// of its status (`setPodStatus`). TLS material comes from openssl; clients authenticate with static
// bearer tokens: `adminToken` (system:masters) and `proxyToken` (user `kafka-l7-proxy`, no rights
// until a test binds a Role or ClusterRole to it). Authorization is RBAC.
//
//   const kube = await startKubeApiServer();
//   await kube.apply(namespace('payments'));
//   const kubeconfig = kube.writeKubeconfig(kube.proxyToken);
//   await kube.stopApiServer(); await kube.startApiServer();   // etcd keeps the state
//   await kube.stop();

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { allocateLoopbackPorts, LOOPBACK } from './ports.js';
import { onHarnessExit, superviseProcess, type SupervisedProcess } from './supervised-process.js';

/** A Kubernetes API object or answer: free-form JSON, read by the tests that made it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- objects of any kind, checked by the tests
export type KubeJson = Record<string, any>;

/** Kubernetes version scripts/build-kube-apiserver.sh builds. */
export const KUBE_VERSION = 'v1.37.2';

export class KubeHarnessError extends Error {
  override readonly name = 'KubeHarnessError';
}

/** Where the built binaries live ($KAFKA_L7_PROXY_TOOLS/kube/<version>). */
export function kubeBinaryDir(): string {
  const tools = process.env.KAFKA_L7_PROXY_TOOLS ?? join(homedir(), '.cache', 'kafka-l7-proxy');
  return join(tools, 'kube', KUBE_VERSION);
}

/** True when kube-apiserver and etcd have been built. */
export function kubeBinariesPresent(): boolean {
  const dir = kubeBinaryDir();
  return existsSync(join(dir, 'kube-apiserver')) && existsSync(join(dir, 'etcd'));
}

export interface KubeApiServer {
  /** `https://127.0.0.1:PORT`. */
  readonly server: string;
  readonly caPemPath: string;
  /** Bearer token of user `admin` in group system:masters. */
  readonly adminToken: string;
  /** Bearer token of user `kafka-l7-proxy`, with no rights until bound. */
  readonly proxyToken: string;
  /** User name the proxy token authenticates as. */
  readonly proxyUser: string;
  readonly dir: string;
  /** Writes a kubeconfig for `token` and returns its path. */
  writeKubeconfig(token: string, name?: string): string;
  /** One API request as admin (or `token`); resolves with status and parsed body, never throws on HTTP errors. */
  request(
    method: string,
    path: string,
    body?: unknown,
    options?: { token?: string; contentType?: string },
  ): Promise<{ status: number; body: KubeJson }>;
  /** Creates (or replaces) an object from its manifest; throws on an API error. */
  apply(manifest: KubeJson): Promise<KubeJson>;
  /** Deletes an object; ignores 404. */
  remove(apiPath: string): Promise<void>;
  /** Sets a pod's status (IP, phase Running by default) as the kubelet would. */
  setPodStatus(
    namespace: string,
    name: string,
    podIP: string,
    phase?: string,
    hostIP?: string,
  ): Promise<void>;
  /** Stops kube-apiserver only (etcd keeps the state); `startApiServer` starts it on the same port. */
  stopApiServer(): Promise<void>;
  startApiServer(): Promise<void>;
  /** Stops everything and removes the data. Safe to call twice. */
  stop(): Promise<void>;
}

function openssl(args: string[], cwd: string): void {
  const r = spawnSync('openssl', args, { cwd, encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) {
    throw new KubeHarnessError(
      `openssl ${args[0]} failed: ${(r.stderr || String(r.error)).trim().split('\n')[0]}`,
    );
  }
}

function createPki(dir: string): void {
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl(
    [
      'req',
      '-x509',
      ...ec,
      '-keyout',
      'ca.key',
      '-out',
      'ca.pem',
      '-days',
      '2',
      '-subj',
      '/CN=kube test CA',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
    ],
    dir,
  );
  openssl(['req', ...ec, '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=kube-apiserver'], dir);
  writeFileSync(
    join(dir, 'server.ext'),
    'subjectAltName=IP:127.0.0.1,DNS:localhost,DNS:kubernetes.default.svc\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n',
  );
  openssl(
    [
      'x509',
      '-req',
      '-in',
      'server.csr',
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      'server.pem',
      '-days',
      '2',
      '-extfile',
      'server.ext',
    ],
    dir,
  );
  // Service account token signing key pair (kube-apiserver requires one even when tokens are static).
  openssl(['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', 'sa.key'], dir);
  openssl(['pkey', '-in', 'sa.key', '-pubout', '-out', 'sa.pub'], dir);
}

function randomToken(): string {
  return Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16)).join('');
}

async function waitFor(
  what: string,
  timeoutMs: number,
  probe: () => Promise<boolean>,
  log: () => string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await probe().catch(() => false)) return;
    if (Date.now() > deadline)
      throw new KubeHarnessError(`${what} not ready within ${timeoutMs} ms:\n${log()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export interface StartKubeOptions {
  /** Bound on start-to-ready of each process (default 120 s: the machine may be busy). */
  readonly readyTimeoutMs?: number;
}

/** Starts etcd and kube-apiserver on free loopback ports; throws KubeHarnessError when the binaries are missing. */
export async function startKubeApiServer(options: StartKubeOptions = {}): Promise<KubeApiServer> {
  const bin = kubeBinaryDir();
  if (!kubeBinariesPresent()) {
    throw new KubeHarnessError(
      `kube-apiserver and etcd are not built in ${bin}: run bash scripts/build-kube-apiserver.sh (as .ci/run does)`,
    );
  }
  const readyTimeoutMs = options.readyTimeoutMs ?? 120_000;
  const dir = mkdtempSync(join(tmpdir(), 'kube-harness-'));
  const removeOnExit = onHarnessExit(() => rmSync(dir, { recursive: true, force: true }));
  const pki = join(dir, 'pki');
  mkdirSync(pki);
  createPki(pki);
  const adminToken = randomToken();
  const proxyToken = randomToken();
  const proxyUser = 'kafka-l7-proxy';
  writeFileSync(
    join(dir, 'tokens.csv'),
    `${adminToken},admin,admin-uid,"system:masters"\n${proxyToken},${proxyUser},proxy-uid,"kafka-l7-proxy"\n`,
    { mode: 0o600 },
  );
  const [etcdClient, etcdPeer, apiPort] = (await allocateLoopbackPorts(3)) as [number, number, number];
  const etcdLog = join(dir, 'etcd.log');
  const apiLog = join(dir, 'kube-apiserver.log');
  const { openSync } = await import('node:fs');
  const etcd = superviseProcess({
    command: join(bin, 'etcd'),
    args: [
      '--name',
      'default',
      '--data-dir',
      join(dir, 'etcd'),
      '--listen-client-urls',
      `http://${LOOPBACK}:${etcdClient}`,
      '--advertise-client-urls',
      `http://${LOOPBACK}:${etcdClient}`,
      '--listen-peer-urls',
      `http://${LOOPBACK}:${etcdPeer}`,
      '--initial-advertise-peer-urls',
      `http://${LOOPBACK}:${etcdPeer}`,
      '--initial-cluster',
      `default=http://${LOOPBACK}:${etcdPeer}`,
      '--unsafe-no-fsync',
      '--log-level',
      'warn',
    ],
    stdio: ['ignore', openSync(etcdLog, 'a'), openSync(etcdLog, 'a')],
    cleanupDirOnOrphan: dir,
  });
  const server = `https://${LOOPBACK}:${apiPort}`;
  const tail = (file: string) => () => {
    try {
      return readFileSync(file, 'utf8').split('\n').slice(-15).join('\n');
    } catch {
      return '(no log)';
    }
  };
  let api: SupervisedProcess | undefined;
  const request: KubeApiServer['request'] = (method, path, body, opts = {}) =>
    new Promise((resolve, reject) => {
      const data = body === undefined ? undefined : JSON.stringify(body);
      const req = httpsRequest(
        `${server}${path}`,
        {
          method,
          ca: readFileSync(join(pki, 'ca.pem')),
          headers: {
            authorization: `Bearer ${opts.token ?? adminToken}`,
            accept: 'application/json',
            ...(data !== undefined
              ? {
                  'content-type': opts.contentType ?? 'application/json',
                  'content-length': Buffer.byteLength(data),
                }
              : {}),
          },
          timeout: 30_000,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed: KubeJson = { text };
            try {
              parsed = JSON.parse(text) as KubeJson;
            } catch {
              // plain text (readyz answers "ok")
            }
            resolve({ status: res.statusCode ?? 0, body: parsed });
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error(`${method} ${path}: timeout`)));
      req.on('error', reject);
      if (data !== undefined) req.write(data);
      req.end();
    });

  const startApiServer = async (): Promise<void> => {
    api = superviseProcess({
      command: join(bin, 'kube-apiserver'),
      args: [
        `--etcd-servers=http://${LOOPBACK}:${etcdClient}`,
        `--bind-address=${LOOPBACK}`,
        `--secure-port=${apiPort}`,
        `--advertise-address=${LOOPBACK}`,
        '--endpoint-reconciler-type=none',
        `--tls-cert-file=${join(pki, 'server.pem')}`,
        `--tls-private-key-file=${join(pki, 'server.key')}`,
        `--client-ca-file=${join(pki, 'ca.pem')}`,
        `--token-auth-file=${join(dir, 'tokens.csv')}`,
        '--authorization-mode=RBAC',
        '--enable-priority-and-fairness=false',
        '--service-cluster-ip-range=10.96.0.0/16',
        `--service-account-key-file=${join(pki, 'sa.pub')}`,
        `--service-account-signing-key-file=${join(pki, 'sa.key')}`,
        '--service-account-issuer=https://kubernetes.default.svc',
        `--cert-dir=${join(dir, 'certs')}`,
        '--v=0',
      ],
      stdio: ['ignore', openSync(apiLog, 'a'), openSync(apiLog, 'a')],
    });
    await waitFor(
      'kube-apiserver',
      readyTimeoutMs,
      async () => (await request('GET', '/readyz')).status === 200,
      tail(apiLog),
    );
  };
  const stopApiServer = async (): Promise<void> => {
    await api?.terminate(5_000);
    api = undefined;
  };

  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    await stopApiServer();
    await etcd.terminate(5_000);
    rmSync(dir, { recursive: true, force: true });
    removeOnExit();
  };

  try {
    await waitFor(
      'etcd',
      readyTimeoutMs,
      async () => {
        const r = await fetch(`http://${LOOPBACK}:${etcdClient}/health`);
        return r.ok;
      },
      tail(etcdLog),
    );
    await startApiServer();
  } catch (error) {
    await stop();
    throw error;
  }

  const apply = async (manifest: KubeJson): Promise<KubeJson> => {
    const path = collectionPath(manifest);
    const created = await request('POST', path, manifest);
    if (created.status === 201 || created.status === 200) return created.body;
    if (created.status === 409) {
      const itemPath = `${path}/${manifest.metadata.name}`;
      const current = await request('GET', itemPath);
      const replaced = await request('PUT', itemPath, {
        ...manifest,
        metadata: { ...manifest.metadata, resourceVersion: current.body.metadata.resourceVersion },
      });
      if (replaced.status === 200) return replaced.body;
      throw new KubeHarnessError(`PUT ${itemPath}: ${replaced.status} ${JSON.stringify(replaced.body)}`);
    }
    throw new KubeHarnessError(`POST ${path}: ${created.status} ${JSON.stringify(created.body)}`);
  };

  return {
    server,
    caPemPath: join(pki, 'ca.pem'),
    adminToken,
    proxyToken,
    proxyUser,
    dir,
    writeKubeconfig(token, name = 'kubeconfig') {
      const path = join(dir, `${name}-${token.slice(0, 6)}.yaml`);
      writeFileSync(
        path,
        [
          'apiVersion: v1',
          'kind: Config',
          'clusters:',
          '  - name: test',
          '    cluster:',
          `      server: ${server}`,
          `      certificate-authority: ${join(pki, 'ca.pem')}`,
          'users:',
          '  - name: test',
          '    user:',
          `      token: ${token}`,
          'contexts:',
          '  - name: test',
          '    context: { cluster: test, user: test }',
          'current-context: test',
          '',
        ].join('\n'),
        { mode: 0o600 },
      );
      return path;
    },
    request,
    apply,
    async remove(apiPath) {
      const r = await request('DELETE', apiPath, { gracePeriodSeconds: 0 });
      if (r.status !== 200 && r.status !== 202 && r.status !== 404) {
        throw new KubeHarnessError(`DELETE ${apiPath}: ${r.status} ${JSON.stringify(r.body)}`);
      }
    },
    async setPodStatus(namespace, name, podIP, phase = 'Running', hostIP = '192.0.2.250') {
      const r = await request(
        'PATCH',
        `/api/v1/namespaces/${namespace}/pods/${name}/status`,
        { status: { phase, podIP, podIPs: [{ ip: podIP }], hostIP, hostIPs: [{ ip: hostIP }] } },
        { contentType: 'application/merge-patch+json' },
      );
      if (r.status !== 200)
        throw new KubeHarnessError(`pod status ${namespace}/${name}: ${r.status} ${JSON.stringify(r.body)}`);
    },
    stopApiServer,
    startApiServer,
    stop,
  };
}

/** The collection path of a manifest (core, named API groups, namespaced or cluster-scoped). */
export function collectionPath(manifest: KubeJson): string {
  const apiVersion: string = manifest.apiVersion;
  const kind: string = manifest.kind;
  const namespace: string | undefined = manifest.metadata?.namespace;
  const plural = PLURALS[kind] ?? `${kind.toLowerCase()}s`;
  const base = apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
  return namespace ? `${base}/namespaces/${namespace}/${plural}` : `${base}/${plural}`;
}

const PLURALS: Record<string, string> = {
  Namespace: 'namespaces',
  Pod: 'pods',
  ServiceAccount: 'serviceaccounts',
  ClusterRole: 'clusterroles',
  ClusterRoleBinding: 'clusterrolebindings',
  Role: 'roles',
  RoleBinding: 'rolebindings',
  CustomResourceDefinition: 'customresourcedefinitions',
  KafkaPolicy: 'kafkapolicies',
  KafkaNetworkPolicy: 'kafkanetworkpolicies',
  KafkaClusterwideNetworkPolicy: 'kafkaclusterwidenetworkpolicies',
  CiliumNetworkPolicy: 'ciliumnetworkpolicies',
  CiliumClusterwideNetworkPolicy: 'ciliumclusterwidenetworkpolicies',
};

/** A Pod manifest for a pod that never runs (there is no kubelet): labels and service account only. */
export function podManifest(
  namespace: string,
  name: string,
  labels: Record<string, string>,
  serviceAccount = 'default',
): KubeJson {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace, labels },
    spec: {
      serviceAccountName: serviceAccount,
      automountServiceAccountToken: false,
      containers: [{ name: 'client', image: 'example.invalid/client:test' }],
    },
  };
}
