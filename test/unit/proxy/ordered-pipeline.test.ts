import diagnosticsChannel from 'node:diagnostics_channel';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Reader } from '../../../protocol/primitives/index.js';
import {
  decodeApiVersionsResponse,
  encodeApiVersionsResponse,
} from '../../../protocol/generated/messages/api-versions.js';
import type { RequestFilter } from '../../../src/connection/request-decision.js';
import type { ConnectionEventMessage, UpstreamResponseMessage } from '../../../src/proxy/diagnostics.js';
import type { RunningProxy } from '../../../src/proxy/proxy.js';
import { ScriptedBroker, TestClients, connectTo, proxyInFrontOf, requestFrame } from './scripted-broker.js';

const HEARTBEAT = 12;
const PRODUCE = 0;

let broker: ScriptedBroker;
let proxy: RunningProxy | undefined;
const clients = new TestClients();

async function proxyWith(filter?: RequestFilter, limits: Record<string, number> = {}): Promise<RunningProxy> {
  proxy = await proxyInFrontOf(broker, filter, { maxFrameBytes: 1024 * 1024, ...limits });
  return proxy;
}

/** A client connection to the proxy, closed after the test. */
const client = () => clients.open(proxy!.bootstrapPort);

const heartbeat = (correlationId: number, clientId = 'pipeline-test'): Buffer =>
  requestFrame(
    HEARTBEAT,
    4,
    correlationId,
    Buffer.from([0x02, 0x61, 0, 0, 0, 1, 0x02, 0x6d, 0x01, 0]),
    clientId,
  );

/** Produce v9 (flexible) with the given acks and no topics. */
const produce = (correlationId: number, acks: number): Buffer => {
  const body = Buffer.alloc(9);
  body[0] = 0; // transactional id: null
  body.writeInt16BE(acks, 1);
  body.writeInt32BE(30_000, 3);
  body[7] = 1; // no topics
  body[8] = 0; // no tagged fields
  return requestFrame(PRODUCE, 9, correlationId, body);
};

beforeEach(async () => {
  broker = new ScriptedBroker();
  await broker.start();
});

afterEach(async () => {
  clients.destroyAll();
  await proxy?.stop();
  proxy = undefined;
  await broker.stop();
});

/** Answers requests whose client id is `answer-me`; forwards everything else. */
const answeringFilter: RequestFilter = {
  wantsFrame: () => false,
  decide: (request) =>
    request.header.clientId === 'answer-me'
      ? { outcome: 'answer', responseBody: Buffer.from([0, 0, 0, 0, 0, 0, 0]) }
      : { outcome: 'forward' },
};

describe('ordered pipeline', () => {
  it('keeps answers made by the proxy behind earlier requests that are still at the broker', async () => {
    broker.respond = (request) => ({
      body: Buffer.alloc(7),
      delayMs: request.header.correlationId === 1 ? 300 : 0,
    });
    await proxyWith(answeringFilter);
    const { socket, responses } = await client();
    socket.write(
      Buffer.concat([heartbeat(1), heartbeat(2, 'answer-me'), heartbeat(3), heartbeat(4, 'answer-me')]),
    );
    await responses.waitFor(4);
    expect(responses.correlationIds()).toEqual([1, 2, 3, 4]);
    expect(
      broker.received.filter((r) => r.header.apiKey === HEARTBEAT).map((r) => r.header.correlationId),
    ).toEqual([1, 3]);
    expect(proxy!.counters.requestsAnswered).toBe(2);
  });

  it('answers the requests before garbage in the same write, then closes, as the broker does', async () => {
    broker.respond = () => ({ body: Buffer.alloc(7), delayMs: 200 });
    await proxyWith();
    const { socket, responses } = await client();
    // Two heartbeats still at the broker, then a frame whose size is negative.
    socket.write(Buffer.concat([heartbeat(1), heartbeat(2), Buffer.from([0xff, 0xff, 0xff, 0xfe, 0, 0])]));
    await responses.closed;
    expect(responses.correlationIds()).toEqual([1, 2]);
    expect(proxy!.counters.closedFor['negative-frame-length']).toBe(1);
  });

  it('closes at once on garbage when nothing is being answered', async () => {
    await proxyWith();
    const { socket, responses } = await client();
    socket.write(Buffer.from([0xff, 0xff, 0xff, 0xfe]));
    await responses.closed;
    expect(responses.correlationIds()).toEqual([]);
  });

  it('expects no response to Produce with acks=0 and keeps later responses matched', async () => {
    broker.respond = (request) =>
      request.header.apiKey === PRODUCE &&
      request.frame.readInt16BE(4 + request.header.headerLength + 1) === 0
        ? undefined
        : { body: Buffer.alloc(7) };
    await proxyWith();
    const { socket, responses } = await client();
    socket.write(Buffer.concat([produce(1, 0), heartbeat(2), produce(3, -1), heartbeat(4)]));
    await responses.waitFor(3);
    expect(responses.correlationIds()).toEqual([2, 3, 4]);
  });

  it('sends nothing for a denied acks=0 Produce, whether answered or dropped', async () => {
    await proxyWith({
      wantsFrame: () => false,
      decide: (request) =>
        request.header.apiKey !== PRODUCE
          ? { outcome: 'forward' }
          : request.header.correlationId === 1
            ? { outcome: 'answer', responseBody: Buffer.alloc(4) }
            : { outcome: 'drop' },
    });
    const { socket, responses } = await client();
    socket.write(Buffer.concat([produce(1, 0), produce(2, 0), heartbeat(3)]));
    await responses.waitFor(1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(responses.correlationIds()).toEqual([3]);
    expect(broker.received.some((r) => r.header.apiKey === PRODUCE)).toBe(false);
  });

  it('waits for an asynchronous decision without letting later requests overtake it', async () => {
    await proxyWith({
      wantsFrame: (header) => header.correlationId === 1,
      decide: async (request) => {
        if (request.header.correlationId === 1) await new Promise((resolve) => setTimeout(resolve, 200));
        return { outcome: 'forward' };
      },
    });
    const { socket, responses } = await client();
    socket.write(Buffer.concat([heartbeat(1), heartbeat(2), heartbeat(3)]));
    await responses.waitFor(3);
    expect(responses.correlationIds()).toEqual([1, 2, 3]);
    expect(
      broker.received.filter((r) => r.header.apiKey === HEARTBEAT).map((r) => r.header.correlationId),
    ).toEqual([1, 2, 3]);
  });

  it('answers an ApiVersions version it does not speak with v0 UNSUPPORTED_VERSION listing only ApiVersions', async () => {
    await proxyWith();
    const { socket, responses } = await client();
    socket.write(requestFrame(18, 9, 11, Buffer.from([0x01, 0x01, 0x00])));
    const [frame] = await responses.waitFor(1);
    const r = new Reader(frame!, 4);
    expect(r.int32()).toBe(11);
    const body = decodeApiVersionsResponse(r, 0);
    expect(body.errorCode).toBe(35);
    expect(body.apiKeys.map((k) => [k.apiKey, k.minVersion, k.maxVersion])).toEqual([[18, 0, 4]]);
    expect(broker.received.some((req) => req.header.apiKey === 18)).toBe(false);
  });

  it('closes only the connection that asked for an API key or version the proxy cannot handle (SaslHandshake v0 included)', async () => {
    await proxyWith();
    const healthy = await client();
    const unknownKey = await client();
    const oldProduce = await client();
    const unframedSasl = await client();
    unknownKey.socket.write(requestFrame(999, 0, 1, Buffer.alloc(4), 'x', 1));
    oldProduce.socket.write(requestFrame(PRODUCE, 2, 1, Buffer.alloc(10), 'x', 1));
    unframedSasl.socket.write(
      requestFrame(17, 0, 1, Buffer.from([0, 5, 0x50, 0x4c, 0x41, 0x49, 0x4e]), 'x', 1),
    );
    await unknownKey.responses.closed;
    await oldProduce.responses.closed;
    await unframedSasl.responses.closed;
    healthy.socket.write(heartbeat(5));
    await healthy.responses.waitFor(1);
    expect(proxy!.counters.closedFor['unsupported-api']).toBe(1);
    expect(proxy!.counters.closedFor['unsupported-version']).toBe(2);
    expect(broker.received.some((r) => r.header.apiKey === 17)).toBe(false);
    expect(unknownKey.responses.frames).toEqual([]);
  });

  it('offers the broker-and-proxy intersection and closes a client that asks outside it', async () => {
    broker.respond = (request) =>
      request.header.apiKey === 18
        ? {
            body: encodeApiVersionsResponse(
              {
                errorCode: 0,
                apiKeys: [
                  { apiKey: 0, minVersion: 0, maxVersion: 13 },
                  { apiKey: 3, minVersion: 0, maxVersion: 5 },
                  { apiKey: 12, minVersion: 0, maxVersion: 4 },
                  { apiKey: 18, minVersion: 0, maxVersion: 4 },
                  { apiKey: 4242, minVersion: 0, maxVersion: 1 },
                ],
                throttleTimeMs: 0,
                supportedFeatures: [],
                finalizedFeaturesEpoch: -1n,
                finalizedFeatures: [],
                zkMigrationReady: false,
              },
              3,
            ),
          }
        : { body: Buffer.alloc(7) };
    await proxyWith();
    const { socket, responses } = await client();
    socket.write(requestFrame(18, 3, 1, Buffer.from([0x01, 0x01, 0x00])));
    const [offer] = await responses.waitFor(1);
    const offered = decodeApiVersionsResponse(new Reader(offer!, 8), 3);
    expect(offered.apiKeys.map((k) => [k.apiKey, k.minVersion, k.maxVersion])).toEqual([
      [0, 0, 13],
      [3, 0, 5],
      [12, 0, 4],
      [18, 0, 4],
    ]);
    socket.write(heartbeat(2));
    await responses.waitFor(2);
    // Metadata v12: the proxy decodes it, but this broker offered only up to v5.
    socket.write(requestFrame(3, 12, 3, Buffer.from([0x00, 0x00, 0x00, 0x00])));
    await responses.closed;
    expect(responses.correlationIds()).toEqual([1, 2]);
    expect(proxy!.counters.closedFor['unsupported-version']).toBe(1);
    // (The proxy's own control connection sends Metadata v12 too; that one is not the client's.)
    expect(broker.received.some((r) => r.header.apiKey === 3 && r.header.clientId === 'pipeline-test')).toBe(
      false,
    );
  });

  it('publishes connection lifecycle and upstream latency on its diagnostics channels', async () => {
    const events: ConnectionEventMessage[] = [];
    const latencies: UpstreamResponseMessage[] = [];
    const onConnection = (m: unknown): number => events.push(m as ConnectionEventMessage);
    const onResponse = (m: unknown): number => latencies.push(m as UpstreamResponseMessage);
    diagnosticsChannel.subscribe('kafka-l7-proxy:connection', onConnection);
    diagnosticsChannel.subscribe('kafka-l7-proxy:upstream-response', onResponse);
    try {
      broker.respond = () => ({ body: Buffer.alloc(7), delayMs: 50 });
      await proxyWith();
      const { socket, responses } = await client();
      socket.write(heartbeat(1));
      await responses.waitFor(1);
      socket.write(Buffer.from([0xff, 0xff, 0xff, 0xff]));
      await responses.closed;
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(events.map((e) => [e.event, e.reason])).toEqual([
        ['opened', undefined],
        ['closed', 'negative-frame-length'],
      ]);
      expect(events[0]!.localPort).toBe(proxy!.bootstrapPort);
      expect(latencies.map((l) => l.apiKey)).toEqual([12]);
      expect(latencies[0]!.seconds).toBeGreaterThanOrEqual(0.04);
    } finally {
      diagnosticsChannel.unsubscribe('kafka-l7-proxy:connection', onConnection);
      diagnosticsChannel.unsubscribe('kafka-l7-proxy:upstream-response', onResponse);
    }
  });

  it('closes a connection that sends a negative or oversized frame length, and counts why', async () => {
    await proxyWith();
    const negative = await client();
    const oversized = await client();
    negative.socket.write(Buffer.from([0xff, 0xff, 0xff, 0xf0]));
    const big = Buffer.alloc(4);
    big.writeInt32BE(1024 * 1024 + 1);
    oversized.socket.write(big);
    await negative.responses.closed;
    await oversized.responses.closed;
    expect(proxy!.counters.closedFor['negative-frame-length']).toBe(1);
    expect(proxy!.counters.closedFor['frame-too-large']).toBe(1);
  });

  it('counts a client that closes in the middle of a frame as a truncated frame', async () => {
    await proxyWith();
    const { socket, responses } = await client();
    socket.write(heartbeat(1).subarray(0, 12));
    await new Promise((resolve) => setTimeout(resolve, 50));
    socket.end();
    await responses.closed;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(proxy!.counters.closedFor['truncated-frame']).toBe(1);
  });

  it('closes a connection whose request header does not decode', async () => {
    await proxyWith();
    const { socket, responses } = await client();
    // Size 6: api key and version, then the frame ends inside the correlation id.
    socket.write(Buffer.from([0, 0, 0, 6, 0, 12, 0, 4, 0, 0]));
    await responses.closed;
    expect(proxy!.counters.closedFor['undecodable-header']).toBe(1);
  });

  it('streams a large request to the broker before the client has sent all of it', async () => {
    await proxyWith();
    const { socket } = await client();
    const body = Buffer.alloc(600_000, 1);
    const frame = requestFrame(HEARTBEAT, 4, 1, body);
    socket.write(frame.subarray(0, 300_000));
    const deadline = Date.now() + 3000;
    while (broker.bytesReceived < 250_000 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    expect(broker.bytesReceived).toBeGreaterThanOrEqual(250_000);
    expect(broker.received.filter((r) => r.header.apiKey === HEARTBEAT)).toEqual([]);
    socket.write(frame.subarray(300_000));
    while (broker.received.filter((r) => r.header.apiKey === HEARTBEAT).length === 0) {
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(broker.received.at(-1)!.frame.equals(frame)).toBe(true);
  });

  it('stops reading from the broker while the client does not read, then delivers everything in order', async () => {
    const responseSize = 512 * 1024;
    broker.respond = () => ({ body: Buffer.alloc(responseSize, 3) });
    await proxyWith();
    const { socket, responses } = await client();
    socket.pause();
    const count = 40;
    for (let i = 1; i <= count; i++) socket.write(heartbeat(i));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    // 20 MiB were asked for; a paused client lets through only what the socket buffers hold.
    expect(proxy!.counters.bytesToClients).toBeLessThan(8 * 1024 * 1024);
    const brokerSide = [...broker.sockets].find((s) => s.writableLength > 0);
    expect(brokerSide?.writableLength ?? 0).toBeGreaterThan(1024 * 1024);
    socket.resume();
    await responses.waitFor(count, 20_000);
    expect(responses.correlationIds()).toEqual(Array.from({ length: count }, (_, i) => i + 1));
  });

  it('on drain, delivers the response still at the broker, then closes and accepts nobody new', async () => {
    broker.respond = () => ({ body: Buffer.alloc(7), delayMs: 300 });
    await proxyWith(undefined, { drainTimeoutMs: 5000 });
    const { socket, responses } = await client();
    socket.write(heartbeat(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const drained = proxy!.drain();
    await responses.closed;
    expect(responses.correlationIds()).toEqual([1]);
    await drained;
    await expect(connectTo(proxy!.bootstrapPort)).rejects.toThrow();
    expect(proxy!.connectionCount()).toBe(0);
  });

  it('closes connections idle for longer than the idle timeout', async () => {
    await proxyWith(undefined, { idleTimeoutMs: 200 });
    const { responses } = await client();
    await responses.closed;
    expect(proxy!.counters.closedFor['idle-timeout']).toBe(1);
  });

  it('refuses connections over the connection limit without disturbing the others', async () => {
    await proxyWith(undefined, { maxConnections: 2 });
    const first = await client();
    const second = await client();
    const third = await client();
    await third.responses.closed;
    first.socket.write(heartbeat(1));
    second.socket.write(heartbeat(1));
    await first.responses.waitFor(1);
    await second.responses.waitFor(1);
    expect(proxy!.counters.closedFor['connection-limit']).toBe(1);
  });
});
