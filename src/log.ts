import { pino, stdTimeFunctions, type Logger, type LevelWithSilent, type LoggerOptions } from 'pino';

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

/**
 * What log collectors (Loki, Elasticsearch, Cloud Logging) expect without a parser: the level as its
 * name (`"level":"info"`, not pino's 30) and the time as ISO-8601 UTC (`"time":"2026-11-30T19:46:22.123Z"`),
 * not epoch milliseconds.
 */
export const COLLECTOR_FRIENDLY: Pick<LoggerOptions, 'formatters' | 'timestamp'> = {
  formatters: { level: (label) => ({ level: label }) },
  timestamp: stdTimeFunctions.isoTime,
};

export const log: Logger = pino({
  name: 'kafka-l7-proxy',
  level: process.env.KAFKA_L7_PROXY_LOG_LEVEL ?? 'info',
  base: { pid: process.pid },
  ...COLLECTOR_FRIENDLY,
});

export function setLogLevel(level: LevelWithSilent): void {
  log.level = level;
}
