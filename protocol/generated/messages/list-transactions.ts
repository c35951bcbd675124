// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   ListTransactionsRequest.json
//   ListTransactionsResponse.json

import { Reader, Writer, elementSizers, elementWriters, elements, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { absentField, checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** ListTransactionsRequest, versions 0-2. */
export interface ListTransactionsRequest {
  /** The transaction states to filter by: if empty, all transactions are returned; if non-empty, then only transactions matching one of the filtered states will be returned. Versions 0-2. */
  stateFilters: string[];
  /** The producerIds to filter by: if empty, all transactions will be returned; if non-empty, only transactions which match one of the filtered producerIds will be returned. Versions 0-2. */
  producerIdFilters: bigint[];
  /** Duration (in millis) to filter by: if < 0, all transactions will be returned; otherwise, only transactions running longer than this duration will be returned. Versions 1-2. */
  durationFilter: bigint;
  /** The transactional ID regular expression pattern to filter by: if it is empty or null, all transactions are returned; Otherwise then only the transactions matching the given regular expression will be returned. Versions 2, nullable 2. */
  transactionalIdPattern: string | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeListTransactionsRequest(r: Reader, v: number): ListTransactionsRequest {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 2);
    at = 'stateFilters';
    const stateFilters = r.array(true, elements.compactString, v, 1);
    at = 'producerIdFilters';
    const producerIdFilters = r.array(true, elements.int64, v, 8);
    at = 'durationFilter';
    const durationFilter = v >= 1 ? r.int64() : -1n;
    at = 'transactionalIdPattern';
    const transactionalIdPattern = v >= 2 ? r.compactNullableString() : null;
    const o: ListTransactionsRequest = { stateFilters, producerIdFilters, durationFilter, transactionalIdPattern, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'ListTransactionsRequest', 66, v);
  }
}

export function sizeListTransactionsRequest(o: ListTransactionsRequest, v: number): number {
  if (!(v >= 1) && !(o.durationFilter === -1n)) throw absentField('durationFilter', v);
  if (!(v >= 2) && !(o.transactionalIdPattern === null)) throw absentField('transactionalIdPattern', v);
  let s = 0;
  s += sizeOf.array(true, o.stateFilters, elementSizers.compactString, v);
  s += sizeOf.fixedArray(true, o.producerIdFilters, 8);
  if (v >= 1) s += 8;
  if (v >= 2) s += sizeOf.compactNullableString(o.transactionalIdPattern);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeListTransactionsRequest(w: Writer, o: ListTransactionsRequest, v: number): void {
  w.array(true, o.stateFilters, elementWriters.compactString, v);
  w.array(true, o.producerIdFilters, elementWriters.int64, v);
  if (v >= 1) w.int64(o.durationFilter);
  if (v >= 2) w.compactNullableString(o.transactionalIdPattern);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes ListTransactionsRequest in place. */
export function encodeListTransactionsRequest(o: ListTransactionsRequest, v: number): Buffer {
  return encodeWith(sizeListTransactionsRequest, writeListTransactionsRequest, o, v, 0, 2, 'ListTransactionsRequest');
}

/** ListTransactionsResponse, versions 0-2. */
export interface ListTransactionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0-2. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions 0-2. */
  errorCode: number;
  /** Set of state filters provided in the request which were unknown to the transaction coordinator. Versions 0-2. */
  unknownStateFilters: string[];
  /** The current state of the transaction for the transactional id. Versions 0-2. */
  transactionStates: ListTransactionsResponseTransactionState[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeListTransactionsResponse(r: Reader, v: number): ListTransactionsResponse {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 2);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'unknownStateFilters';
    const unknownStateFilters = r.array(true, elements.compactString, v, 1);
    at = 'transactionStates';
    const transactionStates = r.array(true, decodeListTransactionsResponseTransactionState, v, 11);
    const o: ListTransactionsResponse = { throttleTimeMs, errorCode, unknownStateFilters, transactionStates, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'ListTransactionsResponse', 66, v);
  }
}

export function sizeListTransactionsResponse(o: ListTransactionsResponse, v: number): number {
  let s = 6;
  s += sizeOf.array(true, o.unknownStateFilters, elementSizers.compactString, v);
  s += sizeOf.array(true, o.transactionStates, sizeListTransactionsResponseTransactionState, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeListTransactionsResponse(w: Writer, o: ListTransactionsResponse, v: number): void {
  w.int32(o.throttleTimeMs);
  w.int16(o.errorCode);
  w.array(true, o.unknownStateFilters, elementWriters.compactString, v);
  w.array(true, o.transactionStates, writeListTransactionsResponseTransactionState, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes ListTransactionsResponse in place. */
export function encodeListTransactionsResponse(o: ListTransactionsResponse, v: number): Buffer {
  return encodeWith(sizeListTransactionsResponse, writeListTransactionsResponse, o, v, 0, 2, 'ListTransactionsResponse');
}

/** TransactionState (in ListTransactionsResponse). */
export interface ListTransactionsResponseTransactionState {
  /** The transactional id. Versions 0-2. */
  transactionalId: string;
  /** The producer id. Versions 0-2. */
  producerId: bigint;
  /** The current transaction state of the producer. Versions 0-2. */
  transactionState: string;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeListTransactionsResponseTransactionState(r: Reader, v: number): ListTransactionsResponseTransactionState {
  let at = '';
  try {
    at = 'transactionalId';
    const transactionalId = r.compactString();
    at = 'producerId';
    const producerId = r.int64();
    at = 'transactionState';
    const transactionState = r.compactString();
    const o: ListTransactionsResponseTransactionState = { transactionalId, producerId, transactionState, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeListTransactionsResponseTransactionState(o: ListTransactionsResponseTransactionState, _v: number): number {
  let s = 8;
  s += sizeOf.compactString(o.transactionalId);
  s += sizeOf.compactString(o.transactionState);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeListTransactionsResponseTransactionState(w: Writer, o: ListTransactionsResponseTransactionState, _v: number): void {
  w.compactString(o.transactionalId);
  w.int64(o.producerId);
  w.compactString(o.transactionState);
  w.unknownTaggedFields(o._unknownTaggedFields);
}
