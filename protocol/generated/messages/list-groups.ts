// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   ListGroupsRequest.json
//   ListGroupsResponse.json

import { Reader, Writer, elementSizers, elementWriters, elements, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { absentField, checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** ListGroupsRequest, versions 0-5. */
export interface ListGroupsRequest {
  /** The states of the groups we want to list. If empty, all groups are returned with their state. Versions 4-5. */
  statesFilter: string[];
  /** The types of the groups we want to list. If empty, all groups are returned with their type. Versions 5. */
  typesFilter: string[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeListGroupsRequest(r: Reader, v: number): ListGroupsRequest {
  const flex = v >= 3;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 5);
    at = 'statesFilter';
    const statesFilter = v >= 4 ? r.array(true, elements.compactString, v, 1) : [];
    at = 'typesFilter';
    const typesFilter = v >= 5 ? r.array(true, elements.compactString, v, 1) : [];
    const o: ListGroupsRequest = { statesFilter, typesFilter, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'ListGroupsRequest', 16, v);
  }
}

export function sizeListGroupsRequest(o: ListGroupsRequest, v: number): number {
  const flex = v >= 3;
  if (!(v >= 4) && !(o.statesFilter.length === 0)) throw absentField('statesFilter', v);
  if (!(v >= 5) && !(o.typesFilter.length === 0)) throw absentField('typesFilter', v);
  let s = 0;
  if (v >= 4) s += sizeOf.array(true, o.statesFilter, elementSizers.compactString, v);
  if (v >= 5) s += sizeOf.array(true, o.typesFilter, elementSizers.compactString, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeListGroupsRequest(w: Writer, o: ListGroupsRequest, v: number): void {
  const flex = v >= 3;
  if (v >= 4) w.array(true, o.statesFilter, elementWriters.compactString, v);
  if (v >= 5) w.array(true, o.typesFilter, elementWriters.compactString, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes ListGroupsRequest in place. */
export function encodeListGroupsRequest(o: ListGroupsRequest, v: number): Buffer {
  return encodeWith(sizeListGroupsRequest, writeListGroupsRequest, o, v, 0, 5, 'ListGroupsRequest');
}

/** ListGroupsResponse, versions 0-5. */
export interface ListGroupsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 1-5. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions 0-5. */
  errorCode: number;
  /** Each group in the response. Versions 0-5. */
  groups: ListGroupsResponseListedGroup[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeListGroupsResponse(r: Reader, v: number): ListGroupsResponse {
  const flex = v >= 3;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 5);
    at = 'throttleTimeMs';
    const throttleTimeMs = v >= 1 ? r.int32() : 0;
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'groups';
    const groups = r.array(flex, decodeListGroupsResponseListedGroup, v, 2);
    const o: ListGroupsResponse = { throttleTimeMs, errorCode, groups, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'ListGroupsResponse', 16, v);
  }
}

export function sizeListGroupsResponse(o: ListGroupsResponse, v: number): number {
  const flex = v >= 3;
  let s = 2;
  if (v >= 1) s += 4;
  s += sizeOf.array(flex, o.groups, sizeListGroupsResponseListedGroup, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeListGroupsResponse(w: Writer, o: ListGroupsResponse, v: number): void {
  const flex = v >= 3;
  if (v >= 1) w.int32(o.throttleTimeMs);
  w.int16(o.errorCode);
  w.array(flex, o.groups, writeListGroupsResponseListedGroup, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes ListGroupsResponse in place. */
export function encodeListGroupsResponse(o: ListGroupsResponse, v: number): Buffer {
  return encodeWith(sizeListGroupsResponse, writeListGroupsResponse, o, v, 0, 5, 'ListGroupsResponse');
}

/** ListedGroup (in ListGroupsResponse). */
export interface ListGroupsResponseListedGroup {
  /** The group ID. Versions 0-5. */
  groupId: string;
  /** The group protocol type. Versions 0-5. */
  protocolType: string;
  /** The group state name. Versions 4-5. */
  groupState: string;
  /** The group type name. Versions 5. */
  groupType: string;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeListGroupsResponseListedGroup(r: Reader, v: number): ListGroupsResponseListedGroup {
  const flex = v >= 3;
  let at = '';
  try {
    at = 'groupId';
    const groupId = (flex ? r.compactString() : r.string());
    at = 'protocolType';
    const protocolType = (flex ? r.compactString() : r.string());
    at = 'groupState';
    const groupState = v >= 4 ? r.compactString() : "";
    at = 'groupType';
    const groupType = v >= 5 ? r.compactString() : "";
    const o: ListGroupsResponseListedGroup = { groupId, protocolType, groupState, groupType, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeListGroupsResponseListedGroup(o: ListGroupsResponseListedGroup, v: number): number {
  const flex = v >= 3;
  let s = 0;
  s += (flex ? sizeOf.compactString(o.groupId) : sizeOf.string(o.groupId));
  s += (flex ? sizeOf.compactString(o.protocolType) : sizeOf.string(o.protocolType));
  if (v >= 4) s += sizeOf.compactString(o.groupState);
  if (v >= 5) s += sizeOf.compactString(o.groupType);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeListGroupsResponseListedGroup(w: Writer, o: ListGroupsResponseListedGroup, v: number): void {
  const flex = v >= 3;
  (flex ? w.compactString(o.groupId) : w.string(o.groupId));
  (flex ? w.compactString(o.protocolType) : w.string(o.protocolType));
  if (v >= 4) w.compactString(o.groupState);
  if (v >= 5) w.compactString(o.groupType);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}
