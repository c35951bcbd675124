// A flood of hostile connections (malformed frames, connections over limits.maxConnections) must not
// fill the disk: log lines are rate-limited with a summary per interval, repeated connection events
// are aggregated per source, the audit file rotates, and every denied request is still audited one
// by one. Real broker, the proxy with its policy and file audit sink in this process.

import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProduceResponse } from '../../protocol/generated/index.js';
import { startObservedProxy, type ObservedProxy } from '../../src/admin/observed-proxy.js';
import { AUDIT_EVENT_TYPES, type AuditEvent, type ConnectionData } from '../../src/audit/audit-event.js';
import { resolveConfig } from '../../src/config/load-config.js';
import { startKafka, type KafkaCluster } from '../harness/index.js';
import { freeBrokerPortBase } from '../unit/proxy/free-ports.js';
import { RawClient, records } from './policy-raw-client.js';
import { waitUntil } from './proxy-test-support.js';

const POLICY = `apiVersion: kafka-l7-proxy/v1
kind: KafkaPolicy
identities:
  - sourceCidr: { cidr: 127.0.0.1/32, principal: 'User:flooder' }
rules:
  - principal: User:flooder
    allow:
      - { role: produce, topic: allowed }
`;

const MALFORMED = 1500;
const OVER_LIMIT = 500;
const MAX_CONNECTIONS = 20;
const DENIED = 5;

let cluster: KafkaCluster;
let dir: string;
let running: ObservedProxy | undefined;

beforeAll(async () => {
  cluster = await startKafka({ nodes: 1 });
  // No topics: the denied produce below is answered by the proxy before anything is forwarded.
  dir = mkdtempSync(join(tmpdir(), 'proxy-flood-'));
  writeFileSync(join(dir, 'policy.yaml'), POLICY);
}, 180_000);

afterAll(async () => {
  await running?.stop();
  await cluster?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Connects, sends `bytes`, and resolves when the proxy has closed the connection. */
function hit(port: number, bytes: Buffer): Promise<void> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port }, () => socket.write(bytes));
    socket.on('error', () => undefined);
    socket.on('data', () => undefined);
    socket.on('close', () => resolve());
  });
}

function auditEvents(path: string): AuditEvent[] {
  const files = [path, `${path}.1`, `${path}.2`].filter((f) => existsSync(f));
  return files.flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as AuditEvent),
  );
}

function auditBytes(path: string): number {
  return [path, `${path}.1`, `${path}.2`, `${path}.3`]
    .filter((f) => existsSync(f))
    .reduce((n, f) => n + statSync(f).size, 0);
}

describe('a flood of refused and malformed connections', () => {
  it('writes a bounded number of log lines and audit bytes, and still audits every denial', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(
          ...chunk
            .toString()
            .split('\n')
            .filter((l) => l !== ''),
        );
        done();
      },
    });
    const log = pino({ level: 'info' }, sink);
    const auditPath = join(dir, 'audit.jsonl');
    const base = await freeBrokerPortBase(cluster.nodes.map((n) => n.nodeId));
    const config = resolveConfig(
      {
        listen: { host: '127.0.0.1', bootstrapPort: 0, brokerPortBase: base },
        upstream: { bootstrapServers: cluster.bootstrap.split(',') },
        limits: { maxConnections: MAX_CONNECTIONS },
        policy: { file: join(dir, 'policy.yaml') },
        admin: { host: '127.0.0.1', port: 0, metrics: { processMetrics: false } },
        audit: {
          stdout: { enabled: false },
          aggregateWindowMs: 600_000,
          file: { path: auditPath, maxBytes: 256 * 1024, maxFiles: 2 },
        },
      },
      {},
    );
    running = await startObservedProxy(config, log);
    const port = running.proxy.bootstrapPort;
    const linesAtStart = lines.length;

    // Malformed: a negative frame length closes each connection at once (decode error).
    const negative = Buffer.from([0xff, 0xff, 0xff, 0xf0]);
    for (let sent = 0; sent < MALFORMED; sent += 50) {
      await Promise.all(Array.from({ length: 50 }, () => hit(port, negative)));
    }
    // Denied requests in the middle of the flood: each one must be audited on its own.
    const client = await RawClient.connect(port);
    for (let i = 0; i < DENIED; i++) {
      const r = await client.call<ProduceResponse>(0, 9, {
        acks: -1,
        timeoutMs: 5000,
        topicData: [{ name: 'forbidden', partitionData: [{ index: 0, records: records(`d-${i}`) }] }],
      });
      expect(r === 'closed' ? -1 : r.responses[0]!.partitionResponses[0]!.errorCode).toBe(29);
    }
    client.end();
    // Over the connection limit: hold MAX_CONNECTIONS open, then every further one is refused.
    const held: net.Socket[] = [];
    for (let i = 0; i < MAX_CONNECTIONS; i++) {
      held.push(net.connect({ host: '127.0.0.1', port }).on('error', () => undefined));
    }
    await waitUntil(
      () => running!.proxy.connectionCount() >= MAX_CONNECTIONS,
      60_000,
      'the proxy holds its maximum of connections',
    );
    for (let sent = 0; sent < OVER_LIMIT; sent += 50) {
      await Promise.all(Array.from({ length: 50 }, () => hit(port, Buffer.alloc(0))));
    }
    for (const socket of held) socket.destroy();
    await waitUntil(() => running!.proxy.connectionCount() === 0, 60_000, 'every connection is closed');
    running.observability.audit.flushAggregates();
    await running.stop();
    running = undefined;

    const flood = MALFORMED + OVER_LIMIT;
    const logged = lines.length - linesAtStart;
    // Without the limit: one warn line per connection (2,000). With it: 5 per kind per 10 s interval,
    // and a summary line per interval.
    expect(logged, lines.slice(linesAtStart, linesAtStart + 20).join('\n')).toBeLessThan(flood / 10);
    const summaries = lines.filter((l) => l.includes('repeated log lines held back'));
    expect(summaries.length).toBeGreaterThan(0);

    const events = auditEvents(auditPath);
    const denied = events.filter((e) => e.type === AUDIT_EVENT_TYPES.denied);
    expect(denied).toHaveLength(DENIED);
    // Every malformed connection is accounted for: the first of the window, then one aggregate.
    const closedForNegative = events
      .filter((e) => e.type === AUDIT_EVENT_TYPES.connectionClosed)
      .map((e) => e.data as ConnectionData)
      .filter((d) => d.reason === 'negative-frame-length');
    expect(closedForNegative.reduce((n, d) => n + (d.count ?? 1), 0)).toBe(MALFORMED);
    expect(closedForNegative.length).toBeLessThanOrEqual(2);
    // Without aggregation: an opened and a closed event per connection, about 700 KB.
    expect(auditBytes(auditPath)).toBeLessThan(64 * 1024);
  }, 600_000);
});
