import { Reader } from '../../protocol/primitives/index.js';
import { requestHeaderVersion } from '../../protocol/generated/api-keys.js';
import { decodeRequestHeaderData } from '../../protocol/generated/messages/request-header.js';
import type { RequestHeaderInfo } from './request-decision.js';

/**
 * Decodes the request header at the start of `frame` (size prefix included), reading no further than
 * `frame.length`. The header version follows from the API key and version in its first four bytes.
 * Throws the codec's DecodeError when the bytes end before the header does.
 */
export function readRequestHeader(frame: Buffer): RequestHeaderInfo {
  const r = new Reader(frame, 4);
  const apiKey = r.int16();
  const apiVersion = r.int16();
  r.pos = 4;
  const header = decodeRequestHeaderData(r, requestHeaderVersion(apiKey, apiVersion));
  return {
    apiKey,
    apiVersion,
    correlationId: header.correlationId,
    clientId: header.clientId,
    headerLength: r.pos - 4,
  };
}
