// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   EndTxnRequest.json
//   EndTxnResponse.json

import { Reader, Writer, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedIn } from '../../primitives/codec-runtime.js';

/** EndTxnRequest, versions 0-5. */
export interface EndTxnRequest {
  /** The ID of the transaction to end. Versions 0-5. */
  transactionalId: string;
  /** The producer ID. Versions 0-5. */
  producerId: bigint;
  /** The current epoch associated with the producer. Versions 0-5. */
  producerEpoch: number;
  /** True if the transaction was committed, false if it was aborted. Versions 0-5. */
  committed: boolean;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeEndTxnRequest(r: Reader, v: number): EndTxnRequest {
  const flex = v >= 3;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 5);
    at = 'transactionalId';
    const transactionalId = (flex ? r.compactString() : r.string());
    at = 'producerId';
    const producerId = r.int64();
    at = 'producerEpoch';
    const producerEpoch = r.int16();
    at = 'committed';
    const committed = r.bool();
    const o: EndTxnRequest = { transactionalId, producerId, producerEpoch, committed, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'EndTxnRequest', 26, v);
  }
}

export function sizeEndTxnRequest(o: EndTxnRequest, v: number): number {
  const flex = v >= 3;
  let s = 11;
  s += (flex ? sizeOf.compactString(o.transactionalId) : sizeOf.string(o.transactionalId));
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeEndTxnRequest(w: Writer, o: EndTxnRequest, v: number): void {
  const flex = v >= 3;
  (flex ? w.compactString(o.transactionalId) : w.string(o.transactionalId));
  w.int64(o.producerId);
  w.int16(o.producerEpoch);
  w.bool(o.committed);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes EndTxnRequest in place. */
export function encodeEndTxnRequest(o: EndTxnRequest, v: number): Buffer {
  return encodeWith(sizeEndTxnRequest, writeEndTxnRequest, o, v, 0, 5, 'EndTxnRequest');
}

/** EndTxnResponse, versions 0-5. */
export interface EndTxnResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0-5. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions 0-5. */
  errorCode: number;
  /** The producer ID. Versions 5. */
  producerId: bigint;
  /** The current epoch associated with the producer. Versions 5. */
  producerEpoch: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeEndTxnResponse(r: Reader, v: number): EndTxnResponse {
  const flex = v >= 3;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 5);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'producerId';
    const producerId = v >= 5 ? r.int64() : -1n;
    at = 'producerEpoch';
    const producerEpoch = v >= 5 ? r.int16() : -1;
    const o: EndTxnResponse = { throttleTimeMs, errorCode, producerId, producerEpoch, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'EndTxnResponse', 26, v);
  }
}

export function sizeEndTxnResponse(o: EndTxnResponse, v: number): number {
  const flex = v >= 3;
  let s = 6;
  if (v >= 5) s += 8;
  if (v >= 5) s += 2;
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeEndTxnResponse(w: Writer, o: EndTxnResponse, v: number): void {
  const flex = v >= 3;
  w.int32(o.throttleTimeMs);
  w.int16(o.errorCode);
  if (v >= 5) w.int64(o.producerId);
  if (v >= 5) w.int16(o.producerEpoch);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes EndTxnResponse in place. */
export function encodeEndTxnResponse(o: EndTxnResponse, v: number): Buffer {
  return encodeWith(sizeEndTxnResponse, writeEndTxnResponse, o, v, 0, 5, 'EndTxnResponse');
}

/** What a policy reads from EndTxnRequest; everything else is skipped. */
export interface EndTxnRequestPeek {
  transactionalId: string;
}

export function peekEndTxnRequest(r: Reader, v: number): EndTxnRequestPeek {
  const flex = v >= 3;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 5);
    at = 'transactionalId';
    const f0 = (flex ? r.compactString() : r.string());
    at = 'producerId';
    r.skip(8);
    at = 'producerEpoch';
    r.skip(2);
    at = 'committed';
    r.skip(1);
    if (flex) r.skipTaggedFields();
    return { transactionalId: f0 };
  } catch (e) {
    throw failedIn(e, at, r, 'EndTxnRequest', 26, v);
  }
}
