import type { KafkaConfig } from 'kafkajs';
import type { ClientEndpoint } from './client-endpoint.js';

export type BackendName = 'jars' | 'testcontainers' | 'existing';

export interface ScramUser {
  name: string;
  password: string;
}

export interface StartKafkaOptions {
  /** 1 (default) or 3 combined broker+controller KRaft nodes; with 3, every node leads partitions. */
  nodes?: 1 | 3;
  /** Client listener speaks SASL/SCRAM-SHA-512; the users exist from the first start. */
  scram?: { users: ScramUser[] };
  /** StandardAuthorizer with allow.everyone.if.no.acl.found=false; needs `scram`. */
  authorizer?: { superUsers: string[] };
  /** Adds a TLS listener per node (SSL, or SASL_SSL with `scram`), signed by a fresh CA. */
  tls?: boolean;
  /** Bound on start-to-ready; default 90 s. */
  readyTimeoutMs?: number;
  /** Broker JVM heap (-Xmx), default 512m. */
  heap?: string;
  /** Extra or overriding server.properties entries, applied to every node. */
  serverProperties?: Record<string, string>;
  /** Fixed client listener ports, one per node; default: free ports chosen by the OS. */
  clientPorts?: number[];
  /** Overrides the backend chosen from the environment. */
  backend?: BackendName;
}

export interface KafkaNode {
  nodeId: number;
  host: string;
  /** Client listener port (the one in `bootstrap`). */
  port: number;
  /** TLS listener port, when the cluster has one. */
  tlsPort?: number;
}

export type AclResourceType = 'topic' | 'group' | 'cluster' | 'transactional-id';
export type AclOperation =
  | 'all'
  | 'read'
  | 'write'
  | 'create'
  | 'delete'
  | 'alter'
  | 'describe'
  | 'cluster-action'
  | 'describe-configs'
  | 'alter-configs'
  | 'idempotent-write';

export interface AclSpec {
  /** e.g. `User:alice`. */
  principal: string;
  resourceType: AclResourceType;
  /** Resource name, `*` for every resource, `kafka-cluster` for the cluster. */
  resourceName: string;
  /** Default literal. */
  patternType?: 'literal' | 'prefixed';
  operation: AclOperation;
  /** Default allow. */
  permission?: 'allow' | 'deny';
  /** Default `*`. */
  host?: string;
}

export interface EndpointOptions {
  /** SCRAM user the endpoint authenticates as; default the first configured user. */
  user?: string;
  /** The TLS listener instead of the plain one. */
  tls?: boolean;
}

export interface KafkaCluster {
  readonly backend: BackendName;
  /** `127.0.0.1:port[,...]` of the client listeners (plain or SASL, never TLS). */
  readonly bootstrap: string;
  /** Bootstrap of the TLS listeners, when the cluster has them. */
  readonly tlsBootstrap: string | undefined;
  readonly nodes: readonly KafkaNode[];
  /**
   * Seconds from the start (jars already in the cache: formatting, JVM start) until Metadata listed
   * every node; for the other backends, from the start call.
   */
  readonly startToReadySeconds: number;
  /** PEM of the CA that signed the broker certificates, when the cluster has TLS. */
  readonly caPemPath: string | undefined;
  readonly scramUsers: readonly ScramUser[];
  /**
   * kafkajs settings of a connection with every permission (the harness's own listener, a super
   * user when an authorizer is on); for setting up topics and ACLs, not for the behaviour under test.
   */
  readonly adminConfig: KafkaConfig;
  /** How a client reaches the client (or TLS) listener, as a given SCRAM user. */
  endpoint(options?: EndpointOptions): ClientEndpoint;
  createTopic(name: string, partitions?: number, replicationFactor?: number): Promise<void>;
  /** Creates ACLs and waits until the cluster reports them. */
  addAcls(acls: readonly AclSpec[]): Promise<void>;
  /** Stops one node: graceful (SIGTERM, controlled shutdown) by default, or killed. */
  stopNode(nodeId: number, options?: { graceful?: boolean }): Promise<void>;
  /** Starts a stopped node again on the same ports and data, and waits until Metadata lists it. */
  startNode(nodeId: number): Promise<void>;
  /** Stops every node and removes all data. Safe to call twice. */
  stop(): Promise<void>;
  /** Root of the cluster's local files (data, logs, certificates); undefined without local nodes. */
  readonly dataDir: string | undefined;
  /** PIDs of the running broker JVMs (jars backend), for checks that none survives. */
  jvmPids(): number[];
  /** Last lines of a node's broker log, for diagnostics ('' when the backend has no local log). */
  logTail(nodeId: number, lines?: number): string;
}
