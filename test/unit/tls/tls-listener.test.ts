import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../../src/config/load-config.js';
import { startProxy, type RunningProxy } from '../../../src/proxy/proxy.js';
import { freeBrokerPortBase } from '../proxy/free-ports.js';
import { ResponseReader, ScriptedBroker, requestFrame } from '../proxy/scripted-broker.js';
import { createTestPki, issueServerCert, type TestPki } from './test-pki.js';

let dir: string;
let pki: TestPki;
let broker: ScriptedBroker | undefined;
let proxy: RunningProxy | undefined;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'proxy-tls-'));
  pki = createTestPki(dir);
});

afterEach(async () => {
  await proxy?.stop();
  await broker?.stop();
  proxy = undefined;
  broker = undefined;
});

async function tlsProxy(
  clientAuth: 'none' | 'optional' | 'required',
  certFile = pki.serverCert,
  keyFile = pki.serverKey,
) {
  broker = new ScriptedBroker();
  await broker.start();
  broker.respond = () => ({ body: Buffer.alloc(7) });
  const config = resolveConfig(
    {
      listen: { host: '127.0.0.1', bootstrapPort: 0, brokerPortBase: await freeBrokerPortBase([1]) },
      upstream: { bootstrapServers: [`127.0.0.1:${broker.port}`] },
      tls: { enabled: true, certFile, keyFile, caFile: pki.caCert, clientAuth },
      logging: { level: 'silent' },
    },
    {},
  );
  proxy = await startProxy(config);
  return proxy;
}

function connectTls(options: tls.ConnectionOptions): Promise<tls.TLSSocket> {
  return new Promise((resolve, reject) => {
    const socket = tls.connect(
      { host: '127.0.0.1', port: proxy!.bootstrapPort, ca: readFileSync(pki.caCert), ...options },
      () => resolve(socket),
    );
    socket.on('error', reject);
  });
}

const heartbeat = (correlationId: number): Buffer =>
  requestFrame(12, 4, correlationId, Buffer.from([0x02, 0x61, 0, 0, 0, 1, 0x02, 0x6d, 0x01, 0]));

async function roundTrip(socket: tls.TLSSocket): Promise<number[]> {
  const responses = new ResponseReader(socket);
  socket.write(heartbeat(3));
  await responses.waitFor(1);
  return responses.correlationIds();
}

describe('downstream TLS', () => {
  it('keeps the subject and SANs of a required client certificate on the connection', async () => {
    await tlsProxy('required');
    const socket = await connectTls({ cert: readFileSync(pki.clientCert), key: readFileSync(pki.clientKey) });
    expect(await roundTrip(socket)).toEqual([3]);
    const [context] = proxy!.connections();
    expect(context!.tls).toEqual(
      expect.objectContaining({
        subject: 'CN=app-1,OU=payments,O=acme',
        subjectAltNames: ['DNS:app-1.example', 'URI:spiffe://example/app-1'],
        authorized: true,
      }),
    );
    expect(context!.tls!.subjectAttributes.OU).toEqual(['payments']);
    socket.destroy();
  });

  it('refuses a client without a certificate, or with one from another CA, when certificates are required', async () => {
    await tlsProxy('required');
    const outcome = async (options: tls.ConnectionOptions): Promise<string> => {
      try {
        const socket = await connectTls(options);
        // TLS 1.3: the server's refusal arrives after the client's handshake completes.
        return await new Promise((resolve) => {
          socket.on('error', (error) => resolve(`error: ${error.message}`));
          socket.on('close', () => resolve('closed'));
          socket.write(heartbeat(1));
        });
      } catch (error) {
        return `error: ${(error as Error).message}`;
      }
    };
    expect(await outcome({})).toMatch(/error|closed/);
    expect(
      await outcome({ cert: readFileSync(pki.strangerCert), key: readFileSync(pki.strangerKey) }),
    ).toMatch(/error|closed/);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(proxy!.counters.closedFor['tls-handshake-failed']).toBe(2);
    expect(proxy!.counters.connectionsAccepted).toBe(0);
  });

  it('accepts clients with and without a certificate when certificates are optional', async () => {
    await tlsProxy('optional');
    const anonymous = await connectTls({});
    expect(await roundTrip(anonymous)).toEqual([3]);
    const named = await connectTls({ cert: readFileSync(pki.clientCert), key: readFileSync(pki.clientKey) });
    expect(await roundTrip(named)).toEqual([3]);
    const identities = proxy!.connections().map((c) => c.tls?.subject);
    expect(identities).toEqual([undefined, 'CN=app-1,OU=payments,O=acme']);
    anonymous.destroy();
    named.destroy();
  });

  it('closes a connection that sends garbage instead of a TLS hello, and serves the next one', async () => {
    await tlsProxy('none');
    const plain = net.connect({ host: '127.0.0.1', port: proxy!.bootstrapPort });
    plain.on('error', () => undefined);
    plain.write(heartbeat(1));
    await new Promise((resolve) => plain.on('close', resolve));
    expect(proxy!.counters.closedFor['tls-handshake-failed']).toBe(1);
    const good = await connectTls({});
    expect(await roundTrip(good)).toEqual([3]);
    good.destroy();
  });

  it('serves a renewed certificate to new connections after its files change', async () => {
    const live = { cert: join(dir, 'live.crt'), key: join(dir, 'live.key') };
    copyFileSync(pki.serverCert, live.cert);
    copyFileSync(pki.serverKey, live.key);
    await tlsProxy('none', live.cert, live.key);
    const before = await connectTls({});
    expect(before.getPeerCertificate().subject.CN).toBe('proxy');
    before.destroy();
    const renewed = issueServerCert(dir, 'renewed', 'proxy-renewed');
    copyFileSync(renewed.key, live.key);
    copyFileSync(renewed.cert, live.cert);
    const deadline = Date.now() + 5000;
    let subject = 'proxy';
    while (subject !== 'proxy-renewed' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const socket = await connectTls({});
      subject = String(socket.getPeerCertificate().subject.CN);
      socket.destroy();
    }
    expect(subject).toBe('proxy-renewed');
  });
});
