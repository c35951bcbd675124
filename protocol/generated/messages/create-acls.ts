// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   CreateAclsRequest.json
//   CreateAclsResponse.json

import { Reader, Writer, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** CreateAclsRequest, versions 1-3. */
export interface CreateAclsRequest {
  /** The ACLs that we want to create. Versions 1-3. */
  creations: CreateAclsRequestAclCreation[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeCreateAclsRequest(r: Reader, v: number): CreateAclsRequest {
  const flex = v >= 2;
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 3);
    at = 'creations';
    const creations = r.array(flex, decodeCreateAclsRequestAclCreation, v, 7);
    const o: CreateAclsRequest = { creations, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'CreateAclsRequest', 30, v);
  }
}

export function sizeCreateAclsRequest(o: CreateAclsRequest, v: number): number {
  const flex = v >= 2;
  let s = 0;
  s += sizeOf.array(flex, o.creations, sizeCreateAclsRequestAclCreation, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeCreateAclsRequest(w: Writer, o: CreateAclsRequest, v: number): void {
  const flex = v >= 2;
  w.array(flex, o.creations, writeCreateAclsRequestAclCreation, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes CreateAclsRequest in place. */
export function encodeCreateAclsRequest(o: CreateAclsRequest, v: number): Buffer {
  return encodeWith(sizeCreateAclsRequest, writeCreateAclsRequest, o, v, 1, 3, 'CreateAclsRequest');
}

/** AclCreation (in CreateAclsRequest). */
export interface CreateAclsRequestAclCreation {
  /** The type of the resource. Versions 1-3. */
  resourceType: number;
  /** The resource name for the ACL. Versions 1-3. */
  resourceName: string;
  /** The pattern type for the ACL. Versions 1-3. */
  resourcePatternType: number;
  /** The principal for the ACL. Versions 1-3. */
  principal: string;
  /** The host for the ACL. Versions 1-3. */
  host: string;
  /** The operation type for the ACL (read, write, etc.). Versions 1-3. */
  operation: number;
  /** The permission type for the ACL (allow, deny, etc.). Versions 1-3. */
  permissionType: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeCreateAclsRequestAclCreation(r: Reader, v: number): CreateAclsRequestAclCreation {
  const flex = v >= 2;
  let at = '';
  try {
    at = 'resourceType';
    const resourceType = r.int8();
    at = 'resourceName';
    const resourceName = (flex ? r.compactString() : r.string());
    at = 'resourcePatternType';
    const resourcePatternType = r.int8();
    at = 'principal';
    const principal = (flex ? r.compactString() : r.string());
    at = 'host';
    const host = (flex ? r.compactString() : r.string());
    at = 'operation';
    const operation = r.int8();
    at = 'permissionType';
    const permissionType = r.int8();
    const o: CreateAclsRequestAclCreation = { resourceType, resourceName, resourcePatternType, principal, host, operation, permissionType, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeCreateAclsRequestAclCreation(o: CreateAclsRequestAclCreation, v: number): number {
  const flex = v >= 2;
  let s = 4;
  s += (flex ? sizeOf.compactString(o.resourceName) : sizeOf.string(o.resourceName));
  s += (flex ? sizeOf.compactString(o.principal) : sizeOf.string(o.principal));
  s += (flex ? sizeOf.compactString(o.host) : sizeOf.string(o.host));
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeCreateAclsRequestAclCreation(w: Writer, o: CreateAclsRequestAclCreation, v: number): void {
  const flex = v >= 2;
  w.int8(o.resourceType);
  (flex ? w.compactString(o.resourceName) : w.string(o.resourceName));
  w.int8(o.resourcePatternType);
  (flex ? w.compactString(o.principal) : w.string(o.principal));
  (flex ? w.compactString(o.host) : w.string(o.host));
  w.int8(o.operation);
  w.int8(o.permissionType);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** CreateAclsResponse, versions 1-3. */
export interface CreateAclsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 1-3. */
  throttleTimeMs: number;
  /** The results for each ACL creation. Versions 1-3. */
  results: CreateAclsResponseAclCreationResult[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeCreateAclsResponse(r: Reader, v: number): CreateAclsResponse {
  const flex = v >= 2;
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 3);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'results';
    const results = r.array(flex, decodeCreateAclsResponseAclCreationResult, v, 3);
    const o: CreateAclsResponse = { throttleTimeMs, results, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'CreateAclsResponse', 30, v);
  }
}

export function sizeCreateAclsResponse(o: CreateAclsResponse, v: number): number {
  const flex = v >= 2;
  let s = 4;
  s += sizeOf.array(flex, o.results, sizeCreateAclsResponseAclCreationResult, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeCreateAclsResponse(w: Writer, o: CreateAclsResponse, v: number): void {
  const flex = v >= 2;
  w.int32(o.throttleTimeMs);
  w.array(flex, o.results, writeCreateAclsResponseAclCreationResult, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes CreateAclsResponse in place. */
export function encodeCreateAclsResponse(o: CreateAclsResponse, v: number): Buffer {
  return encodeWith(sizeCreateAclsResponse, writeCreateAclsResponse, o, v, 1, 3, 'CreateAclsResponse');
}

/** AclCreationResult (in CreateAclsResponse). */
export interface CreateAclsResponseAclCreationResult {
  /** The result error, or zero if there was no error. Versions 1-3. */
  errorCode: number;
  /** The result message, or null if there was no error. Versions 1-3, nullable 1-3. */
  errorMessage: string | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeCreateAclsResponseAclCreationResult(r: Reader, v: number): CreateAclsResponseAclCreationResult {
  const flex = v >= 2;
  let at = '';
  try {
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'errorMessage';
    const errorMessage = (flex ? r.compactNullableString() : r.nullableString());
    const o: CreateAclsResponseAclCreationResult = { errorCode, errorMessage, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeCreateAclsResponseAclCreationResult(o: CreateAclsResponseAclCreationResult, v: number): number {
  const flex = v >= 2;
  let s = 2;
  s += (flex ? sizeOf.compactNullableString(o.errorMessage) : sizeOf.nullableString(o.errorMessage));
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeCreateAclsResponseAclCreationResult(w: Writer, o: CreateAclsResponseAclCreationResult, v: number): void {
  const flex = v >= 2;
  w.int16(o.errorCode);
  (flex ? w.compactNullableString(o.errorMessage) : w.nullableString(o.errorMessage));
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}
