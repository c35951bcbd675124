// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   ElectLeadersRequest.json
//   ElectLeadersResponse.json

import { Reader, Writer, elementWriters, elements, sizeOf, skip } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { absentField, checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** ElectLeadersRequest, versions 0-2. */
export interface ElectLeadersRequest {
  /** Type of elections to conduct for the partition. A value of '0' elects the preferred replica. A value of '1' elects the first live replica if there are no in-sync replica. Versions 1-2. */
  electionType: number;
  /** The topic partitions to elect leaders. Versions 0-2, nullable 0-2. */
  topicPartitions: ElectLeadersRequestTopicPartitions[] | null;
  /** The time in ms to wait for the election to complete. Versions 0-2. */
  timeoutMs: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeElectLeadersRequest(r: Reader, v: number): ElectLeadersRequest {
  const flex = v >= 2;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 2);
    at = 'electionType';
    const electionType = v >= 1 ? r.int8() : 0;
    at = 'topicPartitions';
    const topicPartitions = r.nullableArray(flex, decodeElectLeadersRequestTopicPartitions, v, 2);
    at = 'timeoutMs';
    const timeoutMs = r.int32();
    const o: ElectLeadersRequest = { electionType, topicPartitions, timeoutMs, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'ElectLeadersRequest', 43, v);
  }
}

export function sizeElectLeadersRequest(o: ElectLeadersRequest, v: number): number {
  const flex = v >= 2;
  if (!(v >= 1) && !(o.electionType === 0)) throw absentField('electionType', v);
  let s = 4;
  if (v >= 1) s += 1;
  s += sizeOf.nullableArray(flex, o.topicPartitions, sizeElectLeadersRequestTopicPartitions, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeElectLeadersRequest(w: Writer, o: ElectLeadersRequest, v: number): void {
  const flex = v >= 2;
  if (v >= 1) w.int8(o.electionType);
  w.nullableArray(flex, o.topicPartitions, writeElectLeadersRequestTopicPartitions, v);
  w.int32(o.timeoutMs);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes ElectLeadersRequest in place. */
export function encodeElectLeadersRequest(o: ElectLeadersRequest, v: number): Buffer {
  return encodeWith(sizeElectLeadersRequest, writeElectLeadersRequest, o, v, 0, 2, 'ElectLeadersRequest');
}

/** TopicPartitions (in ElectLeadersRequest). */
export interface ElectLeadersRequestTopicPartitions {
  /** The name of a topic. Versions 0-2. */
  topic: string;
  /** The partitions of this topic whose leader should be elected. Versions 0-2. */
  partitions: number[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeElectLeadersRequestTopicPartitions(r: Reader, v: number): ElectLeadersRequestTopicPartitions {
  const flex = v >= 2;
  let at = '';
  try {
    at = 'topic';
    const topic = (flex ? r.compactString() : r.string());
    at = 'partitions';
    const partitions = r.array(flex, elements.int32, v, 4);
    const o: ElectLeadersRequestTopicPartitions = { topic, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeElectLeadersRequestTopicPartitions(o: ElectLeadersRequestTopicPartitions, v: number): number {
  const flex = v >= 2;
  let s = 0;
  s += (flex ? sizeOf.compactString(o.topic) : sizeOf.string(o.topic));
  s += sizeOf.fixedArray(flex, o.partitions, 4);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeElectLeadersRequestTopicPartitions(w: Writer, o: ElectLeadersRequestTopicPartitions, v: number): void {
  const flex = v >= 2;
  (flex ? w.compactString(o.topic) : w.string(o.topic));
  w.array(flex, o.partitions, elementWriters.int32, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** ElectLeadersResponse, versions 0-2. */
export interface ElectLeadersResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0-2. */
  throttleTimeMs: number;
  /** The top level response error code. Versions 1-2. */
  errorCode: number;
  /** The election results, or an empty array if the requester did not have permission and the request asks for all partitions. Versions 0-2. */
  replicaElectionResults: ElectLeadersResponseReplicaElectionResult[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeElectLeadersResponse(r: Reader, v: number): ElectLeadersResponse {
  const flex = v >= 2;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 2);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'errorCode';
    const errorCode = v >= 1 ? r.int16() : 0;
    at = 'replicaElectionResults';
    const replicaElectionResults = r.array(flex, decodeElectLeadersResponseReplicaElectionResult, v, 2);
    const o: ElectLeadersResponse = { throttleTimeMs, errorCode, replicaElectionResults, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'ElectLeadersResponse', 43, v);
  }
}

export function sizeElectLeadersResponse(o: ElectLeadersResponse, v: number): number {
  const flex = v >= 2;
  if (!(v >= 1) && !(o.errorCode === 0)) throw absentField('errorCode', v);
  let s = 4;
  if (v >= 1) s += 2;
  s += sizeOf.array(flex, o.replicaElectionResults, sizeElectLeadersResponseReplicaElectionResult, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeElectLeadersResponse(w: Writer, o: ElectLeadersResponse, v: number): void {
  const flex = v >= 2;
  w.int32(o.throttleTimeMs);
  if (v >= 1) w.int16(o.errorCode);
  w.array(flex, o.replicaElectionResults, writeElectLeadersResponseReplicaElectionResult, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes ElectLeadersResponse in place. */
export function encodeElectLeadersResponse(o: ElectLeadersResponse, v: number): Buffer {
  return encodeWith(sizeElectLeadersResponse, writeElectLeadersResponse, o, v, 0, 2, 'ElectLeadersResponse');
}

/** ReplicaElectionResult (in ElectLeadersResponse). */
export interface ElectLeadersResponseReplicaElectionResult {
  /** The topic name. Versions 0-2. */
  topic: string;
  /** The results for each partition. Versions 0-2. */
  partitionResult: ElectLeadersResponsePartitionResult[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeElectLeadersResponseReplicaElectionResult(r: Reader, v: number): ElectLeadersResponseReplicaElectionResult {
  const flex = v >= 2;
  let at = '';
  try {
    at = 'topic';
    const topic = (flex ? r.compactString() : r.string());
    at = 'partitionResult';
    const partitionResult = r.array(flex, decodeElectLeadersResponsePartitionResult, v, 7);
    const o: ElectLeadersResponseReplicaElectionResult = { topic, partitionResult, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeElectLeadersResponseReplicaElectionResult(o: ElectLeadersResponseReplicaElectionResult, v: number): number {
  const flex = v >= 2;
  let s = 0;
  s += (flex ? sizeOf.compactString(o.topic) : sizeOf.string(o.topic));
  s += sizeOf.array(flex, o.partitionResult, sizeElectLeadersResponsePartitionResult, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeElectLeadersResponseReplicaElectionResult(w: Writer, o: ElectLeadersResponseReplicaElectionResult, v: number): void {
  const flex = v >= 2;
  (flex ? w.compactString(o.topic) : w.string(o.topic));
  w.array(flex, o.partitionResult, writeElectLeadersResponsePartitionResult, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** PartitionResult (in ElectLeadersResponse). */
export interface ElectLeadersResponsePartitionResult {
  /** The partition id. Versions 0-2. */
  partitionId: number;
  /** The result error, or zero if there was no error. Versions 0-2. */
  errorCode: number;
  /** The result message, or null if there was no error. Versions 0-2, nullable 0-2. */
  errorMessage: string | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeElectLeadersResponsePartitionResult(r: Reader, v: number): ElectLeadersResponsePartitionResult {
  const flex = v >= 2;
  let at = '';
  try {
    at = 'partitionId';
    const partitionId = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'errorMessage';
    const errorMessage = (flex ? r.compactNullableString() : r.nullableString());
    const o: ElectLeadersResponsePartitionResult = { partitionId, errorCode, errorMessage, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeElectLeadersResponsePartitionResult(o: ElectLeadersResponsePartitionResult, v: number): number {
  const flex = v >= 2;
  let s = 6;
  s += (flex ? sizeOf.compactNullableString(o.errorMessage) : sizeOf.nullableString(o.errorMessage));
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeElectLeadersResponsePartitionResult(w: Writer, o: ElectLeadersResponsePartitionResult, v: number): void {
  const flex = v >= 2;
  w.int32(o.partitionId);
  w.int16(o.errorCode);
  (flex ? w.compactNullableString(o.errorMessage) : w.nullableString(o.errorMessage));
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** What a policy reads from ElectLeadersRequest; everything else is skipped. */
export interface ElectLeadersRequestPeek {
  topicPartitions: ElectLeadersRequestTopicPartitionsPeek[] | null;
}

export function peekElectLeadersRequest(r: Reader, v: number): ElectLeadersRequestPeek {
  const flex = v >= 2;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 2);
    at = 'electionType';
    if (v >= 1) r.skip(1);
    at = 'topicPartitions';
    const f1 = r.nullableArray(flex, peekElectLeadersRequestTopicPartitions, v, 2);
    at = 'timeoutMs';
    r.skip(4);
    if (flex) r.skipTaggedFields();
    return { topicPartitions: f1 };
  } catch (e) {
    throw failedIn(e, at, r, 'ElectLeadersRequest', 43, v);
  }
}

/** What a policy reads from TopicPartitions in ElectLeadersRequest; everything else is skipped. */
export interface ElectLeadersRequestTopicPartitionsPeek {
  topic: string;
}

export function peekElectLeadersRequestTopicPartitions(r: Reader, v: number): ElectLeadersRequestTopicPartitionsPeek {
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
