// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   AlterPartitionReassignmentsRequest.json
//   AlterPartitionReassignmentsResponse.json

import { Reader, Writer, elementWriters, elements, sizeOf, skip } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { absentField, checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** AlterPartitionReassignmentsRequest, versions 0-1. */
export interface AlterPartitionReassignmentsRequest {
  /** The time in ms to wait for the request to complete. Versions 0-1. */
  timeoutMs: number;
  /** The option indicating whether changing the replication factor of any given partition as part of this request is a valid move. Versions 1. */
  allowReplicationFactorChange: boolean;
  /** The topics to reassign. Versions 0-1. */
  topics: AlterPartitionReassignmentsRequestReassignableTopic[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAlterPartitionReassignmentsRequest(r: Reader, v: number): AlterPartitionReassignmentsRequest {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 1);
    at = 'timeoutMs';
    const timeoutMs = r.int32();
    at = 'allowReplicationFactorChange';
    const allowReplicationFactorChange = v >= 1 ? r.bool() : true;
    at = 'topics';
    const topics = r.array(true, decodeAlterPartitionReassignmentsRequestReassignableTopic, v, 3);
    const o: AlterPartitionReassignmentsRequest = { timeoutMs, allowReplicationFactorChange, topics, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'AlterPartitionReassignmentsRequest', 45, v);
  }
}

export function sizeAlterPartitionReassignmentsRequest(o: AlterPartitionReassignmentsRequest, v: number): number {
  if (!(v >= 1) && !(o.allowReplicationFactorChange === true)) throw absentField('allowReplicationFactorChange', v);
  let s = 4;
  if (v >= 1) s += 1;
  s += sizeOf.array(true, o.topics, sizeAlterPartitionReassignmentsRequestReassignableTopic, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeAlterPartitionReassignmentsRequest(w: Writer, o: AlterPartitionReassignmentsRequest, v: number): void {
  w.int32(o.timeoutMs);
  if (v >= 1) w.bool(o.allowReplicationFactorChange);
  w.array(true, o.topics, writeAlterPartitionReassignmentsRequestReassignableTopic, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes AlterPartitionReassignmentsRequest in place. */
export function encodeAlterPartitionReassignmentsRequest(o: AlterPartitionReassignmentsRequest, v: number): Buffer {
  return encodeWith(sizeAlterPartitionReassignmentsRequest, writeAlterPartitionReassignmentsRequest, o, v, 0, 1, 'AlterPartitionReassignmentsRequest');
}

/** ReassignableTopic (in AlterPartitionReassignmentsRequest). */
export interface AlterPartitionReassignmentsRequestReassignableTopic {
  /** The topic name. Versions 0-1. */
  name: string;
  /** The partitions to reassign. Versions 0-1. */
  partitions: AlterPartitionReassignmentsRequestReassignablePartition[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAlterPartitionReassignmentsRequestReassignableTopic(r: Reader, v: number): AlterPartitionReassignmentsRequestReassignableTopic {
  let at = '';
  try {
    at = 'name';
    const name = r.compactString();
    at = 'partitions';
    const partitions = r.array(true, decodeAlterPartitionReassignmentsRequestReassignablePartition, v, 6);
    const o: AlterPartitionReassignmentsRequestReassignableTopic = { name, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeAlterPartitionReassignmentsRequestReassignableTopic(o: AlterPartitionReassignmentsRequestReassignableTopic, v: number): number {
  let s = 0;
  s += sizeOf.compactString(o.name);
  s += sizeOf.array(true, o.partitions, sizeAlterPartitionReassignmentsRequestReassignablePartition, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeAlterPartitionReassignmentsRequestReassignableTopic(w: Writer, o: AlterPartitionReassignmentsRequestReassignableTopic, v: number): void {
  w.compactString(o.name);
  w.array(true, o.partitions, writeAlterPartitionReassignmentsRequestReassignablePartition, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** ReassignablePartition (in AlterPartitionReassignmentsRequest). */
export interface AlterPartitionReassignmentsRequestReassignablePartition {
  /** The partition index. Versions 0-1. */
  partitionIndex: number;
  /** The replicas to place the partitions on, or null to cancel a pending reassignment for this partition. Versions 0-1, nullable 0-1. */
  replicas: number[] | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAlterPartitionReassignmentsRequestReassignablePartition(r: Reader, v: number): AlterPartitionReassignmentsRequestReassignablePartition {
  let at = '';
  try {
    at = 'partitionIndex';
    const partitionIndex = r.int32();
    at = 'replicas';
    const replicas = r.nullableArray(true, elements.int32, v, 4);
    const o: AlterPartitionReassignmentsRequestReassignablePartition = { partitionIndex, replicas, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeAlterPartitionReassignmentsRequestReassignablePartition(o: AlterPartitionReassignmentsRequestReassignablePartition, _v: number): number {
  let s = 4;
  s += sizeOf.fixedArray(true, o.replicas, 4);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeAlterPartitionReassignmentsRequestReassignablePartition(w: Writer, o: AlterPartitionReassignmentsRequestReassignablePartition, v: number): void {
  w.int32(o.partitionIndex);
  w.nullableArray(true, o.replicas, elementWriters.int32, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** AlterPartitionReassignmentsResponse, versions 0-1. */
export interface AlterPartitionReassignmentsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0-1. */
  throttleTimeMs: number;
  /** The option indicating whether changing the replication factor of any given partition as part of the request was allowed. Versions 1. */
  allowReplicationFactorChange: boolean;
  /** The top-level error code, or 0 if there was no error. Versions 0-1. */
  errorCode: number;
  /** The top-level error message, or null if there was no error. Versions 0-1, nullable 0-1. */
  errorMessage: string | null;
  /** The responses to topics to reassign. Versions 0-1. */
  responses: AlterPartitionReassignmentsResponseReassignableTopicResponse[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAlterPartitionReassignmentsResponse(r: Reader, v: number): AlterPartitionReassignmentsResponse {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 1);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'allowReplicationFactorChange';
    const allowReplicationFactorChange = v >= 1 ? r.bool() : true;
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'errorMessage';
    const errorMessage = r.compactNullableString();
    at = 'responses';
    const responses = r.array(true, decodeAlterPartitionReassignmentsResponseReassignableTopicResponse, v, 3);
    const o: AlterPartitionReassignmentsResponse = { throttleTimeMs, allowReplicationFactorChange, errorCode, errorMessage, responses, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'AlterPartitionReassignmentsResponse', 45, v);
  }
}

export function sizeAlterPartitionReassignmentsResponse(o: AlterPartitionReassignmentsResponse, v: number): number {
  let s = 6;
  if (v >= 1) s += 1;
  s += sizeOf.compactNullableString(o.errorMessage);
  s += sizeOf.array(true, o.responses, sizeAlterPartitionReassignmentsResponseReassignableTopicResponse, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeAlterPartitionReassignmentsResponse(w: Writer, o: AlterPartitionReassignmentsResponse, v: number): void {
  w.int32(o.throttleTimeMs);
  if (v >= 1) w.bool(o.allowReplicationFactorChange);
  w.int16(o.errorCode);
  w.compactNullableString(o.errorMessage);
  w.array(true, o.responses, writeAlterPartitionReassignmentsResponseReassignableTopicResponse, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes AlterPartitionReassignmentsResponse in place. */
export function encodeAlterPartitionReassignmentsResponse(o: AlterPartitionReassignmentsResponse, v: number): Buffer {
  return encodeWith(sizeAlterPartitionReassignmentsResponse, writeAlterPartitionReassignmentsResponse, o, v, 0, 1, 'AlterPartitionReassignmentsResponse');
}

/** ReassignableTopicResponse (in AlterPartitionReassignmentsResponse). */
export interface AlterPartitionReassignmentsResponseReassignableTopicResponse {
  /** The topic name. Versions 0-1. */
  name: string;
  /** The responses to partitions to reassign. Versions 0-1. */
  partitions: AlterPartitionReassignmentsResponseReassignablePartitionResponse[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAlterPartitionReassignmentsResponseReassignableTopicResponse(r: Reader, v: number): AlterPartitionReassignmentsResponseReassignableTopicResponse {
  let at = '';
  try {
    at = 'name';
    const name = r.compactString();
    at = 'partitions';
    const partitions = r.array(true, decodeAlterPartitionReassignmentsResponseReassignablePartitionResponse, v, 8);
    const o: AlterPartitionReassignmentsResponseReassignableTopicResponse = { name, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeAlterPartitionReassignmentsResponseReassignableTopicResponse(o: AlterPartitionReassignmentsResponseReassignableTopicResponse, v: number): number {
  let s = 0;
  s += sizeOf.compactString(o.name);
  s += sizeOf.array(true, o.partitions, sizeAlterPartitionReassignmentsResponseReassignablePartitionResponse, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeAlterPartitionReassignmentsResponseReassignableTopicResponse(w: Writer, o: AlterPartitionReassignmentsResponseReassignableTopicResponse, v: number): void {
  w.compactString(o.name);
  w.array(true, o.partitions, writeAlterPartitionReassignmentsResponseReassignablePartitionResponse, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** ReassignablePartitionResponse (in AlterPartitionReassignmentsResponse). */
export interface AlterPartitionReassignmentsResponseReassignablePartitionResponse {
  /** The partition index. Versions 0-1. */
  partitionIndex: number;
  /** The error code for this partition, or 0 if there was no error. Versions 0-1. */
  errorCode: number;
  /** The error message for this partition, or null if there was no error. Versions 0-1, nullable 0-1. */
  errorMessage: string | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAlterPartitionReassignmentsResponseReassignablePartitionResponse(r: Reader, v: number): AlterPartitionReassignmentsResponseReassignablePartitionResponse {
  let at = '';
  try {
    at = 'partitionIndex';
    const partitionIndex = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'errorMessage';
    const errorMessage = r.compactNullableString();
    const o: AlterPartitionReassignmentsResponseReassignablePartitionResponse = { partitionIndex, errorCode, errorMessage, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeAlterPartitionReassignmentsResponseReassignablePartitionResponse(o: AlterPartitionReassignmentsResponseReassignablePartitionResponse, _v: number): number {
  let s = 6;
  s += sizeOf.compactNullableString(o.errorMessage);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeAlterPartitionReassignmentsResponseReassignablePartitionResponse(w: Writer, o: AlterPartitionReassignmentsResponseReassignablePartitionResponse, _v: number): void {
  w.int32(o.partitionIndex);
  w.int16(o.errorCode);
  w.compactNullableString(o.errorMessage);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** What a policy reads from AlterPartitionReassignmentsRequest; everything else is skipped. */
export interface AlterPartitionReassignmentsRequestPeek {
  topics: AlterPartitionReassignmentsRequestReassignableTopicPeek[];
}

export function peekAlterPartitionReassignmentsRequest(r: Reader, v: number): AlterPartitionReassignmentsRequestPeek {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 1);
    at = 'timeoutMs';
    r.skip(4);
    at = 'allowReplicationFactorChange';
    if (v >= 1) r.skip(1);
    at = 'topics';
    const f2 = r.array(true, peekAlterPartitionReassignmentsRequestReassignableTopic, v, 3);
    r.skipTaggedFields();
    return { topics: f2 };
  } catch (e) {
    throw failedIn(e, at, r, 'AlterPartitionReassignmentsRequest', 45, v);
  }
}

/** What a policy reads from ReassignableTopic in AlterPartitionReassignmentsRequest; everything else is skipped. */
export interface AlterPartitionReassignmentsRequestReassignableTopicPeek {
  name: string;
}

export function peekAlterPartitionReassignmentsRequestReassignableTopic(r: Reader, v: number): AlterPartitionReassignmentsRequestReassignableTopicPeek {
  let at = '';
  try {
    at = 'name';
    const f0 = r.compactString();
    at = 'partitions';
    skip.array(r, true, skipAlterPartitionReassignmentsRequestReassignablePartition, v, 6, false);
    r.skipTaggedFields();
    return { name: f0 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

function skipAlterPartitionReassignmentsRequestReassignablePartition(r: Reader, _v: number): void {
  r.skip(4);
  skip.fixedArray(r, true, 4, true);
  r.skipTaggedFields();
}
