import type { ConnectionContext } from './connection-context.js';

/** The request header as decoded from the frame, before any body decode. */
export interface RequestHeaderInfo {
  apiKey: number;
  apiVersion: number;
  correlationId: number;
  clientId: string | null;
  /** Bytes of the header after the 4-byte size; the body starts at 4 + headerLength. */
  headerLength: number;
}

/** What a filter sees of one request. */
export interface RequestContext {
  readonly connection: ConnectionContext;
  readonly header: RequestHeaderInfo;
  /** True when the client expects a response (false only for Produce with acks=0). */
  readonly expectsResponse: boolean;
  /**
   * The whole request frame (size prefix included), present only when the filter asked for it with
   * `wantsFrame`; otherwise the request is being streamed and only the header is known.
   */
  readonly frame: Buffer | undefined;
}

/**
 * Bytes of a response body a `observeResponseHead` observer is given: the first
 * min(RESPONSE_HEAD_BYTES, body length) bytes after the response header. Enough for the fixed-size
 * fields at the start of a body, e.g. Fetch v7+ (Kafka 4.1 schema FetchResponse.json): ThrottleTimeMs
 * (int32, bytes 0-3), ErrorCode (int16, bytes 4-5), SessionId (int32, bytes 6-9).
 */
export const RESPONSE_HEAD_BYTES = 64;

/**
 * The fate of one request, one of a few named outcomes:
 * - `forward`: send it to the broker as it is;
 * - `forward-modified`: send `frame` instead (a whole request frame with the same correlation id);
 *   `rewriteResponse` may change the broker's response body before the proxy's own rewriting: the
 *   response is then held whole (up to `limits.maxFrameBytes`) and made contiguous, which costs a copy
 *   of every large response and stops it from streaming; `observeResponseHead` only reads the start
 *   of the response body (`RESPONSE_HEAD_BYTES`, a copy it may keep, after the response header,
 *   decoded for the request's API key and version), once those bytes have arrived and before any byte
 *   of the response goes to the client, and lets the response stream or be held exactly as it would
 *   be without it. With both, the observer runs first. Either throwing closes the connection
 *   (`bad-response`), as a response that does not decode does;
 * - `answer`: do not forward; reply with `responseBody` (the body only: the proxy adds the header
 *   that matches the request's version and correlation id) in the request's place in the order;
 * - `drop`: do not forward and reply nothing (a denied Produce with acks=0);
 * - `close`: close the client connection, logging `reason`.
 */
export type RequestDecision =
  | { outcome: 'forward' }
  | {
      outcome: 'forward-modified';
      frame: Buffer;
      rewriteResponse?: (responseFrame: Buffer) => Buffer;
      observeResponseHead?: (head: Buffer) => void;
    }
  | { outcome: 'answer'; responseBody: Buffer }
  | { outcome: 'drop' }
  | { outcome: 'close'; reason: string };

/**
 * The hook the policy plugs into. `wantsFrame` is asked once the header is decoded: true makes the
 * proxy collect the whole request before calling `decide` (bounded by the maximum frame size);
 * false lets the request stream through with a decision on the header alone. `decide` may return a
 * promise (to resolve a topic id, say); later requests of the same connection wait for it, so the
 * order is kept, and a request decided asynchronously is collected whole before it is forwarded.
 */
export interface RequestFilter {
  wantsFrame(header: RequestHeaderInfo): boolean;
  /**
   * Optional, asked first for a request `wantsFrame` wants: its decision from the start of its frame
   * alone (`start`: the 4-byte size and the first min(`size`, 512) body bytes), when the filter can
   * take it there; the request is then forwarded as it arrives, as without a filter, while `tail`
   * checks the bytes that follow. Undefined when it cannot (the frame is then collected whole and
   * `decide` is called). Only the allowed path is decided here: a request to refuse, split or answer
   * is collected whole. Must not throw.
   */
  decideFromStart?(request: RequestContext, size: number, start: Buffer): StreamedDecision | undefined;
  decide(request: RequestContext): RequestDecision | Promise<RequestDecision>;
}

/**
 * A request decided (forwarded) from the start of its frame; `tail` walks the rest as it streams.
 * The proxy gives `push` every piece of the frame after the start and calls `end` before it writes
 * the frame's last piece upstream, so that a frame the full decode would refuse never reaches the
 * broker whole (a broker acts on a request only once its whole frame has arrived).
 */
export interface StreamedDecision {
  readonly tail: FrameTailCheck;
}

/** The check of a streamed frame's bytes after its start. */
export interface FrameTailCheck {
  /** The next bytes of the frame; throws when they cannot belong to a frame the full decode accepts. */
  push(piece: Buffer): void;
  /** The frame ended; throws unless the whole frame decodes. */
  end(): void;
  /**
   * The decision once `push` or `end` threw (a close, counted and reported as the filter reports a
   * frame that does not decode). Must not throw.
   */
  undecodable(error: unknown): RequestDecision;
}

const FORWARD: RequestDecision = { outcome: 'forward' };

/** The proxy without policy: everything is forwarded. */
export const forwardEverything: RequestFilter = {
  wantsFrame: () => false,
  decide: () => FORWARD,
};
