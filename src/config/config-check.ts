// What `kafka-l7-proxy run` and `run --check` verify beyond the schema: everything `run` would
// refuse at start that can be known without opening a port or a connection (the policy file the
// configuration names, the files it reads, the audit sink's password), reported together with the
// schema's problems; and the configuration as printable text with every secret replaced.

import { accessSync, constants } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { loadPolicyFile } from '../policy/policy-loader.js';
import type { Segment } from '../yaml-locator.js';
import {
  collectConfigProblems,
  ConfigError,
  formatProblems,
  readConfigDocument,
  type SettingProblem,
} from './load-config.js';
import type { ProxyConfig } from './proxy-config.js';

/** What replaces a secret in printed configuration. */
export const REDACTED = '<redacted>';

/** Setting names whose values are secrets wherever they occur (upstream.sasl, audit.kafka.sasl, ...). */
const SECRET_KEYS = new Set(['password']);

/** A deep copy of `value` with every secret setting's value replaced by REDACTED. */
export function redactSecrets<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => redactSecrets(v)) as T;
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    out[key] = SECRET_KEYS.has(key) && v !== undefined ? REDACTED : redactSecrets(v);
  }
  return out as T;
}

function unreadable(path: unknown, setting: Segment[]): SettingProblem[] {
  // A value of the wrong type is the schema's problem, reported there.
  if (typeof path !== 'string') return [];
  try {
    accessSync(path, constants.R_OK);
    return [];
  } catch (error) {
    return [
      { path: setting, message: `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}` },
    ];
  }
}

/** A section of a configuration that may not have passed the schema: an object, or nothing. */
function section(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/**
 * Every problem `run` would meet before serving with this configuration: an invalid policy file
 * (each error as FILE:LINE:COL), unreadable TLS or password files, an audit sink password that is
 * not given. Empty when `run` would start, ports and brokers permitting. Reads the configuration
 * defensively, so that it also runs on one with schema errors and all problems come out at once.
 */
export async function checkRunnable(
  config: unknown,
  env: NodeJS.ProcessEnv = process.env,
): Promise<SettingProblem[]> {
  const problems: SettingProblem[] = [];
  const root = section(config);
  const policy = section(root?.policy);
  if (policy?.enabled !== false && typeof policy?.file === 'string') {
    const loaded = await loadPolicyFile(policy.file);
    if (!loaded.ok) {
      problems.push(...loaded.errors.map((e) => ({ path: ['policy', 'file'], message: e.toString() })));
    }
  }
  const tls = section(root?.tls);
  if (tls?.enabled === true) {
    for (const key of ['certFile', 'keyFile', 'caFile']) problems.push(...unreadable(tls[key], ['tls', key]));
  }
  const up = section(section(root?.upstream)?.tls);
  for (const key of ['caFile', 'certFile', 'keyFile']) {
    problems.push(...unreadable(up?.[key], ['upstream', 'tls', key]));
  }
  const kafka = section(section(root?.audit)?.kafka);
  const sasl = section(kafka?.sasl);
  if (sasl) {
    problems.push(...unreadable(sasl.passwordFile, ['audit', 'kafka', 'sasl', 'passwordFile']));
    const passwordEnv = typeof sasl.passwordEnv === 'string' ? sasl.passwordEnv : undefined;
    const given =
      sasl.password !== undefined ||
      sasl.passwordFile !== undefined ||
      (passwordEnv !== undefined && (env[passwordEnv] ?? '') !== '');
    if (!given) {
      problems.push({
        path: ['audit', 'kafka', 'sasl'],
        message: `needs password, passwordFile or passwordEnv${passwordEnv ? ` (${passwordEnv} is not set)` : ''}`,
      });
    }
  }
  // The file sink appends to its file, creating it but not its directory.
  const auditFile = section(section(root?.audit)?.file)?.path;
  if (typeof auditFile === 'string') {
    try {
      accessSync(auditFile, constants.W_OK);
    } catch {
      try {
        accessSync(dirname(resolve(auditFile)), constants.W_OK);
      } catch (error) {
        problems.push({
          path: ['audit', 'file', 'path'],
          message: `cannot create ${auditFile}: its directory is not writable (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
        });
      }
    }
  }
  const kafkaTls = section(kafka?.tls);
  for (const key of ['caFile', 'certFile', 'keyFile']) {
    problems.push(...unreadable(kafkaTls?.[key], ['audit', 'kafka', 'tls', key]));
  }
  return problems;
}

/**
 * Everything wrong with a configuration file, all at once: YAML, schema, cross-field, environment
 * and what `run` would refuse at start (checkRunnable), each line located in the file. `config` is
 * set when there is nothing wrong.
 */
export async function checkConfigFile(
  path: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ config?: ProxyConfig; problems: string[] }> {
  let document;
  try {
    document = readConfigDocument(path);
  } catch (error) {
    if (error instanceof ConfigError) return { problems: error.problems };
    throw error;
  }
  const { candidate, problems } = collectConfigProblems(document.raw, env);
  problems.push(...(await checkRunnable(candidate, env)));
  if (problems.length > 0) return { problems: formatProblems(problems, document.source, env) };
  return { config: candidate as ProxyConfig, problems: [] };
}
