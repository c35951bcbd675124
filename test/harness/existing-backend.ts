import { createAclsAndWait } from './acls.js';
import type { ClientEndpoint } from './client-endpoint.js';
import { kafkajsConfig } from './client-endpoint.js';
import { createTopicOnEveryNode, readyTimeoutMs, withAdmin } from './cluster-common.js';
import { KafkaHarnessError } from './errors.js';
import { probeMetadata } from './readiness.js';
import type { EndpointOptions, KafkaCluster, StartKafkaOptions } from './types.js';

/** Options an already running cluster cannot be made to honour; named in the error. */
function unsupportedOptions(options: StartKafkaOptions): string[] {
  const unsupported: string[] = [];
  if (options.scram) unsupported.push('scram (users cannot be created at format time)');
  if (options.authorizer) unsupported.push('authorizer');
  if (options.tls) unsupported.push('tls');
  if (options.clientPorts) unsupported.push('clientPorts');
  if (options.heap) unsupported.push('heap');
  if (options.serverProperties) unsupported.push('serverProperties');
  return unsupported;
}

/**
 * A cluster somebody else runs (KAFKA_BOOTSTRAP=host:port, PLAINTEXT). The harness only connects:
 * stop() leaves the cluster running, and stopping or starting single nodes is not possible.
 */
export async function connectExistingCluster(
  bootstrapServers: string,
  options: StartKafkaOptions,
  startedAt: number,
): Promise<KafkaCluster> {
  const unsupported = unsupportedOptions(options);
  if (unsupported.length > 0) {
    throw new KafkaHarnessError(
      `KAFKA_BOOTSTRAP=${bootstrapServers} points at an existing cluster, which cannot honour: ${unsupported.join(', ')}`,
    );
  }
  const endpointFor = (endpointOptions: EndpointOptions = {}): ClientEndpoint => {
    if (endpointOptions.tls || endpointOptions.user !== undefined) {
      throw new KafkaHarnessError(
        'the existing cluster is used over PLAINTEXT only (no tls, no SCRAM users)',
      );
    }
    return { bootstrap: bootstrapServers, securityProtocol: 'PLAINTEXT' };
  };
  const adminConfig = kafkajsConfig(endpointFor(), { clientId: 'kafka-harness-admin' });
  const deadline = Date.now() + readyTimeoutMs(options);
  let probe = await probeMetadata(adminConfig, []);
  while (probe.error !== undefined && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    probe = await probeMetadata(adminConfig, []);
  }
  if (probe.error !== undefined) {
    throw new KafkaHarnessError(
      `existing cluster at ${bootstrapServers} does not answer Metadata: ${probe.error}`,
    );
  }
  const wanted = options.nodes ?? 1;
  if (options.nodes !== undefined && probe.listed.length !== wanted) {
    throw new KafkaHarnessError(
      `existing cluster at ${bootstrapServers} has ${probe.listed.length} brokers, the test asked for ${wanted}`,
    );
  }
  const { brokers } = await withAdmin(adminConfig, (admin) => admin.describeCluster());
  const nodes = brokers.map((broker) => ({ nodeId: broker.nodeId, host: broker.host, port: broker.port }));

  const notHere = (what: string): never => {
    throw new KafkaHarnessError(`${what} is not possible on an existing cluster (KAFKA_BOOTSTRAP)`);
  };

  return {
    backend: 'existing',
    bootstrap: bootstrapServers,
    tlsBootstrap: undefined,
    nodes,
    startToReadySeconds: (Date.now() - startedAt) / 1000,
    caPemPath: undefined,
    scramUsers: [],
    adminConfig,
    endpoint: endpointFor,
    async createTopic(name, partitions = 1, replicationFactor = 1) {
      const addresses = nodes.map((node) => `${node.host}:${node.port}`);
      await createTopicOnEveryNode(adminConfig, addresses, name, partitions, replicationFactor);
    },
    async addAcls(acls) {
      await withAdmin(adminConfig, (client) => createAclsAndWait(client, acls));
    },
    stopNode: async () => notHere('stopping a node'),
    startNode: async () => notHere('starting a node'),
    async stop() {
      // Not ours to stop.
    },
    dataDir: undefined,
    jvmPids: () => [],
    logTail: () => '',
  };
}
