// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   AlterReplicaLogDirsRequest.json
//   AlterReplicaLogDirsResponse.json

import { Reader, Writer, elementWriters, elements, sizeOf, skip } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** AlterReplicaLogDirsRequest, versions 1-2. */
export interface AlterReplicaLogDirsRequest {
  /** The alterations to make for each directory. Versions 1-2. */
  dirs: AlterReplicaLogDirsRequestAlterReplicaLogDir[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAlterReplicaLogDirsRequest(r: Reader, v: number): AlterReplicaLogDirsRequest {
  const flex = v >= 2;
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 2);
    at = 'dirs';
    const dirs = r.array(flex, decodeAlterReplicaLogDirsRequestAlterReplicaLogDir, v, 2);
    const o: AlterReplicaLogDirsRequest = { dirs, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'AlterReplicaLogDirsRequest', 34, v);
  }
}

export function sizeAlterReplicaLogDirsRequest(o: AlterReplicaLogDirsRequest, v: number): number {
  const flex = v >= 2;
  let s = 0;
  s += sizeOf.array(flex, o.dirs, sizeAlterReplicaLogDirsRequestAlterReplicaLogDir, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeAlterReplicaLogDirsRequest(w: Writer, o: AlterReplicaLogDirsRequest, v: number): void {
  const flex = v >= 2;
  w.array(flex, o.dirs, writeAlterReplicaLogDirsRequestAlterReplicaLogDir, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes AlterReplicaLogDirsRequest in place. */
export function encodeAlterReplicaLogDirsRequest(o: AlterReplicaLogDirsRequest, v: number): Buffer {
  return encodeWith(sizeAlterReplicaLogDirsRequest, writeAlterReplicaLogDirsRequest, o, v, 1, 2, 'AlterReplicaLogDirsRequest');
}

/** AlterReplicaLogDir (in AlterReplicaLogDirsRequest). */
export interface AlterReplicaLogDirsRequestAlterReplicaLogDir {
  /** The absolute directory path. Versions 1-2. */
  path: string;
  /** The topics to add to the directory. Versions 1-2. */
  topics: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAlterReplicaLogDirsRequestAlterReplicaLogDir(r: Reader, v: number): AlterReplicaLogDirsRequestAlterReplicaLogDir {
  const flex = v >= 2;
  let at = '';
  try {
    at = 'path';
    const path = (flex ? r.compactString() : r.string());
    at = 'topics';
    const topics = r.array(flex, decodeAlterReplicaLogDirsRequestAlterReplicaLogDirTopic, v, 2);
    const o: AlterReplicaLogDirsRequestAlterReplicaLogDir = { path, topics, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeAlterReplicaLogDirsRequestAlterReplicaLogDir(o: AlterReplicaLogDirsRequestAlterReplicaLogDir, v: number): number {
  const flex = v >= 2;
  let s = 0;
  s += (flex ? sizeOf.compactString(o.path) : sizeOf.string(o.path));
  s += sizeOf.array(flex, o.topics, sizeAlterReplicaLogDirsRequestAlterReplicaLogDirTopic, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeAlterReplicaLogDirsRequestAlterReplicaLogDir(w: Writer, o: AlterReplicaLogDirsRequestAlterReplicaLogDir, v: number): void {
  const flex = v >= 2;
  (flex ? w.compactString(o.path) : w.string(o.path));
  w.array(flex, o.topics, writeAlterReplicaLogDirsRequestAlterReplicaLogDirTopic, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** AlterReplicaLogDirTopic (in AlterReplicaLogDirsRequest). */
export interface AlterReplicaLogDirsRequestAlterReplicaLogDirTopic {
  /** The topic name. Versions 1-2. */
  name: string;
  /** The partition indexes. Versions 1-2. */
  partitions: number[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(r: Reader, v: number): AlterReplicaLogDirsRequestAlterReplicaLogDirTopic {
  const flex = v >= 2;
  let at = '';
  try {
    at = 'name';
    const name = (flex ? r.compactString() : r.string());
    at = 'partitions';
    const partitions = r.array(flex, elements.int32, v, 4);
    const o: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic = { name, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(o: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic, v: number): number {
  const flex = v >= 2;
  let s = 0;
  s += (flex ? sizeOf.compactString(o.name) : sizeOf.string(o.name));
  s += sizeOf.fixedArray(flex, o.partitions, 4);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(w: Writer, o: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic, v: number): void {
  const flex = v >= 2;
  (flex ? w.compactString(o.name) : w.string(o.name));
  w.array(flex, o.partitions, elementWriters.int32, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** AlterReplicaLogDirsResponse, versions 1-2. */
export interface AlterReplicaLogDirsResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 1-2. */
  throttleTimeMs: number;
  /** The results for each topic. Versions 1-2. */
  results: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAlterReplicaLogDirsResponse(r: Reader, v: number): AlterReplicaLogDirsResponse {
  const flex = v >= 2;
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 2);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'results';
    const results = r.array(flex, decodeAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult, v, 2);
    const o: AlterReplicaLogDirsResponse = { throttleTimeMs, results, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'AlterReplicaLogDirsResponse', 34, v);
  }
}

export function sizeAlterReplicaLogDirsResponse(o: AlterReplicaLogDirsResponse, v: number): number {
  const flex = v >= 2;
  let s = 4;
  s += sizeOf.array(flex, o.results, sizeAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeAlterReplicaLogDirsResponse(w: Writer, o: AlterReplicaLogDirsResponse, v: number): void {
  const flex = v >= 2;
  w.int32(o.throttleTimeMs);
  w.array(flex, o.results, writeAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes AlterReplicaLogDirsResponse in place. */
export function encodeAlterReplicaLogDirsResponse(o: AlterReplicaLogDirsResponse, v: number): Buffer {
  return encodeWith(sizeAlterReplicaLogDirsResponse, writeAlterReplicaLogDirsResponse, o, v, 1, 2, 'AlterReplicaLogDirsResponse');
}

/** AlterReplicaLogDirTopicResult (in AlterReplicaLogDirsResponse). */
export interface AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult {
  /** The name of the topic. Versions 1-2. */
  topicName: string;
  /** The results for each partition. Versions 1-2. */
  partitions: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(r: Reader, v: number): AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult {
  const flex = v >= 2;
  let at = '';
  try {
    at = 'topicName';
    const topicName = (flex ? r.compactString() : r.string());
    at = 'partitions';
    const partitions = r.array(flex, decodeAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult, v, 6);
    const o: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult = { topicName, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(o: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult, v: number): number {
  const flex = v >= 2;
  let s = 0;
  s += (flex ? sizeOf.compactString(o.topicName) : sizeOf.string(o.topicName));
  s += sizeOf.array(flex, o.partitions, sizeAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeAlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult(w: Writer, o: AlterReplicaLogDirsResponseAlterReplicaLogDirTopicResult, v: number): void {
  const flex = v >= 2;
  (flex ? w.compactString(o.topicName) : w.string(o.topicName));
  w.array(flex, o.partitions, writeAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** AlterReplicaLogDirPartitionResult (in AlterReplicaLogDirsResponse). */
export interface AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult {
  /** The partition index. Versions 1-2. */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. Versions 1-2. */
  errorCode: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(r: Reader, v: number): AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult {
  const flex = v >= 2;
  let at = '';
  try {
    at = 'partitionIndex';
    const partitionIndex = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    const o: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult = { partitionIndex, errorCode, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(o: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult, v: number): number {
  const flex = v >= 2;
  let s = 6;
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeAlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult(w: Writer, o: AlterReplicaLogDirsResponseAlterReplicaLogDirPartitionResult, v: number): void {
  const flex = v >= 2;
  w.int32(o.partitionIndex);
  w.int16(o.errorCode);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** What a policy reads from AlterReplicaLogDirsRequest; everything else is skipped. */
export interface AlterReplicaLogDirsRequestPeek {
  dirs: AlterReplicaLogDirsRequestAlterReplicaLogDirPeek[];
}

export function peekAlterReplicaLogDirsRequest(r: Reader, v: number): AlterReplicaLogDirsRequestPeek {
  const flex = v >= 2;
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 2);
    at = 'dirs';
    const f0 = r.array(flex, peekAlterReplicaLogDirsRequestAlterReplicaLogDir, v, 2);
    if (flex) r.skipTaggedFields();
    return { dirs: f0 };
  } catch (e) {
    throw failedIn(e, at, r, 'AlterReplicaLogDirsRequest', 34, v);
  }
}

/** What a policy reads from AlterReplicaLogDir in AlterReplicaLogDirsRequest; everything else is skipped. */
export interface AlterReplicaLogDirsRequestAlterReplicaLogDirPeek {
  topics: AlterReplicaLogDirsRequestAlterReplicaLogDirTopicPeek[];
}

export function peekAlterReplicaLogDirsRequestAlterReplicaLogDir(r: Reader, v: number): AlterReplicaLogDirsRequestAlterReplicaLogDirPeek {
  const flex = v >= 2;
  let at = '';
  try {
    at = 'path';
    skip.string(r, flex, false);
    at = 'topics';
    const f1 = r.array(flex, peekAlterReplicaLogDirsRequestAlterReplicaLogDirTopic, v, 2);
    if (flex) r.skipTaggedFields();
    return { topics: f1 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

/** What a policy reads from AlterReplicaLogDirTopic in AlterReplicaLogDirsRequest; everything else is skipped. */
export interface AlterReplicaLogDirsRequestAlterReplicaLogDirTopicPeek {
  name: string;
}

export function peekAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(r: Reader, v: number): AlterReplicaLogDirsRequestAlterReplicaLogDirTopicPeek {
  const flex = v >= 2;
  let at = '';
  try {
    at = 'name';
    const f0 = (flex ? r.compactString() : r.string());
    at = 'partitions';
    skip.fixedArray(r, flex, 4, false);
    if (flex) r.skipTaggedFields();
    return { name: f0 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}
