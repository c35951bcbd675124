import type net from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeFetchResponse, encodeFetchResponse } from '../../../protocol/generated/messages/fetch.js';
import { ApiKey } from '../../../protocol/generated/api-keys.js';
import { Reader } from '../../../protocol/primitives/index.js';
import type { RequestDecision, RequestFilter } from '../../../src/connection/request-decision.js';
import type { RunningProxy } from '../../../src/proxy/proxy.js';
import {
  ResponseReader,
  ScriptedBroker,
  connectTo,
  proxyInFrontOf,
  requestFrame,
} from './scripted-broker.js';
import { fetchPartition } from '../rewrite/response-frames.js';

// A decision's `observeResponseHead` reads the start of the broker's response body (a fetch
// session's ErrorCode and SessionId) without holding the response: it streams to the client as it
// would without an observer (NodeEndpoints rewritten on the way for Fetch v16+), and the observer
// is called once its head is in, however the first bytes were split over reads. A `rewriteResponse`
// holds the whole response instead (the contrast case), which is what the observer avoids.

const RECORD_BYTES = 400_000;
/** Bytes of the response the broker sends before it waits for the test's go-ahead. */
const FIRST_PART = 250_000;

let broker: ScriptedBroker;
let proxy: RunningProxy | undefined;
const sockets: net.Socket[] = [];

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

async function startTestProxy(filter: RequestFilter): Promise<RunningProxy> {
  proxy = await proxyInFrontOf(broker, filter);
  return proxy;
}

/** A Fetch answer refusing the session (INVALID_FETCH_SESSION_EPOCH, 71) with SessionId 9 and records. */
function fetchBody(version: number): Buffer {
  return encodeFetchResponse(
    {
      throttleTimeMs: 3,
      errorCode: 71,
      sessionId: 9,
      responses: [
        {
          topic: 'orders',
          topicId: 'b3JkZXJzLXRvcGljLWlkAA',
          partitions: [
            fetchPartition(0, Buffer.alloc(RECORD_BYTES, 5), { highWatermark: 10n, lastStableOffset: 10n }),
          ],
        },
      ],
      nodeEndpoints: [],
    },
    version,
  );
}

async function waitUntil(what: string, condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Writes `bytes` and resolves once they have left the socket and the event loop has turned a few times. */
async function writeAndSettle(socket: net.Socket, bytes: Buffer): Promise<void> {
  await new Promise<void>((resolve) => socket.write(bytes, () => resolve()));
  await new Promise((resolve) => setTimeout(resolve, 25));
}

/**
 * Sets the broker to answer the Fetch in four writes: 7 bytes (size and part of the correlation
 * id), then up to 3 bytes into the body (ErrorCode not complete yet), then up to FIRST_PART bytes,
 * then, once `finish` is called, the rest.
 */
function answerFetchInPieces(version: number): { finish: () => void; frame: Promise<Buffer> } {
  let finish!: () => void;
  const released = new Promise<void>((resolve) => (finish = resolve));
  let sent!: (frame: Buffer) => void;
  const frame = new Promise<Buffer>((resolve) => (sent = resolve));
  broker.respond = (request) =>
    request.header.apiKey !== ApiKey.Fetch
      ? { body: Buffer.alloc(2) }
      : {
          body: fetchBody(version),
          send: async (socket, whole) => {
            sent(whole);
            const bodyStart = 4 + (version >= 12 ? 5 : 4);
            await writeAndSettle(socket, whole.subarray(0, 7));
            await writeAndSettle(socket, whole.subarray(7, bodyStart + 3));
            await writeAndSettle(socket, whole.subarray(bodyStart + 3, FIRST_PART));
            await released;
            socket.write(whole.subarray(FIRST_PART));
          },
        };
  return { finish, frame };
}

async function fetchThroughProxy(
  version: number,
  decision: (frame: Buffer) => RequestDecision,
): Promise<{ received: () => number; responses: ResponseReader }> {
  await startTestProxy({
    wantsFrame: (header) => header.apiKey === ApiKey.Fetch,
    decide: ({ header, frame }) =>
      header.apiKey === ApiKey.Fetch ? decision(frame!) : { outcome: 'forward' },
  });
  const socket = await connectTo(proxy!.bootstrapPort);
  sockets.push(socket);
  const responses = new ResponseReader(socket);
  let bytes = 0;
  socket.on('data', (chunk: Buffer) => (bytes += chunk.length));
  socket.write(requestFrame(ApiKey.Fetch, version, 7, Buffer.alloc(16)));
  return { received: () => bytes, responses };
}

describe('a response head observer', () => {
  for (const version of [12, 17]) {
    it(`sees the ErrorCode and SessionId of a Fetch v${version} answer whose head arrives over several reads, and lets the answer stream${version >= 16 ? ' (NodeEndpoints walked on the way)' : ''}`, async () => {
      const heads: Buffer[] = [];
      const { finish, frame } = answerFetchInPieces(version);
      const { received, responses } = await fetchThroughProxy(version, (request) => ({
        outcome: 'forward-modified',
        frame: request,
        observeResponseHead: (head) => heads.push(head),
      }));
      // The client gets most of what the broker has sent while the answer is not complete: streamed.
      await waitUntil('the first part of the answer at the client', () => received() >= FIRST_PART - 1024);
      expect(proxy!.budget.reserved).toBe(0);
      expect(heads).toHaveLength(1);
      expect([heads[0]!.readInt32BE(0), heads[0]!.readInt16BE(4), heads[0]!.readInt32BE(6)]).toEqual([
        3, 71, 9,
      ]);
      finish();
      const [got] = await responses.waitFor(1, 30_000);
      const sent = await frame;
      const decoded = (bytes: Buffer) =>
        decodeFetchResponse(new Reader(bytes, 4 + (version >= 12 ? 5 : 4)), version);
      const seen = decoded(got!);
      expect([seen.errorCode, seen.sessionId]).toEqual([71, 9]);
      expect(
        seen.responses[0]!.partitions[0]!.records!.equals(
          decoded(sent).responses[0]!.partitions[0]!.records!,
        ),
      ).toBe(true);
      expect(heads).toHaveLength(1);
    });
  }

  it('is what spares the copy: a rewriteResponse that returns the frame as it is holds the whole answer until its end', async () => {
    const { finish, frame } = answerFetchInPieces(17);
    const { received, responses } = await fetchThroughProxy(17, (request) => ({
      outcome: 'forward-modified',
      frame: request,
      rewriteResponse: (response) => response,
    }));
    const size = (await frame).length;
    // Held: the whole frame is reserved from the memory budget as soon as its size is read.
    await waitUntil('the answer reserved whole', () => proxy!.budget.reserved === size);
    expect(received()).toBe(0);
    finish();
    const [got] = await responses.waitFor(1, 30_000);
    expect(got!.length).toBe(size);
  });
});
