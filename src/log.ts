import { pino, type Logger, type LevelWithSilent } from 'pino';

/**
 * The one logger of the proxy. Modules take a child of it (`log.child({ component: 'listeners' })`)
 * so that every line says where it came from; the level is set once from the configuration.
 */
export type { Logger };

export const LOG_LEVELS: readonly LevelWithSilent[] = [
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
  'silent',
];

export const log: Logger = pino({
  name: 'kafka-l7-proxy',
  level: process.env.KAFKA_L7_PROXY_LOG_LEVEL ?? 'info',
  base: { pid: process.pid },
});

export function setLogLevel(level: LevelWithSilent): void {
  log.level = level;
}
