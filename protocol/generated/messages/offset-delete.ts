// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   OffsetDeleteRequest.json
//   OffsetDeleteResponse.json

import { Reader, Writer, sizeOf, skip } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** OffsetDeleteRequest, versions 0. */
export interface OffsetDeleteRequest {
  /** The unique group identifier. Versions 0. */
  groupId: string;
  /** The topics to delete offsets for. Versions 0. */
  topics: OffsetDeleteRequestTopic[];
}

export function decodeOffsetDeleteRequest(r: Reader, v: number): OffsetDeleteRequest {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'groupId';
    const groupId = r.string();
    at = 'topics';
    const topics = r.array(false, decodeOffsetDeleteRequestTopic, v, 6);
    const o: OffsetDeleteRequest = { groupId, topics };
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'OffsetDeleteRequest', 47, v);
  }
}

export function sizeOffsetDeleteRequest(o: OffsetDeleteRequest, v: number): number {
  let s = 0;
  s += sizeOf.string(o.groupId);
  s += sizeOf.array(false, o.topics, sizeOffsetDeleteRequestTopic, v);
  return s;
}

export function writeOffsetDeleteRequest(w: Writer, o: OffsetDeleteRequest, v: number): void {
  w.string(o.groupId);
  w.array(false, o.topics, writeOffsetDeleteRequestTopic, v);
}

/** Sizes once, allocates once and writes OffsetDeleteRequest in place. */
export function encodeOffsetDeleteRequest(o: OffsetDeleteRequest, v: number): Buffer {
  return encodeWith(sizeOffsetDeleteRequest, writeOffsetDeleteRequest, o, v, 0, 0, 'OffsetDeleteRequest');
}

/** OffsetDeleteRequestTopic (in OffsetDeleteRequest). */
export interface OffsetDeleteRequestTopic {
  /** The topic name. Versions 0. */
  name: string;
  /** Each partition to delete offsets for. Versions 0. */
  partitions: OffsetDeleteRequestPartition[];
}

export function decodeOffsetDeleteRequestTopic(r: Reader, v: number): OffsetDeleteRequestTopic {
  let at = '';
  try {
    at = 'name';
    const name = r.string();
    at = 'partitions';
    const partitions = r.array(false, decodeOffsetDeleteRequestPartition, v, 4);
    const o: OffsetDeleteRequestTopic = { name, partitions };
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeOffsetDeleteRequestTopic(o: OffsetDeleteRequestTopic, v: number): number {
  let s = 0;
  s += sizeOf.string(o.name);
  s += sizeOf.array(false, o.partitions, sizeOffsetDeleteRequestPartition, v);
  return s;
}

export function writeOffsetDeleteRequestTopic(w: Writer, o: OffsetDeleteRequestTopic, v: number): void {
  w.string(o.name);
  w.array(false, o.partitions, writeOffsetDeleteRequestPartition, v);
}

/** OffsetDeleteRequestPartition (in OffsetDeleteRequest). */
export interface OffsetDeleteRequestPartition {
  /** The partition index. Versions 0. */
  partitionIndex: number;
}

export function decodeOffsetDeleteRequestPartition(r: Reader, _v: number): OffsetDeleteRequestPartition {
  let at = '';
  try {
    at = 'partitionIndex';
    const partitionIndex = r.int32();
    const o: OffsetDeleteRequestPartition = { partitionIndex };
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeOffsetDeleteRequestPartition(_o: OffsetDeleteRequestPartition, _v: number): number {
  let s = 4;
  return s;
}

export function writeOffsetDeleteRequestPartition(w: Writer, o: OffsetDeleteRequestPartition, _v: number): void {
  w.int32(o.partitionIndex);
}

/** OffsetDeleteResponse, versions 0. */
export interface OffsetDeleteResponse {
  /** The top-level error code, or 0 if there was no error. Versions 0. */
  errorCode: number;
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0. */
  throttleTimeMs: number;
  /** The responses for each topic. Versions 0. */
  topics: OffsetDeleteResponseTopic[];
}

export function decodeOffsetDeleteResponse(r: Reader, v: number): OffsetDeleteResponse {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'topics';
    const topics = r.array(false, decodeOffsetDeleteResponseTopic, v, 6);
    const o: OffsetDeleteResponse = { errorCode, throttleTimeMs, topics };
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'OffsetDeleteResponse', 47, v);
  }
}

export function sizeOffsetDeleteResponse(o: OffsetDeleteResponse, v: number): number {
  let s = 6;
  s += sizeOf.array(false, o.topics, sizeOffsetDeleteResponseTopic, v);
  return s;
}

export function writeOffsetDeleteResponse(w: Writer, o: OffsetDeleteResponse, v: number): void {
  w.int16(o.errorCode);
  w.int32(o.throttleTimeMs);
  w.array(false, o.topics, writeOffsetDeleteResponseTopic, v);
}

/** Sizes once, allocates once and writes OffsetDeleteResponse in place. */
export function encodeOffsetDeleteResponse(o: OffsetDeleteResponse, v: number): Buffer {
  return encodeWith(sizeOffsetDeleteResponse, writeOffsetDeleteResponse, o, v, 0, 0, 'OffsetDeleteResponse');
}

/** OffsetDeleteResponseTopic (in OffsetDeleteResponse). */
export interface OffsetDeleteResponseTopic {
  /** The topic name. Versions 0. */
  name: string;
  /** The responses for each partition in the topic. Versions 0. */
  partitions: OffsetDeleteResponsePartition[];
}

export function decodeOffsetDeleteResponseTopic(r: Reader, v: number): OffsetDeleteResponseTopic {
  let at = '';
  try {
    at = 'name';
    const name = r.string();
    at = 'partitions';
    const partitions = r.array(false, decodeOffsetDeleteResponsePartition, v, 6);
    const o: OffsetDeleteResponseTopic = { name, partitions };
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeOffsetDeleteResponseTopic(o: OffsetDeleteResponseTopic, v: number): number {
  let s = 0;
  s += sizeOf.string(o.name);
  s += sizeOf.array(false, o.partitions, sizeOffsetDeleteResponsePartition, v);
  return s;
}

export function writeOffsetDeleteResponseTopic(w: Writer, o: OffsetDeleteResponseTopic, v: number): void {
  w.string(o.name);
  w.array(false, o.partitions, writeOffsetDeleteResponsePartition, v);
}

/** OffsetDeleteResponsePartition (in OffsetDeleteResponse). */
export interface OffsetDeleteResponsePartition {
  /** The partition index. Versions 0. */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. Versions 0. */
  errorCode: number;
}

export function decodeOffsetDeleteResponsePartition(r: Reader, _v: number): OffsetDeleteResponsePartition {
  let at = '';
  try {
    at = 'partitionIndex';
    const partitionIndex = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    const o: OffsetDeleteResponsePartition = { partitionIndex, errorCode };
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeOffsetDeleteResponsePartition(_o: OffsetDeleteResponsePartition, _v: number): number {
  let s = 6;
  return s;
}

export function writeOffsetDeleteResponsePartition(w: Writer, o: OffsetDeleteResponsePartition, _v: number): void {
  w.int32(o.partitionIndex);
  w.int16(o.errorCode);
}

/** What a policy reads from OffsetDeleteRequest; everything else is skipped. */
export interface OffsetDeleteRequestPeek {
  groupId: string;
  topics: OffsetDeleteRequestTopicPeek[];
}

export function peekOffsetDeleteRequest(r: Reader, v: number): OffsetDeleteRequestPeek {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'groupId';
    const f0 = r.string();
    at = 'topics';
    const f1 = r.array(false, peekOffsetDeleteRequestTopic, v, 6);
    return { groupId: f0, topics: f1 };
  } catch (e) {
    throw failedIn(e, at, r, 'OffsetDeleteRequest', 47, v);
  }
}

/** What a policy reads from OffsetDeleteRequestTopic in OffsetDeleteRequest; everything else is skipped. */
export interface OffsetDeleteRequestTopicPeek {
  name: string;
}

export function peekOffsetDeleteRequestTopic(r: Reader, v: number): OffsetDeleteRequestTopicPeek {
  let at = '';
  try {
    at = 'name';
    const f0 = r.string();
    at = 'partitions';
    skip.array(r, false, skipOffsetDeleteRequestPartition, v, 4, false);
    return { name: f0 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

function skipOffsetDeleteRequestPartition(r: Reader, _v: number): void {
  r.skip(4);
}
