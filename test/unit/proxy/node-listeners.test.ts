import { afterEach, describe, expect, it } from 'vitest';
import { Reader } from '../../../protocol/primitives/index.js';
import {
  decodeMetadataResponse,
  encodeMetadataRequest,
} from '../../../protocol/generated/messages/metadata.js';
import { resolveConfig } from '../../../src/config/load-config.js';
import { startProxy, type RunningProxy } from '../../../src/proxy/proxy.js';
import { freeBrokerPortBase } from './free-ports.js';
import { ResponseReader, ScriptedBroker, connectTo, requestFrame } from './scripted-broker.js';

const brokers: ScriptedBroker[] = [];
let proxy: RunningProxy | undefined;

afterEach(async () => {
  await proxy?.stop();
  proxy = undefined;
  for (const broker of brokers.splice(0)) await broker.stop();
});

async function broker(): Promise<ScriptedBroker> {
  const b = new ScriptedBroker();
  brokers.push(b);
  await b.start();
  b.respond = () => ({ body: Buffer.alloc(7) });
  return b;
}

const metadataRequest = (correlationId: number): Buffer =>
  requestFrame(
    3,
    12,
    correlationId,
    encodeMetadataRequest(
      {
        topics: null,
        allowAutoTopicCreation: false,
        includeClusterAuthorizedOperations: false,
        includeTopicAuthorizedOperations: false,
      },
      12,
    ),
  );

describe('node listeners', () => {
  it('opens a listener for a node first seen in a Metadata response, before the client reads it', async () => {
    const first = await broker();
    const second = await broker();
    const base = await freeBrokerPortBase([1, 7]);
    proxy = await startProxy(
      resolveConfig(
        {
          listen: { host: '127.0.0.1', bootstrapPort: 0, brokerPortBase: base },
          advertised: { host: 'broker-{nodeId}.proxy.test', port: '{port}' },
          upstream: { bootstrapServers: [`127.0.0.1:${first.port}`] },
          logging: { level: 'silent' },
        },
        {},
      ),
    );
    expect(proxy.directory.nodeIds()).toEqual([1]);
    expect(proxy.nodePort(7)).toBeUndefined();

    // The cluster grows: node 7 appears in Metadata.
    first.otherNodes = [{ nodeId: 7, host: '127.0.0.1', port: second.port }];
    const socket = await connectTo(proxy.bootstrapPort);
    const responses = new ResponseReader(socket);
    socket.write(metadataRequest(1));
    const [frame] = await responses.waitFor(1);
    expect(proxy.nodePort(7)).toBe(base + 7);
    const r = new Reader(frame!, 8);
    r.skipTaggedFields();
    const metadata = decodeMetadataResponse(r, 12);
    expect(metadata.brokers.map((b) => `${b.nodeId}@${b.host}:${b.port}`)).toEqual([
      `1@broker-1.proxy.test:${base + 1}`,
      `7@broker-7.proxy.test:${base + 7}`,
    ]);
    socket.destroy();

    // A client following that answer reaches node 7's real address through node 7's listener.
    const toNode7 = await connectTo(base + 7);
    const node7Responses = new ResponseReader(toNode7);
    toNode7.write(requestFrame(12, 4, 5, Buffer.from([0x02, 0x61, 0, 0, 0, 1, 0x02, 0x6d, 0x01, 0])));
    await node7Responses.waitFor(1);
    expect(second.received.map((req) => req.header.correlationId)).toContain(5);
    expect(first.received.some((req) => req.header.apiKey === 12)).toBe(false);
    toNode7.destroy();
  });

  it('closes a client of a node listener whose node no broker has named', async () => {
    const only = await broker();
    const base = await freeBrokerPortBase([1, 2]);
    proxy = await startProxy(
      resolveConfig(
        {
          listen: { host: '127.0.0.1', bootstrapPort: 0, brokerPortBase: base, brokerPorts: {} },
          upstream: {
            bootstrapServers: [`127.0.0.1:${only.port}`],
            nodes: { '2': '127.0.0.1:1' },
            connectTimeoutMs: 500,
          },
          logging: { level: 'silent' },
        },
        {},
      ),
    );
    // Node 2 has a static address that refuses connections: the client is closed, the proxy lives on.
    const socket = await connectTo(base + 2);
    const responses = new ResponseReader(socket);
    await responses.closed;
    expect(proxy.counters.closedFor['upstream-unavailable']).toBe(1);
  });
});
