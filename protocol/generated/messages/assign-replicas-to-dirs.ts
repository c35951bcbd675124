// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   AssignReplicasToDirsRequest.json
//   AssignReplicasToDirsResponse.json

import { Reader, Writer, sizeOf, skip } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** AssignReplicasToDirsRequest, versions 0. */
export interface AssignReplicasToDirsRequest {
  /** The ID of the requesting broker. Versions 0. */
  brokerId: number;
  /** The epoch of the requesting broker. Versions 0. */
  brokerEpoch: bigint;
  /** The directories to which replicas should be assigned. Versions 0. */
  directories: AssignReplicasToDirsRequestDirectoryData[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAssignReplicasToDirsRequest(r: Reader, v: number): AssignReplicasToDirsRequest {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'brokerId';
    const brokerId = r.int32();
    at = 'brokerEpoch';
    const brokerEpoch = r.int64();
    at = 'directories';
    const directories = r.array(true, decodeAssignReplicasToDirsRequestDirectoryData, v, 18);
    const o: AssignReplicasToDirsRequest = { brokerId, brokerEpoch, directories, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'AssignReplicasToDirsRequest', 73, v);
  }
}

export function sizeAssignReplicasToDirsRequest(o: AssignReplicasToDirsRequest, v: number): number {
  let s = 12;
  s += sizeOf.array(true, o.directories, sizeAssignReplicasToDirsRequestDirectoryData, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeAssignReplicasToDirsRequest(w: Writer, o: AssignReplicasToDirsRequest, v: number): void {
  w.int32(o.brokerId);
  w.int64(o.brokerEpoch);
  w.array(true, o.directories, writeAssignReplicasToDirsRequestDirectoryData, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes AssignReplicasToDirsRequest in place. */
export function encodeAssignReplicasToDirsRequest(o: AssignReplicasToDirsRequest, v: number): Buffer {
  return encodeWith(sizeAssignReplicasToDirsRequest, writeAssignReplicasToDirsRequest, o, v, 0, 0, 'AssignReplicasToDirsRequest');
}

/** DirectoryData (in AssignReplicasToDirsRequest). */
export interface AssignReplicasToDirsRequestDirectoryData {
  /** The ID of the directory. Versions 0. */
  id: string;
  /** The topics assigned to the directory. Versions 0. */
  topics: AssignReplicasToDirsRequestTopicData[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAssignReplicasToDirsRequestDirectoryData(r: Reader, v: number): AssignReplicasToDirsRequestDirectoryData {
  let at = '';
  try {
    at = 'id';
    const id = r.uuid();
    at = 'topics';
    const topics = r.array(true, decodeAssignReplicasToDirsRequestTopicData, v, 18);
    const o: AssignReplicasToDirsRequestDirectoryData = { id, topics, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeAssignReplicasToDirsRequestDirectoryData(o: AssignReplicasToDirsRequestDirectoryData, v: number): number {
  let s = 16;
  s += sizeOf.array(true, o.topics, sizeAssignReplicasToDirsRequestTopicData, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeAssignReplicasToDirsRequestDirectoryData(w: Writer, o: AssignReplicasToDirsRequestDirectoryData, v: number): void {
  w.uuid(o.id);
  w.array(true, o.topics, writeAssignReplicasToDirsRequestTopicData, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** TopicData (in AssignReplicasToDirsRequest). */
export interface AssignReplicasToDirsRequestTopicData {
  /** The ID of the assigned topic. Versions 0. */
  topicId: string;
  /** The partitions assigned to the directory. Versions 0. */
  partitions: AssignReplicasToDirsRequestPartitionData[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAssignReplicasToDirsRequestTopicData(r: Reader, v: number): AssignReplicasToDirsRequestTopicData {
  let at = '';
  try {
    at = 'topicId';
    const topicId = r.uuid();
    at = 'partitions';
    const partitions = r.array(true, decodeAssignReplicasToDirsRequestPartitionData, v, 5);
    const o: AssignReplicasToDirsRequestTopicData = { topicId, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeAssignReplicasToDirsRequestTopicData(o: AssignReplicasToDirsRequestTopicData, v: number): number {
  let s = 16;
  s += sizeOf.array(true, o.partitions, sizeAssignReplicasToDirsRequestPartitionData, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeAssignReplicasToDirsRequestTopicData(w: Writer, o: AssignReplicasToDirsRequestTopicData, v: number): void {
  w.uuid(o.topicId);
  w.array(true, o.partitions, writeAssignReplicasToDirsRequestPartitionData, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** PartitionData (in AssignReplicasToDirsRequest). */
export interface AssignReplicasToDirsRequestPartitionData {
  /** The partition index. Versions 0. */
  partitionIndex: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAssignReplicasToDirsRequestPartitionData(r: Reader, v: number): AssignReplicasToDirsRequestPartitionData {
  let at = '';
  try {
    at = 'partitionIndex';
    const partitionIndex = r.int32();
    const o: AssignReplicasToDirsRequestPartitionData = { partitionIndex, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeAssignReplicasToDirsRequestPartitionData(o: AssignReplicasToDirsRequestPartitionData, _v: number): number {
  let s = 4;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeAssignReplicasToDirsRequestPartitionData(w: Writer, o: AssignReplicasToDirsRequestPartitionData, _v: number): void {
  w.int32(o.partitionIndex);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** AssignReplicasToDirsResponse, versions 0. */
export interface AssignReplicasToDirsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0. */
  throttleTimeMs: number;
  /** The top level response error code. Versions 0. */
  errorCode: number;
  /** The list of directories and their assigned partitions. Versions 0. */
  directories: AssignReplicasToDirsResponseDirectoryData[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAssignReplicasToDirsResponse(r: Reader, v: number): AssignReplicasToDirsResponse {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'directories';
    const directories = r.array(true, decodeAssignReplicasToDirsResponseDirectoryData, v, 18);
    const o: AssignReplicasToDirsResponse = { throttleTimeMs, errorCode, directories, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'AssignReplicasToDirsResponse', 73, v);
  }
}

export function sizeAssignReplicasToDirsResponse(o: AssignReplicasToDirsResponse, v: number): number {
  let s = 6;
  s += sizeOf.array(true, o.directories, sizeAssignReplicasToDirsResponseDirectoryData, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeAssignReplicasToDirsResponse(w: Writer, o: AssignReplicasToDirsResponse, v: number): void {
  w.int32(o.throttleTimeMs);
  w.int16(o.errorCode);
  w.array(true, o.directories, writeAssignReplicasToDirsResponseDirectoryData, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes AssignReplicasToDirsResponse in place. */
export function encodeAssignReplicasToDirsResponse(o: AssignReplicasToDirsResponse, v: number): Buffer {
  return encodeWith(sizeAssignReplicasToDirsResponse, writeAssignReplicasToDirsResponse, o, v, 0, 0, 'AssignReplicasToDirsResponse');
}

/** DirectoryData (in AssignReplicasToDirsResponse). */
export interface AssignReplicasToDirsResponseDirectoryData {
  /** The ID of the directory. Versions 0. */
  id: string;
  /** The list of topics and their assigned partitions. Versions 0. */
  topics: AssignReplicasToDirsResponseTopicData[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAssignReplicasToDirsResponseDirectoryData(r: Reader, v: number): AssignReplicasToDirsResponseDirectoryData {
  let at = '';
  try {
    at = 'id';
    const id = r.uuid();
    at = 'topics';
    const topics = r.array(true, decodeAssignReplicasToDirsResponseTopicData, v, 18);
    const o: AssignReplicasToDirsResponseDirectoryData = { id, topics, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeAssignReplicasToDirsResponseDirectoryData(o: AssignReplicasToDirsResponseDirectoryData, v: number): number {
  let s = 16;
  s += sizeOf.array(true, o.topics, sizeAssignReplicasToDirsResponseTopicData, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeAssignReplicasToDirsResponseDirectoryData(w: Writer, o: AssignReplicasToDirsResponseDirectoryData, v: number): void {
  w.uuid(o.id);
  w.array(true, o.topics, writeAssignReplicasToDirsResponseTopicData, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** TopicData (in AssignReplicasToDirsResponse). */
export interface AssignReplicasToDirsResponseTopicData {
  /** The ID of the assigned topic. Versions 0. */
  topicId: string;
  /** The list of assigned partitions. Versions 0. */
  partitions: AssignReplicasToDirsResponsePartitionData[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAssignReplicasToDirsResponseTopicData(r: Reader, v: number): AssignReplicasToDirsResponseTopicData {
  let at = '';
  try {
    at = 'topicId';
    const topicId = r.uuid();
    at = 'partitions';
    const partitions = r.array(true, decodeAssignReplicasToDirsResponsePartitionData, v, 7);
    const o: AssignReplicasToDirsResponseTopicData = { topicId, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeAssignReplicasToDirsResponseTopicData(o: AssignReplicasToDirsResponseTopicData, v: number): number {
  let s = 16;
  s += sizeOf.array(true, o.partitions, sizeAssignReplicasToDirsResponsePartitionData, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeAssignReplicasToDirsResponseTopicData(w: Writer, o: AssignReplicasToDirsResponseTopicData, v: number): void {
  w.uuid(o.topicId);
  w.array(true, o.partitions, writeAssignReplicasToDirsResponsePartitionData, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** PartitionData (in AssignReplicasToDirsResponse). */
export interface AssignReplicasToDirsResponsePartitionData {
  /** The partition index. Versions 0. */
  partitionIndex: number;
  /** The partition level error code. Versions 0. */
  errorCode: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAssignReplicasToDirsResponsePartitionData(r: Reader, v: number): AssignReplicasToDirsResponsePartitionData {
  let at = '';
  try {
    at = 'partitionIndex';
    const partitionIndex = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    const o: AssignReplicasToDirsResponsePartitionData = { partitionIndex, errorCode, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeAssignReplicasToDirsResponsePartitionData(o: AssignReplicasToDirsResponsePartitionData, _v: number): number {
  let s = 6;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeAssignReplicasToDirsResponsePartitionData(w: Writer, o: AssignReplicasToDirsResponsePartitionData, _v: number): void {
  w.int32(o.partitionIndex);
  w.int16(o.errorCode);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** What a policy reads from AssignReplicasToDirsRequest; everything else is skipped. */
export interface AssignReplicasToDirsRequestPeek {
  directories: AssignReplicasToDirsRequestDirectoryDataPeek[];
}

export function peekAssignReplicasToDirsRequest(r: Reader, v: number): AssignReplicasToDirsRequestPeek {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'brokerId';
    r.skip(4);
    at = 'brokerEpoch';
    r.skip(8);
    at = 'directories';
    const f2 = r.array(true, peekAssignReplicasToDirsRequestDirectoryData, v, 18);
    r.skipTaggedFields();
    return { directories: f2 };
  } catch (e) {
    throw failedIn(e, at, r, 'AssignReplicasToDirsRequest', 73, v);
  }
}

/** What a policy reads from DirectoryData in AssignReplicasToDirsRequest; everything else is skipped. */
export interface AssignReplicasToDirsRequestDirectoryDataPeek {
  topics: AssignReplicasToDirsRequestTopicDataPeek[];
}

export function peekAssignReplicasToDirsRequestDirectoryData(r: Reader, v: number): AssignReplicasToDirsRequestDirectoryDataPeek {
  let at = '';
  try {
    at = 'id';
    r.skip(16);
    at = 'topics';
    const f1 = r.array(true, peekAssignReplicasToDirsRequestTopicData, v, 18);
    r.skipTaggedFields();
    return { topics: f1 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

/** What a policy reads from TopicData in AssignReplicasToDirsRequest; everything else is skipped. */
export interface AssignReplicasToDirsRequestTopicDataPeek {
  topicId: string;
}

export function peekAssignReplicasToDirsRequestTopicData(r: Reader, v: number): AssignReplicasToDirsRequestTopicDataPeek {
  let at = '';
  try {
    at = 'topicId';
    const f0 = r.uuid();
    at = 'partitions';
    skip.array(r, true, skipAssignReplicasToDirsRequestPartitionData, v, 5, false);
    r.skipTaggedFields();
    return { topicId: f0 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

function skipAssignReplicasToDirsRequestPartitionData(r: Reader, _v: number): void {
  r.skip(4);
  r.skipTaggedFields();
}
