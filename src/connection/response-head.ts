import { decodeResponseHeader } from '../../protocol/framing/index.js';
import { RESPONSE_HEAD_BYTES, type RequestDecision } from './request-decision.js';

/**
 * The head an `observeResponseHead` observer is given, read from a whole response frame (size
 * prefix included): the first min(RESPONSE_HEAD_BYTES, body length) bytes after the response header
 * (decoded for `apiKey` and `apiVersion`), as a copy. Throws a DecodeError when the header does not
 * decode.
 */
export function responseBodyHead(frame: Buffer, apiKey: number, apiVersion: number): Buffer {
  const from = 4 + decodeResponseHeader(frame.subarray(4), apiKey, apiVersion).headerLength;
  return Buffer.from(frame.subarray(from, from + RESPONSE_HEAD_BYTES));
}

/**
 * What the client gets for a forwarded request's whole response `frame`, the decision's response
 * hooks applied as a client connection applies them (the head observer first, then
 * `rewriteResponse`), before the proxy's own rewriting. For tests and benchmarks that decide
 * requests without a connection; a `forward` decision returns the frame as it is.
 */
export function applyResponseHooks(
  decision: RequestDecision,
  frame: Buffer,
  apiKey: number,
  apiVersion: number,
): Buffer {
  if (decision.outcome !== 'forward-modified') return frame;
  decision.observeResponseHead?.(responseBodyHead(frame, apiKey, apiVersion));
  return decision.rewriteResponse ? decision.rewriteResponse(frame) : frame;
}
