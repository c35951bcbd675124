/**
 * Request and response headers on the hot path: decoding a header never touches the body, and frames
 * built by the proxy (error answers, rewritten messages) are sized once and written in place.
 *
 * Header versions follow the API-key table: request header v2 (with tagged fields) for flexible
 * versions, v1 otherwise, and client_id is always a classic int16-length nullable string; response
 * header v1 for flexible versions, v0 otherwise, except ApiVersions responses, always v0.
 */
import { requestHeaderVersion, responseHeaderVersion } from '../generated/api-keys.js';
import type { MessageCodec } from '../generated/codecs.js';
import {
  decodeRequestHeaderData,
  sizeRequestHeaderData,
  writeRequestHeaderData,
} from '../generated/messages/request-header.js';
import {
  decodeResponseHeaderData,
  sizeResponseHeaderData,
  writeResponseHeaderData,
} from '../generated/messages/response-header.js';
import { DecodeError } from '../primitives/decode-error.js';
import { Reader, type RawTaggedField } from '../primitives/reader.js';
import { Writer } from '../primitives/writer.js';

export interface RequestHeader {
  apiKey: number;
  apiVersion: number;
  correlationId: number;
  clientId: string | null;
  /** 1 or 2, from the API-key table. */
  headerVersion: 1 | 2;
  /** Offset of the body in the frame: where a body decoder starts. */
  headerLength: number;
  /** Tagged fields of a v2 header (none are defined by Kafka 4.1; kept so they can be forwarded). */
  taggedFields: RawTaggedField[] | undefined;
}

/** Decodes the request header of a frame payload (without the 4-byte size); the body is not read. */
export function decodeRequestHeader(frame: Buffer): RequestHeader {
  const r = new Reader(frame);
  let apiKey: number | undefined;
  let apiVersion: number | undefined;
  let headerVersion: 1 | 2;
  let h;
  try {
    // The API key and version decide the header version, so read them first, then the whole header.
    apiKey = r.int16();
    apiVersion = r.int16();
    r.pos = 0;
    headerVersion = requestHeaderVersion(apiKey, apiVersion);
    h = decodeRequestHeaderData(r, headerVersion);
  } catch (err) {
    if (err instanceof DecodeError) {
      err.apiKey = apiKey;
      err.apiVersion = apiVersion;
    }
    throw err;
  }
  return {
    apiKey,
    apiVersion,
    correlationId: h.correlationId,
    clientId: h.clientId,
    headerVersion,
    headerLength: r.pos,
    taggedFields: h._unknownTaggedFields,
  };
}

export interface ResponseHeader {
  correlationId: number;
  headerVersion: 0 | 1;
  headerLength: number;
  taggedFields: RawTaggedField[] | undefined;
}

/** The correlation ID of a response frame: its first four bytes in every header version. */
export function readCorrelationId(frame: Buffer): number {
  if (frame.length < 4)
    throw new DecodeError(`response frame of ${frame.length} bytes has no correlation ID`, 0);
  return frame.readInt32BE(0);
}

/** Decodes a response header; the API key and version come from the request it answers. */
export function decodeResponseHeader(frame: Buffer, apiKey: number, apiVersion: number): ResponseHeader {
  const headerVersion = responseHeaderVersion(apiKey, apiVersion);
  const r = new Reader(frame);
  let h;
  try {
    h = decodeResponseHeaderData(r, headerVersion);
  } catch (err) {
    if (err instanceof DecodeError) {
      err.apiKey = apiKey;
      err.apiVersion = apiVersion;
    }
    throw err;
  }
  return {
    correlationId: h.correlationId,
    headerVersion,
    headerLength: r.pos,
    taggedFields: h._unknownTaggedFields,
  };
}

export interface RequestHeaderFields {
  apiKey: number;
  apiVersion: number;
  correlationId: number;
  clientId: string | null;
  taggedFields?: RawTaggedField[] | undefined;
}

/** A complete request frame (4-byte size, header, body), sized once and written into one buffer. */
export function encodeRequestFrame<T>(codec: MessageCodec<T>, header: RequestHeaderFields, body: T): Buffer {
  const hv = requestHeaderVersion(header.apiKey, header.apiVersion);
  const h = {
    requestApiKey: header.apiKey,
    requestApiVersion: header.apiVersion,
    correlationId: header.correlationId,
    clientId: header.clientId,
    _unknownTaggedFields: header.taggedFields,
  };
  const size = sizeRequestHeaderData(h, hv) + codec.size(body, header.apiVersion);
  const w = Writer.ofSize(4 + size);
  w.int32(size);
  writeRequestHeaderData(w, h, hv);
  codec.write(w, body, header.apiVersion);
  return w.buf;
}

/** A complete response frame (4-byte size, header, body), sized once and written into one buffer. */
export function encodeResponseFrame<T>(
  codec: MessageCodec<T>,
  apiKey: number,
  apiVersion: number,
  correlationId: number,
  body: T,
): Buffer {
  const hv = responseHeaderVersion(apiKey, apiVersion);
  const h = { correlationId };
  const size = sizeResponseHeaderData(h, hv) + codec.size(body, apiVersion);
  const w = Writer.ofSize(4 + size);
  w.int32(size);
  writeResponseHeaderData(w, h, hv);
  codec.write(w, body, apiVersion);
  return w.buf;
}
