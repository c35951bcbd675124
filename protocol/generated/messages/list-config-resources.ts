// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   ListConfigResourcesRequest.json
//   ListConfigResourcesResponse.json

import { Reader, Writer, elementWriters, elements, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { absentField, checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** ListConfigResourcesRequest, versions 0-1. */
export interface ListConfigResourcesRequest {
  /** The list of resource type. If the list is empty, it uses default supported config resource types. Versions 1. */
  resourceTypes: number[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeListConfigResourcesRequest(r: Reader, v: number): ListConfigResourcesRequest {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 1);
    at = 'resourceTypes';
    const resourceTypes = v >= 1 ? r.array(true, elements.int8, v, 1) : [];
    const o: ListConfigResourcesRequest = { resourceTypes, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'ListConfigResourcesRequest', 74, v);
  }
}

export function sizeListConfigResourcesRequest(o: ListConfigResourcesRequest, v: number): number {
  if (!(v >= 1) && !(o.resourceTypes.length === 0)) throw absentField('resourceTypes', v);
  let s = 0;
  if (v >= 1) s += sizeOf.fixedArray(true, o.resourceTypes, 1);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeListConfigResourcesRequest(w: Writer, o: ListConfigResourcesRequest, v: number): void {
  if (v >= 1) w.array(true, o.resourceTypes, elementWriters.int8, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes ListConfigResourcesRequest in place. */
export function encodeListConfigResourcesRequest(o: ListConfigResourcesRequest, v: number): Buffer {
  return encodeWith(sizeListConfigResourcesRequest, writeListConfigResourcesRequest, o, v, 0, 1, 'ListConfigResourcesRequest');
}

/** ListConfigResourcesResponse, versions 0-1. */
export interface ListConfigResourcesResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0-1. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions 0-1. */
  errorCode: number;
  /** Each config resource in the response. Versions 0-1. */
  configResources: ListConfigResourcesResponseConfigResource[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeListConfigResourcesResponse(r: Reader, v: number): ListConfigResourcesResponse {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 1);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'configResources';
    const configResources = r.array(true, decodeListConfigResourcesResponseConfigResource, v, 2);
    const o: ListConfigResourcesResponse = { throttleTimeMs, errorCode, configResources, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'ListConfigResourcesResponse', 74, v);
  }
}

export function sizeListConfigResourcesResponse(o: ListConfigResourcesResponse, v: number): number {
  let s = 6;
  s += sizeOf.array(true, o.configResources, sizeListConfigResourcesResponseConfigResource, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeListConfigResourcesResponse(w: Writer, o: ListConfigResourcesResponse, v: number): void {
  w.int32(o.throttleTimeMs);
  w.int16(o.errorCode);
  w.array(true, o.configResources, writeListConfigResourcesResponseConfigResource, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes ListConfigResourcesResponse in place. */
export function encodeListConfigResourcesResponse(o: ListConfigResourcesResponse, v: number): Buffer {
  return encodeWith(sizeListConfigResourcesResponse, writeListConfigResourcesResponse, o, v, 0, 1, 'ListConfigResourcesResponse');
}

/** ConfigResource (in ListConfigResourcesResponse). */
export interface ListConfigResourcesResponseConfigResource {
  /** The resource name. Versions 0-1. */
  resourceName: string;
  /** The resource type. Versions 1. */
  resourceType: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeListConfigResourcesResponseConfigResource(r: Reader, v: number): ListConfigResourcesResponseConfigResource {
  let at = '';
  try {
    at = 'resourceName';
    const resourceName = r.compactString();
    at = 'resourceType';
    const resourceType = v >= 1 ? r.int8() : 16;
    const o: ListConfigResourcesResponseConfigResource = { resourceName, resourceType, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeListConfigResourcesResponseConfigResource(o: ListConfigResourcesResponseConfigResource, v: number): number {
  let s = 0;
  s += sizeOf.compactString(o.resourceName);
  if (v >= 1) s += 1;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeListConfigResourcesResponseConfigResource(w: Writer, o: ListConfigResourcesResponseConfigResource, v: number): void {
  w.compactString(o.resourceName);
  if (v >= 1) w.int8(o.resourceType);
  w.unknownTaggedFields(o._unknownTaggedFields);
}
