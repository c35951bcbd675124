import kafkajs from 'kafkajs';
import type { KafkaConfig } from 'kafkajs';
import { KafkaHarnessError } from './errors.js';
import type { StartKafkaOptions } from './types.js';

/**
 * How long a started node may take to serve Metadata, in ms. Generous on purpose: a broker starts in
 * 3-6 s on a quiet machine, but CI machines are shared, and a JVM on a saturated machine was seen to
 * need more than 90 s.
 */
export const DEFAULT_READY_TIMEOUT_MS = 240_000;

export function readyTimeoutMs(options: StartKafkaOptions): number {
  return options.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS;
}

/**
 * Waits until each given broker address answers Metadata for the topic with a leader for every
 * partition. CreateTopics returns once the controller has the topic; brokers learn it from the
 * metadata log a little later, and a test that connects to another node should not see it missing.
 */
export async function waitForTopicOnEveryNode(
  brokerAddresses: readonly string[],
  topic: string,
  partitions: number,
  base: Partial<KafkaConfig> = {},
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: string;
  for (const address of brokerAddresses) {
    for (;;) {
      const admin = new kafkajs.Kafka({
        ...base,
        clientId: 'kafka-harness-topic-check',
        brokers: [address],
        logLevel: kafkajs.logLevel.NOTHING,
        retry: { retries: 0 },
      }).admin();
      try {
        await admin.connect();
        const metadata = await admin.fetchTopicMetadata({ topics: [topic] });
        const found = metadata.topics.find((entry) => entry.name === topic);
        const led = found?.partitions.filter((partition) => partition.leader >= 0).length ?? 0;
        if (led === partitions) break;
        lastError = `${led} of ${partitions} partitions have a leader`;
      } catch (error) {
        lastError = (error as Error).message;
      } finally {
        await admin.disconnect().catch(() => undefined);
      }
      if (Date.now() > deadline) {
        throw new KafkaHarnessError(
          `topic ${topic} not visible on ${address} within ${timeoutMs} ms: ${lastError}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Runs `work` with a kafkajs admin client of `adminConfig`, connected for that call only. */
export async function withAdmin<T>(
  adminConfig: KafkaConfig,
  work: (admin: kafkajs.Admin) => Promise<T>,
): Promise<T> {
  const admin = new kafkajs.Kafka(adminConfig).admin();
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.disconnect();
  }
}

/**
 * Creates topic `name` through `adminConfig` and waits until every broker in `brokerAddresses` has a
 * leader for each of its partitions (waitForTopicOnEveryNode). kafkajs's own leader wait is off: on
 * a fresh or busy broker it fails with UNKNOWN_TOPIC_OR_PARTITION from a node that has not applied
 * the topic yet, sometimes as an unhandled rejection. Throws when the topic already exists.
 */
export async function createTopicOnEveryNode(
  adminConfig: KafkaConfig,
  brokerAddresses: readonly string[],
  name: string,
  partitions: number,
  replicationFactor: number,
): Promise<void> {
  const created = await withAdmin(adminConfig, (admin) =>
    admin.createTopics({
      topics: [{ topic: name, numPartitions: partitions, replicationFactor }],
      waitForLeaders: false,
    }),
  );
  if (!created) throw new KafkaHarnessError(`topic ${name} already exists`);
  await waitForTopicOnEveryNode(brokerAddresses, name, partitions);
}
