// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   HeartbeatRequest.json
//   HeartbeatResponse.json

import { Reader, Writer, sizeOf, skip } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { absentField, checkDecodeVersion, encodeWith, failedIn } from '../../primitives/codec-runtime.js';

/** HeartbeatRequest, versions 0-4. */
export interface HeartbeatRequest {
  /** The group id. Versions 0-4. */
  groupId: string;
  /** The generation of the group. Versions 0-4. */
  generationId: number;
  /** The member ID. Versions 0-4. */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. Versions 3-4, nullable 3-4. */
  groupInstanceId: string | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeHeartbeatRequest(r: Reader, v: number): HeartbeatRequest {
  const flex = v >= 4;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 4);
    at = 'groupId';
    const groupId = (flex ? r.compactString() : r.string());
    at = 'generationId';
    const generationId = r.int32();
    at = 'memberId';
    const memberId = (flex ? r.compactString() : r.string());
    at = 'groupInstanceId';
    const groupInstanceId = v >= 3 ? (flex ? r.compactNullableString() : r.nullableString()) : null;
    const o: HeartbeatRequest = { groupId, generationId, memberId, groupInstanceId, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'HeartbeatRequest', 12, v);
  }
}

export function sizeHeartbeatRequest(o: HeartbeatRequest, v: number): number {
  const flex = v >= 4;
  if (!(v >= 3) && !(o.groupInstanceId === null)) throw absentField('groupInstanceId', v);
  let s = 4;
  s += (flex ? sizeOf.compactString(o.groupId) : sizeOf.string(o.groupId));
  s += (flex ? sizeOf.compactString(o.memberId) : sizeOf.string(o.memberId));
  if (v >= 3) s += (flex ? sizeOf.compactNullableString(o.groupInstanceId) : sizeOf.nullableString(o.groupInstanceId));
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeHeartbeatRequest(w: Writer, o: HeartbeatRequest, v: number): void {
  const flex = v >= 4;
  (flex ? w.compactString(o.groupId) : w.string(o.groupId));
  w.int32(o.generationId);
  (flex ? w.compactString(o.memberId) : w.string(o.memberId));
  if (v >= 3) (flex ? w.compactNullableString(o.groupInstanceId) : w.nullableString(o.groupInstanceId));
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes HeartbeatRequest in place. */
export function encodeHeartbeatRequest(o: HeartbeatRequest, v: number): Buffer {
  return encodeWith(sizeHeartbeatRequest, writeHeartbeatRequest, o, v, 0, 4, 'HeartbeatRequest');
}

/** HeartbeatResponse, versions 0-4. */
export interface HeartbeatResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 1-4. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions 0-4. */
  errorCode: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeHeartbeatResponse(r: Reader, v: number): HeartbeatResponse {
  const flex = v >= 4;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 4);
    at = 'throttleTimeMs';
    const throttleTimeMs = v >= 1 ? r.int32() : 0;
    at = 'errorCode';
    const errorCode = r.int16();
    const o: HeartbeatResponse = { throttleTimeMs, errorCode, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'HeartbeatResponse', 12, v);
  }
}

export function sizeHeartbeatResponse(o: HeartbeatResponse, v: number): number {
  const flex = v >= 4;
  let s = 2;
  if (v >= 1) s += 4;
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeHeartbeatResponse(w: Writer, o: HeartbeatResponse, v: number): void {
  const flex = v >= 4;
  if (v >= 1) w.int32(o.throttleTimeMs);
  w.int16(o.errorCode);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes HeartbeatResponse in place. */
export function encodeHeartbeatResponse(o: HeartbeatResponse, v: number): Buffer {
  return encodeWith(sizeHeartbeatResponse, writeHeartbeatResponse, o, v, 0, 4, 'HeartbeatResponse');
}

/** What a policy reads from HeartbeatRequest; everything else is skipped. */
export interface HeartbeatRequestPeek {
  groupId: string;
}

export function peekHeartbeatRequest(r: Reader, v: number): HeartbeatRequestPeek {
  const flex = v >= 4;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 4);
    at = 'groupId';
    const f0 = (flex ? r.compactString() : r.string());
    at = 'generationId';
    r.skip(4);
    at = 'memberId';
    skip.string(r, flex, false);
    at = 'groupInstanceId';
    if (v >= 3) skip.string(r, flex, true);
    if (flex) r.skipTaggedFields();
    return { groupId: f0 };
  } catch (e) {
    throw failedIn(e, at, r, 'HeartbeatRequest', 12, v);
  }
}
