import type net from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  decodeProduceResponse,
  defaultProduceResponseLeaderIdAndEpoch,
  encodeProduceResponse,
} from '../../../protocol/generated/messages/produce.js';
import { Reader } from '../../../protocol/primitives/index.js';
import type { RequestFilter } from '../../../src/connection/request-decision.js';
import type { RunningProxy } from '../../../src/proxy/proxy.js';
import {
  ResponseReader,
  ScriptedBroker,
  connectTo,
  proxyInFrontOf,
  requestFrame,
} from './scripted-broker.js';

// The proxy reads the broker's socket and (plaintext) client sockets into memory it reuses (onread)
// while no view of the last read is kept. These tests make views outlive their read (a client that does not read, so its socket's
// write queue holds them; responses held whole across reads) and check every byte the client gets.
// Every response body is a pattern of its own, so bytes overwritten by a later read show.

const HEARTBEAT = 12;
const PRODUCE = 0;

let broker: ScriptedBroker;
let proxy: RunningProxy | undefined;
const sockets: net.Socket[] = [];

async function startTestProxy(filter?: RequestFilter): Promise<RunningProxy> {
  proxy = await proxyInFrontOf(broker, filter);
  return proxy;
}

/** `length` bytes that depend on `seed` and on their position. */
function pattern(seed: number, length: number): Buffer {
  const out = Buffer.allocUnsafe(length);
  for (let i = 0; i < length; i++) out[i] = (seed * 131 + i * 7 + (i >> 8)) & 0xff;
  return out;
}

/** Letters only (a topic name), depending on `seed` and position. */
function namePattern(seed: number, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += String.fromCharCode(97 + ((seed * 7 + i * 3 + (i >> 5)) % 26));
  return s;
}

const heartbeat = (correlationId: number): Buffer =>
  requestFrame(HEARTBEAT, 4, correlationId, Buffer.from([0x02, 0x61, 0, 0, 0, 1, 0x02, 0x6d, 0x01, 0]));

/** Produce v11 (flexible), acks=1, no topics: its response is held whole and rewritten (v10+). */
const produce = (correlationId: number): Buffer => {
  const body = Buffer.alloc(9);
  body[0] = 0;
  body.writeInt16BE(1, 1);
  body.writeInt32BE(30_000, 3);
  body[7] = 1;
  body[8] = 0;
  return requestFrame(PRODUCE, 11, correlationId, body);
};

/** Response body sizes cycling through small, mid-sized and large (many reads each): ~14 MB for 60. */
const sizeOf = (correlationId: number): number =>
  [700, 20_000, 1_000_000, 3, 64 * 1024 + 5, 300_000][correlationId % 6]!;

beforeEach(async () => {
  broker = new ScriptedBroker();
  await broker.start();
});

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await proxy?.stop();
  proxy = undefined;
  await broker.stop();
});

async function pausedClient(): Promise<{ socket: net.Socket; responses: ResponseReader }> {
  const socket = await connectTo(proxy!.bootstrapPort);
  sockets.push(socket);
  const responses = new ResponseReader(socket);
  socket.pause();
  return { socket, responses };
}

/** Lets the client read a little at a time, so the proxy's writes to it keep backing up. */
async function readSlowly(socket: net.Socket, responses: ResponseReader, count: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (responses.frames.length < count && Date.now() < deadline) {
    socket.resume();
    await new Promise((resolve) => setTimeout(resolve, 2));
    socket.pause();
    await new Promise((resolve) => setTimeout(resolve, 8));
  }
  socket.resume();
  await responses.waitFor(count, 30_000);
}

describe('reads from the broker into a reused buffer', () => {
  it('delivers every byte of streamed responses unchanged while the client reads slowly', async () => {
    broker.respond = (request) => ({
      body: pattern(request.header.correlationId, sizeOf(request.header.correlationId)),
    });
    await startTestProxy();
    const { socket, responses } = await pausedClient();
    const count = 60;
    for (let i = 1; i <= count; i++) socket.write(heartbeat(i));
    await readSlowly(socket, responses, count);
    expect(responses.correlationIds()).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    for (const frame of responses.frames) {
      const id = frame.readInt32BE(4);
      // Heartbeat v4 is flexible: response header v1 (correlation id, empty tagged fields).
      const body = frame.subarray(9);
      expect(body.equals(pattern(id, sizeOf(id))), `response ${id}`).toBe(true);
    }
  });

  it('delivers responses held whole across reads (Produce v11) unchanged while the client reads slowly', async () => {
    const nameLength = (id: number): number => [10, 2_000, 30_000, 20_000][id % 4]!;
    const produceBody = (id: number): Buffer =>
      encodeProduceResponse(
        {
          responses: [
            {
              name: namePattern(id, nameLength(id)),
              topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
              partitionResponses: [
                {
                  index: id,
                  errorCode: 0,
                  baseOffset: BigInt(id) * 1000n,
                  logAppendTimeMs: -1n,
                  logStartOffset: 0n,
                  recordErrors: [],
                  errorMessage: null,
                  currentLeader: defaultProduceResponseLeaderIdAndEpoch(),
                },
              ],
            },
          ],
          throttleTimeMs: 0,
          nodeEndpoints: [],
        },
        11,
      );
    broker.respond = (request) => ({ body: produceBody(request.header.correlationId) });
    await startTestProxy();
    const { socket, responses } = await pausedClient();
    const count = 40;
    for (let i = 1; i <= count; i++) socket.write(produce(i));
    await readSlowly(socket, responses, count);
    expect(responses.correlationIds()).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    for (const frame of responses.frames) {
      const id = frame.readInt32BE(4);
      const decoded = decodeProduceResponse(new Reader(frame, 9), 11);
      expect(decoded.responses[0]!.name === namePattern(id, nameLength(id)), `response ${id}`).toBe(true);
      expect(decoded.responses[0]!.partitionResponses[0]!.baseOffset).toBe(BigInt(id) * 1000n);
    }
  });
});

describe('reads from the client into a reused buffer', () => {
  const requestSize = (id: number): number => [300, 20_000, 200_000, 70_000, 5][id % 5]!;
  const request = (id: number): Buffer => requestFrame(HEARTBEAT, 4, id, pattern(id, requestSize(id)));

  /** Sends `count` requests while the broker reads only now and then; checks each byte it got. */
  async function sendWhileBrokerReadsSlowly(count: number): Promise<void> {
    const socket = await connectTo(proxy!.bootstrapPort);
    sockets.push(socket);
    const responses = new ResponseReader(socket);
    // One request first, so that the upstream connection exists before the broker stops reading.
    socket.write(request(1));
    await responses.waitFor(1, 10_000);
    const deadline = Date.now() + 30_000;
    const brokerReads = async (): Promise<void> => {
      while (broker.received.filter((r) => r.header.apiKey === HEARTBEAT).length < count) {
        if (Date.now() > deadline) throw new Error('the broker did not get every request in time');
        for (const s of broker.sockets) s.pause();
        await new Promise((resolve) => setTimeout(resolve, 8));
        for (const s of broker.sockets) s.resume();
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    };
    const reading = brokerReads();
    for (let i = 2; i <= count; i++) socket.write(request(i));
    await reading;
    await responses.waitFor(count, 30_000);
    const got = broker.received.filter((r) => r.header.apiKey === HEARTBEAT);
    expect(got.map((r) => r.header.correlationId)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    for (const r of got) {
      expect(r.frame.equals(request(r.header.correlationId)), `request ${r.header.correlationId}`).toBe(true);
    }
  }

  it('forwards every byte of streamed requests unchanged while the broker reads slowly', async () => {
    await startTestProxy();
    await sendWhileBrokerReadsSlowly(60);
  });

  it('forwards every byte of requests held for an asynchronous decision unchanged', async () => {
    await startTestProxy({
      wantsFrame: () => true,
      decide: () =>
        new Promise((resolve) =>
          setTimeout(() => resolve({ outcome: 'forward' as const }), 1 + Math.random() * 3),
        ),
    });
    await sendWhileBrokerReadsSlowly(40);
  });
});
