// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   DescribeClientQuotasRequest.json
//   DescribeClientQuotasResponse.json

import { Reader, Writer, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** DescribeClientQuotasRequest, versions 0-1. */
export interface DescribeClientQuotasRequest {
  /** Filter components to apply to quota entities. Versions 0-1. */
  components: DescribeClientQuotasRequestComponentData[];
  /** Whether the match is strict, i.e. should exclude entities with unspecified entity types. Versions 0-1. */
  strict: boolean;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeClientQuotasRequest(r: Reader, v: number): DescribeClientQuotasRequest {
  const flex = v >= 1;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 1);
    at = 'components';
    const components = r.array(flex, decodeDescribeClientQuotasRequestComponentData, v, 3);
    at = 'strict';
    const strict = r.bool();
    const o: DescribeClientQuotasRequest = { components, strict, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'DescribeClientQuotasRequest', 48, v);
  }
}

export function sizeDescribeClientQuotasRequest(o: DescribeClientQuotasRequest, v: number): number {
  const flex = v >= 1;
  let s = 1;
  s += sizeOf.array(flex, o.components, sizeDescribeClientQuotasRequestComponentData, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeDescribeClientQuotasRequest(w: Writer, o: DescribeClientQuotasRequest, v: number): void {
  const flex = v >= 1;
  w.array(flex, o.components, writeDescribeClientQuotasRequestComponentData, v);
  w.bool(o.strict);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes DescribeClientQuotasRequest in place. */
export function encodeDescribeClientQuotasRequest(o: DescribeClientQuotasRequest, v: number): Buffer {
  return encodeWith(sizeDescribeClientQuotasRequest, writeDescribeClientQuotasRequest, o, v, 0, 1, 'DescribeClientQuotasRequest');
}

/** ComponentData (in DescribeClientQuotasRequest). */
export interface DescribeClientQuotasRequestComponentData {
  /** The entity type that the filter component applies to. Versions 0-1. */
  entityType: string;
  /** How to match the entity {0 = exact name, 1 = default name, 2 = any specified name}. Versions 0-1. */
  matchType: number;
  /** The string to match against, or null if unused for the match type. Versions 0-1, nullable 0-1. */
  match: string | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeClientQuotasRequestComponentData(r: Reader, v: number): DescribeClientQuotasRequestComponentData {
  const flex = v >= 1;
  let at = '';
  try {
    at = 'entityType';
    const entityType = (flex ? r.compactString() : r.string());
    at = 'matchType';
    const matchType = r.int8();
    at = 'match';
    const match = (flex ? r.compactNullableString() : r.nullableString());
    const o: DescribeClientQuotasRequestComponentData = { entityType, matchType, match, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDescribeClientQuotasRequestComponentData(o: DescribeClientQuotasRequestComponentData, v: number): number {
  const flex = v >= 1;
  let s = 1;
  s += (flex ? sizeOf.compactString(o.entityType) : sizeOf.string(o.entityType));
  s += (flex ? sizeOf.compactNullableString(o.match) : sizeOf.nullableString(o.match));
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeDescribeClientQuotasRequestComponentData(w: Writer, o: DescribeClientQuotasRequestComponentData, v: number): void {
  const flex = v >= 1;
  (flex ? w.compactString(o.entityType) : w.string(o.entityType));
  w.int8(o.matchType);
  (flex ? w.compactNullableString(o.match) : w.nullableString(o.match));
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** DescribeClientQuotasResponse, versions 0-1. */
export interface DescribeClientQuotasResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0-1. */
  throttleTimeMs: number;
  /** The error code, or `0` if the quota description succeeded. Versions 0-1. */
  errorCode: number;
  /** The error message, or `null` if the quota description succeeded. Versions 0-1, nullable 0-1. */
  errorMessage: string | null;
  /** A result entry. Versions 0-1, nullable 0-1. */
  entries: DescribeClientQuotasResponseEntryData[] | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeClientQuotasResponse(r: Reader, v: number): DescribeClientQuotasResponse {
  const flex = v >= 1;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 1);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'errorMessage';
    const errorMessage = (flex ? r.compactNullableString() : r.nullableString());
    at = 'entries';
    const entries = r.nullableArray(flex, decodeDescribeClientQuotasResponseEntryData, v, 2);
    const o: DescribeClientQuotasResponse = { throttleTimeMs, errorCode, errorMessage, entries, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'DescribeClientQuotasResponse', 48, v);
  }
}

export function sizeDescribeClientQuotasResponse(o: DescribeClientQuotasResponse, v: number): number {
  const flex = v >= 1;
  let s = 6;
  s += (flex ? sizeOf.compactNullableString(o.errorMessage) : sizeOf.nullableString(o.errorMessage));
  s += sizeOf.nullableArray(flex, o.entries, sizeDescribeClientQuotasResponseEntryData, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeDescribeClientQuotasResponse(w: Writer, o: DescribeClientQuotasResponse, v: number): void {
  const flex = v >= 1;
  w.int32(o.throttleTimeMs);
  w.int16(o.errorCode);
  (flex ? w.compactNullableString(o.errorMessage) : w.nullableString(o.errorMessage));
  w.nullableArray(flex, o.entries, writeDescribeClientQuotasResponseEntryData, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes DescribeClientQuotasResponse in place. */
export function encodeDescribeClientQuotasResponse(o: DescribeClientQuotasResponse, v: number): Buffer {
  return encodeWith(sizeDescribeClientQuotasResponse, writeDescribeClientQuotasResponse, o, v, 0, 1, 'DescribeClientQuotasResponse');
}

/** EntryData (in DescribeClientQuotasResponse). */
export interface DescribeClientQuotasResponseEntryData {
  /** The quota entity description. Versions 0-1. */
  entity: DescribeClientQuotasResponseEntityData[];
  /** The quota values for the entity. Versions 0-1. */
  values: DescribeClientQuotasResponseValueData[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeClientQuotasResponseEntryData(r: Reader, v: number): DescribeClientQuotasResponseEntryData {
  const flex = v >= 1;
  let at = '';
  try {
    at = 'entity';
    const entity = r.array(flex, decodeDescribeClientQuotasResponseEntityData, v, 2);
    at = 'values';
    const values = r.array(flex, decodeDescribeClientQuotasResponseValueData, v, 9);
    const o: DescribeClientQuotasResponseEntryData = { entity, values, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDescribeClientQuotasResponseEntryData(o: DescribeClientQuotasResponseEntryData, v: number): number {
  const flex = v >= 1;
  let s = 0;
  s += sizeOf.array(flex, o.entity, sizeDescribeClientQuotasResponseEntityData, v);
  s += sizeOf.array(flex, o.values, sizeDescribeClientQuotasResponseValueData, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeDescribeClientQuotasResponseEntryData(w: Writer, o: DescribeClientQuotasResponseEntryData, v: number): void {
  const flex = v >= 1;
  w.array(flex, o.entity, writeDescribeClientQuotasResponseEntityData, v);
  w.array(flex, o.values, writeDescribeClientQuotasResponseValueData, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** EntityData (in DescribeClientQuotasResponse). */
export interface DescribeClientQuotasResponseEntityData {
  /** The entity type. Versions 0-1. */
  entityType: string;
  /** The entity name, or null if the default. Versions 0-1, nullable 0-1. */
  entityName: string | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeClientQuotasResponseEntityData(r: Reader, v: number): DescribeClientQuotasResponseEntityData {
  const flex = v >= 1;
  let at = '';
  try {
    at = 'entityType';
    const entityType = (flex ? r.compactString() : r.string());
    at = 'entityName';
    const entityName = (flex ? r.compactNullableString() : r.nullableString());
    const o: DescribeClientQuotasResponseEntityData = { entityType, entityName, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDescribeClientQuotasResponseEntityData(o: DescribeClientQuotasResponseEntityData, v: number): number {
  const flex = v >= 1;
  let s = 0;
  s += (flex ? sizeOf.compactString(o.entityType) : sizeOf.string(o.entityType));
  s += (flex ? sizeOf.compactNullableString(o.entityName) : sizeOf.nullableString(o.entityName));
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeDescribeClientQuotasResponseEntityData(w: Writer, o: DescribeClientQuotasResponseEntityData, v: number): void {
  const flex = v >= 1;
  (flex ? w.compactString(o.entityType) : w.string(o.entityType));
  (flex ? w.compactNullableString(o.entityName) : w.nullableString(o.entityName));
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** ValueData (in DescribeClientQuotasResponse). */
export interface DescribeClientQuotasResponseValueData {
  /** The quota configuration key. Versions 0-1. */
  key: string;
  /** The quota configuration value. Versions 0-1. */
  value: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeClientQuotasResponseValueData(r: Reader, v: number): DescribeClientQuotasResponseValueData {
  const flex = v >= 1;
  let at = '';
  try {
    at = 'key';
    const key = (flex ? r.compactString() : r.string());
    at = 'value';
    const value = r.float64();
    const o: DescribeClientQuotasResponseValueData = { key, value, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDescribeClientQuotasResponseValueData(o: DescribeClientQuotasResponseValueData, v: number): number {
  const flex = v >= 1;
  let s = 8;
  s += (flex ? sizeOf.compactString(o.key) : sizeOf.string(o.key));
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeDescribeClientQuotasResponseValueData(w: Writer, o: DescribeClientQuotasResponseValueData, v: number): void {
  const flex = v >= 1;
  (flex ? w.compactString(o.key) : w.string(o.key));
  w.float64(o.value);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}
