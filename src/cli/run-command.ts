// `kafka-l7-proxy run --config proxy.yaml`: starts the proxy and runs until SIGTERM or SIGINT, then
// drains (stops accepting, lets in-flight requests finish within limits.drainTimeoutMs) and exits.
// `--check` validates everything `run` would and prints the configuration without its secrets.

import type { Command } from 'commander';
import { checkConfigFile, redactSecrets } from '../config/config-check.js';
import { ENV_OVERRIDES } from '../config/env-overrides.js';
import { log, setLogLevel } from '../log.js';
import { PolicyLoadError } from '../policy/index.js';
import { AdminListenError } from '../admin/admin-server.js';
import { startObservedProxy } from '../admin/observed-proxy.js';
import { AuditStartError } from '../audit/audit-log.js';
import { ListenerBindError } from '../listeners/listener-bind-error.js';
import { EXIT } from './cli-io.js';
import type { CommandContext } from './cli-program.js';

function envHelp(): string {
  return [
    '',
    'The configuration file may also be named by KAFKA_L7_PROXY_CONFIG.',
    'Environment variables override the file:',
    ...ENV_OVERRIDES.map((o) => `  ${o.name.padEnd(40)} ${o.path.join('.')}`),
  ].join('\n');
}

/** Adds `run` to the binary's command tree. */
export function installRunCommand(parent: Command, ctx: CommandContext): void {
  parent
    .command('run')
    .summary('start the proxy (run --config proxy.yaml)')
    .description(
      'Start the proxy and serve until SIGTERM or SIGINT, then drain and exit. With --check, validate\n' +
        'everything run would (configuration, the policy file it names, files it reads) and exit.',
    )
    .option('--config <file>', 'proxy configuration (YAML)')
    .option('--check', 'validate, print the configuration with defaults applied (secrets redacted), and exit')
    .addHelpText('after', envHelp())
    .action(async (options: { config?: string; check?: boolean }) => {
      ctx.exit.value = await runProxy(options, ctx);
    });
}

async function runProxy(
  options: { config?: string; check?: boolean },
  { io }: CommandContext,
): Promise<number> {
  const configPath = options.config ?? process.env.KAFKA_L7_PROXY_CONFIG;
  if (configPath === undefined) {
    io.err('no configuration: pass --config <file> (or set KAFKA_L7_PROXY_CONFIG)');
    return EXIT.usage;
  }
  // Every problem of the file at once, located: schema, cross-field, environment, and what the
  // start would refuse (the policy file, unreadable files), for `run` and `run --check` alike.
  const { config, problems } = await checkConfigFile(configPath);
  if (config === undefined) {
    const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
    io.err(`${configPath}: run would refuse this configuration (${count}):\n  ${problems.join('\n  ')}`);
    return EXIT.usage;
  }
  if (options.check) {
    io.out(JSON.stringify(redactSecrets(config), null, 2));
    return EXIT.ok;
  }
  setLogLevel(config.logging.level);
  // Signals are taken from the start: a SIGTERM while the proxy is still starting (Kubernetes may
  // stop a pod at any time) drains as soon as it has started instead of killing the process.
  let stopSignal: NodeJS.Signals | undefined;
  let onStop: ((signal: NodeJS.Signals) => void) | undefined;
  const onSignal = (signal: NodeJS.Signals): void => {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
    stopSignal = signal;
    onStop?.(signal);
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  let running;
  try {
    running = await startObservedProxy(config, log);
  } catch (error) {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
    if (error instanceof PolicyLoadError) {
      io.err(`policy file rejected:\n${error.message}`);
      return EXIT.usage;
    }
    if (
      error instanceof AuditStartError ||
      error instanceof AdminListenError ||
      error instanceof ListenerBindError
    ) {
      io.err((error as Error).message);
      return EXIT.usage;
    }
    throw error;
  }
  const { proxy, observability } = running;
  log.info(
    {
      bootstrapPort: proxy.bootstrapPort,
      nodes: proxy.directory.nodeIds(),
      upstream: config.upstream.bootstrapServers,
      admin: observability.admin?.url,
    },
    'kafka-l7-proxy started',
  );
  // SIGHUP: reopen the audit file (after an external logrotate moved it away).
  const onHangup = (): void => observability.audit.reopen();
  process.on('SIGHUP', onHangup);
  await new Promise<void>((resolve) => {
    onStop = (signal: NodeJS.Signals): void => {
      process.off('SIGHUP', onHangup);
      log.info({ signal }, 'shutting down: no new connections, finishing in-flight requests');
      void running.drain().then(resolve);
    };
    if (stopSignal !== undefined) onStop(stopSignal);
  });
  return EXIT.ok;
}
