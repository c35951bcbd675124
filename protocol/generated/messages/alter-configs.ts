// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   AlterConfigsRequest.json
//   AlterConfigsResponse.json

import { Reader, Writer, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** AlterConfigsRequest, versions 0-2. */
export interface AlterConfigsRequest {
  /** The updates for each resource. Versions 0-2. */
  resources: AlterConfigsRequestAlterConfigsResource[];
  /** True if we should validate the request, but not change the configurations. Versions 0-2. */
  validateOnly: boolean;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAlterConfigsRequest(r: Reader, v: number): AlterConfigsRequest {
  const flex = v >= 2;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 2);
    at = 'resources';
    const resources = r.array(flex, decodeAlterConfigsRequestAlterConfigsResource, v, 3);
    at = 'validateOnly';
    const validateOnly = r.bool();
    const o: AlterConfigsRequest = { resources, validateOnly, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'AlterConfigsRequest', 33, v);
  }
}

export function sizeAlterConfigsRequest(o: AlterConfigsRequest, v: number): number {
  const flex = v >= 2;
  let s = 1;
  s += sizeOf.array(flex, o.resources, sizeAlterConfigsRequestAlterConfigsResource, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeAlterConfigsRequest(w: Writer, o: AlterConfigsRequest, v: number): void {
  const flex = v >= 2;
  w.array(flex, o.resources, writeAlterConfigsRequestAlterConfigsResource, v);
  w.bool(o.validateOnly);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes AlterConfigsRequest in place. */
export function encodeAlterConfigsRequest(o: AlterConfigsRequest, v: number): Buffer {
  return encodeWith(sizeAlterConfigsRequest, writeAlterConfigsRequest, o, v, 0, 2, 'AlterConfigsRequest');
}

/** AlterConfigsResource (in AlterConfigsRequest). */
export interface AlterConfigsRequestAlterConfigsResource {
  /** The resource type. Versions 0-2. */
  resourceType: number;
  /** The resource name. Versions 0-2. */
  resourceName: string;
  /** The configurations. Versions 0-2. */
  configs: AlterConfigsRequestAlterableConfig[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAlterConfigsRequestAlterConfigsResource(r: Reader, v: number): AlterConfigsRequestAlterConfigsResource {
  const flex = v >= 2;
  let at = '';
  try {
    at = 'resourceType';
    const resourceType = r.int8();
    at = 'resourceName';
    const resourceName = (flex ? r.compactString() : r.string());
    at = 'configs';
    const configs = r.array(flex, decodeAlterConfigsRequestAlterableConfig, v, 2);
    const o: AlterConfigsRequestAlterConfigsResource = { resourceType, resourceName, configs, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeAlterConfigsRequestAlterConfigsResource(o: AlterConfigsRequestAlterConfigsResource, v: number): number {
  const flex = v >= 2;
  let s = 1;
  s += (flex ? sizeOf.compactString(o.resourceName) : sizeOf.string(o.resourceName));
  s += sizeOf.array(flex, o.configs, sizeAlterConfigsRequestAlterableConfig, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeAlterConfigsRequestAlterConfigsResource(w: Writer, o: AlterConfigsRequestAlterConfigsResource, v: number): void {
  const flex = v >= 2;
  w.int8(o.resourceType);
  (flex ? w.compactString(o.resourceName) : w.string(o.resourceName));
  w.array(flex, o.configs, writeAlterConfigsRequestAlterableConfig, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** AlterableConfig (in AlterConfigsRequest). */
export interface AlterConfigsRequestAlterableConfig {
  /** The configuration key name. Versions 0-2. */
  name: string;
  /** The value to set for the configuration key. Versions 0-2, nullable 0-2. */
  value: string | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAlterConfigsRequestAlterableConfig(r: Reader, v: number): AlterConfigsRequestAlterableConfig {
  const flex = v >= 2;
  let at = '';
  try {
    at = 'name';
    const name = (flex ? r.compactString() : r.string());
    at = 'value';
    const value = (flex ? r.compactNullableString() : r.nullableString());
    const o: AlterConfigsRequestAlterableConfig = { name, value, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeAlterConfigsRequestAlterableConfig(o: AlterConfigsRequestAlterableConfig, v: number): number {
  const flex = v >= 2;
  let s = 0;
  s += (flex ? sizeOf.compactString(o.name) : sizeOf.string(o.name));
  s += (flex ? sizeOf.compactNullableString(o.value) : sizeOf.nullableString(o.value));
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeAlterConfigsRequestAlterableConfig(w: Writer, o: AlterConfigsRequestAlterableConfig, v: number): void {
  const flex = v >= 2;
  (flex ? w.compactString(o.name) : w.string(o.name));
  (flex ? w.compactNullableString(o.value) : w.nullableString(o.value));
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** AlterConfigsResponse, versions 0-2. */
export interface AlterConfigsResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0-2. */
  throttleTimeMs: number;
  /** The responses for each resource. Versions 0-2. */
  responses: AlterConfigsResponseAlterConfigsResourceResponse[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAlterConfigsResponse(r: Reader, v: number): AlterConfigsResponse {
  const flex = v >= 2;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 2);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'responses';
    const responses = r.array(flex, decodeAlterConfigsResponseAlterConfigsResourceResponse, v, 5);
    const o: AlterConfigsResponse = { throttleTimeMs, responses, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'AlterConfigsResponse', 33, v);
  }
}

export function sizeAlterConfigsResponse(o: AlterConfigsResponse, v: number): number {
  const flex = v >= 2;
  let s = 4;
  s += sizeOf.array(flex, o.responses, sizeAlterConfigsResponseAlterConfigsResourceResponse, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeAlterConfigsResponse(w: Writer, o: AlterConfigsResponse, v: number): void {
  const flex = v >= 2;
  w.int32(o.throttleTimeMs);
  w.array(flex, o.responses, writeAlterConfigsResponseAlterConfigsResourceResponse, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes AlterConfigsResponse in place. */
export function encodeAlterConfigsResponse(o: AlterConfigsResponse, v: number): Buffer {
  return encodeWith(sizeAlterConfigsResponse, writeAlterConfigsResponse, o, v, 0, 2, 'AlterConfigsResponse');
}

/** AlterConfigsResourceResponse (in AlterConfigsResponse). */
export interface AlterConfigsResponseAlterConfigsResourceResponse {
  /** The resource error code. Versions 0-2. */
  errorCode: number;
  /** The resource error message, or null if there was no error. Versions 0-2, nullable 0-2. */
  errorMessage: string | null;
  /** The resource type. Versions 0-2. */
  resourceType: number;
  /** The resource name. Versions 0-2. */
  resourceName: string;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAlterConfigsResponseAlterConfigsResourceResponse(r: Reader, v: number): AlterConfigsResponseAlterConfigsResourceResponse {
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
    const o: AlterConfigsResponseAlterConfigsResourceResponse = { errorCode, errorMessage, resourceType, resourceName, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeAlterConfigsResponseAlterConfigsResourceResponse(o: AlterConfigsResponseAlterConfigsResourceResponse, v: number): number {
  const flex = v >= 2;
  let s = 3;
  s += (flex ? sizeOf.compactNullableString(o.errorMessage) : sizeOf.nullableString(o.errorMessage));
  s += (flex ? sizeOf.compactString(o.resourceName) : sizeOf.string(o.resourceName));
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeAlterConfigsResponseAlterConfigsResourceResponse(w: Writer, o: AlterConfigsResponseAlterConfigsResourceResponse, v: number): void {
  const flex = v >= 2;
  w.int16(o.errorCode);
  (flex ? w.compactNullableString(o.errorMessage) : w.nullableString(o.errorMessage));
  w.int8(o.resourceType);
  (flex ? w.compactString(o.resourceName) : w.string(o.resourceName));
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}
