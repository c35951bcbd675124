// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   DeleteShareGroupOffsetsRequest.json
//   DeleteShareGroupOffsetsResponse.json

import { Reader, Writer, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** DeleteShareGroupOffsetsRequest, versions 0. */
export interface DeleteShareGroupOffsetsRequest {
  /** The group identifier. Versions 0. */
  groupId: string;
  /** The topics to delete offsets for. Versions 0. */
  topics: DeleteShareGroupOffsetsRequestTopic[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDeleteShareGroupOffsetsRequest(r: Reader, v: number): DeleteShareGroupOffsetsRequest {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'groupId';
    const groupId = r.compactString();
    at = 'topics';
    const topics = r.array(true, decodeDeleteShareGroupOffsetsRequestTopic, v, 2);
    const o: DeleteShareGroupOffsetsRequest = { groupId, topics, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'DeleteShareGroupOffsetsRequest', 92, v);
  }
}

export function sizeDeleteShareGroupOffsetsRequest(o: DeleteShareGroupOffsetsRequest, v: number): number {
  let s = 0;
  s += sizeOf.compactString(o.groupId);
  s += sizeOf.array(true, o.topics, sizeDeleteShareGroupOffsetsRequestTopic, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDeleteShareGroupOffsetsRequest(w: Writer, o: DeleteShareGroupOffsetsRequest, v: number): void {
  w.compactString(o.groupId);
  w.array(true, o.topics, writeDeleteShareGroupOffsetsRequestTopic, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes DeleteShareGroupOffsetsRequest in place. */
export function encodeDeleteShareGroupOffsetsRequest(o: DeleteShareGroupOffsetsRequest, v: number): Buffer {
  return encodeWith(sizeDeleteShareGroupOffsetsRequest, writeDeleteShareGroupOffsetsRequest, o, v, 0, 0, 'DeleteShareGroupOffsetsRequest');
}

/** DeleteShareGroupOffsetsRequestTopic (in DeleteShareGroupOffsetsRequest). */
export interface DeleteShareGroupOffsetsRequestTopic {
  /** The topic name. Versions 0. */
  topicName: string;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDeleteShareGroupOffsetsRequestTopic(r: Reader, v: number): DeleteShareGroupOffsetsRequestTopic {
  let at = '';
  try {
    at = 'topicName';
    const topicName = r.compactString();
    const o: DeleteShareGroupOffsetsRequestTopic = { topicName, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDeleteShareGroupOffsetsRequestTopic(o: DeleteShareGroupOffsetsRequestTopic, _v: number): number {
  let s = 0;
  s += sizeOf.compactString(o.topicName);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDeleteShareGroupOffsetsRequestTopic(w: Writer, o: DeleteShareGroupOffsetsRequestTopic, _v: number): void {
  w.compactString(o.topicName);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** DeleteShareGroupOffsetsResponse, versions 0. */
export interface DeleteShareGroupOffsetsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0. */
  throttleTimeMs: number;
  /** The top-level error code, or 0 if there was no error. Versions 0. */
  errorCode: number;
  /** The top-level error message, or null if there was no error. Versions 0, nullable 0. */
  errorMessage: string | null;
  /** The results for each topic. Versions 0. */
  responses: DeleteShareGroupOffsetsResponseTopic[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDeleteShareGroupOffsetsResponse(r: Reader, v: number): DeleteShareGroupOffsetsResponse {
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
    const responses = r.array(true, decodeDeleteShareGroupOffsetsResponseTopic, v, 21);
    const o: DeleteShareGroupOffsetsResponse = { throttleTimeMs, errorCode, errorMessage, responses, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'DeleteShareGroupOffsetsResponse', 92, v);
  }
}

export function sizeDeleteShareGroupOffsetsResponse(o: DeleteShareGroupOffsetsResponse, v: number): number {
  let s = 6;
  s += sizeOf.compactNullableString(o.errorMessage);
  s += sizeOf.array(true, o.responses, sizeDeleteShareGroupOffsetsResponseTopic, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDeleteShareGroupOffsetsResponse(w: Writer, o: DeleteShareGroupOffsetsResponse, v: number): void {
  w.int32(o.throttleTimeMs);
  w.int16(o.errorCode);
  w.compactNullableString(o.errorMessage);
  w.array(true, o.responses, writeDeleteShareGroupOffsetsResponseTopic, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes DeleteShareGroupOffsetsResponse in place. */
export function encodeDeleteShareGroupOffsetsResponse(o: DeleteShareGroupOffsetsResponse, v: number): Buffer {
  return encodeWith(sizeDeleteShareGroupOffsetsResponse, writeDeleteShareGroupOffsetsResponse, o, v, 0, 0, 'DeleteShareGroupOffsetsResponse');
}

/** DeleteShareGroupOffsetsResponseTopic (in DeleteShareGroupOffsetsResponse). */
export interface DeleteShareGroupOffsetsResponseTopic {
  /** The topic name. Versions 0. */
  topicName: string;
  /** The unique topic ID. Versions 0. */
  topicId: string;
  /** The topic-level error code, or 0 if there was no error. Versions 0. */
  errorCode: number;
  /** The topic-level error message, or null if there was no error. Versions 0, nullable 0. */
  errorMessage: string | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDeleteShareGroupOffsetsResponseTopic(r: Reader, v: number): DeleteShareGroupOffsetsResponseTopic {
  let at = '';
  try {
    at = 'topicName';
    const topicName = r.compactString();
    at = 'topicId';
    const topicId = r.uuid();
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'errorMessage';
    const errorMessage = r.compactNullableString();
    const o: DeleteShareGroupOffsetsResponseTopic = { topicName, topicId, errorCode, errorMessage, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDeleteShareGroupOffsetsResponseTopic(o: DeleteShareGroupOffsetsResponseTopic, _v: number): number {
  let s = 18;
  s += sizeOf.compactString(o.topicName);
  s += sizeOf.compactNullableString(o.errorMessage);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDeleteShareGroupOffsetsResponseTopic(w: Writer, o: DeleteShareGroupOffsetsResponseTopic, _v: number): void {
  w.compactString(o.topicName);
  w.uuid(o.topicId);
  w.int16(o.errorCode);
  w.compactNullableString(o.errorMessage);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** What a policy reads from DeleteShareGroupOffsetsRequest; everything else is skipped. */
export interface DeleteShareGroupOffsetsRequestPeek {
  groupId: string;
  topics: DeleteShareGroupOffsetsRequestTopicPeek[];
}

export function peekDeleteShareGroupOffsetsRequest(r: Reader, v: number): DeleteShareGroupOffsetsRequestPeek {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'groupId';
    const f0 = r.compactString();
    at = 'topics';
    const f1 = r.array(true, peekDeleteShareGroupOffsetsRequestTopic, v, 2);
    r.skipTaggedFields();
    return { groupId: f0, topics: f1 };
  } catch (e) {
    throw failedIn(e, at, r, 'DeleteShareGroupOffsetsRequest', 92, v);
  }
}

/** What a policy reads from DeleteShareGroupOffsetsRequestTopic in DeleteShareGroupOffsetsRequest; everything else is skipped. */
export interface DeleteShareGroupOffsetsRequestTopicPeek {
  topicName: string;
}

export function peekDeleteShareGroupOffsetsRequestTopic(r: Reader, _v: number): DeleteShareGroupOffsetsRequestTopicPeek {
  let at = '';
  try {
    at = 'topicName';
    const f0 = r.compactString();
    r.skipTaggedFields();
    return { topicName: f0 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}
