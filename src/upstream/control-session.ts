import type net from 'node:net';
import { decodeResponseHeader, encodeRequestFrame } from '../../protocol/framing/index.js';
import { REQUEST_CODECS, type MessageCodec } from '../../protocol/generated/codecs.js';
import { decodeSaslAuthenticateResponse } from '../../protocol/generated/messages/sasl-authenticate.js';
import { decodeSaslHandshakeResponse } from '../../protocol/generated/messages/sasl-handshake.js';
import { Reader } from '../../protocol/primitives/index.js';
import type { UpstreamConfig } from '../config/proxy-config.js';
import { FrameStream } from '../connection/frame-stream.js';
import { ScramClient } from '../sasl/scram-client.js';
import type { BrokerAddress } from './broker-directory.js';
import { connectUpstream, type UpstreamTls } from './connect-upstream.js';
import { ApiKey } from '../../protocol/generated/api-keys.js';

const SASL_HANDSHAKE = ApiKey.SaslHandshake;
const SASL_AUTHENTICATE = ApiKey.SaslAuthenticate;
/** Largest response the proxy's own requests accept (a Metadata answer of a very large cluster). */
const MAX_CONTROL_RESPONSE_BYTES = 64 * 1024 * 1024;

/**
 * Why a control session failed after its connection opened (a failed connect is connectUpstream's
 * error, see isConnectFailure): `closed`, the broker closed the connection before answering (a
 * listener that requires SASL closes it on any request other than ApiVersions and SaslHandshake
 * before authentication); `timeout`, no answer within the session's timeout; `sasl-mechanism`,
 * SaslHandshake refused the mechanism; `sasl-authentication`, SaslAuthenticate answered an error
 * (e.g. SASL_AUTHENTICATION_FAILED, wrong credentials), or the server's SCRAM proof did not verify.
 */
export type ControlSessionFailure = 'closed' | 'timeout' | 'sasl-mechanism' | 'sasl-authentication';

/** A control session's failure of kind `kind`, with the broker's words in the message when it gave some. */
export class ControlSessionError extends Error {
  constructor(
    readonly kind: ControlSessionFailure,
    message: string,
  ) {
    super(message);
    this.name = 'ControlSessionError';
  }
}

/** Sends one request on a control session; resolves with a reader at the response body. */
export type ControlCall = (apiKey: number, apiVersion: number, body: unknown) => Promise<Reader>;

/** A connection of the proxy's own to a broker, authenticated with `upstream.sasl` when set. */
export interface ControlSession {
  readonly socket: net.Socket;
  readonly call: ControlCall;
}

export interface ControlSessionOptions {
  readonly tls: UpstreamTls | undefined;
  readonly timeoutMs: number;
  readonly sasl?: UpstreamConfig['sasl'];
  /** Correlation ids for the session's requests; shared so that logs never show one twice. */
  readonly nextCorrelationId: () => number;
}

/**
 * Opens a control session: connects (TLS when configured), then authenticates by PLAIN or SCRAM when
 * `sasl` is set. The caller destroys `socket` when done; a failed authentication destroys it here.
 * Used by the broker-list poller and the topic-ID lookup, so both reach brokers that require SASL.
 */
export async function openControlSession(
  server: BrokerAddress,
  options: ControlSessionOptions,
): Promise<ControlSession> {
  const socket = await connectUpstream(server, options.tls, options.timeoutMs);
  const call = controlCall(socket, options.timeoutMs, options.nextCorrelationId);
  try {
    if (options.sasl !== undefined) await authenticate(call, options.sasl);
  } catch (error) {
    socket.destroy();
    throw error;
  }
  return { socket, call };
}

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
    MAX_CONTROL_RESPONSE_BYTES,
  );
  socket.on('data', (chunk: Buffer) => frames.push(chunk));
  socket.on('error', (error) => failAll(error));
  socket.on('close', () =>
    failAll(new ControlSessionError('closed', 'the broker closed the control connection')),
  );
  return async (apiKey, apiVersion, body) => {
    const correlationId = nextCorrelationId();
    const codec = REQUEST_CODECS.get(apiKey)! as MessageCodec<unknown>;
    const frame = await new Promise<Buffer>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(new ControlSessionError('timeout', `no response to API key ${apiKey} in ${timeoutMs} ms`)),
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
    throw new ControlSessionError(
      'sasl-mechanism',
      `broker refused SASL mechanism ${sasl.mechanism} (offers ${handshake.mechanisms.join(', ')})`,
    );
  }
  const round = async (authBytes: Buffer): Promise<Buffer> => {
    const response = decodeSaslAuthenticateResponse(await call(SASL_AUTHENTICATE, 2, { authBytes }), 2);
    if (response.errorCode !== 0) {
      throw new ControlSessionError(
        'sasl-authentication',
        `SASL authentication failed: ${response.errorMessage ?? `error code ${response.errorCode}`}`,
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
  const serverFinal = await round(scram.final(serverFirst));
  try {
    scram.verify(serverFinal);
  } catch (error) {
    throw new ControlSessionError('sasl-authentication', (error as Error).message);
  }
}
