// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   EndTxnMarker.json

import { Reader, Writer } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedIn } from '../../primitives/codec-runtime.js';

/** EndTxnMarker, versions 0. */
export interface EndTxnMarker {
  /** The coordinator epoch when appending the record Versions 0. */
  coordinatorEpoch: number;
}

export function decodeEndTxnMarker(r: Reader, v: number): EndTxnMarker {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'coordinatorEpoch';
    const coordinatorEpoch = r.int32();
    const o: EndTxnMarker = { coordinatorEpoch };
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'EndTxnMarker', undefined, v);
  }
}

export function sizeEndTxnMarker(_o: EndTxnMarker, _v: number): number {
  let s = 4;
  return s;
}

export function writeEndTxnMarker(w: Writer, o: EndTxnMarker, _v: number): void {
  w.int32(o.coordinatorEpoch);
}

/** Sizes once, allocates once and writes EndTxnMarker in place. */
export function encodeEndTxnMarker(o: EndTxnMarker, v: number): Buffer {
  return encodeWith(sizeEndTxnMarker, writeEndTxnMarker, o, v, 0, 0, 'EndTxnMarker');
}
