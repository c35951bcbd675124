// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   JoinGroupRequest.json
//   JoinGroupResponse.json

import { Reader, Writer, sizeOf, skip } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { absentField, checkDecodeVersion, encodeWith, failedAt, failedIn, notNull } from '../../primitives/codec-runtime.js';

/** JoinGroupRequest, versions 0-9. */
export interface JoinGroupRequest {
  /** The group identifier. Versions 0-9. */
  groupId: string;
  /** The coordinator considers the consumer dead if it receives no heartbeat after this timeout in milliseconds. Versions 0-9. */
  sessionTimeoutMs: number;
  /** The maximum time in milliseconds that the coordinator will wait for each member to rejoin when rebalancing the group. Versions 1-9. */
  rebalanceTimeoutMs: number;
  /** The member id assigned by the group coordinator. Versions 0-9. */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. Versions 5-9, nullable 5-9. */
  groupInstanceId: string | null;
  /** The unique name the for class of protocols implemented by the group we want to join. Versions 0-9. */
  protocolType: string;
  /** The list of protocols that the member supports. Versions 0-9. */
  protocols: JoinGroupRequestProtocol[];
  /** The reason why the member (re-)joins the group. Versions 8-9, nullable 8-9. */
  reason: string | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeJoinGroupRequest(r: Reader, v: number): JoinGroupRequest {
  const flex = v >= 6;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 9);
    at = 'groupId';
    const groupId = (flex ? r.compactString() : r.string());
    at = 'sessionTimeoutMs';
    const sessionTimeoutMs = r.int32();
    at = 'rebalanceTimeoutMs';
    const rebalanceTimeoutMs = v >= 1 ? r.int32() : -1;
    at = 'memberId';
    const memberId = (flex ? r.compactString() : r.string());
    at = 'groupInstanceId';
    const groupInstanceId = v >= 5 ? (flex ? r.compactNullableString() : r.nullableString()) : null;
    at = 'protocolType';
    const protocolType = (flex ? r.compactString() : r.string());
    at = 'protocols';
    const protocols = r.array(flex, decodeJoinGroupRequestProtocol, v, 2);
    at = 'reason';
    const reason = v >= 8 ? r.compactNullableString() : null;
    const o: JoinGroupRequest = { groupId, sessionTimeoutMs, rebalanceTimeoutMs, memberId, groupInstanceId, protocolType, protocols, reason, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'JoinGroupRequest', 11, v);
  }
}

export function sizeJoinGroupRequest(o: JoinGroupRequest, v: number): number {
  const flex = v >= 6;
  if (!(v >= 5) && !(o.groupInstanceId === null)) throw absentField('groupInstanceId', v);
  let s = 4;
  s += (flex ? sizeOf.compactString(o.groupId) : sizeOf.string(o.groupId));
  if (v >= 1) s += 4;
  s += (flex ? sizeOf.compactString(o.memberId) : sizeOf.string(o.memberId));
  if (v >= 5) s += (flex ? sizeOf.compactNullableString(o.groupInstanceId) : sizeOf.nullableString(o.groupInstanceId));
  s += (flex ? sizeOf.compactString(o.protocolType) : sizeOf.string(o.protocolType));
  s += sizeOf.array(flex, o.protocols, sizeJoinGroupRequestProtocol, v);
  if (v >= 8) s += sizeOf.compactNullableString(o.reason);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeJoinGroupRequest(w: Writer, o: JoinGroupRequest, v: number): void {
  const flex = v >= 6;
  (flex ? w.compactString(o.groupId) : w.string(o.groupId));
  w.int32(o.sessionTimeoutMs);
  if (v >= 1) w.int32(o.rebalanceTimeoutMs);
  (flex ? w.compactString(o.memberId) : w.string(o.memberId));
  if (v >= 5) (flex ? w.compactNullableString(o.groupInstanceId) : w.nullableString(o.groupInstanceId));
  (flex ? w.compactString(o.protocolType) : w.string(o.protocolType));
  w.array(flex, o.protocols, writeJoinGroupRequestProtocol, v);
  if (v >= 8) w.compactNullableString(o.reason);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes JoinGroupRequest in place. */
export function encodeJoinGroupRequest(o: JoinGroupRequest, v: number): Buffer {
  return encodeWith(sizeJoinGroupRequest, writeJoinGroupRequest, o, v, 0, 9, 'JoinGroupRequest');
}

/** JoinGroupRequestProtocol (in JoinGroupRequest). */
export interface JoinGroupRequestProtocol {
  /** The protocol name. Versions 0-9. */
  name: string;
  /** The protocol metadata. Versions 0-9. */
  metadata: Buffer;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeJoinGroupRequestProtocol(r: Reader, v: number): JoinGroupRequestProtocol {
  const flex = v >= 6;
  let at = '';
  try {
    at = 'name';
    const name = (flex ? r.compactString() : r.string());
    at = 'metadata';
    const metadata = (flex ? r.compactBytes() : r.bytes());
    const o: JoinGroupRequestProtocol = { name, metadata, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeJoinGroupRequestProtocol(o: JoinGroupRequestProtocol, v: number): number {
  const flex = v >= 6;
  let s = 0;
  s += (flex ? sizeOf.compactString(o.name) : sizeOf.string(o.name));
  s += (flex ? sizeOf.compactBytes(o.metadata) : sizeOf.bytes(o.metadata));
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeJoinGroupRequestProtocol(w: Writer, o: JoinGroupRequestProtocol, v: number): void {
  const flex = v >= 6;
  (flex ? w.compactString(o.name) : w.string(o.name));
  (flex ? w.compactBytes(o.metadata) : w.bytes(o.metadata));
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** JoinGroupResponse, versions 0-9. */
export interface JoinGroupResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 2-9. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions 0-9. */
  errorCode: number;
  /** The generation ID of the group. Versions 0-9. */
  generationId: number;
  /** The group protocol name. Versions 7-9, nullable 7-9. */
  protocolType: string | null;
  /** The group protocol selected by the coordinator. Versions 0-9, nullable 7-9. */
  protocolName: string | null;
  /** The leader of the group. Versions 0-9. */
  leader: string;
  /** True if the leader must skip running the assignment. Versions 9. */
  skipAssignment: boolean;
  /** The member ID assigned by the group coordinator. Versions 0-9. */
  memberId: string;
  /** The group members. Versions 0-9. */
  members: JoinGroupResponseMember[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeJoinGroupResponse(r: Reader, v: number): JoinGroupResponse {
  const flex = v >= 6;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 9);
    at = 'throttleTimeMs';
    const throttleTimeMs = v >= 2 ? r.int32() : 0;
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'generationId';
    const generationId = r.int32();
    at = 'protocolType';
    const protocolType = v >= 7 ? r.compactNullableString() : null;
    at = 'protocolName';
    const protocolName = (flex ? (v >= 7 ? r.compactNullableString() : r.compactString()) : (v >= 7 ? r.nullableString() : r.string()));
    at = 'leader';
    const leader = (flex ? r.compactString() : r.string());
    at = 'skipAssignment';
    const skipAssignment = v >= 9 ? r.bool() : false;
    at = 'memberId';
    const memberId = (flex ? r.compactString() : r.string());
    at = 'members';
    const members = r.array(flex, decodeJoinGroupResponseMember, v, 2);
    const o: JoinGroupResponse = { throttleTimeMs, errorCode, generationId, protocolType, protocolName, leader, skipAssignment, memberId, members, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'JoinGroupResponse', 11, v);
  }
}

export function sizeJoinGroupResponse(o: JoinGroupResponse, v: number): number {
  const flex = v >= 6;
  if (!(v >= 9) && !(o.skipAssignment === false)) throw absentField('skipAssignment', v);
  let s = 6;
  if (v >= 2) s += 4;
  if (v >= 7) s += sizeOf.compactNullableString(o.protocolType);
  s += (flex ? (v >= 7 ? sizeOf.compactNullableString(o.protocolName) : sizeOf.compactString(notNull(o.protocolName, 'protocolName', v))) : (v >= 7 ? sizeOf.nullableString(o.protocolName) : sizeOf.string(notNull(o.protocolName, 'protocolName', v))));
  s += (flex ? sizeOf.compactString(o.leader) : sizeOf.string(o.leader));
  if (v >= 9) s += 1;
  s += (flex ? sizeOf.compactString(o.memberId) : sizeOf.string(o.memberId));
  s += sizeOf.array(flex, o.members, sizeJoinGroupResponseMember, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeJoinGroupResponse(w: Writer, o: JoinGroupResponse, v: number): void {
  const flex = v >= 6;
  if (v >= 2) w.int32(o.throttleTimeMs);
  w.int16(o.errorCode);
  w.int32(o.generationId);
  if (v >= 7) w.compactNullableString(o.protocolType);
  (flex ? (v >= 7 ? w.compactNullableString(o.protocolName) : w.compactString(notNull(o.protocolName, 'protocolName', v))) : (v >= 7 ? w.nullableString(o.protocolName) : w.string(notNull(o.protocolName, 'protocolName', v))));
  (flex ? w.compactString(o.leader) : w.string(o.leader));
  if (v >= 9) w.bool(o.skipAssignment);
  (flex ? w.compactString(o.memberId) : w.string(o.memberId));
  w.array(flex, o.members, writeJoinGroupResponseMember, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes JoinGroupResponse in place. */
export function encodeJoinGroupResponse(o: JoinGroupResponse, v: number): Buffer {
  return encodeWith(sizeJoinGroupResponse, writeJoinGroupResponse, o, v, 0, 9, 'JoinGroupResponse');
}

/** JoinGroupResponseMember (in JoinGroupResponse). */
export interface JoinGroupResponseMember {
  /** The group member ID. Versions 0-9. */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. Versions 5-9, nullable 5-9. */
  groupInstanceId: string | null;
  /** The group member metadata. Versions 0-9. */
  metadata: Buffer;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeJoinGroupResponseMember(r: Reader, v: number): JoinGroupResponseMember {
  const flex = v >= 6;
  let at = '';
  try {
    at = 'memberId';
    const memberId = (flex ? r.compactString() : r.string());
    at = 'groupInstanceId';
    const groupInstanceId = v >= 5 ? (flex ? r.compactNullableString() : r.nullableString()) : null;
    at = 'metadata';
    const metadata = (flex ? r.compactBytes() : r.bytes());
    const o: JoinGroupResponseMember = { memberId, groupInstanceId, metadata, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeJoinGroupResponseMember(o: JoinGroupResponseMember, v: number): number {
  const flex = v >= 6;
  let s = 0;
  s += (flex ? sizeOf.compactString(o.memberId) : sizeOf.string(o.memberId));
  if (v >= 5) s += (flex ? sizeOf.compactNullableString(o.groupInstanceId) : sizeOf.nullableString(o.groupInstanceId));
  s += (flex ? sizeOf.compactBytes(o.metadata) : sizeOf.bytes(o.metadata));
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeJoinGroupResponseMember(w: Writer, o: JoinGroupResponseMember, v: number): void {
  const flex = v >= 6;
  (flex ? w.compactString(o.memberId) : w.string(o.memberId));
  if (v >= 5) (flex ? w.compactNullableString(o.groupInstanceId) : w.nullableString(o.groupInstanceId));
  (flex ? w.compactBytes(o.metadata) : w.bytes(o.metadata));
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** What a policy reads from JoinGroupRequest; everything else is skipped. */
export interface JoinGroupRequestPeek {
  groupId: string;
}

export function peekJoinGroupRequest(r: Reader, v: number): JoinGroupRequestPeek {
  const flex = v >= 6;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 9);
    at = 'groupId';
    const f0 = (flex ? r.compactString() : r.string());
    at = 'sessionTimeoutMs';
    r.skip(4);
    at = 'rebalanceTimeoutMs';
    if (v >= 1) r.skip(4);
    at = 'memberId';
    skip.string(r, flex, false);
    at = 'groupInstanceId';
    if (v >= 5) skip.string(r, flex, true);
    at = 'protocolType';
    skip.string(r, flex, false);
    at = 'protocols';
    skip.array(r, flex, skipJoinGroupRequestProtocol, v, 2, false);
    at = 'reason';
    if (v >= 8) skip.string(r, true, true);
    if (flex) r.skipTaggedFields();
    return { groupId: f0 };
  } catch (e) {
    throw failedIn(e, at, r, 'JoinGroupRequest', 11, v);
  }
}

function skipJoinGroupRequestProtocol(r: Reader, v: number): void {
  skip.string(r, (v >= 6), false);
  skip.bytes(r, (v >= 6), false);
  if (v >= 6) r.skipTaggedFields();
}
