// The version of this build, read once from the project's package.json (two levels above src/metrics
// when run from source, three above dist/src/metrics when built), for kafka_l7_proxy_build_info and
// `kafka-l7-proxy --version`.

import { readFileSync } from 'node:fs';

let cached: string | undefined;

/** The `version` of kafka-l7-proxy's package.json, or 'unknown' when it cannot be found. */
export function buildVersion(): string {
  if (cached !== undefined) return cached;
  cached = 'unknown';
  for (const up of ['../../package.json', '../../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(up, import.meta.url), 'utf8')) as {
        name?: string;
        version: string;
      };
      if (pkg.name === 'kafka-l7-proxy') {
        cached = pkg.version;
        break;
      }
    } catch {
      // not at this level: try the next
    }
  }
  return cached;
}
