/**
 * The Kafka wire codec. Folders in the order a request travels:
 *   framing/    socket chunks -> frames; request/response headers; building whole frames
 *   partial/    what a policy needs from a request (topics, IDs, groups, acks), records untouched
 *   generated/  full codecs for every message and version, API-key table, entity paths
 *   primitives/ Reader, Writer, DecodeError
 */
export * from './primitives/index.js';
export * from './framing/index.js';
export * from './partial/index.js';
export * from './generated/index.js';
export { ErrorCode, errorName } from './errors.js';
export type { ErrorName } from './errors.js';
export { ZERO_UUID } from './primitives/codec-runtime.js';
