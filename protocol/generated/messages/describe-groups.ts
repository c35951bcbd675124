// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   DescribeGroupsRequest.json
//   DescribeGroupsResponse.json

import { Reader, Writer, elementSizers, elementWriters, elements, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { absentField, checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** DescribeGroupsRequest, versions 0-6. */
export interface DescribeGroupsRequest {
  /** The names of the groups to describe. Versions 0-6. */
  groups: string[];
  /** Whether to include authorized operations. Versions 3-6. */
  includeAuthorizedOperations: boolean;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeGroupsRequest(r: Reader, v: number): DescribeGroupsRequest {
  const flex = v >= 5;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 6);
    at = 'groups';
    const groups = r.array(flex, (flex ? elements.compactString : elements.string), v, 1);
    at = 'includeAuthorizedOperations';
    const includeAuthorizedOperations = v >= 3 ? r.bool() : false;
    const o: DescribeGroupsRequest = { groups, includeAuthorizedOperations, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'DescribeGroupsRequest', 15, v);
  }
}

export function sizeDescribeGroupsRequest(o: DescribeGroupsRequest, v: number): number {
  const flex = v >= 5;
  if (!(v >= 3) && !(o.includeAuthorizedOperations === false)) throw absentField('includeAuthorizedOperations', v);
  let s = 0;
  s += sizeOf.array(flex, o.groups, (flex ? elementSizers.compactString : elementSizers.string), v);
  if (v >= 3) s += 1;
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeDescribeGroupsRequest(w: Writer, o: DescribeGroupsRequest, v: number): void {
  const flex = v >= 5;
  w.array(flex, o.groups, (flex ? elementWriters.compactString : elementWriters.string), v);
  if (v >= 3) w.bool(o.includeAuthorizedOperations);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes DescribeGroupsRequest in place. */
export function encodeDescribeGroupsRequest(o: DescribeGroupsRequest, v: number): Buffer {
  return encodeWith(sizeDescribeGroupsRequest, writeDescribeGroupsRequest, o, v, 0, 6, 'DescribeGroupsRequest');
}

/** DescribeGroupsResponse, versions 0-6. */
export interface DescribeGroupsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 1-6. */
  throttleTimeMs: number;
  /** Each described group. Versions 0-6. */
  groups: DescribeGroupsResponseDescribedGroup[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeGroupsResponse(r: Reader, v: number): DescribeGroupsResponse {
  const flex = v >= 5;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 6);
    at = 'throttleTimeMs';
    const throttleTimeMs = v >= 1 ? r.int32() : 0;
    at = 'groups';
    const groups = r.array(flex, decodeDescribeGroupsResponseDescribedGroup, v, 7);
    const o: DescribeGroupsResponse = { throttleTimeMs, groups, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'DescribeGroupsResponse', 15, v);
  }
}

export function sizeDescribeGroupsResponse(o: DescribeGroupsResponse, v: number): number {
  const flex = v >= 5;
  let s = 0;
  if (v >= 1) s += 4;
  s += sizeOf.array(flex, o.groups, sizeDescribeGroupsResponseDescribedGroup, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeDescribeGroupsResponse(w: Writer, o: DescribeGroupsResponse, v: number): void {
  const flex = v >= 5;
  if (v >= 1) w.int32(o.throttleTimeMs);
  w.array(flex, o.groups, writeDescribeGroupsResponseDescribedGroup, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes DescribeGroupsResponse in place. */
export function encodeDescribeGroupsResponse(o: DescribeGroupsResponse, v: number): Buffer {
  return encodeWith(sizeDescribeGroupsResponse, writeDescribeGroupsResponse, o, v, 0, 6, 'DescribeGroupsResponse');
}

/** DescribedGroup (in DescribeGroupsResponse). */
export interface DescribeGroupsResponseDescribedGroup {
  /** The describe error, or 0 if there was no error. Versions 0-6. */
  errorCode: number;
  /** The describe error message, or null if there was no error. Versions 6, nullable 6. */
  errorMessage: string | null;
  /** The group ID string. Versions 0-6. */
  groupId: string;
  /** The group state string, or the empty string. Versions 0-6. */
  groupState: string;
  /** The group protocol type, or the empty string. Versions 0-6. */
  protocolType: string;
  /** The group protocol data, or the empty string. Versions 0-6. */
  protocolData: string;
  /** The group members. Versions 0-6. */
  members: DescribeGroupsResponseDescribedGroupMember[];
  /** 32-bit bitfield to represent authorized operations for this group. Versions 3-6. */
  authorizedOperations: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeGroupsResponseDescribedGroup(r: Reader, v: number): DescribeGroupsResponseDescribedGroup {
  const flex = v >= 5;
  let at = '';
  try {
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'errorMessage';
    const errorMessage = v >= 6 ? r.compactNullableString() : null;
    at = 'groupId';
    const groupId = (flex ? r.compactString() : r.string());
    at = 'groupState';
    const groupState = (flex ? r.compactString() : r.string());
    at = 'protocolType';
    const protocolType = (flex ? r.compactString() : r.string());
    at = 'protocolData';
    const protocolData = (flex ? r.compactString() : r.string());
    at = 'members';
    const members = r.array(flex, decodeDescribeGroupsResponseDescribedGroupMember, v, 5);
    at = 'authorizedOperations';
    const authorizedOperations = v >= 3 ? r.int32() : -2147483648;
    const o: DescribeGroupsResponseDescribedGroup = { errorCode, errorMessage, groupId, groupState, protocolType, protocolData, members, authorizedOperations, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDescribeGroupsResponseDescribedGroup(o: DescribeGroupsResponseDescribedGroup, v: number): number {
  const flex = v >= 5;
  if (!(v >= 6) && !(o.errorMessage === null)) throw absentField('errorMessage', v);
  if (!(v >= 3) && !(o.authorizedOperations === -2147483648)) throw absentField('authorizedOperations', v);
  let s = 2;
  if (v >= 6) s += sizeOf.compactNullableString(o.errorMessage);
  s += (flex ? sizeOf.compactString(o.groupId) : sizeOf.string(o.groupId));
  s += (flex ? sizeOf.compactString(o.groupState) : sizeOf.string(o.groupState));
  s += (flex ? sizeOf.compactString(o.protocolType) : sizeOf.string(o.protocolType));
  s += (flex ? sizeOf.compactString(o.protocolData) : sizeOf.string(o.protocolData));
  s += sizeOf.array(flex, o.members, sizeDescribeGroupsResponseDescribedGroupMember, v);
  if (v >= 3) s += 4;
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeDescribeGroupsResponseDescribedGroup(w: Writer, o: DescribeGroupsResponseDescribedGroup, v: number): void {
  const flex = v >= 5;
  w.int16(o.errorCode);
  if (v >= 6) w.compactNullableString(o.errorMessage);
  (flex ? w.compactString(o.groupId) : w.string(o.groupId));
  (flex ? w.compactString(o.groupState) : w.string(o.groupState));
  (flex ? w.compactString(o.protocolType) : w.string(o.protocolType));
  (flex ? w.compactString(o.protocolData) : w.string(o.protocolData));
  w.array(flex, o.members, writeDescribeGroupsResponseDescribedGroupMember, v);
  if (v >= 3) w.int32(o.authorizedOperations);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** DescribedGroupMember (in DescribeGroupsResponse). */
export interface DescribeGroupsResponseDescribedGroupMember {
  /** The member id. Versions 0-6. */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. Versions 4-6, nullable 4-6. */
  groupInstanceId: string | null;
  /** The client ID used in the member's latest join group request. Versions 0-6. */
  clientId: string;
  /** The client host. Versions 0-6. */
  clientHost: string;
  /** The metadata corresponding to the current group protocol in use. Versions 0-6. */
  memberMetadata: Buffer;
  /** The current assignment provided by the group leader. Versions 0-6. */
  memberAssignment: Buffer;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeGroupsResponseDescribedGroupMember(r: Reader, v: number): DescribeGroupsResponseDescribedGroupMember {
  const flex = v >= 5;
  let at = '';
  try {
    at = 'memberId';
    const memberId = (flex ? r.compactString() : r.string());
    at = 'groupInstanceId';
    const groupInstanceId = v >= 4 ? (flex ? r.compactNullableString() : r.nullableString()) : null;
    at = 'clientId';
    const clientId = (flex ? r.compactString() : r.string());
    at = 'clientHost';
    const clientHost = (flex ? r.compactString() : r.string());
    at = 'memberMetadata';
    const memberMetadata = (flex ? r.compactBytes() : r.bytes());
    at = 'memberAssignment';
    const memberAssignment = (flex ? r.compactBytes() : r.bytes());
    const o: DescribeGroupsResponseDescribedGroupMember = { memberId, groupInstanceId, clientId, clientHost, memberMetadata, memberAssignment, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDescribeGroupsResponseDescribedGroupMember(o: DescribeGroupsResponseDescribedGroupMember, v: number): number {
  const flex = v >= 5;
  let s = 0;
  s += (flex ? sizeOf.compactString(o.memberId) : sizeOf.string(o.memberId));
  if (v >= 4) s += (flex ? sizeOf.compactNullableString(o.groupInstanceId) : sizeOf.nullableString(o.groupInstanceId));
  s += (flex ? sizeOf.compactString(o.clientId) : sizeOf.string(o.clientId));
  s += (flex ? sizeOf.compactString(o.clientHost) : sizeOf.string(o.clientHost));
  s += (flex ? sizeOf.compactBytes(o.memberMetadata) : sizeOf.bytes(o.memberMetadata));
  s += (flex ? sizeOf.compactBytes(o.memberAssignment) : sizeOf.bytes(o.memberAssignment));
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeDescribeGroupsResponseDescribedGroupMember(w: Writer, o: DescribeGroupsResponseDescribedGroupMember, v: number): void {
  const flex = v >= 5;
  (flex ? w.compactString(o.memberId) : w.string(o.memberId));
  if (v >= 4) (flex ? w.compactNullableString(o.groupInstanceId) : w.nullableString(o.groupInstanceId));
  (flex ? w.compactString(o.clientId) : w.string(o.clientId));
  (flex ? w.compactString(o.clientHost) : w.string(o.clientHost));
  (flex ? w.compactBytes(o.memberMetadata) : w.bytes(o.memberMetadata));
  (flex ? w.compactBytes(o.memberAssignment) : w.bytes(o.memberAssignment));
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** What a policy reads from DescribeGroupsRequest; everything else is skipped. */
export interface DescribeGroupsRequestPeek {
  groups: string[];
}

export function peekDescribeGroupsRequest(r: Reader, v: number): DescribeGroupsRequestPeek {
  const flex = v >= 5;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 6);
    at = 'groups';
    const f0 = r.array(flex, (flex ? elements.compactString : elements.string), v, 1);
    at = 'includeAuthorizedOperations';
    if (v >= 3) r.skip(1);
    if (flex) r.skipTaggedFields();
    return { groups: f0 };
  } catch (e) {
    throw failedIn(e, at, r, 'DescribeGroupsRequest', 15, v);
  }
}
