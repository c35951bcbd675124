// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   ListPartitionReassignmentsRequest.json
//   ListPartitionReassignmentsResponse.json

import { Reader, Writer, elementWriters, elements, sizeOf, skip } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** ListPartitionReassignmentsRequest, versions 0. */
export interface ListPartitionReassignmentsRequest {
  /** The time in ms to wait for the request to complete. Versions 0. */
  timeoutMs: number;
  /** The topics to list partition reassignments for, or null to list everything. Versions 0, nullable 0. */
  topics: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics[] | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeListPartitionReassignmentsRequest(r: Reader, v: number): ListPartitionReassignmentsRequest {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'timeoutMs';
    const timeoutMs = r.int32();
    at = 'topics';
    const topics = r.nullableArray(true, decodeListPartitionReassignmentsRequestListPartitionReassignmentsTopics, v, 3);
    const o: ListPartitionReassignmentsRequest = { timeoutMs, topics, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'ListPartitionReassignmentsRequest', 46, v);
  }
}

export function sizeListPartitionReassignmentsRequest(o: ListPartitionReassignmentsRequest, v: number): number {
  let s = 4;
  s += sizeOf.nullableArray(true, o.topics, sizeListPartitionReassignmentsRequestListPartitionReassignmentsTopics, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeListPartitionReassignmentsRequest(w: Writer, o: ListPartitionReassignmentsRequest, v: number): void {
  w.int32(o.timeoutMs);
  w.nullableArray(true, o.topics, writeListPartitionReassignmentsRequestListPartitionReassignmentsTopics, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes ListPartitionReassignmentsRequest in place. */
export function encodeListPartitionReassignmentsRequest(o: ListPartitionReassignmentsRequest, v: number): Buffer {
  return encodeWith(sizeListPartitionReassignmentsRequest, writeListPartitionReassignmentsRequest, o, v, 0, 0, 'ListPartitionReassignmentsRequest');
}

/** ListPartitionReassignmentsTopics (in ListPartitionReassignmentsRequest). */
export interface ListPartitionReassignmentsRequestListPartitionReassignmentsTopics {
  /** The topic name. Versions 0. */
  name: string;
  /** The partitions to list partition reassignments for. Versions 0. */
  partitionIndexes: number[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeListPartitionReassignmentsRequestListPartitionReassignmentsTopics(r: Reader, v: number): ListPartitionReassignmentsRequestListPartitionReassignmentsTopics {
  let at = '';
  try {
    at = 'name';
    const name = r.compactString();
    at = 'partitionIndexes';
    const partitionIndexes = r.array(true, elements.int32, v, 4);
    const o: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics = { name, partitionIndexes, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeListPartitionReassignmentsRequestListPartitionReassignmentsTopics(o: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics, _v: number): number {
  let s = 0;
  s += sizeOf.compactString(o.name);
  s += sizeOf.fixedArray(true, o.partitionIndexes, 4);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeListPartitionReassignmentsRequestListPartitionReassignmentsTopics(w: Writer, o: ListPartitionReassignmentsRequestListPartitionReassignmentsTopics, v: number): void {
  w.compactString(o.name);
  w.array(true, o.partitionIndexes, elementWriters.int32, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** ListPartitionReassignmentsResponse, versions 0. */
export interface ListPartitionReassignmentsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0. */
  throttleTimeMs: number;
  /** The top-level error code, or 0 if there was no error. Versions 0. */
  errorCode: number;
  /** The top-level error message, or null if there was no error. Versions 0, nullable 0. */
  errorMessage: string | null;
  /** The ongoing reassignments for each topic. Versions 0. */
  topics: ListPartitionReassignmentsResponseOngoingTopicReassignment[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeListPartitionReassignmentsResponse(r: Reader, v: number): ListPartitionReassignmentsResponse {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'errorMessage';
    const errorMessage = r.compactNullableString();
    at = 'topics';
    const topics = r.array(true, decodeListPartitionReassignmentsResponseOngoingTopicReassignment, v, 3);
    const o: ListPartitionReassignmentsResponse = { throttleTimeMs, errorCode, errorMessage, topics, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'ListPartitionReassignmentsResponse', 46, v);
  }
}

export function sizeListPartitionReassignmentsResponse(o: ListPartitionReassignmentsResponse, v: number): number {
  let s = 6;
  s += sizeOf.compactNullableString(o.errorMessage);
  s += sizeOf.array(true, o.topics, sizeListPartitionReassignmentsResponseOngoingTopicReassignment, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeListPartitionReassignmentsResponse(w: Writer, o: ListPartitionReassignmentsResponse, v: number): void {
  w.int32(o.throttleTimeMs);
  w.int16(o.errorCode);
  w.compactNullableString(o.errorMessage);
  w.array(true, o.topics, writeListPartitionReassignmentsResponseOngoingTopicReassignment, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes ListPartitionReassignmentsResponse in place. */
export function encodeListPartitionReassignmentsResponse(o: ListPartitionReassignmentsResponse, v: number): Buffer {
  return encodeWith(sizeListPartitionReassignmentsResponse, writeListPartitionReassignmentsResponse, o, v, 0, 0, 'ListPartitionReassignmentsResponse');
}

/** OngoingTopicReassignment (in ListPartitionReassignmentsResponse). */
export interface ListPartitionReassignmentsResponseOngoingTopicReassignment {
  /** The topic name. Versions 0. */
  name: string;
  /** The ongoing reassignments for each partition. Versions 0. */
  partitions: ListPartitionReassignmentsResponseOngoingPartitionReassignment[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeListPartitionReassignmentsResponseOngoingTopicReassignment(r: Reader, v: number): ListPartitionReassignmentsResponseOngoingTopicReassignment {
  let at = '';
  try {
    at = 'name';
    const name = r.compactString();
    at = 'partitions';
    const partitions = r.array(true, decodeListPartitionReassignmentsResponseOngoingPartitionReassignment, v, 8);
    const o: ListPartitionReassignmentsResponseOngoingTopicReassignment = { name, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeListPartitionReassignmentsResponseOngoingTopicReassignment(o: ListPartitionReassignmentsResponseOngoingTopicReassignment, v: number): number {
  let s = 0;
  s += sizeOf.compactString(o.name);
  s += sizeOf.array(true, o.partitions, sizeListPartitionReassignmentsResponseOngoingPartitionReassignment, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeListPartitionReassignmentsResponseOngoingTopicReassignment(w: Writer, o: ListPartitionReassignmentsResponseOngoingTopicReassignment, v: number): void {
  w.compactString(o.name);
  w.array(true, o.partitions, writeListPartitionReassignmentsResponseOngoingPartitionReassignment, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** OngoingPartitionReassignment (in ListPartitionReassignmentsResponse). */
export interface ListPartitionReassignmentsResponseOngoingPartitionReassignment {
  /** The index of the partition. Versions 0. */
  partitionIndex: number;
  /** The current replica set. Versions 0. */
  replicas: number[];
  /** The set of replicas we are currently adding. Versions 0. */
  addingReplicas: number[];
  /** The set of replicas we are currently removing. Versions 0. */
  removingReplicas: number[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeListPartitionReassignmentsResponseOngoingPartitionReassignment(r: Reader, v: number): ListPartitionReassignmentsResponseOngoingPartitionReassignment {
  let at = '';
  try {
    at = 'partitionIndex';
    const partitionIndex = r.int32();
    at = 'replicas';
    const replicas = r.array(true, elements.int32, v, 4);
    at = 'addingReplicas';
    const addingReplicas = r.array(true, elements.int32, v, 4);
    at = 'removingReplicas';
    const removingReplicas = r.array(true, elements.int32, v, 4);
    const o: ListPartitionReassignmentsResponseOngoingPartitionReassignment = { partitionIndex, replicas, addingReplicas, removingReplicas, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeListPartitionReassignmentsResponseOngoingPartitionReassignment(o: ListPartitionReassignmentsResponseOngoingPartitionReassignment, _v: number): number {
  let s = 4;
  s += sizeOf.fixedArray(true, o.replicas, 4);
  s += sizeOf.fixedArray(true, o.addingReplicas, 4);
  s += sizeOf.fixedArray(true, o.removingReplicas, 4);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeListPartitionReassignmentsResponseOngoingPartitionReassignment(w: Writer, o: ListPartitionReassignmentsResponseOngoingPartitionReassignment, v: number): void {
  w.int32(o.partitionIndex);
  w.array(true, o.replicas, elementWriters.int32, v);
  w.array(true, o.addingReplicas, elementWriters.int32, v);
  w.array(true, o.removingReplicas, elementWriters.int32, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** What a policy reads from ListPartitionReassignmentsRequest; everything else is skipped. */
export interface ListPartitionReassignmentsRequestPeek {
  topics: ListPartitionReassignmentsRequestListPartitionReassignmentsTopicsPeek[] | null;
}

export function peekListPartitionReassignmentsRequest(r: Reader, v: number): ListPartitionReassignmentsRequestPeek {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'timeoutMs';
    r.skip(4);
    at = 'topics';
    const f1 = r.nullableArray(true, peekListPartitionReassignmentsRequestListPartitionReassignmentsTopics, v, 3);
    r.skipTaggedFields();
    return { topics: f1 };
  } catch (e) {
    throw failedIn(e, at, r, 'ListPartitionReassignmentsRequest', 46, v);
  }
}

/** What a policy reads from ListPartitionReassignmentsTopics in ListPartitionReassignmentsRequest; everything else is skipped. */
export interface ListPartitionReassignmentsRequestListPartitionReassignmentsTopicsPeek {
  name: string;
}

export function peekListPartitionReassignmentsRequestListPartitionReassignmentsTopics(r: Reader, _v: number): ListPartitionReassignmentsRequestListPartitionReassignmentsTopicsPeek {
  let at = '';
  try {
    at = 'name';
    const f0 = r.compactString();
    at = 'partitionIndexes';
    skip.fixedArray(r, true, 4, false);
    r.skipTaggedFields();
    return { name: f0 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}
