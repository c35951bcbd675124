/**
 * Pre-fetches the Kafka broker and tool jars into the harness cache, so later test runs start
 * without Maven or network. Usage: `npx tsx test/harness/fetch-jars.ts`. Exits non-zero with one
 * line naming the cause when java or mvn is missing or Maven fails.
 */
import { KafkaHarnessError } from './errors.js';
import { KAFKA_VERSION, requireJava, resolveKafkaJars } from './jars.js';

try {
  requireJava();
  const jars = await resolveKafkaJars();
  process.stdout.write(`Kafka ${KAFKA_VERSION} jars: ${jars.libDir} (${jars.jarCount} jars)\n`);
} catch (error) {
  const message = error instanceof KafkaHarnessError ? error.message : String(error);
  process.stderr.write(`fetch-jars: ${message}\n`);
  process.exitCode = 1;
}
