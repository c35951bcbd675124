// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   DeleteTopicsRequest.json
//   DeleteTopicsResponse.json

import { Reader, Writer, elementSizers, elementWriters, elements, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { ZERO_UUID, absentField, checkDecodeVersion, encodeWith, failedAt, failedIn, notNull } from '../../primitives/codec-runtime.js';

/** DeleteTopicsRequest, versions 1-6. */
export interface DeleteTopicsRequest {
  /** The name or topic ID of the topic. Versions 6. */
  topics: DeleteTopicsRequestDeleteTopicState[];
  /** The names of the topics to delete. Versions 1-5. */
  topicNames: string[];
  /** The length of time in milliseconds to wait for the deletions to complete. Versions 1-6. */
  timeoutMs: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDeleteTopicsRequest(r: Reader, v: number): DeleteTopicsRequest {
  const flex = v >= 4;
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 6);
    at = 'topics';
    const topics = v >= 6 ? r.array(true, decodeDeleteTopicsRequestDeleteTopicState, v, 18) : [];
    at = 'topicNames';
    const topicNames = v <= 5 ? r.array(flex, (flex ? elements.compactString : elements.string), v, 1) : [];
    at = 'timeoutMs';
    const timeoutMs = r.int32();
    const o: DeleteTopicsRequest = { topics, topicNames, timeoutMs, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'DeleteTopicsRequest', 20, v);
  }
}

export function sizeDeleteTopicsRequest(o: DeleteTopicsRequest, v: number): number {
  const flex = v >= 4;
  if (!(v >= 6) && !(o.topics.length === 0)) throw absentField('topics', v);
  let s = 4;
  if (v >= 6) s += sizeOf.array(true, o.topics, sizeDeleteTopicsRequestDeleteTopicState, v);
  if (v <= 5) s += sizeOf.array(flex, o.topicNames, (flex ? elementSizers.compactString : elementSizers.string), v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeDeleteTopicsRequest(w: Writer, o: DeleteTopicsRequest, v: number): void {
  const flex = v >= 4;
  if (v >= 6) w.array(true, o.topics, writeDeleteTopicsRequestDeleteTopicState, v);
  if (v <= 5) w.array(flex, o.topicNames, (flex ? elementWriters.compactString : elementWriters.string), v);
  w.int32(o.timeoutMs);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes DeleteTopicsRequest in place. */
export function encodeDeleteTopicsRequest(o: DeleteTopicsRequest, v: number): Buffer {
  return encodeWith(sizeDeleteTopicsRequest, writeDeleteTopicsRequest, o, v, 1, 6, 'DeleteTopicsRequest');
}

/** DeleteTopicState (in DeleteTopicsRequest). */
export interface DeleteTopicsRequestDeleteTopicState {
  /** The topic name. Versions 6, nullable 6. */
  name: string | null;
  /** The unique topic ID. Versions 6. */
  topicId: string;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDeleteTopicsRequestDeleteTopicState(r: Reader, v: number): DeleteTopicsRequestDeleteTopicState {
  let at = '';
  try {
    at = 'name';
    const name = r.compactNullableString();
    at = 'topicId';
    const topicId = r.uuid();
    const o: DeleteTopicsRequestDeleteTopicState = { name, topicId, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDeleteTopicsRequestDeleteTopicState(o: DeleteTopicsRequestDeleteTopicState, _v: number): number {
  let s = 16;
  s += sizeOf.compactNullableString(o.name);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDeleteTopicsRequestDeleteTopicState(w: Writer, o: DeleteTopicsRequestDeleteTopicState, _v: number): void {
  w.compactNullableString(o.name);
  w.uuid(o.topicId);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** DeleteTopicsResponse, versions 1-6. */
export interface DeleteTopicsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 1-6. */
  throttleTimeMs: number;
  /** The results for each topic we tried to delete. Versions 1-6. */
  responses: DeleteTopicsResponseDeletableTopicResult[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDeleteTopicsResponse(r: Reader, v: number): DeleteTopicsResponse {
  const flex = v >= 4;
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 6);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'responses';
    const responses = r.array(flex, decodeDeleteTopicsResponseDeletableTopicResult, v, 3);
    const o: DeleteTopicsResponse = { throttleTimeMs, responses, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'DeleteTopicsResponse', 20, v);
  }
}

export function sizeDeleteTopicsResponse(o: DeleteTopicsResponse, v: number): number {
  const flex = v >= 4;
  let s = 4;
  s += sizeOf.array(flex, o.responses, sizeDeleteTopicsResponseDeletableTopicResult, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeDeleteTopicsResponse(w: Writer, o: DeleteTopicsResponse, v: number): void {
  const flex = v >= 4;
  w.int32(o.throttleTimeMs);
  w.array(flex, o.responses, writeDeleteTopicsResponseDeletableTopicResult, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes DeleteTopicsResponse in place. */
export function encodeDeleteTopicsResponse(o: DeleteTopicsResponse, v: number): Buffer {
  return encodeWith(sizeDeleteTopicsResponse, writeDeleteTopicsResponse, o, v, 1, 6, 'DeleteTopicsResponse');
}

/** DeletableTopicResult (in DeleteTopicsResponse). */
export interface DeleteTopicsResponseDeletableTopicResult {
  /** The topic name. Versions 1-6, nullable 6. */
  name: string | null;
  /** The unique topic ID. Versions 6. */
  topicId: string;
  /** The deletion error, or 0 if the deletion succeeded. Versions 1-6. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions 5-6, nullable 5-6. */
  errorMessage: string | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDeleteTopicsResponseDeletableTopicResult(r: Reader, v: number): DeleteTopicsResponseDeletableTopicResult {
  const flex = v >= 4;
  let at = '';
  try {
    at = 'name';
    const name = (flex ? (v >= 6 ? r.compactNullableString() : r.compactString()) : (v >= 6 ? r.nullableString() : r.string()));
    at = 'topicId';
    const topicId = v >= 6 ? r.uuid() : ZERO_UUID;
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'errorMessage';
    const errorMessage = v >= 5 ? r.compactNullableString() : null;
    const o: DeleteTopicsResponseDeletableTopicResult = { name, topicId, errorCode, errorMessage, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDeleteTopicsResponseDeletableTopicResult(o: DeleteTopicsResponseDeletableTopicResult, v: number): number {
  const flex = v >= 4;
  let s = 2;
  s += (flex ? (v >= 6 ? sizeOf.compactNullableString(o.name) : sizeOf.compactString(notNull(o.name, 'name', v))) : (v >= 6 ? sizeOf.nullableString(o.name) : sizeOf.string(notNull(o.name, 'name', v))));
  if (v >= 6) s += 16;
  if (v >= 5) s += sizeOf.compactNullableString(o.errorMessage);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeDeleteTopicsResponseDeletableTopicResult(w: Writer, o: DeleteTopicsResponseDeletableTopicResult, v: number): void {
  const flex = v >= 4;
  (flex ? (v >= 6 ? w.compactNullableString(o.name) : w.compactString(notNull(o.name, 'name', v))) : (v >= 6 ? w.nullableString(o.name) : w.string(notNull(o.name, 'name', v))));
  if (v >= 6) w.uuid(o.topicId);
  w.int16(o.errorCode);
  if (v >= 5) w.compactNullableString(o.errorMessage);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** What a policy reads from DeleteTopicsRequest; everything else is skipped. */
export interface DeleteTopicsRequestPeek {
  topics: DeleteTopicsRequestDeleteTopicStatePeek[];
  topicNames: string[];
}

export function peekDeleteTopicsRequest(r: Reader, v: number): DeleteTopicsRequestPeek {
  const flex = v >= 4;
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 6);
    at = 'topics';
    const f0 = v >= 6 ? r.array(true, peekDeleteTopicsRequestDeleteTopicState, v, 18) : [];
    at = 'topicNames';
    const f1 = v <= 5 ? r.array(flex, (flex ? elements.compactString : elements.string), v, 1) : [];
    at = 'timeoutMs';
    r.skip(4);
    if (flex) r.skipTaggedFields();
    return { topics: f0, topicNames: f1 };
  } catch (e) {
    throw failedIn(e, at, r, 'DeleteTopicsRequest', 20, v);
  }
}

/** What a policy reads from DeleteTopicState in DeleteTopicsRequest; everything else is skipped. */
export interface DeleteTopicsRequestDeleteTopicStatePeek {
  name: string | null;
  topicId: string;
}

export function peekDeleteTopicsRequestDeleteTopicState(r: Reader, _v: number): DeleteTopicsRequestDeleteTopicStatePeek {
  let at = '';
  try {
    at = 'name';
    const f0 = r.compactNullableString();
    at = 'topicId';
    const f1 = r.uuid();
    r.skipTaggedFields();
    return { name: f0, topicId: f1 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}
