// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   AlterClientQuotasRequest.json
//   AlterClientQuotasResponse.json

import { Reader, Writer, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** AlterClientQuotasRequest, versions 0-1. */
export interface AlterClientQuotasRequest {
  /** The quota configuration entries to alter. Versions 0-1. */
  entries: AlterClientQuotasRequestEntryData[];
  /** Whether the alteration should be validated, but not performed. Versions 0-1. */
  validateOnly: boolean;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAlterClientQuotasRequest(r: Reader, v: number): AlterClientQuotasRequest {
  const flex = v >= 1;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 1);
    at = 'entries';
    const entries = r.array(flex, decodeAlterClientQuotasRequestEntryData, v, 2);
    at = 'validateOnly';
    const validateOnly = r.bool();
    const o: AlterClientQuotasRequest = { entries, validateOnly, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'AlterClientQuotasRequest', 49, v);
  }
}

export function sizeAlterClientQuotasRequest(o: AlterClientQuotasRequest, v: number): number {
  const flex = v >= 1;
  let s = 1;
  s += sizeOf.array(flex, o.entries, sizeAlterClientQuotasRequestEntryData, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeAlterClientQuotasRequest(w: Writer, o: AlterClientQuotasRequest, v: number): void {
  const flex = v >= 1;
  w.array(flex, o.entries, writeAlterClientQuotasRequestEntryData, v);
  w.bool(o.validateOnly);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes AlterClientQuotasRequest in place. */
export function encodeAlterClientQuotasRequest(o: AlterClientQuotasRequest, v: number): Buffer {
  return encodeWith(sizeAlterClientQuotasRequest, writeAlterClientQuotasRequest, o, v, 0, 1, 'AlterClientQuotasRequest');
}

/** EntryData (in AlterClientQuotasRequest). */
export interface AlterClientQuotasRequestEntryData {
  /** The quota entity to alter. Versions 0-1. */
  entity: AlterClientQuotasRequestEntityData[];
  /** An individual quota configuration entry to alter. Versions 0-1. */
  ops: AlterClientQuotasRequestOpData[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAlterClientQuotasRequestEntryData(r: Reader, v: number): AlterClientQuotasRequestEntryData {
  const flex = v >= 1;
  let at = '';
  try {
    at = 'entity';
    const entity = r.array(flex, decodeAlterClientQuotasRequestEntityData, v, 2);
    at = 'ops';
    const ops = r.array(flex, decodeAlterClientQuotasRequestOpData, v, 10);
    const o: AlterClientQuotasRequestEntryData = { entity, ops, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeAlterClientQuotasRequestEntryData(o: AlterClientQuotasRequestEntryData, v: number): number {
  const flex = v >= 1;
  let s = 0;
  s += sizeOf.array(flex, o.entity, sizeAlterClientQuotasRequestEntityData, v);
  s += sizeOf.array(flex, o.ops, sizeAlterClientQuotasRequestOpData, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeAlterClientQuotasRequestEntryData(w: Writer, o: AlterClientQuotasRequestEntryData, v: number): void {
  const flex = v >= 1;
  w.array(flex, o.entity, writeAlterClientQuotasRequestEntityData, v);
  w.array(flex, o.ops, writeAlterClientQuotasRequestOpData, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** EntityData (in AlterClientQuotasRequest). */
export interface AlterClientQuotasRequestEntityData {
  /** The entity type. Versions 0-1. */
  entityType: string;
  /** The name of the entity, or null if the default. Versions 0-1, nullable 0-1. */
  entityName: string | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAlterClientQuotasRequestEntityData(r: Reader, v: number): AlterClientQuotasRequestEntityData {
  const flex = v >= 1;
  let at = '';
  try {
    at = 'entityType';
    const entityType = (flex ? r.compactString() : r.string());
    at = 'entityName';
    const entityName = (flex ? r.compactNullableString() : r.nullableString());
    const o: AlterClientQuotasRequestEntityData = { entityType, entityName, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeAlterClientQuotasRequestEntityData(o: AlterClientQuotasRequestEntityData, v: number): number {
  const flex = v >= 1;
  let s = 0;
  s += (flex ? sizeOf.compactString(o.entityType) : sizeOf.string(o.entityType));
  s += (flex ? sizeOf.compactNullableString(o.entityName) : sizeOf.nullableString(o.entityName));
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeAlterClientQuotasRequestEntityData(w: Writer, o: AlterClientQuotasRequestEntityData, v: number): void {
  const flex = v >= 1;
  (flex ? w.compactString(o.entityType) : w.string(o.entityType));
  (flex ? w.compactNullableString(o.entityName) : w.nullableString(o.entityName));
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** OpData (in AlterClientQuotasRequest). */
export interface AlterClientQuotasRequestOpData {
  /** The quota configuration key. Versions 0-1. */
  key: string;
  /** The value to set, otherwise ignored if the value is to be removed. Versions 0-1. */
  value: number;
  /** Whether the quota configuration value should be removed, otherwise set. Versions 0-1. */
  remove: boolean;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAlterClientQuotasRequestOpData(r: Reader, v: number): AlterClientQuotasRequestOpData {
  const flex = v >= 1;
  let at = '';
  try {
    at = 'key';
    const key = (flex ? r.compactString() : r.string());
    at = 'value';
    const value = r.float64();
    at = 'remove';
    const remove = r.bool();
    const o: AlterClientQuotasRequestOpData = { key, value, remove, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeAlterClientQuotasRequestOpData(o: AlterClientQuotasRequestOpData, v: number): number {
  const flex = v >= 1;
  let s = 9;
  s += (flex ? sizeOf.compactString(o.key) : sizeOf.string(o.key));
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeAlterClientQuotasRequestOpData(w: Writer, o: AlterClientQuotasRequestOpData, v: number): void {
  const flex = v >= 1;
  (flex ? w.compactString(o.key) : w.string(o.key));
  w.float64(o.value);
  w.bool(o.remove);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** AlterClientQuotasResponse, versions 0-1. */
export interface AlterClientQuotasResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0-1. */
  throttleTimeMs: number;
  /** The quota configuration entries to alter. Versions 0-1. */
  entries: AlterClientQuotasResponseEntryData[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAlterClientQuotasResponse(r: Reader, v: number): AlterClientQuotasResponse {
  const flex = v >= 1;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 1);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'entries';
    const entries = r.array(flex, decodeAlterClientQuotasResponseEntryData, v, 4);
    const o: AlterClientQuotasResponse = { throttleTimeMs, entries, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'AlterClientQuotasResponse', 49, v);
  }
}

export function sizeAlterClientQuotasResponse(o: AlterClientQuotasResponse, v: number): number {
  const flex = v >= 1;
  let s = 4;
  s += sizeOf.array(flex, o.entries, sizeAlterClientQuotasResponseEntryData, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeAlterClientQuotasResponse(w: Writer, o: AlterClientQuotasResponse, v: number): void {
  const flex = v >= 1;
  w.int32(o.throttleTimeMs);
  w.array(flex, o.entries, writeAlterClientQuotasResponseEntryData, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes AlterClientQuotasResponse in place. */
export function encodeAlterClientQuotasResponse(o: AlterClientQuotasResponse, v: number): Buffer {
  return encodeWith(sizeAlterClientQuotasResponse, writeAlterClientQuotasResponse, o, v, 0, 1, 'AlterClientQuotasResponse');
}

/** EntryData (in AlterClientQuotasResponse). */
export interface AlterClientQuotasResponseEntryData {
  /** The error code, or `0` if the quota alteration succeeded. Versions 0-1. */
  errorCode: number;
  /** The error message, or `null` if the quota alteration succeeded. Versions 0-1, nullable 0-1. */
  errorMessage: string | null;
  /** The quota entity to alter. Versions 0-1. */
  entity: AlterClientQuotasResponseEntityData[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAlterClientQuotasResponseEntryData(r: Reader, v: number): AlterClientQuotasResponseEntryData {
  const flex = v >= 1;
  let at = '';
  try {
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'errorMessage';
    const errorMessage = (flex ? r.compactNullableString() : r.nullableString());
    at = 'entity';
    const entity = r.array(flex, decodeAlterClientQuotasResponseEntityData, v, 2);
    const o: AlterClientQuotasResponseEntryData = { errorCode, errorMessage, entity, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeAlterClientQuotasResponseEntryData(o: AlterClientQuotasResponseEntryData, v: number): number {
  const flex = v >= 1;
  let s = 2;
  s += (flex ? sizeOf.compactNullableString(o.errorMessage) : sizeOf.nullableString(o.errorMessage));
  s += sizeOf.array(flex, o.entity, sizeAlterClientQuotasResponseEntityData, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeAlterClientQuotasResponseEntryData(w: Writer, o: AlterClientQuotasResponseEntryData, v: number): void {
  const flex = v >= 1;
  w.int16(o.errorCode);
  (flex ? w.compactNullableString(o.errorMessage) : w.nullableString(o.errorMessage));
  w.array(flex, o.entity, writeAlterClientQuotasResponseEntityData, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** EntityData (in AlterClientQuotasResponse). */
export interface AlterClientQuotasResponseEntityData {
  /** The entity type. Versions 0-1. */
  entityType: string;
  /** The name of the entity, or null if the default. Versions 0-1, nullable 0-1. */
  entityName: string | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAlterClientQuotasResponseEntityData(r: Reader, v: number): AlterClientQuotasResponseEntityData {
  const flex = v >= 1;
  let at = '';
  try {
    at = 'entityType';
    const entityType = (flex ? r.compactString() : r.string());
    at = 'entityName';
    const entityName = (flex ? r.compactNullableString() : r.nullableString());
    const o: AlterClientQuotasResponseEntityData = { entityType, entityName, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeAlterClientQuotasResponseEntityData(o: AlterClientQuotasResponseEntityData, v: number): number {
  const flex = v >= 1;
  let s = 0;
  s += (flex ? sizeOf.compactString(o.entityType) : sizeOf.string(o.entityType));
  s += (flex ? sizeOf.compactNullableString(o.entityName) : sizeOf.nullableString(o.entityName));
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeAlterClientQuotasResponseEntityData(w: Writer, o: AlterClientQuotasResponseEntityData, v: number): void {
  const flex = v >= 1;
  (flex ? w.compactString(o.entityType) : w.string(o.entityType));
  (flex ? w.compactNullableString(o.entityName) : w.nullableString(o.entityName));
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}
