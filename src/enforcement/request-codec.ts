// Full decode of a request body held by the proxy, and re-encoding of a request the policy changed.
// Frames here start with their 4-byte size, as the proxy holds them.

import { encodeRequestFrame } from '../../protocol/framing/index.js';
import {
  REQUEST_CODECS,
  RESPONSE_CODECS,
  responseCodecOf,
  type ApiKeyNumber,
  type MessageCodec,
  type ResponseOf,
} from '../../protocol/generated/codecs.js';
import { DecodeError, Reader } from '../../protocol/primitives/index.js';
import type { RequestHeaderInfo } from '../connection/request-decision.js';
import { decodeResponseHeader } from '../../protocol/framing/index.js';

/**
 * Decodes the body of a whole request frame as the broker's generated readers read it: they stop
 * after the last field of the version and ignore any bytes left in the frame (librdkafka 2.x sends
 * Metadata v13 with 3 such bytes), so trailing bytes are accepted here too; the proxy forwards the
 * frame as it came when the policy changes nothing. Throws DecodeError on what the broker's readers
 * refuse as well (a field past the end, a null where none is allowed, a tag invalid at the version).
 */
export function decodeRequestFrameBody(frame: Buffer, header: RequestHeaderInfo): unknown {
  const codec = REQUEST_CODECS.get(header.apiKey);
  if (codec === undefined) throw new DecodeError(`no request codec for API key ${header.apiKey}`, 0);
  return codec.decode(new Reader(frame, 4 + header.headerLength), header.apiVersion);
}

/** A new request frame with the same header (correlation id, client id) and `body` at `version`. */
export function encodeRequestWithBody(
  header: RequestHeaderInfo,
  body: unknown,
  version = header.apiVersion,
): Buffer {
  return encodeRequestFrame(
    REQUEST_CODECS.get(header.apiKey)! as MessageCodec<unknown>,
    {
      apiKey: header.apiKey,
      apiVersion: version,
      correlationId: header.correlationId,
      clientId: header.clientId,
    },
    body,
  );
}

/** Decodes a broker response frame (size prefix included) to a request of `apiKey` at `version`. */
export function decodeResponseFrame(
  frame: Buffer,
  apiKey: number,
  version: number,
): { body: unknown; headerEnd: number } {
  const header = decodeResponseHeader(frame.subarray(4), apiKey, version);
  const r = new Reader(frame, 4 + header.headerLength);
  const body = RESPONSE_CODECS.get(apiKey)!.decode(r, version);
  return { body, headerEnd: 4 + header.headerLength };
}

/**
 * A response frame with the broker's header bytes (correlation id and, when flexible, its tagged
 * fields) and a new body encoded at `version`.
 */
export function responseFrameWithBody(
  frame: Buffer,
  headerEnd: number,
  apiKey: number,
  version: number,
  body: unknown,
): Buffer {
  const encoded = RESPONSE_CODECS.get(apiKey)!.encode(body, version);
  const out = Buffer.allocUnsafe(headerEnd + encoded.length);
  frame.copy(out, 0, 0, headerEnd);
  out.writeInt32BE(headerEnd - 4 + encoded.length, 0);
  encoded.copy(out, headerEnd);
  return out;
}

/** Encodes a response body the proxy built, at the request's version. */
export function encodeResponseBody(apiKey: number, version: number, body: unknown): Buffer {
  return RESPONSE_CODECS.get(apiKey)!.encode(body, version);
}

/**
 * A rewrite of the broker's answer to a request of `apiKey` forwarded at `brokerVersion`: the answer
 * is decoded at that version, `edit` changes it in place, and it goes to the client encoded at
 * `clientVersion` (the request's own version, unless the proxy sent it to the broker at another)
 * behind the broker's header bytes (correlation id and, when flexible, its tagged fields). `edit`
 * returning false says it changed nothing: the frame then passes as the broker wrote it (the versions
 * must be the same). Decode errors are thrown (the connection closes on them).
 */
export function responseRewrite<K extends ApiKeyNumber>(
  apiKey: K,
  brokerVersion: number,
  edit: (response: ResponseOf<K>) => boolean | void,
  clientVersion = brokerVersion,
): (responseFrame: Buffer) => Buffer {
  const codec = responseCodecOf(apiKey);
  return (responseFrame) => {
    const headerEnd = 4 + decodeResponseHeader(responseFrame.subarray(4), apiKey, brokerVersion).headerLength;
    const response = codec.decode(new Reader(responseFrame, headerEnd), brokerVersion);
    if (edit(response) === false && clientVersion === brokerVersion) return responseFrame;
    return responseFrameWithBody(responseFrame, headerEnd, apiKey, clientVersion, response);
  };
}
