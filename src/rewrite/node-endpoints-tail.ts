import { DecodeError, Reader, Writer, sizeOf, type RawTaggedField } from '../../protocol/primitives/index.js';
import {
  decodeFetchResponseNodeEndpoint,
  sizeFetchResponseNodeEndpoint,
  writeFetchResponseNodeEndpoint,
} from '../../protocol/generated/messages/fetch.js';
import type { EndpointRewriter } from './broker-endpoint.js';
import { TailFinder } from './tail-finder.js';
import { ApiKey } from '../../protocol/generated/api-keys.js';

/** A frame kept as the chunks it arrived in; `length` counts every byte, the 4-byte size included. */
export interface HeldFrame {
  chunks: Buffer[];
  length: number;
}

const PRODUCE = ApiKey.Produce;
const FETCH = ApiKey.Fetch;

/** Produce v10+ and Fetch v16+ responses may end with NodeEndpoints (KIP-951) in tagged field 0. */
export function mayCarryNodeEndpoints(apiKey: number, apiVersion: number): boolean {
  return (apiKey === PRODUCE && apiVersion >= 10) || (apiKey === FETCH && apiVersion >= 16);
}

/** The NodeEndpoint struct is the same in Produce and Fetch responses; its generated codec is reused. */
const NODE_ENDPOINT_VERSION = 16;
const NODE_ENDPOINTS_TAG = 0;

/**
 * Tag of the filler field that keeps a streamed response at the size announced in its prefix. No
 * Kafka schema uses it; clients skip tagged fields they do not know (KIP-482: the Java client keeps
 * them as unknown tagged fields, librdkafka skips them).
 */
export const PADDING_TAG = 10_000;

/** The top-level tagged fields of a tail, kept raw (views into `tail`); throws on trailing bytes. */
function readTail(tail: Buffer): RawTaggedField[] {
  const r = new Reader(tail);
  const fields = r.taggedFields(undefined, 0, undefined) ?? [];
  if (r.remaining() !== 0) throw new DecodeError('bytes after the last tagged field', r.pos);
  return fields;
}

function encodeTail(fields: readonly RawTaggedField[]): Buffer {
  const w = Writer.ofSize(tailSize(fields));
  w.uvarint(fields.length);
  for (const f of fields) {
    w.taggedFieldHeader(f.tag, f.data.length);
    w.raw(f.data);
  }
  return w.buf;
}

function tailSize(fields: readonly RawTaggedField[]): number {
  let size = sizeOf.uvarint(fields.length);
  for (const f of fields) size += sizeOf.taggedField(f.tag, f.data.length);
  return size;
}

/**
 * The NodeEndpoints field's data with every host and port replaced by the proxy's, or undefined when
 * it names no endpoint. `rewrite` sees every real endpoint before it is replaced.
 */
function rewriteEndpointsData(data: Buffer, rewrite: EndpointRewriter): Buffer | undefined {
  const r = new Reader(data);
  const endpoints = r.array(true, decodeFetchResponseNodeEndpoint, NODE_ENDPOINT_VERSION, 11);
  if (r.remaining() !== 0) throw new DecodeError('NodeEndpoints has bytes after its last element', r.pos);
  if (endpoints.length === 0) return undefined;
  for (const e of endpoints) {
    const replacement = rewrite({ nodeId: e.nodeId, host: e.host, port: e.port });
    e.host = replacement.host;
    e.port = replacement.port;
  }
  const w = Writer.ofSize(
    sizeOf.array(true, endpoints, sizeFetchResponseNodeEndpoint, NODE_ENDPOINT_VERSION),
  );
  w.array(true, endpoints, writeFetchResponseNodeEndpoint, NODE_ENDPOINT_VERSION);
  return w.buf;
}

/** Length of the data of a one-field filler of `bytes` bytes in all, or undefined if none fits. */
function fillerData(bytes: number, tag: number): number | undefined {
  for (let lengthBytes = 1; lengthBytes <= 5; lengthBytes++) {
    const data = bytes - sizeOf.uvarint(tag) - lengthBytes;
    if (data >= 0 && sizeOf.uvarint(data) === lengthBytes) return data;
  }
  return undefined;
}

/**
 * `fields` followed by filler fields so that the encoded tail is exactly `target` bytes, or undefined
 * when that cannot be done (a filler field takes at least 3 bytes: `target` must equal the tail's size
 * or exceed it by 3 or more). One filler usually does; two cover the sizes where a length varint
 * grows by a byte.
 */
export function padTail(fields: readonly RawTaggedField[], target: number): RawTaggedField[] | undefined {
  if (tailSize(fields) === target) return [...fields];
  const one = fillerData(target - tailSize([...fields, { tag: PADDING_TAG, data: EMPTY }]) + 3, PADDING_TAG);
  if (one !== undefined) return [...fields, { tag: PADDING_TAG, data: Buffer.alloc(one) }];
  const first = { tag: PADDING_TAG, data: EMPTY };
  const second = { tag: PADDING_TAG + 1, data: EMPTY };
  const rest = fillerData(target - tailSize([...fields, first, second]) + 3, PADDING_TAG + 1);
  if (rest !== undefined) return [...fields, first, { tag: PADDING_TAG + 1, data: Buffer.alloc(rest) }];
  return undefined;
}

const EMPTY = Buffer.alloc(0);

/** What became of the NodeEndpoints of a response. */
export type EndpointsOutcome = 'none' | 'rewritten' | 'removed';

/**
 * The tail of a streamed response, rewritten and filled to exactly `target` bytes (the original tail
 * plus the growth announced in the frame's size prefix). The endpoints are rewritten when the result
 * fits; otherwise (a node the proxy did not expect, or a size the filler cannot make up) they are
 * removed, which is what a broker before KIP-951 sends: the client then asks Metadata for the new
 * leader. Throws DecodeError when the tail does not decode, or when even that cannot fit.
 */
export function finishStreamedTail(
  tail: Buffer,
  target: number,
  rewrite: EndpointRewriter,
): { bytes: Buffer; outcome: EndpointsOutcome } {
  const fields = readTail(tail);
  const at = fields.findIndex((f) => f.tag === NODE_ENDPOINTS_TAG);
  const data = at < 0 ? undefined : rewriteEndpointsData(fields[at]!.data, rewrite);
  if (data !== undefined) {
    const rewritten = fields.map((f, i) => (i === at ? { tag: f.tag, data } : f));
    const padded = padTail(rewritten, target);
    if (padded !== undefined) return { bytes: encodeTail(padded), outcome: 'rewritten' };
  }
  const kept = data === undefined ? fields : fields.filter((_, i) => i !== at);
  const padded = padTail(kept, target);
  if (padded === undefined) {
    throw new DecodeError(`tail of ${tail.length} bytes cannot be made ${target} bytes long`, 0);
  }
  return { bytes: encodeTail(padded), outcome: data === undefined ? 'none' : 'removed' };
}

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
  const finder = new TailFinder(apiKey, apiVersion, frame.length);
  let offset = 0;
  for (const chunk of frame.chunks) {
    const at = finder.push(chunk);
    if (at >= 0) {
      offset += at;
      break;
    }
    offset += chunk.length;
  }
  if (!finder.done) throw new DecodeError('frame ended before its tagged fields', frame.length);
  const tailStart = offset;
  const fields = readTail(copyChunks(frame.chunks, tailStart, frame.length));
  const at = fields.findIndex((f) => f.tag === NODE_ENDPOINTS_TAG);
  if (at < 0) return undefined;
  const data = rewriteEndpointsData(fields[at]!.data, rewrite);
  if (data === undefined) return undefined;
  const tail = encodeTail(fields.map((f, i) => (i === at ? { tag: f.tag, data } : f)));
  const size = Buffer.allocUnsafe(4);
  size.writeInt32BE(tailStart - 4 + tail.length);
  return [size, ...sliceChunks(frame.chunks, 4, tailStart), tail];
}

/**
 * Rewrites the NodeEndpoints of one Produce (v10+) or Fetch (v16+) response while it streams to the
 * client. The frame's size prefix goes out first, before the tail is known, so it announces the
 * original size plus `growth`: an upper bound, worked out by the caller from the broker directory,
 * on how much longer the tail can become when every endpoint it may name is rewritten. Pieces before
 * the tail pass through as they are (views, no copy); only the tail (a few bytes, or a few hundred
 * with endpoints) is kept until the frame ends, then rewritten and filled to exactly the announced
 * size with a filler tagged field (see `finishStreamedTail`).
 *
 * `growth` comes from `endpointGrowthBound`.
 */
export class NodeEndpointsStream {
  private readonly finder: TailFinder;
  private readonly tail: Buffer[] = [];
  private tailBytes = 0;
  private first = true;
  private prefixLeft = 4;
  outcome: EndpointsOutcome = 'none';

  /** `frameLength` counts the frame's size prefix too, as it came from the broker. */
  constructor(
    apiKey: number,
    apiVersion: number,
    private readonly frameLength: number,
    private readonly growth: number,
    private readonly rewrite: EndpointRewriter,
  ) {
    if (frameLength - 4 + growth > 0x7fffffff) throw new DecodeError('response too large to grow', 0);
    this.finder = new TailFinder(apiKey, apiVersion, frameLength);
  }

  /**
   * Takes the next piece of the broker's frame (the first one starts with the size prefix) and
   * returns what to send to the client in its place, in order. Throws DecodeError when the frame is
   * not a response of its kind; part of it may have gone out already, so the connection must close.
   */
  piece(piece: Buffer, last: boolean): Buffer[] {
    const out: Buffer[] = [];
    const at = this.finder.push(piece);
    let body = at < 0 ? piece : piece.subarray(0, at);
    if (this.first) {
      this.first = false;
      const size = Buffer.allocUnsafe(4);
      size.writeInt32BE(this.frameLength - 4 + this.growth);
      out.push(size);
    }
    if (this.prefixLeft > 0) {
      // The broker's size prefix is replaced by the one above (it may span pieces).
      const dropped = Math.min(this.prefixLeft, body.length);
      this.prefixLeft -= dropped;
      body = body.subarray(dropped);
    }
    if (body.length > 0) out.push(body);
    if (at >= 0 && at < piece.length) {
      // Copied: a view would keep the whole read buffer alive until the frame ends.
      const rest = Buffer.from(piece.subarray(at));
      this.tail.push(rest);
      this.tailBytes += rest.length;
    }
    if (last) {
      if (!this.finder.done) throw new DecodeError('frame ended before its tagged fields', this.frameLength);
      const tail = Buffer.concat(this.tail, this.tailBytes);
      const finished = finishStreamedTail(tail, tail.length + this.growth, this.rewrite);
      this.outcome = finished.outcome;
      out.push(finished.bytes);
    }
    return out;
  }
}

/** Bytes of a compact string as the wire carries it (length varint and UTF-8 bytes). */
function compactStringSize(s: string): number {
  return sizeOf.compactString(s);
}

/**
 * How much longer a NodeEndpoints tail can become when the proxy rewrites it, given the real host
 * and the proxy's host of every node the proxy knows: the sum of the positive differences (a node
 * appears once at most; ports are fixed-size int32s; racks are kept), plus 2 bytes for the field's
 * size varint growing, plus 3 so that the filler is never asked for fewer bytes than it takes. 0
 * when every proxy host is as long as the real one (the tail then keeps its size exactly). A response
 * naming a node not counted here loses its endpoints instead of growing past the bound.
 */
export function endpointGrowthBound(nodes: Iterable<{ realHost: string; proxyHost: string }>): number {
  let growth = 0;
  let differs = false;
  for (const { realHost, proxyHost } of nodes) {
    const delta = compactStringSize(proxyHost) - compactStringSize(realHost);
    if (delta !== 0) differs = true;
    growth += Math.max(0, delta);
  }
  return differs ? growth + 5 : 0;
}

/** Views of bytes [start, end) of a chunk list, sharing memory with the chunks. */
export function sliceChunks(chunks: readonly Buffer[], start: number, end: number): Buffer[] {
  const out: Buffer[] = [];
  let offset = 0;
  for (const chunk of chunks) {
    const chunkEnd = offset + chunk.length;
    if (chunkEnd > start && offset < end) {
      out.push(chunk.subarray(Math.max(0, start - offset), Math.min(chunk.length, end - offset)));
    }
    offset = chunkEnd;
    if (offset >= end) break;
  }
  return out;
}

/** Copies bytes [start, end) of a chunk list into one buffer; for small regions only. */
export function copyChunks(chunks: readonly Buffer[], start: number, end: number): Buffer {
  return Buffer.concat(sliceChunks(chunks, start, end), end - start);
}
