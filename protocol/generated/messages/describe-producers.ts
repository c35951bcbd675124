// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   DescribeProducersRequest.json
//   DescribeProducersResponse.json

import { Reader, Writer, elementWriters, elements, sizeOf, skip } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** DescribeProducersRequest, versions 0. */
export interface DescribeProducersRequest {
  /** The topics to list producers for. Versions 0. */
  topics: DescribeProducersRequestTopicRequest[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeProducersRequest(r: Reader, v: number): DescribeProducersRequest {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'topics';
    const topics = r.array(true, decodeDescribeProducersRequestTopicRequest, v, 3);
    const o: DescribeProducersRequest = { topics, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'DescribeProducersRequest', 61, v);
  }
}

export function sizeDescribeProducersRequest(o: DescribeProducersRequest, v: number): number {
  let s = 0;
  s += sizeOf.array(true, o.topics, sizeDescribeProducersRequestTopicRequest, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDescribeProducersRequest(w: Writer, o: DescribeProducersRequest, v: number): void {
  w.array(true, o.topics, writeDescribeProducersRequestTopicRequest, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes DescribeProducersRequest in place. */
export function encodeDescribeProducersRequest(o: DescribeProducersRequest, v: number): Buffer {
  return encodeWith(sizeDescribeProducersRequest, writeDescribeProducersRequest, o, v, 0, 0, 'DescribeProducersRequest');
}

/** TopicRequest (in DescribeProducersRequest). */
export interface DescribeProducersRequestTopicRequest {
  /** The topic name. Versions 0. */
  name: string;
  /** The indexes of the partitions to list producers for. Versions 0. */
  partitionIndexes: number[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeProducersRequestTopicRequest(r: Reader, v: number): DescribeProducersRequestTopicRequest {
  let at = '';
  try {
    at = 'name';
    const name = r.compactString();
    at = 'partitionIndexes';
    const partitionIndexes = r.array(true, elements.int32, v, 4);
    const o: DescribeProducersRequestTopicRequest = { name, partitionIndexes, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDescribeProducersRequestTopicRequest(o: DescribeProducersRequestTopicRequest, _v: number): number {
  let s = 0;
  s += sizeOf.compactString(o.name);
  s += sizeOf.fixedArray(true, o.partitionIndexes, 4);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDescribeProducersRequestTopicRequest(w: Writer, o: DescribeProducersRequestTopicRequest, v: number): void {
  w.compactString(o.name);
  w.array(true, o.partitionIndexes, elementWriters.int32, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** DescribeProducersResponse, versions 0. */
export interface DescribeProducersResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0. */
  throttleTimeMs: number;
  /** Each topic in the response. Versions 0. */
  topics: DescribeProducersResponseTopicResponse[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeProducersResponse(r: Reader, v: number): DescribeProducersResponse {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'topics';
    const topics = r.array(true, decodeDescribeProducersResponseTopicResponse, v, 3);
    const o: DescribeProducersResponse = { throttleTimeMs, topics, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'DescribeProducersResponse', 61, v);
  }
}

export function sizeDescribeProducersResponse(o: DescribeProducersResponse, v: number): number {
  let s = 4;
  s += sizeOf.array(true, o.topics, sizeDescribeProducersResponseTopicResponse, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDescribeProducersResponse(w: Writer, o: DescribeProducersResponse, v: number): void {
  w.int32(o.throttleTimeMs);
  w.array(true, o.topics, writeDescribeProducersResponseTopicResponse, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes DescribeProducersResponse in place. */
export function encodeDescribeProducersResponse(o: DescribeProducersResponse, v: number): Buffer {
  return encodeWith(sizeDescribeProducersResponse, writeDescribeProducersResponse, o, v, 0, 0, 'DescribeProducersResponse');
}

/** TopicResponse (in DescribeProducersResponse). */
export interface DescribeProducersResponseTopicResponse {
  /** The topic name. Versions 0. */
  name: string;
  /** Each partition in the response. Versions 0. */
  partitions: DescribeProducersResponsePartitionResponse[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeProducersResponseTopicResponse(r: Reader, v: number): DescribeProducersResponseTopicResponse {
  let at = '';
  try {
    at = 'name';
    const name = r.compactString();
    at = 'partitions';
    const partitions = r.array(true, decodeDescribeProducersResponsePartitionResponse, v, 9);
    const o: DescribeProducersResponseTopicResponse = { name, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDescribeProducersResponseTopicResponse(o: DescribeProducersResponseTopicResponse, v: number): number {
  let s = 0;
  s += sizeOf.compactString(o.name);
  s += sizeOf.array(true, o.partitions, sizeDescribeProducersResponsePartitionResponse, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDescribeProducersResponseTopicResponse(w: Writer, o: DescribeProducersResponseTopicResponse, v: number): void {
  w.compactString(o.name);
  w.array(true, o.partitions, writeDescribeProducersResponsePartitionResponse, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** PartitionResponse (in DescribeProducersResponse). */
export interface DescribeProducersResponsePartitionResponse {
  /** The partition index. Versions 0. */
  partitionIndex: number;
  /** The partition error code, or 0 if there was no error. Versions 0. */
  errorCode: number;
  /** The partition error message, which may be null if no additional details are available. Versions 0, nullable 0. */
  errorMessage: string | null;
  /** The active producers for the partition. Versions 0. */
  activeProducers: DescribeProducersResponseProducerState[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeProducersResponsePartitionResponse(r: Reader, v: number): DescribeProducersResponsePartitionResponse {
  let at = '';
  try {
    at = 'partitionIndex';
    const partitionIndex = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'errorMessage';
    const errorMessage = r.compactNullableString();
    at = 'activeProducers';
    const activeProducers = r.array(true, decodeDescribeProducersResponseProducerState, v, 37);
    const o: DescribeProducersResponsePartitionResponse = { partitionIndex, errorCode, errorMessage, activeProducers, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDescribeProducersResponsePartitionResponse(o: DescribeProducersResponsePartitionResponse, v: number): number {
  let s = 6;
  s += sizeOf.compactNullableString(o.errorMessage);
  s += sizeOf.array(true, o.activeProducers, sizeDescribeProducersResponseProducerState, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDescribeProducersResponsePartitionResponse(w: Writer, o: DescribeProducersResponsePartitionResponse, v: number): void {
  w.int32(o.partitionIndex);
  w.int16(o.errorCode);
  w.compactNullableString(o.errorMessage);
  w.array(true, o.activeProducers, writeDescribeProducersResponseProducerState, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** ProducerState (in DescribeProducersResponse). */
export interface DescribeProducersResponseProducerState {
  /** The producer id. Versions 0. */
  producerId: bigint;
  /** The producer epoch. Versions 0. */
  producerEpoch: number;
  /** The last sequence number sent by the producer. Versions 0. */
  lastSequence: number;
  /** The last timestamp sent by the producer. Versions 0. */
  lastTimestamp: bigint;
  /** The current epoch of the producer group. Versions 0. */
  coordinatorEpoch: number;
  /** The current transaction start offset of the producer. Versions 0. */
  currentTxnStartOffset: bigint;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeProducersResponseProducerState(r: Reader, v: number): DescribeProducersResponseProducerState {
  let at = '';
  try {
    at = 'producerId';
    const producerId = r.int64();
    at = 'producerEpoch';
    const producerEpoch = r.int32();
    at = 'lastSequence';
    const lastSequence = r.int32();
    at = 'lastTimestamp';
    const lastTimestamp = r.int64();
    at = 'coordinatorEpoch';
    const coordinatorEpoch = r.int32();
    at = 'currentTxnStartOffset';
    const currentTxnStartOffset = r.int64();
    const o: DescribeProducersResponseProducerState = { producerId, producerEpoch, lastSequence, lastTimestamp, coordinatorEpoch, currentTxnStartOffset, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDescribeProducersResponseProducerState(o: DescribeProducersResponseProducerState, _v: number): number {
  let s = 36;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDescribeProducersResponseProducerState(w: Writer, o: DescribeProducersResponseProducerState, _v: number): void {
  w.int64(o.producerId);
  w.int32(o.producerEpoch);
  w.int32(o.lastSequence);
  w.int64(o.lastTimestamp);
  w.int32(o.coordinatorEpoch);
  w.int64(o.currentTxnStartOffset);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** What a policy reads from DescribeProducersRequest; everything else is skipped. */
export interface DescribeProducersRequestPeek {
  topics: DescribeProducersRequestTopicRequestPeek[];
}

export function peekDescribeProducersRequest(r: Reader, v: number): DescribeProducersRequestPeek {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'topics';
    const f0 = r.array(true, peekDescribeProducersRequestTopicRequest, v, 3);
    r.skipTaggedFields();
    return { topics: f0 };
  } catch (e) {
    throw failedIn(e, at, r, 'DescribeProducersRequest', 61, v);
  }
}

/** What a policy reads from TopicRequest in DescribeProducersRequest; everything else is skipped. */
export interface DescribeProducersRequestTopicRequestPeek {
  name: string;
}

export function peekDescribeProducersRequestTopicRequest(r: Reader, _v: number): DescribeProducersRequestTopicRequestPeek {
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
