// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   DeleteShareGroupStateRequest.json
//   DeleteShareGroupStateResponse.json

import { Reader, Writer, sizeOf, skip } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** DeleteShareGroupStateRequest, versions 0. */
export interface DeleteShareGroupStateRequest {
  /** The group identifier. Versions 0. */
  groupId: string;
  /** The data for the topics. Versions 0. */
  topics: DeleteShareGroupStateRequestDeleteStateData[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDeleteShareGroupStateRequest(r: Reader, v: number): DeleteShareGroupStateRequest {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'groupId';
    const groupId = r.compactString();
    at = 'topics';
    const topics = r.array(true, decodeDeleteShareGroupStateRequestDeleteStateData, v, 18);
    const o: DeleteShareGroupStateRequest = { groupId, topics, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'DeleteShareGroupStateRequest', 86, v);
  }
}

export function sizeDeleteShareGroupStateRequest(o: DeleteShareGroupStateRequest, v: number): number {
  let s = 0;
  s += sizeOf.compactString(o.groupId);
  s += sizeOf.array(true, o.topics, sizeDeleteShareGroupStateRequestDeleteStateData, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDeleteShareGroupStateRequest(w: Writer, o: DeleteShareGroupStateRequest, v: number): void {
  w.compactString(o.groupId);
  w.array(true, o.topics, writeDeleteShareGroupStateRequestDeleteStateData, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes DeleteShareGroupStateRequest in place. */
export function encodeDeleteShareGroupStateRequest(o: DeleteShareGroupStateRequest, v: number): Buffer {
  return encodeWith(sizeDeleteShareGroupStateRequest, writeDeleteShareGroupStateRequest, o, v, 0, 0, 'DeleteShareGroupStateRequest');
}

/** DeleteStateData (in DeleteShareGroupStateRequest). */
export interface DeleteShareGroupStateRequestDeleteStateData {
  /** The topic identifier. Versions 0. */
  topicId: string;
  /** The data for the partitions. Versions 0. */
  partitions: DeleteShareGroupStateRequestPartitionData[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDeleteShareGroupStateRequestDeleteStateData(r: Reader, v: number): DeleteShareGroupStateRequestDeleteStateData {
  let at = '';
  try {
    at = 'topicId';
    const topicId = r.uuid();
    at = 'partitions';
    const partitions = r.array(true, decodeDeleteShareGroupStateRequestPartitionData, v, 5);
    const o: DeleteShareGroupStateRequestDeleteStateData = { topicId, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDeleteShareGroupStateRequestDeleteStateData(o: DeleteShareGroupStateRequestDeleteStateData, v: number): number {
  let s = 16;
  s += sizeOf.array(true, o.partitions, sizeDeleteShareGroupStateRequestPartitionData, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDeleteShareGroupStateRequestDeleteStateData(w: Writer, o: DeleteShareGroupStateRequestDeleteStateData, v: number): void {
  w.uuid(o.topicId);
  w.array(true, o.partitions, writeDeleteShareGroupStateRequestPartitionData, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** PartitionData (in DeleteShareGroupStateRequest). */
export interface DeleteShareGroupStateRequestPartitionData {
  /** The partition index. Versions 0. */
  partition: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDeleteShareGroupStateRequestPartitionData(r: Reader, v: number): DeleteShareGroupStateRequestPartitionData {
  let at = '';
  try {
    at = 'partition';
    const partition = r.int32();
    const o: DeleteShareGroupStateRequestPartitionData = { partition, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDeleteShareGroupStateRequestPartitionData(o: DeleteShareGroupStateRequestPartitionData, _v: number): number {
  let s = 4;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDeleteShareGroupStateRequestPartitionData(w: Writer, o: DeleteShareGroupStateRequestPartitionData, _v: number): void {
  w.int32(o.partition);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** DeleteShareGroupStateResponse, versions 0. */
export interface DeleteShareGroupStateResponse {
  /** The delete results. Versions 0. */
  results: DeleteShareGroupStateResponseDeleteStateResult[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDeleteShareGroupStateResponse(r: Reader, v: number): DeleteShareGroupStateResponse {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'results';
    const results = r.array(true, decodeDeleteShareGroupStateResponseDeleteStateResult, v, 18);
    const o: DeleteShareGroupStateResponse = { results, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'DeleteShareGroupStateResponse', 86, v);
  }
}

export function sizeDeleteShareGroupStateResponse(o: DeleteShareGroupStateResponse, v: number): number {
  let s = 0;
  s += sizeOf.array(true, o.results, sizeDeleteShareGroupStateResponseDeleteStateResult, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDeleteShareGroupStateResponse(w: Writer, o: DeleteShareGroupStateResponse, v: number): void {
  w.array(true, o.results, writeDeleteShareGroupStateResponseDeleteStateResult, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes DeleteShareGroupStateResponse in place. */
export function encodeDeleteShareGroupStateResponse(o: DeleteShareGroupStateResponse, v: number): Buffer {
  return encodeWith(sizeDeleteShareGroupStateResponse, writeDeleteShareGroupStateResponse, o, v, 0, 0, 'DeleteShareGroupStateResponse');
}

/** DeleteStateResult (in DeleteShareGroupStateResponse). */
export interface DeleteShareGroupStateResponseDeleteStateResult {
  /** The topic identifier. Versions 0. */
  topicId: string;
  /** The results for the partitions. Versions 0. */
  partitions: DeleteShareGroupStateResponsePartitionResult[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDeleteShareGroupStateResponseDeleteStateResult(r: Reader, v: number): DeleteShareGroupStateResponseDeleteStateResult {
  let at = '';
  try {
    at = 'topicId';
    const topicId = r.uuid();
    at = 'partitions';
    const partitions = r.array(true, decodeDeleteShareGroupStateResponsePartitionResult, v, 8);
    const o: DeleteShareGroupStateResponseDeleteStateResult = { topicId, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDeleteShareGroupStateResponseDeleteStateResult(o: DeleteShareGroupStateResponseDeleteStateResult, v: number): number {
  let s = 16;
  s += sizeOf.array(true, o.partitions, sizeDeleteShareGroupStateResponsePartitionResult, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDeleteShareGroupStateResponseDeleteStateResult(w: Writer, o: DeleteShareGroupStateResponseDeleteStateResult, v: number): void {
  w.uuid(o.topicId);
  w.array(true, o.partitions, writeDeleteShareGroupStateResponsePartitionResult, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** PartitionResult (in DeleteShareGroupStateResponse). */
export interface DeleteShareGroupStateResponsePartitionResult {
  /** The partition index. Versions 0. */
  partition: number;
  /** The error code, or 0 if there was no error. Versions 0. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions 0, nullable 0. */
  errorMessage: string | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDeleteShareGroupStateResponsePartitionResult(r: Reader, v: number): DeleteShareGroupStateResponsePartitionResult {
  let at = '';
  try {
    at = 'partition';
    const partition = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'errorMessage';
    const errorMessage = r.compactNullableString();
    const o: DeleteShareGroupStateResponsePartitionResult = { partition, errorCode, errorMessage, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDeleteShareGroupStateResponsePartitionResult(o: DeleteShareGroupStateResponsePartitionResult, _v: number): number {
  let s = 6;
  s += sizeOf.compactNullableString(o.errorMessage);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDeleteShareGroupStateResponsePartitionResult(w: Writer, o: DeleteShareGroupStateResponsePartitionResult, _v: number): void {
  w.int32(o.partition);
  w.int16(o.errorCode);
  w.compactNullableString(o.errorMessage);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** What a policy reads from DeleteShareGroupStateRequest; everything else is skipped. */
export interface DeleteShareGroupStateRequestPeek {
  topics: DeleteShareGroupStateRequestDeleteStateDataPeek[];
}

export function peekDeleteShareGroupStateRequest(r: Reader, v: number): DeleteShareGroupStateRequestPeek {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'groupId';
    skip.string(r, true, false);
    at = 'topics';
    const f1 = r.array(true, peekDeleteShareGroupStateRequestDeleteStateData, v, 18);
    r.skipTaggedFields();
    return { topics: f1 };
  } catch (e) {
    throw failedIn(e, at, r, 'DeleteShareGroupStateRequest', 86, v);
  }
}

/** What a policy reads from DeleteStateData in DeleteShareGroupStateRequest; everything else is skipped. */
export interface DeleteShareGroupStateRequestDeleteStateDataPeek {
  topicId: string;
}

export function peekDeleteShareGroupStateRequestDeleteStateData(r: Reader, v: number): DeleteShareGroupStateRequestDeleteStateDataPeek {
  let at = '';
  try {
    at = 'topicId';
    const f0 = r.uuid();
    at = 'partitions';
    skip.array(r, true, skipDeleteShareGroupStateRequestPartitionData, v, 5, false);
    r.skipTaggedFields();
    return { topicId: f0 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

function skipDeleteShareGroupStateRequestPartitionData(r: Reader, _v: number): void {
  r.skip(4);
  r.skipTaggedFields();
}
