// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   InitProducerIdRequest.json
//   InitProducerIdResponse.json

import { Reader, Writer, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { absentField, checkDecodeVersion, encodeWith, failedIn } from '../../primitives/codec-runtime.js';

/** InitProducerIdRequest, versions 0-6. */
export interface InitProducerIdRequest {
  /** The transactional id, or null if the producer is not transactional. Versions 0-6, nullable 0-6. */
  transactionalId: string | null;
  /** The time in ms to wait before aborting idle transactions sent by this producer. This is only relevant if a TransactionalId has been defined. Versions 0-6. */
  transactionTimeoutMs: number;
  /** The producer id. This is used to disambiguate requests if a transactional id is reused following its expiration. Versions 3-6. */
  producerId: bigint;
  /** The producer's current epoch. This will be checked against the producer epoch on the broker, and the request will return an error if they do not match. Versions 3-6. */
  producerEpoch: number;
  /** True if the client wants to enable two-phase commit (2PC) protocol for transactions. Versions 6. */
  enable2Pc: boolean;
  /** True if the client wants to keep the currently ongoing transaction instead of aborting it. Versions 6. */
  keepPreparedTxn: boolean;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeInitProducerIdRequest(r: Reader, v: number): InitProducerIdRequest {
  const flex = v >= 2;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 6);
    at = 'transactionalId';
    const transactionalId = (flex ? r.compactNullableString() : r.nullableString());
    at = 'transactionTimeoutMs';
    const transactionTimeoutMs = r.int32();
    at = 'producerId';
    const producerId = v >= 3 ? r.int64() : -1n;
    at = 'producerEpoch';
    const producerEpoch = v >= 3 ? r.int16() : -1;
    at = 'enable2Pc';
    const enable2Pc = v >= 6 ? r.bool() : false;
    at = 'keepPreparedTxn';
    const keepPreparedTxn = v >= 6 ? r.bool() : false;
    const o: InitProducerIdRequest = { transactionalId, transactionTimeoutMs, producerId, producerEpoch, enable2Pc, keepPreparedTxn, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'InitProducerIdRequest', 22, v);
  }
}

export function sizeInitProducerIdRequest(o: InitProducerIdRequest, v: number): number {
  const flex = v >= 2;
  if (!(v >= 3) && !(o.producerId === -1n)) throw absentField('producerId', v);
  if (!(v >= 3) && !(o.producerEpoch === -1)) throw absentField('producerEpoch', v);
  if (!(v >= 6) && !(o.enable2Pc === false)) throw absentField('enable2Pc', v);
  if (!(v >= 6) && !(o.keepPreparedTxn === false)) throw absentField('keepPreparedTxn', v);
  let s = 4;
  s += (flex ? sizeOf.compactNullableString(o.transactionalId) : sizeOf.nullableString(o.transactionalId));
  if (v >= 3) s += 8;
  if (v >= 3) s += 2;
  if (v >= 6) s += 1;
  if (v >= 6) s += 1;
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeInitProducerIdRequest(w: Writer, o: InitProducerIdRequest, v: number): void {
  const flex = v >= 2;
  (flex ? w.compactNullableString(o.transactionalId) : w.nullableString(o.transactionalId));
  w.int32(o.transactionTimeoutMs);
  if (v >= 3) w.int64(o.producerId);
  if (v >= 3) w.int16(o.producerEpoch);
  if (v >= 6) w.bool(o.enable2Pc);
  if (v >= 6) w.bool(o.keepPreparedTxn);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes InitProducerIdRequest in place. */
export function encodeInitProducerIdRequest(o: InitProducerIdRequest, v: number): Buffer {
  return encodeWith(sizeInitProducerIdRequest, writeInitProducerIdRequest, o, v, 0, 6, 'InitProducerIdRequest');
}

/** InitProducerIdResponse, versions 0-6. */
export interface InitProducerIdResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0-6. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions 0-6. */
  errorCode: number;
  /** The current producer id. Versions 0-6. */
  producerId: bigint;
  /** The current epoch associated with the producer id. Versions 0-6. */
  producerEpoch: number;
  /** The producer id for ongoing transaction when KeepPreparedTxn is used, -1 if there is no transaction ongoing. Versions 6. */
  ongoingTxnProducerId: bigint;
  /** The epoch associated with the  producer id for ongoing transaction when KeepPreparedTxn is used, -1 if there is no transaction ongoing. Versions 6. */
  ongoingTxnProducerEpoch: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeInitProducerIdResponse(r: Reader, v: number): InitProducerIdResponse {
  const flex = v >= 2;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 6);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'producerId';
    const producerId = r.int64();
    at = 'producerEpoch';
    const producerEpoch = r.int16();
    at = 'ongoingTxnProducerId';
    const ongoingTxnProducerId = v >= 6 ? r.int64() : -1n;
    at = 'ongoingTxnProducerEpoch';
    const ongoingTxnProducerEpoch = v >= 6 ? r.int16() : -1;
    const o: InitProducerIdResponse = { throttleTimeMs, errorCode, producerId, producerEpoch, ongoingTxnProducerId, ongoingTxnProducerEpoch, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'InitProducerIdResponse', 22, v);
  }
}

export function sizeInitProducerIdResponse(o: InitProducerIdResponse, v: number): number {
  const flex = v >= 2;
  if (!(v >= 6) && !(o.ongoingTxnProducerId === -1n)) throw absentField('ongoingTxnProducerId', v);
  if (!(v >= 6) && !(o.ongoingTxnProducerEpoch === -1)) throw absentField('ongoingTxnProducerEpoch', v);
  let s = 16;
  if (v >= 6) s += 8;
  if (v >= 6) s += 2;
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeInitProducerIdResponse(w: Writer, o: InitProducerIdResponse, v: number): void {
  const flex = v >= 2;
  w.int32(o.throttleTimeMs);
  w.int16(o.errorCode);
  w.int64(o.producerId);
  w.int16(o.producerEpoch);
  if (v >= 6) w.int64(o.ongoingTxnProducerId);
  if (v >= 6) w.int16(o.ongoingTxnProducerEpoch);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes InitProducerIdResponse in place. */
export function encodeInitProducerIdResponse(o: InitProducerIdResponse, v: number): Buffer {
  return encodeWith(sizeInitProducerIdResponse, writeInitProducerIdResponse, o, v, 0, 6, 'InitProducerIdResponse');
}

/** What a policy reads from InitProducerIdRequest; everything else is skipped. */
export interface InitProducerIdRequestPeek {
  transactionalId: string | null;
}

export function peekInitProducerIdRequest(r: Reader, v: number): InitProducerIdRequestPeek {
  const flex = v >= 2;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 6);
    at = 'transactionalId';
    const f0 = (flex ? r.compactNullableString() : r.nullableString());
    at = 'transactionTimeoutMs';
    r.skip(4);
    at = 'producerId';
    if (v >= 3) r.skip(8);
    at = 'producerEpoch';
    if (v >= 3) r.skip(2);
    at = 'enable2Pc';
    if (v >= 6) r.skip(1);
    at = 'keepPreparedTxn';
    if (v >= 6) r.skip(1);
    if (flex) r.skipTaggedFields();
    return { transactionalId: f0 };
  } catch (e) {
    throw failedIn(e, at, r, 'InitProducerIdRequest', 22, v);
  }
}
