// The `admin:` section of the proxy configuration: the admin HTTP port and the metric label caps.

import type { FromSchema } from 'json-schema-to-ts';
import { section } from '../config/schema-fragments.js';

export const adminConfigSchema = section({
  enabled: { type: 'boolean', default: true },
  // Interface to bind. Default: listen.host (the Kafka listeners' interface).
  host: { type: 'string', minLength: 1 },
  // 0 asks the OS for a free port (tests).
  port: { type: 'integer', minimum: 0, maximum: 65535, default: 9644 },
  metrics: section({
    // Distinct principals with their own series; the rest are `_other_`.
    maxPrincipalLabels: { type: 'integer', minimum: 1, default: 50 },
    // Distinct topics with their own series; the rest are `_other_`.
    maxTopicLabels: { type: 'integer', minimum: 1, default: 100 },
    // Node.js process metrics (CPU, memory, event loop lag) under their stock names.
    processMetrics: { type: 'boolean', default: true },
  }),
});

/** `admin:` after defaults, derived from its schema (src/config/proxy-config.ts says how). */
export type AdminConfig = FromSchema<typeof adminConfigSchema>;
