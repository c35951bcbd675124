// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   IncrementalAlterConfigsRequest.json
//   IncrementalAlterConfigsResponse.json

import { Reader, Writer, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** IncrementalAlterConfigsRequest, versions 0-1. */
export interface IncrementalAlterConfigsRequest {
  /** The incremental updates for each resource. Versions 0-1. */
  resources: IncrementalAlterConfigsRequestAlterConfigsResource[];
  /** True if we should validate the request, but not change the configurations. Versions 0-1. */
  validateOnly: boolean;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeIncrementalAlterConfigsRequest(r: Reader, v: number): IncrementalAlterConfigsRequest {
  const flex = v >= 1;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 1);
    at = 'resources';
    const resources = r.array(flex, decodeIncrementalAlterConfigsRequestAlterConfigsResource, v, 3);
    at = 'validateOnly';
    const validateOnly = r.bool();
    const o: IncrementalAlterConfigsRequest = { resources, validateOnly, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'IncrementalAlterConfigsRequest', 44, v);
  }
}

export function sizeIncrementalAlterConfigsRequest(o: IncrementalAlterConfigsRequest, v: number): number {
  const flex = v >= 1;
  let s = 1;
  s += sizeOf.array(flex, o.resources, sizeIncrementalAlterConfigsRequestAlterConfigsResource, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeIncrementalAlterConfigsRequest(w: Writer, o: IncrementalAlterConfigsRequest, v: number): void {
  const flex = v >= 1;
  w.array(flex, o.resources, writeIncrementalAlterConfigsRequestAlterConfigsResource, v);
  w.bool(o.validateOnly);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes IncrementalAlterConfigsRequest in place. */
export function encodeIncrementalAlterConfigsRequest(o: IncrementalAlterConfigsRequest, v: number): Buffer {
  return encodeWith(sizeIncrementalAlterConfigsRequest, writeIncrementalAlterConfigsRequest, o, v, 0, 1, 'IncrementalAlterConfigsRequest');
}

/** AlterConfigsResource (in IncrementalAlterConfigsRequest). */
export interface IncrementalAlterConfigsRequestAlterConfigsResource {
  /** The resource type. Versions 0-1. */
  resourceType: number;
  /** The resource name. Versions 0-1. */
  resourceName: string;
  /** The configurations. Versions 0-1. */
  configs: IncrementalAlterConfigsRequestAlterableConfig[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeIncrementalAlterConfigsRequestAlterConfigsResource(r: Reader, v: number): IncrementalAlterConfigsRequestAlterConfigsResource {
  const flex = v >= 1;
  let at = '';
  try {
    at = 'resourceType';
    const resourceType = r.int8();
    at = 'resourceName';
    const resourceName = (flex ? r.compactString() : r.string());
    at = 'configs';
    const configs = r.array(flex, decodeIncrementalAlterConfigsRequestAlterableConfig, v, 3);
    const o: IncrementalAlterConfigsRequestAlterConfigsResource = { resourceType, resourceName, configs, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeIncrementalAlterConfigsRequestAlterConfigsResource(o: IncrementalAlterConfigsRequestAlterConfigsResource, v: number): number {
  const flex = v >= 1;
  let s = 1;
  s += (flex ? sizeOf.compactString(o.resourceName) : sizeOf.string(o.resourceName));
  s += sizeOf.array(flex, o.configs, sizeIncrementalAlterConfigsRequestAlterableConfig, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeIncrementalAlterConfigsRequestAlterConfigsResource(w: Writer, o: IncrementalAlterConfigsRequestAlterConfigsResource, v: number): void {
  const flex = v >= 1;
  w.int8(o.resourceType);
  (flex ? w.compactString(o.resourceName) : w.string(o.resourceName));
  w.array(flex, o.configs, writeIncrementalAlterConfigsRequestAlterableConfig, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** AlterableConfig (in IncrementalAlterConfigsRequest). */
export interface IncrementalAlterConfigsRequestAlterableConfig {
  /** The configuration key name. Versions 0-1. */
  name: string;
  /** The type (Set, Delete, Append, Subtract) of operation. Versions 0-1. */
  configOperation: number;
  /** The value to set for the configuration key. Versions 0-1, nullable 0-1. */
  value: string | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeIncrementalAlterConfigsRequestAlterableConfig(r: Reader, v: number): IncrementalAlterConfigsRequestAlterableConfig {
  const flex = v >= 1;
  let at = '';
  try {
    at = 'name';
    const name = (flex ? r.compactString() : r.string());
    at = 'configOperation';
    const configOperation = r.int8();
    at = 'value';
    const value = (flex ? r.compactNullableString() : r.nullableString());
    const o: IncrementalAlterConfigsRequestAlterableConfig = { name, configOperation, value, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeIncrementalAlterConfigsRequestAlterableConfig(o: IncrementalAlterConfigsRequestAlterableConfig, v: number): number {
  const flex = v >= 1;
  let s = 1;
  s += (flex ? sizeOf.compactString(o.name) : sizeOf.string(o.name));
  s += (flex ? sizeOf.compactNullableString(o.value) : sizeOf.nullableString(o.value));
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeIncrementalAlterConfigsRequestAlterableConfig(w: Writer, o: IncrementalAlterConfigsRequestAlterableConfig, v: number): void {
  const flex = v >= 1;
  (flex ? w.compactString(o.name) : w.string(o.name));
  w.int8(o.configOperation);
  (flex ? w.compactNullableString(o.value) : w.nullableString(o.value));
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** IncrementalAlterConfigsResponse, versions 0-1. */
export interface IncrementalAlterConfigsResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0-1. */
  throttleTimeMs: number;
  /** The responses for each resource. Versions 0-1. */
  responses: IncrementalAlterConfigsResponseAlterConfigsResourceResponse[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeIncrementalAlterConfigsResponse(r: Reader, v: number): IncrementalAlterConfigsResponse {
  const flex = v >= 1;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 1);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'responses';
    const responses = r.array(flex, decodeIncrementalAlterConfigsResponseAlterConfigsResourceResponse, v, 5);
    const o: IncrementalAlterConfigsResponse = { throttleTimeMs, responses, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'IncrementalAlterConfigsResponse', 44, v);
  }
}

export function sizeIncrementalAlterConfigsResponse(o: IncrementalAlterConfigsResponse, v: number): number {
  const flex = v >= 1;
  let s = 4;
  s += sizeOf.array(flex, o.responses, sizeIncrementalAlterConfigsResponseAlterConfigsResourceResponse, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeIncrementalAlterConfigsResponse(w: Writer, o: IncrementalAlterConfigsResponse, v: number): void {
  const flex = v >= 1;
  w.int32(o.throttleTimeMs);
  w.array(flex, o.responses, writeIncrementalAlterConfigsResponseAlterConfigsResourceResponse, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes IncrementalAlterConfigsResponse in place. */
export function encodeIncrementalAlterConfigsResponse(o: IncrementalAlterConfigsResponse, v: number): Buffer {
  return encodeWith(sizeIncrementalAlterConfigsResponse, writeIncrementalAlterConfigsResponse, o, v, 0, 1, 'IncrementalAlterConfigsResponse');
}

/** AlterConfigsResourceResponse (in IncrementalAlterConfigsResponse). */
export interface IncrementalAlterConfigsResponseAlterConfigsResourceResponse {
  /** The resource error code. Versions 0-1. */
  errorCode: number;
  /** The resource error message, or null if there was no error. Versions 0-1, nullable 0-1. */
  errorMessage: string | null;
  /** The resource type. Versions 0-1. */
  resourceType: number;
  /** The resource name. Versions 0-1. */
  resourceName: string;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeIncrementalAlterConfigsResponseAlterConfigsResourceResponse(r: Reader, v: number): IncrementalAlterConfigsResponseAlterConfigsResourceResponse {
  const flex = v >= 1;
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
    const o: IncrementalAlterConfigsResponseAlterConfigsResourceResponse = { errorCode, errorMessage, resourceType, resourceName, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeIncrementalAlterConfigsResponseAlterConfigsResourceResponse(o: IncrementalAlterConfigsResponseAlterConfigsResourceResponse, v: number): number {
  const flex = v >= 1;
  let s = 3;
  s += (flex ? sizeOf.compactNullableString(o.errorMessage) : sizeOf.nullableString(o.errorMessage));
  s += (flex ? sizeOf.compactString(o.resourceName) : sizeOf.string(o.resourceName));
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeIncrementalAlterConfigsResponseAlterConfigsResourceResponse(w: Writer, o: IncrementalAlterConfigsResponseAlterConfigsResourceResponse, v: number): void {
  const flex = v >= 1;
  w.int16(o.errorCode);
  (flex ? w.compactNullableString(o.errorMessage) : w.nullableString(o.errorMessage));
  w.int8(o.resourceType);
  (flex ? w.compactString(o.resourceName) : w.string(o.resourceName));
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}
