import { randomBytes } from 'node:crypto';
import { KafkaHarnessError } from './errors.js';
import { LOOPBACK } from './ports.js';
import type { ScramUser } from './types.js';

export interface NodePorts {
  /** Listener CLIENT: what tests connect to (PLAINTEXT or SASL_PLAINTEXT). */
  client: number;
  /** Listener INTERNAL: PLAINTEXT, inter-broker traffic and the harness's admin connection. */
  internal: number;
  /** Listener CONTROLLER: the KRaft quorum. */
  controller: number;
  /** Listener TLS (SSL or SASL_SSL), when requested. */
  tls?: number;
}

export interface NodeLayout {
  nodeId: number;
  /** Directory ID for the KRaft metadata log directory, also named in --initial-controllers. */
  directoryId: string;
  ports: NodePorts;
  dataDir: string;
}

export interface ClusterLayout {
  nodes: NodeLayout[];
  scram: boolean;
  authorizerSuperUsers: string[] | undefined;
  /** PEM key + certificate chain for the TLS listener. */
  tlsKeystorePem: string | undefined;
  overrides: Record<string, string>;
}

/** A Kafka UUID (16 random bytes, URL-safe base64 without padding) that is safe as a CLI argument. */
export function kafkaUuid(): string {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

const SCRAM_NAME = /^[A-Za-z0-9._@+-]+$/;
const SCRAM_PASSWORD = /^[A-Za-z0-9._@+!#%*-]+$/;

/** Checks user names and passwords against what survives the storage tool's --add-scram syntax unquoted. */
export function validateScramUsers(users: readonly ScramUser[]): void {
  if (users.length === 0)
    throw new KafkaHarnessError('scram.users is empty: the SASL listener needs at least one user');
  for (const user of users) {
    if (!SCRAM_NAME.test(user.name)) {
      throw new KafkaHarnessError(`SCRAM user name "${user.name}" must match ${SCRAM_NAME.source}`);
    }
    if (!SCRAM_PASSWORD.test(user.password)) {
      throw new KafkaHarnessError(
        `password of SCRAM user "${user.name}" must match ${SCRAM_PASSWORD.source}`,
      );
    }
  }
}

/** Arguments for `kafka.tools.StorageTool format` that create the SCRAM users in the bootstrap metadata. */
export function addScramArgs(users: readonly ScramUser[]): string[] {
  return users.flatMap((user) => [
    '--add-scram',
    `SCRAM-SHA-512=[name=${user.name},password=${user.password}]`,
  ]);
}

export function initialControllers(layout: ClusterLayout): string {
  return layout.nodes
    .map((node) => `${node.nodeId}@${LOOPBACK}:${node.ports.controller}:${node.directoryId}`)
    .join(',');
}

/** server.properties of one combined broker+controller node. */
export function serverProperties(layout: ClusterLayout, node: NodeLayout): string {
  const count = layout.nodes.length;
  const clientProtocol = layout.scram ? 'SASL_PLAINTEXT' : 'PLAINTEXT';
  const tlsProtocol = layout.scram ? 'SASL_SSL' : 'SSL';
  const listeners = [
    `CLIENT://${LOOPBACK}:${node.ports.client}`,
    `INTERNAL://${LOOPBACK}:${node.ports.internal}`,
    ...(node.ports.tls !== undefined ? [`TLS://${LOOPBACK}:${node.ports.tls}`] : []),
  ];
  const protocolMap = ['CLIENT:' + clientProtocol, 'INTERNAL:PLAINTEXT', 'CONTROLLER:PLAINTEXT'];
  if (node.ports.tls !== undefined) protocolMap.push(`TLS:${tlsProtocol}`);
  // Replication of internal topics follows the cluster size; min ISR 2 of 3 keeps producers with
  // acks=all working while one node is stopped.
  const minIsr = String(Math.min(2, count));
  const props: Record<string, string> = {
    'process.roles': 'broker,controller',
    'node.id': String(node.nodeId),
    'controller.quorum.bootstrap.servers': layout.nodes
      .map((peer) => `${LOOPBACK}:${peer.ports.controller}`)
      .join(','),
    listeners: [...listeners, `CONTROLLER://${LOOPBACK}:${node.ports.controller}`].join(','),
    'advertised.listeners': listeners.join(','),
    'controller.listener.names': 'CONTROLLER',
    'inter.broker.listener.name': 'INTERNAL',
    'listener.security.protocol.map': protocolMap.join(','),
    'log.dirs': node.dataDir,
    'num.partitions': '1',
    'default.replication.factor': String(count),
    'min.insync.replicas': minIsr,
    'offsets.topic.replication.factor': String(count),
    'offsets.topic.num.partitions': '6',
    'transaction.state.log.replication.factor': String(count),
    'transaction.state.log.min.isr': minIsr,
    'transaction.state.log.num.partitions': '6',
    'share.coordinator.state.topic.replication.factor': String(count),
    'share.coordinator.state.topic.min.isr': minIsr,
    'share.coordinator.state.topic.num.partitions': '6',
    'group.initial.rebalance.delay.ms': '0',
    // A killed node can register again only after its old session expired (default 9 s); tests
    // that crash and restart brokers should not wait that long.
    'broker.session.timeout.ms': '5000',
    'broker.heartbeat.interval.ms': '1000',
    'num.io.threads': '4',
    'num.network.threads': '2',
    'num.recovery.threads.per.data.dir': '1',
    'log.cleaner.threads': '1',
  };
  if (layout.scram) {
    props['sasl.enabled.mechanisms'] = 'SCRAM-SHA-512';
    const jaas = 'org.apache.kafka.common.security.scram.ScramLoginModule required;';
    props['listener.name.client.scram-sha-512.sasl.jaas.config'] = jaas;
    if (node.ports.tls !== undefined) props['listener.name.tls.scram-sha-512.sasl.jaas.config'] = jaas;
  }
  if (layout.tlsKeystorePem !== undefined) {
    props['listener.name.tls.ssl.keystore.type'] = 'PEM';
    props['listener.name.tls.ssl.keystore.location'] = layout.tlsKeystorePem;
  }
  if (layout.authorizerSuperUsers !== undefined) {
    props['authorizer.class.name'] = 'org.apache.kafka.metadata.authorizer.StandardAuthorizer';
    props['allow.everyone.if.no.acl.found'] = 'false';
    // The CONTROLLER and INTERNAL listeners are PLAINTEXT, so brokers reach controllers and each
    // other as User:ANONYMOUS, which therefore must be a super user. Clients never see those
    // listeners; CLIENT and TLS authenticate with SCRAM.
    props['super.users'] = ['User:ANONYMOUS', ...layout.authorizerSuperUsers].join(';');
  }
  Object.assign(props, layout.overrides);
  return `${Object.entries(props)
    .map(([key, value]) => `${key}=${value}`)
    .join('\n')}\n`;
}

/** Log4j 2 configuration that sends the broker's log to server.log in its node directory. */
export function brokerLog4j2(logFile: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<Configuration status="warn">
  <Appenders>
    <File name="server" fileName="${logFile}"><PatternLayout pattern="[%d] %p %m (%c)%n"/></File>
  </Appenders>
  <Loggers>
    <Logger name="kafka.request.logger" level="warn"/>
    <Logger name="state.change.logger" level="warn"/>
    <Root level="info"><AppenderRef ref="server"/></Root>
  </Loggers>
</Configuration>
`;
}
