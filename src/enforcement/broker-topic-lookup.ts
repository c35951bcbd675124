// Asks a broker which topics some topic IDs name: one Metadata request (v12, topics by ID) on a
// short-lived control session of the proxy's own, authenticated with upstream.sasl when set. Used
// only for IDs the proxy has not seen in any Metadata response yet, which is rare: clients learn IDs
// from Metadata, which passes the proxy. Also lists every topic (Metadata for all topics), for the
// resolution of KIP-848 regex subscriptions (cluster-topics.ts).

import type { UpstreamConfig } from '../config/proxy-config.js';
import { BootstrapMetadata } from '../upstream/bootstrap-metadata.js';
import type { UpstreamTls } from '../upstream/connect-upstream.js';

/** What a broker said about one topic ID: its name, or that it knows no such topic. */
export type TopicIdAnswer = { id: string; name: string } | { id: string; name: null; errorCode: number };

export interface TopicLookup {
  /** Rejects when the broker cannot be asked (unreachable, needs SASL...). */
  lookup(ids: readonly string[]): Promise<TopicIdAnswer[]>;
  /** Every topic of the cluster with its ID (Metadata for all topics); rejects like `lookup`. */
  listTopics(): Promise<Array<{ id: string; name: string }>>;
}

export class BrokerTopicLookup implements TopicLookup {
  private readonly brokers: BootstrapMetadata;

  constructor(
    bootstrapServers: readonly string[],
    tls: UpstreamTls | undefined,
    timeoutMs: number,
    /** `upstream.sasl`: brokers that require SASL answer only an authenticated session. */
    sasl?: UpstreamConfig['sasl'],
  ) {
    this.brokers = new BootstrapMetadata(bootstrapServers, { tls, timeoutMs, sasl });
  }

  async lookup(ids: readonly string[]): Promise<TopicIdAnswer[]> {
    const response = await this.brokers.metadata(ids.map((topicId) => ({ topicId, name: null })));
    return response.topics.map((t) =>
      t.errorCode === 0 && t.name !== null
        ? { id: t.topicId, name: t.name }
        : { id: t.topicId, name: null, errorCode: t.errorCode },
    );
  }

  async listTopics(): Promise<Array<{ id: string; name: string }>> {
    const response = await this.brokers.metadata(null);
    return response.topics.flatMap((t) =>
      t.errorCode === 0 && t.name !== null ? [{ id: t.topicId, name: t.name }] : [],
    );
  }
}
