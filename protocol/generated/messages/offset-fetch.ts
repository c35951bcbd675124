// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   OffsetFetchRequest.json
//   OffsetFetchResponse.json

import { Reader, Writer, elementWriters, elements, sizeOf, skip } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { ZERO_UUID, absentField, checkDecodeVersion, encodeWith, failedAt, failedIn, notNull } from '../../primitives/codec-runtime.js';

/** OffsetFetchRequest, versions 1-10. */
export interface OffsetFetchRequest {
  /** The group to fetch offsets for. Versions 1-7. */
  groupId: string;
  /** Each topic we would like to fetch offsets for, or null to fetch offsets for all topics. Versions 1-7, nullable 2-7. */
  topics: OffsetFetchRequestTopic[] | null;
  /** Each group we would like to fetch offsets for. Versions 8-10. */
  groups: OffsetFetchRequestGroup[];
  /** Whether broker should hold on returning unstable offsets but set a retriable error code for the partitions. Versions 7-10. */
  requireStable: boolean;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeOffsetFetchRequest(r: Reader, v: number): OffsetFetchRequest {
  const flex = v >= 6;
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 10);
    at = 'groupId';
    const groupId = v <= 7 ? (flex ? r.compactString() : r.string()) : "";
    at = 'topics';
    const topics = v <= 7 ? (v >= 2 ? r.nullableArray(flex, decodeOffsetFetchRequestTopic, v, 2) : r.array(flex, decodeOffsetFetchRequestTopic, v, 2)) : [];
    at = 'groups';
    const groups = v >= 8 ? r.array(true, decodeOffsetFetchRequestGroup, v, 3) : [];
    at = 'requireStable';
    const requireStable = v >= 7 ? r.bool() : false;
    const o: OffsetFetchRequest = { groupId, topics, groups, requireStable, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'OffsetFetchRequest', 9, v);
  }
}

export function sizeOffsetFetchRequest(o: OffsetFetchRequest, v: number): number {
  const flex = v >= 6;
  if (!(v <= 7) && !(o.groupId === "")) throw absentField('groupId', v);
  if (!(v <= 7) && !((o.topics !== null && o.topics.length === 0))) throw absentField('topics', v);
  if (!(v >= 8) && !(o.groups.length === 0)) throw absentField('groups', v);
  if (!(v >= 7) && !(o.requireStable === false)) throw absentField('requireStable', v);
  let s = 0;
  if (v <= 7) s += (flex ? sizeOf.compactString(o.groupId) : sizeOf.string(o.groupId));
  if (v <= 7) s += (v >= 2 ? sizeOf.nullableArray(flex, o.topics, sizeOffsetFetchRequestTopic, v) : sizeOf.array(flex, notNull(o.topics, 'topics', v), sizeOffsetFetchRequestTopic, v));
  if (v >= 8) s += sizeOf.array(true, o.groups, sizeOffsetFetchRequestGroup, v);
  if (v >= 7) s += 1;
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeOffsetFetchRequest(w: Writer, o: OffsetFetchRequest, v: number): void {
  const flex = v >= 6;
  if (v <= 7) (flex ? w.compactString(o.groupId) : w.string(o.groupId));
  if (v <= 7) (v >= 2 ? w.nullableArray(flex, o.topics, writeOffsetFetchRequestTopic, v) : w.array(flex, notNull(o.topics, 'topics', v), writeOffsetFetchRequestTopic, v));
  if (v >= 8) w.array(true, o.groups, writeOffsetFetchRequestGroup, v);
  if (v >= 7) w.bool(o.requireStable);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes OffsetFetchRequest in place. */
export function encodeOffsetFetchRequest(o: OffsetFetchRequest, v: number): Buffer {
  return encodeWith(sizeOffsetFetchRequest, writeOffsetFetchRequest, o, v, 1, 10, 'OffsetFetchRequest');
}

/** OffsetFetchRequestTopic (in OffsetFetchRequest). */
export interface OffsetFetchRequestTopic {
  /** The topic name. Versions 1-7. */
  name: string;
  /** The partition indexes we would like to fetch offsets for. Versions 1-7. */
  partitionIndexes: number[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeOffsetFetchRequestTopic(r: Reader, v: number): OffsetFetchRequestTopic {
  const flex = v >= 6;
  let at = '';
  try {
    at = 'name';
    const name = (flex ? r.compactString() : r.string());
    at = 'partitionIndexes';
    const partitionIndexes = r.array(flex, elements.int32, v, 4);
    const o: OffsetFetchRequestTopic = { name, partitionIndexes, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeOffsetFetchRequestTopic(o: OffsetFetchRequestTopic, v: number): number {
  const flex = v >= 6;
  let s = 0;
  s += (flex ? sizeOf.compactString(o.name) : sizeOf.string(o.name));
  s += sizeOf.fixedArray(flex, o.partitionIndexes, 4);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeOffsetFetchRequestTopic(w: Writer, o: OffsetFetchRequestTopic, v: number): void {
  const flex = v >= 6;
  (flex ? w.compactString(o.name) : w.string(o.name));
  w.array(flex, o.partitionIndexes, elementWriters.int32, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** OffsetFetchRequestGroup (in OffsetFetchRequest). */
export interface OffsetFetchRequestGroup {
  /** The group ID. Versions 8-10. */
  groupId: string;
  /** The member id. Versions 9-10, nullable 9-10. */
  memberId: string | null;
  /** The member epoch if using the new consumer protocol (KIP-848). Versions 9-10. */
  memberEpoch: number;
  /** Each topic we would like to fetch offsets for, or null to fetch offsets for all topics. Versions 8-10, nullable 8-10. */
  topics: OffsetFetchRequestTopics[] | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeOffsetFetchRequestGroup(r: Reader, v: number): OffsetFetchRequestGroup {
  let at = '';
  try {
    at = 'groupId';
    const groupId = r.compactString();
    at = 'memberId';
    const memberId = v >= 9 ? r.compactNullableString() : null;
    at = 'memberEpoch';
    const memberEpoch = v >= 9 ? r.int32() : -1;
    at = 'topics';
    const topics = r.nullableArray(true, decodeOffsetFetchRequestTopics, v, 2);
    const o: OffsetFetchRequestGroup = { groupId, memberId, memberEpoch, topics, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeOffsetFetchRequestGroup(o: OffsetFetchRequestGroup, v: number): number {
  let s = 0;
  s += sizeOf.compactString(o.groupId);
  if (v >= 9) s += sizeOf.compactNullableString(o.memberId);
  if (v >= 9) s += 4;
  s += sizeOf.nullableArray(true, o.topics, sizeOffsetFetchRequestTopics, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeOffsetFetchRequestGroup(w: Writer, o: OffsetFetchRequestGroup, v: number): void {
  w.compactString(o.groupId);
  if (v >= 9) w.compactNullableString(o.memberId);
  if (v >= 9) w.int32(o.memberEpoch);
  w.nullableArray(true, o.topics, writeOffsetFetchRequestTopics, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** OffsetFetchRequestTopics (in OffsetFetchRequest). */
export interface OffsetFetchRequestTopics {
  /** The topic name. Versions 8-9. */
  name: string;
  /** The topic ID. Versions 10. */
  topicId: string;
  /** The partition indexes we would like to fetch offsets for. Versions 8-10. */
  partitionIndexes: number[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeOffsetFetchRequestTopics(r: Reader, v: number): OffsetFetchRequestTopics {
  let at = '';
  try {
    at = 'name';
    const name = v <= 9 ? r.compactString() : "";
    at = 'topicId';
    const topicId = v >= 10 ? r.uuid() : ZERO_UUID;
    at = 'partitionIndexes';
    const partitionIndexes = r.array(true, elements.int32, v, 4);
    const o: OffsetFetchRequestTopics = { name, topicId, partitionIndexes, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeOffsetFetchRequestTopics(o: OffsetFetchRequestTopics, v: number): number {
  let s = 0;
  if (v <= 9) s += sizeOf.compactString(o.name);
  if (v >= 10) s += 16;
  s += sizeOf.fixedArray(true, o.partitionIndexes, 4);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeOffsetFetchRequestTopics(w: Writer, o: OffsetFetchRequestTopics, v: number): void {
  if (v <= 9) w.compactString(o.name);
  if (v >= 10) w.uuid(o.topicId);
  w.array(true, o.partitionIndexes, elementWriters.int32, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** OffsetFetchResponse, versions 1-10. */
export interface OffsetFetchResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 3-10. */
  throttleTimeMs: number;
  /** The responses per topic. Versions 1-7. */
  topics: OffsetFetchResponseTopic[];
  /** The top-level error code, or 0 if there was no error. Versions 2-7. */
  errorCode: number;
  /** The responses per group id. Versions 8-10. */
  groups: OffsetFetchResponseGroup[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeOffsetFetchResponse(r: Reader, v: number): OffsetFetchResponse {
  const flex = v >= 6;
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 10);
    at = 'throttleTimeMs';
    const throttleTimeMs = v >= 3 ? r.int32() : 0;
    at = 'topics';
    const topics = v <= 7 ? r.array(flex, decodeOffsetFetchResponseTopic, v, 2) : [];
    at = 'errorCode';
    const errorCode = v >= 2 && v <= 7 ? r.int16() : 0;
    at = 'groups';
    const groups = v >= 8 ? r.array(true, decodeOffsetFetchResponseGroup, v, 5) : [];
    const o: OffsetFetchResponse = { throttleTimeMs, topics, errorCode, groups, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'OffsetFetchResponse', 9, v);
  }
}

export function sizeOffsetFetchResponse(o: OffsetFetchResponse, v: number): number {
  const flex = v >= 6;
  if (!(v <= 7) && !(o.topics.length === 0)) throw absentField('topics', v);
  if (!(v >= 8) && !(o.groups.length === 0)) throw absentField('groups', v);
  let s = 0;
  if (v >= 3) s += 4;
  if (v <= 7) s += sizeOf.array(flex, o.topics, sizeOffsetFetchResponseTopic, v);
  if (v >= 2 && v <= 7) s += 2;
  if (v >= 8) s += sizeOf.array(true, o.groups, sizeOffsetFetchResponseGroup, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeOffsetFetchResponse(w: Writer, o: OffsetFetchResponse, v: number): void {
  const flex = v >= 6;
  if (v >= 3) w.int32(o.throttleTimeMs);
  if (v <= 7) w.array(flex, o.topics, writeOffsetFetchResponseTopic, v);
  if (v >= 2 && v <= 7) w.int16(o.errorCode);
  if (v >= 8) w.array(true, o.groups, writeOffsetFetchResponseGroup, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes OffsetFetchResponse in place. */
export function encodeOffsetFetchResponse(o: OffsetFetchResponse, v: number): Buffer {
  return encodeWith(sizeOffsetFetchResponse, writeOffsetFetchResponse, o, v, 1, 10, 'OffsetFetchResponse');
}

/** OffsetFetchResponseTopic (in OffsetFetchResponse). */
export interface OffsetFetchResponseTopic {
  /** The topic name. Versions 1-7. */
  name: string;
  /** The responses per partition. Versions 1-7. */
  partitions: OffsetFetchResponsePartition[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeOffsetFetchResponseTopic(r: Reader, v: number): OffsetFetchResponseTopic {
  const flex = v >= 6;
  let at = '';
  try {
    at = 'name';
    const name = (flex ? r.compactString() : r.string());
    at = 'partitions';
    const partitions = r.array(flex, decodeOffsetFetchResponsePartition, v, 15);
    const o: OffsetFetchResponseTopic = { name, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeOffsetFetchResponseTopic(o: OffsetFetchResponseTopic, v: number): number {
  const flex = v >= 6;
  let s = 0;
  s += (flex ? sizeOf.compactString(o.name) : sizeOf.string(o.name));
  s += sizeOf.array(flex, o.partitions, sizeOffsetFetchResponsePartition, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeOffsetFetchResponseTopic(w: Writer, o: OffsetFetchResponseTopic, v: number): void {
  const flex = v >= 6;
  (flex ? w.compactString(o.name) : w.string(o.name));
  w.array(flex, o.partitions, writeOffsetFetchResponsePartition, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** OffsetFetchResponsePartition (in OffsetFetchResponse). */
export interface OffsetFetchResponsePartition {
  /** The partition index. Versions 1-7. */
  partitionIndex: number;
  /** The committed message offset. Versions 1-7. */
  committedOffset: bigint;
  /** The leader epoch. Versions 5-7. */
  committedLeaderEpoch: number;
  /** The partition metadata. Versions 1-7, nullable 1-7. */
  metadata: string | null;
  /** The error code, or 0 if there was no error. Versions 1-7. */
  errorCode: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeOffsetFetchResponsePartition(r: Reader, v: number): OffsetFetchResponsePartition {
  const flex = v >= 6;
  let at = '';
  try {
    at = 'partitionIndex';
    const partitionIndex = r.int32();
    at = 'committedOffset';
    const committedOffset = r.int64();
    at = 'committedLeaderEpoch';
    const committedLeaderEpoch = v >= 5 ? r.int32() : -1;
    at = 'metadata';
    const metadata = (flex ? r.compactNullableString() : r.nullableString());
    at = 'errorCode';
    const errorCode = r.int16();
    const o: OffsetFetchResponsePartition = { partitionIndex, committedOffset, committedLeaderEpoch, metadata, errorCode, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeOffsetFetchResponsePartition(o: OffsetFetchResponsePartition, v: number): number {
  const flex = v >= 6;
  let s = 14;
  if (v >= 5) s += 4;
  s += (flex ? sizeOf.compactNullableString(o.metadata) : sizeOf.nullableString(o.metadata));
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeOffsetFetchResponsePartition(w: Writer, o: OffsetFetchResponsePartition, v: number): void {
  const flex = v >= 6;
  w.int32(o.partitionIndex);
  w.int64(o.committedOffset);
  if (v >= 5) w.int32(o.committedLeaderEpoch);
  (flex ? w.compactNullableString(o.metadata) : w.nullableString(o.metadata));
  w.int16(o.errorCode);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** OffsetFetchResponseGroup (in OffsetFetchResponse). */
export interface OffsetFetchResponseGroup {
  /** The group ID. Versions 8-10. */
  groupId: string;
  /** The responses per topic. Versions 8-10. */
  topics: OffsetFetchResponseTopics[];
  /** The group-level error code, or 0 if there was no error. Versions 8-10. */
  errorCode: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeOffsetFetchResponseGroup(r: Reader, v: number): OffsetFetchResponseGroup {
  let at = '';
  try {
    at = 'groupId';
    const groupId = r.compactString();
    at = 'topics';
    const topics = r.array(true, decodeOffsetFetchResponseTopics, v, 2);
    at = 'errorCode';
    const errorCode = r.int16();
    const o: OffsetFetchResponseGroup = { groupId, topics, errorCode, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeOffsetFetchResponseGroup(o: OffsetFetchResponseGroup, v: number): number {
  let s = 2;
  s += sizeOf.compactString(o.groupId);
  s += sizeOf.array(true, o.topics, sizeOffsetFetchResponseTopics, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeOffsetFetchResponseGroup(w: Writer, o: OffsetFetchResponseGroup, v: number): void {
  w.compactString(o.groupId);
  w.array(true, o.topics, writeOffsetFetchResponseTopics, v);
  w.int16(o.errorCode);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** OffsetFetchResponseTopics (in OffsetFetchResponse). */
export interface OffsetFetchResponseTopics {
  /** The topic name. Versions 8-9. */
  name: string;
  /** The topic ID. Versions 10. */
  topicId: string;
  /** The responses per partition. Versions 8-10. */
  partitions: OffsetFetchResponsePartitions[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeOffsetFetchResponseTopics(r: Reader, v: number): OffsetFetchResponseTopics {
  let at = '';
  try {
    at = 'name';
    const name = v <= 9 ? r.compactString() : "";
    at = 'topicId';
    const topicId = v >= 10 ? r.uuid() : ZERO_UUID;
    at = 'partitions';
    const partitions = r.array(true, decodeOffsetFetchResponsePartitions, v, 20);
    const o: OffsetFetchResponseTopics = { name, topicId, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeOffsetFetchResponseTopics(o: OffsetFetchResponseTopics, v: number): number {
  let s = 0;
  if (v <= 9) s += sizeOf.compactString(o.name);
  if (v >= 10) s += 16;
  s += sizeOf.array(true, o.partitions, sizeOffsetFetchResponsePartitions, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeOffsetFetchResponseTopics(w: Writer, o: OffsetFetchResponseTopics, v: number): void {
  if (v <= 9) w.compactString(o.name);
  if (v >= 10) w.uuid(o.topicId);
  w.array(true, o.partitions, writeOffsetFetchResponsePartitions, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** OffsetFetchResponsePartitions (in OffsetFetchResponse). */
export interface OffsetFetchResponsePartitions {
  /** The partition index. Versions 8-10. */
  partitionIndex: number;
  /** The committed message offset. Versions 8-10. */
  committedOffset: bigint;
  /** The leader epoch. Versions 8-10. */
  committedLeaderEpoch: number;
  /** The partition metadata. Versions 8-10, nullable 8-10. */
  metadata: string | null;
  /** The partition-level error code, or 0 if there was no error. Versions 8-10. */
  errorCode: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeOffsetFetchResponsePartitions(r: Reader, v: number): OffsetFetchResponsePartitions {
  let at = '';
  try {
    at = 'partitionIndex';
    const partitionIndex = r.int32();
    at = 'committedOffset';
    const committedOffset = r.int64();
    at = 'committedLeaderEpoch';
    const committedLeaderEpoch = r.int32();
    at = 'metadata';
    const metadata = r.compactNullableString();
    at = 'errorCode';
    const errorCode = r.int16();
    const o: OffsetFetchResponsePartitions = { partitionIndex, committedOffset, committedLeaderEpoch, metadata, errorCode, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeOffsetFetchResponsePartitions(o: OffsetFetchResponsePartitions, _v: number): number {
  let s = 18;
  s += sizeOf.compactNullableString(o.metadata);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeOffsetFetchResponsePartitions(w: Writer, o: OffsetFetchResponsePartitions, _v: number): void {
  w.int32(o.partitionIndex);
  w.int64(o.committedOffset);
  w.int32(o.committedLeaderEpoch);
  w.compactNullableString(o.metadata);
  w.int16(o.errorCode);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** What a policy reads from OffsetFetchRequest; everything else is skipped. */
export interface OffsetFetchRequestPeek {
  groupId: string;
  topics: OffsetFetchRequestTopicPeek[] | null;
  groups: OffsetFetchRequestGroupPeek[];
}

export function peekOffsetFetchRequest(r: Reader, v: number): OffsetFetchRequestPeek {
  const flex = v >= 6;
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 10);
    at = 'groupId';
    const f0 = v <= 7 ? (flex ? r.compactString() : r.string()) : "";
    at = 'topics';
    const f1 = v <= 7 ? (v >= 2 ? r.nullableArray(flex, peekOffsetFetchRequestTopic, v, 2) : r.array(flex, peekOffsetFetchRequestTopic, v, 2)) : [];
    at = 'groups';
    const f2 = v >= 8 ? r.array(true, peekOffsetFetchRequestGroup, v, 3) : [];
    at = 'requireStable';
    if (v >= 7) r.skip(1);
    if (flex) r.skipTaggedFields();
    return { groupId: f0, topics: f1, groups: f2 };
  } catch (e) {
    throw failedIn(e, at, r, 'OffsetFetchRequest', 9, v);
  }
}

/** What a policy reads from OffsetFetchRequestTopic in OffsetFetchRequest; everything else is skipped. */
export interface OffsetFetchRequestTopicPeek {
  name: string;
}

export function peekOffsetFetchRequestTopic(r: Reader, v: number): OffsetFetchRequestTopicPeek {
  const flex = v >= 6;
  let at = '';
  try {
    at = 'name';
    const f0 = (flex ? r.compactString() : r.string());
    at = 'partitionIndexes';
    skip.fixedArray(r, flex, 4, false);
    if (flex) r.skipTaggedFields();
    return { name: f0 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

/** What a policy reads from OffsetFetchRequestGroup in OffsetFetchRequest; everything else is skipped. */
export interface OffsetFetchRequestGroupPeek {
  groupId: string;
  topics: OffsetFetchRequestTopicsPeek[] | null;
}

export function peekOffsetFetchRequestGroup(r: Reader, v: number): OffsetFetchRequestGroupPeek {
  let at = '';
  try {
    at = 'groupId';
    const f0 = r.compactString();
    at = 'memberId';
    if (v >= 9) skip.string(r, true, true);
    at = 'memberEpoch';
    if (v >= 9) r.skip(4);
    at = 'topics';
    const f3 = r.nullableArray(true, peekOffsetFetchRequestTopics, v, 2);
    r.skipTaggedFields();
    return { groupId: f0, topics: f3 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

/** What a policy reads from OffsetFetchRequestTopics in OffsetFetchRequest; everything else is skipped. */
export interface OffsetFetchRequestTopicsPeek {
  name: string;
  topicId: string;
}

export function peekOffsetFetchRequestTopics(r: Reader, v: number): OffsetFetchRequestTopicsPeek {
  let at = '';
  try {
    at = 'name';
    const f0 = v <= 9 ? r.compactString() : "";
    at = 'topicId';
    const f1 = v >= 10 ? r.uuid() : ZERO_UUID;
    at = 'partitionIndexes';
    skip.fixedArray(r, true, 4, false);
    r.skipTaggedFields();
    return { name: f0, topicId: f1 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}
