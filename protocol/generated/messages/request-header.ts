// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   RequestHeader.json

import { Reader, Writer, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedIn } from '../../primitives/codec-runtime.js';

/** RequestHeader, versions 1-2. */
export interface RequestHeaderData {
  /** The API key of this request. Versions 1-2. */
  requestApiKey: number;
  /** The API version of this request. Versions 1-2. */
  requestApiVersion: number;
  /** The correlation ID of this request. Versions 1-2. */
  correlationId: number;
  /** The client ID string. Versions 1-2, nullable 1-2. */
  clientId: string | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeRequestHeaderData(r: Reader, v: number): RequestHeaderData {
  const flex = v >= 2;
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 2);
    at = 'requestApiKey';
    const requestApiKey = r.int16();
    at = 'requestApiVersion';
    const requestApiVersion = r.int16();
    at = 'correlationId';
    const correlationId = r.int32();
    at = 'clientId';
    const clientId = r.nullableString();
    const o: RequestHeaderData = { requestApiKey, requestApiVersion, correlationId, clientId, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'RequestHeader', undefined, v);
  }
}

export function sizeRequestHeaderData(o: RequestHeaderData, v: number): number {
  const flex = v >= 2;
  let s = 8;
  s += sizeOf.nullableString(o.clientId);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeRequestHeaderData(w: Writer, o: RequestHeaderData, v: number): void {
  const flex = v >= 2;
  w.int16(o.requestApiKey);
  w.int16(o.requestApiVersion);
  w.int32(o.correlationId);
  w.nullableString(o.clientId);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes RequestHeaderData in place. */
export function encodeRequestHeaderData(o: RequestHeaderData, v: number): Buffer {
  return encodeWith(sizeRequestHeaderData, writeRequestHeaderData, o, v, 1, 2, 'RequestHeader');
}
