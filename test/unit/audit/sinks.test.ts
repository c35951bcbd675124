import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditLog, AuditStartError, createAuditLog } from '../../../src/audit/audit-log.js';
import { AUDIT_EVENT_TYPES, makeEvent, type AuditEvent } from '../../../src/audit/audit-event.js';
import type { AuditSink, AuditSinkStats } from '../../../src/audit/sinks/audit-sink.js';
import { BoundedQueue } from '../../../src/audit/sinks/bounded-queue.js';
import { FileSink } from '../../../src/audit/sinks/file-sink.js';
import { KafkaSink, type KafkaSinkConfig } from '../../../src/audit/sinks/kafka-sink.js';
import { StdoutSink } from '../../../src/audit/sinks/stdout-sink.js';
import { auditEventValidator } from './audit-fixtures.js';

const silent = pino({ level: 'silent' });
const event = (n: number): AuditEvent =>
  makeEvent('/test', AUDIT_EVENT_TYPES.policyLoaded, { file: 'p.yaml', generation: n }, 'p.yaml');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'audit-sinks-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('bounded queue', () => {
  it('refuses items beyond its capacity and releases them only when removed', () => {
    const q = new BoundedQueue<number>(3);
    expect([1, 2, 3, 4].map((n) => q.push(n))).toEqual([true, true, true, false]);
    expect(q.full).toBe(true);
    expect(q.peek(2)).toEqual([1, 2]);
    expect(q.size).toBe(3); // peek does not remove
    q.remove(2);
    expect(q.push(5)).toBe(true);
    expect(q.push(6)).toBe(true);
    expect(q.push(7)).toBe(false);
    expect(q.peek(10)).toEqual([3, 5, 6]);
  });
});

describe('file sink', () => {
  it('appends one JSON event per line, valid against the schema', async () => {
    const path = join(dir, 'audit.jsonl');
    const sink = new FileSink({ path, maxPendingBytes: 1 << 20 }, silent);
    await sink.start();
    for (let i = 1; i <= 5; i++) sink.write(event(i));
    await sink.close();
    const lines = readFileSync(path, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(5);
    const validate = auditEventValidator();
    for (const line of lines) expect(validate(JSON.parse(line))).toBe(true);
    expect(sink.stats()).toMatchObject({ delivered: 5, dropped: 0 });
  });

  it('fails at start with the path and the cause when the file cannot be written', async () => {
    const sink = new FileSink(
      { path: join(dir, 'no-such-dir', 'audit.jsonl'), maxPendingBytes: 1024 },
      silent,
    );
    await expect(sink.start()).rejects.toThrow(/audit\.file: cannot append to .*no-such-dir.*ENOENT/);
  });

  it('drops and counts events beyond the pending-bytes bound instead of buffering without limit', async () => {
    const path = join(dir, 'audit.jsonl');
    const sink = new FileSink({ path, maxPendingBytes: 1 }, silent);
    await sink.start();
    for (let i = 0; i < 50; i++) sink.write(event(i));
    const { dropped } = sink.stats();
    await sink.close();
    expect(dropped).toBeGreaterThan(0);
    expect(sink.stats().delivered + dropped).toBe(50);
    expect(readFileSync(path, 'utf8').trim().split('\n')).toHaveLength(50 - dropped);
  });
});

describe('stdout sink', () => {
  it('writes each event as a pino JSON line under `audit`', async () => {
    const lines: string[] = [];
    const out = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(...chunk.toString().trim().split('\n'));
        done();
      },
    });
    const sink = new StdoutSink({ maxPendingBytes: 1 << 20 }, out);
    sink.write(event(1));
    await sink.close();
    const line = JSON.parse(lines[0]!) as { msg: string; audit: AuditEvent };
    expect(line.msg).toBe(AUDIT_EVENT_TYPES.policyLoaded);
    expect(line.audit).toMatchObject({ specversion: '1.0', data: { generation: 1 } });
  });
});

class ScriptedSink implements AuditSink {
  readonly name = 'kafka';
  ok = true;
  constructor(private readonly startError?: Error) {}
  async start(): Promise<void> {
    if (this.startError) throw this.startError;
  }
  write(): void {}
  healthy(): boolean {
    return this.ok;
  }
  problem(): string | undefined {
    return this.ok ? undefined : 'delivery failed';
  }
  stats(): AuditSinkStats {
    return { delivered: 0, dropped: 0, deliveryFailures: 0, buffered: 0, bufferCapacity: 0 };
  }
  async close(): Promise<void> {}
}

const logOptions = (onFailure: 'drop' | 'deny') => ({
  source: '/t',
  onFailure,
  aggregateWindowMs: 1000,
  aggregateMaxKeys: 10,
  connectionEvents: true,
  mode: () => 'enforce' as const,
});

describe('audit log', () => {
  it('with onFailure deny refuses requests while a sink is unhealthy, counts them, and admits again after', async () => {
    const sink = new ScriptedSink();
    const log = new AuditLog([sink], logOptions('deny'), silent);
    await log.start();
    expect(log.admitsRequests()).toBe(true);
    sink.ok = false;
    expect(log.admitsRequests()).toBe(false);
    expect(log.admitsRequests()).toBe(false);
    expect(log.readiness()).toEqual({ ready: false, problems: ['audit.kafka: delivery failed'] });
    sink.ok = true;
    expect(log.admitsRequests()).toBe(true);
    expect(log.refusedRequests).toBe(2);
    await log.close();
  });

  it('with onFailure drop keeps admitting requests and stays ready while a sink fails', async () => {
    const sink = new ScriptedSink();
    const log = new AuditLog([sink], logOptions('drop'), silent);
    await log.start();
    sink.ok = false;
    expect(log.admitsRequests()).toBe(true);
    expect(log.sinkHealthy()).toBe(false);
    expect(log.readiness().ready).toBe(true);
    await log.close();
  });

  it('refuses to start, naming every sink that cannot, and is not ready meanwhile', async () => {
    const log = createAuditLog(
      {
        onFailure: 'drop',
        aggregateWindowMs: 1000,
        aggregateMaxKeys: 10,
        connectionEvents: true,
        stdout: { enabled: false, format: 'cloudevents', maxPendingBytes: 1024 },
        file: {
          path: join(dir, 'missing', 'a.jsonl'),
          format: 'cloudevents',
          maxPendingBytes: 1024,
          maxBytes: 0,
          maxFiles: 0,
        },
      },
      () => 'enforce',
      silent,
    );
    expect(log.readiness().ready).toBe(false);
    const error = await log.start().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuditStartError);
    expect((error as Error).message).toMatch(
      /cannot start the audit sinks:\n {2}- audit\.file: cannot append to/,
    );
  });
});

describe('kafka sink start-up', () => {
  const config = (bootstrap: string): KafkaSinkConfig => ({
    bootstrapServers: [bootstrap],
    topic: 'audit',
    clientId: 'audit-test',
    createTopic: true,
    partitions: 1,
    replicationFactor: -1,
    tls: { enabled: false, rejectUnauthorized: true },
    bufferMaxEvents: 10,
    batchMaxEvents: 10,
    startTimeoutMs: 2000,
    requestTimeoutMs: 1000,
    retryBackoffMs: 100,
    healthCheckIntervalMs: 0,
  });

  it('fails within its start timeout, naming the brokers and topic, when the audit cluster is unreachable', async () => {
    const sink = new KafkaSink(config('127.0.0.1:1'), silent);
    const started = Date.now();
    const busyLoop = setInterval(() => {}, 10); // the event loop keeps turning meanwhile
    try {
      await expect(sink.start()).rejects.toThrow(/^audit\.kafka: 127\.0\.0\.1:1 topic audit: /);
    } finally {
      clearInterval(busyLoop);
    }
    // Its start timeout ended it, not a hang (the bound is generous for a busy machine).
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(sink.healthy()).toBe(false);
    expect(sink.problem()).toBe('not started');
    await sink.close(0);
  });

  it('refuses a client certificate without its key, and SASL without a password, when it is built', () => {
    expect(
      () =>
        new KafkaSink(
          { ...config('127.0.0.1:1'), tls: { enabled: true, rejectUnauthorized: true, certFile: '/c' } },
          silent,
        ),
    ).toThrow(/^audit\.kafka: tls\.certFile and tls\.keyFile go together$/);
    expect(
      () =>
        new KafkaSink(
          {
            ...config('127.0.0.1:1'),
            sasl: { mechanism: 'scram-sha-512', username: 'u', passwordEnv: 'NO_SUCH_VAR_X' },
          },
          silent,
        ),
    ).toThrow(/^audit\.kafka: sasl needs password, passwordFile or passwordEnv/);
  });

  it('counts events written before start as buffered, and drops beyond the bound', () => {
    const sink = new KafkaSink(config('127.0.0.1:1'), silent);
    for (let i = 0; i < 15; i++) sink.write(event(i));
    expect(sink.stats()).toMatchObject({ buffered: 10, dropped: 5, bufferCapacity: 10 });
  });
});
