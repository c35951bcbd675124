// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   ReadShareGroupStateRequest.json
//   ReadShareGroupStateResponse.json

import { Reader, Writer, sizeOf, skip } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** ReadShareGroupStateRequest, versions 0. */
export interface ReadShareGroupStateRequest {
  /** The group identifier. Versions 0. */
  groupId: string;
  /** The data for the topics. Versions 0. */
  topics: ReadShareGroupStateRequestReadStateData[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeReadShareGroupStateRequest(r: Reader, v: number): ReadShareGroupStateRequest {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'groupId';
    const groupId = r.compactString();
    at = 'topics';
    const topics = r.array(true, decodeReadShareGroupStateRequestReadStateData, v, 18);
    const o: ReadShareGroupStateRequest = { groupId, topics, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'ReadShareGroupStateRequest', 84, v);
  }
}

export function sizeReadShareGroupStateRequest(o: ReadShareGroupStateRequest, v: number): number {
  let s = 0;
  s += sizeOf.compactString(o.groupId);
  s += sizeOf.array(true, o.topics, sizeReadShareGroupStateRequestReadStateData, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeReadShareGroupStateRequest(w: Writer, o: ReadShareGroupStateRequest, v: number): void {
  w.compactString(o.groupId);
  w.array(true, o.topics, writeReadShareGroupStateRequestReadStateData, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes ReadShareGroupStateRequest in place. */
export function encodeReadShareGroupStateRequest(o: ReadShareGroupStateRequest, v: number): Buffer {
  return encodeWith(sizeReadShareGroupStateRequest, writeReadShareGroupStateRequest, o, v, 0, 0, 'ReadShareGroupStateRequest');
}

/** ReadStateData (in ReadShareGroupStateRequest). */
export interface ReadShareGroupStateRequestReadStateData {
  /** The topic identifier. Versions 0. */
  topicId: string;
  /** The data for the partitions. Versions 0. */
  partitions: ReadShareGroupStateRequestPartitionData[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeReadShareGroupStateRequestReadStateData(r: Reader, v: number): ReadShareGroupStateRequestReadStateData {
  let at = '';
  try {
    at = 'topicId';
    const topicId = r.uuid();
    at = 'partitions';
    const partitions = r.array(true, decodeReadShareGroupStateRequestPartitionData, v, 9);
    const o: ReadShareGroupStateRequestReadStateData = { topicId, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeReadShareGroupStateRequestReadStateData(o: ReadShareGroupStateRequestReadStateData, v: number): number {
  let s = 16;
  s += sizeOf.array(true, o.partitions, sizeReadShareGroupStateRequestPartitionData, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeReadShareGroupStateRequestReadStateData(w: Writer, o: ReadShareGroupStateRequestReadStateData, v: number): void {
  w.uuid(o.topicId);
  w.array(true, o.partitions, writeReadShareGroupStateRequestPartitionData, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** PartitionData (in ReadShareGroupStateRequest). */
export interface ReadShareGroupStateRequestPartitionData {
  /** The partition index. Versions 0. */
  partition: number;
  /** The leader epoch of the share-partition. Versions 0. */
  leaderEpoch: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeReadShareGroupStateRequestPartitionData(r: Reader, v: number): ReadShareGroupStateRequestPartitionData {
  let at = '';
  try {
    at = 'partition';
    const partition = r.int32();
    at = 'leaderEpoch';
    const leaderEpoch = r.int32();
    const o: ReadShareGroupStateRequestPartitionData = { partition, leaderEpoch, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeReadShareGroupStateRequestPartitionData(o: ReadShareGroupStateRequestPartitionData, _v: number): number {
  let s = 8;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeReadShareGroupStateRequestPartitionData(w: Writer, o: ReadShareGroupStateRequestPartitionData, _v: number): void {
  w.int32(o.partition);
  w.int32(o.leaderEpoch);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** ReadShareGroupStateResponse, versions 0. */
export interface ReadShareGroupStateResponse {
  /** The read results. Versions 0. */
  results: ReadShareGroupStateResponseReadStateResult[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeReadShareGroupStateResponse(r: Reader, v: number): ReadShareGroupStateResponse {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'results';
    const results = r.array(true, decodeReadShareGroupStateResponseReadStateResult, v, 18);
    const o: ReadShareGroupStateResponse = { results, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'ReadShareGroupStateResponse', 84, v);
  }
}

export function sizeReadShareGroupStateResponse(o: ReadShareGroupStateResponse, v: number): number {
  let s = 0;
  s += sizeOf.array(true, o.results, sizeReadShareGroupStateResponseReadStateResult, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeReadShareGroupStateResponse(w: Writer, o: ReadShareGroupStateResponse, v: number): void {
  w.array(true, o.results, writeReadShareGroupStateResponseReadStateResult, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes ReadShareGroupStateResponse in place. */
export function encodeReadShareGroupStateResponse(o: ReadShareGroupStateResponse, v: number): Buffer {
  return encodeWith(sizeReadShareGroupStateResponse, writeReadShareGroupStateResponse, o, v, 0, 0, 'ReadShareGroupStateResponse');
}

/** ReadStateResult (in ReadShareGroupStateResponse). */
export interface ReadShareGroupStateResponseReadStateResult {
  /** The topic identifier. Versions 0. */
  topicId: string;
  /** The results for the partitions. Versions 0. */
  partitions: ReadShareGroupStateResponsePartitionResult[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeReadShareGroupStateResponseReadStateResult(r: Reader, v: number): ReadShareGroupStateResponseReadStateResult {
  let at = '';
  try {
    at = 'topicId';
    const topicId = r.uuid();
    at = 'partitions';
    const partitions = r.array(true, decodeReadShareGroupStateResponsePartitionResult, v, 21);
    const o: ReadShareGroupStateResponseReadStateResult = { topicId, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeReadShareGroupStateResponseReadStateResult(o: ReadShareGroupStateResponseReadStateResult, v: number): number {
  let s = 16;
  s += sizeOf.array(true, o.partitions, sizeReadShareGroupStateResponsePartitionResult, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeReadShareGroupStateResponseReadStateResult(w: Writer, o: ReadShareGroupStateResponseReadStateResult, v: number): void {
  w.uuid(o.topicId);
  w.array(true, o.partitions, writeReadShareGroupStateResponsePartitionResult, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** PartitionResult (in ReadShareGroupStateResponse). */
export interface ReadShareGroupStateResponsePartitionResult {
  /** The partition index. Versions 0. */
  partition: number;
  /** The error code, or 0 if there was no error. Versions 0. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions 0, nullable 0. */
  errorMessage: string | null;
  /** The state epoch of the share-partition. Versions 0. */
  stateEpoch: number;
  /** The share-partition start offset, which can be -1 if it is not yet initialized. Versions 0. */
  startOffset: bigint;
  /** The state batches for this share-partition. Versions 0. */
  stateBatches: ReadShareGroupStateResponseStateBatch[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeReadShareGroupStateResponsePartitionResult(r: Reader, v: number): ReadShareGroupStateResponsePartitionResult {
  let at = '';
  try {
    at = 'partition';
    const partition = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'errorMessage';
    const errorMessage = r.compactNullableString();
    at = 'stateEpoch';
    const stateEpoch = r.int32();
    at = 'startOffset';
    const startOffset = r.int64();
    at = 'stateBatches';
    const stateBatches = r.array(true, decodeReadShareGroupStateResponseStateBatch, v, 20);
    const o: ReadShareGroupStateResponsePartitionResult = { partition, errorCode, errorMessage, stateEpoch, startOffset, stateBatches, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeReadShareGroupStateResponsePartitionResult(o: ReadShareGroupStateResponsePartitionResult, v: number): number {
  let s = 18;
  s += sizeOf.compactNullableString(o.errorMessage);
  s += sizeOf.array(true, o.stateBatches, sizeReadShareGroupStateResponseStateBatch, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeReadShareGroupStateResponsePartitionResult(w: Writer, o: ReadShareGroupStateResponsePartitionResult, v: number): void {
  w.int32(o.partition);
  w.int16(o.errorCode);
  w.compactNullableString(o.errorMessage);
  w.int32(o.stateEpoch);
  w.int64(o.startOffset);
  w.array(true, o.stateBatches, writeReadShareGroupStateResponseStateBatch, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** StateBatch (in ReadShareGroupStateResponse). */
export interface ReadShareGroupStateResponseStateBatch {
  /** The first offset of this state batch. Versions 0. */
  firstOffset: bigint;
  /** The last offset of this state batch. Versions 0. */
  lastOffset: bigint;
  /** The delivery state - 0:Available,2:Acked,4:Archived. Versions 0. */
  deliveryState: number;
  /** The delivery count. Versions 0. */
  deliveryCount: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeReadShareGroupStateResponseStateBatch(r: Reader, v: number): ReadShareGroupStateResponseStateBatch {
  let at = '';
  try {
    at = 'firstOffset';
    const firstOffset = r.int64();
    at = 'lastOffset';
    const lastOffset = r.int64();
    at = 'deliveryState';
    const deliveryState = r.int8();
    at = 'deliveryCount';
    const deliveryCount = r.int16();
    const o: ReadShareGroupStateResponseStateBatch = { firstOffset, lastOffset, deliveryState, deliveryCount, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeReadShareGroupStateResponseStateBatch(o: ReadShareGroupStateResponseStateBatch, _v: number): number {
  let s = 19;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeReadShareGroupStateResponseStateBatch(w: Writer, o: ReadShareGroupStateResponseStateBatch, _v: number): void {
  w.int64(o.firstOffset);
  w.int64(o.lastOffset);
  w.int8(o.deliveryState);
  w.int16(o.deliveryCount);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** What a policy reads from ReadShareGroupStateRequest; everything else is skipped. */
export interface ReadShareGroupStateRequestPeek {
  topics: ReadShareGroupStateRequestReadStateDataPeek[];
}

export function peekReadShareGroupStateRequest(r: Reader, v: number): ReadShareGroupStateRequestPeek {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'groupId';
    skip.string(r, true, false);
    at = 'topics';
    const f1 = r.array(true, peekReadShareGroupStateRequestReadStateData, v, 18);
    r.skipTaggedFields();
    return { topics: f1 };
  } catch (e) {
    throw failedIn(e, at, r, 'ReadShareGroupStateRequest', 84, v);
  }
}

/** What a policy reads from ReadStateData in ReadShareGroupStateRequest; everything else is skipped. */
export interface ReadShareGroupStateRequestReadStateDataPeek {
  topicId: string;
}

export function peekReadShareGroupStateRequestReadStateData(r: Reader, v: number): ReadShareGroupStateRequestReadStateDataPeek {
  let at = '';
  try {
    at = 'topicId';
    const f0 = r.uuid();
    at = 'partitions';
    skip.array(r, true, skipReadShareGroupStateRequestPartitionData, v, 9, false);
    r.skipTaggedFields();
    return { topicId: f0 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

function skipReadShareGroupStateRequestPartitionData(r: Reader, _v: number): void {
  r.skip(4);
  r.skip(4);
  r.skipTaggedFields();
}
