// Audit events to a Kafka topic on the audit cluster: a kafkajs idempotent producer with its own
// bootstrap servers and credentials (it never goes through the proxy, so the proxy's policy cannot
// deny or lose its own audit trail). Events wait in a bounded in-memory queue and leave it only
// when the brokers have acknowledged them (acks=all): at-least-once. While the brokers are
// unreachable the queue fills; beyond its bound new events are dropped and counted.

import { readFileSync } from 'node:fs';
import kafkajs from 'kafkajs';
import type { Admin, KafkaConfig, Producer, SASLOptions } from 'kafkajs';
import type { Logger } from '../../log.js';
import type { AuditConfig } from '../audit-config.js';
import { recordSubject, recordType, type AuditRecord } from '../audit-record.js';
import { AuditSinkError, type AuditSink, type AuditSinkStats } from './audit-sink.js';
import { BoundedQueue } from './bounded-queue.js';

const { Kafka, logLevel } = kafkajs;

/**
 * `audit.kafka:` after defaults (what each setting means: src/audit/audit-config.ts), without the
 * record format, which the audit log applies before the sink.
 */
export type KafkaSinkConfig = Omit<NonNullable<AuditConfig['kafka']>, 'format'>;

interface Pending {
  readonly key: string | null;
  readonly value: string;
  readonly type: string;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function saslOptions(config: KafkaSinkConfig['sasl']): SASLOptions | undefined {
  if (!config) return undefined;
  let password = config.password;
  if (config.passwordFile !== undefined) {
    try {
      password = readFileSync(config.passwordFile, 'utf8').trim();
    } catch (error) {
      throw new AuditSinkError('kafka', `cannot read sasl.passwordFile: ${(error as Error).message}`);
    }
  }
  if (config.passwordEnv !== undefined) password = process.env[config.passwordEnv];
  if (password === undefined) {
    throw new AuditSinkError('kafka', 'sasl needs password, passwordFile or passwordEnv (set and non-empty)');
  }
  return { mechanism: config.mechanism, username: config.username, password } as SASLOptions;
}

export class KafkaSink implements AuditSink {
  readonly name = 'kafka';
  private readonly queue: BoundedQueue<Pending>;
  private readonly kafka: InstanceType<typeof Kafka>;
  private producer: Producer | undefined;
  private started = false;
  private healthTimer: NodeJS.Timeout | undefined;
  private probing = false;
  private closing = false;
  /** Set when close() has given up on the queue: a send still in flight no longer counts. */
  private abandoned = false;
  private pumping: Promise<void> | undefined;
  private failure: string | undefined;
  private readonly counts = { delivered: 0, dropped: 0, deliveryFailures: 0 };
  private droppedSinceLog = 0;
  private dropLogTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly config: KafkaSinkConfig,
    private readonly log: Logger,
  ) {
    this.queue = new BoundedQueue(config.bufferMaxEvents);
    const kafkaLog = log.child({ component: 'audit-kafka-client' });
    const tls = config.tls;
    const clientConfig: KafkaConfig = {
      clientId: config.clientId,
      brokers: config.bootstrapServers,
      connectionTimeout: Math.min(3000, config.requestTimeoutMs),
      requestTimeout: config.requestTimeoutMs,
      retry: { retries: 2, initialRetryTime: 200, maxRetryTime: 1000 },
      // kafkajs reports every failed connection attempt; the sink logs state changes itself.
      logLevel: logLevel.WARN,
      logCreator:
        () =>
        ({ log: entry }) =>
          kafkaLog.debug({ kafkajs: entry.message }, 'kafkajs'),
    };
    const read = (file: string): string => {
      try {
        return readFileSync(file, 'utf8');
      } catch (error) {
        throw new AuditSinkError('kafka', `cannot read ${file}: ${(error as Error).message}`);
      }
    };
    if (Boolean(tls.certFile) !== Boolean(tls.keyFile)) {
      throw new AuditSinkError('kafka', 'tls.certFile and tls.keyFile go together');
    }
    if (tls.enabled) {
      clientConfig.ssl = {
        rejectUnauthorized: tls.rejectUnauthorized,
        ...(tls.caFile ? { ca: [read(tls.caFile)] } : {}),
        ...(tls.certFile ? { cert: read(tls.certFile) } : {}),
        ...(tls.keyFile ? { key: read(tls.keyFile) } : {}),
      };
    }
    const sasl = saslOptions(config.sasl);
    if (sasl) clientConfig.sasl = sasl;
    this.kafka = new Kafka(clientConfig);
  }

  /** Reaches the audit cluster, makes sure the topic exists, connects the producer. */
  async start(): Promise<void> {
    const where = `${this.config.bootstrapServers.join(',')} topic ${this.config.topic}`;
    const admin: Admin = this.kafka.admin();
    try {
      await withTimeout(admin.connect(), this.config.startTimeoutMs, 'connecting');
      const topics = await withTimeout(admin.listTopics(), this.config.startTimeoutMs, 'listing topics');
      if (!topics.includes(this.config.topic)) {
        if (!this.config.createTopic) {
          throw new Error(`the topic does not exist (and audit.kafka.createTopic is false)`);
        }
        await withTimeout(
          admin.createTopics({
            topics: [
              {
                topic: this.config.topic,
                numPartitions: this.config.partitions,
                replicationFactor: this.config.replicationFactor,
              },
            ],
            waitForLeaders: true,
          }),
          this.config.startTimeoutMs,
          'creating the topic',
        ).catch(async (error: unknown) => {
          // kafkajs's wait for leaders can fail on a broker whose metadata lags the creation
          // (UNKNOWN_TOPIC_OR_PARTITION seconds after many topics were created), and another
          // replica of the proxy may have created the topic meanwhile: go on when it exists.
          const now = await admin.listTopics().catch(() => [] as string[]);
          if (!now.includes(this.config.topic)) {
            throw new Error(`cannot create the topic: ${(error as Error).message}`);
          }
          this.log.warn(
            { sink: 'kafka', topic: this.config.topic, err: (error as Error).message },
            'audit topic exists, although its creation reported an error',
          );
        });
      }
      this.producer = await this.connectProducer();
    } catch (error) {
      throw new AuditSinkError('kafka', `${where}: ${(error as Error).message}`);
    } finally {
      await admin.disconnect().catch(() => {});
    }
    this.started = true;
    if (this.config.healthCheckIntervalMs > 0) {
      this.healthTimer = setInterval(() => void this.probe(), this.config.healthCheckIntervalMs);
      this.healthTimer.unref();
    }
    this.log.info(
      { sink: 'kafka', bootstrap: this.config.bootstrapServers, topic: this.config.topic },
      'audit topic ready',
    );
    this.kick();
  }

  write(event: AuditRecord): void {
    const pending: Pending = {
      key: recordSubject(event) ?? null,
      value: JSON.stringify(event),
      type: recordType(event),
    };
    if (this.closing || !this.queue.push(pending)) {
      this.drop();
      return;
    }
    this.kick();
  }

  healthy(): boolean {
    return this.started && this.failure === undefined && !this.queue.full;
  }

  problem(): string | undefined {
    if (!this.started) return 'not started';
    if (this.failure !== undefined) return this.failure;
    if (this.queue.full) return `buffer full (${this.queue.capacity} events)`;
    return undefined;
  }

  stats(): AuditSinkStats {
    return { ...this.counts, buffered: this.queue.size, bufferCapacity: this.queue.capacity };
  }

  async close(timeoutMs = 5000): Promise<void> {
    this.closing = true;
    if (this.healthTimer) clearInterval(this.healthTimer);
    const deadline = Date.now() + timeoutMs;
    while (this.queue.size > 0 && this.failure === undefined && Date.now() < deadline) {
      this.kick();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    if (this.queue.size > 0) {
      this.abandoned = true;
      this.log.warn({ sink: 'kafka', undelivered: this.queue.size }, 'audit events undelivered at shutdown');
      this.counts.dropped += this.queue.size;
      this.queue.remove(this.queue.size);
    }
    if (this.dropLogTimer) clearTimeout(this.dropLogTimer);
    await this.producer?.disconnect().catch(() => {});
  }

  /** An idle sink's check of the audit cluster; deliveries report health themselves. */
  private async probe(): Promise<void> {
    if (this.probing || this.pumping || this.closing || this.queue.size > 0) return;
    this.probing = true;
    const admin = this.kafka.admin();
    try {
      await withTimeout(
        admin.connect().then(() => admin.fetchTopicMetadata({ topics: [this.config.topic] })),
        this.config.requestTimeoutMs * 2,
        'health check',
      );
      // Only an idle sink is judged by the probe: a queued event's delivery is the real test.
      if (this.failure !== undefined && this.queue.size === 0 && !this.pumping) {
        this.log.info({ sink: 'kafka' }, 'audit topic reachable again');
        this.failure = undefined;
      }
    } catch (error) {
      if (this.queue.size === 0 && !this.pumping) {
        if (this.failure === undefined) {
          this.log.error(
            { sink: 'kafka', err: (error as Error).message },
            'audit topic unreachable (health check)',
          );
        }
        this.failure = `health check of ${this.config.topic} failed: ${(error as Error).message}`;
      }
    } finally {
      this.probing = false;
      await admin.disconnect().catch(() => {});
    }
  }

  private connectProducer(): Promise<Producer> {
    const producer = this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      retry: { retries: 2, initialRetryTime: 200, maxRetryTime: 1000 },
    });
    return withTimeout(producer.connect(), this.config.startTimeoutMs, 'connecting the producer').then(
      () => producer,
      async (error: unknown) => {
        await producer.disconnect().catch(() => {});
        throw error;
      },
    );
  }

  private kick(): void {
    if (this.pumping || !this.started || this.queue.size === 0) return;
    this.pumping = this.pump().finally(() => {
      this.pumping = undefined;
      if (this.queue.size > 0 && !this.closing) this.kick();
    });
  }

  /** Sends the oldest events until the queue is empty; on failure waits, reconnects and retries. */
  private async pump(): Promise<void> {
    let backoff = this.config.retryBackoffMs;
    while (this.queue.size > 0) {
      const batch = this.queue.peek(this.config.batchMaxEvents);
      try {
        this.producer ??= await this.connectProducer();
        await withTimeout(
          this.producer.send({
            topic: this.config.topic,
            acks: -1,
            timeout: this.config.requestTimeoutMs,
            messages: batch.map((p) => ({
              key: p.key,
              value: p.value,
              headers: { 'content-type': 'application/cloudevents+json', ce_type: p.type },
            })),
          }),
          this.config.requestTimeoutMs * 3,
          'producing',
        );
        if (this.abandoned) return; // already counted as undelivered at shutdown
        this.queue.remove(batch.length);
        this.counts.delivered += batch.length;
        backoff = this.config.retryBackoffMs;
        if (this.failure !== undefined) {
          this.log.info(
            { sink: 'kafka', buffered: this.queue.size },
            'audit topic reachable again; delivering the buffer',
          );
          this.failure = undefined;
        }
      } catch (error) {
        this.counts.deliveryFailures++;
        if (this.failure === undefined) {
          this.log.error(
            {
              sink: 'kafka',
              err: (error as Error).message,
              buffered: this.queue.size,
              capacity: this.queue.capacity,
            },
            'audit topic unreachable; buffering events',
          );
        }
        this.failure = `delivery to ${this.config.topic} failed: ${(error as Error).message}`;
        // A producer whose request failed may hold a stale sequence or a dead connection; a new one
        // (new producer id) starts clean. Redelivering the batch may duplicate it: at-least-once.
        const old = this.producer;
        this.producer = undefined;
        void old?.disconnect().catch(() => {});
        if (this.closing) return;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, backoff);
          timer.unref();
        });
        backoff = Math.min(backoff * 2, this.config.retryBackoffMs * 10);
      }
    }
  }

  private drop(): void {
    this.counts.dropped++;
    this.droppedSinceLog++;
    if (this.dropLogTimer) return;
    // The first drop of an episode is logged at once, then a summary every 10 s while drops go on.
    this.log.warn(
      { sink: 'kafka', capacity: this.queue.capacity, reason: this.failure ?? 'buffer full' },
      'audit buffer full: events dropped (kafka_l7_proxy_audit_events_total{outcome="dropped"} counts them)',
    );
    this.droppedSinceLog = 0;
    this.dropLogTimer = setTimeout(() => {
      this.dropLogTimer = undefined;
      if (this.droppedSinceLog > 0) {
        this.log.warn(
          { sink: 'kafka', dropped: this.droppedSinceLog },
          'audit events dropped in the last 10 s',
        );
        this.droppedSinceLog = 0;
      }
    }, 10_000);
    this.dropLogTimer.unref();
  }
}
