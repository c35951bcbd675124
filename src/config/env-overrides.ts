/**
 * Environment variables that override the configuration file, for container deployments where the
 * file comes from a ConfigMap and a few values differ per environment. Each variable maps to one
 * setting; the table is also what `examples/proxy.yaml` documents.
 */
type Kind = 'string' | 'int' | 'bool' | 'list';

export const ENV_OVERRIDES: ReadonlyArray<{ name: string; path: string[]; kind: Kind }> = [
  { name: 'KAFKA_L7_PROXY_LISTEN_HOST', path: ['listen', 'host'], kind: 'string' },
  { name: 'KAFKA_L7_PROXY_BOOTSTRAP_PORT', path: ['listen', 'bootstrapPort'], kind: 'int' },
  { name: 'KAFKA_L7_PROXY_BROKER_PORT_BASE', path: ['listen', 'brokerPortBase'], kind: 'int' },
  { name: 'KAFKA_L7_PROXY_ADVERTISED_HOST', path: ['advertised', 'host'], kind: 'string' },
  { name: 'KAFKA_L7_PROXY_ADVERTISED_PORT', path: ['advertised', 'port'], kind: 'string' },
  { name: 'KAFKA_L7_PROXY_UPSTREAM_BOOTSTRAP', path: ['upstream', 'bootstrapServers'], kind: 'list' },
  { name: 'KAFKA_L7_PROXY_UPSTREAM_TLS_ENABLED', path: ['upstream', 'tls', 'enabled'], kind: 'bool' },
  { name: 'KAFKA_L7_PROXY_UPSTREAM_TLS_CA_FILE', path: ['upstream', 'tls', 'caFile'], kind: 'string' },
  { name: 'KAFKA_L7_PROXY_UPSTREAM_TLS_CERT_FILE', path: ['upstream', 'tls', 'certFile'], kind: 'string' },
  { name: 'KAFKA_L7_PROXY_UPSTREAM_TLS_KEY_FILE', path: ['upstream', 'tls', 'keyFile'], kind: 'string' },
  { name: 'KAFKA_L7_PROXY_UPSTREAM_SASL_MECHANISM', path: ['upstream', 'sasl', 'mechanism'], kind: 'string' },
  { name: 'KAFKA_L7_PROXY_UPSTREAM_SASL_USERNAME', path: ['upstream', 'sasl', 'username'], kind: 'string' },
  { name: 'KAFKA_L7_PROXY_UPSTREAM_SASL_PASSWORD', path: ['upstream', 'sasl', 'password'], kind: 'string' },
  { name: 'KAFKA_L7_PROXY_TLS_ENABLED', path: ['tls', 'enabled'], kind: 'bool' },
  { name: 'KAFKA_L7_PROXY_TLS_CERT_FILE', path: ['tls', 'certFile'], kind: 'string' },
  { name: 'KAFKA_L7_PROXY_TLS_KEY_FILE', path: ['tls', 'keyFile'], kind: 'string' },
  { name: 'KAFKA_L7_PROXY_TLS_CA_FILE', path: ['tls', 'caFile'], kind: 'string' },
  { name: 'KAFKA_L7_PROXY_TLS_CLIENT_AUTH', path: ['tls', 'clientAuth'], kind: 'string' },
  { name: 'KAFKA_L7_PROXY_MAX_FRAME_BYTES', path: ['limits', 'maxFrameBytes'], kind: 'int' },
  { name: 'KAFKA_L7_PROXY_IDLE_TIMEOUT_MS', path: ['limits', 'idleTimeoutMs'], kind: 'int' },
  { name: 'KAFKA_L7_PROXY_REQUEST_TIMEOUT_MS', path: ['limits', 'requestTimeoutMs'], kind: 'int' },
  { name: 'KAFKA_L7_PROXY_MAX_BUFFERED_BYTES', path: ['limits', 'maxBufferedBytes'], kind: 'int' },
  { name: 'KAFKA_L7_PROXY_MAX_CONNECTIONS', path: ['limits', 'maxConnections'], kind: 'int' },
  { name: 'KAFKA_L7_PROXY_DRAIN_TIMEOUT_MS', path: ['limits', 'drainTimeoutMs'], kind: 'int' },
  { name: 'KAFKA_L7_PROXY_LOG_LEVEL', path: ['logging', 'level'], kind: 'string' },
  { name: 'KAFKA_L7_PROXY_POLICY_FILE', path: ['policy', 'file'], kind: 'string' },
  { name: 'KAFKA_L7_PROXY_POLICY_MODE', path: ['policy', 'mode'], kind: 'string' },
  { name: 'KAFKA_L7_PROXY_KUBECONFIG', path: ['kubernetes', 'kubeconfig'], kind: 'string' },
  { name: 'KAFKA_L7_PROXY_ADMIN_PORT', path: ['admin', 'port'], kind: 'int' },
  { name: 'KAFKA_L7_PROXY_AUDIT_ON_FAILURE', path: ['audit', 'onFailure'], kind: 'string' },
  {
    name: 'KAFKA_L7_PROXY_AUDIT_KAFKA_BOOTSTRAP',
    path: ['audit', 'kafka', 'bootstrapServers'],
    kind: 'list',
  },
];

function convert(kind: Kind, text: string): { value?: unknown; problem?: string } {
  switch (kind) {
    case 'string':
      return { value: text };
    case 'int':
      return /^-?[0-9]+$/.test(text.trim())
        ? { value: Number.parseInt(text, 10) }
        : { problem: `'${text}' is not an integer` };
    case 'bool':
      if (/^(true|1|yes)$/i.test(text.trim())) return { value: true };
      if (/^(false|0|no)$/i.test(text.trim())) return { value: false };
      return { problem: `'${text}' is not true or false` };
    case 'list':
      return {
        value: text
          .split(',')
          .map((item) => item.trim())
          .filter((item) => item !== ''),
      };
  }
}

/** An environment variable whose value cannot be read as its setting's type. */
export interface EnvOverrideProblem {
  /** The variable, e.g. KAFKA_L7_PROXY_MAX_CONNECTIONS. */
  readonly name: string;
  /** The setting it overrides, e.g. ['limits', 'maxConnections']. */
  readonly path: readonly string[];
  readonly message: string;
}

/**
 * Writes every set override into `target` in place; returns the variables that could not be read
 * (their settings keep the file's value).
 */
export function applyEnvOverrides(
  target: Record<string, unknown>,
  env: NodeJS.ProcessEnv,
): EnvOverrideProblem[] {
  const problems: EnvOverrideProblem[] = [];
  for (const { name, path, kind } of ENV_OVERRIDES) {
    const text = env[name];
    if (text === undefined || text === '') continue;
    const { value, problem } = convert(kind, text);
    if (problem !== undefined) {
      problems.push({ name, path, message: problem });
      continue;
    }
    let node = target;
    for (const key of path.slice(0, -1)) {
      const next = node[key];
      if (typeof next !== 'object' || next === null || Array.isArray(next)) node[key] = {};
      node = node[key] as Record<string, unknown>;
    }
    node[path[path.length - 1]!] = value;
  }
  return problems;
}
