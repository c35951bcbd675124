import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import kafkajs from 'kafkajs';
import type { KafkaConfig } from 'kafkajs';
import { createAclsAndWait } from './acls.js';
import { kafkajsConfig, type ClientEndpoint } from './client-endpoint.js';
import { KafkaHarnessError } from './errors.js';
import { requireJava, resolveKafkaJars } from './jars.js';
import { runJava } from './java-runner.js';
import {
  addScramArgs,
  brokerLog4j2,
  initialControllers,
  kafkaUuid,
  serverProperties,
  validateScramUsers,
  type ClusterLayout,
  type NodeLayout,
} from './kraft-config.js';
import { allocateLoopbackPorts, assertPortFree, LOOPBACK } from './ports.js';
import { createTopicOnEveryNode, readyTimeoutMs, withAdmin } from './cluster-common.js';
import { waitForMetadata } from './readiness.js';
import { onHarnessExit, superviseProcess, type SupervisedProcess } from './supervised-process.js';
import { createTlsMaterial } from './tls-material.js';
import type { AclSpec, EndpointOptions, KafkaCluster, KafkaNode, StartKafkaOptions } from './types.js';

const FORMAT_TIMEOUT_MS = 60_000;
const GRACEFUL_STOP_MS = 30_000;

interface NodeState {
  layout: NodeLayout;
  dir: string;
  process: SupervisedProcess | undefined;
}

function tailOf(path: string, lines: number): string {
  if (!existsSync(path)) return '';
  const content = readFileSync(path, 'utf8').trimEnd();
  return content.split('\n').slice(-lines).join('\n');
}

function bindFailureFromLog(dir: string): string | undefined {
  const path = join(dir, 'server.log');
  if (!existsSync(path)) return undefined;
  const log = readFileSync(path, 'utf8');
  const bind = /failed to bind to ([\d.]+:\d+)/i.exec(log);
  if (bind) return `port ${bind[1]} is already in use`;
  if (/Address already in use/.test(log)) return 'a listener port is already in use';
  return undefined;
}

/** The most telling line of a failed start: a port conflict, or the first fatal error. */
function causeFromLogs(dir: string): string | undefined {
  const logs = [join(dir, 'server.log'), join(dir, 'stdout.log')]
    .filter(existsSync)
    .map((p) => readFileSync(p, 'utf8'));
  const bindFailure = bindFailureFromLog(dir);
  if (bindFailure) return bindFailure;
  for (const log of logs) {
    const lines = log.split('\n');
    const index = lines.findIndex(
      (line) => /\] (ERROR|FATAL) /.test(line) || /^\S+(Exception|Error)\b/.test(line),
    );
    if (index < 0) continue;
    const message = (lines[index] ?? '')
      .replace(/^\[[^\]]*\] (ERROR|FATAL) /, '')
      .replace(/ \([\w.$]+\)$/, '');
    // A fatal log line is usually followed by the exception that explains it.
    const exception = lines
      .slice(index + 1, index + 3)
      .find((line) => /^[\w.$]+(Exception|Error)\b/.test(line));
    return (exception ? `${message} (${exception.trim()})` : message).slice(0, 400);
  }
  return undefined;
}

function validate(options: StartKafkaOptions): void {
  const count = options.nodes ?? 1;
  if (count !== 1 && count !== 3) throw new KafkaHarnessError(`nodes must be 1 or 3, got ${String(count)}`);
  if (options.scram) validateScramUsers(options.scram.users);
  if (options.authorizer && !options.scram) {
    throw new KafkaHarnessError(
      'authorizer needs scram users: without SASL every client would be User:ANONYMOUS, a super user of the harness',
    );
  }
  if (options.clientPorts && options.clientPorts.length !== count) {
    throw new KafkaHarnessError(`clientPorts has ${options.clientPorts.length} ports for ${count} nodes`);
  }
}

export async function startJarsCluster(options: StartKafkaOptions): Promise<KafkaCluster> {
  validate(options);
  requireJava();
  const jars = await resolveKafkaJars();
  // Measured from here, so a first run's jar download does not count as broker start time.
  const startedAt = Date.now();
  const count = options.nodes ?? 1;
  const fixedClientPorts = options.clientPorts ?? [];
  for (const [index, port] of fixedClientPorts.entries()) {
    await assertPortFree(port, `the client listener of node ${index + 1}`);
  }
  const perNode = options.tls ? 4 : 3;
  const free = await allocateLoopbackPorts(count * perNode - fixedClientPorts.length);
  const take = (): number => {
    const port = free.shift();
    if (port === undefined) throw new Error('port allocation came up short');
    return port;
  };

  const root = mkdtempSync(join(tmpdir(), 'kafka-harness-'));
  const removeRoot = (): void => rmSync(root, { recursive: true, force: true });
  const unregisterCleanup = onHarnessExit(removeRoot);

  const nodes: NodeState[] = [];
  try {
    const tls = options.tls ? createTlsMaterial(join(root, 'tls')) : undefined;
    for (let index = 0; index < count; index++) {
      const nodeId = index + 1;
      const dir = join(root, `node-${nodeId}`);
      mkdirSync(dir);
      const layout: NodeLayout = {
        nodeId,
        directoryId: kafkaUuid(),
        dataDir: join(dir, 'data'),
        ports: {
          client: fixedClientPorts[index] ?? take(),
          internal: take(),
          controller: take(),
          ...(options.tls ? { tls: take() } : {}),
        },
      };
      nodes.push({ layout, dir, process: undefined });
    }
    const cluster: ClusterLayout = {
      nodes: nodes.map((node) => node.layout),
      scram: options.scram !== undefined,
      authorizerSuperUsers: options.authorizer?.superUsers,
      tlsKeystorePem: tls?.keystorePemPath,
      overrides: options.serverProperties ?? {},
    };
    const clusterId = kafkaUuid();
    await Promise.all(
      nodes.map(async (node) => {
        writeFileSync(join(node.dir, 'server.properties'), serverProperties(cluster, node.layout));
        writeFileSync(join(node.dir, 'log4j2.xml'), brokerLog4j2(join(node.dir, 'server.log')));
        const result = await runJava(
          'kafka.tools.StorageTool',
          [
            'format',
            '-t',
            clusterId,
            '-c',
            join(node.dir, 'server.properties'),
            '--initial-controllers',
            initialControllers(cluster),
            ...addScramArgs(options.scram?.users ?? []),
          ],
          { timeoutMs: FORMAT_TIMEOUT_MS, cwd: node.dir, cleanupDirOnOrphan: root },
        );
        if (result.exitCode !== 0) {
          const reason = result.timedOut
            ? `timed out after ${FORMAT_TIMEOUT_MS} ms`
            : `exit ${result.exitCode}`;
          const detail = `${result.stderr}\n${result.stdout}`.trim().split('\n')[0] ?? '';
          throw new KafkaHarnessError(
            `formatting the storage of node ${node.layout.nodeId} failed (${reason}): ${detail}`,
          );
        }
      }),
    );

    const heap = options.heap ?? '512m';
    const launch = (node: NodeState): void => {
      const out = openSync(join(node.dir, 'stdout.log'), 'a');
      try {
        node.process = superviseProcess({
          command: 'java',
          args: [
            `-Xmx${heap}`,
            '-Xms128m',
            '-XX:+UseG1GC',
            '-XX:MaxGCPauseMillis=20',
            '-XX:+ExitOnOutOfMemoryError',
            '-Djava.awt.headless=true',
            `-Dlog4j2.configurationFile=${join(node.dir, 'log4j2.xml')}`,
            `-Dkafka.logs.dir=${node.dir}`,
            '-cp',
            jars.classpath,
            'kafka.Kafka',
            join(node.dir, 'server.properties'),
          ],
          cwd: node.dir,
          stdio: ['ignore', out, out],
          pidFile: join(node.dir, 'jvm.pid'),
          cleanupDirOnOrphan: root,
        });
        // A forgotten stop() must not keep the test runner alive; the exit handlers kill the JVM.
        node.process.child.unref();
      } finally {
        closeSync(out);
      }
    };

    const clientProtocol = options.scram ? 'SASL_PLAINTEXT' : 'PLAINTEXT';
    const tlsProtocol = options.scram ? 'SASL_SSL' : 'SSL';
    const users = options.scram?.users ?? [];
    const kafkaNodes: KafkaNode[] = nodes.map(({ layout }) => ({
      nodeId: layout.nodeId,
      host: LOOPBACK,
      port: layout.ports.client,
      ...(layout.ports.tls !== undefined ? { tlsPort: layout.ports.tls } : {}),
    }));
    const bootstrap = kafkaNodes.map((node) => `${node.host}:${node.port}`).join(',');
    const tlsBootstrap = options.tls
      ? kafkaNodes.map((node) => `${node.host}:${node.tlsPort}`).join(',')
      : undefined;
    const adminConfig: KafkaConfig = {
      clientId: 'kafka-harness-admin',
      brokers: nodes.map(({ layout }) => `${LOOPBACK}:${layout.ports.internal}`),
      logLevel: kafkajs.logLevel.ERROR,
    };

    const endpoint = (endpointOptions: EndpointOptions = {}): ClientEndpoint => {
      if (endpointOptions.tls && !tlsBootstrap)
        throw new KafkaHarnessError('this cluster was started without tls: true');
      const user =
        endpointOptions.user === undefined ? users[0] : users.find((u) => u.name === endpointOptions.user);
      if (endpointOptions.user !== undefined && !user) {
        throw new KafkaHarnessError(`no SCRAM user "${endpointOptions.user}" in this cluster`);
      }
      return {
        bootstrap: endpointOptions.tls ? (tlsBootstrap as string) : bootstrap,
        securityProtocol: endpointOptions.tls ? tlsProtocol : clientProtocol,
        ...(user ? { sasl: { username: user.name, password: user.password } } : {}),
        ...(endpointOptions.tls && tls ? { caPemPath: tls.caPemPath } : {}),
      };
    };

    // Ready: Metadata lists every running node, on the admin, client and (if any) TLS listeners.
    const readinessConfigs = (): KafkaConfig[] => [
      adminConfig,
      kafkajsConfig(endpoint()),
      ...(tlsBootstrap ? [kafkajsConfig(endpoint({ tls: true }))] : []),
    ];
    const awaitReady = async (timeoutMs: number): Promise<void> => {
      // Nodes stopped on purpose are not expected back; every running one is.
      const expected = nodes.filter((node) => node.process?.isRunning() ?? false);
      const failure = await waitForMetadata({
        configs: readinessConfigs(),
        expectedNodeIds: expected.map((node) => node.layout.nodeId),
        deadline: Date.now() + timeoutMs,
        abortReason: () => {
          const dead = expected.find((node) => !node.process?.isRunning());
          if (dead) {
            const cause = causeFromLogs(dead.dir) ?? 'no error in its log';
            return `Kafka node ${dead.layout.nodeId} exited before it was ready: ${cause}`;
          }
          // A broker that cannot bind a port takes seconds to shut itself down; no need to wait.
          for (const node of expected) {
            const bindFailure = bindFailureFromLog(node.dir);
            if (bindFailure) return `Kafka node ${node.layout.nodeId} cannot start: ${bindFailure}`;
          }
          return undefined;
        },
      });
      if (failure === undefined) return;
      const tails = expected
        .map(
          (node) =>
            `--- tail of ${join(node.dir, 'server.log')} ---\n${tailOf(join(node.dir, 'server.log'), 25)}` +
            (tailOf(join(node.dir, 'stdout.log'), 10)
              ? `\n--- stdout.log ---\n${tailOf(join(node.dir, 'stdout.log'), 10)}`
              : ''),
        )
        .join('\n');
      const headline = failure.startsWith('Kafka node')
        ? failure
        : `Kafka (${expected.length} node(s)) not ready within ${Math.round(timeoutMs / 1000)} s: ${failure}`;
      throw new KafkaHarnessError(`${headline}\n${tails}`);
    };

    for (const node of nodes) launch(node);
    await awaitReady(readyTimeoutMs(options));
    const startToReadySeconds = (Date.now() - startedAt) / 1000;

    let stopped = false;
    const nodeById = (nodeId: number): NodeState => {
      const node = nodes.find((candidate) => candidate.layout.nodeId === nodeId);
      if (!node)
        throw new KafkaHarnessError(
          `no node ${nodeId} in this cluster (nodes ${nodes.map((n) => n.layout.nodeId).join(', ')})`,
        );
      return node;
    };

    return {
      backend: 'jars',
      bootstrap,
      tlsBootstrap,
      nodes: kafkaNodes,
      startToReadySeconds,
      caPemPath: tls?.caPemPath,
      scramUsers: users,
      adminConfig,
      endpoint,
      async createTopic(name, partitions = 1, replicationFactor = 1) {
        const running = nodes.filter((node) => node.process?.isRunning());
        const addresses = running.map((node) => `${LOOPBACK}:${node.layout.ports.internal}`);
        await createTopicOnEveryNode(adminConfig, addresses, name, partitions, replicationFactor);
      },
      async addAcls(acls: readonly AclSpec[]) {
        if (!options.authorizer)
          throw new KafkaHarnessError('this cluster was started without an authorizer');
        await withAdmin(adminConfig, (admin) => createAclsAndWait(admin, acls));
      },
      async stopNode(nodeId, stopOptions = {}) {
        const node = nodeById(nodeId);
        if (!node.process?.isRunning()) return;
        if (stopOptions.graceful ?? true) await node.process.terminate(GRACEFUL_STOP_MS);
        else await node.process.kill();
      },
      async startNode(nodeId) {
        const node = nodeById(nodeId);
        if (stopped) throw new KafkaHarnessError('the cluster has been stopped');
        if (node.process?.isRunning()) return;
        // Keep the previous run's log aside, so its lines cannot be mistaken for a new failure.
        const log = join(node.dir, 'server.log');
        if (existsSync(log)) renameSync(log, join(node.dir, `server-${Date.now()}.log`));
        launch(node);
        try {
          await awaitReady(readyTimeoutMs(options));
        } catch (error) {
          await node.process?.kill();
          throw error;
        }
      },
      async stop() {
        if (stopped) return;
        stopped = true;
        // The data goes away with the cluster, so there is nothing to shut down gracefully.
        await Promise.all(nodes.map((node) => node.process?.kill()));
        removeRoot();
        unregisterCleanup();
      },
      dataDir: root,
      jvmPids() {
        return nodes.flatMap((node) => {
          const pid = node.process?.isRunning() ? node.process.commandPid() : undefined;
          return pid === undefined ? [] : [pid];
        });
      },
      logTail(nodeId, lines = 40) {
        return tailOf(join(nodeById(nodeId).dir, 'server.log'), lines);
      },
    };
  } catch (error) {
    await Promise.all(nodes.map((node) => node.process?.kill()));
    removeRoot();
    unregisterCleanup();
    throw error;
  }
}
