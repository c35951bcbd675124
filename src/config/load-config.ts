import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { configSchema } from './config-schema.js';
import type { ProxyConfig } from './proxy-config.js';
import { applyEnvOverrides } from './env-overrides.js';

/** A configuration that cannot be used; `problems` lists every reason, one per line. */
export class ConfigError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`invalid proxy configuration (${source}):\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

const ajv = new Ajv({ allErrors: true, useDefaults: true, strict: true });
const validate = ajv.compile(configSchema);

function describeAjvError(error: ErrorObject): string {
  const path = error.instancePath === '' ? '(top level)' : error.instancePath.slice(1).replaceAll('/', '.');
  if (error.keyword === 'additionalProperties') {
    return `${path}: unknown setting "${String(error.params.additionalProperty)}"`;
  }
  if (error.keyword === 'enum') {
    return `${path}: must be one of ${(error.params.allowedValues as unknown[]).join(', ')}`;
  }
  if (error.keyword === 'pattern' && path.includes('advertised.port')) {
    return `${path}: must be {port}, {nodeId}, a number, or a sum of these such as 31000+{nodeId}`;
  }
  if (error.keyword === 'pattern') return `${path}: must be host:port`;
  return `${path}: ${error.message ?? error.keyword}`;
}

/** Checks that need more than one field, which the JSON Schema does not express clearly. */
function crossFieldProblems(config: ProxyConfig): string[] {
  const problems: string[] = [];
  if (config.tls.enabled && (!config.tls.certFile || !config.tls.keyFile)) {
    problems.push('tls: enabled needs certFile and keyFile');
  }
  if (config.tls.enabled && config.tls.clientAuth !== 'none' && !config.tls.caFile) {
    problems.push(`tls: clientAuth ${config.tls.clientAuth} needs caFile (the CAs of client certificates)`);
  }
  if (!config.tls.enabled && config.tls.clientAuth !== 'none') {
    problems.push('tls: clientAuth needs enabled: true');
  }
  const up = config.upstream.tls;
  if (Boolean(up.certFile) !== Boolean(up.keyFile)) {
    problems.push('upstream.tls: certFile and keyFile go together');
  }
  for (const [nodeId, port] of Object.entries(config.listen.brokerPorts)) {
    if (port === config.listen.bootstrapPort) {
      problems.push(`listen.brokerPorts.${nodeId}: ${port} is the bootstrap port`);
    }
  }
  return problems;
}

/**
 * Validates a parsed configuration object (from YAML, or built by a test), applies defaults, then
 * the environment overrides, and returns the result or throws a ConfigError listing every problem.
 */
export function resolveConfig(
  raw: unknown,
  env: NodeJS.ProcessEnv = process.env,
  source = 'configuration',
): ProxyConfig {
  const candidate: unknown = structuredClone(raw ?? {});
  if (typeof candidate !== 'object' || candidate === null || Array.isArray(candidate)) {
    throw new ConfigError(source, ['the top level must be a mapping']);
  }
  const envProblems = applyEnvOverrides(candidate as Record<string, unknown>, env);
  if (envProblems.length > 0) throw new ConfigError(source, envProblems);
  if (!validate(candidate)) {
    throw new ConfigError(source, (validate.errors ?? []).map(describeAjvError));
  }
  const config = candidate as unknown as ProxyConfig;
  const problems = crossFieldProblems(config);
  if (problems.length > 0) throw new ConfigError(source, problems);
  return config;
}

/** Reads a YAML configuration file; environment variables override what it says. */
export function loadConfigFile(path: string, env: NodeJS.ProcessEnv = process.env): ProxyConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(path, [`cannot read the file: ${(error as Error).message}`]);
  }
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    throw new ConfigError(path, [`not valid YAML: ${(error as Error).message}`]);
  }
  return resolveConfig(raw, env, path);
}
