// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   DeleteGroupsRequest.json
//   DeleteGroupsResponse.json

import { Reader, Writer, elementSizers, elementWriters, elements, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** DeleteGroupsRequest, versions 0-2. */
export interface DeleteGroupsRequest {
  /** The group names to delete. Versions 0-2. */
  groupsNames: string[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDeleteGroupsRequest(r: Reader, v: number): DeleteGroupsRequest {
  const flex = v >= 2;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 2);
    at = 'groupsNames';
    const groupsNames = r.array(flex, (flex ? elements.compactString : elements.string), v, 1);
    const o: DeleteGroupsRequest = { groupsNames, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'DeleteGroupsRequest', 42, v);
  }
}

export function sizeDeleteGroupsRequest(o: DeleteGroupsRequest, v: number): number {
  const flex = v >= 2;
  let s = 0;
  s += sizeOf.array(flex, o.groupsNames, (flex ? elementSizers.compactString : elementSizers.string), v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeDeleteGroupsRequest(w: Writer, o: DeleteGroupsRequest, v: number): void {
  const flex = v >= 2;
  w.array(flex, o.groupsNames, (flex ? elementWriters.compactString : elementWriters.string), v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes DeleteGroupsRequest in place. */
export function encodeDeleteGroupsRequest(o: DeleteGroupsRequest, v: number): Buffer {
  return encodeWith(sizeDeleteGroupsRequest, writeDeleteGroupsRequest, o, v, 0, 2, 'DeleteGroupsRequest');
}

/** DeleteGroupsResponse, versions 0-2. */
export interface DeleteGroupsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0-2. */
  throttleTimeMs: number;
  /** The deletion results. Versions 0-2. */
  results: DeleteGroupsResponseDeletableGroupResult[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDeleteGroupsResponse(r: Reader, v: number): DeleteGroupsResponse {
  const flex = v >= 2;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 2);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'results';
    const results = r.array(flex, decodeDeleteGroupsResponseDeletableGroupResult, v, 3);
    const o: DeleteGroupsResponse = { throttleTimeMs, results, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'DeleteGroupsResponse', 42, v);
  }
}

export function sizeDeleteGroupsResponse(o: DeleteGroupsResponse, v: number): number {
  const flex = v >= 2;
  let s = 4;
  s += sizeOf.array(flex, o.results, sizeDeleteGroupsResponseDeletableGroupResult, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeDeleteGroupsResponse(w: Writer, o: DeleteGroupsResponse, v: number): void {
  const flex = v >= 2;
  w.int32(o.throttleTimeMs);
  w.array(flex, o.results, writeDeleteGroupsResponseDeletableGroupResult, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes DeleteGroupsResponse in place. */
export function encodeDeleteGroupsResponse(o: DeleteGroupsResponse, v: number): Buffer {
  return encodeWith(sizeDeleteGroupsResponse, writeDeleteGroupsResponse, o, v, 0, 2, 'DeleteGroupsResponse');
}

/** DeletableGroupResult (in DeleteGroupsResponse). */
export interface DeleteGroupsResponseDeletableGroupResult {
  /** The group id. Versions 0-2. */
  groupId: string;
  /** The deletion error, or 0 if the deletion succeeded. Versions 0-2. */
  errorCode: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDeleteGroupsResponseDeletableGroupResult(r: Reader, v: number): DeleteGroupsResponseDeletableGroupResult {
  const flex = v >= 2;
  let at = '';
  try {
    at = 'groupId';
    const groupId = (flex ? r.compactString() : r.string());
    at = 'errorCode';
    const errorCode = r.int16();
    const o: DeleteGroupsResponseDeletableGroupResult = { groupId, errorCode, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDeleteGroupsResponseDeletableGroupResult(o: DeleteGroupsResponseDeletableGroupResult, v: number): number {
  const flex = v >= 2;
  let s = 2;
  s += (flex ? sizeOf.compactString(o.groupId) : sizeOf.string(o.groupId));
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeDeleteGroupsResponseDeletableGroupResult(w: Writer, o: DeleteGroupsResponseDeletableGroupResult, v: number): void {
  const flex = v >= 2;
  (flex ? w.compactString(o.groupId) : w.string(o.groupId));
  w.int16(o.errorCode);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** What a policy reads from DeleteGroupsRequest; everything else is skipped. */
export interface DeleteGroupsRequestPeek {
  groupsNames: string[];
}

export function peekDeleteGroupsRequest(r: Reader, v: number): DeleteGroupsRequestPeek {
  const flex = v >= 2;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 2);
    at = 'groupsNames';
    const f0 = r.array(flex, (flex ? elements.compactString : elements.string), v, 1);
    if (flex) r.skipTaggedFields();
    return { groupsNames: f0 };
  } catch (e) {
    throw failedIn(e, at, r, 'DeleteGroupsRequest', 42, v);
  }
}
