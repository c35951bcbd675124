import { adminConfigSchema } from '../admin/admin-config.js';
import { auditConfigSchema } from '../audit/audit-config.js';
import { clientTlsProperties, hostPort, positiveInt } from './schema-fragments.js';

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
    listen: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        host: { type: 'string', minLength: 1, default: '0.0.0.0' },
        // 0 asks the OS for a free port (tests); the bound port is reported at start.
        bootstrapPort: { type: 'integer', minimum: 0, maximum: 65535, default: 9092 },
        brokerPortBase: { type: 'integer', minimum: 1, maximum: 65535, default: 9100 },
        brokerPorts: {
          type: 'object',
          default: {},
          propertyNames: { pattern: '^[0-9]+$' },
          additionalProperties: port,
        },
      },
    },
    advertised: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        host: { type: 'string', minLength: 1, default: '127.0.0.1' },
        port: {
          type: 'string',
          pattern: '^(\\{port\\}|\\{nodeId\\}|[0-9]+)(\\+(\\{port\\}|\\{nodeId\\}|[0-9]+))*$',
          default: '{port}',
        },
      },
    },
    upstream: {
      type: 'object',
      additionalProperties: false,
      required: ['bootstrapServers'],
      properties: {
        bootstrapServers: { type: 'array', minItems: 1, items: hostPort },
        nodes: {
          type: 'object',
          default: {},
          propertyNames: { pattern: '^[0-9]+$' },
          additionalProperties: hostPort,
        },
        tls: {
          type: 'object',
          additionalProperties: false,
          default: {},
          properties: {
            ...clientTlsProperties,
            serverName: { type: 'string', minLength: 1 },
          },
        },
        // Credentials of the proxy's own control connection, for brokers that require SASL.
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
        metadataRefreshMs: { ...positiveInt, default: 30_000 },
      },
    },
    tls: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        enabled: { type: 'boolean', default: false },
        certFile: { type: 'string', minLength: 1 },
        keyFile: { type: 'string', minLength: 1 },
        caFile: { type: 'string', minLength: 1 },
        clientAuth: { enum: ['none', 'optional', 'required'], default: 'none' },
      },
    },
    limits: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        maxFrameBytes: { type: 'integer', minimum: 1024, maximum: 2147483647, default: 104_857_600 },
        idleTimeoutMs: { type: 'integer', minimum: 0, default: 600_000 },
        requestTimeoutMs: { type: 'integer', minimum: 0, default: 30_000 },
        // No default here: a quarter of the container memory limit, worked out at start.
        maxBufferedBytes: { type: 'integer', minimum: 1_048_576 },
        maxConnections: { ...positiveInt, default: 10_000 },
        drainTimeoutMs: { type: 'integer', minimum: 0, default: 30_000 },
        maxInFlightRequests: { ...positiveInt, default: 100 },
      },
    },
    policy: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        file: { type: 'string', minLength: 1 },
        enabled: { type: 'boolean', default: true },
        // audit: decide and audit every request (would-deny) but forward everything.
        mode: { enum: ['enforce', 'audit'], default: 'enforce' },
      },
    },
    // The pod watch behind the policy's `kubernetes` identity source (docs/kubernetes.md).
    kubernetes: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        // Absent: watch pods when the policy has a kubernetes identity source.
        enabled: { type: 'boolean' },
        kubeconfig: { type: 'string', minLength: 1 },
        maxStaleMs: { type: 'integer', minimum: 0, default: 30_000 },
        clusterName: { type: 'string', minLength: 1, default: 'default' },
        // Policies as Kubernetes objects (docs/kubernetes.md, "Policies as Kubernetes objects").
        policies: {
          type: 'object',
          additionalProperties: false,
          default: {},
          properties: {
            enabled: { type: 'boolean', default: false },
            kafkaPolicies: { type: 'boolean', default: true },
            networkPolicies: { type: 'boolean', default: true },
            ciliumPolicies: { type: 'boolean', default: false },
            brokerLabels: { type: 'object', additionalProperties: { type: 'string' } },
            writeStatus: { type: 'boolean', default: true },
          },
        },
      },
    },
    // The audit trail and the admin (metrics, health) port: docs/audit-events.md.
    audit: auditConfigSchema,
    admin: adminConfigSchema,
    logging: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        level: { enum: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], default: 'info' },
      },
    },
  },
} as const;
