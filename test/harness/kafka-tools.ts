import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { javaClientProperties, writePropertiesFile, type ClientEndpoint } from './client-endpoint.js';
import { runJava, type JavaRunOptions } from './java-runner.js';
import type { RunResult } from './supervised-process.js';

/**
 * Kafka's own command-line tools (the ones Strimzi users run), started from the harness jars
 * against any ClientEndpoint: a broker, or the proxy in front of it. Each returns exit code,
 * stdout and stderr, and is killed at its timeout instead of hanging.
 */

export type ToolResult = RunResult;

export interface ToolOptions extends JavaRunOptions {
  /** Client properties added to (or overriding) the endpoint's security settings. */
  properties?: Record<string, string>;
}

/** Runs any Kafka main class from the jars, e.g. `org.apache.kafka.tools.GetOffsetShell`. */
export function runKafkaTool(
  mainClass: string,
  args: readonly string[],
  options: JavaRunOptions = {},
): Promise<ToolResult> {
  return runJava(mainClass, args, options);
}

/** Writes the endpoint's client properties to a file, runs `use(path)`, and removes the file. */
async function withClientConfig<T>(
  endpoint: ClientEndpoint,
  extra: Record<string, string> | undefined,
  use: (path: string) => Promise<T>,
): Promise<T> {
  const path = writePropertiesFile({ ...javaClientProperties(endpoint), ...extra });
  try {
    return await use(path);
  } finally {
    rmSync(dirname(path), { recursive: true, force: true });
  }
}

export interface ConsoleProducerOptions extends ToolOptions {
  topic: string;
  /** One record per value (no newlines inside values). */
  values: readonly string[];
}

/** org.apache.kafka.tools.ConsoleProducer: each value becomes one record. */
export function consoleProducer(
  endpoint: ClientEndpoint,
  options: ConsoleProducerOptions,
): Promise<ToolResult> {
  return withClientConfig(endpoint, options.properties, (config) =>
    runKafkaTool(
      'org.apache.kafka.tools.ConsoleProducer',
      ['--bootstrap-server', endpoint.bootstrap, '--topic', options.topic, '--producer.config', config],
      { ...options, input: options.values.map((value) => `${value}\n`).join('') },
    ),
  );
}

export interface ConsoleConsumerOptions extends ToolOptions {
  topic: string;
  /** Stop after this many records. */
  maxMessages?: number;
  /** Default true. */
  fromBeginning?: boolean;
  group?: string;
  /** Stop when no record arrived for this long (the tool's --timeout-ms); default 20 s. */
  idleTimeoutMs?: number;
  extraArgs?: readonly string[];
}

export interface ConsoleConsumerResult extends ToolResult {
  /** Record values, one per stdout line. */
  records: string[];
}

/** org.apache.kafka.tools.consumer.ConsoleConsumer; record values come back as `records`. */
export async function consoleConsumer(
  endpoint: ClientEndpoint,
  options: ConsoleConsumerOptions,
): Promise<ConsoleConsumerResult> {
  const args = ['--bootstrap-server', endpoint.bootstrap, '--topic', options.topic];
  if (options.fromBeginning ?? true) args.push('--from-beginning');
  if (options.maxMessages !== undefined) args.push('--max-messages', String(options.maxMessages));
  if (options.group !== undefined) args.push('--group', options.group);
  args.push('--timeout-ms', String(options.idleTimeoutMs ?? 20_000));
  const result = await withClientConfig(endpoint, options.properties, (config) =>
    runKafkaTool(
      'org.apache.kafka.tools.consumer.ConsoleConsumer',
      [...args, '--consumer.config', config, ...(options.extraArgs ?? [])],
      {
        ...options,
        timeoutMs: options.timeoutMs ?? (options.idleTimeoutMs ?? 20_000) + 60_000,
      },
    ),
  );
  const records = result.stdout.split('\n').filter((line) => line.length > 0);
  return { ...result, records };
}

/** org.apache.kafka.tools.TopicCommand (kafka-topics.sh), e.g. `['--describe', '--topic', 't']`. */
export function topicsTool(
  endpoint: ClientEndpoint,
  args: readonly string[],
  options: ToolOptions = {},
): Promise<ToolResult> {
  return withClientConfig(endpoint, options.properties, (config) =>
    runKafkaTool(
      'org.apache.kafka.tools.TopicCommand',
      ['--bootstrap-server', endpoint.bootstrap, '--command-config', config, ...args],
      options,
    ),
  );
}

export interface ProducerPerformanceOptions extends ToolOptions {
  topic: string;
  numRecords: number;
  recordSize: number;
  /** Records per second; -1 (default) for no limit. */
  throughput?: number;
}

/** org.apache.kafka.tools.ProducerPerformance, with the full JIT so its numbers mean something. */
export function producerPerformance(
  endpoint: ClientEndpoint,
  options: ProducerPerformanceOptions,
): Promise<ToolResult> {
  return withClientConfig(endpoint, options.properties, (config) =>
    runKafkaTool(
      'org.apache.kafka.tools.ProducerPerformance',
      [
        '--topic',
        options.topic,
        '--num-records',
        String(options.numRecords),
        '--record-size',
        String(options.recordSize),
        '--throughput',
        String(options.throughput ?? -1),
        '--producer.config',
        config,
      ],
      { fastStart: false, heap: '512m', timeoutMs: 300_000, ...options },
    ),
  );
}

export interface ConsumerPerformanceOptions extends ToolOptions {
  topic: string;
  messages: number;
  group?: string;
}

/** org.apache.kafka.tools.ConsumerPerformance, with the full JIT so its numbers mean something. */
export function consumerPerformance(
  endpoint: ClientEndpoint,
  options: ConsumerPerformanceOptions,
): Promise<ToolResult> {
  const args = [
    '--bootstrap-server',
    endpoint.bootstrap,
    '--topic',
    options.topic,
    '--messages',
    String(options.messages),
  ];
  if (options.group !== undefined) args.push('--group', options.group);
  return withClientConfig(endpoint, options.properties, (config) =>
    runKafkaTool('org.apache.kafka.tools.ConsumerPerformance', [...args, '--consumer.config', config], {
      fastStart: false,
      heap: '512m',
      timeoutMs: 300_000,
      ...options,
    }),
  );
}
