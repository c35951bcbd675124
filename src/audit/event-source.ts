// Reads audit events back: from a file the file sink wrote (or a captured stdout log: pino lines
// carry the event under `audit`), or from the audit topic. Used by `observe` and `policy suggest`.

import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import kafkajs from 'kafkajs';
import type { KafkaConfig, SASLOptions } from 'kafkajs';
import { isAuditEvent, type AuditEvent } from './audit-event.js';

const { Kafka, logLevel } = kafkajs;

/** One line of a file: the event itself, or a pino line of the stdout sink. Anything else: undefined. */
export function parseEventLine(line: string): AuditEvent | undefined {
  const text = line.trim();
  if (text === '' || text[0] !== '{') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (isAuditEvent(value)) return value;
  const nested = (value as { audit?: unknown }).audit;
  return isAuditEvent(nested) ? nested : undefined;
}

export interface ReadOptions {
  /** Keep reading as new events arrive, until `signal` aborts. */
  readonly follow: boolean;
  readonly signal?: AbortSignal;
  /**
   * Called once, when every event that existed when reading started has been yielded (with
   * `follow`, before waiting for new ones; without it, at the end).
   */
  readonly onCaughtUp?: () => void;
}

async function readRange(path: string, start: number, end: number): Promise<string> {
  if (end <= start) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of createReadStream(path, { start, end: end - 1 })) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Events of a JSON-lines file; with `follow`, also those appended later (like `tail -f`). */
export async function* readEventFile(path: string, options: ReadOptions): AsyncGenerator<AuditEvent> {
  let position = 0;
  let partial = '';
  for (;;) {
    const size = (await stat(path)).size;
    if (size < position) {
      // Truncated or replaced (log rotation with copytruncate): start over.
      position = 0;
      partial = '';
    }
    const text = partial + (await readRange(path, position, size));
    position = size;
    const lines = text.split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      const event = parseEventLine(line);
      if (event) yield event;
    }
    if (!options.follow || options.signal?.aborted) {
      const last = parseEventLine(partial);
      if (!options.follow && last) yield last;
      options.onCaughtUp?.();
      return;
    }
    options.onCaughtUp?.();
    await new Promise((resolve) => setTimeout(resolve, 250));
    if (options.signal?.aborted) return;
  }
}

export interface TopicSource {
  readonly bootstrapServers: string[];
  readonly topic: string;
  readonly sasl?: {
    mechanism: 'plain' | 'scram-sha-256' | 'scram-sha-512';
    username: string;
    password: string;
  };
  readonly tls?: { caPem?: string };
}

/**
 * Events of the audit topic from the beginning; without `follow`, up to the end offsets as they were
 * when reading started. A throwaway consumer group (never committed) keeps other readers unaffected.
 */
export async function* readEventTopic(source: TopicSource, options: ReadOptions): AsyncGenerator<AuditEvent> {
  const config: KafkaConfig = {
    clientId: 'kafka-l7-proxy-observe',
    brokers: source.bootstrapServers,
    logLevel: logLevel.NOTHING,
    retry: { retries: 3 },
  };
  if (source.sasl) config.sasl = source.sasl as SASLOptions;
  if (source.tls) config.ssl = source.tls.caPem ? { ca: [source.tls.caPem] } : true;
  const kafka = new Kafka(config);
  const admin = kafka.admin();
  await admin.connect();
  let ends: Map<number, bigint>;
  try {
    const offsets = await admin.fetchTopicOffsets(source.topic);
    ends = new Map(offsets.map((o) => [o.partition, BigInt(o.high)]));
  } finally {
    await admin.disconnect();
  }
  const remaining = new Set([...ends].filter(([, high]) => high > 0n).map(([p]) => p));
  let caughtUp = remaining.size === 0;
  if (caughtUp) options.onCaughtUp?.();
  if (!options.follow && caughtUp) return;

  const queue: AuditEvent[] = [];
  let wake: (() => void) | undefined;
  let done = false;
  let failure: unknown;
  const notify = (): void => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const consumer = kafka.consumer({ groupId: `kafka-l7-proxy-observe-${randomUUID()}` });
  const onAbort = (): void => {
    done = true;
    notify();
  };
  options.signal?.addEventListener('abort', onAbort);
  try {
    await consumer.connect();
    await consumer.subscribe({ topic: source.topic, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ partition, message }) => {
        const event = message.value ? parseEventLine(message.value.toString('utf8')) : undefined;
        if (event) queue.push(event);
        if (BigInt(message.offset) + 1n >= (ends.get(partition) ?? 0n)) {
          remaining.delete(partition);
          if (remaining.size === 0 && !options.follow) done = true;
        }
        notify();
      },
    });
    consumer.on(consumer.events.CRASH, (e) => {
      // Retriable errors (a coordinator still loading) restart the consumer by themselves.
      if (e.payload.restart) return;
      failure = e.payload.error;
      done = true;
      notify();
    });
    for (;;) {
      while (queue.length > 0) yield queue.shift()!;
      if (!caughtUp && remaining.size === 0) {
        caughtUp = true;
        options.onCaughtUp?.();
      }
      if (done) break;
      await new Promise<void>((resolve) => (wake = resolve));
    }
    while (queue.length > 0) yield queue.shift()!;
    if (!caughtUp && !failure) options.onCaughtUp?.();
    if (failure) throw failure;
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    await consumer.disconnect().catch(() => {});
  }
}
