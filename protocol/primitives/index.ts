export { DecodeError, EncodeError, decodeErrorWithin } from './decode-error.js';
export { Reader, elements, skip } from './reader.js';
export type { RawTaggedField, ElementDecoder } from './reader.js';
export { Writer, sizeOf, elementWriters, elementSizers, uuidBytes } from './writer.js';
export type { ElementWriter, ElementSizer } from './writer.js';
