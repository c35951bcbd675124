import kafkajs from 'kafkajs';
import type { KafkaConfig } from 'kafkajs';

export interface MetadataProbeResult {
  ready: boolean;
  listed: number[];
  error?: string;
}

/** One Metadata round trip: which node IDs does the cluster list as brokers right now? */
export async function probeMetadata(
  config: KafkaConfig,
  expectedNodeIds: readonly number[],
): Promise<MetadataProbeResult> {
  const kafka = new kafkajs.Kafka({
    ...config,
    clientId: 'kafka-harness-readiness',
    logLevel: kafkajs.logLevel.NOTHING,
    connectionTimeout: 2_000,
    requestTimeout: 5_000,
    retry: { retries: 0 },
  });
  const admin = kafka.admin();
  try {
    await admin.connect();
    const { brokers } = await admin.describeCluster();
    const listed = brokers.map((broker) => broker.nodeId).sort((a, b) => a - b);
    return { ready: expectedNodeIds.every((id) => listed.includes(id)), listed };
  } catch (error) {
    return { ready: false, listed: [], error: (error as Error).message };
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

export interface WaitForMetadataOptions {
  /** kafkajs settings of every listener that must answer (client, TLS, ...). */
  configs: readonly KafkaConfig[];
  expectedNodeIds: readonly number[];
  deadline: number;
  /** Returns a reason to give up early (a node process exited), or undefined to keep waiting. */
  abortReason: () => string | undefined;
}

/**
 * Polls until Metadata on every given listener lists all expected nodes. Resolves with undefined,
 * or with a one-line reason for giving up (early exit of a node, or the deadline).
 */
export async function waitForMetadata(options: WaitForMetadataOptions): Promise<string | undefined> {
  let last: MetadataProbeResult = { ready: false, listed: [] };
  for (;;) {
    const abort = options.abortReason();
    if (abort) return abort;
    let allReady = true;
    for (const config of options.configs) {
      last = await probeMetadata(config, options.expectedNodeIds);
      if (!last.ready) {
        allReady = false;
        break;
      }
    }
    if (allReady) return undefined;
    if (Date.now() >= options.deadline) {
      const detail = last.error
        ? `last error: ${last.error}`
        : `Metadata listed brokers [${last.listed.join(', ')}]`;
      return `not ready: expected brokers [${options.expectedNodeIds.join(', ')}], ${detail}`;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
