/**
 * Lean Kafka clients for the connection-scale benchmark: a raw socket each, one ApiVersions v3 and
 * one Metadata v12 round trip (frames built with the codec's encoders), then idle. No client
 * library, so the client side stays small enough for 10,000 connections in one process.
 */
import net from 'node:net';
import {
  ApiKey,
  decodeResponseBody,
  decodeResponseHeader,
  encodeRequestFrame,
  REQUEST_CODECS,
  type ApiVersionsRequest,
  type ApiVersionsResponse,
  type MetadataRequest,
  type MetadataResponse,
} from '../../protocol/index.js';

const API_VERSIONS_VERSION = 3;
const METADATA_VERSION = 12;

const apiVersionsBody: ApiVersionsRequest = {
  clientSoftwareName: 'kafka-l7-proxy-bench',
  clientSoftwareVersion: '1',
};
export const apiVersionsFrame = encodeRequestFrame(
  REQUEST_CODECS.get(ApiKey.ApiVersions)!,
  { apiKey: ApiKey.ApiVersions, apiVersion: API_VERSIONS_VERSION, correlationId: 1, clientId: 'bench-idle' },
  apiVersionsBody,
);

// No topics: the answer names the brokers (rewritten to the proxy's addresses) and nothing else.
const metadataBody: MetadataRequest = {
  topics: [],
  allowAutoTopicCreation: false,
  includeClusterAuthorizedOperations: false,
  includeTopicAuthorizedOperations: false,
};
const metadataFrame = encodeRequestFrame(
  REQUEST_CODECS.get(ApiKey.Metadata)!,
  { apiKey: ApiKey.Metadata, apiVersion: METADATA_VERSION, correlationId: 2, clientId: 'bench-idle' },
  metadataBody,
);

/** Reads exactly one response frame (without its size prefix) from the socket. */
export function nextFrame(socket: net.Socket, timeoutMs: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    let buffered: Buffer = Buffer.alloc(0);
    const timer = setTimeout(() => finish(new Error('no response within the timeout')), timeoutMs);
    const finish = (error: Error | undefined, frame?: Buffer): void => {
      clearTimeout(timer);
      socket.off('data', onData);
      socket.off('error', onError);
      socket.off('close', onClose);
      if (error) reject(error);
      else resolve(frame!);
    };
    const onData = (chunk: Buffer): void => {
      buffered = buffered.length === 0 ? chunk : Buffer.concat([buffered, chunk]);
      if (buffered.length < 4) return;
      const size = buffered.readInt32BE(0);
      if (buffered.length < 4 + size) return;
      if (buffered.length > 4 + size) return finish(new Error('more bytes than one response'));
      finish(undefined, buffered.subarray(4));
    };
    const onError = (error: Error): void => finish(error);
    const onClose = (): void => finish(new Error('connection closed before the response'));
    socket.on('data', onData);
    socket.once('error', onError);
    socket.once('close', onClose);
  });
}

/**
 * Connects, does the ApiVersions and Metadata round trips and leaves the socket open and idle.
 * Rejects (and destroys the socket) on any error or an error code in either response.
 */
export async function openIdleClient(host: string, port: number, timeoutMs = 30_000): Promise<net.Socket> {
  const socket = net.connect({ host, port });
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
    socket.write(apiVersionsFrame);
    const versionsFrame = await nextFrame(socket, timeoutMs);
    const versionsHeader = decodeResponseHeader(versionsFrame, ApiKey.ApiVersions, API_VERSIONS_VERSION);
    const versions = decodeResponseBody(
      versionsFrame,
      versionsHeader,
      ApiKey.ApiVersions,
      API_VERSIONS_VERSION,
    ) as ApiVersionsResponse;
    if (versions.errorCode !== 0) throw new Error(`ApiVersions error code ${versions.errorCode}`);
    socket.write(metadataFrame);
    const metadataFrameIn = await nextFrame(socket, timeoutMs);
    const metadataHeader = decodeResponseHeader(metadataFrameIn, ApiKey.Metadata, METADATA_VERSION);
    const metadata = decodeResponseBody(
      metadataFrameIn,
      metadataHeader,
      ApiKey.Metadata,
      METADATA_VERSION,
    ) as MetadataResponse;
    if (metadata.brokers.length === 0) throw new Error('Metadata named no broker');
    // Idle from here on: nothing is read, errors are recorded by the caller's close handler.
    socket.on('error', () => undefined);
    return socket;
  } catch (error) {
    socket.destroy();
    throw error;
  }
}

/** Opens `count` idle clients, `parallel` at a time. */
export async function openIdleClients(
  host: string,
  port: number,
  count: number,
  parallel = 200,
): Promise<net.Socket[]> {
  const sockets: net.Socket[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      next++;
      sockets.push(await openIdleClient(host, port));
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(parallel, count) }, worker));
  } catch (error) {
    for (const s of sockets) s.destroy();
    throw error;
  }
  return sockets;
}
