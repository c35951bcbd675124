// The `audit:` section of the proxy configuration: its JSON Schema (with defaults, merged into
// src/config/config-schema.ts) and its type, derived from the schema. No sink is enabled by default
// except stdout. `format`, per sink: cloudevents (default) or ocsf (an OCSF 1.x API Activity record
// per event).

import type { FromSchema } from 'json-schema-to-ts';
import { clientTlsProperties, hostPort, positiveInt, section } from '../config/schema-fragments.js';

export const auditConfigSchema = section({
  // CloudEvents `source`; default /kafka-l7-proxy/<hostname>.
  source: { type: 'string', minLength: 1 },
  // drop: a full buffer drops (and counts) events; deny: requests are denied while a sink is unhealthy.
  onFailure: { enum: ['drop', 'deny'], default: 'drop' },
  // Window over which allowed (and would-deny) requests are aggregated into one event per key.
  aggregateWindowMs: { type: 'integer', minimum: 100, default: 60_000 },
  // Distinct (principal, API, topic) keys held per window before an early flush.
  aggregateMaxKeys: { ...positiveInt, default: 10_000 },
  // Emit connection opened / authenticated / closed events.
  connectionEvents: { type: 'boolean', default: true },
  stdout: section({
    enabled: { type: 'boolean', default: true },
    format: { enum: ['cloudevents', 'ocsf'], default: 'cloudevents' },
    maxPendingBytes: { ...positiveInt, default: 16 * 1024 * 1024 },
  }),
  file: {
    type: 'object',
    additionalProperties: false,
    required: ['path'],
    properties: {
      path: { type: 'string', minLength: 1 },
      format: { enum: ['cloudevents', 'ocsf'], default: 'cloudevents' },
      maxPendingBytes: { ...positiveInt, default: 16 * 1024 * 1024 },
      // Rotation: <path> -> <path>.1 ... <path>.<maxFiles> once it would pass maxBytes (0: never).
      maxBytes: { type: 'integer', minimum: 0, default: 100 * 1024 * 1024 },
      maxFiles: { type: 'integer', minimum: 0, default: 5 },
    },
  },
  kafka: {
    type: 'object',
    additionalProperties: false,
    required: ['bootstrapServers'],
    properties: {
      bootstrapServers: { type: 'array', minItems: 1, items: hostPort },
      format: { enum: ['cloudevents', 'ocsf'], default: 'cloudevents' },
      topic: { type: 'string', pattern: '^[a-zA-Z0-9._-]{1,249}$', default: 'kafka-l7-proxy.audit' },
      clientId: { type: 'string', minLength: 1, default: 'kafka-l7-proxy-audit' },
      // Create the topic at start when it does not exist (needs CreateTopics on the audit cluster).
      createTopic: { type: 'boolean', default: true },
      partitions: { ...positiveInt, default: 1 },
      // -1: the brokers' default.replication.factor.
      replicationFactor: { type: 'integer', minimum: -1, default: -1 },
      tls: section(clientTlsProperties),
      sasl: {
        type: 'object',
        additionalProperties: false,
        required: ['mechanism', 'username'],
        properties: {
          mechanism: { enum: ['plain', 'scram-sha-256', 'scram-sha-512'] },
          username: { type: 'string', minLength: 1 },
          // One of these gives the password; passwordEnv names an environment variable.
          password: { type: 'string' },
          passwordFile: { type: 'string', minLength: 1 },
          passwordEnv: { type: 'string', minLength: 1 },
        },
      },
      // Events held while the audit brokers are slow or unreachable; beyond it, new events are dropped.
      bufferMaxEvents: { ...positiveInt, default: 10_000 },
      // Events per produce request.
      batchMaxEvents: { ...positiveInt, default: 500 },
      // Bound on reaching the audit cluster and checking the topic at start.
      startTimeoutMs: { ...positiveInt, default: 15_000 },
      // Bound on one produce request, retries included, before it counts as a failed delivery.
      requestTimeoutMs: { ...positiveInt, default: 5_000 },
      // Wait after a failed delivery before the next attempt (doubles up to 10x).
      retryBackoffMs: { ...positiveInt, default: 500 },
      // While no event is waiting, ask the audit cluster for its metadata this often, so that an
      // outage is noticed (and, with onFailure deny, requests refused) before the next event fails.
      // 0: never.
      healthCheckIntervalMs: { type: 'integer', minimum: 0, default: 5000 },
    },
  },
});

/** `audit:` after defaults, derived from its schema (src/config/proxy-config.ts says how). */
export type AuditConfig = FromSchema<typeof auditConfigSchema>;
