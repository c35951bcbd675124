// A raw Kafka client for policy tests: frames built by the generated encoders, one response read
// at a time, and whether the proxy closed the connection instead of answering.

import { createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';
import net from 'node:net';
import type { SaslAuthenticateResponse, SaslHandshakeResponse } from '../../protocol/generated/index.js';
import { FrameStream } from '../../src/connection/frame-stream.js';
import { decodeResponse, requestFrame } from '../unit/enforcement/scenario-support.js';

/** One raw client connection: send a frame, read one response frame, or learn that it was closed. */
export class RawClient {
  private readonly frames: Buffer[] = [];
  private waiting: (() => void) | undefined;
  closed = false;
  /** How long `call` waits for an answer or a close before it throws. */
  responseTimeoutMs = 15_000;
  private correlationId = 0;

  private constructor(private readonly socket: net.Socket) {
    const stream = new FrameStream(
      {
        frameStart: () => 'hold',
        frameHeld: (chunks, length) => {
          this.frames.push(Buffer.concat(chunks, length));
          this.waiting?.();
        },
        frameStreamed: () => undefined,
        frameError: () => socket.destroy(),
      },
      64 << 20,
    );
    socket.on('data', (chunk: Buffer) => stream.push(chunk));
    socket.on('close', () => {
      this.closed = true;
      this.waiting?.();
    });
    socket.on('error', () => undefined);
  }

  static connect(port: number): Promise<RawClient> {
    return new Promise((resolve, reject) => {
      const socket = net.connect({ host: '127.0.0.1', port }, () => resolve(new RawClient(socket)));
      socket.once('error', reject);
    });
  }

  /**
   * Sends a request and resolves with the response body, or `closed`. `patchVersion` rewrites the
   * header's version; `edit` replaces the encoded frame (bytes the encoders cannot produce).
   */
  async call<T>(
    api: number,
    version: number,
    body: unknown,
    patchVersion?: number,
    edit?: (frame: Buffer) => Buffer,
  ): Promise<T | 'closed'> {
    let frame = requestFrame(api, version, body, ++this.correlationId);
    if (patchVersion !== undefined) frame.writeInt16BE(patchVersion, 6);
    if (edit !== undefined) frame = edit(frame);
    this.socket.write(frame);
    return this.next<T>(api, patchVersion ?? version);
  }

  /** Sends raw bytes (a frame the encoders cannot build) and reports whether the proxy closed. */
  async sendRaw(frame: Buffer): Promise<'closed' | 'answered'> {
    this.socket.write(frame);
    const deadline = Date.now() + 15_000;
    while (this.frames.length === 0 && !this.closed && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return this.closed ? 'closed' : 'answered';
  }

  /**
   * Sends raw bytes and waits until the connection is closed (or `timeoutMs` passes): how many
   * response frames arrived before, and whether it closed. The frames stay readable with `call`'s
   * decoder through `takeFrames`.
   */
  async sendRawUntilClosed(bytes: Buffer, timeoutMs = 15_000): Promise<{ answers: number; closed: boolean }> {
    this.socket.write(bytes);
    const deadline = Date.now() + timeoutMs;
    while (!this.closed && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return { answers: this.frames.length, closed: this.closed };
  }

  /** The next request frame's correlation id (for frames built by hand). */
  nextCorrelationId(): number {
    return ++this.correlationId;
  }

  end(): void {
    this.socket.destroy();
  }

  /**
   * Authenticates with SCRAM-SHA-512 (RFC 5802), as a Java or kafkajs client does. `mext` puts
   * RFC 5802's reserved `m=` attribute before the user name (`m=<mext>,n=user,r=...`), which
   * Kafka's client-first grammar accepts and ordinary clients never send (Kafka leaves it out of
   * the AuthMessage the proof signs: `ScramMessages.ClientFirstMessage.clientFirstMessageBare`).
   */
  async scram(
    user: string,
    password: string,
    options: { mext?: string; pipelined?: readonly PipelinedRequest[] } = {},
  ): Promise<unknown[]> {
    const handshake = await this.call<SaslHandshakeResponse>(17, 1, { mechanism: 'SCRAM-SHA-512' });
    if (handshake === 'closed' || handshake.errorCode !== 0) throw new Error('SaslHandshake refused');
    const nonce = randomBytes(18).toString('base64');
    const mext = options.mext === undefined ? '' : `m=${options.mext},`;
    const clientFirstBare = `${mext}n=${user},r=${nonce}`;
    const first = await this.call<SaslAuthenticateResponse>(36, 2, {
      authBytes: Buffer.from(`n,,${clientFirstBare}`),
    });
    if (first === 'closed' || first.errorCode !== 0) throw new Error('SCRAM client-first refused');
    const serverFirst = first.authBytes.toString();
    const fields = new Map(serverFirst.split(',').map((kv) => [kv[0]!, kv.slice(2)]));
    const salted = pbkdf2Sync(
      password,
      Buffer.from(fields.get('s')!, 'base64'),
      Number(fields.get('i')),
      64,
      'sha512',
    );
    const clientKey = createHmac('sha512', salted).update('Client Key').digest();
    const storedKey = createHash('sha512').update(clientKey).digest();
    const finalWithoutProof = `c=biws,r=${fields.get('r')!}`;
    const authMessage = `n=${user},r=${nonce},${serverFirst},${finalWithoutProof}`;
    const signature = createHmac('sha512', storedKey).update(authMessage).digest();
    const proof = Buffer.from(clientKey.map((b, i) => b ^ signature[i]!));
    const finalBody = { authBytes: Buffer.from(`${finalWithoutProof},p=${proof.toString('base64')}`) };
    const pipelined = options.pipelined ?? [];
    // The client-final message and the pipelined requests leave in one write, before any answer.
    const frames = [requestFrame(36, 2, finalBody, ++this.correlationId)];
    for (const r of pipelined) frames.push(requestFrame(r.api, r.version, r.body, ++this.correlationId));
    this.socket.write(Buffer.concat(frames));
    const final = await this.next<SaslAuthenticateResponse>(36, 2);
    if (final === 'closed' || final.errorCode !== 0)
      throw new Error(`SCRAM refused: ${final === 'closed' ? 'closed' : final.errorMessage}`);
    const answers: unknown[] = [];
    for (const r of pipelined) answers.push(await this.next(r.api, r.version));
    return answers;
  }

  /** The next response frame decoded as `api` at `version`, or `closed` (waits `responseTimeoutMs`). */
  private async next<T>(api: number, version: number): Promise<T | 'closed'> {
    const deadline = Date.now() + this.responseTimeoutMs;
    while (this.frames.length === 0 && !this.closed) {
      if (Date.now() > deadline) throw new Error('no response and no close');
      await new Promise<void>((resolve) => {
        this.waiting = resolve;
        setTimeout(resolve, 100);
      });
    }
    const response = this.frames.shift();
    if (response === undefined) return 'closed';
    return decodeResponse(response, api, version) as T;
  }
}

/** A request sent in the same write as the SCRAM client-final message (`RawClient.scram`). */
export interface PipelinedRequest {
  readonly api: number;
  readonly version: number;
  readonly body: unknown;
}

/**
 * Authenticates with OAUTHBEARER (RFC 7628) using an unsecured JWT (`alg: none`) whose `sub` claim is
 * `subject`, as Kafka's unsecured validator (the broker's default for OAUTHBEARER) accepts it. The
 * broker's principal is then `User:<subject>`; the first message names no user the proxy could read.
 */
export async function oauthbearer(client: RawClient, subject: string): Promise<void> {
  const handshake = await client.call<SaslHandshakeResponse>(17, 1, { mechanism: 'OAUTHBEARER' });
  if (handshake === 'closed' || handshake.errorCode !== 0)
    throw new Error('SaslHandshake OAUTHBEARER refused');
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const jwt = `${part({ alg: 'none' })}.${part({ sub: subject, iat: now, exp: now + 3600 })}.`;
  const answer = await client.call<SaslAuthenticateResponse>(36, 2, {
    authBytes: Buffer.from(`n,,\x01auth=Bearer ${jwt}\x01\x01`),
  });
  if (answer === 'closed' || answer.errorCode !== 0)
    throw new Error(`OAUTHBEARER refused: ${answer === 'closed' ? 'closed' : answer.errorMessage}`);
}

/** A v2 record batch holding one record with `value`, CRC-32C included, as clients write it. */
export function records(value: string): Buffer {
  const val = Buffer.from(value);
  const record = Buffer.concat([
    Buffer.from([0]), // attributes
    Buffer.from([0]), // timestamp delta (varint 0)
    Buffer.from([0]), // offset delta
    Buffer.from([1]), // key length -1 (zigzag varint)
    varint(val.length),
    val,
    Buffer.from([0]), // headers
  ]);
  const body = Buffer.concat([varint(record.length), record]);
  const batch = Buffer.alloc(61 + body.length);
  batch.writeBigInt64BE(0n, 0); // base offset
  batch.writeInt32BE(49 + body.length, 8); // batch length
  batch.writeInt32BE(-1, 12); // leader epoch
  batch.writeInt8(2, 16); // magic
  batch.writeInt16BE(0, 21); // attributes
  batch.writeInt32BE(0, 23); // last offset delta
  batch.writeBigInt64BE(BigInt(Date.now()), 27);
  batch.writeBigInt64BE(BigInt(Date.now()), 35);
  batch.writeBigInt64BE(-1n, 43); // producer id
  batch.writeInt16BE(-1, 51);
  batch.writeInt32BE(-1, 53);
  batch.writeInt32BE(1, 57); // record count
  body.copy(batch, 61);
  batch.writeUInt32BE(crc32c(batch.subarray(21)), 17);
  return batch;
}

function varint(n: number): Buffer {
  let z = (n << 1) ^ (n >> 31);
  const out: number[] = [];
  while ((z & ~0x7f) !== 0) {
    out.push((z & 0x7f) | 0x80);
    z >>>= 7;
  }
  out.push(z);
  return Buffer.from(out);
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
    table[i] = c >>> 0;
  }
  return table;
})();

function crc32c(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const b of bytes) crc = CRC_TABLE[(crc ^ b) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A frame edit that appends `bytes` after the body and fixes the size, as librdkafka 2.x sends Metadata. */
export function withTrailingBytes(bytes: Buffer): (frame: Buffer) => Buffer {
  return (frame) => {
    const out = Buffer.concat([frame, bytes]);
    out.writeInt32BE(out.length - 4, 0);
    return out;
  };
}

/**
 * A frame edit that replaces the body with a Produce v0-2 body (no transactional id, which v3 added):
 * acks, timeout, one topic with partition 0 and `messageSet` (a v0/v1 message set, empty by default).
 * The generated codec starts at v3, where the broker's schemas start.
 */
export function produceV0to2(version: number, topic: string, acks = -1, messageSet = Buffer.alloc(0)) {
  return (frame: Buffer): Buffer => {
    const headerLength = 2 + 2 + 4 + 2 + frame.readInt16BE(12);
    const header = Buffer.from(frame.subarray(4, 4 + headerLength));
    header.writeInt16BE(version, 2);
    const name = Buffer.from(topic);
    const body = Buffer.alloc(2 + 4 + 4 + 2 + name.length + 4 + 4 + 4 + messageSet.length);
    let p = body.writeInt16BE(acks, 0);
    p = body.writeInt32BE(5000, p);
    p = body.writeInt32BE(1, p);
    p = body.writeInt16BE(name.length, p);
    p += name.copy(body, p);
    p = body.writeInt32BE(1, p);
    p = body.writeInt32BE(0, p);
    p = body.writeInt32BE(messageSet.length, p);
    messageSet.copy(body, p);
    const out = Buffer.concat([Buffer.alloc(4), header, body]);
    out.writeInt32BE(out.length - 4, 0);
    return out;
  };
}
