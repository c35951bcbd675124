// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   WriteShareGroupStateRequest.json
//   WriteShareGroupStateResponse.json

import { Reader, Writer, sizeOf, skip } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** WriteShareGroupStateRequest, versions 0. */
export interface WriteShareGroupStateRequest {
  /** The group identifier. Versions 0. */
  groupId: string;
  /** The data for the topics. Versions 0. */
  topics: WriteShareGroupStateRequestWriteStateData[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeWriteShareGroupStateRequest(r: Reader, v: number): WriteShareGroupStateRequest {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'groupId';
    const groupId = r.compactString();
    at = 'topics';
    const topics = r.array(true, decodeWriteShareGroupStateRequestWriteStateData, v, 18);
    const o: WriteShareGroupStateRequest = { groupId, topics, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'WriteShareGroupStateRequest', 85, v);
  }
}

export function sizeWriteShareGroupStateRequest(o: WriteShareGroupStateRequest, v: number): number {
  let s = 0;
  s += sizeOf.compactString(o.groupId);
  s += sizeOf.array(true, o.topics, sizeWriteShareGroupStateRequestWriteStateData, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeWriteShareGroupStateRequest(w: Writer, o: WriteShareGroupStateRequest, v: number): void {
  w.compactString(o.groupId);
  w.array(true, o.topics, writeWriteShareGroupStateRequestWriteStateData, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes WriteShareGroupStateRequest in place. */
export function encodeWriteShareGroupStateRequest(o: WriteShareGroupStateRequest, v: number): Buffer {
  return encodeWith(sizeWriteShareGroupStateRequest, writeWriteShareGroupStateRequest, o, v, 0, 0, 'WriteShareGroupStateRequest');
}

/** WriteStateData (in WriteShareGroupStateRequest). */
export interface WriteShareGroupStateRequestWriteStateData {
  /** The topic identifier. Versions 0. */
  topicId: string;
  /** The data for the partitions. Versions 0. */
  partitions: WriteShareGroupStateRequestPartitionData[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeWriteShareGroupStateRequestWriteStateData(r: Reader, v: number): WriteShareGroupStateRequestWriteStateData {
  let at = '';
  try {
    at = 'topicId';
    const topicId = r.uuid();
    at = 'partitions';
    const partitions = r.array(true, decodeWriteShareGroupStateRequestPartitionData, v, 22);
    const o: WriteShareGroupStateRequestWriteStateData = { topicId, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeWriteShareGroupStateRequestWriteStateData(o: WriteShareGroupStateRequestWriteStateData, v: number): number {
  let s = 16;
  s += sizeOf.array(true, o.partitions, sizeWriteShareGroupStateRequestPartitionData, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeWriteShareGroupStateRequestWriteStateData(w: Writer, o: WriteShareGroupStateRequestWriteStateData, v: number): void {
  w.uuid(o.topicId);
  w.array(true, o.partitions, writeWriteShareGroupStateRequestPartitionData, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** PartitionData (in WriteShareGroupStateRequest). */
export interface WriteShareGroupStateRequestPartitionData {
  /** The partition index. Versions 0. */
  partition: number;
  /** The state epoch of the share-partition. Versions 0. */
  stateEpoch: number;
  /** The leader epoch of the share-partition. Versions 0. */
  leaderEpoch: number;
  /** The share-partition start offset, or -1 if the start offset is not being written. Versions 0. */
  startOffset: bigint;
  /** The state batches for the share-partition. Versions 0. */
  stateBatches: WriteShareGroupStateRequestStateBatch[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeWriteShareGroupStateRequestPartitionData(r: Reader, v: number): WriteShareGroupStateRequestPartitionData {
  let at = '';
  try {
    at = 'partition';
    const partition = r.int32();
    at = 'stateEpoch';
    const stateEpoch = r.int32();
    at = 'leaderEpoch';
    const leaderEpoch = r.int32();
    at = 'startOffset';
    const startOffset = r.int64();
    at = 'stateBatches';
    const stateBatches = r.array(true, decodeWriteShareGroupStateRequestStateBatch, v, 20);
    const o: WriteShareGroupStateRequestPartitionData = { partition, stateEpoch, leaderEpoch, startOffset, stateBatches, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeWriteShareGroupStateRequestPartitionData(o: WriteShareGroupStateRequestPartitionData, v: number): number {
  let s = 20;
  s += sizeOf.array(true, o.stateBatches, sizeWriteShareGroupStateRequestStateBatch, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeWriteShareGroupStateRequestPartitionData(w: Writer, o: WriteShareGroupStateRequestPartitionData, v: number): void {
  w.int32(o.partition);
  w.int32(o.stateEpoch);
  w.int32(o.leaderEpoch);
  w.int64(o.startOffset);
  w.array(true, o.stateBatches, writeWriteShareGroupStateRequestStateBatch, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** StateBatch (in WriteShareGroupStateRequest). */
export interface WriteShareGroupStateRequestStateBatch {
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

export function decodeWriteShareGroupStateRequestStateBatch(r: Reader, v: number): WriteShareGroupStateRequestStateBatch {
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
    const o: WriteShareGroupStateRequestStateBatch = { firstOffset, lastOffset, deliveryState, deliveryCount, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeWriteShareGroupStateRequestStateBatch(o: WriteShareGroupStateRequestStateBatch, _v: number): number {
  let s = 19;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeWriteShareGroupStateRequestStateBatch(w: Writer, o: WriteShareGroupStateRequestStateBatch, _v: number): void {
  w.int64(o.firstOffset);
  w.int64(o.lastOffset);
  w.int8(o.deliveryState);
  w.int16(o.deliveryCount);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** WriteShareGroupStateResponse, versions 0. */
export interface WriteShareGroupStateResponse {
  /** The write results. Versions 0. */
  results: WriteShareGroupStateResponseWriteStateResult[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeWriteShareGroupStateResponse(r: Reader, v: number): WriteShareGroupStateResponse {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'results';
    const results = r.array(true, decodeWriteShareGroupStateResponseWriteStateResult, v, 18);
    const o: WriteShareGroupStateResponse = { results, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'WriteShareGroupStateResponse', 85, v);
  }
}

export function sizeWriteShareGroupStateResponse(o: WriteShareGroupStateResponse, v: number): number {
  let s = 0;
  s += sizeOf.array(true, o.results, sizeWriteShareGroupStateResponseWriteStateResult, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeWriteShareGroupStateResponse(w: Writer, o: WriteShareGroupStateResponse, v: number): void {
  w.array(true, o.results, writeWriteShareGroupStateResponseWriteStateResult, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes WriteShareGroupStateResponse in place. */
export function encodeWriteShareGroupStateResponse(o: WriteShareGroupStateResponse, v: number): Buffer {
  return encodeWith(sizeWriteShareGroupStateResponse, writeWriteShareGroupStateResponse, o, v, 0, 0, 'WriteShareGroupStateResponse');
}

/** WriteStateResult (in WriteShareGroupStateResponse). */
export interface WriteShareGroupStateResponseWriteStateResult {
  /** The topic identifier. Versions 0. */
  topicId: string;
  /** The results for the partitions. Versions 0. */
  partitions: WriteShareGroupStateResponsePartitionResult[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeWriteShareGroupStateResponseWriteStateResult(r: Reader, v: number): WriteShareGroupStateResponseWriteStateResult {
  let at = '';
  try {
    at = 'topicId';
    const topicId = r.uuid();
    at = 'partitions';
    const partitions = r.array(true, decodeWriteShareGroupStateResponsePartitionResult, v, 8);
    const o: WriteShareGroupStateResponseWriteStateResult = { topicId, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeWriteShareGroupStateResponseWriteStateResult(o: WriteShareGroupStateResponseWriteStateResult, v: number): number {
  let s = 16;
  s += sizeOf.array(true, o.partitions, sizeWriteShareGroupStateResponsePartitionResult, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeWriteShareGroupStateResponseWriteStateResult(w: Writer, o: WriteShareGroupStateResponseWriteStateResult, v: number): void {
  w.uuid(o.topicId);
  w.array(true, o.partitions, writeWriteShareGroupStateResponsePartitionResult, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** PartitionResult (in WriteShareGroupStateResponse). */
export interface WriteShareGroupStateResponsePartitionResult {
  /** The partition index. Versions 0. */
  partition: number;
  /** The error code, or 0 if there was no error. Versions 0. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions 0, nullable 0. */
  errorMessage: string | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeWriteShareGroupStateResponsePartitionResult(r: Reader, v: number): WriteShareGroupStateResponsePartitionResult {
  let at = '';
  try {
    at = 'partition';
    const partition = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'errorMessage';
    const errorMessage = r.compactNullableString();
    const o: WriteShareGroupStateResponsePartitionResult = { partition, errorCode, errorMessage, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeWriteShareGroupStateResponsePartitionResult(o: WriteShareGroupStateResponsePartitionResult, _v: number): number {
  let s = 6;
  s += sizeOf.compactNullableString(o.errorMessage);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeWriteShareGroupStateResponsePartitionResult(w: Writer, o: WriteShareGroupStateResponsePartitionResult, _v: number): void {
  w.int32(o.partition);
  w.int16(o.errorCode);
  w.compactNullableString(o.errorMessage);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** What a policy reads from WriteShareGroupStateRequest; everything else is skipped. */
export interface WriteShareGroupStateRequestPeek {
  topics: WriteShareGroupStateRequestWriteStateDataPeek[];
}

export function peekWriteShareGroupStateRequest(r: Reader, v: number): WriteShareGroupStateRequestPeek {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'groupId';
    skip.string(r, true, false);
    at = 'topics';
    const f1 = r.array(true, peekWriteShareGroupStateRequestWriteStateData, v, 18);
    r.skipTaggedFields();
    return { topics: f1 };
  } catch (e) {
    throw failedIn(e, at, r, 'WriteShareGroupStateRequest', 85, v);
  }
}

/** What a policy reads from WriteStateData in WriteShareGroupStateRequest; everything else is skipped. */
export interface WriteShareGroupStateRequestWriteStateDataPeek {
  topicId: string;
}

export function peekWriteShareGroupStateRequestWriteStateData(r: Reader, v: number): WriteShareGroupStateRequestWriteStateDataPeek {
  let at = '';
  try {
    at = 'topicId';
    const f0 = r.uuid();
    at = 'partitions';
    skip.array(r, true, skipWriteShareGroupStateRequestPartitionData, v, 22, false);
    r.skipTaggedFields();
    return { topicId: f0 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

function skipWriteShareGroupStateRequestPartitionData(r: Reader, v: number): void {
  r.skip(4);
  r.skip(4);
  r.skip(4);
  r.skip(8);
  skip.array(r, true, skipWriteShareGroupStateRequestStateBatch, v, 20, false);
  r.skipTaggedFields();
}

function skipWriteShareGroupStateRequestStateBatch(r: Reader, _v: number): void {
  r.skip(8);
  r.skip(8);
  r.skip(1);
  r.skip(2);
  r.skipTaggedFields();
}
