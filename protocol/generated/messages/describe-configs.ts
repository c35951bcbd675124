// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   DescribeConfigsRequest.json
//   DescribeConfigsResponse.json

import { Reader, Writer, elementSizers, elementWriters, elements, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { absentField, checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** DescribeConfigsRequest, versions 1-4. */
export interface DescribeConfigsRequest {
  /** The resources whose configurations we want to describe. Versions 1-4. */
  resources: DescribeConfigsRequestDescribeConfigsResource[];
  /** True if we should include all synonyms. Versions 1-4. */
  includeSynonyms: boolean;
  /** True if we should include configuration documentation. Versions 3-4. */
  includeDocumentation: boolean;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeConfigsRequest(r: Reader, v: number): DescribeConfigsRequest {
  const flex = v >= 4;
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 4);
    at = 'resources';
    const resources = r.array(flex, decodeDescribeConfigsRequestDescribeConfigsResource, v, 3);
    at = 'includeSynonyms';
    const includeSynonyms = r.bool();
    at = 'includeDocumentation';
    const includeDocumentation = v >= 3 ? r.bool() : false;
    const o: DescribeConfigsRequest = { resources, includeSynonyms, includeDocumentation, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'DescribeConfigsRequest', 32, v);
  }
}

export function sizeDescribeConfigsRequest(o: DescribeConfigsRequest, v: number): number {
  const flex = v >= 4;
  if (!(v >= 3) && !(o.includeDocumentation === false)) throw absentField('includeDocumentation', v);
  let s = 1;
  s += sizeOf.array(flex, o.resources, sizeDescribeConfigsRequestDescribeConfigsResource, v);
  if (v >= 3) s += 1;
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeDescribeConfigsRequest(w: Writer, o: DescribeConfigsRequest, v: number): void {
  const flex = v >= 4;
  w.array(flex, o.resources, writeDescribeConfigsRequestDescribeConfigsResource, v);
  w.bool(o.includeSynonyms);
  if (v >= 3) w.bool(o.includeDocumentation);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes DescribeConfigsRequest in place. */
export function encodeDescribeConfigsRequest(o: DescribeConfigsRequest, v: number): Buffer {
  return encodeWith(sizeDescribeConfigsRequest, writeDescribeConfigsRequest, o, v, 1, 4, 'DescribeConfigsRequest');
}

/** DescribeConfigsResource (in DescribeConfigsRequest). */
export interface DescribeConfigsRequestDescribeConfigsResource {
  /** The resource type. Versions 1-4. */
  resourceType: number;
  /** The resource name. Versions 1-4. */
  resourceName: string;
  /** The configuration keys to list, or null to list all configuration keys. Versions 1-4, nullable 1-4. */
  configurationKeys: string[] | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeConfigsRequestDescribeConfigsResource(r: Reader, v: number): DescribeConfigsRequestDescribeConfigsResource {
  const flex = v >= 4;
  let at = '';
  try {
    at = 'resourceType';
    const resourceType = r.int8();
    at = 'resourceName';
    const resourceName = (flex ? r.compactString() : r.string());
    at = 'configurationKeys';
    const configurationKeys = r.nullableArray(flex, (flex ? elements.compactString : elements.string), v, 1);
    const o: DescribeConfigsRequestDescribeConfigsResource = { resourceType, resourceName, configurationKeys, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDescribeConfigsRequestDescribeConfigsResource(o: DescribeConfigsRequestDescribeConfigsResource, v: number): number {
  const flex = v >= 4;
  let s = 1;
  s += (flex ? sizeOf.compactString(o.resourceName) : sizeOf.string(o.resourceName));
  s += sizeOf.nullableArray(flex, o.configurationKeys, (flex ? elementSizers.compactString : elementSizers.string), v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeDescribeConfigsRequestDescribeConfigsResource(w: Writer, o: DescribeConfigsRequestDescribeConfigsResource, v: number): void {
  const flex = v >= 4;
  w.int8(o.resourceType);
  (flex ? w.compactString(o.resourceName) : w.string(o.resourceName));
  w.nullableArray(flex, o.configurationKeys, (flex ? elementWriters.compactString : elementWriters.string), v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** DescribeConfigsResponse, versions 1-4. */
export interface DescribeConfigsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 1-4. */
  throttleTimeMs: number;
  /** The results for each resource. Versions 1-4. */
  results: DescribeConfigsResponseDescribeConfigsResult[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeConfigsResponse(r: Reader, v: number): DescribeConfigsResponse {
  const flex = v >= 4;
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 4);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'results';
    const results = r.array(flex, decodeDescribeConfigsResponseDescribeConfigsResult, v, 6);
    const o: DescribeConfigsResponse = { throttleTimeMs, results, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'DescribeConfigsResponse', 32, v);
  }
}

export function sizeDescribeConfigsResponse(o: DescribeConfigsResponse, v: number): number {
  const flex = v >= 4;
  let s = 4;
  s += sizeOf.array(flex, o.results, sizeDescribeConfigsResponseDescribeConfigsResult, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeDescribeConfigsResponse(w: Writer, o: DescribeConfigsResponse, v: number): void {
  const flex = v >= 4;
  w.int32(o.throttleTimeMs);
  w.array(flex, o.results, writeDescribeConfigsResponseDescribeConfigsResult, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes DescribeConfigsResponse in place. */
export function encodeDescribeConfigsResponse(o: DescribeConfigsResponse, v: number): Buffer {
  return encodeWith(sizeDescribeConfigsResponse, writeDescribeConfigsResponse, o, v, 1, 4, 'DescribeConfigsResponse');
}

/** DescribeConfigsResult (in DescribeConfigsResponse). */
export interface DescribeConfigsResponseDescribeConfigsResult {
  /** The error code, or 0 if we were able to successfully describe the configurations. Versions 1-4. */
  errorCode: number;
  /** The error message, or null if we were able to successfully describe the configurations. Versions 1-4, nullable 1-4. */
  errorMessage: string | null;
  /** The resource type. Versions 1-4. */
  resourceType: number;
  /** The resource name. Versions 1-4. */
  resourceName: string;
  /** Each listed configuration. Versions 1-4. */
  configs: DescribeConfigsResponseDescribeConfigsResourceResult[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeConfigsResponseDescribeConfigsResult(r: Reader, v: number): DescribeConfigsResponseDescribeConfigsResult {
  const flex = v >= 4;
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
    at = 'configs';
    const configs = r.array(flex, decodeDescribeConfigsResponseDescribeConfigsResourceResult, v, 6);
    const o: DescribeConfigsResponseDescribeConfigsResult = { errorCode, errorMessage, resourceType, resourceName, configs, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDescribeConfigsResponseDescribeConfigsResult(o: DescribeConfigsResponseDescribeConfigsResult, v: number): number {
  const flex = v >= 4;
  let s = 3;
  s += (flex ? sizeOf.compactNullableString(o.errorMessage) : sizeOf.nullableString(o.errorMessage));
  s += (flex ? sizeOf.compactString(o.resourceName) : sizeOf.string(o.resourceName));
  s += sizeOf.array(flex, o.configs, sizeDescribeConfigsResponseDescribeConfigsResourceResult, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeDescribeConfigsResponseDescribeConfigsResult(w: Writer, o: DescribeConfigsResponseDescribeConfigsResult, v: number): void {
  const flex = v >= 4;
  w.int16(o.errorCode);
  (flex ? w.compactNullableString(o.errorMessage) : w.nullableString(o.errorMessage));
  w.int8(o.resourceType);
  (flex ? w.compactString(o.resourceName) : w.string(o.resourceName));
  w.array(flex, o.configs, writeDescribeConfigsResponseDescribeConfigsResourceResult, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** DescribeConfigsResourceResult (in DescribeConfigsResponse). */
export interface DescribeConfigsResponseDescribeConfigsResourceResult {
  /** The configuration name. Versions 1-4. */
  name: string;
  /** The configuration value. Versions 1-4, nullable 1-4. */
  value: string | null;
  /** True if the configuration is read-only. Versions 1-4. */
  readOnly: boolean;
  /** The configuration source. Versions 1-4. */
  configSource: number;
  /** True if this configuration is sensitive. Versions 1-4. */
  isSensitive: boolean;
  /** The synonyms for this configuration key. Versions 1-4. */
  synonyms: DescribeConfigsResponseDescribeConfigsSynonym[];
  /** The configuration data type. Type can be one of the following values - BOOLEAN, STRING, INT, SHORT, LONG, DOUBLE, LIST, CLASS, PASSWORD. Versions 3-4. */
  configType: number;
  /** The configuration documentation. Versions 3-4, nullable 1-4. */
  documentation: string | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeConfigsResponseDescribeConfigsResourceResult(r: Reader, v: number): DescribeConfigsResponseDescribeConfigsResourceResult {
  const flex = v >= 4;
  let at = '';
  try {
    at = 'name';
    const name = (flex ? r.compactString() : r.string());
    at = 'value';
    const value = (flex ? r.compactNullableString() : r.nullableString());
    at = 'readOnly';
    const readOnly = r.bool();
    at = 'configSource';
    const configSource = r.int8();
    at = 'isSensitive';
    const isSensitive = r.bool();
    at = 'synonyms';
    const synonyms = r.array(flex, decodeDescribeConfigsResponseDescribeConfigsSynonym, v, 3);
    at = 'configType';
    const configType = v >= 3 ? r.int8() : 0;
    at = 'documentation';
    const documentation = v >= 3 ? (flex ? r.compactNullableString() : r.nullableString()) : "";
    const o: DescribeConfigsResponseDescribeConfigsResourceResult = { name, value, readOnly, configSource, isSensitive, synonyms, configType, documentation, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDescribeConfigsResponseDescribeConfigsResourceResult(o: DescribeConfigsResponseDescribeConfigsResourceResult, v: number): number {
  const flex = v >= 4;
  let s = 3;
  s += (flex ? sizeOf.compactString(o.name) : sizeOf.string(o.name));
  s += (flex ? sizeOf.compactNullableString(o.value) : sizeOf.nullableString(o.value));
  s += sizeOf.array(flex, o.synonyms, sizeDescribeConfigsResponseDescribeConfigsSynonym, v);
  if (v >= 3) s += 1;
  if (v >= 3) s += (flex ? sizeOf.compactNullableString(o.documentation) : sizeOf.nullableString(o.documentation));
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeDescribeConfigsResponseDescribeConfigsResourceResult(w: Writer, o: DescribeConfigsResponseDescribeConfigsResourceResult, v: number): void {
  const flex = v >= 4;
  (flex ? w.compactString(o.name) : w.string(o.name));
  (flex ? w.compactNullableString(o.value) : w.nullableString(o.value));
  w.bool(o.readOnly);
  w.int8(o.configSource);
  w.bool(o.isSensitive);
  w.array(flex, o.synonyms, writeDescribeConfigsResponseDescribeConfigsSynonym, v);
  if (v >= 3) w.int8(o.configType);
  if (v >= 3) (flex ? w.compactNullableString(o.documentation) : w.nullableString(o.documentation));
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** DescribeConfigsSynonym (in DescribeConfigsResponse). */
export interface DescribeConfigsResponseDescribeConfigsSynonym {
  /** The synonym name. Versions 1-4. */
  name: string;
  /** The synonym value. Versions 1-4, nullable 1-4. */
  value: string | null;
  /** The synonym source. Versions 1-4. */
  source: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeConfigsResponseDescribeConfigsSynonym(r: Reader, v: number): DescribeConfigsResponseDescribeConfigsSynonym {
  const flex = v >= 4;
  let at = '';
  try {
    at = 'name';
    const name = (flex ? r.compactString() : r.string());
    at = 'value';
    const value = (flex ? r.compactNullableString() : r.nullableString());
    at = 'source';
    const source = r.int8();
    const o: DescribeConfigsResponseDescribeConfigsSynonym = { name, value, source, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDescribeConfigsResponseDescribeConfigsSynonym(o: DescribeConfigsResponseDescribeConfigsSynonym, v: number): number {
  const flex = v >= 4;
  let s = 1;
  s += (flex ? sizeOf.compactString(o.name) : sizeOf.string(o.name));
  s += (flex ? sizeOf.compactNullableString(o.value) : sizeOf.nullableString(o.value));
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeDescribeConfigsResponseDescribeConfigsSynonym(w: Writer, o: DescribeConfigsResponseDescribeConfigsSynonym, v: number): void {
  const flex = v >= 4;
  (flex ? w.compactString(o.name) : w.string(o.name));
  (flex ? w.compactNullableString(o.value) : w.nullableString(o.value));
  w.int8(o.source);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}
