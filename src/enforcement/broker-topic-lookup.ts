// Asks a broker which topics some topic IDs name: one Metadata request (v12, topics by ID) on a
// short-lived connection of the proxy's own. Used only for IDs the proxy has not seen in any
// Metadata response yet, which is rare: clients learn IDs from Metadata, which passes the proxy.

import { decodeResponseHeader, encodeRequestFrame } from '../../protocol/framing/index.js';
import { REQUEST_CODECS, type MessageCodec } from '../../protocol/generated/codecs.js';
import { decodeMetadataResponse, type MetadataRequest } from '../../protocol/generated/messages/metadata.js';
import { Reader } from '../../protocol/primitives/index.js';
import { FrameStream } from '../connection/frame-stream.js';
import { parseHostPort } from '../upstream/broker-directory.js';
import { connectUpstream, type UpstreamTls } from '../upstream/connect-upstream.js';

const METADATA = 3;
const METADATA_BY_ID_VERSION = 12;

/** What a broker said about one topic ID: its name, or that it knows no such topic. */
export type TopicIdAnswer = { id: string; name: string } | { id: string; name: null; errorCode: number };

export interface TopicLookup {
  /** Rejects when the broker cannot be asked (unreachable, needs SASL...). */
  lookup(ids: readonly string[]): Promise<TopicIdAnswer[]>;
}

export class BrokerTopicLookup implements TopicLookup {
  private correlationId = 0;
  private next = 0;

  constructor(
    private readonly bootstrapServers: readonly string[],
    private readonly tls: UpstreamTls | undefined,
    private readonly timeoutMs: number,
  ) {}

  async lookup(ids: readonly string[]): Promise<TopicIdAnswer[]> {
    const server = this.bootstrapServers[this.next++ % this.bootstrapServers.length]!;
    const socket = await connectUpstream(parseHostPort(server), this.tls, this.timeoutMs);
    try {
      const correlationId = ++this.correlationId;
      const request = encodeRequestFrame(
        REQUEST_CODECS.get(METADATA)! as MessageCodec<MetadataRequest>,
        { apiKey: METADATA, apiVersion: METADATA_BY_ID_VERSION, correlationId, clientId: 'kafka-l7-proxy' },
        {
          topics: ids.map((topicId) => ({ topicId, name: null })),
          allowAutoTopicCreation: false,
          includeClusterAuthorizedOperations: false,
          includeTopicAuthorizedOperations: false,
        },
      );
      const frame = await new Promise<Buffer>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no Metadata response in time')), this.timeoutMs);
        const frames = new FrameStream(
          {
            frameStart: () => 'hold',
            frameHeld: (chunks, length) => {
              clearTimeout(timer);
              resolve(Buffer.concat(chunks, length));
            },
            frameStreamed: () => undefined,
            frameError: (_reason, detail) => {
              clearTimeout(timer);
              reject(new Error(detail));
            },
          },
          64 * 1024 * 1024,
        );
        socket.on('data', (chunk: Buffer) => frames.push(chunk));
        socket.on('error', (error) => reject(error));
        socket.on('close', () => reject(new Error('the broker closed the connection')));
        socket.write(request);
      });
      const header = decodeResponseHeader(frame.subarray(4), METADATA, METADATA_BY_ID_VERSION);
      if (header.correlationId !== correlationId) throw new Error('unexpected correlation id');
      const response = decodeMetadataResponse(
        new Reader(frame, 4 + header.headerLength),
        METADATA_BY_ID_VERSION,
      );
      return response.topics.map((t) =>
        t.errorCode === 0 && t.name !== null
          ? { id: t.topicId, name: t.name }
          : { id: t.topicId, name: null, errorCode: t.errorCode },
      );
    } finally {
      socket.destroy();
    }
  }
}
