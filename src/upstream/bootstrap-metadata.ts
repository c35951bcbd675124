// The proxy's own Metadata requests (v12) to the upstream bootstrap brokers, each on a fresh control
// session (control-session.ts: TLS and upstream.sasl as configured), the brokers asked in turn. The
// broker-list poller (cluster-metadata-poller.ts) asks for no topics, the topic-ID lookup
// (src/enforcement/broker-topic-lookup.ts) for topics by ID or for all of them.

import type net from 'node:net';
import {
  decodeMetadataResponse,
  type MetadataRequest,
  type MetadataResponse,
} from '../../protocol/generated/messages/metadata.js';
import { ApiKey } from '../../protocol/generated/api-keys.js';
import { parseHostPort } from './broker-directory.js';
import { openControlSession, type ControlSessionOptions } from './control-session.js';

/** Metadata v12: flexible, names topics by ID, and answered by every Kafka since 3.1 (4.1 speaks 0-13). */
export const BOOTSTRAP_METADATA_VERSION = 12;

export class BootstrapMetadata {
  private correlationId = 0;
  private next = 0;
  private readonly sockets = new Set<net.Socket>();

  constructor(
    private readonly bootstrapServers: readonly string[],
    private readonly options: Omit<ControlSessionOptions, 'nextCorrelationId'>,
  ) {}

  /** The session settings without the credentials, for a probe of the proxy's own (same TLS, timeout). */
  get sessionOptions(): Omit<ControlSessionOptions, 'sasl'> {
    return {
      tls: this.options.tls,
      timeoutMs: this.options.timeoutMs,
      nextCorrelationId: () => ++this.correlationId,
    };
  }

  /**
   * One Metadata request for `topics` (null: every topic; []: none, only the brokers) to the next
   * bootstrap broker, on a session closed once it has answered. Never creates topics or asks for
   * authorized operations. Rejects when the broker cannot be reached, refuses the authentication,
   * or does not answer within the session's timeout.
   */
  metadata(topics: MetadataRequest['topics']): Promise<MetadataResponse> {
    return this.metadataFrom(this.rotation()[0]!, topics);
  }

  /** Every bootstrap broker once, starting with the next one in turn (and advancing the turn). */
  rotation(): string[] {
    const start = this.next++ % this.bootstrapServers.length;
    return [...this.bootstrapServers.slice(start), ...this.bootstrapServers.slice(0, start)];
  }

  /** As `metadata`, from `server` (`host:port`). */
  async metadataFrom(server: string, topics: MetadataRequest['topics']): Promise<MetadataResponse> {
    const { socket, call } = await openControlSession(parseHostPort(server), {
      ...this.options,
      nextCorrelationId: () => ++this.correlationId,
    });
    this.sockets.add(socket);
    try {
      const body = await call(ApiKey.Metadata, BOOTSTRAP_METADATA_VERSION, {
        topics,
        allowAutoTopicCreation: false,
        includeClusterAuthorizedOperations: false,
        includeTopicAuthorizedOperations: false,
      } satisfies MetadataRequest);
      return decodeMetadataResponse(body, BOOTSTRAP_METADATA_VERSION);
    } finally {
      socket.destroy();
      this.sockets.delete(socket);
    }
  }

  /** Closes the sessions of requests still waiting (they reject). */
  close(): void {
    for (const socket of this.sockets) socket.destroy();
  }
}
