// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   DescribeTopicPartitionsRequest.json
//   DescribeTopicPartitionsResponse.json

import { Reader, Writer, elementWriters, elements, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, decodeNullableStruct, encodeWith, failedAt, failedIn, sizeNullableStruct, writeNullableStruct } from '../../primitives/codec-runtime.js';

/** DescribeTopicPartitionsRequest, versions 0. */
export interface DescribeTopicPartitionsRequest {
  /** The topics to fetch details for. Versions 0. */
  topics: DescribeTopicPartitionsRequestTopicRequest[];
  /** The maximum number of partitions included in the response. Versions 0. */
  responsePartitionLimit: number;
  /** The first topic and partition index to fetch details for. Versions 0, nullable 0. */
  cursor: DescribeTopicPartitionsRequestCursor | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeTopicPartitionsRequest(r: Reader, v: number): DescribeTopicPartitionsRequest {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'topics';
    const topics = r.array(true, decodeDescribeTopicPartitionsRequestTopicRequest, v, 2);
    at = 'responsePartitionLimit';
    const responsePartitionLimit = r.int32();
    at = 'cursor';
    const cursor = decodeNullableStruct(r, decodeDescribeTopicPartitionsRequestCursor, v);
    const o: DescribeTopicPartitionsRequest = { topics, responsePartitionLimit, cursor, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'DescribeTopicPartitionsRequest', 75, v);
  }
}

export function sizeDescribeTopicPartitionsRequest(o: DescribeTopicPartitionsRequest, v: number): number {
  let s = 4;
  s += sizeOf.array(true, o.topics, sizeDescribeTopicPartitionsRequestTopicRequest, v);
  s += sizeNullableStruct(o.cursor, sizeDescribeTopicPartitionsRequestCursor, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDescribeTopicPartitionsRequest(w: Writer, o: DescribeTopicPartitionsRequest, v: number): void {
  w.array(true, o.topics, writeDescribeTopicPartitionsRequestTopicRequest, v);
  w.int32(o.responsePartitionLimit);
  writeNullableStruct(w, o.cursor, writeDescribeTopicPartitionsRequestCursor, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes DescribeTopicPartitionsRequest in place. */
export function encodeDescribeTopicPartitionsRequest(o: DescribeTopicPartitionsRequest, v: number): Buffer {
  return encodeWith(sizeDescribeTopicPartitionsRequest, writeDescribeTopicPartitionsRequest, o, v, 0, 0, 'DescribeTopicPartitionsRequest');
}

/** TopicRequest (in DescribeTopicPartitionsRequest). */
export interface DescribeTopicPartitionsRequestTopicRequest {
  /** The topic name. Versions 0. */
  name: string;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeTopicPartitionsRequestTopicRequest(r: Reader, v: number): DescribeTopicPartitionsRequestTopicRequest {
  let at = '';
  try {
    at = 'name';
    const name = r.compactString();
    const o: DescribeTopicPartitionsRequestTopicRequest = { name, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDescribeTopicPartitionsRequestTopicRequest(o: DescribeTopicPartitionsRequestTopicRequest, _v: number): number {
  let s = 0;
  s += sizeOf.compactString(o.name);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDescribeTopicPartitionsRequestTopicRequest(w: Writer, o: DescribeTopicPartitionsRequestTopicRequest, _v: number): void {
  w.compactString(o.name);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Cursor (in DescribeTopicPartitionsRequest). */
export interface DescribeTopicPartitionsRequestCursor {
  /** The name for the first topic to process. Versions 0. */
  topicName: string;
  /** The partition index to start with. Versions 0. */
  partitionIndex: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeTopicPartitionsRequestCursor(r: Reader, v: number): DescribeTopicPartitionsRequestCursor {
  let at = '';
  try {
    at = 'topicName';
    const topicName = r.compactString();
    at = 'partitionIndex';
    const partitionIndex = r.int32();
    const o: DescribeTopicPartitionsRequestCursor = { topicName, partitionIndex, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDescribeTopicPartitionsRequestCursor(o: DescribeTopicPartitionsRequestCursor, _v: number): number {
  let s = 4;
  s += sizeOf.compactString(o.topicName);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDescribeTopicPartitionsRequestCursor(w: Writer, o: DescribeTopicPartitionsRequestCursor, _v: number): void {
  w.compactString(o.topicName);
  w.int32(o.partitionIndex);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** DescribeTopicPartitionsResponse, versions 0. */
export interface DescribeTopicPartitionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0. */
  throttleTimeMs: number;
  /** Each topic in the response. Versions 0. */
  topics: DescribeTopicPartitionsResponseTopic[];
  /** The next topic and partition index to fetch details for. Versions 0, nullable 0. */
  nextCursor: DescribeTopicPartitionsResponseCursor | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeTopicPartitionsResponse(r: Reader, v: number): DescribeTopicPartitionsResponse {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'topics';
    const topics = r.array(true, decodeDescribeTopicPartitionsResponseTopic, v, 26);
    at = 'nextCursor';
    const nextCursor = decodeNullableStruct(r, decodeDescribeTopicPartitionsResponseCursor, v);
    const o: DescribeTopicPartitionsResponse = { throttleTimeMs, topics, nextCursor, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'DescribeTopicPartitionsResponse', 75, v);
  }
}

export function sizeDescribeTopicPartitionsResponse(o: DescribeTopicPartitionsResponse, v: number): number {
  let s = 4;
  s += sizeOf.array(true, o.topics, sizeDescribeTopicPartitionsResponseTopic, v);
  s += sizeNullableStruct(o.nextCursor, sizeDescribeTopicPartitionsResponseCursor, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDescribeTopicPartitionsResponse(w: Writer, o: DescribeTopicPartitionsResponse, v: number): void {
  w.int32(o.throttleTimeMs);
  w.array(true, o.topics, writeDescribeTopicPartitionsResponseTopic, v);
  writeNullableStruct(w, o.nextCursor, writeDescribeTopicPartitionsResponseCursor, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes DescribeTopicPartitionsResponse in place. */
export function encodeDescribeTopicPartitionsResponse(o: DescribeTopicPartitionsResponse, v: number): Buffer {
  return encodeWith(sizeDescribeTopicPartitionsResponse, writeDescribeTopicPartitionsResponse, o, v, 0, 0, 'DescribeTopicPartitionsResponse');
}

/** DescribeTopicPartitionsResponseTopic (in DescribeTopicPartitionsResponse). */
export interface DescribeTopicPartitionsResponseTopic {
  /** The topic error, or 0 if there was no error. Versions 0. */
  errorCode: number;
  /** The topic name. Versions 0, nullable 0. */
  name: string | null;
  /** The topic id. Versions 0. */
  topicId: string;
  /** True if the topic is internal. Versions 0. */
  isInternal: boolean;
  /** Each partition in the topic. Versions 0. */
  partitions: DescribeTopicPartitionsResponsePartition[];
  /** 32-bit bitfield to represent authorized operations for this topic. Versions 0. */
  topicAuthorizedOperations: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeTopicPartitionsResponseTopic(r: Reader, v: number): DescribeTopicPartitionsResponseTopic {
  let at = '';
  try {
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'name';
    const name = r.compactNullableString();
    at = 'topicId';
    const topicId = r.uuid();
    at = 'isInternal';
    const isInternal = r.bool();
    at = 'partitions';
    const partitions = r.array(true, decodeDescribeTopicPartitionsResponsePartition, v, 20);
    at = 'topicAuthorizedOperations';
    const topicAuthorizedOperations = r.int32();
    const o: DescribeTopicPartitionsResponseTopic = { errorCode, name, topicId, isInternal, partitions, topicAuthorizedOperations, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDescribeTopicPartitionsResponseTopic(o: DescribeTopicPartitionsResponseTopic, v: number): number {
  let s = 23;
  s += sizeOf.compactNullableString(o.name);
  s += sizeOf.array(true, o.partitions, sizeDescribeTopicPartitionsResponsePartition, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDescribeTopicPartitionsResponseTopic(w: Writer, o: DescribeTopicPartitionsResponseTopic, v: number): void {
  w.int16(o.errorCode);
  w.compactNullableString(o.name);
  w.uuid(o.topicId);
  w.bool(o.isInternal);
  w.array(true, o.partitions, writeDescribeTopicPartitionsResponsePartition, v);
  w.int32(o.topicAuthorizedOperations);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** DescribeTopicPartitionsResponsePartition (in DescribeTopicPartitionsResponse). */
export interface DescribeTopicPartitionsResponsePartition {
  /** The partition error, or 0 if there was no error. Versions 0. */
  errorCode: number;
  /** The partition index. Versions 0. */
  partitionIndex: number;
  /** The ID of the leader broker. Versions 0. */
  leaderId: number;
  /** The leader epoch of this partition. Versions 0. */
  leaderEpoch: number;
  /** The set of all nodes that host this partition. Versions 0. */
  replicaNodes: number[];
  /** The set of nodes that are in sync with the leader for this partition. Versions 0. */
  isrNodes: number[];
  /** The new eligible leader replicas otherwise. Versions 0, nullable 0. */
  eligibleLeaderReplicas: number[] | null;
  /** The last known ELR. Versions 0, nullable 0. */
  lastKnownElr: number[] | null;
  /** The set of offline replicas of this partition. Versions 0. */
  offlineReplicas: number[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeTopicPartitionsResponsePartition(r: Reader, v: number): DescribeTopicPartitionsResponsePartition {
  let at = '';
  try {
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'partitionIndex';
    const partitionIndex = r.int32();
    at = 'leaderId';
    const leaderId = r.int32();
    at = 'leaderEpoch';
    const leaderEpoch = r.int32();
    at = 'replicaNodes';
    const replicaNodes = r.array(true, elements.int32, v, 4);
    at = 'isrNodes';
    const isrNodes = r.array(true, elements.int32, v, 4);
    at = 'eligibleLeaderReplicas';
    const eligibleLeaderReplicas = r.nullableArray(true, elements.int32, v, 4);
    at = 'lastKnownElr';
    const lastKnownElr = r.nullableArray(true, elements.int32, v, 4);
    at = 'offlineReplicas';
    const offlineReplicas = r.array(true, elements.int32, v, 4);
    const o: DescribeTopicPartitionsResponsePartition = { errorCode, partitionIndex, leaderId, leaderEpoch, replicaNodes, isrNodes, eligibleLeaderReplicas, lastKnownElr, offlineReplicas, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDescribeTopicPartitionsResponsePartition(o: DescribeTopicPartitionsResponsePartition, _v: number): number {
  let s = 14;
  s += sizeOf.fixedArray(true, o.replicaNodes, 4);
  s += sizeOf.fixedArray(true, o.isrNodes, 4);
  s += sizeOf.fixedArray(true, o.eligibleLeaderReplicas, 4);
  s += sizeOf.fixedArray(true, o.lastKnownElr, 4);
  s += sizeOf.fixedArray(true, o.offlineReplicas, 4);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDescribeTopicPartitionsResponsePartition(w: Writer, o: DescribeTopicPartitionsResponsePartition, v: number): void {
  w.int16(o.errorCode);
  w.int32(o.partitionIndex);
  w.int32(o.leaderId);
  w.int32(o.leaderEpoch);
  w.array(true, o.replicaNodes, elementWriters.int32, v);
  w.array(true, o.isrNodes, elementWriters.int32, v);
  w.nullableArray(true, o.eligibleLeaderReplicas, elementWriters.int32, v);
  w.nullableArray(true, o.lastKnownElr, elementWriters.int32, v);
  w.array(true, o.offlineReplicas, elementWriters.int32, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Cursor (in DescribeTopicPartitionsResponse). */
export interface DescribeTopicPartitionsResponseCursor {
  /** The name for the first topic to process. Versions 0. */
  topicName: string;
  /** The partition index to start with. Versions 0. */
  partitionIndex: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeTopicPartitionsResponseCursor(r: Reader, v: number): DescribeTopicPartitionsResponseCursor {
  let at = '';
  try {
    at = 'topicName';
    const topicName = r.compactString();
    at = 'partitionIndex';
    const partitionIndex = r.int32();
    const o: DescribeTopicPartitionsResponseCursor = { topicName, partitionIndex, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDescribeTopicPartitionsResponseCursor(o: DescribeTopicPartitionsResponseCursor, _v: number): number {
  let s = 4;
  s += sizeOf.compactString(o.topicName);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDescribeTopicPartitionsResponseCursor(w: Writer, o: DescribeTopicPartitionsResponseCursor, _v: number): void {
  w.compactString(o.topicName);
  w.int32(o.partitionIndex);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** What a policy reads from DescribeTopicPartitionsRequest; everything else is skipped. */
export interface DescribeTopicPartitionsRequestPeek {
  topics: DescribeTopicPartitionsRequestTopicRequestPeek[];
  cursor: DescribeTopicPartitionsRequestCursorPeek | null;
}

export function peekDescribeTopicPartitionsRequest(r: Reader, v: number): DescribeTopicPartitionsRequestPeek {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'topics';
    const f0 = r.array(true, peekDescribeTopicPartitionsRequestTopicRequest, v, 2);
    at = 'responsePartitionLimit';
    r.skip(4);
    at = 'cursor';
    const f2 = decodeNullableStruct(r, peekDescribeTopicPartitionsRequestCursor, v);
    r.skipTaggedFields();
    return { topics: f0, cursor: f2 };
  } catch (e) {
    throw failedIn(e, at, r, 'DescribeTopicPartitionsRequest', 75, v);
  }
}

/** What a policy reads from TopicRequest in DescribeTopicPartitionsRequest; everything else is skipped. */
export interface DescribeTopicPartitionsRequestTopicRequestPeek {
  name: string;
}

export function peekDescribeTopicPartitionsRequestTopicRequest(r: Reader, _v: number): DescribeTopicPartitionsRequestTopicRequestPeek {
  let at = '';
  try {
    at = 'name';
    const f0 = r.compactString();
    r.skipTaggedFields();
    return { name: f0 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

/** What a policy reads from Cursor in DescribeTopicPartitionsRequest; everything else is skipped. */
export interface DescribeTopicPartitionsRequestCursorPeek {
  topicName: string;
}

export function peekDescribeTopicPartitionsRequestCursor(r: Reader, _v: number): DescribeTopicPartitionsRequestCursorPeek {
  let at = '';
  try {
    at = 'topicName';
    const f0 = r.compactString();
    at = 'partitionIndex';
    r.skip(4);
    r.skipTaggedFields();
    return { topicName: f0 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}
