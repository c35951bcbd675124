// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   SyncGroupRequest.json
//   SyncGroupResponse.json

import { Reader, Writer, sizeOf, skip } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { absentField, checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** SyncGroupRequest, versions 0-5. */
export interface SyncGroupRequest {
  /** The unique group identifier. Versions 0-5. */
  groupId: string;
  /** The generation of the group. Versions 0-5. */
  generationId: number;
  /** The member ID assigned by the group. Versions 0-5. */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. Versions 3-5, nullable 3-5. */
  groupInstanceId: string | null;
  /** The group protocol type. Versions 5, nullable 5. */
  protocolType: string | null;
  /** The group protocol name. Versions 5, nullable 5. */
  protocolName: string | null;
  /** Each assignment. Versions 0-5. */
  assignments: SyncGroupRequestAssignment[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeSyncGroupRequest(r: Reader, v: number): SyncGroupRequest {
  const flex = v >= 4;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 5);
    at = 'groupId';
    const groupId = (flex ? r.compactString() : r.string());
    at = 'generationId';
    const generationId = r.int32();
    at = 'memberId';
    const memberId = (flex ? r.compactString() : r.string());
    at = 'groupInstanceId';
    const groupInstanceId = v >= 3 ? (flex ? r.compactNullableString() : r.nullableString()) : null;
    at = 'protocolType';
    const protocolType = v >= 5 ? r.compactNullableString() : null;
    at = 'protocolName';
    const protocolName = v >= 5 ? r.compactNullableString() : null;
    at = 'assignments';
    const assignments = r.array(flex, decodeSyncGroupRequestAssignment, v, 2);
    const o: SyncGroupRequest = { groupId, generationId, memberId, groupInstanceId, protocolType, protocolName, assignments, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'SyncGroupRequest', 14, v);
  }
}

export function sizeSyncGroupRequest(o: SyncGroupRequest, v: number): number {
  const flex = v >= 4;
  if (!(v >= 3) && !(o.groupInstanceId === null)) throw absentField('groupInstanceId', v);
  let s = 4;
  s += (flex ? sizeOf.compactString(o.groupId) : sizeOf.string(o.groupId));
  s += (flex ? sizeOf.compactString(o.memberId) : sizeOf.string(o.memberId));
  if (v >= 3) s += (flex ? sizeOf.compactNullableString(o.groupInstanceId) : sizeOf.nullableString(o.groupInstanceId));
  if (v >= 5) s += sizeOf.compactNullableString(o.protocolType);
  if (v >= 5) s += sizeOf.compactNullableString(o.protocolName);
  s += sizeOf.array(flex, o.assignments, sizeSyncGroupRequestAssignment, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeSyncGroupRequest(w: Writer, o: SyncGroupRequest, v: number): void {
  const flex = v >= 4;
  (flex ? w.compactString(o.groupId) : w.string(o.groupId));
  w.int32(o.generationId);
  (flex ? w.compactString(o.memberId) : w.string(o.memberId));
  if (v >= 3) (flex ? w.compactNullableString(o.groupInstanceId) : w.nullableString(o.groupInstanceId));
  if (v >= 5) w.compactNullableString(o.protocolType);
  if (v >= 5) w.compactNullableString(o.protocolName);
  w.array(flex, o.assignments, writeSyncGroupRequestAssignment, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes SyncGroupRequest in place. */
export function encodeSyncGroupRequest(o: SyncGroupRequest, v: number): Buffer {
  return encodeWith(sizeSyncGroupRequest, writeSyncGroupRequest, o, v, 0, 5, 'SyncGroupRequest');
}

/** SyncGroupRequestAssignment (in SyncGroupRequest). */
export interface SyncGroupRequestAssignment {
  /** The ID of the member to assign. Versions 0-5. */
  memberId: string;
  /** The member assignment. Versions 0-5. */
  assignment: Buffer;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeSyncGroupRequestAssignment(r: Reader, v: number): SyncGroupRequestAssignment {
  const flex = v >= 4;
  let at = '';
  try {
    at = 'memberId';
    const memberId = (flex ? r.compactString() : r.string());
    at = 'assignment';
    const assignment = (flex ? r.compactBytes() : r.bytes());
    const o: SyncGroupRequestAssignment = { memberId, assignment, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeSyncGroupRequestAssignment(o: SyncGroupRequestAssignment, v: number): number {
  const flex = v >= 4;
  let s = 0;
  s += (flex ? sizeOf.compactString(o.memberId) : sizeOf.string(o.memberId));
  s += (flex ? sizeOf.compactBytes(o.assignment) : sizeOf.bytes(o.assignment));
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeSyncGroupRequestAssignment(w: Writer, o: SyncGroupRequestAssignment, v: number): void {
  const flex = v >= 4;
  (flex ? w.compactString(o.memberId) : w.string(o.memberId));
  (flex ? w.compactBytes(o.assignment) : w.bytes(o.assignment));
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** SyncGroupResponse, versions 0-5. */
export interface SyncGroupResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 1-5. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions 0-5. */
  errorCode: number;
  /** The group protocol type. Versions 5, nullable 5. */
  protocolType: string | null;
  /** The group protocol name. Versions 5, nullable 5. */
  protocolName: string | null;
  /** The member assignment. Versions 0-5. */
  assignment: Buffer;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeSyncGroupResponse(r: Reader, v: number): SyncGroupResponse {
  const flex = v >= 4;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 5);
    at = 'throttleTimeMs';
    const throttleTimeMs = v >= 1 ? r.int32() : 0;
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'protocolType';
    const protocolType = v >= 5 ? r.compactNullableString() : null;
    at = 'protocolName';
    const protocolName = v >= 5 ? r.compactNullableString() : null;
    at = 'assignment';
    const assignment = (flex ? r.compactBytes() : r.bytes());
    const o: SyncGroupResponse = { throttleTimeMs, errorCode, protocolType, protocolName, assignment, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'SyncGroupResponse', 14, v);
  }
}

export function sizeSyncGroupResponse(o: SyncGroupResponse, v: number): number {
  const flex = v >= 4;
  let s = 2;
  if (v >= 1) s += 4;
  if (v >= 5) s += sizeOf.compactNullableString(o.protocolType);
  if (v >= 5) s += sizeOf.compactNullableString(o.protocolName);
  s += (flex ? sizeOf.compactBytes(o.assignment) : sizeOf.bytes(o.assignment));
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeSyncGroupResponse(w: Writer, o: SyncGroupResponse, v: number): void {
  const flex = v >= 4;
  if (v >= 1) w.int32(o.throttleTimeMs);
  w.int16(o.errorCode);
  if (v >= 5) w.compactNullableString(o.protocolType);
  if (v >= 5) w.compactNullableString(o.protocolName);
  (flex ? w.compactBytes(o.assignment) : w.bytes(o.assignment));
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes SyncGroupResponse in place. */
export function encodeSyncGroupResponse(o: SyncGroupResponse, v: number): Buffer {
  return encodeWith(sizeSyncGroupResponse, writeSyncGroupResponse, o, v, 0, 5, 'SyncGroupResponse');
}

/** What a policy reads from SyncGroupRequest; everything else is skipped. */
export interface SyncGroupRequestPeek {
  groupId: string;
}

export function peekSyncGroupRequest(r: Reader, v: number): SyncGroupRequestPeek {
  const flex = v >= 4;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 5);
    at = 'groupId';
    const f0 = (flex ? r.compactString() : r.string());
    at = 'generationId';
    r.skip(4);
    at = 'memberId';
    skip.string(r, flex, false);
    at = 'groupInstanceId';
    if (v >= 3) skip.string(r, flex, true);
    at = 'protocolType';
    if (v >= 5) skip.string(r, true, true);
    at = 'protocolName';
    if (v >= 5) skip.string(r, true, true);
    at = 'assignments';
    skip.array(r, flex, skipSyncGroupRequestAssignment, v, 2, false);
    if (flex) r.skipTaggedFields();
    return { groupId: f0 };
  } catch (e) {
    throw failedIn(e, at, r, 'SyncGroupRequest', 14, v);
  }
}

function skipSyncGroupRequestAssignment(r: Reader, v: number): void {
  skip.string(r, (v >= 4), false);
  skip.bytes(r, (v >= 4), false);
  if (v >= 4) r.skipTaggedFields();
}
