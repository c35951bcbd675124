// JSON Schema pieces that several sections of the configuration share (src/config/config-schema.ts,
// src/audit/audit-config.ts), so that a host:port or a client TLS block is checked one way.

export const positiveInt = { type: 'integer', minimum: 1 } as const;

export const hostPort = {
  type: 'string',
  pattern: '^[^\\s:]+:[0-9]{1,5}$|^\\[[0-9a-fA-F:]+\\]:[0-9]{1,5}$',
} as const;

/** TLS of a connection the proxy opens itself (to the brokers, to the audit cluster). */
export const clientTlsProperties = {
  enabled: { type: 'boolean', default: false },
  caFile: { type: 'string', minLength: 1 },
  certFile: { type: 'string', minLength: 1 },
  keyFile: { type: 'string', minLength: 1 },
  rejectUnauthorized: { type: 'boolean', default: true },
} as const;
