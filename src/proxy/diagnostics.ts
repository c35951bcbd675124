import diagnosticsChannel from 'node:diagnostics_channel';
import type { ConnectionContext } from '../connection/connection-context.js';
import type { CloseReason } from './counters.js';

/**
 * Bytes the proxy writes to a client, published for whoever listens (tests scanning every response
 * for real broker addresses; a capture tool). Costs one `hasSubscribers` check when nobody does.
 */
export interface ClientWriteMessage {
  connectionId: number;
  /**
   * A view of the bytes, valid only during the call: it may point into a read buffer the proxy
   * reuses for the next read (src/connection/reused-read-buffer.ts). Copy it to keep it.
   */
  chunk: Buffer;
}

export const clientWriteChannel = diagnosticsChannel.channel('kafka-l7-proxy:client-write');

/**
 * Client connection lifecycle, for the audit trail and the metrics: `opened` once the client is
 * accepted, `authenticated` when the broker accepts its SASL exchange, `closed` once (with the
 * reason when it was not an ordinary disconnect).
 */
export interface ConnectionEventMessage {
  event: 'opened' | 'authenticated' | 'closed';
  context: ConnectionContext;
  /** Address and port of the proxy listener the client connected to. */
  localAddress: string;
  localPort: number;
  /** authenticated: the SASL mechanism. */
  mechanism?: string;
  /** closed: why, when the proxy closed it (bad input, idle timeout, draining...). */
  reason?: CloseReason;
}

export const connectionChannel = diagnosticsChannel.channel('kafka-l7-proxy:connection');

/** A forwarded request's response arrived from the broker: the upstream latency of one request. */
export interface UpstreamResponseMessage {
  connectionId: number;
  apiKey: number;
  apiVersion: number;
  /** From writing the request upstream to the first bytes of its response. */
  seconds: number;
}

export const upstreamResponseChannel = diagnosticsChannel.channel('kafka-l7-proxy:upstream-response');
