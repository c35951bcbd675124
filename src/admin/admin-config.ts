// The `admin:` section of the proxy configuration: the admin HTTP port and the metric label caps.

export const adminConfigSchema = {
  type: 'object',
  additionalProperties: false,
  default: {},
  properties: {
    enabled: { type: 'boolean', default: true },
    // Default: listen.host (the Kafka listeners' interface).
    host: { type: 'string', minLength: 1 },
    // 0 asks the OS for a free port (tests).
    port: { type: 'integer', minimum: 0, maximum: 65535, default: 9644 },
    metrics: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        maxPrincipalLabels: { type: 'integer', minimum: 1, default: 50 },
        maxTopicLabels: { type: 'integer', minimum: 1, default: 100 },
        processMetrics: { type: 'boolean', default: true },
      },
    },
  },
} as const;

export interface AdminConfig {
  enabled: boolean;
  /** Interface to bind; listen.host when absent. */
  host?: string;
  port: number;
  metrics: { maxPrincipalLabels: number; maxTopicLabels: number; processMetrics: boolean };
}
