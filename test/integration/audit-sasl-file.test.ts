// Audit events of SASL clients through the whole proxy into the file sink, against a real broker that
// requires SCRAM-SHA-512: how the principal was established, the authentication event, and the
// observe command reading the file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import kafkajs from 'kafkajs';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startObservedProxy } from '../../src/admin/observed-proxy.js';
import {
  AUDIT_EVENT_TYPES,
  type AuditEvent,
  type ConnectionData,
  type DecisionData,
} from '../../src/audit/audit-event.js';
import { readEventFile } from '../../src/audit/event-source.js';
import { runObserveCommand } from '../../src/cli/observe-command.js';
import { resolveConfig } from '../../src/config/load-config.js';
import { kafkajsConfig, startKafka, type KafkaCluster } from '../harness/index.js';
import { auditEventValidator } from '../unit/audit/audit-fixtures.js';
import { freeBrokerPortBase } from '../unit/proxy/free-ports.js';

const POLICY = `apiVersion: kafka-l7-proxy/v1
kind: KafkaPolicy
identities:
  - sasl: {}
rules:
  - principal: User:alice
    allow:
      - { role: produce, topic: orders }
      - { apiKey: metadata, topic: secrets }
`;

let cluster: KafkaCluster;
let dir: string;

beforeAll(async () => {
  cluster = await startKafka({ nodes: 1, scram: { users: [{ name: 'alice', password: 'alice-secret' }] } });
  await cluster.createTopic('orders');
  await cluster.createTopic('secrets');
  dir = mkdtempSync(join(tmpdir(), 'audit-sasl-'));
  writeFileSync(join(dir, 'policy.yaml'), POLICY);
}, 120_000);

afterAll(async () => {
  await cluster?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('audit of SASL clients into the file sink', () => {
  it('records the broker-verified principal, the authentication and the denial, and observe prints them', async () => {
    const file = join(dir, 'audit.jsonl');
    const base = await freeBrokerPortBase(cluster.nodes.map((n) => n.nodeId));
    const running = await startObservedProxy(
      resolveConfig(
        {
          listen: { host: '127.0.0.1', bootstrapPort: 0, brokerPortBase: base },
          upstream: { bootstrapServers: cluster.bootstrap.split(',') },
          logging: { level: 'silent' },
          policy: { file: join(dir, 'policy.yaml') },
          admin: { enabled: false },
          audit: { stdout: { enabled: false }, file: { path: file } },
        },
        {},
      ),
      pino({ level: 'silent' }),
    );
    const endpoint = {
      ...cluster.endpoint({ user: 'alice' }),
      bootstrap: `127.0.0.1:${running.proxy.bootstrapPort}`,
    };
    const producer = new kafkajs.Kafka(
      kafkajsConfig(endpoint, { clientId: 'alice-app', retry: { retries: 0 } }),
    ).producer();
    try {
      await producer.connect();
      await producer.send({ topic: 'orders', messages: [{ value: 'ok' }] });
      await expect(producer.send({ topic: 'secrets', messages: [{ value: 'no' }] })).rejects.toThrow(
        /authoriz/i,
      );
    } finally {
      await producer.disconnect();
      await running.stop();
    }

    const events: AuditEvent[] = [];
    for await (const e of readEventFile(file, { follow: false })) events.push(e);
    const validate = auditEventValidator();
    for (const e of events) expect(validate(e), `${e.type} ${JSON.stringify(validate.errors)}`).toBe(true);

    const authenticated = events.filter((e) => e.type === AUDIT_EVENT_TYPES.connectionAuthenticated);
    expect(authenticated.length).toBeGreaterThan(0);
    expect(authenticated[0]!.data as ConnectionData).toMatchObject({
      principal: 'User:alice',
      identitySource: 'sasl',
      mechanism: 'SCRAM-SHA-512',
    });
    const denied = events.find((e) => e.type === AUDIT_EVENT_TYPES.denied)!.data as DecisionData;
    expect(denied).toMatchObject({
      principal: 'User:alice',
      identitySource: 'sasl',
      clientId: 'alice-app',
      api: { name: 'Produce' },
      topics: [expect.objectContaining({ name: 'secrets', allowed: false, errorCode: 29 })],
    });
    const closed = events.filter((e) => e.type === AUDIT_EVENT_TYPES.connectionClosed);
    expect(closed.length).toBe(events.filter((e) => e.type === AUDIT_EVENT_TYPES.connectionOpened).length);

    const out: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => out.push(`ERR ${t}`) };
    expect(
      await runObserveCommand(['--from', file, '--principal', 'User:alice', '--verdict', 'denied'], io),
    ).toBe(0);
    expect(out).toEqual([
      expect.stringMatching(/ DENIED +User:alice Produce v\d+ topics=secrets\(denied 29\) client=alice-app /),
    ]);
  }, 120_000);
});
