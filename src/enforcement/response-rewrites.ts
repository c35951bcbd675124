// Changes to the broker's answer that do not depend on how the request was decided (authorized
// operations, group describes): added on top of whatever the policy decided, so that a forwarded,
// split or rewritten request gets them all.

import type { RequestDecision, RequestHeaderInfo } from '../connection/request-decision.js';
import { authorizedOperationsRewrite, type PolicyOperations } from './authorized-operations.js';
import { groupDescribeRewrite } from './describe-filters.js';
import { decodeResponseFrame, responseFrameWithBody } from './request-codec.js';

/** Changes a decoded response body in place. */
export type BodyRewrite = (response: unknown) => void;

/**
 * `decision` with `rewrite` applied to the broker's answer after any rewrite it already had.
 * Decisions that forward nothing (answer, drop, close) are returned unchanged: the proxy's own
 * answers are built right. `frame` is the request frame the client sent.
 */
export function withResponseRewrite(
  decision: RequestDecision,
  header: RequestHeaderInfo,
  frame: Buffer,
  rewrite: BodyRewrite,
): RequestDecision {
  if (decision.outcome !== 'forward' && decision.outcome !== 'forward-modified') return decision;
  const previous = decision.outcome === 'forward-modified' ? decision.rewriteResponse : undefined;
  return {
    outcome: 'forward-modified',
    frame: decision.outcome === 'forward-modified' ? decision.frame : frame,
    rewriteResponse: (responseFrame) => {
      const input = previous ? previous(responseFrame) : responseFrame;
      const { body, headerEnd } = decodeResponseFrame(input, header.apiKey, header.apiVersion);
      rewrite(body);
      return responseFrameWithBody(input, headerEnd, header.apiKey, header.apiVersion, body);
    },
  };
}

/**
 * `decision` with the rewrites of answers that reveal what the policy forbids: KIP-848 group
 * describes naming denied topics (describe-filters.ts) and authorized-operations fields
 * (authorized-operations.ts). `ops` is asked lazily, only when an answer needs it.
 */
export function withRevealingFieldsFiltered(
  decision: RequestDecision,
  header: RequestHeaderInfo,
  frame: Buffer,
  body: unknown,
  ops: () => PolicyOperations,
): RequestDecision {
  const groups = groupDescribeRewrite(header, ops);
  const operations = authorizedOperationsRewrite(header, body, ops);
  if (groups === undefined && operations === undefined) return decision;
  // One decode and encode of the answer for both (the group rewrite first: a hidden group's
  // authorized operations are then left "not reported").
  return withResponseRewrite(decision, header, frame, (response) => {
    groups?.(response);
    operations?.(response);
  });
}
