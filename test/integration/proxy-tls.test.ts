import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import kafkajs from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kcat, startKafka, type KafkaCluster } from '../harness/index.js';
import type { RunningProxy } from '../../src/proxy/proxy.js';
import { createTestPki, type TestPki } from '../unit/tls/test-pki.js';
import { ClientWireTap, startProxyInFrontOf } from './proxy-test-support.js';

// The broker speaks TLS (upstream TLS with the harness CA); clients reach the proxy over mTLS.
let cluster: KafkaCluster;
let proxy: RunningProxy;
let pki: TestPki;
let tap: ClientWireTap;

beforeAll(async () => {
  cluster = await startKafka({ nodes: 1, tls: true });
  pki = createTestPki(mkdtempSync(join(tmpdir(), 'proxy-mtls-')));
  tap = new ClientWireTap();
  proxy = await startProxyInFrontOf(
    cluster,
    {
      upstream: {
        bootstrapServers: cluster.tlsBootstrap!.split(','),
        tls: { enabled: true, caFile: cluster.caPemPath },
      },
      tls: {
        enabled: true,
        certFile: pki.serverCert,
        keyFile: pki.serverKey,
        caFile: pki.caCert,
        clientAuth: 'required',
      },
    },
    cluster.tlsBootstrap,
  );
});

afterAll(async () => {
  tap?.stop();
  await proxy?.stop();
  await cluster?.stop();
});

describe('proxy with TLS on both sides', () => {
  it('round-trips kafkajs records over mTLS to a TLS broker and keeps the client certificate identity', async () => {
    const kafka = new kafkajs.Kafka({
      clientId: 'mtls-client',
      brokers: [`127.0.0.1:${proxy.bootstrapPort}`],
      logLevel: kafkajs.logLevel.ERROR,
      ssl: {
        ca: [readFileSync(pki.caCert, 'utf8')],
        cert: readFileSync(pki.clientCert, 'utf8'),
        key: readFileSync(pki.clientKey, 'utf8'),
      },
    });
    const producer = kafka.producer({ createPartitioner: kafkajs.Partitioners.DefaultPartitioner });
    await producer.connect();
    await producer.send({ topic: 'tls-topic', messages: [{ value: 'over-tls-1' }, { value: 'over-tls-2' }] });
    const identities = proxy.connections().map((c) => c.tls?.subject);
    expect(identities.length).toBeGreaterThan(0);
    expect(new Set(identities)).toEqual(new Set(['CN=app-1,OU=payments,O=acme']));
    expect(proxy.connections()[0]!.tls!.subjectAltNames).toContain('URI:spiffe://example/app-1');
    await producer.disconnect();

    const consumer = kafka.consumer({ groupId: 'tls-group' });
    await consumer.connect();
    await consumer.subscribe({ topic: 'tls-topic', fromBeginning: true });
    const values: string[] = [];
    await new Promise<void>((resolve) => {
      void consumer.run({
        eachMessage: async ({ message }) => {
          values.push(message.value!.toString());
          if (values.length === 2) resolve();
        },
      });
    });
    await consumer.disconnect();
    expect(values).toEqual(['over-tls-1', 'over-tls-2']);
  });

  it('lists only proxy listeners to kcat over mTLS and refuses kcat without a client certificate', async () => {
    const endpoint = {
      bootstrap: `127.0.0.1:${proxy.bootstrapPort}`,
      securityProtocol: 'SSL' as const,
      caPemPath: pki.caCert,
    };
    const withCert = { 'ssl.certificate.location': pki.clientCert, 'ssl.key.location': pki.clientKey };
    const listing = await kcat(['-L', '-J'], { endpoint, properties: withCert, timeoutMs: 30_000 });
    expect(listing.exitCode, listing.stderr).toBe(0);
    const brokers = (JSON.parse(listing.stdout) as { brokers: Array<{ name: string }> }).brokers;
    expect(brokers.map((b) => b.name)).toEqual([`127.0.0.1:${proxy.nodePort(cluster.nodes[0]!.nodeId)}`]);

    const refusedBefore = proxy.counters.closedFor['tls-handshake-failed'];
    const refused = await kcat(['-L', '-m', '5'], { endpoint, timeoutMs: 30_000 });
    expect(refused.exitCode).not.toBe(0);
    expect(proxy.counters.closedFor['tls-handshake-failed']).toBeGreaterThan(refusedBefore);
  });

  it('never wrote the TLS broker port into a response', () => {
    const real = cluster.nodes.flatMap((n) => [n.port, n.tlsPort!]);
    const ports = tap.portsAfterHost('127.0.0.1');
    expect(ports.has(proxy.nodePort(cluster.nodes[0]!.nodeId)!)).toBe(true);
    for (const port of real) expect(ports.has(port)).toBe(false);
  });
});
