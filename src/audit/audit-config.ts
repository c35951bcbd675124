// The `audit:` section of the proxy configuration: its JSON Schema (with defaults, merged into
// src/config/config-schema.ts) and its type. No sink is enabled by default except stdout.

import { clientTlsProperties, hostPort, positiveInt } from '../config/schema-fragments.js';
import type { AuditFormat } from './audit-record.js';
import type { KafkaSinkConfig } from './sinks/kafka-sink.js';

export const auditConfigSchema = {
  type: 'object',
  additionalProperties: false,
  default: {},
  properties: {
    /** CloudEvents `source`; default /kafka-l7-proxy/<hostname>. */
    source: { type: 'string', minLength: 1 },
    onFailure: { enum: ['drop', 'deny'], default: 'drop' },
    aggregateWindowMs: { type: 'integer', minimum: 100, default: 60_000 },
    aggregateMaxKeys: { ...positiveInt, default: 10_000 },
    connectionEvents: { type: 'boolean', default: true },
    stdout: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        enabled: { type: 'boolean', default: true },
        format: { enum: ['cloudevents', 'ocsf'], default: 'cloudevents' },
        maxPendingBytes: { ...positiveInt, default: 16 * 1024 * 1024 },
      },
    },
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
        createTopic: { type: 'boolean', default: true },
        partitions: { ...positiveInt, default: 1 },
        replicationFactor: { type: 'integer', minimum: -1, default: -1 },
        tls: {
          type: 'object',
          additionalProperties: false,
          default: {},
          properties: clientTlsProperties,
        },
        sasl: {
          type: 'object',
          additionalProperties: false,
          required: ['mechanism', 'username'],
          properties: {
            mechanism: { enum: ['plain', 'scram-sha-256', 'scram-sha-512'] },
            username: { type: 'string', minLength: 1 },
            password: { type: 'string' },
            passwordFile: { type: 'string', minLength: 1 },
            passwordEnv: { type: 'string', minLength: 1 },
          },
        },
        bufferMaxEvents: { ...positiveInt, default: 10_000 },
        batchMaxEvents: { ...positiveInt, default: 500 },
        startTimeoutMs: { ...positiveInt, default: 15_000 },
        requestTimeoutMs: { ...positiveInt, default: 5_000 },
        retryBackoffMs: { ...positiveInt, default: 500 },
        healthCheckIntervalMs: { type: 'integer', minimum: 0, default: 5000 },
      },
    },
  },
} as const;

export interface AuditConfig {
  source?: string;
  /** drop: a full buffer drops (and counts) events; deny: requests are denied while a sink is unhealthy. */
  onFailure: 'drop' | 'deny';
  /** Window over which allowed (and would-deny) requests are aggregated into one event per key. */
  aggregateWindowMs: number;
  /** Distinct (principal, API, topic) keys held per window before an early flush. */
  aggregateMaxKeys: number;
  /** Emit connection opened / authenticated / closed events. */
  connectionEvents: boolean;
  /** `format`: cloudevents (default) or ocsf (an OCSF 1.x API Activity record per event), per sink. */
  stdout: { enabled: boolean; maxPendingBytes: number; format?: AuditFormat };
  /** maxBytes: rotate at this size (0: never); maxFiles: rotated files kept. */
  file?: { path: string; maxPendingBytes: number; maxBytes: number; maxFiles: number; format?: AuditFormat };
  kafka?: KafkaSinkConfig & { format?: AuditFormat };
}
