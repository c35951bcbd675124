import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../../src/config/load-config.js';
import { startProxy, type RunningProxy } from '../../../src/proxy/proxy.js';
import { freeBrokerPortBase } from '../proxy/free-ports.js';
import { ResponseReader, ScriptedBroker, connectTo, requestFrame } from '../proxy/scripted-broker.js';
import { createTestPki } from './test-pki.js';

let proxy: RunningProxy | undefined;
let broker: ScriptedBroker | undefined;

afterEach(async () => {
  await proxy?.stop();
  await broker?.stop();
  proxy = undefined;
  broker = undefined;
});

const heartbeat = (correlationId: number): Buffer =>
  requestFrame(12, 4, correlationId, Buffer.from([0x02, 0x61, 0, 0, 0, 1, 0x02, 0x6d, 0x01, 0]));

async function roundTrip(port: number): Promise<'answered' | 'closed'> {
  const socket = await connectTo(port);
  const responses = new ResponseReader(socket);
  socket.write(heartbeat(1));
  const outcome = await Promise.race([
    responses.waitFor(1, 5000).then(() => 'answered' as const),
    responses.closed.then(() => 'closed' as const),
  ]);
  socket.destroy();
  return outcome;
}

describe('upstream TLS', () => {
  it('verifies brokers against the CA bundle and presents the client certificate; a renewed bundle is used at once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'upstream-tls-'));
    const pki = createTestPki(dir);
    // The broker requires a client certificate from the test CA.
    broker = new ScriptedBroker({
      cert: readFileSync(pki.serverCert),
      key: readFileSync(pki.serverKey),
      ca: readFileSync(pki.caCert),
      requestCert: true,
      rejectUnauthorized: true,
    });
    await broker.start();
    broker.respond = () => ({ body: Buffer.alloc(7) });
    // The proxy starts with the wrong CA bundle in the file it is told to read.
    const bundle = join(dir, 'upstream-ca.pem');
    copyFileSync(join(dir, 'stranger-ca.crt'), bundle);
    proxy = await startProxy(
      resolveConfig(
        {
          listen: { host: '127.0.0.1', bootstrapPort: 0, brokerPortBase: await freeBrokerPortBase([1]) },
          upstream: {
            bootstrapServers: [`127.0.0.1:${broker.port}`],
            connectTimeoutMs: 2000,
            tls: { enabled: true, caFile: bundle, certFile: pki.clientCert, keyFile: pki.clientKey },
          },
          logging: { level: 'silent' },
        },
        {},
      ),
    );
    expect(await roundTrip(proxy.bootstrapPort)).toBe('closed');
    expect(proxy.counters.closedFor['upstream-unavailable']).toBe(1);

    copyFileSync(pki.caCert, bundle);
    const deadline = Date.now() + 5000;
    let outcome: 'answered' | 'closed' = 'closed';
    while (outcome === 'closed' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      outcome = await roundTrip(proxy.bootstrapPort);
    }
    expect(outcome).toBe('answered');
  });
});
