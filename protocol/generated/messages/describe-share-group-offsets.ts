// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   DescribeShareGroupOffsetsRequest.json
//   DescribeShareGroupOffsetsResponse.json

import { Reader, Writer, elementWriters, elements, sizeOf, skip } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** DescribeShareGroupOffsetsRequest, versions 0. */
export interface DescribeShareGroupOffsetsRequest {
  /** The groups to describe offsets for. Versions 0. */
  groups: DescribeShareGroupOffsetsRequestGroup[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeShareGroupOffsetsRequest(r: Reader, v: number): DescribeShareGroupOffsetsRequest {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'groups';
    const groups = r.array(true, decodeDescribeShareGroupOffsetsRequestGroup, v, 3);
    const o: DescribeShareGroupOffsetsRequest = { groups, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'DescribeShareGroupOffsetsRequest', 90, v);
  }
}

export function sizeDescribeShareGroupOffsetsRequest(o: DescribeShareGroupOffsetsRequest, v: number): number {
  let s = 0;
  s += sizeOf.array(true, o.groups, sizeDescribeShareGroupOffsetsRequestGroup, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDescribeShareGroupOffsetsRequest(w: Writer, o: DescribeShareGroupOffsetsRequest, v: number): void {
  w.array(true, o.groups, writeDescribeShareGroupOffsetsRequestGroup, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes DescribeShareGroupOffsetsRequest in place. */
export function encodeDescribeShareGroupOffsetsRequest(o: DescribeShareGroupOffsetsRequest, v: number): Buffer {
  return encodeWith(sizeDescribeShareGroupOffsetsRequest, writeDescribeShareGroupOffsetsRequest, o, v, 0, 0, 'DescribeShareGroupOffsetsRequest');
}

/** DescribeShareGroupOffsetsRequestGroup (in DescribeShareGroupOffsetsRequest). */
export interface DescribeShareGroupOffsetsRequestGroup {
  /** The group identifier. Versions 0. */
  groupId: string;
  /** The topics to describe offsets for, or null for all topic-partitions. Versions 0, nullable 0. */
  topics: DescribeShareGroupOffsetsRequestTopic[] | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeShareGroupOffsetsRequestGroup(r: Reader, v: number): DescribeShareGroupOffsetsRequestGroup {
  let at = '';
  try {
    at = 'groupId';
    const groupId = r.compactString();
    at = 'topics';
    const topics = r.nullableArray(true, decodeDescribeShareGroupOffsetsRequestTopic, v, 3);
    const o: DescribeShareGroupOffsetsRequestGroup = { groupId, topics, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDescribeShareGroupOffsetsRequestGroup(o: DescribeShareGroupOffsetsRequestGroup, v: number): number {
  let s = 0;
  s += sizeOf.compactString(o.groupId);
  s += sizeOf.nullableArray(true, o.topics, sizeDescribeShareGroupOffsetsRequestTopic, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDescribeShareGroupOffsetsRequestGroup(w: Writer, o: DescribeShareGroupOffsetsRequestGroup, v: number): void {
  w.compactString(o.groupId);
  w.nullableArray(true, o.topics, writeDescribeShareGroupOffsetsRequestTopic, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** DescribeShareGroupOffsetsRequestTopic (in DescribeShareGroupOffsetsRequest). */
export interface DescribeShareGroupOffsetsRequestTopic {
  /** The topic name. Versions 0. */
  topicName: string;
  /** The partitions. Versions 0. */
  partitions: number[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeShareGroupOffsetsRequestTopic(r: Reader, v: number): DescribeShareGroupOffsetsRequestTopic {
  let at = '';
  try {
    at = 'topicName';
    const topicName = r.compactString();
    at = 'partitions';
    const partitions = r.array(true, elements.int32, v, 4);
    const o: DescribeShareGroupOffsetsRequestTopic = { topicName, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDescribeShareGroupOffsetsRequestTopic(o: DescribeShareGroupOffsetsRequestTopic, _v: number): number {
  let s = 0;
  s += sizeOf.compactString(o.topicName);
  s += sizeOf.fixedArray(true, o.partitions, 4);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDescribeShareGroupOffsetsRequestTopic(w: Writer, o: DescribeShareGroupOffsetsRequestTopic, v: number): void {
  w.compactString(o.topicName);
  w.array(true, o.partitions, elementWriters.int32, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** DescribeShareGroupOffsetsResponse, versions 0. */
export interface DescribeShareGroupOffsetsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0. */
  throttleTimeMs: number;
  /** The results for each group. Versions 0. */
  groups: DescribeShareGroupOffsetsResponseGroup[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeShareGroupOffsetsResponse(r: Reader, v: number): DescribeShareGroupOffsetsResponse {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'groups';
    const groups = r.array(true, decodeDescribeShareGroupOffsetsResponseGroup, v, 6);
    const o: DescribeShareGroupOffsetsResponse = { throttleTimeMs, groups, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'DescribeShareGroupOffsetsResponse', 90, v);
  }
}

export function sizeDescribeShareGroupOffsetsResponse(o: DescribeShareGroupOffsetsResponse, v: number): number {
  let s = 4;
  s += sizeOf.array(true, o.groups, sizeDescribeShareGroupOffsetsResponseGroup, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDescribeShareGroupOffsetsResponse(w: Writer, o: DescribeShareGroupOffsetsResponse, v: number): void {
  w.int32(o.throttleTimeMs);
  w.array(true, o.groups, writeDescribeShareGroupOffsetsResponseGroup, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes DescribeShareGroupOffsetsResponse in place. */
export function encodeDescribeShareGroupOffsetsResponse(o: DescribeShareGroupOffsetsResponse, v: number): Buffer {
  return encodeWith(sizeDescribeShareGroupOffsetsResponse, writeDescribeShareGroupOffsetsResponse, o, v, 0, 0, 'DescribeShareGroupOffsetsResponse');
}

/** DescribeShareGroupOffsetsResponseGroup (in DescribeShareGroupOffsetsResponse). */
export interface DescribeShareGroupOffsetsResponseGroup {
  /** The group identifier. Versions 0. */
  groupId: string;
  /** The results for each topic. Versions 0. */
  topics: DescribeShareGroupOffsetsResponseTopic[];
  /** The group-level error code, or 0 if there was no error. Versions 0. */
  errorCode: number;
  /** The group-level error message, or null if there was no error. Versions 0, nullable 0. */
  errorMessage: string | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeShareGroupOffsetsResponseGroup(r: Reader, v: number): DescribeShareGroupOffsetsResponseGroup {
  let at = '';
  try {
    at = 'groupId';
    const groupId = r.compactString();
    at = 'topics';
    const topics = r.array(true, decodeDescribeShareGroupOffsetsResponseTopic, v, 19);
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'errorMessage';
    const errorMessage = r.compactNullableString();
    const o: DescribeShareGroupOffsetsResponseGroup = { groupId, topics, errorCode, errorMessage, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDescribeShareGroupOffsetsResponseGroup(o: DescribeShareGroupOffsetsResponseGroup, v: number): number {
  let s = 2;
  s += sizeOf.compactString(o.groupId);
  s += sizeOf.array(true, o.topics, sizeDescribeShareGroupOffsetsResponseTopic, v);
  s += sizeOf.compactNullableString(o.errorMessage);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDescribeShareGroupOffsetsResponseGroup(w: Writer, o: DescribeShareGroupOffsetsResponseGroup, v: number): void {
  w.compactString(o.groupId);
  w.array(true, o.topics, writeDescribeShareGroupOffsetsResponseTopic, v);
  w.int16(o.errorCode);
  w.compactNullableString(o.errorMessage);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** DescribeShareGroupOffsetsResponseTopic (in DescribeShareGroupOffsetsResponse). */
export interface DescribeShareGroupOffsetsResponseTopic {
  /** The topic name. Versions 0. */
  topicName: string;
  /** The unique topic ID. Versions 0. */
  topicId: string;
  /** Versions 0. */
  partitions: DescribeShareGroupOffsetsResponsePartition[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeShareGroupOffsetsResponseTopic(r: Reader, v: number): DescribeShareGroupOffsetsResponseTopic {
  let at = '';
  try {
    at = 'topicName';
    const topicName = r.compactString();
    at = 'topicId';
    const topicId = r.uuid();
    at = 'partitions';
    const partitions = r.array(true, decodeDescribeShareGroupOffsetsResponsePartition, v, 20);
    const o: DescribeShareGroupOffsetsResponseTopic = { topicName, topicId, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDescribeShareGroupOffsetsResponseTopic(o: DescribeShareGroupOffsetsResponseTopic, v: number): number {
  let s = 16;
  s += sizeOf.compactString(o.topicName);
  s += sizeOf.array(true, o.partitions, sizeDescribeShareGroupOffsetsResponsePartition, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDescribeShareGroupOffsetsResponseTopic(w: Writer, o: DescribeShareGroupOffsetsResponseTopic, v: number): void {
  w.compactString(o.topicName);
  w.uuid(o.topicId);
  w.array(true, o.partitions, writeDescribeShareGroupOffsetsResponsePartition, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** DescribeShareGroupOffsetsResponsePartition (in DescribeShareGroupOffsetsResponse). */
export interface DescribeShareGroupOffsetsResponsePartition {
  /** The partition index. Versions 0. */
  partitionIndex: number;
  /** The share-partition start offset. Versions 0. */
  startOffset: bigint;
  /** The leader epoch of the partition. Versions 0. */
  leaderEpoch: number;
  /** The partition-level error code, or 0 if there was no error. Versions 0. */
  errorCode: number;
  /** The partition-level error message, or null if there was no error. Versions 0, nullable 0. */
  errorMessage: string | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeShareGroupOffsetsResponsePartition(r: Reader, v: number): DescribeShareGroupOffsetsResponsePartition {
  let at = '';
  try {
    at = 'partitionIndex';
    const partitionIndex = r.int32();
    at = 'startOffset';
    const startOffset = r.int64();
    at = 'leaderEpoch';
    const leaderEpoch = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'errorMessage';
    const errorMessage = r.compactNullableString();
    const o: DescribeShareGroupOffsetsResponsePartition = { partitionIndex, startOffset, leaderEpoch, errorCode, errorMessage, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDescribeShareGroupOffsetsResponsePartition(o: DescribeShareGroupOffsetsResponsePartition, _v: number): number {
  let s = 18;
  s += sizeOf.compactNullableString(o.errorMessage);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDescribeShareGroupOffsetsResponsePartition(w: Writer, o: DescribeShareGroupOffsetsResponsePartition, _v: number): void {
  w.int32(o.partitionIndex);
  w.int64(o.startOffset);
  w.int32(o.leaderEpoch);
  w.int16(o.errorCode);
  w.compactNullableString(o.errorMessage);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** What a policy reads from DescribeShareGroupOffsetsRequest; everything else is skipped. */
export interface DescribeShareGroupOffsetsRequestPeek {
  groups: DescribeShareGroupOffsetsRequestGroupPeek[];
}

export function peekDescribeShareGroupOffsetsRequest(r: Reader, v: number): DescribeShareGroupOffsetsRequestPeek {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'groups';
    const f0 = r.array(true, peekDescribeShareGroupOffsetsRequestGroup, v, 3);
    r.skipTaggedFields();
    return { groups: f0 };
  } catch (e) {
    throw failedIn(e, at, r, 'DescribeShareGroupOffsetsRequest', 90, v);
  }
}

/** What a policy reads from DescribeShareGroupOffsetsRequestGroup in DescribeShareGroupOffsetsRequest; everything else is skipped. */
export interface DescribeShareGroupOffsetsRequestGroupPeek {
  groupId: string;
  topics: DescribeShareGroupOffsetsRequestTopicPeek[] | null;
}

export function peekDescribeShareGroupOffsetsRequestGroup(r: Reader, v: number): DescribeShareGroupOffsetsRequestGroupPeek {
  let at = '';
  try {
    at = 'groupId';
    const f0 = r.compactString();
    at = 'topics';
    const f1 = r.nullableArray(true, peekDescribeShareGroupOffsetsRequestTopic, v, 3);
    r.skipTaggedFields();
    return { groupId: f0, topics: f1 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

/** What a policy reads from DescribeShareGroupOffsetsRequestTopic in DescribeShareGroupOffsetsRequest; everything else is skipped. */
export interface DescribeShareGroupOffsetsRequestTopicPeek {
  topicName: string;
}

export function peekDescribeShareGroupOffsetsRequestTopic(r: Reader, _v: number): DescribeShareGroupOffsetsRequestTopicPeek {
  let at = '';
  try {
    at = 'topicName';
    const f0 = r.compactString();
    at = 'partitions';
    skip.fixedArray(r, true, 4, false);
    r.skipTaggedFields();
    return { topicName: f0 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}
