/**
 * Real Apache Kafka 4.1.1 for tests, the demo and benchmarks. See test/harness/README.md.
 *
 *   const cluster = await startKafka({ nodes: 1 });
 *   try { ... cluster.bootstrap ... } finally { await cluster.stop(); }
 */
import { KafkaHarnessError } from './errors.js';
import { connectExistingCluster } from './existing-backend.js';
import { startJarsCluster } from './jars-backend.js';
import { containerEngineReachable, startContainerCluster } from './testcontainers-backend.js';
import type { BackendName, KafkaCluster, StartKafkaOptions } from './types.js';

export type {
  AclOperation,
  AclResourceType,
  AclSpec,
  BackendName,
  EndpointOptions,
  KafkaCluster,
  KafkaNode,
  ScramUser,
  StartKafkaOptions,
} from './types.js';
export type { ClientEndpoint, SecurityProtocol } from './client-endpoint.js';
export {
  javaClientProperties,
  kafkajsConfig,
  librdkafkaProperties,
  writePropertiesFile,
} from './client-endpoint.js';
export { KafkaHarnessError } from './errors.js';
export { KAFKA_VERSION, resolveKafkaJars, requireJava } from './jars.js';
export {
  consoleConsumer,
  consoleProducer,
  consumerPerformance,
  producerPerformance,
  runKafkaTool,
  topicsTool,
  type ToolResult,
} from './kafka-tools.js';
export { kcat } from './kcat.js';
export {
  CONFLUENT_KAFKA_CURRENT,
  CONFLUENT_KAFKA_PRE_2_8,
  confluentKafkaPython,
  runLibrdkafka,
  type LibrdkafkaResult,
  type LibrdkafkaScript,
} from './librdkafka.js';

/**
 * Which backend a start uses: options.backend, else KAFKA_BOOTSTRAP (an existing cluster), else
 * KAFKA_HARNESS_BACKEND, else the jars.
 */
export function selectedBackend(options: StartKafkaOptions = {}): BackendName {
  if (options.backend) return options.backend;
  if (process.env.KAFKA_BOOTSTRAP) return 'existing';
  const fromEnv = process.env.KAFKA_HARNESS_BACKEND;
  if (fromEnv === undefined || fromEnv === '' || fromEnv === 'jars') return 'jars';
  if (fromEnv === 'testcontainers' || fromEnv === 'existing') return fromEnv;
  throw new KafkaHarnessError(
    `KAFKA_HARNESS_BACKEND=${fromEnv} is not one of jars, testcontainers, existing`,
  );
}

/** Starts (or connects to) a Kafka cluster and resolves once Metadata lists all its nodes. */
export async function startKafka(options: StartKafkaOptions = {}): Promise<KafkaCluster> {
  const startedAt = Date.now();
  const backend = selectedBackend(options);
  switch (backend) {
    case 'jars':
      return startJarsCluster(options);
    case 'testcontainers':
      if (!(await containerEngineReachable())) {
        throw new KafkaHarnessError(
          'KAFKA_HARNESS_BACKEND=testcontainers, but no Docker engine is reachable',
        );
      }
      return startContainerCluster(options, startedAt);
    case 'existing': {
      const bootstrap = process.env.KAFKA_BOOTSTRAP;
      if (!bootstrap)
        throw new KafkaHarnessError('the existing-cluster backend needs KAFKA_BOOTSTRAP=host:port');
      return connectExistingCluster(bootstrap, options, startedAt);
    }
  }
}
