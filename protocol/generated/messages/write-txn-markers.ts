// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   WriteTxnMarkersRequest.json
//   WriteTxnMarkersResponse.json

import { Reader, Writer, elementWriters, elements, sizeOf, skip } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** WriteTxnMarkersRequest, versions 1. */
export interface WriteTxnMarkersRequest {
  /** The transaction markers to be written. Versions 1. */
  markers: WriteTxnMarkersRequestWritableTxnMarker[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeWriteTxnMarkersRequest(r: Reader, v: number): WriteTxnMarkersRequest {
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 1);
    at = 'markers';
    const markers = r.array(true, decodeWriteTxnMarkersRequestWritableTxnMarker, v, 17);
    const o: WriteTxnMarkersRequest = { markers, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'WriteTxnMarkersRequest', 27, v);
  }
}

export function sizeWriteTxnMarkersRequest(o: WriteTxnMarkersRequest, v: number): number {
  let s = 0;
  s += sizeOf.array(true, o.markers, sizeWriteTxnMarkersRequestWritableTxnMarker, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeWriteTxnMarkersRequest(w: Writer, o: WriteTxnMarkersRequest, v: number): void {
  w.array(true, o.markers, writeWriteTxnMarkersRequestWritableTxnMarker, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes WriteTxnMarkersRequest in place. */
export function encodeWriteTxnMarkersRequest(o: WriteTxnMarkersRequest, v: number): Buffer {
  return encodeWith(sizeWriteTxnMarkersRequest, writeWriteTxnMarkersRequest, o, v, 1, 1, 'WriteTxnMarkersRequest');
}

/** WritableTxnMarker (in WriteTxnMarkersRequest). */
export interface WriteTxnMarkersRequestWritableTxnMarker {
  /** The current producer ID. Versions 1. */
  producerId: bigint;
  /** The current epoch associated with the producer ID. Versions 1. */
  producerEpoch: number;
  /** The result of the transaction to write to the partitions (false = ABORT, true = COMMIT). Versions 1. */
  transactionResult: boolean;
  /** Each topic that we want to write transaction marker(s) for. Versions 1. */
  topics: WriteTxnMarkersRequestWritableTxnMarkerTopic[];
  /** Epoch associated with the transaction state partition hosted by this transaction coordinator. Versions 1. */
  coordinatorEpoch: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeWriteTxnMarkersRequestWritableTxnMarker(r: Reader, v: number): WriteTxnMarkersRequestWritableTxnMarker {
  let at = '';
  try {
    at = 'producerId';
    const producerId = r.int64();
    at = 'producerEpoch';
    const producerEpoch = r.int16();
    at = 'transactionResult';
    const transactionResult = r.bool();
    at = 'topics';
    const topics = r.array(true, decodeWriteTxnMarkersRequestWritableTxnMarkerTopic, v, 3);
    at = 'coordinatorEpoch';
    const coordinatorEpoch = r.int32();
    const o: WriteTxnMarkersRequestWritableTxnMarker = { producerId, producerEpoch, transactionResult, topics, coordinatorEpoch, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeWriteTxnMarkersRequestWritableTxnMarker(o: WriteTxnMarkersRequestWritableTxnMarker, v: number): number {
  let s = 15;
  s += sizeOf.array(true, o.topics, sizeWriteTxnMarkersRequestWritableTxnMarkerTopic, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeWriteTxnMarkersRequestWritableTxnMarker(w: Writer, o: WriteTxnMarkersRequestWritableTxnMarker, v: number): void {
  w.int64(o.producerId);
  w.int16(o.producerEpoch);
  w.bool(o.transactionResult);
  w.array(true, o.topics, writeWriteTxnMarkersRequestWritableTxnMarkerTopic, v);
  w.int32(o.coordinatorEpoch);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** WritableTxnMarkerTopic (in WriteTxnMarkersRequest). */
export interface WriteTxnMarkersRequestWritableTxnMarkerTopic {
  /** The topic name. Versions 1. */
  name: string;
  /** The indexes of the partitions to write transaction markers for. Versions 1. */
  partitionIndexes: number[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeWriteTxnMarkersRequestWritableTxnMarkerTopic(r: Reader, v: number): WriteTxnMarkersRequestWritableTxnMarkerTopic {
  let at = '';
  try {
    at = 'name';
    const name = r.compactString();
    at = 'partitionIndexes';
    const partitionIndexes = r.array(true, elements.int32, v, 4);
    const o: WriteTxnMarkersRequestWritableTxnMarkerTopic = { name, partitionIndexes, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeWriteTxnMarkersRequestWritableTxnMarkerTopic(o: WriteTxnMarkersRequestWritableTxnMarkerTopic, _v: number): number {
  let s = 0;
  s += sizeOf.compactString(o.name);
  s += sizeOf.fixedArray(true, o.partitionIndexes, 4);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeWriteTxnMarkersRequestWritableTxnMarkerTopic(w: Writer, o: WriteTxnMarkersRequestWritableTxnMarkerTopic, v: number): void {
  w.compactString(o.name);
  w.array(true, o.partitionIndexes, elementWriters.int32, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** WriteTxnMarkersResponse, versions 1. */
export interface WriteTxnMarkersResponse {
  /** The results for writing makers. Versions 1. */
  markers: WriteTxnMarkersResponseWritableTxnMarkerResult[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeWriteTxnMarkersResponse(r: Reader, v: number): WriteTxnMarkersResponse {
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 1);
    at = 'markers';
    const markers = r.array(true, decodeWriteTxnMarkersResponseWritableTxnMarkerResult, v, 10);
    const o: WriteTxnMarkersResponse = { markers, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'WriteTxnMarkersResponse', 27, v);
  }
}

export function sizeWriteTxnMarkersResponse(o: WriteTxnMarkersResponse, v: number): number {
  let s = 0;
  s += sizeOf.array(true, o.markers, sizeWriteTxnMarkersResponseWritableTxnMarkerResult, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeWriteTxnMarkersResponse(w: Writer, o: WriteTxnMarkersResponse, v: number): void {
  w.array(true, o.markers, writeWriteTxnMarkersResponseWritableTxnMarkerResult, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes WriteTxnMarkersResponse in place. */
export function encodeWriteTxnMarkersResponse(o: WriteTxnMarkersResponse, v: number): Buffer {
  return encodeWith(sizeWriteTxnMarkersResponse, writeWriteTxnMarkersResponse, o, v, 1, 1, 'WriteTxnMarkersResponse');
}

/** WritableTxnMarkerResult (in WriteTxnMarkersResponse). */
export interface WriteTxnMarkersResponseWritableTxnMarkerResult {
  /** The current producer ID in use by the transactional ID. Versions 1. */
  producerId: bigint;
  /** The results by topic. Versions 1. */
  topics: WriteTxnMarkersResponseWritableTxnMarkerTopicResult[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeWriteTxnMarkersResponseWritableTxnMarkerResult(r: Reader, v: number): WriteTxnMarkersResponseWritableTxnMarkerResult {
  let at = '';
  try {
    at = 'producerId';
    const producerId = r.int64();
    at = 'topics';
    const topics = r.array(true, decodeWriteTxnMarkersResponseWritableTxnMarkerTopicResult, v, 3);
    const o: WriteTxnMarkersResponseWritableTxnMarkerResult = { producerId, topics, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeWriteTxnMarkersResponseWritableTxnMarkerResult(o: WriteTxnMarkersResponseWritableTxnMarkerResult, v: number): number {
  let s = 8;
  s += sizeOf.array(true, o.topics, sizeWriteTxnMarkersResponseWritableTxnMarkerTopicResult, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeWriteTxnMarkersResponseWritableTxnMarkerResult(w: Writer, o: WriteTxnMarkersResponseWritableTxnMarkerResult, v: number): void {
  w.int64(o.producerId);
  w.array(true, o.topics, writeWriteTxnMarkersResponseWritableTxnMarkerTopicResult, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** WritableTxnMarkerTopicResult (in WriteTxnMarkersResponse). */
export interface WriteTxnMarkersResponseWritableTxnMarkerTopicResult {
  /** The topic name. Versions 1. */
  name: string;
  /** The results by partition. Versions 1. */
  partitions: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeWriteTxnMarkersResponseWritableTxnMarkerTopicResult(r: Reader, v: number): WriteTxnMarkersResponseWritableTxnMarkerTopicResult {
  let at = '';
  try {
    at = 'name';
    const name = r.compactString();
    at = 'partitions';
    const partitions = r.array(true, decodeWriteTxnMarkersResponseWritableTxnMarkerPartitionResult, v, 7);
    const o: WriteTxnMarkersResponseWritableTxnMarkerTopicResult = { name, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeWriteTxnMarkersResponseWritableTxnMarkerTopicResult(o: WriteTxnMarkersResponseWritableTxnMarkerTopicResult, v: number): number {
  let s = 0;
  s += sizeOf.compactString(o.name);
  s += sizeOf.array(true, o.partitions, sizeWriteTxnMarkersResponseWritableTxnMarkerPartitionResult, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeWriteTxnMarkersResponseWritableTxnMarkerTopicResult(w: Writer, o: WriteTxnMarkersResponseWritableTxnMarkerTopicResult, v: number): void {
  w.compactString(o.name);
  w.array(true, o.partitions, writeWriteTxnMarkersResponseWritableTxnMarkerPartitionResult, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** WritableTxnMarkerPartitionResult (in WriteTxnMarkersResponse). */
export interface WriteTxnMarkersResponseWritableTxnMarkerPartitionResult {
  /** The partition index. Versions 1. */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. Versions 1. */
  errorCode: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(r: Reader, v: number): WriteTxnMarkersResponseWritableTxnMarkerPartitionResult {
  let at = '';
  try {
    at = 'partitionIndex';
    const partitionIndex = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    const o: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult = { partitionIndex, errorCode, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(o: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult, _v: number): number {
  let s = 6;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeWriteTxnMarkersResponseWritableTxnMarkerPartitionResult(w: Writer, o: WriteTxnMarkersResponseWritableTxnMarkerPartitionResult, _v: number): void {
  w.int32(o.partitionIndex);
  w.int16(o.errorCode);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** What a policy reads from WriteTxnMarkersRequest; everything else is skipped. */
export interface WriteTxnMarkersRequestPeek {
  markers: WriteTxnMarkersRequestWritableTxnMarkerPeek[];
}

export function peekWriteTxnMarkersRequest(r: Reader, v: number): WriteTxnMarkersRequestPeek {
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 1);
    at = 'markers';
    const f0 = r.array(true, peekWriteTxnMarkersRequestWritableTxnMarker, v, 17);
    r.skipTaggedFields();
    return { markers: f0 };
  } catch (e) {
    throw failedIn(e, at, r, 'WriteTxnMarkersRequest', 27, v);
  }
}

/** What a policy reads from WritableTxnMarker in WriteTxnMarkersRequest; everything else is skipped. */
export interface WriteTxnMarkersRequestWritableTxnMarkerPeek {
  topics: WriteTxnMarkersRequestWritableTxnMarkerTopicPeek[];
}

export function peekWriteTxnMarkersRequestWritableTxnMarker(r: Reader, v: number): WriteTxnMarkersRequestWritableTxnMarkerPeek {
  let at = '';
  try {
    at = 'producerId';
    r.skip(8);
    at = 'producerEpoch';
    r.skip(2);
    at = 'transactionResult';
    r.skip(1);
    at = 'topics';
    const f3 = r.array(true, peekWriteTxnMarkersRequestWritableTxnMarkerTopic, v, 3);
    at = 'coordinatorEpoch';
    r.skip(4);
    r.skipTaggedFields();
    return { topics: f3 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

/** What a policy reads from WritableTxnMarkerTopic in WriteTxnMarkersRequest; everything else is skipped. */
export interface WriteTxnMarkersRequestWritableTxnMarkerTopicPeek {
  name: string;
}

export function peekWriteTxnMarkersRequestWritableTxnMarkerTopic(r: Reader, _v: number): WriteTxnMarkersRequestWritableTxnMarkerTopicPeek {
  let at = '';
  try {
    at = 'name';
    const f0 = r.compactString();
    at = 'partitionIndexes';
    skip.fixedArray(r, true, 4, false);
    r.skipTaggedFields();
    return { name: f0 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}
