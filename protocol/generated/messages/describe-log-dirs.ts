// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   DescribeLogDirsRequest.json
//   DescribeLogDirsResponse.json

import { Reader, Writer, elementWriters, elements, sizeOf, skip } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** DescribeLogDirsRequest, versions 1-4. */
export interface DescribeLogDirsRequest {
  /** Each topic that we want to describe log directories for, or null for all topics. Versions 1-4, nullable 1-4. */
  topics: DescribeLogDirsRequestDescribableLogDirTopic[] | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeLogDirsRequest(r: Reader, v: number): DescribeLogDirsRequest {
  const flex = v >= 2;
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 4);
    at = 'topics';
    const topics = r.nullableArray(flex, decodeDescribeLogDirsRequestDescribableLogDirTopic, v, 2);
    const o: DescribeLogDirsRequest = { topics, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'DescribeLogDirsRequest', 35, v);
  }
}

export function sizeDescribeLogDirsRequest(o: DescribeLogDirsRequest, v: number): number {
  const flex = v >= 2;
  let s = 0;
  s += sizeOf.nullableArray(flex, o.topics, sizeDescribeLogDirsRequestDescribableLogDirTopic, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeDescribeLogDirsRequest(w: Writer, o: DescribeLogDirsRequest, v: number): void {
  const flex = v >= 2;
  w.nullableArray(flex, o.topics, writeDescribeLogDirsRequestDescribableLogDirTopic, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes DescribeLogDirsRequest in place. */
export function encodeDescribeLogDirsRequest(o: DescribeLogDirsRequest, v: number): Buffer {
  return encodeWith(sizeDescribeLogDirsRequest, writeDescribeLogDirsRequest, o, v, 1, 4, 'DescribeLogDirsRequest');
}

/** DescribableLogDirTopic (in DescribeLogDirsRequest). */
export interface DescribeLogDirsRequestDescribableLogDirTopic {
  /** The topic name. Versions 1-4. */
  topic: string;
  /** The partition indexes. Versions 1-4. */
  partitions: number[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeLogDirsRequestDescribableLogDirTopic(r: Reader, v: number): DescribeLogDirsRequestDescribableLogDirTopic {
  const flex = v >= 2;
  let at = '';
  try {
    at = 'topic';
    const topic = (flex ? r.compactString() : r.string());
    at = 'partitions';
    const partitions = r.array(flex, elements.int32, v, 4);
    const o: DescribeLogDirsRequestDescribableLogDirTopic = { topic, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDescribeLogDirsRequestDescribableLogDirTopic(o: DescribeLogDirsRequestDescribableLogDirTopic, v: number): number {
  const flex = v >= 2;
  let s = 0;
  s += (flex ? sizeOf.compactString(o.topic) : sizeOf.string(o.topic));
  s += sizeOf.fixedArray(flex, o.partitions, 4);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeDescribeLogDirsRequestDescribableLogDirTopic(w: Writer, o: DescribeLogDirsRequestDescribableLogDirTopic, v: number): void {
  const flex = v >= 2;
  (flex ? w.compactString(o.topic) : w.string(o.topic));
  w.array(flex, o.partitions, elementWriters.int32, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** DescribeLogDirsResponse, versions 1-4. */
export interface DescribeLogDirsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 1-4. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions 3-4. */
  errorCode: number;
  /** The log directories. Versions 1-4. */
  results: DescribeLogDirsResponseDescribeLogDirsResult[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeLogDirsResponse(r: Reader, v: number): DescribeLogDirsResponse {
  const flex = v >= 2;
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 4);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'errorCode';
    const errorCode = v >= 3 ? r.int16() : 0;
    at = 'results';
    const results = r.array(flex, decodeDescribeLogDirsResponseDescribeLogDirsResult, v, 4);
    const o: DescribeLogDirsResponse = { throttleTimeMs, errorCode, results, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'DescribeLogDirsResponse', 35, v);
  }
}

export function sizeDescribeLogDirsResponse(o: DescribeLogDirsResponse, v: number): number {
  const flex = v >= 2;
  let s = 4;
  if (v >= 3) s += 2;
  s += sizeOf.array(flex, o.results, sizeDescribeLogDirsResponseDescribeLogDirsResult, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeDescribeLogDirsResponse(w: Writer, o: DescribeLogDirsResponse, v: number): void {
  const flex = v >= 2;
  w.int32(o.throttleTimeMs);
  if (v >= 3) w.int16(o.errorCode);
  w.array(flex, o.results, writeDescribeLogDirsResponseDescribeLogDirsResult, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes DescribeLogDirsResponse in place. */
export function encodeDescribeLogDirsResponse(o: DescribeLogDirsResponse, v: number): Buffer {
  return encodeWith(sizeDescribeLogDirsResponse, writeDescribeLogDirsResponse, o, v, 1, 4, 'DescribeLogDirsResponse');
}

/** DescribeLogDirsResult (in DescribeLogDirsResponse). */
export interface DescribeLogDirsResponseDescribeLogDirsResult {
  /** The error code, or 0 if there was no error. Versions 1-4. */
  errorCode: number;
  /** The absolute log directory path. Versions 1-4. */
  logDir: string;
  /** The topics. Versions 1-4. */
  topics: DescribeLogDirsResponseDescribeLogDirsTopic[];
  /** The total size in bytes of the volume the log directory is in. Versions 4. */
  totalBytes: bigint;
  /** The usable size in bytes of the volume the log directory is in. Versions 4. */
  usableBytes: bigint;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeLogDirsResponseDescribeLogDirsResult(r: Reader, v: number): DescribeLogDirsResponseDescribeLogDirsResult {
  const flex = v >= 2;
  let at = '';
  try {
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'logDir';
    const logDir = (flex ? r.compactString() : r.string());
    at = 'topics';
    const topics = r.array(flex, decodeDescribeLogDirsResponseDescribeLogDirsTopic, v, 2);
    at = 'totalBytes';
    const totalBytes = v >= 4 ? r.int64() : -1n;
    at = 'usableBytes';
    const usableBytes = v >= 4 ? r.int64() : -1n;
    const o: DescribeLogDirsResponseDescribeLogDirsResult = { errorCode, logDir, topics, totalBytes, usableBytes, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDescribeLogDirsResponseDescribeLogDirsResult(o: DescribeLogDirsResponseDescribeLogDirsResult, v: number): number {
  const flex = v >= 2;
  let s = 2;
  s += (flex ? sizeOf.compactString(o.logDir) : sizeOf.string(o.logDir));
  s += sizeOf.array(flex, o.topics, sizeDescribeLogDirsResponseDescribeLogDirsTopic, v);
  if (v >= 4) s += 8;
  if (v >= 4) s += 8;
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeDescribeLogDirsResponseDescribeLogDirsResult(w: Writer, o: DescribeLogDirsResponseDescribeLogDirsResult, v: number): void {
  const flex = v >= 2;
  w.int16(o.errorCode);
  (flex ? w.compactString(o.logDir) : w.string(o.logDir));
  w.array(flex, o.topics, writeDescribeLogDirsResponseDescribeLogDirsTopic, v);
  if (v >= 4) w.int64(o.totalBytes);
  if (v >= 4) w.int64(o.usableBytes);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** DescribeLogDirsTopic (in DescribeLogDirsResponse). */
export interface DescribeLogDirsResponseDescribeLogDirsTopic {
  /** The topic name. Versions 1-4. */
  name: string;
  /** The partitions. Versions 1-4. */
  partitions: DescribeLogDirsResponseDescribeLogDirsPartition[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeLogDirsResponseDescribeLogDirsTopic(r: Reader, v: number): DescribeLogDirsResponseDescribeLogDirsTopic {
  const flex = v >= 2;
  let at = '';
  try {
    at = 'name';
    const name = (flex ? r.compactString() : r.string());
    at = 'partitions';
    const partitions = r.array(flex, decodeDescribeLogDirsResponseDescribeLogDirsPartition, v, 21);
    const o: DescribeLogDirsResponseDescribeLogDirsTopic = { name, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDescribeLogDirsResponseDescribeLogDirsTopic(o: DescribeLogDirsResponseDescribeLogDirsTopic, v: number): number {
  const flex = v >= 2;
  let s = 0;
  s += (flex ? sizeOf.compactString(o.name) : sizeOf.string(o.name));
  s += sizeOf.array(flex, o.partitions, sizeDescribeLogDirsResponseDescribeLogDirsPartition, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeDescribeLogDirsResponseDescribeLogDirsTopic(w: Writer, o: DescribeLogDirsResponseDescribeLogDirsTopic, v: number): void {
  const flex = v >= 2;
  (flex ? w.compactString(o.name) : w.string(o.name));
  w.array(flex, o.partitions, writeDescribeLogDirsResponseDescribeLogDirsPartition, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** DescribeLogDirsPartition (in DescribeLogDirsResponse). */
export interface DescribeLogDirsResponseDescribeLogDirsPartition {
  /** The partition index. Versions 1-4. */
  partitionIndex: number;
  /** The size of the log segments in this partition in bytes. Versions 1-4. */
  partitionSize: bigint;
  /** The lag of the log's LEO w.r.t. partition's HW (if it is the current log for the partition) or current replica's LEO (if it is the future log for the partition). Versions 1-4. */
  offsetLag: bigint;
  /** True if this log is created by AlterReplicaLogDirsRequest and will replace the current log of the replica in the future. Versions 1-4. */
  isFutureKey: boolean;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeLogDirsResponseDescribeLogDirsPartition(r: Reader, v: number): DescribeLogDirsResponseDescribeLogDirsPartition {
  const flex = v >= 2;
  let at = '';
  try {
    at = 'partitionIndex';
    const partitionIndex = r.int32();
    at = 'partitionSize';
    const partitionSize = r.int64();
    at = 'offsetLag';
    const offsetLag = r.int64();
    at = 'isFutureKey';
    const isFutureKey = r.bool();
    const o: DescribeLogDirsResponseDescribeLogDirsPartition = { partitionIndex, partitionSize, offsetLag, isFutureKey, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDescribeLogDirsResponseDescribeLogDirsPartition(o: DescribeLogDirsResponseDescribeLogDirsPartition, v: number): number {
  const flex = v >= 2;
  let s = 21;
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeDescribeLogDirsResponseDescribeLogDirsPartition(w: Writer, o: DescribeLogDirsResponseDescribeLogDirsPartition, v: number): void {
  const flex = v >= 2;
  w.int32(o.partitionIndex);
  w.int64(o.partitionSize);
  w.int64(o.offsetLag);
  w.bool(o.isFutureKey);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** What a policy reads from DescribeLogDirsRequest; everything else is skipped. */
export interface DescribeLogDirsRequestPeek {
  topics: DescribeLogDirsRequestDescribableLogDirTopicPeek[] | null;
}

export function peekDescribeLogDirsRequest(r: Reader, v: number): DescribeLogDirsRequestPeek {
  const flex = v >= 2;
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 4);
    at = 'topics';
    const f0 = r.nullableArray(flex, peekDescribeLogDirsRequestDescribableLogDirTopic, v, 2);
    if (flex) r.skipTaggedFields();
    return { topics: f0 };
  } catch (e) {
    throw failedIn(e, at, r, 'DescribeLogDirsRequest', 35, v);
  }
}

/** What a policy reads from DescribableLogDirTopic in DescribeLogDirsRequest; everything else is skipped. */
export interface DescribeLogDirsRequestDescribableLogDirTopicPeek {
  topic: string;
}

export function peekDescribeLogDirsRequestDescribableLogDirTopic(r: Reader, v: number): DescribeLogDirsRequestDescribableLogDirTopicPeek {
  const flex = v >= 2;
  let at = '';
  try {
    at = 'topic';
    const f0 = (flex ? r.compactString() : r.string());
    at = 'partitions';
    skip.fixedArray(r, flex, 4, false);
    if (flex) r.skipTaggedFields();
    return { topic: f0 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}
