import net from 'node:net';
import tls from 'node:tls';
import { encodeMetadataResponse } from '../../../protocol/generated/messages/metadata.js';
import { encodeRequestHeaderData } from '../../../protocol/generated/messages/request-header.js';
import { FrameStream } from '../../../src/connection/frame-stream.js';
import { readRequestHeader } from '../../../src/connection/request-header.js';
import type { RequestFilter, RequestHeaderInfo } from '../../../src/connection/request-decision.js';
import { resolveConfig } from '../../../src/config/load-config.js';
import { startProxy, type RunningProxy } from '../../../src/proxy/proxy.js';
import { freeBrokerPortBase } from './free-ports.js';
import { frameResponse } from '../../../src/connection/response-frame.js';

/** A request as the scripted broker received it. */
export interface ReceivedRequest {
  header: RequestHeaderInfo;
  frame: Buffer;
}

/**
 * A small TCP server that speaks just enough Kafka for the pipeline tests: it frames requests,
 * answers Metadata with itself as node 1, and answers every other request with whatever `respond`
 * returns (a body, or undefined for no response at all), after `delayMs` if asked, written by `send`
 * when the reply has one (pieces at a pace of the test's choosing). It answers in request order, as
 * a real broker does. Real sockets, so backpressure and partial writes are real.
 */
export class ScriptedBroker {
  readonly received: ReceivedRequest[] = [];
  readonly sockets = new Set<net.Socket>();
  /** Bytes of request frames that have reached the broker so far (streamed frames included). */
  bytesReceived = 0;
  /** Other nodes the scripted broker's Metadata names besides itself (node 1). */
  otherNodes: Array<{ nodeId: number; host: string; port: number }> = [];
  /** Topics its Metadata lists (one partition each, led by node 1), whatever the request asks. */
  topics: Array<{ name: string; topicId: string }> = [];
  respond: (request: ReceivedRequest) => ScriptedReply | undefined = () => ({
    body: Buffer.alloc(2),
  });
  private readonly server: net.Server;

  /** With `tls`, the broker's listener speaks TLS with that certificate. */
  constructor(tlsOptions?: tls.TlsOptions) {
    this.server =
      tlsOptions === undefined
        ? net.createServer((socket) => this.accept(socket))
        : tls.createServer(tlsOptions, (socket) => this.accept(socket));
    this.server.on('tlsClientError', () => undefined);
  }

  async start(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen({ host: '127.0.0.1', port: 0 }, resolve));
    return this.port;
  }

  get port(): number {
    return (this.server.address() as net.AddressInfo).port;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(socket: net.Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => undefined);
    // Responses leave in order even when an earlier one is delayed.
    let chain = Promise.resolve();
    const frames = new FrameStream(
      {
        frameStart: () => 'hold',
        frameHeld: (chunks, length) => {
          const frame = Buffer.concat(chunks, length);
          const header = readRequestHeader(frame);
          const request = { header, frame };
          this.received.push(request);
          const reply =
            header.apiKey === 3 ? { body: this.metadataBody(header.apiVersion) } : this.respond(request);
          if (reply === undefined) return;
          chain = chain.then(async () => {
            if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
            if (socket.destroyed) return;
            const parts = frameResponse(header.apiKey, header.apiVersion, header.correlationId, reply.body);
            if (reply.send !== undefined) {
              await reply.send(socket, Buffer.concat(parts));
              return;
            }
            for (const part of parts) socket.write(part);
          });
        },
        frameStreamed: () => undefined,
        frameError: () => socket.destroy(),
      },
      64 * 1024 * 1024,
    );
    socket.on('data', (chunk: Buffer) => {
      this.bytesReceived += chunk.length;
      frames.push(chunk);
    });
  }

  private metadataBody(version: number): Buffer {
    return encodeMetadataResponse(
      {
        throttleTimeMs: 0,
        brokers: [
          { nodeId: 1, host: '127.0.0.1', port: this.port, rack: null },
          ...this.otherNodes.map((node) => ({ ...node, rack: null })),
        ],
        clusterId: 'scripted',
        controllerId: 1,
        topics: this.topics.map((t) => ({
          errorCode: 0,
          name: t.name,
          topicId: t.topicId,
          isInternal: false,
          partitions: [
            {
              errorCode: 0,
              partitionIndex: 0,
              leaderId: 1,
              leaderEpoch: 0,
              replicaNodes: [1],
              isrNodes: [1],
              offlineReplicas: [],
            },
          ],
          topicAuthorizedOperations: -2147483648,
        })),
        clusterAuthorizedOperations: version >= 8 && version <= 10 ? 0 : -2147483648,
        errorCode: 0,
      },
      version,
    );
  }
}

/** A scripted answer: its body (framed by the broker), when, and how it is written. */
export interface ScriptedReply {
  body: Buffer;
  delayMs?: number;
  /** Writes the framed response (size prefix included) itself; later answers wait for it. */
  send?: (socket: net.Socket, frame: Buffer) => Promise<void>;
}

/** Frames a request the way a client does: size, header (v1 or v2 by version), body. */
export function requestFrame(
  apiKey: number,
  apiVersion: number,
  correlationId: number,
  body: Buffer,
  clientId: string | null = 'pipeline-test',
  headerVersion: 1 | 2 = 2,
): Buffer {
  const header = encodeRequestHeaderData(
    { requestApiKey: apiKey, requestApiVersion: apiVersion, correlationId, clientId },
    headerVersion,
  );
  const size = Buffer.alloc(4);
  size.writeInt32BE(header.length + body.length);
  return Buffer.concat([size, header, body]);
}

/** Reads whole response frames from a client socket. */
export class ResponseReader {
  readonly frames: Buffer[] = [];
  private waiters: Array<() => void> = [];
  readonly closed: Promise<void>;

  constructor(socket: net.Socket) {
    const frames = new FrameStream(
      {
        frameStart: () => 'hold',
        frameHeld: (chunks, length) => {
          this.frames.push(Buffer.concat(chunks, length));
          for (const wake of this.waiters.splice(0)) wake();
        },
        frameStreamed: () => undefined,
        frameError: () => socket.destroy(),
      },
      64 * 1024 * 1024,
    );
    socket.on('data', (chunk: Buffer) => frames.push(chunk));
    this.closed = new Promise((resolve) => socket.on('close', () => resolve()));
  }

  correlationIds(): number[] {
    return this.frames.map((f) => f.readInt32BE(4));
  }

  async waitFor(count: number, timeoutMs = 5000): Promise<Buffer[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.frames.length < count) {
      if (Date.now() > deadline) throw new Error(`got ${this.frames.length} of ${count} responses`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
    return this.frames;
  }
}

export function connectTo(port: number): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: '127.0.0.1', port }, () => resolve(socket));
    socket.on('error', reject);
  });
}

/** The client connections a test opens to a proxy; `destroyAll` (after each test) closes them. */
export class TestClients {
  private readonly sockets: net.Socket[] = [];

  /** Connects to `port` on 127.0.0.1: the socket, with a ResponseReader on it. */
  async open(port: number): Promise<{ socket: net.Socket; responses: ResponseReader }> {
    const socket = await connectTo(port);
    this.sockets.push(socket);
    return { socket, responses: new ResponseReader(socket) };
  }

  destroyAll(): void {
    for (const socket of this.sockets.splice(0)) socket.destroy();
  }
}

/**
 * Starts a proxy (one node, plaintext, on 127.0.0.1 with free ports) in front of `broker`, with an
 * optional request `filter` and `limits` over the tests' default (8 MiB frames); logging silent.
 */
export async function proxyInFrontOf(
  broker: ScriptedBroker,
  filter?: RequestFilter,
  limits: Record<string, number> = {},
): Promise<RunningProxy> {
  const config = resolveConfig(
    {
      listen: { host: '127.0.0.1', bootstrapPort: 0, brokerPortBase: await freeBrokerPortBase([1]) },
      upstream: { bootstrapServers: [`127.0.0.1:${broker.port}`], connectTimeoutMs: 2000 },
      limits: { maxFrameBytes: 8 * 1024 * 1024, ...limits },
      logging: { level: 'silent' },
    },
    {},
  );
  return startProxy(config, filter === undefined ? {} : { filter });
}
