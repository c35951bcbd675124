import type net from 'node:net';
import { decodeResponseHeader, encodeRequestFrame } from '../../protocol/framing/index.js';
import { REQUEST_CODECS, type MessageCodec } from '../../protocol/generated/codecs.js';
import { decodeMetadataResponse, type MetadataRequest } from '../../protocol/generated/messages/metadata.js';
import { decodeSaslAuthenticateResponse } from '../../protocol/generated/messages/sasl-authenticate.js';
import { decodeSaslHandshakeResponse } from '../../protocol/generated/messages/sasl-handshake.js';
import type { UpstreamConfig } from '../config/proxy-config.js';
import { ScramClient } from '../sasl/scram-client.js';
import { Reader } from '../../protocol/primitives/index.js';
import { FrameStream } from '../connection/frame-stream.js';
import type { Logger } from '../log.js';
import { parseHostPort, type BrokerDirectory } from './broker-directory.js';
import { connectUpstream, type UpstreamTls } from './connect-upstream.js';

const METADATA = 3;
const SASL_HANDSHAKE = 17;
const SASL_AUTHENTICATE = 36;
/** Metadata v12: flexible, and answered by every Kafka since 3.1 (4.1 speaks 0-13). */
const METADATA_VERSION = 12;

/**
 * The proxy's own control connection. It asks a bootstrap broker for the list of brokers (a Metadata
 * request naming no topics) at start, every `refreshMs`, and on demand when a client connects to the
 * listener of a node the proxy has not seen yet, so that node listeners exist before clients are told
 * about them and survive a proxy restart. Against brokers that require SASL it authenticates with
 * `upstream.sasl` (PLAIN or SCRAM); without those credentials the broker refuses it and the proxy
 * learns nodes only from the Metadata responses that pass through, which is logged once.
 */
export class ClusterMetadataPoller {
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<void> | undefined;
  private correlationId = 0;
  private nextServer = 0;
  private warned = false;
  private stopped = false;
  private socket: net.Socket | undefined;

  constructor(
    private readonly bootstrapServers: string[],
    private readonly directory: BrokerDirectory,
    private readonly upstreamTls: UpstreamTls | undefined,
    private readonly connectTimeoutMs: number,
    private readonly refreshMs: number,
    private readonly log: Logger,
    private readonly sasl?: UpstreamConfig['sasl'],
  ) {}

  start(): Promise<void> {
    this.timer = setInterval(() => void this.refresh(), this.refreshMs);
    this.timer.unref();
    return this.refresh();
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.timer);
    this.socket?.destroy();
  }

  /** One refresh at a time; concurrent callers share it. Never rejects. */
  refresh(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.inFlight ??= this.fetchBrokers()
      .then(
        () => {
          this.warned = false;
        },
        (error: unknown) => {
          const log = { err: (error as Error).message };
          if (!this.warned)
            this.log.warn(log, 'cannot fetch the broker list; learning brokers from client traffic only');
          else this.log.debug(log, 'broker list refresh failed');
          this.warned = true;
        },
      )
      .finally(() => {
        this.inFlight = undefined;
      });
    return this.inFlight;
  }

  private async fetchBrokers(): Promise<void> {
    const server = this.bootstrapServers[this.nextServer++ % this.bootstrapServers.length]!;
    const socket = await connectUpstream(parseHostPort(server), this.upstreamTls, this.connectTimeoutMs);
    this.socket = socket;
    try {
      const call = controlCall(socket, this.connectTimeoutMs, () => ++this.correlationId);
      if (this.sasl !== undefined) await authenticate(call, this.sasl);
      const r = await call(METADATA, METADATA_VERSION, {
        topics: [],
        allowAutoTopicCreation: false,
        includeClusterAuthorizedOperations: false,
        includeTopicAuthorizedOperations: false,
      } satisfies MetadataRequest);
      const response = decodeMetadataResponse(r, METADATA_VERSION);
      for (const broker of response.brokers) {
        this.directory.learn(broker.nodeId, { host: broker.host, port: broker.port });
      }
    } finally {
      socket.destroy();
      this.socket = undefined;
    }
  }
}

/** Sends one request on the control connection; resolves with a reader at the response body. */
type ControlCall = (apiKey: number, apiVersion: number, body: unknown) => Promise<Reader>;

function controlCall(socket: net.Socket, timeoutMs: number, nextCorrelationId: () => number): ControlCall {
  const waiting: Array<{ resolve: (frame: Buffer) => void; reject: (error: Error) => void }> = [];
  const failAll = (error: Error): void => {
    for (const w of waiting.splice(0)) w.reject(error);
  };
  const frames = new FrameStream(
    {
      frameStart: () => 'hold',
      frameHeld: (chunks, length) => waiting.shift()?.resolve(Buffer.concat(chunks, length)),
      frameStreamed: () => undefined,
      frameError: (_reason, detail) => failAll(new Error(detail)),
    },
    64 * 1024 * 1024,
  );
  socket.on('data', (chunk: Buffer) => frames.push(chunk));
  socket.on('error', (error) => failAll(error));
  socket.on('close', () => failAll(new Error('the broker closed the control connection')));
  return async (apiKey, apiVersion, body) => {
    const correlationId = nextCorrelationId();
    const codec = REQUEST_CODECS.get(apiKey)! as MessageCodec<unknown>;
    const frame = await new Promise<Buffer>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no response to API key ${apiKey} in time`)),
        timeoutMs,
      );
      waiting.push({
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      socket.write(
        encodeRequestFrame(codec, { apiKey, apiVersion, correlationId, clientId: 'kafka-l7-proxy' }, body),
      );
    });
    const header = decodeResponseHeader(frame.subarray(4), apiKey, apiVersion);
    if (header.correlationId !== correlationId)
      throw new Error('unexpected correlation id on the control connection');
    return new Reader(frame, 4 + header.headerLength);
  };
}

/** SaslHandshake v1 then SaslAuthenticate v2 rounds: PLAIN in one, SCRAM in two (server proof checked). */
async function authenticate(call: ControlCall, sasl: NonNullable<UpstreamConfig['sasl']>): Promise<void> {
  const handshake = decodeSaslHandshakeResponse(
    await call(SASL_HANDSHAKE, 1, { mechanism: sasl.mechanism }),
    1,
  );
  if (handshake.errorCode !== 0) {
    throw new Error(
      `broker refused SASL mechanism ${sasl.mechanism} (offers ${handshake.mechanisms.join(', ')})`,
    );
  }
  const round = async (authBytes: Buffer): Promise<Buffer> => {
    const response = decodeSaslAuthenticateResponse(await call(SASL_AUTHENTICATE, 2, { authBytes }), 2);
    if (response.errorCode !== 0) {
      throw new Error(
        `SASL authentication of the control connection failed: ${response.errorMessage ?? response.errorCode}`,
      );
    }
    return response.authBytes;
  };
  if (sasl.mechanism === 'PLAIN') {
    await round(Buffer.from(`\0${sasl.username}\0${sasl.password}`));
    return;
  }
  const scram = new ScramClient(sasl.mechanism, sasl.username, sasl.password);
  const serverFirst = await round(scram.first());
  scram.verify(await round(scram.final(serverFirst)));
}
