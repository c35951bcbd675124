import type net from 'node:net';
import { decodeResponseHeader, encodeRequestFrame } from '../../protocol/framing/index.js';
import { REQUEST_CODECS, type MessageCodec } from '../../protocol/generated/codecs.js';
import { decodeMetadataResponse, type MetadataRequest } from '../../protocol/generated/messages/metadata.js';
import { Reader } from '../../protocol/primitives/index.js';
import { FrameStream } from '../connection/frame-stream.js';
import type { Logger } from '../log.js';
import { parseHostPort, type BrokerDirectory } from './broker-directory.js';
import { connectUpstream, type UpstreamTls } from './connect-upstream.js';

const METADATA = 3;
/** Metadata v12: flexible, and answered by every Kafka since 3.1 (4.1 speaks 0-13). */
const METADATA_VERSION = 12;

/**
 * The proxy's own control connection. It asks a bootstrap broker for the list of brokers (a Metadata
 * request naming no topics) at start, every `refreshMs`, and on demand when a client connects to the
 * listener of a node the proxy has not seen yet, so that node listeners exist before clients are told
 * about them and survive a proxy restart. Brokers that require SASL refuse it; the proxy then learns
 * nodes only from the Metadata responses that pass through, which is logged once.
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
      const correlationId = ++this.correlationId;
      const request = encodeRequestFrame(
        REQUEST_CODECS.get(METADATA)! as MessageCodec<MetadataRequest>,
        { apiKey: METADATA, apiVersion: METADATA_VERSION, correlationId, clientId: 'kafka-l7-proxy' },
        {
          topics: [],
          allowAutoTopicCreation: false,
          includeClusterAuthorizedOperations: false,
          includeTopicAuthorizedOperations: false,
        },
      );
      const frame = await new Promise<Buffer>((resolveFrame, rejectFrame) => {
        const resolve = (value: Buffer): void => {
          clearTimeout(timer);
          resolveFrame(value);
        };
        const reject = (error: Error): void => {
          clearTimeout(timer);
          rejectFrame(error);
        };
        const frames = new FrameStream(
          {
            frameStart: () => 'hold',
            frameHeld: (chunks, length) => resolve(Buffer.concat(chunks, length)),
            frameStreamed: () => undefined,
            frameError: (_reason, detail) => reject(new Error(detail)),
          },
          64 * 1024 * 1024,
        );
        const timer = setTimeout(
          () => reject(new Error('no Metadata response in time')),
          this.connectTimeoutMs,
        );
        socket.on('data', (chunk: Buffer) => frames.push(chunk));
        socket.on('error', (error) => reject(error));
        socket.on('close', () => reject(new Error('the broker closed the control connection')));
        socket.write(request);
      });
      const header = decodeResponseHeader(frame.subarray(4), METADATA, METADATA_VERSION);
      if (header.correlationId !== correlationId)
        throw new Error('unexpected correlation id on the control connection');
      const r = new Reader(frame, 4 + header.headerLength);
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
