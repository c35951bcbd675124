// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   ReadShareGroupStateSummaryRequest.json
//   ReadShareGroupStateSummaryResponse.json

import { Reader, Writer, sizeOf, skip } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** ReadShareGroupStateSummaryRequest, versions 0. */
export interface ReadShareGroupStateSummaryRequest {
  /** The group identifier. Versions 0. */
  groupId: string;
  /** The data for the topics. Versions 0. */
  topics: ReadShareGroupStateSummaryRequestReadStateSummaryData[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeReadShareGroupStateSummaryRequest(r: Reader, v: number): ReadShareGroupStateSummaryRequest {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'groupId';
    const groupId = r.compactString();
    at = 'topics';
    const topics = r.array(true, decodeReadShareGroupStateSummaryRequestReadStateSummaryData, v, 18);
    const o: ReadShareGroupStateSummaryRequest = { groupId, topics, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'ReadShareGroupStateSummaryRequest', 87, v);
  }
}

export function sizeReadShareGroupStateSummaryRequest(o: ReadShareGroupStateSummaryRequest, v: number): number {
  let s = 0;
  s += sizeOf.compactString(o.groupId);
  s += sizeOf.array(true, o.topics, sizeReadShareGroupStateSummaryRequestReadStateSummaryData, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeReadShareGroupStateSummaryRequest(w: Writer, o: ReadShareGroupStateSummaryRequest, v: number): void {
  w.compactString(o.groupId);
  w.array(true, o.topics, writeReadShareGroupStateSummaryRequestReadStateSummaryData, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes ReadShareGroupStateSummaryRequest in place. */
export function encodeReadShareGroupStateSummaryRequest(o: ReadShareGroupStateSummaryRequest, v: number): Buffer {
  return encodeWith(sizeReadShareGroupStateSummaryRequest, writeReadShareGroupStateSummaryRequest, o, v, 0, 0, 'ReadShareGroupStateSummaryRequest');
}

/** ReadStateSummaryData (in ReadShareGroupStateSummaryRequest). */
export interface ReadShareGroupStateSummaryRequestReadStateSummaryData {
  /** The topic identifier. Versions 0. */
  topicId: string;
  /** The data for the partitions. Versions 0. */
  partitions: ReadShareGroupStateSummaryRequestPartitionData[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeReadShareGroupStateSummaryRequestReadStateSummaryData(r: Reader, v: number): ReadShareGroupStateSummaryRequestReadStateSummaryData {
  let at = '';
  try {
    at = 'topicId';
    const topicId = r.uuid();
    at = 'partitions';
    const partitions = r.array(true, decodeReadShareGroupStateSummaryRequestPartitionData, v, 9);
    const o: ReadShareGroupStateSummaryRequestReadStateSummaryData = { topicId, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeReadShareGroupStateSummaryRequestReadStateSummaryData(o: ReadShareGroupStateSummaryRequestReadStateSummaryData, v: number): number {
  let s = 16;
  s += sizeOf.array(true, o.partitions, sizeReadShareGroupStateSummaryRequestPartitionData, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeReadShareGroupStateSummaryRequestReadStateSummaryData(w: Writer, o: ReadShareGroupStateSummaryRequestReadStateSummaryData, v: number): void {
  w.uuid(o.topicId);
  w.array(true, o.partitions, writeReadShareGroupStateSummaryRequestPartitionData, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** PartitionData (in ReadShareGroupStateSummaryRequest). */
export interface ReadShareGroupStateSummaryRequestPartitionData {
  /** The partition index. Versions 0. */
  partition: number;
  /** The leader epoch of the share-partition. Versions 0. */
  leaderEpoch: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeReadShareGroupStateSummaryRequestPartitionData(r: Reader, v: number): ReadShareGroupStateSummaryRequestPartitionData {
  let at = '';
  try {
    at = 'partition';
    const partition = r.int32();
    at = 'leaderEpoch';
    const leaderEpoch = r.int32();
    const o: ReadShareGroupStateSummaryRequestPartitionData = { partition, leaderEpoch, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeReadShareGroupStateSummaryRequestPartitionData(o: ReadShareGroupStateSummaryRequestPartitionData, _v: number): number {
  let s = 8;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeReadShareGroupStateSummaryRequestPartitionData(w: Writer, o: ReadShareGroupStateSummaryRequestPartitionData, _v: number): void {
  w.int32(o.partition);
  w.int32(o.leaderEpoch);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** ReadShareGroupStateSummaryResponse, versions 0. */
export interface ReadShareGroupStateSummaryResponse {
  /** The read results. Versions 0. */
  results: ReadShareGroupStateSummaryResponseReadStateSummaryResult[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeReadShareGroupStateSummaryResponse(r: Reader, v: number): ReadShareGroupStateSummaryResponse {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'results';
    const results = r.array(true, decodeReadShareGroupStateSummaryResponseReadStateSummaryResult, v, 18);
    const o: ReadShareGroupStateSummaryResponse = { results, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'ReadShareGroupStateSummaryResponse', 87, v);
  }
}

export function sizeReadShareGroupStateSummaryResponse(o: ReadShareGroupStateSummaryResponse, v: number): number {
  let s = 0;
  s += sizeOf.array(true, o.results, sizeReadShareGroupStateSummaryResponseReadStateSummaryResult, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeReadShareGroupStateSummaryResponse(w: Writer, o: ReadShareGroupStateSummaryResponse, v: number): void {
  w.array(true, o.results, writeReadShareGroupStateSummaryResponseReadStateSummaryResult, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes ReadShareGroupStateSummaryResponse in place. */
export function encodeReadShareGroupStateSummaryResponse(o: ReadShareGroupStateSummaryResponse, v: number): Buffer {
  return encodeWith(sizeReadShareGroupStateSummaryResponse, writeReadShareGroupStateSummaryResponse, o, v, 0, 0, 'ReadShareGroupStateSummaryResponse');
}

/** ReadStateSummaryResult (in ReadShareGroupStateSummaryResponse). */
export interface ReadShareGroupStateSummaryResponseReadStateSummaryResult {
  /** The topic identifier. Versions 0. */
  topicId: string;
  /** The results for the partitions. Versions 0. */
  partitions: ReadShareGroupStateSummaryResponsePartitionResult[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeReadShareGroupStateSummaryResponseReadStateSummaryResult(r: Reader, v: number): ReadShareGroupStateSummaryResponseReadStateSummaryResult {
  let at = '';
  try {
    at = 'topicId';
    const topicId = r.uuid();
    at = 'partitions';
    const partitions = r.array(true, decodeReadShareGroupStateSummaryResponsePartitionResult, v, 24);
    const o: ReadShareGroupStateSummaryResponseReadStateSummaryResult = { topicId, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeReadShareGroupStateSummaryResponseReadStateSummaryResult(o: ReadShareGroupStateSummaryResponseReadStateSummaryResult, v: number): number {
  let s = 16;
  s += sizeOf.array(true, o.partitions, sizeReadShareGroupStateSummaryResponsePartitionResult, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeReadShareGroupStateSummaryResponseReadStateSummaryResult(w: Writer, o: ReadShareGroupStateSummaryResponseReadStateSummaryResult, v: number): void {
  w.uuid(o.topicId);
  w.array(true, o.partitions, writeReadShareGroupStateSummaryResponsePartitionResult, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** PartitionResult (in ReadShareGroupStateSummaryResponse). */
export interface ReadShareGroupStateSummaryResponsePartitionResult {
  /** The partition index. Versions 0. */
  partition: number;
  /** The error code, or 0 if there was no error. Versions 0. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions 0, nullable 0. */
  errorMessage: string | null;
  /** The state epoch of the share-partition. Versions 0. */
  stateEpoch: number;
  /** The leader epoch of the share-partition. Versions 0. */
  leaderEpoch: number;
  /** The share-partition start offset. Versions 0. */
  startOffset: bigint;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeReadShareGroupStateSummaryResponsePartitionResult(r: Reader, v: number): ReadShareGroupStateSummaryResponsePartitionResult {
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
    at = 'leaderEpoch';
    const leaderEpoch = r.int32();
    at = 'startOffset';
    const startOffset = r.int64();
    const o: ReadShareGroupStateSummaryResponsePartitionResult = { partition, errorCode, errorMessage, stateEpoch, leaderEpoch, startOffset, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeReadShareGroupStateSummaryResponsePartitionResult(o: ReadShareGroupStateSummaryResponsePartitionResult, _v: number): number {
  let s = 22;
  s += sizeOf.compactNullableString(o.errorMessage);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeReadShareGroupStateSummaryResponsePartitionResult(w: Writer, o: ReadShareGroupStateSummaryResponsePartitionResult, _v: number): void {
  w.int32(o.partition);
  w.int16(o.errorCode);
  w.compactNullableString(o.errorMessage);
  w.int32(o.stateEpoch);
  w.int32(o.leaderEpoch);
  w.int64(o.startOffset);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** What a policy reads from ReadShareGroupStateSummaryRequest; everything else is skipped. */
export interface ReadShareGroupStateSummaryRequestPeek {
  topics: ReadShareGroupStateSummaryRequestReadStateSummaryDataPeek[];
}

export function peekReadShareGroupStateSummaryRequest(r: Reader, v: number): ReadShareGroupStateSummaryRequestPeek {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'groupId';
    skip.string(r, true, false);
    at = 'topics';
    const f1 = r.array(true, peekReadShareGroupStateSummaryRequestReadStateSummaryData, v, 18);
    r.skipTaggedFields();
    return { topics: f1 };
  } catch (e) {
    throw failedIn(e, at, r, 'ReadShareGroupStateSummaryRequest', 87, v);
  }
}

/** What a policy reads from ReadStateSummaryData in ReadShareGroupStateSummaryRequest; everything else is skipped. */
export interface ReadShareGroupStateSummaryRequestReadStateSummaryDataPeek {
  topicId: string;
}

export function peekReadShareGroupStateSummaryRequestReadStateSummaryData(r: Reader, v: number): ReadShareGroupStateSummaryRequestReadStateSummaryDataPeek {
  let at = '';
  try {
    at = 'topicId';
    const f0 = r.uuid();
    at = 'partitions';
    skip.array(r, true, skipReadShareGroupStateSummaryRequestPartitionData, v, 9, false);
    r.skipTaggedFields();
    return { topicId: f0 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

function skipReadShareGroupStateSummaryRequestPartitionData(r: Reader, _v: number): void {
  r.skip(4);
  r.skip(4);
  r.skipTaggedFields();
}
