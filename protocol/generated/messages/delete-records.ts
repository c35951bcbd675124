// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   DeleteRecordsRequest.json
//   DeleteRecordsResponse.json

import { Reader, Writer, sizeOf, skip } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** DeleteRecordsRequest, versions 0-2. */
export interface DeleteRecordsRequest {
  /** Each topic that we want to delete records from. Versions 0-2. */
  topics: DeleteRecordsRequestDeleteRecordsTopic[];
  /** How long to wait for the deletion to complete, in milliseconds. Versions 0-2. */
  timeoutMs: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDeleteRecordsRequest(r: Reader, v: number): DeleteRecordsRequest {
  const flex = v >= 2;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 2);
    at = 'topics';
    const topics = r.array(flex, decodeDeleteRecordsRequestDeleteRecordsTopic, v, 2);
    at = 'timeoutMs';
    const timeoutMs = r.int32();
    const o: DeleteRecordsRequest = { topics, timeoutMs, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'DeleteRecordsRequest', 21, v);
  }
}

export function sizeDeleteRecordsRequest(o: DeleteRecordsRequest, v: number): number {
  const flex = v >= 2;
  let s = 4;
  s += sizeOf.array(flex, o.topics, sizeDeleteRecordsRequestDeleteRecordsTopic, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeDeleteRecordsRequest(w: Writer, o: DeleteRecordsRequest, v: number): void {
  const flex = v >= 2;
  w.array(flex, o.topics, writeDeleteRecordsRequestDeleteRecordsTopic, v);
  w.int32(o.timeoutMs);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes DeleteRecordsRequest in place. */
export function encodeDeleteRecordsRequest(o: DeleteRecordsRequest, v: number): Buffer {
  return encodeWith(sizeDeleteRecordsRequest, writeDeleteRecordsRequest, o, v, 0, 2, 'DeleteRecordsRequest');
}

/** DeleteRecordsTopic (in DeleteRecordsRequest). */
export interface DeleteRecordsRequestDeleteRecordsTopic {
  /** The topic name. Versions 0-2. */
  name: string;
  /** Each partition that we want to delete records from. Versions 0-2. */
  partitions: DeleteRecordsRequestDeleteRecordsPartition[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDeleteRecordsRequestDeleteRecordsTopic(r: Reader, v: number): DeleteRecordsRequestDeleteRecordsTopic {
  const flex = v >= 2;
  let at = '';
  try {
    at = 'name';
    const name = (flex ? r.compactString() : r.string());
    at = 'partitions';
    const partitions = r.array(flex, decodeDeleteRecordsRequestDeleteRecordsPartition, v, 12);
    const o: DeleteRecordsRequestDeleteRecordsTopic = { name, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDeleteRecordsRequestDeleteRecordsTopic(o: DeleteRecordsRequestDeleteRecordsTopic, v: number): number {
  const flex = v >= 2;
  let s = 0;
  s += (flex ? sizeOf.compactString(o.name) : sizeOf.string(o.name));
  s += sizeOf.array(flex, o.partitions, sizeDeleteRecordsRequestDeleteRecordsPartition, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeDeleteRecordsRequestDeleteRecordsTopic(w: Writer, o: DeleteRecordsRequestDeleteRecordsTopic, v: number): void {
  const flex = v >= 2;
  (flex ? w.compactString(o.name) : w.string(o.name));
  w.array(flex, o.partitions, writeDeleteRecordsRequestDeleteRecordsPartition, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** DeleteRecordsPartition (in DeleteRecordsRequest). */
export interface DeleteRecordsRequestDeleteRecordsPartition {
  /** The partition index. Versions 0-2. */
  partitionIndex: number;
  /** The deletion offset. Versions 0-2. */
  offset: bigint;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDeleteRecordsRequestDeleteRecordsPartition(r: Reader, v: number): DeleteRecordsRequestDeleteRecordsPartition {
  const flex = v >= 2;
  let at = '';
  try {
    at = 'partitionIndex';
    const partitionIndex = r.int32();
    at = 'offset';
    const offset = r.int64();
    const o: DeleteRecordsRequestDeleteRecordsPartition = { partitionIndex, offset, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDeleteRecordsRequestDeleteRecordsPartition(o: DeleteRecordsRequestDeleteRecordsPartition, v: number): number {
  const flex = v >= 2;
  let s = 12;
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeDeleteRecordsRequestDeleteRecordsPartition(w: Writer, o: DeleteRecordsRequestDeleteRecordsPartition, v: number): void {
  const flex = v >= 2;
  w.int32(o.partitionIndex);
  w.int64(o.offset);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** DeleteRecordsResponse, versions 0-2. */
export interface DeleteRecordsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0-2. */
  throttleTimeMs: number;
  /** Each topic that we wanted to delete records from. Versions 0-2. */
  topics: DeleteRecordsResponseDeleteRecordsTopicResult[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDeleteRecordsResponse(r: Reader, v: number): DeleteRecordsResponse {
  const flex = v >= 2;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 2);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'topics';
    const topics = r.array(flex, decodeDeleteRecordsResponseDeleteRecordsTopicResult, v, 2);
    const o: DeleteRecordsResponse = { throttleTimeMs, topics, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'DeleteRecordsResponse', 21, v);
  }
}

export function sizeDeleteRecordsResponse(o: DeleteRecordsResponse, v: number): number {
  const flex = v >= 2;
  let s = 4;
  s += sizeOf.array(flex, o.topics, sizeDeleteRecordsResponseDeleteRecordsTopicResult, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeDeleteRecordsResponse(w: Writer, o: DeleteRecordsResponse, v: number): void {
  const flex = v >= 2;
  w.int32(o.throttleTimeMs);
  w.array(flex, o.topics, writeDeleteRecordsResponseDeleteRecordsTopicResult, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes DeleteRecordsResponse in place. */
export function encodeDeleteRecordsResponse(o: DeleteRecordsResponse, v: number): Buffer {
  return encodeWith(sizeDeleteRecordsResponse, writeDeleteRecordsResponse, o, v, 0, 2, 'DeleteRecordsResponse');
}

/** DeleteRecordsTopicResult (in DeleteRecordsResponse). */
export interface DeleteRecordsResponseDeleteRecordsTopicResult {
  /** The topic name. Versions 0-2. */
  name: string;
  /** Each partition that we wanted to delete records from. Versions 0-2. */
  partitions: DeleteRecordsResponseDeleteRecordsPartitionResult[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDeleteRecordsResponseDeleteRecordsTopicResult(r: Reader, v: number): DeleteRecordsResponseDeleteRecordsTopicResult {
  const flex = v >= 2;
  let at = '';
  try {
    at = 'name';
    const name = (flex ? r.compactString() : r.string());
    at = 'partitions';
    const partitions = r.array(flex, decodeDeleteRecordsResponseDeleteRecordsPartitionResult, v, 14);
    const o: DeleteRecordsResponseDeleteRecordsTopicResult = { name, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDeleteRecordsResponseDeleteRecordsTopicResult(o: DeleteRecordsResponseDeleteRecordsTopicResult, v: number): number {
  const flex = v >= 2;
  let s = 0;
  s += (flex ? sizeOf.compactString(o.name) : sizeOf.string(o.name));
  s += sizeOf.array(flex, o.partitions, sizeDeleteRecordsResponseDeleteRecordsPartitionResult, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeDeleteRecordsResponseDeleteRecordsTopicResult(w: Writer, o: DeleteRecordsResponseDeleteRecordsTopicResult, v: number): void {
  const flex = v >= 2;
  (flex ? w.compactString(o.name) : w.string(o.name));
  w.array(flex, o.partitions, writeDeleteRecordsResponseDeleteRecordsPartitionResult, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** DeleteRecordsPartitionResult (in DeleteRecordsResponse). */
export interface DeleteRecordsResponseDeleteRecordsPartitionResult {
  /** The partition index. Versions 0-2. */
  partitionIndex: number;
  /** The partition low water mark. Versions 0-2. */
  lowWatermark: bigint;
  /** The deletion error code, or 0 if the deletion succeeded. Versions 0-2. */
  errorCode: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDeleteRecordsResponseDeleteRecordsPartitionResult(r: Reader, v: number): DeleteRecordsResponseDeleteRecordsPartitionResult {
  const flex = v >= 2;
  let at = '';
  try {
    at = 'partitionIndex';
    const partitionIndex = r.int32();
    at = 'lowWatermark';
    const lowWatermark = r.int64();
    at = 'errorCode';
    const errorCode = r.int16();
    const o: DeleteRecordsResponseDeleteRecordsPartitionResult = { partitionIndex, lowWatermark, errorCode, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDeleteRecordsResponseDeleteRecordsPartitionResult(o: DeleteRecordsResponseDeleteRecordsPartitionResult, v: number): number {
  const flex = v >= 2;
  let s = 14;
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeDeleteRecordsResponseDeleteRecordsPartitionResult(w: Writer, o: DeleteRecordsResponseDeleteRecordsPartitionResult, v: number): void {
  const flex = v >= 2;
  w.int32(o.partitionIndex);
  w.int64(o.lowWatermark);
  w.int16(o.errorCode);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** What a policy reads from DeleteRecordsRequest; everything else is skipped. */
export interface DeleteRecordsRequestPeek {
  topics: DeleteRecordsRequestDeleteRecordsTopicPeek[];
}

export function peekDeleteRecordsRequest(r: Reader, v: number): DeleteRecordsRequestPeek {
  const flex = v >= 2;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 2);
    at = 'topics';
    const f0 = r.array(flex, peekDeleteRecordsRequestDeleteRecordsTopic, v, 2);
    at = 'timeoutMs';
    r.skip(4);
    if (flex) r.skipTaggedFields();
    return { topics: f0 };
  } catch (e) {
    throw failedIn(e, at, r, 'DeleteRecordsRequest', 21, v);
  }
}

/** What a policy reads from DeleteRecordsTopic in DeleteRecordsRequest; everything else is skipped. */
export interface DeleteRecordsRequestDeleteRecordsTopicPeek {
  name: string;
}

export function peekDeleteRecordsRequestDeleteRecordsTopic(r: Reader, v: number): DeleteRecordsRequestDeleteRecordsTopicPeek {
  const flex = v >= 2;
  let at = '';
  try {
    at = 'name';
    const f0 = (flex ? r.compactString() : r.string());
    at = 'partitions';
    skip.array(r, flex, skipDeleteRecordsRequestDeleteRecordsPartition, v, 12, false);
    if (flex) r.skipTaggedFields();
    return { name: f0 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

function skipDeleteRecordsRequestDeleteRecordsPartition(r: Reader, v: number): void {
  r.skip(4);
  r.skip(8);
  if (v >= 2) r.skipTaggedFields();
}
