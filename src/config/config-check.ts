// What `kafka-l7-proxy run --check` verifies beyond the schema: everything `run` would refuse at
// start that can be known without opening a port or a connection (the policy file the
// configuration names, the files it reads, the audit sink's password), and the configuration as
// printable text with every secret replaced.

import { accessSync, constants } from 'node:fs';
import { loadPolicyFile } from '../policy/policy-loader.js';
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

function unreadable(path: string | undefined, setting: string): string[] {
  if (path === undefined) return [];
  try {
    accessSync(path, constants.R_OK);
    return [];
  } catch (error) {
    return [`${setting}: cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`];
  }
}

/**
 * Every problem `run` would meet before serving with this (schema-valid) configuration: an invalid
 * policy file (each error as FILE:LINE:COL), unreadable TLS or password files, an audit sink
 * password that is not given. Empty when `run` would start, ports and brokers permitting.
 */
export async function checkRunnable(
  config: ProxyConfig,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string[]> {
  const problems: string[] = [];
  if (config.policy.enabled && config.policy.file !== undefined) {
    const loaded = await loadPolicyFile(config.policy.file);
    if (!loaded.ok) problems.push(...loaded.errors.map((e) => `policy.file: ${e.toString()}`));
  }
  if (config.tls.enabled) {
    problems.push(
      ...unreadable(config.tls.certFile, 'tls.certFile'),
      ...unreadable(config.tls.keyFile, 'tls.keyFile'),
      ...unreadable(config.tls.caFile, 'tls.caFile'),
    );
  }
  const up = config.upstream.tls;
  problems.push(
    ...unreadable(up.caFile, 'upstream.tls.caFile'),
    ...unreadable(up.certFile, 'upstream.tls.certFile'),
    ...unreadable(up.keyFile, 'upstream.tls.keyFile'),
  );
  const sasl = config.audit.kafka?.sasl;
  if (sasl) {
    problems.push(...unreadable(sasl.passwordFile, 'audit.kafka.sasl.passwordFile'));
    const given =
      sasl.password !== undefined ||
      sasl.passwordFile !== undefined ||
      (sasl.passwordEnv !== undefined && (env[sasl.passwordEnv] ?? '') !== '');
    if (!given) {
      problems.push(
        `audit.kafka.sasl: needs password, passwordFile or passwordEnv${sasl.passwordEnv ? ` (${sasl.passwordEnv} is not set)` : ''}`,
      );
    }
  }
  const kafkaTls = config.audit.kafka?.tls;
  if (kafkaTls) {
    problems.push(
      ...unreadable(kafkaTls.caFile, 'audit.kafka.tls.caFile'),
      ...unreadable(kafkaTls.certFile, 'audit.kafka.tls.certFile'),
      ...unreadable(kafkaTls.keyFile, 'audit.kafka.tls.keyFile'),
    );
  }
  return problems;
}
