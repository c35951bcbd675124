/**
 * A recording TCP relay between Kafka clients and one broker, used to capture real frames as test
 * fixtures. It frames both directions with FrameReader, pairs responses with their requests by
 * correlation ID, records the bytes exactly as each side sent them, and rewrites the broker address
 * in Metadata, FindCoordinator and DescribeCluster responses to its own so that clients keep talking
 * through it. Single broker only: every advertised node is mapped to this relay.
 */
import { type Server, type Socket, createConnection, createServer } from 'node:net';
import { FrameReader } from '../framing/frame-reader.js';
import { decodeRequestHeader, decodeResponseHeader, encodeResponseFrame } from '../framing/headers.js';
import { ApiKey } from '../generated/api-keys.js';
import { RESPONSE_CODECS } from '../generated/codecs.js';
import type {
  DescribeClusterResponse,
  FindCoordinatorResponse,
  MetadataResponse,
} from '../generated/index.js';
import { Reader } from '../primitives/reader.js';

export interface CapturedFrame {
  direction: 'request' | 'response';
  apiKey: number;
  apiVersion: number;
  /** Frame payload without the 4-byte size, as the sender wrote it. */
  payload: Buffer;
}

export class CaptureRelay {
  readonly frames: CapturedFrame[] = [];
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  private port = 0;

  constructor(
    private readonly upstreamHost: string,
    private readonly upstreamPort: number,
  ) {}

  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const server = createServer((client) => this.relay(client));
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const addr = server.address();
    if (addr === null || typeof addr === 'string') throw new Error('relay has no TCP address');
    this.port = addr.port;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private relay(client: Socket): void {
    const broker = createConnection({ host: this.upstreamHost, port: this.upstreamPort });
    this.sockets.add(client).add(broker);
    const inFlight = new Map<number, { apiKey: number; apiVersion: number }>();
    const fromClient = new FrameReader({ maxFrameSize: 100 * 1024 * 1024 });
    const fromBroker = new FrameReader({ maxFrameSize: 100 * 1024 * 1024 });
    const close = (): void => {
      client.destroy();
      broker.destroy();
    };
    client.on('data', (chunk: Buffer) => {
      try {
        fromClient.push(chunk, {
          onFrame: (payload) => {
            const h = decodeRequestHeader(payload);
            inFlight.set(h.correlationId, { apiKey: h.apiKey, apiVersion: h.apiVersion });
            this.frames.push({
              direction: 'request',
              apiKey: h.apiKey,
              apiVersion: h.apiVersion,
              payload: Buffer.from(payload),
            });
            broker.write(withSize(payload));
          },
        });
      } catch {
        close();
      }
    });
    broker.on('data', (chunk: Buffer) => {
      try {
        fromBroker.push(chunk, {
          onFrame: (payload) => {
            const correlationId = payload.readInt32BE(0);
            const req = inFlight.get(correlationId);
            if (req === undefined) throw new Error(`response to unknown correlation id ${correlationId}`);
            inFlight.delete(correlationId);
            this.frames.push({ direction: 'response', ...req, payload: Buffer.from(payload) });
            client.write(this.rewrite(payload, req.apiKey, req.apiVersion) ?? withSize(payload));
          },
        });
      } catch {
        close();
      }
    });
    client.on('error', close).on('close', close);
    broker.on('error', close).on('close', close);
  }

  /** Re-encodes responses that advertise broker addresses so that they point at the relay. */
  private rewrite(payload: Buffer, apiKey: number, apiVersion: number): Buffer | undefined {
    if (
      apiKey !== ApiKey.Metadata &&
      apiKey !== ApiKey.FindCoordinator &&
      apiKey !== ApiKey.DescribeCluster
    ) {
      return undefined;
    }
    const header = decodeResponseHeader(payload, apiKey, apiVersion);
    const codec = RESPONSE_CODECS.get(apiKey)!;
    const body = codec.decode(new Reader(payload, header.headerLength), apiVersion);
    const here = { host: '127.0.0.1', port: this.port };
    if (apiKey === ApiKey.Metadata)
      for (const b of (body as MetadataResponse).brokers) Object.assign(b, here);
    if (apiKey === ApiKey.DescribeCluster)
      for (const b of (body as DescribeClusterResponse).brokers) Object.assign(b, here);
    if (apiKey === ApiKey.FindCoordinator) {
      const fc = body as FindCoordinatorResponse;
      if (apiVersion <= 3 && fc.nodeId >= 0) Object.assign(fc, here);
      for (const c of fc.coordinators) if (c.nodeId >= 0) Object.assign(c, here);
    }
    return encodeResponseFrame(codec, apiKey, apiVersion, header.correlationId, body);
  }
}

function withSize(payload: Buffer): Buffer {
  const b = Buffer.allocUnsafe(4 + payload.length);
  b.writeInt32BE(payload.length, 0);
  payload.copy(b, 4);
  return b;
}
