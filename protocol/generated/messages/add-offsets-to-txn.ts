// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   AddOffsetsToTxnRequest.json
//   AddOffsetsToTxnResponse.json

import { Reader, Writer, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedIn } from '../../primitives/codec-runtime.js';

/** AddOffsetsToTxnRequest, versions 0-4. */
export interface AddOffsetsToTxnRequest {
  /** The transactional id corresponding to the transaction. Versions 0-4. */
  transactionalId: string;
  /** Current producer id in use by the transactional id. Versions 0-4. */
  producerId: bigint;
  /** Current epoch associated with the producer id. Versions 0-4. */
  producerEpoch: number;
  /** The unique group identifier. Versions 0-4. */
  groupId: string;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAddOffsetsToTxnRequest(r: Reader, v: number): AddOffsetsToTxnRequest {
  const flex = v >= 3;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 4);
    at = 'transactionalId';
    const transactionalId = (flex ? r.compactString() : r.string());
    at = 'producerId';
    const producerId = r.int64();
    at = 'producerEpoch';
    const producerEpoch = r.int16();
    at = 'groupId';
    const groupId = (flex ? r.compactString() : r.string());
    const o: AddOffsetsToTxnRequest = { transactionalId, producerId, producerEpoch, groupId, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'AddOffsetsToTxnRequest', 25, v);
  }
}

export function sizeAddOffsetsToTxnRequest(o: AddOffsetsToTxnRequest, v: number): number {
  const flex = v >= 3;
  let s = 10;
  s += (flex ? sizeOf.compactString(o.transactionalId) : sizeOf.string(o.transactionalId));
  s += (flex ? sizeOf.compactString(o.groupId) : sizeOf.string(o.groupId));
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeAddOffsetsToTxnRequest(w: Writer, o: AddOffsetsToTxnRequest, v: number): void {
  const flex = v >= 3;
  (flex ? w.compactString(o.transactionalId) : w.string(o.transactionalId));
  w.int64(o.producerId);
  w.int16(o.producerEpoch);
  (flex ? w.compactString(o.groupId) : w.string(o.groupId));
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes AddOffsetsToTxnRequest in place. */
export function encodeAddOffsetsToTxnRequest(o: AddOffsetsToTxnRequest, v: number): Buffer {
  return encodeWith(sizeAddOffsetsToTxnRequest, writeAddOffsetsToTxnRequest, o, v, 0, 4, 'AddOffsetsToTxnRequest');
}

/** AddOffsetsToTxnResponse, versions 0-4. */
export interface AddOffsetsToTxnResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0-4. */
  throttleTimeMs: number;
  /** The response error code, or 0 if there was no error. Versions 0-4. */
  errorCode: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAddOffsetsToTxnResponse(r: Reader, v: number): AddOffsetsToTxnResponse {
  const flex = v >= 3;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 4);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    const o: AddOffsetsToTxnResponse = { throttleTimeMs, errorCode, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'AddOffsetsToTxnResponse', 25, v);
  }
}

export function sizeAddOffsetsToTxnResponse(o: AddOffsetsToTxnResponse, v: number): number {
  const flex = v >= 3;
  let s = 6;
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeAddOffsetsToTxnResponse(w: Writer, o: AddOffsetsToTxnResponse, v: number): void {
  const flex = v >= 3;
  w.int32(o.throttleTimeMs);
  w.int16(o.errorCode);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes AddOffsetsToTxnResponse in place. */
export function encodeAddOffsetsToTxnResponse(o: AddOffsetsToTxnResponse, v: number): Buffer {
  return encodeWith(sizeAddOffsetsToTxnResponse, writeAddOffsetsToTxnResponse, o, v, 0, 4, 'AddOffsetsToTxnResponse');
}

/** What a policy reads from AddOffsetsToTxnRequest; everything else is skipped. */
export interface AddOffsetsToTxnRequestPeek {
  transactionalId: string;
  groupId: string;
}

export function peekAddOffsetsToTxnRequest(r: Reader, v: number): AddOffsetsToTxnRequestPeek {
  const flex = v >= 3;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 4);
    at = 'transactionalId';
    const f0 = (flex ? r.compactString() : r.string());
    at = 'producerId';
    r.skip(8);
    at = 'producerEpoch';
    r.skip(2);
    at = 'groupId';
    const f3 = (flex ? r.compactString() : r.string());
    if (flex) r.skipTaggedFields();
    return { transactionalId: f0, groupId: f3 };
  } catch (e) {
    throw failedIn(e, at, r, 'AddOffsetsToTxnRequest', 25, v);
  }
}
