// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   AlterShareGroupOffsetsRequest.json
//   AlterShareGroupOffsetsResponse.json

import { Reader, Writer, sizeOf, skip } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** AlterShareGroupOffsetsRequest, versions 0. */
export interface AlterShareGroupOffsetsRequest {
  /** The group identifier. Versions 0. */
  groupId: string;
  /** The topics to alter offsets for. Versions 0. */
  topics: AlterShareGroupOffsetsRequestTopic[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAlterShareGroupOffsetsRequest(r: Reader, v: number): AlterShareGroupOffsetsRequest {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'groupId';
    const groupId = r.compactString();
    at = 'topics';
    const topics = r.array(true, decodeAlterShareGroupOffsetsRequestTopic, v, 3);
    const o: AlterShareGroupOffsetsRequest = { groupId, topics, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'AlterShareGroupOffsetsRequest', 91, v);
  }
}

export function sizeAlterShareGroupOffsetsRequest(o: AlterShareGroupOffsetsRequest, v: number): number {
  let s = 0;
  s += sizeOf.compactString(o.groupId);
  s += sizeOf.array(true, o.topics, sizeAlterShareGroupOffsetsRequestTopic, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeAlterShareGroupOffsetsRequest(w: Writer, o: AlterShareGroupOffsetsRequest, v: number): void {
  w.compactString(o.groupId);
  w.array(true, o.topics, writeAlterShareGroupOffsetsRequestTopic, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes AlterShareGroupOffsetsRequest in place. */
export function encodeAlterShareGroupOffsetsRequest(o: AlterShareGroupOffsetsRequest, v: number): Buffer {
  return encodeWith(sizeAlterShareGroupOffsetsRequest, writeAlterShareGroupOffsetsRequest, o, v, 0, 0, 'AlterShareGroupOffsetsRequest');
}

/** AlterShareGroupOffsetsRequestTopic (in AlterShareGroupOffsetsRequest). */
export interface AlterShareGroupOffsetsRequestTopic {
  /** The topic name. Versions 0. */
  topicName: string;
  /** Each partition to alter offsets for. Versions 0. */
  partitions: AlterShareGroupOffsetsRequestPartition[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAlterShareGroupOffsetsRequestTopic(r: Reader, v: number): AlterShareGroupOffsetsRequestTopic {
  let at = '';
  try {
    at = 'topicName';
    const topicName = r.compactString();
    at = 'partitions';
    const partitions = r.array(true, decodeAlterShareGroupOffsetsRequestPartition, v, 13);
    const o: AlterShareGroupOffsetsRequestTopic = { topicName, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeAlterShareGroupOffsetsRequestTopic(o: AlterShareGroupOffsetsRequestTopic, v: number): number {
  let s = 0;
  s += sizeOf.compactString(o.topicName);
  s += sizeOf.array(true, o.partitions, sizeAlterShareGroupOffsetsRequestPartition, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeAlterShareGroupOffsetsRequestTopic(w: Writer, o: AlterShareGroupOffsetsRequestTopic, v: number): void {
  w.compactString(o.topicName);
  w.array(true, o.partitions, writeAlterShareGroupOffsetsRequestPartition, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** AlterShareGroupOffsetsRequestPartition (in AlterShareGroupOffsetsRequest). */
export interface AlterShareGroupOffsetsRequestPartition {
  /** The partition index. Versions 0. */
  partitionIndex: number;
  /** The share-partition start offset. Versions 0. */
  startOffset: bigint;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAlterShareGroupOffsetsRequestPartition(r: Reader, v: number): AlterShareGroupOffsetsRequestPartition {
  let at = '';
  try {
    at = 'partitionIndex';
    const partitionIndex = r.int32();
    at = 'startOffset';
    const startOffset = r.int64();
    const o: AlterShareGroupOffsetsRequestPartition = { partitionIndex, startOffset, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeAlterShareGroupOffsetsRequestPartition(o: AlterShareGroupOffsetsRequestPartition, _v: number): number {
  let s = 12;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeAlterShareGroupOffsetsRequestPartition(w: Writer, o: AlterShareGroupOffsetsRequestPartition, _v: number): void {
  w.int32(o.partitionIndex);
  w.int64(o.startOffset);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** AlterShareGroupOffsetsResponse, versions 0. */
export interface AlterShareGroupOffsetsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0. */
  throttleTimeMs: number;
  /** The top-level error code, or 0 if there was no error. Versions 0. */
  errorCode: number;
  /** The top-level error message, or null if there was no error. Versions 0, nullable 0. */
  errorMessage: string | null;
  /** The results for each topic. Versions 0. */
  responses: AlterShareGroupOffsetsResponseTopic[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAlterShareGroupOffsetsResponse(r: Reader, v: number): AlterShareGroupOffsetsResponse {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'errorMessage';
    const errorMessage = r.compactNullableString();
    at = 'responses';
    const responses = r.array(true, decodeAlterShareGroupOffsetsResponseTopic, v, 19);
    const o: AlterShareGroupOffsetsResponse = { throttleTimeMs, errorCode, errorMessage, responses, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'AlterShareGroupOffsetsResponse', 91, v);
  }
}

export function sizeAlterShareGroupOffsetsResponse(o: AlterShareGroupOffsetsResponse, v: number): number {
  let s = 6;
  s += sizeOf.compactNullableString(o.errorMessage);
  s += sizeOf.array(true, o.responses, sizeAlterShareGroupOffsetsResponseTopic, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeAlterShareGroupOffsetsResponse(w: Writer, o: AlterShareGroupOffsetsResponse, v: number): void {
  w.int32(o.throttleTimeMs);
  w.int16(o.errorCode);
  w.compactNullableString(o.errorMessage);
  w.array(true, o.responses, writeAlterShareGroupOffsetsResponseTopic, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes AlterShareGroupOffsetsResponse in place. */
export function encodeAlterShareGroupOffsetsResponse(o: AlterShareGroupOffsetsResponse, v: number): Buffer {
  return encodeWith(sizeAlterShareGroupOffsetsResponse, writeAlterShareGroupOffsetsResponse, o, v, 0, 0, 'AlterShareGroupOffsetsResponse');
}

/** AlterShareGroupOffsetsResponseTopic (in AlterShareGroupOffsetsResponse). */
export interface AlterShareGroupOffsetsResponseTopic {
  /** The topic name. Versions 0. */
  topicName: string;
  /** The unique topic ID. Versions 0. */
  topicId: string;
  /** Versions 0. */
  partitions: AlterShareGroupOffsetsResponsePartition[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAlterShareGroupOffsetsResponseTopic(r: Reader, v: number): AlterShareGroupOffsetsResponseTopic {
  let at = '';
  try {
    at = 'topicName';
    const topicName = r.compactString();
    at = 'topicId';
    const topicId = r.uuid();
    at = 'partitions';
    const partitions = r.array(true, decodeAlterShareGroupOffsetsResponsePartition, v, 8);
    const o: AlterShareGroupOffsetsResponseTopic = { topicName, topicId, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeAlterShareGroupOffsetsResponseTopic(o: AlterShareGroupOffsetsResponseTopic, v: number): number {
  let s = 16;
  s += sizeOf.compactString(o.topicName);
  s += sizeOf.array(true, o.partitions, sizeAlterShareGroupOffsetsResponsePartition, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeAlterShareGroupOffsetsResponseTopic(w: Writer, o: AlterShareGroupOffsetsResponseTopic, v: number): void {
  w.compactString(o.topicName);
  w.uuid(o.topicId);
  w.array(true, o.partitions, writeAlterShareGroupOffsetsResponsePartition, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** AlterShareGroupOffsetsResponsePartition (in AlterShareGroupOffsetsResponse). */
export interface AlterShareGroupOffsetsResponsePartition {
  /** The partition index. Versions 0. */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. Versions 0. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions 0, nullable 0. */
  errorMessage: string | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAlterShareGroupOffsetsResponsePartition(r: Reader, v: number): AlterShareGroupOffsetsResponsePartition {
  let at = '';
  try {
    at = 'partitionIndex';
    const partitionIndex = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'errorMessage';
    const errorMessage = r.compactNullableString();
    const o: AlterShareGroupOffsetsResponsePartition = { partitionIndex, errorCode, errorMessage, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeAlterShareGroupOffsetsResponsePartition(o: AlterShareGroupOffsetsResponsePartition, _v: number): number {
  let s = 6;
  s += sizeOf.compactNullableString(o.errorMessage);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeAlterShareGroupOffsetsResponsePartition(w: Writer, o: AlterShareGroupOffsetsResponsePartition, _v: number): void {
  w.int32(o.partitionIndex);
  w.int16(o.errorCode);
  w.compactNullableString(o.errorMessage);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** What a policy reads from AlterShareGroupOffsetsRequest; everything else is skipped. */
export interface AlterShareGroupOffsetsRequestPeek {
  groupId: string;
  topics: AlterShareGroupOffsetsRequestTopicPeek[];
}

export function peekAlterShareGroupOffsetsRequest(r: Reader, v: number): AlterShareGroupOffsetsRequestPeek {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'groupId';
    const f0 = r.compactString();
    at = 'topics';
    const f1 = r.array(true, peekAlterShareGroupOffsetsRequestTopic, v, 3);
    r.skipTaggedFields();
    return { groupId: f0, topics: f1 };
  } catch (e) {
    throw failedIn(e, at, r, 'AlterShareGroupOffsetsRequest', 91, v);
  }
}

/** What a policy reads from AlterShareGroupOffsetsRequestTopic in AlterShareGroupOffsetsRequest; everything else is skipped. */
export interface AlterShareGroupOffsetsRequestTopicPeek {
  topicName: string;
}

export function peekAlterShareGroupOffsetsRequestTopic(r: Reader, v: number): AlterShareGroupOffsetsRequestTopicPeek {
  let at = '';
  try {
    at = 'topicName';
    const f0 = r.compactString();
    at = 'partitions';
    skip.array(r, true, skipAlterShareGroupOffsetsRequestPartition, v, 13, false);
    r.skipTaggedFields();
    return { topicName: f0 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

function skipAlterShareGroupOffsetsRequestPartition(r: Reader, _v: number): void {
  r.skip(4);
  r.skip(8);
  r.skipTaggedFields();
}
