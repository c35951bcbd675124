// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   LeaveGroupRequest.json
//   LeaveGroupResponse.json

import { Reader, Writer, sizeOf, skip } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { absentField, checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** LeaveGroupRequest, versions 0-5. */
export interface LeaveGroupRequest {
  /** The ID of the group to leave. Versions 0-5. */
  groupId: string;
  /** The member ID to remove from the group. Versions 0-2. */
  memberId: string;
  /** List of leaving member identities. Versions 3-5. */
  members: LeaveGroupRequestMemberIdentity[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeLeaveGroupRequest(r: Reader, v: number): LeaveGroupRequest {
  const flex = v >= 4;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 5);
    at = 'groupId';
    const groupId = (flex ? r.compactString() : r.string());
    at = 'memberId';
    const memberId = v <= 2 ? r.string() : "";
    at = 'members';
    const members = v >= 3 ? r.array(flex, decodeLeaveGroupRequestMemberIdentity, v, 2) : [];
    const o: LeaveGroupRequest = { groupId, memberId, members, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'LeaveGroupRequest', 13, v);
  }
}

export function sizeLeaveGroupRequest(o: LeaveGroupRequest, v: number): number {
  const flex = v >= 4;
  if (!(v <= 2) && !(o.memberId === "")) throw absentField('memberId', v);
  if (!(v >= 3) && !(o.members.length === 0)) throw absentField('members', v);
  let s = 0;
  s += (flex ? sizeOf.compactString(o.groupId) : sizeOf.string(o.groupId));
  if (v <= 2) s += sizeOf.string(o.memberId);
  if (v >= 3) s += sizeOf.array(flex, o.members, sizeLeaveGroupRequestMemberIdentity, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeLeaveGroupRequest(w: Writer, o: LeaveGroupRequest, v: number): void {
  const flex = v >= 4;
  (flex ? w.compactString(o.groupId) : w.string(o.groupId));
  if (v <= 2) w.string(o.memberId);
  if (v >= 3) w.array(flex, o.members, writeLeaveGroupRequestMemberIdentity, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes LeaveGroupRequest in place. */
export function encodeLeaveGroupRequest(o: LeaveGroupRequest, v: number): Buffer {
  return encodeWith(sizeLeaveGroupRequest, writeLeaveGroupRequest, o, v, 0, 5, 'LeaveGroupRequest');
}

/** MemberIdentity (in LeaveGroupRequest). */
export interface LeaveGroupRequestMemberIdentity {
  /** The member ID to remove from the group. Versions 3-5. */
  memberId: string;
  /** The group instance ID to remove from the group. Versions 3-5, nullable 3-5. */
  groupInstanceId: string | null;
  /** The reason why the member left the group. Versions 5, nullable 5. */
  reason: string | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeLeaveGroupRequestMemberIdentity(r: Reader, v: number): LeaveGroupRequestMemberIdentity {
  const flex = v >= 4;
  let at = '';
  try {
    at = 'memberId';
    const memberId = (flex ? r.compactString() : r.string());
    at = 'groupInstanceId';
    const groupInstanceId = (flex ? r.compactNullableString() : r.nullableString());
    at = 'reason';
    const reason = v >= 5 ? r.compactNullableString() : null;
    const o: LeaveGroupRequestMemberIdentity = { memberId, groupInstanceId, reason, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeLeaveGroupRequestMemberIdentity(o: LeaveGroupRequestMemberIdentity, v: number): number {
  const flex = v >= 4;
  let s = 0;
  s += (flex ? sizeOf.compactString(o.memberId) : sizeOf.string(o.memberId));
  s += (flex ? sizeOf.compactNullableString(o.groupInstanceId) : sizeOf.nullableString(o.groupInstanceId));
  if (v >= 5) s += sizeOf.compactNullableString(o.reason);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeLeaveGroupRequestMemberIdentity(w: Writer, o: LeaveGroupRequestMemberIdentity, v: number): void {
  const flex = v >= 4;
  (flex ? w.compactString(o.memberId) : w.string(o.memberId));
  (flex ? w.compactNullableString(o.groupInstanceId) : w.nullableString(o.groupInstanceId));
  if (v >= 5) w.compactNullableString(o.reason);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** LeaveGroupResponse, versions 0-5. */
export interface LeaveGroupResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 1-5. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions 0-5. */
  errorCode: number;
  /** List of leaving member responses. Versions 3-5. */
  members: LeaveGroupResponseMemberResponse[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeLeaveGroupResponse(r: Reader, v: number): LeaveGroupResponse {
  const flex = v >= 4;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 5);
    at = 'throttleTimeMs';
    const throttleTimeMs = v >= 1 ? r.int32() : 0;
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'members';
    const members = v >= 3 ? r.array(flex, decodeLeaveGroupResponseMemberResponse, v, 4) : [];
    const o: LeaveGroupResponse = { throttleTimeMs, errorCode, members, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'LeaveGroupResponse', 13, v);
  }
}

export function sizeLeaveGroupResponse(o: LeaveGroupResponse, v: number): number {
  const flex = v >= 4;
  if (!(v >= 3) && !(o.members.length === 0)) throw absentField('members', v);
  let s = 2;
  if (v >= 1) s += 4;
  if (v >= 3) s += sizeOf.array(flex, o.members, sizeLeaveGroupResponseMemberResponse, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeLeaveGroupResponse(w: Writer, o: LeaveGroupResponse, v: number): void {
  const flex = v >= 4;
  if (v >= 1) w.int32(o.throttleTimeMs);
  w.int16(o.errorCode);
  if (v >= 3) w.array(flex, o.members, writeLeaveGroupResponseMemberResponse, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes LeaveGroupResponse in place. */
export function encodeLeaveGroupResponse(o: LeaveGroupResponse, v: number): Buffer {
  return encodeWith(sizeLeaveGroupResponse, writeLeaveGroupResponse, o, v, 0, 5, 'LeaveGroupResponse');
}

/** MemberResponse (in LeaveGroupResponse). */
export interface LeaveGroupResponseMemberResponse {
  /** The member ID to remove from the group. Versions 3-5. */
  memberId: string;
  /** The group instance ID to remove from the group. Versions 3-5, nullable 3-5. */
  groupInstanceId: string | null;
  /** The error code, or 0 if there was no error. Versions 3-5. */
  errorCode: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeLeaveGroupResponseMemberResponse(r: Reader, v: number): LeaveGroupResponseMemberResponse {
  const flex = v >= 4;
  let at = '';
  try {
    at = 'memberId';
    const memberId = (flex ? r.compactString() : r.string());
    at = 'groupInstanceId';
    const groupInstanceId = (flex ? r.compactNullableString() : r.nullableString());
    at = 'errorCode';
    const errorCode = r.int16();
    const o: LeaveGroupResponseMemberResponse = { memberId, groupInstanceId, errorCode, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeLeaveGroupResponseMemberResponse(o: LeaveGroupResponseMemberResponse, v: number): number {
  const flex = v >= 4;
  let s = 2;
  s += (flex ? sizeOf.compactString(o.memberId) : sizeOf.string(o.memberId));
  s += (flex ? sizeOf.compactNullableString(o.groupInstanceId) : sizeOf.nullableString(o.groupInstanceId));
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeLeaveGroupResponseMemberResponse(w: Writer, o: LeaveGroupResponseMemberResponse, v: number): void {
  const flex = v >= 4;
  (flex ? w.compactString(o.memberId) : w.string(o.memberId));
  (flex ? w.compactNullableString(o.groupInstanceId) : w.nullableString(o.groupInstanceId));
  w.int16(o.errorCode);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** What a policy reads from LeaveGroupRequest; everything else is skipped. */
export interface LeaveGroupRequestPeek {
  groupId: string;
}

export function peekLeaveGroupRequest(r: Reader, v: number): LeaveGroupRequestPeek {
  const flex = v >= 4;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 5);
    at = 'groupId';
    const f0 = (flex ? r.compactString() : r.string());
    at = 'memberId';
    if (v <= 2) skip.string(r, false, false);
    at = 'members';
    if (v >= 3) skip.array(r, flex, skipLeaveGroupRequestMemberIdentity, v, 2, false);
    if (flex) r.skipTaggedFields();
    return { groupId: f0 };
  } catch (e) {
    throw failedIn(e, at, r, 'LeaveGroupRequest', 13, v);
  }
}

function skipLeaveGroupRequestMemberIdentity(r: Reader, v: number): void {
  skip.string(r, (v >= 4), false);
  skip.string(r, (v >= 4), true);
  if (v >= 5) skip.string(r, true, true);
  if (v >= 4) r.skipTaggedFields();
}
