// A listener that cannot be bound, said in the configuration's words: which setting gave the port,
// which environment variable overrides it, and what the operating system answered, so an operator
// fixes the setting instead of reading a stack trace.

import { ENV_OVERRIDES } from '../config/env-overrides.js';

/** Where a listen port came from: the setting's path and, where one exists, its environment variable. */
export interface PortSetting {
  readonly setting: string;
  readonly env?: string;
}

/** The setting behind the port of `listener` (bootstrap, node-N, admin). */
export function portSettingOf(
  listener: string,
  brokerPorts: Readonly<Record<string, number>> = {},
): PortSetting {
  const envOf = (path: string): string | undefined =>
    ENV_OVERRIDES.find((o) => o.path.join('.') === path)?.name;
  const withEnv = (setting: string, envPath = setting): PortSetting => {
    const env = envOf(envPath);
    return env === undefined ? { setting } : { setting, env };
  };
  if (listener === 'bootstrap') return withEnv('listen.bootstrapPort');
  if (listener === 'admin') return withEnv('admin.port');
  const nodeId = listener.replace(/^node-/, '');
  if (brokerPorts[nodeId] !== undefined) return withEnv(`listen.brokerPorts.${nodeId}`);
  return withEnv(`listen.brokerPortBase+${nodeId}`, 'listen.brokerPortBase');
}

const REASONS: Readonly<Record<string, string>> = {
  EADDRINUSE: 'the port is in use by another process',
  EACCES: 'not permitted (ports below 1024 need privileges)',
  EADDRNOTAVAIL: 'the host is not an address of this machine',
};

const LABELS: Readonly<Record<string, string>> = {
  bootstrap: 'the bootstrap listener',
  admin: 'the admin server',
};

/** A listener could not be bound; the message names the setting and its environment variable. */
export class ListenerBindError extends Error {
  override readonly name = 'ListenerBindError';
  constructor(
    readonly listener: string,
    readonly host: string,
    readonly port: number,
    readonly where: PortSetting,
    readonly code: string | undefined,
  ) {
    const reason = (code && REASONS[code]) ?? code ?? 'error';
    const env = where.env ? ` or ${where.env}` : '';
    super(
      `cannot listen on ${host}:${port} for ${LABELS[listener] ?? listener}: ${reason} (${code ?? '?'}); ` +
        `change ${where.setting}${env}`,
    );
  }
}
