import { DecodeError, Reader, Writer, sizeOf, type RawTaggedField } from '../../protocol/primitives/index.js';
import {
  decodeFetchResponseNodeEndpoint,
  sizeFetchResponseNodeEndpoint,
  writeFetchResponseNodeEndpoint,
} from '../../protocol/generated/messages/fetch.js';
import { ChunkCursor, copyChunks, sliceChunks } from './chunk-cursor.js';
import type { EndpointRewriter } from './broker-endpoint.js';

/** A frame kept as the chunks it arrived in; `length` counts every byte, the 4-byte size included. */
export interface HeldFrame {
  chunks: Buffer[];
  length: number;
}

const PRODUCE = 0;
const FETCH = 1;

/** Produce v10+ and Fetch v16+ responses may end with NodeEndpoints (KIP-951) in tagged field 0. */
export function mayCarryNodeEndpoints(apiKey: number, apiVersion: number): boolean {
  return (apiKey === PRODUCE && apiVersion >= 10) || (apiKey === FETCH && apiVersion >= 16);
}

/**
 * Steps over a Produce response body (v10+, so flexible) up to its top-level tagged fields. Per the
 * ProduceResponse schema: responses[name | topicId (v13+), partitionResponses[index, errorCode,
 * baseOffset, logAppendTimeMs, logStartOffset, recordErrors[batchIndex, message, tags], errorMessage,
 * tags], tags], throttleTimeMs, then the tags that carry NodeEndpoints.
 */
function skipProduceBody(c: ChunkCursor, version: number): void {
  const topics = c.compactCount(3);
  for (let t = 0; t < topics; t++) {
    if (version >= 13) c.skip(16);
    else c.skipCompactBytes();
    const partitions = c.compactCount(30);
    for (let p = 0; p < partitions; p++) {
      c.skip(4 + 2 + 8 + 8 + 8);
      const recordErrors = c.compactCount(6);
      for (let e = 0; e < recordErrors; e++) {
        c.skip(4);
        c.skipCompactBytes();
        c.skipTaggedFields();
      }
      c.skipCompactBytes();
      c.skipTaggedFields();
    }
    c.skipTaggedFields();
  }
  c.skip(4);
}

/**
 * Steps over a Fetch response body (v16+) up to its top-level tagged fields, jumping over each
 * partition's records by their length. Per the FetchResponse schema: throttleTimeMs, errorCode,
 * sessionId, responses[topicId, partitions[partitionIndex, errorCode, highWatermark,
 * lastStableOffset, logStartOffset, abortedTransactions[producerId, firstOffset, tags],
 * preferredReadReplica, records, tags], tags].
 */
function skipFetchBody(c: ChunkCursor): void {
  c.skip(4 + 2 + 4);
  const topics = c.compactCount(18);
  for (let t = 0; t < topics; t++) {
    c.skip(16);
    // Smallest partition: 4+2+8+8+8, null aborted list (1), preferred replica (4), empty records (1),
    // tags (1) = 37 bytes, as the broker (and the policy) write an error partition.
    const partitions = c.compactCount(37);
    for (let p = 0; p < partitions; p++) {
      c.skip(4 + 2 + 8 + 8 + 8);
      const aborted = c.compactCount(17);
      for (let a = 0; a < aborted; a++) {
        c.skip(16);
        c.skipTaggedFields();
      }
      c.skip(4);
      c.skipCompactBytes();
      c.skipTaggedFields();
    }
    c.skipTaggedFields();
  }
}

/** All fields of a tagged section, kept raw (views into `r`'s buffer). */
function readTaggedFields(r: Reader): RawTaggedField[] {
  return r.taggedFields(undefined, 0, undefined) ?? [];
}

/** The NodeEndpoint struct is the same in Produce and Fetch responses; its generated codec is reused. */
const NODE_ENDPOINT_VERSION = 16;

/**
 * Rewrites the NodeEndpoints of a Produce (v10+) or Fetch (v16+) response held as chunks. Returns
 * undefined when the response names no endpoints (the usual case): the caller then sends the
 * original chunks. Otherwise returns the new frame as views of the original chunks up to the tagged
 * section, preceded by a new size and followed by a re-encoded tagged section; the record data is
 * never copied. `rewrite` sees every real endpoint before it is replaced.
 */
export function rewriteNodeEndpointsTail(
  frame: HeldFrame,
  apiKey: number,
  apiVersion: number,
  rewrite: EndpointRewriter,
): Buffer[] | undefined {
  const c = new ChunkCursor(frame.chunks, frame.length);
  c.skip(4 + 4); // frame size, correlation id
  c.skipTaggedFields(); // response header v1
  if (apiKey === PRODUCE) skipProduceBody(c, apiVersion);
  else skipFetchBody(c);
  const tailStart = c.pos;
  const tail = copyChunks(frame.chunks, tailStart, frame.length);
  const r = new Reader(tail);
  const fields = readTaggedFields(r);
  if (r.remaining() !== 0) throw new DecodeError('bytes after the last tagged field', tailStart + r.pos);
  const endpointsIndex = fields.findIndex((f) => f.tag === 0);
  if (endpointsIndex < 0) return undefined;
  const endpointsReader = new Reader(fields[endpointsIndex]!.data);
  const endpoints = endpointsReader.array(true, decodeFetchResponseNodeEndpoint, NODE_ENDPOINT_VERSION, 11);
  if (endpointsReader.remaining() !== 0) {
    throw new DecodeError('NodeEndpoints has bytes after its last element', tailStart);
  }
  if (endpoints.length === 0) return undefined;
  for (const e of endpoints) {
    const replacement = rewrite({ nodeId: e.nodeId, host: e.host, port: e.port });
    e.host = replacement.host;
    e.port = replacement.port;
  }
  const endpointsSize = sizeOf.array(true, endpoints, sizeFetchResponseNodeEndpoint, NODE_ENDPOINT_VERSION);
  let tailSize = sizeOf.uvarint(fields.length);
  for (const f of fields) {
    const size = f.tag === 0 ? endpointsSize : f.data.length;
    tailSize += sizeOf.taggedField(f.tag, size);
  }
  const w = Writer.ofSize(tailSize);
  w.uvarint(fields.length);
  for (const f of fields) {
    if (f.tag === 0) {
      w.taggedFieldHeader(0, endpointsSize);
      w.array(true, endpoints, writeFetchResponseNodeEndpoint, NODE_ENDPOINT_VERSION);
    } else {
      w.taggedFieldHeader(f.tag, f.data.length);
      w.raw(f.data);
    }
  }
  const size = Buffer.allocUnsafe(4);
  size.writeInt32BE(tailStart - 4 + tailSize);
  return [size, ...sliceChunks(frame.chunks, 4, tailStart), w.buf];
}
