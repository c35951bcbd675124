// Loads the proxy configuration: YAML with positions, JSON Schema validation (ajv, defaults applied),
// the environment overrides, and the checks that need more than one field. Every problem of a file
// is reported at once, each located as FILE:LINE:COLUMN and the setting's path (or the environment
// variable that set it), with a "did you mean" for a misspelt setting or value:
// `proxy.yaml:1:1 listn: unknown setting (did you mean 'listen'?)`.

import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';
import { LineCounter, parseDocument } from 'yaml';
import { didYouMean } from '../did-you-mean.js';
import { formatFieldPath } from '../policy/policy-error.js';
import { pointerToSegments, YamlLocator, type Segment } from '../yaml-locator.js';
import { configSchema } from './config-schema.js';
import type { ProxyConfig } from './proxy-config.js';
import { applyEnvOverrides, ENV_OVERRIDES } from './env-overrides.js';
import { hostPort } from './schema-fragments.js';

/**
 * One problem with one setting. `path` is the setting (or, with `keyOf`, the map holding the
 * misspelt key `keyOf`); `env` names the environment variable the value came from, when it did.
 */
export interface SettingProblem {
  readonly path: readonly Segment[];
  readonly keyOf?: string;
  readonly message: string;
  readonly env?: string;
}

/** A configuration that cannot be used; `problems` lists every reason, one per line, located. */
export class ConfigError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
    /** The configuration as far as it could be read, defaults applied (for further checks). */
    readonly partial?: unknown,
  ) {
    super(
      `invalid proxy configuration (${source}, ${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  ${problems.join('\n  ')}`,
    );
    this.name = 'ConfigError';
  }
}

/** Where problems are reported: a file (with positions) or a configuration built in code. */
export interface ConfigSource {
  readonly name: string;
  /** Positions in the file; absent for a configuration not read from a file. */
  readonly locator?: YamlLocator;
}

const ajv = new Ajv({ allErrors: true, useDefaults: true, strict: true, verbose: true });
const validate = ajv.compile(configSchema);

/** The schema's own error, in the configuration's words; undefined for errors another one explains. */
function schemaProblem(error: ErrorObject): SettingProblem | undefined {
  const path = pointerToSegments(error.instancePath);
  const parent = error.parentSchema as { properties?: Record<string, unknown>; pattern?: string } | undefined;
  if (error.propertyName !== undefined) {
    // A key of a map keyed by node id (listen.brokerPorts, upstream.nodes).
    if (error.keyword !== 'pattern') return undefined;
    return { path, keyOf: error.propertyName, message: 'must be a node id (a number)' };
  }
  switch (error.keyword) {
    case 'propertyNames':
      return undefined;
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      return {
        path,
        keyOf: key,
        message: 'unknown setting' + didYouMean(key, Object.keys(parent?.properties ?? {})),
      };
    }
    case 'required':
      return { path, message: `missing required setting '${String(error.params.missingProperty)}'` };
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map(String);
      return {
        path,
        message: `must be one of ${allowed.join(', ')}` + didYouMean(error.data, allowed),
      };
    }
    case 'pattern':
      if (parent?.pattern === hostPort.pattern) return { path, message: 'must be host:port' };
      if (path.join('.') === 'advertised.port') {
        return {
          path,
          message: 'must be {port}, {nodeId}, a number, or a sum of these such as 31000+{nodeId}',
        };
      }
      return { path, message: `must match ${String(error.params.pattern)}` };
    default:
      return { path, message: error.message ?? error.keyword };
  }
}

function field(root: unknown, ...path: string[]): unknown {
  let node = root;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** A client certificate without its key, or a key without its certificate, at `tls` (a TLS section). */
function certificateWithoutKey(tls: string[], hasCert: boolean): SettingProblem {
  const [given, missing] = hasCert ? ['certFile', 'keyFile'] : ['keyFile', 'certFile'];
  return {
    path: [...tls, given],
    message: `needs ${[...tls, missing].join('.')} too (a client certificate and its key go together)`,
  };
}

/**
 * Checks that need more than one field, which the JSON Schema does not express clearly. Reads the
 * configuration defensively: it runs beside the schema's checks, on a configuration that may also
 * have schema errors, so that a file's problems are all reported at once.
 */
function crossFieldProblems(config: unknown): SettingProblem[] {
  const problems: SettingProblem[] = [];
  const tls = (key: string): unknown => field(config, 'tls', key);
  const clientAuth = tls('clientAuth') ?? 'none';
  if (tls('enabled') === true && (!tls('certFile') || !tls('keyFile'))) {
    problems.push({ path: ['tls', 'enabled'], message: 'needs tls.certFile and tls.keyFile' });
  }
  if (tls('enabled') === true && clientAuth !== 'none' && !tls('caFile')) {
    problems.push({
      path: ['tls', 'clientAuth'],
      message: `${String(clientAuth)} needs tls.caFile (the CAs of client certificates)`,
    });
  }
  if (tls('enabled') !== true && clientAuth !== 'none') {
    problems.push({ path: ['tls', 'clientAuth'], message: 'needs tls.enabled: true' });
  }
  const upCert = field(config, 'upstream', 'tls', 'certFile');
  const upKey = field(config, 'upstream', 'tls', 'keyFile');
  if (Boolean(upCert) !== Boolean(upKey)) {
    problems.push(certificateWithoutKey(['upstream', 'tls'], Boolean(upCert)));
  }
  const auditCert = field(config, 'audit', 'kafka', 'tls', 'certFile');
  const auditKey = field(config, 'audit', 'kafka', 'tls', 'keyFile');
  if (Boolean(auditCert) !== Boolean(auditKey)) {
    problems.push(certificateWithoutKey(['audit', 'kafka', 'tls'], Boolean(auditCert)));
  }
  const brokerPorts = field(config, 'listen', 'brokerPorts');
  const bootstrapPort = field(config, 'listen', 'bootstrapPort');
  if (typeof brokerPorts === 'object' && brokerPorts !== null) {
    for (const [nodeId, port] of Object.entries(brokerPorts)) {
      if (port === bootstrapPort) {
        problems.push({
          path: ['listen', 'brokerPorts', nodeId],
          message: `${String(port)} is listen.bootstrapPort too`,
        });
      }
    }
  }
  return problems;
}

/** The environment variable that set `path` or a setting above it, if one did. */
function envSetting(path: readonly Segment[], env: NodeJS.ProcessEnv): string | undefined {
  const dotted = path.join('.');
  return ENV_OVERRIDES.find((o) => {
    if ((env[o.name] ?? '') === '') return false;
    const setting = o.path.join('.');
    return dotted === setting || dotted.startsWith(`${setting}.`);
  })?.name;
}

/**
 * One line per problem: `FILE:LINE:COL setting: message` for a file, `setting (from ENV): message`
 * when the environment set the value, `setting: message` for a configuration built in code.
 */
export function formatProblems(
  problems: readonly SettingProblem[],
  source: ConfigSource,
  env: NodeJS.ProcessEnv = process.env,
): string[] {
  const lines = problems.map((p) => {
    const full = p.keyOf === undefined ? p.path : [...p.path, p.keyOf];
    const setting = formatFieldPath(full);
    const fromEnv = p.env ?? envSetting(full, env);
    if (fromEnv !== undefined) return { text: `${setting} (from ${fromEnv}): ${p.message}`, at: [0, 0] };
    if (source.locator) {
      const { line, column } = source.locator.position(p.path, p.keyOf);
      const text = `${source.name}:${line}:${column} ${setting ? `${setting}: ` : ''}${p.message}`;
      return { text, at: [line, column] };
    }
    return { text: `${setting || '(top level)'}: ${p.message}`, at: [0, 0] };
  });
  // In file order, the environment's problems first (they have no place in the file).
  lines.sort((a, b) => a.at[0]! - b.at[0]! || a.at[1]! - b.at[1]!);
  return [...new Set(lines.map((l) => l.text))];
}

/**
 * Validates a parsed configuration (a copy of it) with the environment overrides applied and
 * defaults filled in; returns it with every problem found, none left for a second pass.
 */
export function collectConfigProblems(
  raw: unknown,
  env: NodeJS.ProcessEnv = process.env,
): { candidate: unknown; problems: SettingProblem[] } {
  const candidate: unknown = structuredClone(raw ?? {});
  if (typeof candidate !== 'object' || candidate === null || Array.isArray(candidate)) {
    return { candidate, problems: [{ path: [], message: 'the top level must be a mapping of settings' }] };
  }
  const problems: SettingProblem[] = applyEnvOverrides(candidate as Record<string, unknown>, env).map(
    (p) => ({ path: p.path, env: p.name, message: p.message }),
  );
  if (!validate(candidate)) {
    for (const error of validate.errors ?? []) {
      const problem = schemaProblem(error);
      if (problem) problems.push(problem);
    }
  }
  problems.push(...crossFieldProblems(candidate));
  return { candidate, problems };
}

/**
 * Validates a parsed configuration object (from YAML, or built by a test), applies defaults, then
 * the environment overrides, and returns the result or throws a ConfigError listing every problem.
 */
export function resolveConfig(
  raw: unknown,
  env: NodeJS.ProcessEnv = process.env,
  source: string | ConfigSource = 'configuration',
): ProxyConfig {
  const { candidate, problems } = collectConfigProblems(raw, env);
  const where = typeof source === 'string' ? { name: source } : source;
  if (problems.length > 0) throw new ConfigError(where.name, formatProblems(problems, where, env), candidate);
  return candidate as ProxyConfig;
}

/** A configuration file parsed with positions; throws a ConfigError when it is not readable YAML. */
export function readConfigDocument(path: string): { raw: unknown; source: ConfigSource } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(path, [`${path}: cannot read the file: ${(error as Error).message}`]);
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const locator = new YamlLocator(doc, lines);
  if (doc.errors.length > 0) {
    throw new ConfigError(
      path,
      doc.errors.map((e) => {
        const { line, column } = locator.at(e.pos[0]);
        return `${path}:${line}:${column} not valid YAML: ${e.message.split('\n')[0]}`;
      }),
    );
  }
  return { raw: doc.toJS({ maxAliasCount: 100 }), source: { name: path, locator } };
}

/** Reads a YAML configuration file; environment variables override what it says. */
export function loadConfigFile(path: string, env: NodeJS.ProcessEnv = process.env): ProxyConfig {
  const { raw, source } = readConfigDocument(path);
  return resolveConfig(raw, env, source);
}
