// Asks a broker which topics some topic IDs name: one Metadata request (v12, topics by ID) on a
// short-lived control session of the proxy's own, authenticated with upstream.sasl when set. Used
// only for IDs the proxy has not seen in any Metadata response yet, which is rare: clients learn IDs
// from Metadata, which passes the proxy. Also lists every topic (Metadata for all topics), for the
// resolution of KIP-848 regex subscriptions (cluster-topics.ts).

import {
  decodeMetadataResponse,
  type MetadataRequest,
  type MetadataResponse,
} from '../../protocol/generated/messages/metadata.js';
import type { UpstreamConfig } from '../config/proxy-config.js';
import { parseHostPort } from '../upstream/broker-directory.js';
import type { UpstreamTls } from '../upstream/connect-upstream.js';
import { openControlSession } from '../upstream/control-session.js';
import { ApiKey } from '../../protocol/generated/api-keys.js';

const METADATA = ApiKey.Metadata;
const METADATA_BY_ID_VERSION = 12;

/** What a broker said about one topic ID: its name, or that it knows no such topic. */
export type TopicIdAnswer = { id: string; name: string } | { id: string; name: null; errorCode: number };

export interface TopicLookup {
  /** Rejects when the broker cannot be asked (unreachable, needs SASL...). */
  lookup(ids: readonly string[]): Promise<TopicIdAnswer[]>;
  /** Every topic of the cluster with its ID (Metadata for all topics); rejects like `lookup`. */
  listTopics(): Promise<Array<{ id: string; name: string }>>;
}

export class BrokerTopicLookup implements TopicLookup {
  private correlationId = 0;
  private next = 0;

  constructor(
    private readonly bootstrapServers: readonly string[],
    private readonly tls: UpstreamTls | undefined,
    private readonly timeoutMs: number,
    /** `upstream.sasl`: brokers that require SASL answer only an authenticated session. */
    private readonly sasl?: UpstreamConfig['sasl'],
  ) {}

  async lookup(ids: readonly string[]): Promise<TopicIdAnswer[]> {
    const response = await this.metadata(ids.map((topicId) => ({ topicId, name: null })));
    return response.topics.map((t) =>
      t.errorCode === 0 && t.name !== null
        ? { id: t.topicId, name: t.name }
        : { id: t.topicId, name: null, errorCode: t.errorCode },
    );
  }

  async listTopics(): Promise<Array<{ id: string; name: string }>> {
    const response = await this.metadata(null);
    return response.topics.flatMap((t) =>
      t.errorCode === 0 && t.name !== null ? [{ id: t.topicId, name: t.name }] : [],
    );
  }

  /** One Metadata request (v12) for `topics` (null: all topics) on a fresh control session. */
  private async metadata(topics: MetadataRequest['topics']): Promise<MetadataResponse> {
    const server = this.bootstrapServers[this.next++ % this.bootstrapServers.length]!;
    const { socket, call } = await openControlSession(parseHostPort(server), {
      tls: this.tls,
      timeoutMs: this.timeoutMs,
      sasl: this.sasl,
      nextCorrelationId: () => ++this.correlationId,
    });
    try {
      const body = await call(METADATA, METADATA_BY_ID_VERSION, {
        topics,
        allowAutoTopicCreation: false,
        includeClusterAuthorizedOperations: false,
        includeTopicAuthorizedOperations: false,
      } satisfies MetadataRequest);
      return decodeMetadataResponse(body, METADATA_BY_ID_VERSION);
    } finally {
      socket.destroy();
    }
  }
}
