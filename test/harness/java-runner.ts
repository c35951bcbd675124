import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { resolveKafkaJars, type KafkaJars } from './jars.js';
import { runSupervised, type RunOptions, type RunResult } from './supervised-process.js';

export interface JavaRunOptions extends RunOptions {
  /** -Xmx, default 256m. */
  heap?: string;
  /**
   * Start fast (C1 only, class-data sharing) at the cost of peak speed; default true. Turn off for
   * performance tools, whose numbers would otherwise measure a handicapped JIT.
   */
  fastStart?: boolean;
  /** Extra JVM options before the main class. */
  jvmOptions?: readonly string[];
}

// Tools log warnings and errors to stderr; their INFO chatter (client configs) would drown output.
const TOOLS_LOG4J2 = `<?xml version="1.0" encoding="UTF-8"?>
<Configuration status="warn">
  <Appenders>
    <Console name="stderr" target="SYSTEM_ERR"><PatternLayout pattern="[%d] %p %m (%c)%n"/></Console>
  </Appenders>
  <Loggers><Root level="warn"><AppenderRef ref="stderr"/></Root></Loggers>
</Configuration>
`;

/** Written next to the cached jars, so no temporary file outlives a killed run. */
function toolsLogConfigPath(libDir: string): string {
  const path = join(dirname(libDir), 'log4j2-tools.xml');
  if (!existsSync(path) || readFileSync(path, 'utf8') !== TOOLS_LOG4J2) writeFileSync(path, TOOLS_LOG4J2);
  return path;
}

/** The JVM command line for a Kafka main class from the cached jars. */
export function javaCommandLine(
  jars: KafkaJars,
  mainClass: string,
  args: readonly string[],
  options: JavaRunOptions = {},
): string[] {
  const fast = options.fastStart ?? true;
  return [
    `-Xmx${options.heap ?? '256m'}`,
    ...(fast ? ['-XX:TieredStopAtLevel=1', '-Xshare:auto', '-XX:+UseSerialGC'] : []),
    '-Djava.awt.headless=true',
    `-Dlog4j2.configurationFile=${toolsLogConfigPath(jars.libDir)}`,
    ...(options.jvmOptions ?? []),
    '-cp',
    jars.classpath,
    mainClass,
    ...args,
  ];
}

/**
 * Runs a Kafka main class to completion under the harness watchdog. Never hangs: on timeout the
 * whole process group is killed and the result says `timedOut`.
 */
export async function runJava(
  mainClass: string,
  args: readonly string[],
  options: JavaRunOptions = {},
): Promise<RunResult> {
  const jars = await resolveKafkaJars();
  return runSupervised('java', javaCommandLine(jars, mainClass, args, options), options);
}
