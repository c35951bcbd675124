// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   ResponseHeader.json

import { Reader, Writer, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedIn } from '../../primitives/codec-runtime.js';

/** ResponseHeader, versions 0-1. */
export interface ResponseHeaderData {
  /** The correlation ID of this response. Versions 0-1. */
  correlationId: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeResponseHeaderData(r: Reader, v: number): ResponseHeaderData {
  const flex = v >= 1;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 1);
    at = 'correlationId';
    const correlationId = r.int32();
    const o: ResponseHeaderData = { correlationId, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'ResponseHeader', undefined, v);
  }
}

export function sizeResponseHeaderData(o: ResponseHeaderData, v: number): number {
  const flex = v >= 1;
  let s = 4;
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeResponseHeaderData(w: Writer, o: ResponseHeaderData, v: number): void {
  const flex = v >= 1;
  w.int32(o.correlationId);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes ResponseHeaderData in place. */
export function encodeResponseHeaderData(o: ResponseHeaderData, v: number): Buffer {
  return encodeWith(sizeResponseHeaderData, writeResponseHeaderData, o, v, 0, 1, 'ResponseHeader');
}
