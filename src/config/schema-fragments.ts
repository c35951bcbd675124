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

/**
 * A section of the configuration whose settings all have defaults: an object that rejects unknown
 * keys (a misspelt key is an error, not a silently ignored setting) and that is filled in with its
 * defaults when the file leaves it out. `properties` keeps its literal type, so that the types derived
 * with json-schema-to-ts (src/config/proxy-config.ts) see every default.
 */
export function section<const P extends Record<string, unknown>>(properties: P) {
  return { type: 'object', additionalProperties: false, default: {}, properties } as const;
}
