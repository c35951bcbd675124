import diagnosticsChannel from 'node:diagnostics_channel';

/**
 * Bytes the proxy writes to a client, published for whoever listens (tests scanning every response
 * for real broker addresses; a capture tool). Costs one `hasSubscribers` check when nobody does.
 */
export interface ClientWriteMessage {
  connectionId: number;
  chunk: Buffer;
}

export const clientWriteChannel = diagnosticsChannel.channel('kafka-l7-proxy:client-write');
