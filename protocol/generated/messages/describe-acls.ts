// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   DescribeAclsRequest.json
//   DescribeAclsResponse.json

import { Reader, Writer, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** DescribeAclsRequest, versions 1-3. */
export interface DescribeAclsRequest {
  /** The resource type. Versions 1-3. */
  resourceTypeFilter: number;
  /** The resource name, or null to match any resource name. Versions 1-3, nullable 1-3. */
  resourceNameFilter: string | null;
  /** The resource pattern to match. Versions 1-3. */
  patternTypeFilter: number;
  /** The principal to match, or null to match any principal. Versions 1-3, nullable 1-3. */
  principalFilter: string | null;
  /** The host to match, or null to match any host. Versions 1-3, nullable 1-3. */
  hostFilter: string | null;
  /** The operation to match. Versions 1-3. */
  operation: number;
  /** The permission type to match. Versions 1-3. */
  permissionType: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeAclsRequest(r: Reader, v: number): DescribeAclsRequest {
  const flex = v >= 2;
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 3);
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
    const o: DescribeAclsRequest = { resourceTypeFilter, resourceNameFilter, patternTypeFilter, principalFilter, hostFilter, operation, permissionType, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'DescribeAclsRequest', 29, v);
  }
}

export function sizeDescribeAclsRequest(o: DescribeAclsRequest, v: number): number {
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

export function writeDescribeAclsRequest(w: Writer, o: DescribeAclsRequest, v: number): void {
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

/** Sizes once, allocates once and writes DescribeAclsRequest in place. */
export function encodeDescribeAclsRequest(o: DescribeAclsRequest, v: number): Buffer {
  return encodeWith(sizeDescribeAclsRequest, writeDescribeAclsRequest, o, v, 1, 3, 'DescribeAclsRequest');
}

/** DescribeAclsResponse, versions 1-3. */
export interface DescribeAclsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 1-3. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions 1-3. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions 1-3, nullable 1-3. */
  errorMessage: string | null;
  /** Each Resource that is referenced in an ACL. Versions 1-3. */
  resources: DescribeAclsResponseDescribeAclsResource[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeAclsResponse(r: Reader, v: number): DescribeAclsResponse {
  const flex = v >= 2;
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 3);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'errorMessage';
    const errorMessage = (flex ? r.compactNullableString() : r.nullableString());
    at = 'resources';
    const resources = r.array(flex, decodeDescribeAclsResponseDescribeAclsResource, v, 4);
    const o: DescribeAclsResponse = { throttleTimeMs, errorCode, errorMessage, resources, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'DescribeAclsResponse', 29, v);
  }
}

export function sizeDescribeAclsResponse(o: DescribeAclsResponse, v: number): number {
  const flex = v >= 2;
  let s = 6;
  s += (flex ? sizeOf.compactNullableString(o.errorMessage) : sizeOf.nullableString(o.errorMessage));
  s += sizeOf.array(flex, o.resources, sizeDescribeAclsResponseDescribeAclsResource, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeDescribeAclsResponse(w: Writer, o: DescribeAclsResponse, v: number): void {
  const flex = v >= 2;
  w.int32(o.throttleTimeMs);
  w.int16(o.errorCode);
  (flex ? w.compactNullableString(o.errorMessage) : w.nullableString(o.errorMessage));
  w.array(flex, o.resources, writeDescribeAclsResponseDescribeAclsResource, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes DescribeAclsResponse in place. */
export function encodeDescribeAclsResponse(o: DescribeAclsResponse, v: number): Buffer {
  return encodeWith(sizeDescribeAclsResponse, writeDescribeAclsResponse, o, v, 1, 3, 'DescribeAclsResponse');
}

/** DescribeAclsResource (in DescribeAclsResponse). */
export interface DescribeAclsResponseDescribeAclsResource {
  /** The resource type. Versions 1-3. */
  resourceType: number;
  /** The resource name. Versions 1-3. */
  resourceName: string;
  /** The resource pattern type. Versions 1-3. */
  patternType: number;
  /** The ACLs. Versions 1-3. */
  acls: DescribeAclsResponseAclDescription[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeAclsResponseDescribeAclsResource(r: Reader, v: number): DescribeAclsResponseDescribeAclsResource {
  const flex = v >= 2;
  let at = '';
  try {
    at = 'resourceType';
    const resourceType = r.int8();
    at = 'resourceName';
    const resourceName = (flex ? r.compactString() : r.string());
    at = 'patternType';
    const patternType = r.int8();
    at = 'acls';
    const acls = r.array(flex, decodeDescribeAclsResponseAclDescription, v, 4);
    const o: DescribeAclsResponseDescribeAclsResource = { resourceType, resourceName, patternType, acls, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDescribeAclsResponseDescribeAclsResource(o: DescribeAclsResponseDescribeAclsResource, v: number): number {
  const flex = v >= 2;
  let s = 2;
  s += (flex ? sizeOf.compactString(o.resourceName) : sizeOf.string(o.resourceName));
  s += sizeOf.array(flex, o.acls, sizeDescribeAclsResponseAclDescription, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeDescribeAclsResponseDescribeAclsResource(w: Writer, o: DescribeAclsResponseDescribeAclsResource, v: number): void {
  const flex = v >= 2;
  w.int8(o.resourceType);
  (flex ? w.compactString(o.resourceName) : w.string(o.resourceName));
  w.int8(o.patternType);
  w.array(flex, o.acls, writeDescribeAclsResponseAclDescription, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** AclDescription (in DescribeAclsResponse). */
export interface DescribeAclsResponseAclDescription {
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

export function decodeDescribeAclsResponseAclDescription(r: Reader, v: number): DescribeAclsResponseAclDescription {
  const flex = v >= 2;
  let at = '';
  try {
    at = 'principal';
    const principal = (flex ? r.compactString() : r.string());
    at = 'host';
    const host = (flex ? r.compactString() : r.string());
    at = 'operation';
    const operation = r.int8();
    at = 'permissionType';
    const permissionType = r.int8();
    const o: DescribeAclsResponseAclDescription = { principal, host, operation, permissionType, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDescribeAclsResponseAclDescription(o: DescribeAclsResponseAclDescription, v: number): number {
  const flex = v >= 2;
  let s = 2;
  s += (flex ? sizeOf.compactString(o.principal) : sizeOf.string(o.principal));
  s += (flex ? sizeOf.compactString(o.host) : sizeOf.string(o.host));
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeDescribeAclsResponseAclDescription(w: Writer, o: DescribeAclsResponseAclDescription, v: number): void {
  const flex = v >= 2;
  (flex ? w.compactString(o.principal) : w.string(o.principal));
  (flex ? w.compactString(o.host) : w.string(o.host));
  w.int8(o.operation);
  w.int8(o.permissionType);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}
