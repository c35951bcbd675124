// `kafka-l7-proxy run --config proxy.yaml`: starts the proxy and runs until SIGTERM or SIGINT, then
// drains (stops accepting, lets in-flight requests finish within limits.drainTimeoutMs) and exits.

import { ConfigError, loadConfigFile } from '../config/load-config.js';
import { ENV_OVERRIDES } from '../config/env-overrides.js';
import { log, setLogLevel } from '../log.js';
import { PolicyLoadError } from '../policy/index.js';
import { AdminListenError } from '../admin/admin-server.js';
import { startObservedProxy } from '../admin/observed-proxy.js';
import { AuditStartError } from '../audit/audit-log.js';
import { EXIT, type CliIo } from './cli-io.js';

function usage(): string {
  return [
    'Usage: kafka-l7-proxy run --config <proxy.yaml> [--check]',
    '',
    '  --config <file>   proxy configuration (YAML); KAFKA_L7_PROXY_CONFIG names it too',
    '  --check           validate the configuration, print it with defaults applied, and exit',
    '',
    'Environment variables override the file:',
    ...ENV_OVERRIDES.map((o) => `  ${o.name.padEnd(40)} ${o.path.join('.')}`),
  ].join('\n');
}

export async function runProxyCommand(args: readonly string[], io: CliIo): Promise<number> {
  let configPath = process.env.KAFKA_L7_PROXY_CONFIG;
  let checkOnly = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === 'help' || arg === '--help' || arg === '-h') {
      io.out(usage());
      return EXIT.ok;
    } else if (arg === '--config' && i + 1 < args.length) {
      configPath = args[++i];
    } else if (arg.startsWith('--config=')) {
      configPath = arg.slice('--config='.length);
    } else if (arg === '--check') {
      checkOnly = true;
    } else {
      io.err(`unknown argument '${arg}'\n\n${usage()}`);
      return EXIT.usage;
    }
  }
  if (configPath === undefined) {
    io.err(`no configuration: pass --config <file>\n\n${usage()}`);
    return EXIT.usage;
  }
  let config;
  try {
    config = loadConfigFile(configPath);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.err(error.message);
      return EXIT.usage;
    }
    throw error;
  }
  if (checkOnly) {
    io.out(JSON.stringify(config, null, 2));
    return EXIT.ok;
  }
  setLogLevel(config.logging.level);
  let running;
  try {
    running = await startObservedProxy(config, log);
  } catch (error) {
    if (error instanceof PolicyLoadError) {
      io.err(`policy file rejected:\n${error.message}`);
      return EXIT.usage;
    }
    if (error instanceof AuditStartError || error instanceof AdminListenError) {
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
    const onSignal = (signal: NodeJS.Signals): void => {
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
      process.off('SIGHUP', onHangup);
      log.info({ signal }, 'shutting down: no new connections, finishing in-flight requests');
      void running.drain().then(resolve);
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  });
  return EXIT.ok;
}
