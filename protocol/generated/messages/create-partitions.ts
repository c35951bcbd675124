// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   CreatePartitionsRequest.json
//   CreatePartitionsResponse.json

import { Reader, Writer, elementWriters, elements, sizeOf, skip } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** CreatePartitionsRequest, versions 0-3. */
export interface CreatePartitionsRequest {
  /** Each topic that we want to create new partitions inside. Versions 0-3. */
  topics: CreatePartitionsRequestCreatePartitionsTopic[];
  /** The time in ms to wait for the partitions to be created. Versions 0-3. */
  timeoutMs: number;
  /** If true, then validate the request, but don't actually increase the number of partitions. Versions 0-3. */
  validateOnly: boolean;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeCreatePartitionsRequest(r: Reader, v: number): CreatePartitionsRequest {
  const flex = v >= 2;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 3);
    at = 'topics';
    const topics = r.array(flex, decodeCreatePartitionsRequestCreatePartitionsTopic, v, 6);
    at = 'timeoutMs';
    const timeoutMs = r.int32();
    at = 'validateOnly';
    const validateOnly = r.bool();
    const o: CreatePartitionsRequest = { topics, timeoutMs, validateOnly, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'CreatePartitionsRequest', 37, v);
  }
}

export function sizeCreatePartitionsRequest(o: CreatePartitionsRequest, v: number): number {
  const flex = v >= 2;
  let s = 5;
  s += sizeOf.array(flex, o.topics, sizeCreatePartitionsRequestCreatePartitionsTopic, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeCreatePartitionsRequest(w: Writer, o: CreatePartitionsRequest, v: number): void {
  const flex = v >= 2;
  w.array(flex, o.topics, writeCreatePartitionsRequestCreatePartitionsTopic, v);
  w.int32(o.timeoutMs);
  w.bool(o.validateOnly);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes CreatePartitionsRequest in place. */
export function encodeCreatePartitionsRequest(o: CreatePartitionsRequest, v: number): Buffer {
  return encodeWith(sizeCreatePartitionsRequest, writeCreatePartitionsRequest, o, v, 0, 3, 'CreatePartitionsRequest');
}

/** CreatePartitionsTopic (in CreatePartitionsRequest). */
export interface CreatePartitionsRequestCreatePartitionsTopic {
  /** The topic name. Versions 0-3. */
  name: string;
  /** The new partition count. Versions 0-3. */
  count: number;
  /** The new partition assignments. Versions 0-3, nullable 0-3. */
  assignments: CreatePartitionsRequestCreatePartitionsAssignment[] | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeCreatePartitionsRequestCreatePartitionsTopic(r: Reader, v: number): CreatePartitionsRequestCreatePartitionsTopic {
  const flex = v >= 2;
  let at = '';
  try {
    at = 'name';
    const name = (flex ? r.compactString() : r.string());
    at = 'count';
    const count = r.int32();
    at = 'assignments';
    const assignments = r.nullableArray(flex, decodeCreatePartitionsRequestCreatePartitionsAssignment, v, 1);
    const o: CreatePartitionsRequestCreatePartitionsTopic = { name, count, assignments, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeCreatePartitionsRequestCreatePartitionsTopic(o: CreatePartitionsRequestCreatePartitionsTopic, v: number): number {
  const flex = v >= 2;
  let s = 4;
  s += (flex ? sizeOf.compactString(o.name) : sizeOf.string(o.name));
  s += sizeOf.nullableArray(flex, o.assignments, sizeCreatePartitionsRequestCreatePartitionsAssignment, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeCreatePartitionsRequestCreatePartitionsTopic(w: Writer, o: CreatePartitionsRequestCreatePartitionsTopic, v: number): void {
  const flex = v >= 2;
  (flex ? w.compactString(o.name) : w.string(o.name));
  w.int32(o.count);
  w.nullableArray(flex, o.assignments, writeCreatePartitionsRequestCreatePartitionsAssignment, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** CreatePartitionsAssignment (in CreatePartitionsRequest). */
export interface CreatePartitionsRequestCreatePartitionsAssignment {
  /** The assigned broker IDs. Versions 0-3. */
  brokerIds: number[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeCreatePartitionsRequestCreatePartitionsAssignment(r: Reader, v: number): CreatePartitionsRequestCreatePartitionsAssignment {
  const flex = v >= 2;
  let at = '';
  try {
    at = 'brokerIds';
    const brokerIds = r.array(flex, elements.int32, v, 4);
    const o: CreatePartitionsRequestCreatePartitionsAssignment = { brokerIds, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeCreatePartitionsRequestCreatePartitionsAssignment(o: CreatePartitionsRequestCreatePartitionsAssignment, v: number): number {
  const flex = v >= 2;
  let s = 0;
  s += sizeOf.fixedArray(flex, o.brokerIds, 4);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeCreatePartitionsRequestCreatePartitionsAssignment(w: Writer, o: CreatePartitionsRequestCreatePartitionsAssignment, v: number): void {
  const flex = v >= 2;
  w.array(flex, o.brokerIds, elementWriters.int32, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** CreatePartitionsResponse, versions 0-3. */
export interface CreatePartitionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0-3. */
  throttleTimeMs: number;
  /** The partition creation results for each topic. Versions 0-3. */
  results: CreatePartitionsResponseCreatePartitionsTopicResult[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeCreatePartitionsResponse(r: Reader, v: number): CreatePartitionsResponse {
  const flex = v >= 2;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 3);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'results';
    const results = r.array(flex, decodeCreatePartitionsResponseCreatePartitionsTopicResult, v, 4);
    const o: CreatePartitionsResponse = { throttleTimeMs, results, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'CreatePartitionsResponse', 37, v);
  }
}

export function sizeCreatePartitionsResponse(o: CreatePartitionsResponse, v: number): number {
  const flex = v >= 2;
  let s = 4;
  s += sizeOf.array(flex, o.results, sizeCreatePartitionsResponseCreatePartitionsTopicResult, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeCreatePartitionsResponse(w: Writer, o: CreatePartitionsResponse, v: number): void {
  const flex = v >= 2;
  w.int32(o.throttleTimeMs);
  w.array(flex, o.results, writeCreatePartitionsResponseCreatePartitionsTopicResult, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes CreatePartitionsResponse in place. */
export function encodeCreatePartitionsResponse(o: CreatePartitionsResponse, v: number): Buffer {
  return encodeWith(sizeCreatePartitionsResponse, writeCreatePartitionsResponse, o, v, 0, 3, 'CreatePartitionsResponse');
}

/** CreatePartitionsTopicResult (in CreatePartitionsResponse). */
export interface CreatePartitionsResponseCreatePartitionsTopicResult {
  /** The topic name. Versions 0-3. */
  name: string;
  /** The result error, or zero if there was no error. Versions 0-3. */
  errorCode: number;
  /** The result message, or null if there was no error. Versions 0-3, nullable 0-3. */
  errorMessage: string | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeCreatePartitionsResponseCreatePartitionsTopicResult(r: Reader, v: number): CreatePartitionsResponseCreatePartitionsTopicResult {
  const flex = v >= 2;
  let at = '';
  try {
    at = 'name';
    const name = (flex ? r.compactString() : r.string());
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'errorMessage';
    const errorMessage = (flex ? r.compactNullableString() : r.nullableString());
    const o: CreatePartitionsResponseCreatePartitionsTopicResult = { name, errorCode, errorMessage, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeCreatePartitionsResponseCreatePartitionsTopicResult(o: CreatePartitionsResponseCreatePartitionsTopicResult, v: number): number {
  const flex = v >= 2;
  let s = 2;
  s += (flex ? sizeOf.compactString(o.name) : sizeOf.string(o.name));
  s += (flex ? sizeOf.compactNullableString(o.errorMessage) : sizeOf.nullableString(o.errorMessage));
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeCreatePartitionsResponseCreatePartitionsTopicResult(w: Writer, o: CreatePartitionsResponseCreatePartitionsTopicResult, v: number): void {
  const flex = v >= 2;
  (flex ? w.compactString(o.name) : w.string(o.name));
  w.int16(o.errorCode);
  (flex ? w.compactNullableString(o.errorMessage) : w.nullableString(o.errorMessage));
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** What a policy reads from CreatePartitionsRequest; everything else is skipped. */
export interface CreatePartitionsRequestPeek {
  topics: CreatePartitionsRequestCreatePartitionsTopicPeek[];
}

export function peekCreatePartitionsRequest(r: Reader, v: number): CreatePartitionsRequestPeek {
  const flex = v >= 2;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 3);
    at = 'topics';
    const f0 = r.array(flex, peekCreatePartitionsRequestCreatePartitionsTopic, v, 6);
    at = 'timeoutMs';
    r.skip(4);
    at = 'validateOnly';
    r.skip(1);
    if (flex) r.skipTaggedFields();
    return { topics: f0 };
  } catch (e) {
    throw failedIn(e, at, r, 'CreatePartitionsRequest', 37, v);
  }
}

/** What a policy reads from CreatePartitionsTopic in CreatePartitionsRequest; everything else is skipped. */
export interface CreatePartitionsRequestCreatePartitionsTopicPeek {
  name: string;
}

export function peekCreatePartitionsRequestCreatePartitionsTopic(r: Reader, v: number): CreatePartitionsRequestCreatePartitionsTopicPeek {
  const flex = v >= 2;
  let at = '';
  try {
    at = 'name';
    const f0 = (flex ? r.compactString() : r.string());
    at = 'count';
    r.skip(4);
    at = 'assignments';
    skip.array(r, flex, skipCreatePartitionsRequestCreatePartitionsAssignment, v, 1, true);
    if (flex) r.skipTaggedFields();
    return { name: f0 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

function skipCreatePartitionsRequestCreatePartitionsAssignment(r: Reader, v: number): void {
  skip.fixedArray(r, (v >= 2), 4, false);
  if (v >= 2) r.skipTaggedFields();
}
