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
 * The fate of one request, one of a few named outcomes:
 * - `forward`: send it to the broker as it is;
 * - `forward-modified`: send `frame` instead (a whole request frame with the same correlation id);
 *   `rewriteResponse` may change the broker's response body before the proxy's own rewriting;
 * - `answer`: do not forward; reply with `responseBody` (the body only: the proxy adds the header
 *   that matches the request's version and correlation id) in the request's place in the order;
 * - `drop`: do not forward and reply nothing (a denied Produce with acks=0);
 * - `close`: close the client connection, logging `reason`.
 */
export type RequestDecision =
  | { outcome: 'forward' }
  | { outcome: 'forward-modified'; frame: Buffer; rewriteResponse?: (responseFrame: Buffer) => Buffer }
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
  decide(request: RequestContext): RequestDecision | Promise<RequestDecision>;
}

const FORWARD: RequestDecision = { outcome: 'forward' };

/** The proxy without policy: everything is forwarded. */
export const forwardEverything: RequestFilter = {
  wantsFrame: () => false,
  decide: () => FORWARD,
};
