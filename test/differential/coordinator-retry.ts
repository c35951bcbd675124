// Transient coordinator states of a broker, handled the way a Kafka client handles them: a request
// answered with a retriable coordinator error is sent again. The harness sends the request again on
// BOTH sides (so that both brokers see the same requests) when the two answers differ and either
// carries such an error, a bounded number of times, and compares the last pair. A difference that
// persists through the retries is reported like any other; nothing is allowlisted for it.
//
// Source: Kafka's error table (org.apache.kafka.common.protocol.Errors) marks these three codes
// retriable, and the clients retry on them after finding the coordinator again (for example the
// admin client's ListTransactions and DescribeTransactions handlers, and the consumer's
// coordinator): COORDINATOR_LOAD_IN_PROGRESS (14) while a coordinator partition (of
// __consumer_offsets or __transaction_state) is still loading, COORDINATOR_NOT_AVAILABLE (15) while
// the internal topic is being created, NOT_COORDINATOR (16) after a coordinator moved.

import { errorCodes } from './normalise.js';

/** COORDINATOR_LOAD_IN_PROGRESS, COORDINATOR_NOT_AVAILABLE, NOT_COORDINATOR. */
export const RETRIABLE_COORDINATOR_ERRORS: ReadonlySet<number> = new Set([14, 15, 16]);

/** How many times a request is sent again at most (after the first attempt). */
export const MAX_COORDINATOR_RETRIES = 5;

/** Milliseconds to wait before retry `attempt` (1-based): 200 ms, 400 ms, ... */
export const retryDelayMs = (attempt: number): number => 200 * attempt;

/** Whether a normalised answer carries a retriable coordinator error in any entry. */
export function hasRetriableCoordinatorError(answer: unknown): boolean {
  return errorCodes(answer).some((c) => typeof c === 'number' && RETRIABLE_COORDINATOR_ERRORS.has(c));
}

/**
 * Whether a compared pair should be sent again on both sides: the normalised answers differ
 * (`differ`), either side answered a retriable coordinator error, and `retriesSoFar` is below the
 * bound.
 */
export function shouldRetryOnBothSides(
  proxy: unknown,
  reference: unknown,
  differ: boolean,
  retriesSoFar: number,
): boolean {
  return (
    differ &&
    retriesSoFar < MAX_COORDINATOR_RETRIES &&
    (hasRetriableCoordinatorError(proxy) || hasRetriableCoordinatorError(reference))
  );
}
