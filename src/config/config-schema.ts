import { adminConfigSchema } from '../admin/admin-config.js';
import { auditConfigSchema } from '../audit/audit-config.js';
import { clientTlsProperties, hostPort, positiveInt, section } from './schema-fragments.js';

/**
 * JSON Schema of the configuration file. Defaults live here so that the file, the environment and
 * the tests share one source; `additionalProperties: false` turns a misspelt key into an error
 * instead of a silently ignored setting.
 */
const port = { type: 'integer', minimum: 1, maximum: 65535 } as const;

export const configSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['upstream'],
  properties: {
    listen: section({
      // Interface to bind; 0.0.0.0 in a pod, 127.0.0.1 in tests.
      host: { type: 'string', minLength: 1, default: '0.0.0.0' },
      // Port of the bootstrap listener: clients' bootstrap.servers points here. 0 asks the OS for a
      // free port (tests); the bound port is reported at start.
      bootstrapPort: { type: 'integer', minimum: 0, maximum: 65535, default: 9092 },
      // Node N listens on brokerPortBase + N unless brokerPorts names its port.
      brokerPortBase: { type: 'integer', minimum: 1, maximum: 65535, default: 9100 },
      // Explicit node id -> listen port, for node ids that do not fit the base + offset scheme.
      brokerPorts: {
        type: 'object',
        default: {},
        propertyNames: { pattern: '^[0-9]+$' },
        additionalProperties: port,
      },
    }),
    advertised: section({
      // Host the clients are told for node N; `{nodeId}` is replaced, e.g. `broker-{nodeId}.kafka-proxy.svc`.
      host: { type: 'string', minLength: 1, default: '127.0.0.1' },
      // Port the clients are told: `{port}` (the listen port), `{nodeId}`, a number, or `31000+{nodeId}`.
      port: {
        type: 'string',
        pattern: '^(\\{port\\}|\\{nodeId\\}|[0-9]+)(\\+(\\{port\\}|\\{nodeId\\}|[0-9]+))*$',
        default: '{port}',
      },
    }),
    upstream: {
      type: 'object',
      additionalProperties: false,
      required: ['bootstrapServers'],
      properties: {
        // Real brokers' bootstrap addresses, `host:port`.
        bootstrapServers: { type: 'array', minItems: 1, items: hostPort },
        // Static node id -> real `host:port`, used before Metadata has named a node.
        nodes: {
          type: 'object',
          default: {},
          propertyNames: { pattern: '^[0-9]+$' },
          additionalProperties: hostPort,
        },
        tls: section({
          // caFile: CAs that sign the brokers' certificates (the system store when absent); certFile and
          // keyFile: the client certificate for brokers that require mTLS; rejectUnauthorized: verify
          // the brokers' certificates (true unless you know why not).
          ...clientTlsProperties,
          // Name checked against the broker certificate instead of the host connected to.
          serverName: { type: 'string', minLength: 1 },
        }),
        // SASL credentials of the proxy's control connection (only that one: clients authenticate
        // themselves through the proxy). Without them, against brokers that require SASL, nodes are
        // learned from the Metadata responses clients receive.
        sasl: {
          type: 'object',
          additionalProperties: false,
          required: ['mechanism', 'username', 'password'],
          properties: {
            mechanism: { enum: ['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'] },
            username: { type: 'string', minLength: 1 },
            password: { type: 'string', minLength: 1 },
          },
        },
        connectTimeoutMs: { ...positiveInt, default: 10_000 },
        // How often the proxy's own control connection refreshes the list of brokers.
        metadataRefreshMs: { ...positiveInt, default: 30_000 },
      },
    },
    tls: section({
      enabled: { type: 'boolean', default: false },
      certFile: { type: 'string', minLength: 1 },
      keyFile: { type: 'string', minLength: 1 },
      // CAs that sign client certificates; needed unless clientAuth is none.
      caFile: { type: 'string', minLength: 1 },
      clientAuth: { enum: ['none', 'optional', 'required'], default: 'none' },
    }),
    limits: section({
      // Largest request or response frame accepted, like the broker's socket.request.max.bytes.
      maxFrameBytes: { type: 'integer', minimum: 1024, maximum: 2147483647, default: 104_857_600 },
      // Close a client connection with no bytes either way for this long (0 disables), also in the
      // middle of a request frame or while it does not read its responses, like the broker's
      // connections.max.idle.ms; not while the broker owes it a response.
      idleTimeoutMs: { type: 'integer', minimum: 0, default: 600_000 },
      // Close a client connection whose request frame has been arriving for longer than this (0 disables).
      requestTimeoutMs: { type: 'integer', minimum: 0, default: 30_000 },
      // Bytes the whole proxy may hold in frames kept whole, shared by all connections (see
      // src/connection/memory-budget.ts). No default here: a quarter of the container memory limit
      // (256 MiB when none is readable), worked out at start.
      maxBufferedBytes: { type: 'integer', minimum: 1_048_576 },
      // Client connections accepted at once over all listeners.
      maxConnections: { ...positiveInt, default: 10_000 },
      // On SIGTERM, how long in-flight requests may take before connections are closed anyway.
      drainTimeoutMs: { type: 'integer', minimum: 0, default: 30_000 },
      // Requests from one client waiting for their response before the proxy stops reading that client.
      maxInFlightRequests: { ...positiveInt, default: 100 },
    }),
    policy: section({
      // Policy file (YAML, see policies/README.md); watched and applied within a second when it changes.
      file: { type: 'string', minLength: 1 },
      // Enforce the policy file; false forwards everything (the proxy warns at start).
      enabled: { type: 'boolean', default: true },
      // audit: decide and audit every request (would-deny) but forward everything.
      mode: { enum: ['enforce', 'audit'], default: 'enforce' },
    }),
    // The pod watch behind the policy's `kubernetes` identity source (docs/kubernetes.md).
    kubernetes: section({
      // Absent: watch pods when the policy has a kubernetes identity source.
      enabled: { type: 'boolean' },
      // A kubeconfig file; absent: the in-cluster service account, else $KUBECONFIG or ~/.kube/config.
      kubeconfig: { type: 'string', minLength: 1 },
      // How long the last known pods are trusted after the watch was lost; then pod identities are refused.
      maxStaleMs: { type: 'integer', minimum: 0, default: 30_000 },
      // Value of Cilium's io.cilium.k8s.policy.cluster label on every pod.
      clusterName: { type: 'string', minLength: 1, default: 'default' },
      // Policies as Kubernetes objects (docs/kubernetes.md, "Policies as Kubernetes objects").
      policies: section({
        // Watch policy objects; with no policy file, they are the whole policy (deny all until one allows).
        enabled: { type: 'boolean', default: false },
        // KafkaPolicy objects (cluster-scoped).
        kafkaPolicies: { type: 'boolean', default: true },
        // KafkaNetworkPolicy and KafkaClusterwideNetworkPolicy objects (Cilium-shaped).
        networkPolicies: { type: 'boolean', default: true },
        // cilium.io/v2 CiliumNetworkPolicy and CiliumClusterwideNetworkPolicy, where still served.
        ciliumPolicies: { type: 'boolean', default: false },
        // Labels of the broker pods this proxy fronts, as Cilium sees them (`io.kubernetes.pod.namespace`
        // included): a network policy applies when its endpointSelector selects them.
        brokerLabels: { type: 'object', additionalProperties: { type: 'string' } },
        // The brokers' Kafka ports as network policies name them in toPorts (container ports):
        // a port rule naming only other ports (a metrics port, say) or a named port grants no
        // Kafka access. Default: the ports of upstream.bootstrapServers plus, per object, the
        // ports its toPorts entries with Kafka rules name.
        kafkaPorts: {
          type: 'array',
          minItems: 1,
          items: { type: 'integer', minimum: 1, maximum: 65535 },
        },
        // Write `status` on the proxy's own policy objects (needs patch on their status subresource).
        writeStatus: { type: 'boolean', default: true },
      }),
    }),
    // The audit trail and the admin (metrics, health) port: docs/audit-events.md.
    audit: auditConfigSchema,
    admin: adminConfigSchema,
    logging: section({
      level: { enum: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], default: 'info' },
    }),
  },
} as const;
