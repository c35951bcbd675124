// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   OffsetCommitRequest.json
//   OffsetCommitResponse.json

import { Reader, Writer, sizeOf, skip } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { ZERO_UUID, absentField, checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** OffsetCommitRequest, versions 2-10. */
export interface OffsetCommitRequest {
  /** The unique group identifier. Versions 2-10. */
  groupId: string;
  /** The generation of the group if using the classic group protocol or the member epoch if using the consumer protocol. Versions 2-10. */
  generationIdOrMemberEpoch: number;
  /** The member ID assigned by the group coordinator. Versions 2-10. */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. Versions 7-10, nullable 7-10. */
  groupInstanceId: string | null;
  /** The time period in ms to retain the offset. Versions 2-4. */
  retentionTimeMs: bigint;
  /** The topics to commit offsets for. Versions 2-10. */
  topics: OffsetCommitRequestTopic[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeOffsetCommitRequest(r: Reader, v: number): OffsetCommitRequest {
  const flex = v >= 8;
  let at = '';
  try {
    checkDecodeVersion(r, v, 2, 10);
    at = 'groupId';
    const groupId = (flex ? r.compactString() : r.string());
    at = 'generationIdOrMemberEpoch';
    const generationIdOrMemberEpoch = r.int32();
    at = 'memberId';
    const memberId = (flex ? r.compactString() : r.string());
    at = 'groupInstanceId';
    const groupInstanceId = v >= 7 ? (flex ? r.compactNullableString() : r.nullableString()) : null;
    at = 'retentionTimeMs';
    const retentionTimeMs = v <= 4 ? r.int64() : -1n;
    at = 'topics';
    const topics = r.array(flex, decodeOffsetCommitRequestTopic, v, 1);
    const o: OffsetCommitRequest = { groupId, generationIdOrMemberEpoch, memberId, groupInstanceId, retentionTimeMs, topics, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'OffsetCommitRequest', 8, v);
  }
}

export function sizeOffsetCommitRequest(o: OffsetCommitRequest, v: number): number {
  const flex = v >= 8;
  if (!(v >= 7) && !(o.groupInstanceId === null)) throw absentField('groupInstanceId', v);
  let s = 4;
  s += (flex ? sizeOf.compactString(o.groupId) : sizeOf.string(o.groupId));
  s += (flex ? sizeOf.compactString(o.memberId) : sizeOf.string(o.memberId));
  if (v >= 7) s += (flex ? sizeOf.compactNullableString(o.groupInstanceId) : sizeOf.nullableString(o.groupInstanceId));
  if (v <= 4) s += 8;
  s += sizeOf.array(flex, o.topics, sizeOffsetCommitRequestTopic, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeOffsetCommitRequest(w: Writer, o: OffsetCommitRequest, v: number): void {
  const flex = v >= 8;
  (flex ? w.compactString(o.groupId) : w.string(o.groupId));
  w.int32(o.generationIdOrMemberEpoch);
  (flex ? w.compactString(o.memberId) : w.string(o.memberId));
  if (v >= 7) (flex ? w.compactNullableString(o.groupInstanceId) : w.nullableString(o.groupInstanceId));
  if (v <= 4) w.int64(o.retentionTimeMs);
  w.array(flex, o.topics, writeOffsetCommitRequestTopic, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes OffsetCommitRequest in place. */
export function encodeOffsetCommitRequest(o: OffsetCommitRequest, v: number): Buffer {
  return encodeWith(sizeOffsetCommitRequest, writeOffsetCommitRequest, o, v, 2, 10, 'OffsetCommitRequest');
}

/** OffsetCommitRequestTopic (in OffsetCommitRequest). */
export interface OffsetCommitRequestTopic {
  /** The topic name. Versions 2-9. */
  name: string;
  /** The topic ID. Versions 10. */
  topicId: string;
  /** Each partition to commit offsets for. Versions 2-10. */
  partitions: OffsetCommitRequestPartition[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeOffsetCommitRequestTopic(r: Reader, v: number): OffsetCommitRequestTopic {
  const flex = v >= 8;
  let at = '';
  try {
    at = 'name';
    const name = v <= 9 ? (flex ? r.compactString() : r.string()) : "";
    at = 'topicId';
    const topicId = v >= 10 ? r.uuid() : ZERO_UUID;
    at = 'partitions';
    const partitions = r.array(flex, decodeOffsetCommitRequestPartition, v, 13);
    const o: OffsetCommitRequestTopic = { name, topicId, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeOffsetCommitRequestTopic(o: OffsetCommitRequestTopic, v: number): number {
  const flex = v >= 8;
  let s = 0;
  if (v <= 9) s += (flex ? sizeOf.compactString(o.name) : sizeOf.string(o.name));
  if (v >= 10) s += 16;
  s += sizeOf.array(flex, o.partitions, sizeOffsetCommitRequestPartition, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeOffsetCommitRequestTopic(w: Writer, o: OffsetCommitRequestTopic, v: number): void {
  const flex = v >= 8;
  if (v <= 9) (flex ? w.compactString(o.name) : w.string(o.name));
  if (v >= 10) w.uuid(o.topicId);
  w.array(flex, o.partitions, writeOffsetCommitRequestPartition, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** OffsetCommitRequestPartition (in OffsetCommitRequest). */
export interface OffsetCommitRequestPartition {
  /** The partition index. Versions 2-10. */
  partitionIndex: number;
  /** The message offset to be committed. Versions 2-10. */
  committedOffset: bigint;
  /** The leader epoch of this partition. Versions 6-10. */
  committedLeaderEpoch: number;
  /** Any associated metadata the client wants to keep. Versions 2-10, nullable 2-10. */
  committedMetadata: string | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeOffsetCommitRequestPartition(r: Reader, v: number): OffsetCommitRequestPartition {
  const flex = v >= 8;
  let at = '';
  try {
    at = 'partitionIndex';
    const partitionIndex = r.int32();
    at = 'committedOffset';
    const committedOffset = r.int64();
    at = 'committedLeaderEpoch';
    const committedLeaderEpoch = v >= 6 ? r.int32() : -1;
    at = 'committedMetadata';
    const committedMetadata = (flex ? r.compactNullableString() : r.nullableString());
    const o: OffsetCommitRequestPartition = { partitionIndex, committedOffset, committedLeaderEpoch, committedMetadata, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeOffsetCommitRequestPartition(o: OffsetCommitRequestPartition, v: number): number {
  const flex = v >= 8;
  let s = 12;
  if (v >= 6) s += 4;
  s += (flex ? sizeOf.compactNullableString(o.committedMetadata) : sizeOf.nullableString(o.committedMetadata));
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeOffsetCommitRequestPartition(w: Writer, o: OffsetCommitRequestPartition, v: number): void {
  const flex = v >= 8;
  w.int32(o.partitionIndex);
  w.int64(o.committedOffset);
  if (v >= 6) w.int32(o.committedLeaderEpoch);
  (flex ? w.compactNullableString(o.committedMetadata) : w.nullableString(o.committedMetadata));
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** OffsetCommitResponse, versions 2-10. */
export interface OffsetCommitResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 3-10. */
  throttleTimeMs: number;
  /** The responses for each topic. Versions 2-10. */
  topics: OffsetCommitResponseTopic[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeOffsetCommitResponse(r: Reader, v: number): OffsetCommitResponse {
  const flex = v >= 8;
  let at = '';
  try {
    checkDecodeVersion(r, v, 2, 10);
    at = 'throttleTimeMs';
    const throttleTimeMs = v >= 3 ? r.int32() : 0;
    at = 'topics';
    const topics = r.array(flex, decodeOffsetCommitResponseTopic, v, 1);
    const o: OffsetCommitResponse = { throttleTimeMs, topics, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'OffsetCommitResponse', 8, v);
  }
}

export function sizeOffsetCommitResponse(o: OffsetCommitResponse, v: number): number {
  const flex = v >= 8;
  let s = 0;
  if (v >= 3) s += 4;
  s += sizeOf.array(flex, o.topics, sizeOffsetCommitResponseTopic, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeOffsetCommitResponse(w: Writer, o: OffsetCommitResponse, v: number): void {
  const flex = v >= 8;
  if (v >= 3) w.int32(o.throttleTimeMs);
  w.array(flex, o.topics, writeOffsetCommitResponseTopic, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes OffsetCommitResponse in place. */
export function encodeOffsetCommitResponse(o: OffsetCommitResponse, v: number): Buffer {
  return encodeWith(sizeOffsetCommitResponse, writeOffsetCommitResponse, o, v, 2, 10, 'OffsetCommitResponse');
}

/** OffsetCommitResponseTopic (in OffsetCommitResponse). */
export interface OffsetCommitResponseTopic {
  /** The topic name. Versions 2-9. */
  name: string;
  /** The topic ID. Versions 10. */
  topicId: string;
  /** The responses for each partition in the topic. Versions 2-10. */
  partitions: OffsetCommitResponsePartition[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeOffsetCommitResponseTopic(r: Reader, v: number): OffsetCommitResponseTopic {
  const flex = v >= 8;
  let at = '';
  try {
    at = 'name';
    const name = v <= 9 ? (flex ? r.compactString() : r.string()) : "";
    at = 'topicId';
    const topicId = v >= 10 ? r.uuid() : ZERO_UUID;
    at = 'partitions';
    const partitions = r.array(flex, decodeOffsetCommitResponsePartition, v, 6);
    const o: OffsetCommitResponseTopic = { name, topicId, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeOffsetCommitResponseTopic(o: OffsetCommitResponseTopic, v: number): number {
  const flex = v >= 8;
  let s = 0;
  if (v <= 9) s += (flex ? sizeOf.compactString(o.name) : sizeOf.string(o.name));
  if (v >= 10) s += 16;
  s += sizeOf.array(flex, o.partitions, sizeOffsetCommitResponsePartition, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeOffsetCommitResponseTopic(w: Writer, o: OffsetCommitResponseTopic, v: number): void {
  const flex = v >= 8;
  if (v <= 9) (flex ? w.compactString(o.name) : w.string(o.name));
  if (v >= 10) w.uuid(o.topicId);
  w.array(flex, o.partitions, writeOffsetCommitResponsePartition, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** OffsetCommitResponsePartition (in OffsetCommitResponse). */
export interface OffsetCommitResponsePartition {
  /** The partition index. Versions 2-10. */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. Versions 2-10. */
  errorCode: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeOffsetCommitResponsePartition(r: Reader, v: number): OffsetCommitResponsePartition {
  const flex = v >= 8;
  let at = '';
  try {
    at = 'partitionIndex';
    const partitionIndex = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    const o: OffsetCommitResponsePartition = { partitionIndex, errorCode, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeOffsetCommitResponsePartition(o: OffsetCommitResponsePartition, v: number): number {
  const flex = v >= 8;
  let s = 6;
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeOffsetCommitResponsePartition(w: Writer, o: OffsetCommitResponsePartition, v: number): void {
  const flex = v >= 8;
  w.int32(o.partitionIndex);
  w.int16(o.errorCode);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** What a policy reads from OffsetCommitRequest; everything else is skipped. */
export interface OffsetCommitRequestPeek {
  groupId: string;
  topics: OffsetCommitRequestTopicPeek[];
}

export function peekOffsetCommitRequest(r: Reader, v: number): OffsetCommitRequestPeek {
  const flex = v >= 8;
  let at = '';
  try {
    checkDecodeVersion(r, v, 2, 10);
    at = 'groupId';
    const f0 = (flex ? r.compactString() : r.string());
    at = 'generationIdOrMemberEpoch';
    r.skip(4);
    at = 'memberId';
    skip.string(r, flex, false);
    at = 'groupInstanceId';
    if (v >= 7) skip.string(r, flex, true);
    at = 'retentionTimeMs';
    if (v <= 4) r.skip(8);
    at = 'topics';
    const f5 = r.array(flex, peekOffsetCommitRequestTopic, v, 1);
    if (flex) r.skipTaggedFields();
    return { groupId: f0, topics: f5 };
  } catch (e) {
    throw failedIn(e, at, r, 'OffsetCommitRequest', 8, v);
  }
}

/** What a policy reads from OffsetCommitRequestTopic in OffsetCommitRequest; everything else is skipped. */
export interface OffsetCommitRequestTopicPeek {
  name: string;
  topicId: string;
}

export function peekOffsetCommitRequestTopic(r: Reader, v: number): OffsetCommitRequestTopicPeek {
  const flex = v >= 8;
  let at = '';
  try {
    at = 'name';
    const f0 = v <= 9 ? (flex ? r.compactString() : r.string()) : "";
    at = 'topicId';
    const f1 = v >= 10 ? r.uuid() : ZERO_UUID;
    at = 'partitions';
    skip.array(r, flex, skipOffsetCommitRequestPartition, v, 13, false);
    if (flex) r.skipTaggedFields();
    return { name: f0, topicId: f1 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

function skipOffsetCommitRequestPartition(r: Reader, v: number): void {
  r.skip(4);
  r.skip(8);
  if (v >= 6) r.skip(4);
  skip.string(r, (v >= 8), true);
  if (v >= 8) r.skipTaggedFields();
}
