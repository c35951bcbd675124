import { decodeRequestHeader } from '../../protocol/framing/index.js';
import type { RequestHeaderInfo } from './request-decision.js';

/**
 * The codec's request header decoder, applied to a frame that starts with its 4-byte size (the
 * proxy keeps sizes on the frames it forwards). Throws the codec's DecodeError when the bytes end
 * before the header does.
 */
export function readRequestHeader(frame: Buffer): RequestHeaderInfo {
  const header = decodeRequestHeader(frame.subarray(4));
  return {
    apiKey: header.apiKey,
    apiVersion: header.apiVersion,
    correlationId: header.correlationId,
    clientId: header.clientId,
    headerLength: header.headerLength,
  };
}
