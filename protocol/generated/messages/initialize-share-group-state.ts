// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   InitializeShareGroupStateRequest.json
//   InitializeShareGroupStateResponse.json

import { Reader, Writer, sizeOf, skip } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** InitializeShareGroupStateRequest, versions 0. */
export interface InitializeShareGroupStateRequest {
  /** The group identifier. Versions 0. */
  groupId: string;
  /** The data for the topics. Versions 0. */
  topics: InitializeShareGroupStateRequestInitializeStateData[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeInitializeShareGroupStateRequest(r: Reader, v: number): InitializeShareGroupStateRequest {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'groupId';
    const groupId = r.compactString();
    at = 'topics';
    const topics = r.array(true, decodeInitializeShareGroupStateRequestInitializeStateData, v, 18);
    const o: InitializeShareGroupStateRequest = { groupId, topics, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'InitializeShareGroupStateRequest', 83, v);
  }
}

export function sizeInitializeShareGroupStateRequest(o: InitializeShareGroupStateRequest, v: number): number {
  let s = 0;
  s += sizeOf.compactString(o.groupId);
  s += sizeOf.array(true, o.topics, sizeInitializeShareGroupStateRequestInitializeStateData, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeInitializeShareGroupStateRequest(w: Writer, o: InitializeShareGroupStateRequest, v: number): void {
  w.compactString(o.groupId);
  w.array(true, o.topics, writeInitializeShareGroupStateRequestInitializeStateData, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes InitializeShareGroupStateRequest in place. */
export function encodeInitializeShareGroupStateRequest(o: InitializeShareGroupStateRequest, v: number): Buffer {
  return encodeWith(sizeInitializeShareGroupStateRequest, writeInitializeShareGroupStateRequest, o, v, 0, 0, 'InitializeShareGroupStateRequest');
}

/** InitializeStateData (in InitializeShareGroupStateRequest). */
export interface InitializeShareGroupStateRequestInitializeStateData {
  /** The topic identifier. Versions 0. */
  topicId: string;
  /** The data for the partitions. Versions 0. */
  partitions: InitializeShareGroupStateRequestPartitionData[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeInitializeShareGroupStateRequestInitializeStateData(r: Reader, v: number): InitializeShareGroupStateRequestInitializeStateData {
  let at = '';
  try {
    at = 'topicId';
    const topicId = r.uuid();
    at = 'partitions';
    const partitions = r.array(true, decodeInitializeShareGroupStateRequestPartitionData, v, 17);
    const o: InitializeShareGroupStateRequestInitializeStateData = { topicId, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeInitializeShareGroupStateRequestInitializeStateData(o: InitializeShareGroupStateRequestInitializeStateData, v: number): number {
  let s = 16;
  s += sizeOf.array(true, o.partitions, sizeInitializeShareGroupStateRequestPartitionData, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeInitializeShareGroupStateRequestInitializeStateData(w: Writer, o: InitializeShareGroupStateRequestInitializeStateData, v: number): void {
  w.uuid(o.topicId);
  w.array(true, o.partitions, writeInitializeShareGroupStateRequestPartitionData, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** PartitionData (in InitializeShareGroupStateRequest). */
export interface InitializeShareGroupStateRequestPartitionData {
  /** The partition index. Versions 0. */
  partition: number;
  /** The state epoch for this share-partition. Versions 0. */
  stateEpoch: number;
  /** The share-partition start offset, or -1 if the start offset is not being initialized. Versions 0. */
  startOffset: bigint;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeInitializeShareGroupStateRequestPartitionData(r: Reader, v: number): InitializeShareGroupStateRequestPartitionData {
  let at = '';
  try {
    at = 'partition';
    const partition = r.int32();
    at = 'stateEpoch';
    const stateEpoch = r.int32();
    at = 'startOffset';
    const startOffset = r.int64();
    const o: InitializeShareGroupStateRequestPartitionData = { partition, stateEpoch, startOffset, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeInitializeShareGroupStateRequestPartitionData(o: InitializeShareGroupStateRequestPartitionData, _v: number): number {
  let s = 16;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeInitializeShareGroupStateRequestPartitionData(w: Writer, o: InitializeShareGroupStateRequestPartitionData, _v: number): void {
  w.int32(o.partition);
  w.int32(o.stateEpoch);
  w.int64(o.startOffset);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** InitializeShareGroupStateResponse, versions 0. */
export interface InitializeShareGroupStateResponse {
  /** The initialization results. Versions 0. */
  results: InitializeShareGroupStateResponseInitializeStateResult[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeInitializeShareGroupStateResponse(r: Reader, v: number): InitializeShareGroupStateResponse {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'results';
    const results = r.array(true, decodeInitializeShareGroupStateResponseInitializeStateResult, v, 18);
    const o: InitializeShareGroupStateResponse = { results, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'InitializeShareGroupStateResponse', 83, v);
  }
}

export function sizeInitializeShareGroupStateResponse(o: InitializeShareGroupStateResponse, v: number): number {
  let s = 0;
  s += sizeOf.array(true, o.results, sizeInitializeShareGroupStateResponseInitializeStateResult, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeInitializeShareGroupStateResponse(w: Writer, o: InitializeShareGroupStateResponse, v: number): void {
  w.array(true, o.results, writeInitializeShareGroupStateResponseInitializeStateResult, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes InitializeShareGroupStateResponse in place. */
export function encodeInitializeShareGroupStateResponse(o: InitializeShareGroupStateResponse, v: number): Buffer {
  return encodeWith(sizeInitializeShareGroupStateResponse, writeInitializeShareGroupStateResponse, o, v, 0, 0, 'InitializeShareGroupStateResponse');
}

/** InitializeStateResult (in InitializeShareGroupStateResponse). */
export interface InitializeShareGroupStateResponseInitializeStateResult {
  /** The topic identifier. Versions 0. */
  topicId: string;
  /** The results for the partitions. Versions 0. */
  partitions: InitializeShareGroupStateResponsePartitionResult[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeInitializeShareGroupStateResponseInitializeStateResult(r: Reader, v: number): InitializeShareGroupStateResponseInitializeStateResult {
  let at = '';
  try {
    at = 'topicId';
    const topicId = r.uuid();
    at = 'partitions';
    const partitions = r.array(true, decodeInitializeShareGroupStateResponsePartitionResult, v, 8);
    const o: InitializeShareGroupStateResponseInitializeStateResult = { topicId, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeInitializeShareGroupStateResponseInitializeStateResult(o: InitializeShareGroupStateResponseInitializeStateResult, v: number): number {
  let s = 16;
  s += sizeOf.array(true, o.partitions, sizeInitializeShareGroupStateResponsePartitionResult, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeInitializeShareGroupStateResponseInitializeStateResult(w: Writer, o: InitializeShareGroupStateResponseInitializeStateResult, v: number): void {
  w.uuid(o.topicId);
  w.array(true, o.partitions, writeInitializeShareGroupStateResponsePartitionResult, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** PartitionResult (in InitializeShareGroupStateResponse). */
export interface InitializeShareGroupStateResponsePartitionResult {
  /** The partition index. Versions 0. */
  partition: number;
  /** The error code, or 0 if there was no error. Versions 0. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions 0, nullable 0. */
  errorMessage: string | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeInitializeShareGroupStateResponsePartitionResult(r: Reader, v: number): InitializeShareGroupStateResponsePartitionResult {
  let at = '';
  try {
    at = 'partition';
    const partition = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'errorMessage';
    const errorMessage = r.compactNullableString();
    const o: InitializeShareGroupStateResponsePartitionResult = { partition, errorCode, errorMessage, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeInitializeShareGroupStateResponsePartitionResult(o: InitializeShareGroupStateResponsePartitionResult, _v: number): number {
  let s = 6;
  s += sizeOf.compactNullableString(o.errorMessage);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeInitializeShareGroupStateResponsePartitionResult(w: Writer, o: InitializeShareGroupStateResponsePartitionResult, _v: number): void {
  w.int32(o.partition);
  w.int16(o.errorCode);
  w.compactNullableString(o.errorMessage);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** What a policy reads from InitializeShareGroupStateRequest; everything else is skipped. */
export interface InitializeShareGroupStateRequestPeek {
  topics: InitializeShareGroupStateRequestInitializeStateDataPeek[];
}

export function peekInitializeShareGroupStateRequest(r: Reader, v: number): InitializeShareGroupStateRequestPeek {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'groupId';
    skip.string(r, true, false);
    at = 'topics';
    const f1 = r.array(true, peekInitializeShareGroupStateRequestInitializeStateData, v, 18);
    r.skipTaggedFields();
    return { topics: f1 };
  } catch (e) {
    throw failedIn(e, at, r, 'InitializeShareGroupStateRequest', 83, v);
  }
}

/** What a policy reads from InitializeStateData in InitializeShareGroupStateRequest; everything else is skipped. */
export interface InitializeShareGroupStateRequestInitializeStateDataPeek {
  topicId: string;
}

export function peekInitializeShareGroupStateRequestInitializeStateData(r: Reader, v: number): InitializeShareGroupStateRequestInitializeStateDataPeek {
  let at = '';
  try {
    at = 'topicId';
    const f0 = r.uuid();
    at = 'partitions';
    skip.array(r, true, skipInitializeShareGroupStateRequestPartitionData, v, 17, false);
    r.skipTaggedFields();
    return { topicId: f0 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

function skipInitializeShareGroupStateRequestPartitionData(r: Reader, _v: number): void {
  r.skip(4);
  r.skip(4);
  r.skip(8);
  r.skipTaggedFields();
}
