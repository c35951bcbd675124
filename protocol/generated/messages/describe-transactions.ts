// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   DescribeTransactionsRequest.json
//   DescribeTransactionsResponse.json

import { Reader, Writer, elementSizers, elementWriters, elements, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** DescribeTransactionsRequest, versions 0. */
export interface DescribeTransactionsRequest {
  /** Array of transactionalIds to include in describe results. If empty, then no results will be returned. Versions 0. */
  transactionalIds: string[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeTransactionsRequest(r: Reader, v: number): DescribeTransactionsRequest {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'transactionalIds';
    const transactionalIds = r.array(true, elements.compactString, v, 1);
    const o: DescribeTransactionsRequest = { transactionalIds, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'DescribeTransactionsRequest', 65, v);
  }
}

export function sizeDescribeTransactionsRequest(o: DescribeTransactionsRequest, v: number): number {
  let s = 0;
  s += sizeOf.array(true, o.transactionalIds, elementSizers.compactString, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDescribeTransactionsRequest(w: Writer, o: DescribeTransactionsRequest, v: number): void {
  w.array(true, o.transactionalIds, elementWriters.compactString, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes DescribeTransactionsRequest in place. */
export function encodeDescribeTransactionsRequest(o: DescribeTransactionsRequest, v: number): Buffer {
  return encodeWith(sizeDescribeTransactionsRequest, writeDescribeTransactionsRequest, o, v, 0, 0, 'DescribeTransactionsRequest');
}

/** DescribeTransactionsResponse, versions 0. */
export interface DescribeTransactionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0. */
  throttleTimeMs: number;
  /** The current state of the transaction. Versions 0. */
  transactionStates: DescribeTransactionsResponseTransactionState[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeTransactionsResponse(r: Reader, v: number): DescribeTransactionsResponse {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'transactionStates';
    const transactionStates = r.array(true, decodeDescribeTransactionsResponseTransactionState, v, 28);
    const o: DescribeTransactionsResponse = { throttleTimeMs, transactionStates, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'DescribeTransactionsResponse', 65, v);
  }
}

export function sizeDescribeTransactionsResponse(o: DescribeTransactionsResponse, v: number): number {
  let s = 4;
  s += sizeOf.array(true, o.transactionStates, sizeDescribeTransactionsResponseTransactionState, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDescribeTransactionsResponse(w: Writer, o: DescribeTransactionsResponse, v: number): void {
  w.int32(o.throttleTimeMs);
  w.array(true, o.transactionStates, writeDescribeTransactionsResponseTransactionState, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes DescribeTransactionsResponse in place. */
export function encodeDescribeTransactionsResponse(o: DescribeTransactionsResponse, v: number): Buffer {
  return encodeWith(sizeDescribeTransactionsResponse, writeDescribeTransactionsResponse, o, v, 0, 0, 'DescribeTransactionsResponse');
}

/** TransactionState (in DescribeTransactionsResponse). */
export interface DescribeTransactionsResponseTransactionState {
  /** The error code. Versions 0. */
  errorCode: number;
  /** The transactional id. Versions 0. */
  transactionalId: string;
  /** The current transaction state of the producer. Versions 0. */
  transactionState: string;
  /** The timeout in milliseconds for the transaction. Versions 0. */
  transactionTimeoutMs: number;
  /** The start time of the transaction in milliseconds. Versions 0. */
  transactionStartTimeMs: bigint;
  /** The current producer id associated with the transaction. Versions 0. */
  producerId: bigint;
  /** The current epoch associated with the producer id. Versions 0. */
  producerEpoch: number;
  /** The set of partitions included in the current transaction (if active). When a transaction is preparing to commit or abort, this will include only partitions which do not have markers. Versions 0. */
  topics: DescribeTransactionsResponseTopicData[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeTransactionsResponseTransactionState(r: Reader, v: number): DescribeTransactionsResponseTransactionState {
  let at = '';
  try {
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'transactionalId';
    const transactionalId = r.compactString();
    at = 'transactionState';
    const transactionState = r.compactString();
    at = 'transactionTimeoutMs';
    const transactionTimeoutMs = r.int32();
    at = 'transactionStartTimeMs';
    const transactionStartTimeMs = r.int64();
    at = 'producerId';
    const producerId = r.int64();
    at = 'producerEpoch';
    const producerEpoch = r.int16();
    at = 'topics';
    const topics = r.array(true, decodeDescribeTransactionsResponseTopicData, v, 3);
    const o: DescribeTransactionsResponseTransactionState = { errorCode, transactionalId, transactionState, transactionTimeoutMs, transactionStartTimeMs, producerId, producerEpoch, topics, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDescribeTransactionsResponseTransactionState(o: DescribeTransactionsResponseTransactionState, v: number): number {
  let s = 24;
  s += sizeOf.compactString(o.transactionalId);
  s += sizeOf.compactString(o.transactionState);
  s += sizeOf.array(true, o.topics, sizeDescribeTransactionsResponseTopicData, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDescribeTransactionsResponseTransactionState(w: Writer, o: DescribeTransactionsResponseTransactionState, v: number): void {
  w.int16(o.errorCode);
  w.compactString(o.transactionalId);
  w.compactString(o.transactionState);
  w.int32(o.transactionTimeoutMs);
  w.int64(o.transactionStartTimeMs);
  w.int64(o.producerId);
  w.int16(o.producerEpoch);
  w.array(true, o.topics, writeDescribeTransactionsResponseTopicData, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** TopicData (in DescribeTransactionsResponse). */
export interface DescribeTransactionsResponseTopicData {
  /** The topic name. Versions 0. */
  topic: string;
  /** The partition ids included in the current transaction. Versions 0. */
  partitions: number[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeTransactionsResponseTopicData(r: Reader, v: number): DescribeTransactionsResponseTopicData {
  let at = '';
  try {
    at = 'topic';
    const topic = r.compactString();
    at = 'partitions';
    const partitions = r.array(true, elements.int32, v, 4);
    const o: DescribeTransactionsResponseTopicData = { topic, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDescribeTransactionsResponseTopicData(o: DescribeTransactionsResponseTopicData, _v: number): number {
  let s = 0;
  s += sizeOf.compactString(o.topic);
  s += sizeOf.fixedArray(true, o.partitions, 4);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDescribeTransactionsResponseTopicData(w: Writer, o: DescribeTransactionsResponseTopicData, v: number): void {
  w.compactString(o.topic);
  w.array(true, o.partitions, elementWriters.int32, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** What a policy reads from DescribeTransactionsRequest; everything else is skipped. */
export interface DescribeTransactionsRequestPeek {
  transactionalIds: string[];
}

export function peekDescribeTransactionsRequest(r: Reader, v: number): DescribeTransactionsRequestPeek {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'transactionalIds';
    const f0 = r.array(true, elements.compactString, v, 1);
    r.skipTaggedFields();
    return { transactionalIds: f0 };
  } catch (e) {
    throw failedIn(e, at, r, 'DescribeTransactionsRequest', 65, v);
  }
}
