export { FrameError, FrameReader } from './frame-reader.js';
export type { FrameMode, FrameReaderOptions, FrameSink } from './frame-reader.js';
export {
  decodeRequestHeader,
  decodeResponseHeader,
  encodeRequestFrame,
  encodeResponseFrame,
  readCorrelationId,
} from './headers.js';
export type { RequestHeader, RequestHeaderFields, ResponseHeader } from './headers.js';
export { decodeRequestBody, decodeResponseBody } from './bodies.js';
