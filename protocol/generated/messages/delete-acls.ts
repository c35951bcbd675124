// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   DeleteAclsRequest.json
//   DeleteAclsResponse.json

import { Reader, Writer, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** DeleteAclsRequest, versions 1-3. */
export interface DeleteAclsRequest {
  /** The filters to use when deleting ACLs. Versions 1-3. */
  filters: DeleteAclsRequestDeleteAclsFilter[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDeleteAclsRequest(r: Reader, v: number): DeleteAclsRequest {
  const flex = v >= 2;
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 3);
    at = 'filters';
    const filters = r.array(flex, decodeDeleteAclsRequestDeleteAclsFilter, v, 7);
    const o: DeleteAclsRequest = { filters, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'DeleteAclsRequest', 31, v);
  }
}

export function sizeDeleteAclsRequest(o: DeleteAclsRequest, v: number): number {
  const flex = v >= 2;
  let s = 0;
  s += sizeOf.array(flex, o.filters, sizeDeleteAclsRequestDeleteAclsFilter, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeDeleteAclsRequest(w: Writer, o: DeleteAclsRequest, v: number): void {
  const flex = v >= 2;
  w.array(flex, o.filters, writeDeleteAclsRequestDeleteAclsFilter, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes DeleteAclsRequest in place. */
export function encodeDeleteAclsRequest(o: DeleteAclsRequest, v: number): Buffer {
  return encodeWith(sizeDeleteAclsRequest, writeDeleteAclsRequest, o, v, 1, 3, 'DeleteAclsRequest');
}

/** DeleteAclsFilter (in DeleteAclsRequest). */
export interface DeleteAclsRequestDeleteAclsFilter {
  /** The resource type. Versions 1-3. */
  resourceTypeFilter: number;
  /** The resource name. Versions 1-3, nullable 1-3. */
  resourceNameFilter: string | null;
  /** The pattern type. Versions 1-3. */
  patternTypeFilter: number;
  /** The principal filter, or null to accept all principals. Versions 1-3, nullable 1-3. */
  principalFilter: string | null;
  /** The host filter, or null to accept all hosts. Versions 1-3, nullable 1-3. */
  hostFilter: string | null;
  /** The ACL operation. Versions 1-3. */
  operation: number;
  /** The permission type. Versions 1-3. */
  permissionType: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDeleteAclsRequestDeleteAclsFilter(r: Reader, v: number): DeleteAclsRequestDeleteAclsFilter {
  const flex = v >= 2;
  let at = '';
  try {
    at = 'resourceTypeFilter';
    const resourceTypeFilter = r.int8();
    at = 'resourceNameFilter';
    const resourceNameFilter = (flex ? r.compactNullableString() : r.nullableString());
    at = 'patternTypeFilter';
    const patternTypeFilter = r.int8();
    at = 'principalFilter';
    const principalFilter = (flex ? r.compactNullableString() : r.nullableString());
    at = 'hostFilter';
    const hostFilter = (flex ? r.compactNullableString() : r.nullableString());
    at = 'operation';
    const operation = r.int8();
    at = 'permissionType';
    const permissionType = r.int8();
    const o: DeleteAclsRequestDeleteAclsFilter = { resourceTypeFilter, resourceNameFilter, patternTypeFilter, principalFilter, hostFilter, operation, permissionType, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDeleteAclsRequestDeleteAclsFilter(o: DeleteAclsRequestDeleteAclsFilter, v: number): number {
  const flex = v >= 2;
  let s = 4;
  s += (flex ? sizeOf.compactNullableString(o.resourceNameFilter) : sizeOf.nullableString(o.resourceNameFilter));
  s += (flex ? sizeOf.compactNullableString(o.principalFilter) : sizeOf.nullableString(o.principalFilter));
  s += (flex ? sizeOf.compactNullableString(o.hostFilter) : sizeOf.nullableString(o.hostFilter));
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeDeleteAclsRequestDeleteAclsFilter(w: Writer, o: DeleteAclsRequestDeleteAclsFilter, v: number): void {
  const flex = v >= 2;
  w.int8(o.resourceTypeFilter);
  (flex ? w.compactNullableString(o.resourceNameFilter) : w.nullableString(o.resourceNameFilter));
  w.int8(o.patternTypeFilter);
  (flex ? w.compactNullableString(o.principalFilter) : w.nullableString(o.principalFilter));
  (flex ? w.compactNullableString(o.hostFilter) : w.nullableString(o.hostFilter));
  w.int8(o.operation);
  w.int8(o.permissionType);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** DeleteAclsResponse, versions 1-3. */
export interface DeleteAclsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 1-3. */
  throttleTimeMs: number;
  /** The results for each filter. Versions 1-3. */
  filterResults: DeleteAclsResponseDeleteAclsFilterResult[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDeleteAclsResponse(r: Reader, v: number): DeleteAclsResponse {
  const flex = v >= 2;
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 3);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'filterResults';
    const filterResults = r.array(flex, decodeDeleteAclsResponseDeleteAclsFilterResult, v, 4);
    const o: DeleteAclsResponse = { throttleTimeMs, filterResults, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'DeleteAclsResponse', 31, v);
  }
}

export function sizeDeleteAclsResponse(o: DeleteAclsResponse, v: number): number {
  const flex = v >= 2;
  let s = 4;
  s += sizeOf.array(flex, o.filterResults, sizeDeleteAclsResponseDeleteAclsFilterResult, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeDeleteAclsResponse(w: Writer, o: DeleteAclsResponse, v: number): void {
  const flex = v >= 2;
  w.int32(o.throttleTimeMs);
  w.array(flex, o.filterResults, writeDeleteAclsResponseDeleteAclsFilterResult, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes DeleteAclsResponse in place. */
export function encodeDeleteAclsResponse(o: DeleteAclsResponse, v: number): Buffer {
  return encodeWith(sizeDeleteAclsResponse, writeDeleteAclsResponse, o, v, 1, 3, 'DeleteAclsResponse');
}

/** DeleteAclsFilterResult (in DeleteAclsResponse). */
export interface DeleteAclsResponseDeleteAclsFilterResult {
  /** The error code, or 0 if the filter succeeded. Versions 1-3. */
  errorCode: number;
  /** The error message, or null if the filter succeeded. Versions 1-3, nullable 1-3. */
  errorMessage: string | null;
  /** The ACLs which matched this filter. Versions 1-3. */
  matchingAcls: DeleteAclsResponseDeleteAclsMatchingAcl[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDeleteAclsResponseDeleteAclsFilterResult(r: Reader, v: number): DeleteAclsResponseDeleteAclsFilterResult {
  const flex = v >= 2;
  let at = '';
  try {
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'errorMessage';
    const errorMessage = (flex ? r.compactNullableString() : r.nullableString());
    at = 'matchingAcls';
    const matchingAcls = r.array(flex, decodeDeleteAclsResponseDeleteAclsMatchingAcl, v, 10);
    const o: DeleteAclsResponseDeleteAclsFilterResult = { errorCode, errorMessage, matchingAcls, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDeleteAclsResponseDeleteAclsFilterResult(o: DeleteAclsResponseDeleteAclsFilterResult, v: number): number {
  const flex = v >= 2;
  let s = 2;
  s += (flex ? sizeOf.compactNullableString(o.errorMessage) : sizeOf.nullableString(o.errorMessage));
  s += sizeOf.array(flex, o.matchingAcls, sizeDeleteAclsResponseDeleteAclsMatchingAcl, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeDeleteAclsResponseDeleteAclsFilterResult(w: Writer, o: DeleteAclsResponseDeleteAclsFilterResult, v: number): void {
  const flex = v >= 2;
  w.int16(o.errorCode);
  (flex ? w.compactNullableString(o.errorMessage) : w.nullableString(o.errorMessage));
  w.array(flex, o.matchingAcls, writeDeleteAclsResponseDeleteAclsMatchingAcl, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** DeleteAclsMatchingAcl (in DeleteAclsResponse). */
export interface DeleteAclsResponseDeleteAclsMatchingAcl {
  /** The deletion error code, or 0 if the deletion succeeded. Versions 1-3. */
  errorCode: number;
  /** The deletion error message, or null if the deletion succeeded. Versions 1-3, nullable 1-3. */
  errorMessage: string | null;
  /** The ACL resource type. Versions 1-3. */
  resourceType: number;
  /** The ACL resource name. Versions 1-3. */
  resourceName: string;
  /** The ACL resource pattern type. Versions 1-3. */
  patternType: number;
  /** The ACL principal. Versions 1-3. */
  principal: string;
  /** The ACL host. Versions 1-3. */
  host: string;
  /** The ACL operation. Versions 1-3. */
  operation: number;
  /** The ACL permission type. Versions 1-3. */
  permissionType: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDeleteAclsResponseDeleteAclsMatchingAcl(r: Reader, v: number): DeleteAclsResponseDeleteAclsMatchingAcl {
  const flex = v >= 2;
  let at = '';
  try {
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'errorMessage';
    const errorMessage = (flex ? r.compactNullableString() : r.nullableString());
    at = 'resourceType';
    const resourceType = r.int8();
    at = 'resourceName';
    const resourceName = (flex ? r.compactString() : r.string());
    at = 'patternType';
    const patternType = r.int8();
    at = 'principal';
    const principal = (flex ? r.compactString() : r.string());
    at = 'host';
    const host = (flex ? r.compactString() : r.string());
    at = 'operation';
    const operation = r.int8();
    at = 'permissionType';
    const permissionType = r.int8();
    const o: DeleteAclsResponseDeleteAclsMatchingAcl = { errorCode, errorMessage, resourceType, resourceName, patternType, principal, host, operation, permissionType, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDeleteAclsResponseDeleteAclsMatchingAcl(o: DeleteAclsResponseDeleteAclsMatchingAcl, v: number): number {
  const flex = v >= 2;
  let s = 6;
  s += (flex ? sizeOf.compactNullableString(o.errorMessage) : sizeOf.nullableString(o.errorMessage));
  s += (flex ? sizeOf.compactString(o.resourceName) : sizeOf.string(o.resourceName));
  s += (flex ? sizeOf.compactString(o.principal) : sizeOf.string(o.principal));
  s += (flex ? sizeOf.compactString(o.host) : sizeOf.string(o.host));
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeDeleteAclsResponseDeleteAclsMatchingAcl(w: Writer, o: DeleteAclsResponseDeleteAclsMatchingAcl, v: number): void {
  const flex = v >= 2;
  w.int16(o.errorCode);
  (flex ? w.compactNullableString(o.errorMessage) : w.nullableString(o.errorMessage));
  w.int8(o.resourceType);
  (flex ? w.compactString(o.resourceName) : w.string(o.resourceName));
  w.int8(o.patternType);
  (flex ? w.compactString(o.principal) : w.string(o.principal));
  (flex ? w.compactString(o.host) : w.string(o.host));
  w.int8(o.operation);
  w.int8(o.permissionType);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}
