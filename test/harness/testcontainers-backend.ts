import kafkajs from 'kafkajs';
import type { ClientEndpoint } from './client-endpoint.js';
import { createTopicOnEveryNode, readyTimeoutMs } from './cluster-common.js';
import { KafkaHarnessError } from './errors.js';
import { KAFKA_VERSION } from './jars.js';
import { kafkaUuid } from './kraft-config.js';
import { waitForMetadata } from './readiness.js';
import type { EndpointOptions, KafkaCluster, StartKafkaOptions } from './types.js';

export const KAFKA_IMAGE = `apache/kafka:${KAFKA_VERSION}`;
const CLIENT_PORT = 9092;
const ADVERTISED_FILE = '/tmp/kafka-harness-advertised';

/** True when a Docker (or compatible) engine answers, not merely when a docker CLI exists. */
export async function containerEngineReachable(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    const client = await Promise.race([
      getContainerRuntimeClient(),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 10_000)),
    ]);
    return client.info.containerRuntime !== undefined;
  } catch {
    return false;
  }
}

function unsupportedOptions(options: StartKafkaOptions): string[] {
  const unsupported: string[] = [];
  if ((options.nodes ?? 1) !== 1) unsupported.push('nodes: 3');
  if (options.scram) unsupported.push('scram');
  if (options.authorizer) unsupported.push('authorizer');
  if (options.tls) unsupported.push('tls');
  if (options.clientPorts) unsupported.push('clientPorts');
  return unsupported;
}

/**
 * One combined KRaft node in the apache/kafka image. The advertised listener must carry the host
 * port Docker maps, which is known only after the container started, so the container waits for a
 * file with that address before it runs Kafka.
 */
export async function startContainerCluster(
  options: StartKafkaOptions,
  startedAt: number,
): Promise<KafkaCluster> {
  const unsupported = unsupportedOptions(options);
  if (unsupported.length > 0) {
    throw new KafkaHarnessError(
      `the testcontainers backend supports one PLAINTEXT node; asked for: ${unsupported.join(', ')}`,
    );
  }
  const { GenericContainer, Wait } = await import('testcontainers');
  const env: Record<string, string> = {
    // The image's start script insists on a cluster ID in KRaft mode.
    CLUSTER_ID: kafkaUuid(),
    KAFKA_NODE_ID: '1',
    KAFKA_PROCESS_ROLES: 'broker,controller',
    KAFKA_LISTENERS: `CLIENT://0.0.0.0:${CLIENT_PORT},CONTROLLER://127.0.0.1:9093`,
    KAFKA_LISTENER_SECURITY_PROTOCOL_MAP: 'CLIENT:PLAINTEXT,CONTROLLER:PLAINTEXT',
    KAFKA_CONTROLLER_LISTENER_NAMES: 'CONTROLLER',
    KAFKA_INTER_BROKER_LISTENER_NAME: 'CLIENT',
    KAFKA_CONTROLLER_QUORUM_VOTERS: '1@127.0.0.1:9093',
    KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: '1',
    KAFKA_OFFSETS_TOPIC_NUM_PARTITIONS: '6',
    KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: '1',
    KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: '1',
    KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR: '1',
    KAFKA_SHARE_COORDINATOR_STATE_TOPIC_MIN_ISR: '1',
    KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS: '0',
    KAFKA_HEAP_OPTS: `-Xmx${options.heap ?? '512m'}`,
  };
  // The image maps KAFKA_A_B to a.b, '__' to '_' and '___' to '-'.
  for (const [key, value] of Object.entries(options.serverProperties ?? {})) {
    const name = key.replaceAll('_', '__').replaceAll('-', '___').replaceAll('.', '_').toUpperCase();
    env[`KAFKA_${name}`] = value;
  }
  const container = await new GenericContainer(KAFKA_IMAGE)
    .withExposedPorts(CLIENT_PORT)
    .withEnvironment(env)
    .withEntrypoint(['/bin/sh', '-c'])
    .withCommand([
      `echo waiting for advertised listener; while [ ! -s ${ADVERTISED_FILE} ]; do sleep 0.1; done; ` +
        `export KAFKA_ADVERTISED_LISTENERS="$(cat ${ADVERTISED_FILE})"; exec /etc/kafka/docker/run`,
    ])
    .withWaitStrategy(Wait.forLogMessage('waiting for advertised listener'))
    .start();
  try {
    const host = container.getHost() === 'localhost' ? '127.0.0.1' : container.getHost();
    const port = container.getMappedPort(CLIENT_PORT);
    await container.copyContentToContainer([
      { content: `CLIENT://${host}:${port}\n`, target: ADVERTISED_FILE },
    ]);
    const bootstrap = `${host}:${port}`;
    const endpointFor = (endpointOptions: EndpointOptions = {}): ClientEndpoint => {
      if (endpointOptions.tls || endpointOptions.user !== undefined) {
        throw new KafkaHarnessError('the testcontainers backend has a PLAINTEXT listener only');
      }
      return { bootstrap, securityProtocol: 'PLAINTEXT' };
    };
    const adminConfig = {
      clientId: 'kafka-harness-admin',
      brokers: [bootstrap],
      logLevel: kafkajs.logLevel.ERROR,
    };
    const failure = await waitForMetadata({
      configs: [adminConfig],
      expectedNodeIds: [1],
      deadline: Date.now() + readyTimeoutMs(options),
      abortReason: () => undefined,
    });
    if (failure !== undefined) {
      throw new KafkaHarnessError(`Kafka container ${KAFKA_IMAGE} not ready: ${failure}`);
    }
    let stopped = false;
    return {
      backend: 'testcontainers',
      bootstrap,
      tlsBootstrap: undefined,
      nodes: [{ nodeId: 1, host, port }],
      startToReadySeconds: (Date.now() - startedAt) / 1000,
      caPemPath: undefined,
      scramUsers: [],
      adminConfig,
      endpoint: endpointFor,
      async createTopic(name, partitions = 1, replicationFactor = 1) {
        await createTopicOnEveryNode(adminConfig, [bootstrap], name, partitions, replicationFactor);
      },
      async addAcls() {
        throw new KafkaHarnessError(
          'the testcontainers backend runs without an authorizer, so it takes no ACLs',
        );
      },
      async stopNode() {
        throw new KafkaHarnessError('stopping one node is not supported by the testcontainers backend');
      },
      async startNode() {
        throw new KafkaHarnessError('starting one node is not supported by the testcontainers backend');
      },
      async stop() {
        if (stopped) return;
        stopped = true;
        await container.stop({ timeout: 0 });
      },
      dataDir: undefined,
      jvmPids: () => [],
      logTail: () => '',
    };
  } catch (error) {
    await container.stop({ timeout: 0 });
    throw error;
  }
}
