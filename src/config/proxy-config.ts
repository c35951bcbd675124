import type { AdminConfig } from '../admin/admin-config.js';
import type { AuditConfig } from '../audit/audit-config.js';

/**
 * The shape of a proxy configuration after defaults are applied. `load-config.ts` turns YAML and
 * environment variables into this; everything else in the proxy reads only this.
 */
export type ClientAuth = 'none' | 'optional' | 'required';

export interface ListenConfig {
  /** Interface to bind; 0.0.0.0 in a pod, 127.0.0.1 in tests. */
  host: string;
  /** Port of the bootstrap listener: clients' bootstrap.servers points here. */
  bootstrapPort: number;
  /** Node N listens on brokerPortBase + N unless brokerPorts names its port. */
  brokerPortBase: number;
  /** Explicit node id -> listen port, for node ids that do not fit the base + offset scheme. */
  brokerPorts: Record<string, number>;
}

export interface AdvertisedConfig {
  /** Host the clients are told for node N; `{nodeId}` is replaced, e.g. `broker-{nodeId}.kafka-proxy.svc`. */
  host: string;
  /** Port the clients are told: `{port}` (the listen port), `{nodeId}`, a number, or `31000+{nodeId}`. */
  port: string;
}

export interface UpstreamTlsConfig {
  enabled: boolean;
  /** PEM bundle of CAs that sign the brokers' certificates; the system store when absent. */
  caFile?: string;
  /** Client certificate and key presented to brokers that require mTLS. */
  certFile?: string;
  keyFile?: string;
  /** Verify the brokers' certificates (true unless you know why not). */
  rejectUnauthorized: boolean;
  /** Name checked against the broker certificate instead of the host connected to. */
  serverName?: string;
}

export interface UpstreamConfig {
  /** Real brokers' bootstrap addresses, `host:port`. */
  bootstrapServers: string[];
  /** Static node id -> real `host:port`, used before Metadata has named a node. */
  nodes: Record<string, string>;
  tls: UpstreamTlsConfig;
  /**
   * SASL credentials of the proxy's control connection (only that one: clients authenticate
   * themselves through the proxy). Without them, against brokers that require SASL, nodes are
   * learned from the Metadata responses clients receive.
   */
  sasl?: { mechanism: 'PLAIN' | 'SCRAM-SHA-256' | 'SCRAM-SHA-512'; username: string; password: string };
  connectTimeoutMs: number;
  /** How often the proxy's own control connection refreshes the list of brokers. */
  metadataRefreshMs: number;
}

export interface DownstreamTlsConfig {
  enabled: boolean;
  certFile?: string;
  keyFile?: string;
  /** CAs that sign client certificates; needed unless clientAuth is none. */
  caFile?: string;
  clientAuth: ClientAuth;
}

export interface LimitsConfig {
  /** Largest request or response frame accepted, like the broker's socket.request.max.bytes. */
  maxFrameBytes: number;
  /**
   * Close a client connection with no bytes either way for this long (0 disables), also in the middle
   * of a request frame or while it does not read its responses, like the broker's
   * connections.max.idle.ms; not while the broker owes it a response.
   */
  idleTimeoutMs: number;
  /** Close a client connection whose request frame has been arriving for longer than this (0 disables). */
  requestTimeoutMs: number;
  /**
   * Bytes the whole proxy may hold in frames kept whole, shared by all connections (see
   * src/connection/memory-budget.ts). Undefined: a quarter of the container memory limit, 256 MiB
   * when none is readable.
   */
  maxBufferedBytes?: number;
  /** Client connections accepted at once over all listeners. */
  maxConnections: number;
  /** On SIGTERM, how long in-flight requests may take before connections are closed anyway. */
  drainTimeoutMs: number;
  /** Requests from one client waiting for their response before the proxy stops reading that client. */
  maxInFlightRequests: number;
}

export interface PolicyConfig {
  /** Policy file (YAML, see policies/README.md); watched and applied within a second when it changes. */
  file?: string;
  /** Enforce the policy file; false forwards everything (the proxy warns at start). */
  enabled: boolean;
  /** enforce: deny what the policy denies; audit: forward everything, audit denials as would-deny. */
  mode: 'enforce' | 'audit';
}

/** The pod watch behind the policy's `kubernetes` identity source (docs/kubernetes.md). */
export interface KubernetesConfig {
  /** Watch pods; absent: when the policy in force at start has a `kubernetes` identity source. */
  enabled?: boolean;
  /** A kubeconfig file; absent: the in-cluster service account, else $KUBECONFIG or ~/.kube/config. */
  kubeconfig?: string;
  /** How long the last known pods are trusted after the watch was lost; then pod identities are refused. */
  maxStaleMs: number;
  /** Value of Cilium's io.cilium.k8s.policy.cluster label on every pod. */
  clusterName: string;
  /** Policies read from Kubernetes objects, combined with the policy file (docs/kubernetes.md). */
  policies: KubernetesPoliciesConfig;
}

/** Which policy objects the proxy watches (src/policy/kubernetes-policy-watch.ts). */
export interface KubernetesPoliciesConfig {
  /** Watch policy objects; with no policy file, they are the whole policy (deny all until one allows). */
  enabled: boolean;
  /** KafkaPolicy objects (cluster-scoped). */
  kafkaPolicies: boolean;
  /** KafkaNetworkPolicy and KafkaClusterwideNetworkPolicy objects (Cilium-shaped). */
  networkPolicies: boolean;
  /** cilium.io/v2 CiliumNetworkPolicy and CiliumClusterwideNetworkPolicy, where still served. */
  ciliumPolicies: boolean;
  /**
   * Labels of the broker pods this proxy fronts, as Cilium sees them (`io.kubernetes.pod.namespace`
   * included): a network policy applies when its endpointSelector selects them.
   */
  brokerLabels?: Record<string, string>;
  /** Write `status` on the proxy's own policy objects (needs patch on their status subresource). */
  writeStatus: boolean;
}

export interface ProxyConfig {
  listen: ListenConfig;
  advertised: AdvertisedConfig;
  upstream: UpstreamConfig;
  tls: DownstreamTlsConfig;
  limits: LimitsConfig;
  logging: { level: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent' };
  /** Without a policy file every request is forwarded. */
  policy: PolicyConfig;
  /** Pod identity (gateway mode). */
  kubernetes: KubernetesConfig;
  /** Audit events and their sinks (docs/audit-events.md). */
  audit: AuditConfig;
  /** Admin HTTP port: /metrics, /healthz, /readyz. */
  admin: AdminConfig;
}
