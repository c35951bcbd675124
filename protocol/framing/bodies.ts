/**
 * Full body decode by API key, for the frames a proxy must rewrite (it peeks the rest). The header
 * tells where the body starts and which version it is.
 */
import { REQUEST_CODECS, RESPONSE_CODECS } from '../generated/codecs.js';
import { DecodeError } from '../primitives/decode-error.js';
import { Reader } from '../primitives/reader.js';
import type { RequestHeader, ResponseHeader } from './headers.js';

function codecError(kind: string, apiKey: number, apiVersion: number): DecodeError {
  const err = new DecodeError(`no ${kind} codec for API key ${apiKey}`, 0);
  err.apiKey = apiKey;
  err.apiVersion = apiVersion;
  return err;
}

/**
 * Decodes a request body as a Kafka broker reads it: bytes after the last field of the version are
 * ignored, as the broker's generated readers ignore them (librdkafka 2.x sends such bytes).
 */
export function decodeRequestBody(frame: Buffer, header: RequestHeader): unknown {
  const codec = REQUEST_CODECS.get(header.apiKey);
  if (codec === undefined) throw codecError('request', header.apiKey, header.apiVersion);
  return codec.decode(new Reader(frame, header.headerLength), header.apiVersion);
}

/** Decodes a response body, given the API key and version of the request it answers. */
export function decodeResponseBody(
  frame: Buffer,
  header: ResponseHeader,
  apiKey: number,
  apiVersion: number,
): unknown {
  const codec = RESPONSE_CODECS.get(apiKey);
  if (codec === undefined) throw codecError('response', apiKey, apiVersion);
  const r = new Reader(frame, header.headerLength);
  const body = codec.decode(r, apiVersion);
  if (r.pos !== frame.length) throw trailing(r, apiKey, apiVersion);
  return body;
}

function trailing(r: Reader, apiKey: number, apiVersion: number): DecodeError {
  const err = new DecodeError(`${r.end - r.pos} bytes after the end of the body`, r.pos);
  err.apiKey = apiKey;
  err.apiVersion = apiVersion;
  return err;
}
