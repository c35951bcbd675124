// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   UpdateFeaturesRequest.json
//   UpdateFeaturesResponse.json

import { Reader, Writer, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { absentField, checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** UpdateFeaturesRequest, versions 0-2. */
export interface UpdateFeaturesRequest {
  /** How long to wait in milliseconds before timing out the request. Versions 0-2. */
  timeoutMs: number;
  /** The list of updates to finalized features. Versions 0-2. */
  featureUpdates: UpdateFeaturesRequestFeatureUpdateKey[];
  /** True if we should validate the request, but not perform the upgrade or downgrade. Versions 1-2. */
  validateOnly: boolean;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeUpdateFeaturesRequest(r: Reader, v: number): UpdateFeaturesRequest {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 2);
    at = 'timeoutMs';
    const timeoutMs = r.int32();
    at = 'featureUpdates';
    const featureUpdates = r.array(true, decodeUpdateFeaturesRequestFeatureUpdateKey, v, 4);
    at = 'validateOnly';
    const validateOnly = v >= 1 ? r.bool() : false;
    const o: UpdateFeaturesRequest = { timeoutMs, featureUpdates, validateOnly, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'UpdateFeaturesRequest', 57, v);
  }
}

export function sizeUpdateFeaturesRequest(o: UpdateFeaturesRequest, v: number): number {
  if (!(v >= 1) && !(o.validateOnly === false)) throw absentField('validateOnly', v);
  let s = 4;
  s += sizeOf.array(true, o.featureUpdates, sizeUpdateFeaturesRequestFeatureUpdateKey, v);
  if (v >= 1) s += 1;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeUpdateFeaturesRequest(w: Writer, o: UpdateFeaturesRequest, v: number): void {
  w.int32(o.timeoutMs);
  w.array(true, o.featureUpdates, writeUpdateFeaturesRequestFeatureUpdateKey, v);
  if (v >= 1) w.bool(o.validateOnly);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes UpdateFeaturesRequest in place. */
export function encodeUpdateFeaturesRequest(o: UpdateFeaturesRequest, v: number): Buffer {
  return encodeWith(sizeUpdateFeaturesRequest, writeUpdateFeaturesRequest, o, v, 0, 2, 'UpdateFeaturesRequest');
}

/** FeatureUpdateKey (in UpdateFeaturesRequest). */
export interface UpdateFeaturesRequestFeatureUpdateKey {
  /** The name of the finalized feature to be updated. Versions 0-2. */
  feature: string;
  /** The new maximum version level for the finalized feature. A value >= 1 is valid. A value < 1, is special, and can be used to request the deletion of the finalized feature. Versions 0-2. */
  maxVersionLevel: number;
  /** DEPRECATED in version 1 (see DowngradeType). When set to true, the finalized feature version level is allowed to be downgraded/deleted. The downgrade request will fail if the new maximum version level is a value that's not lower than the existing maximum finalized version level. Versions 0. */
  allowDowngrade: boolean;
  /** Determine which type of upgrade will be performed: 1 will perform an upgrade only (default), 2 is safe downgrades only (lossless), 3 is unsafe downgrades (lossy). Versions 1-2. */
  upgradeType: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeUpdateFeaturesRequestFeatureUpdateKey(r: Reader, v: number): UpdateFeaturesRequestFeatureUpdateKey {
  let at = '';
  try {
    at = 'feature';
    const feature = r.compactString();
    at = 'maxVersionLevel';
    const maxVersionLevel = r.int16();
    at = 'allowDowngrade';
    const allowDowngrade = v <= 0 ? r.bool() : false;
    at = 'upgradeType';
    const upgradeType = v >= 1 ? r.int8() : 1;
    const o: UpdateFeaturesRequestFeatureUpdateKey = { feature, maxVersionLevel, allowDowngrade, upgradeType, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeUpdateFeaturesRequestFeatureUpdateKey(o: UpdateFeaturesRequestFeatureUpdateKey, v: number): number {
  if (!(v <= 0) && !(o.allowDowngrade === false)) throw absentField('allowDowngrade', v);
  if (!(v >= 1) && !(o.upgradeType === 1)) throw absentField('upgradeType', v);
  let s = 2;
  s += sizeOf.compactString(o.feature);
  if (v <= 0) s += 1;
  if (v >= 1) s += 1;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeUpdateFeaturesRequestFeatureUpdateKey(w: Writer, o: UpdateFeaturesRequestFeatureUpdateKey, v: number): void {
  w.compactString(o.feature);
  w.int16(o.maxVersionLevel);
  if (v <= 0) w.bool(o.allowDowngrade);
  if (v >= 1) w.int8(o.upgradeType);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** UpdateFeaturesResponse, versions 0-2. */
export interface UpdateFeaturesResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0-2. */
  throttleTimeMs: number;
  /** The top-level error code, or `0` if there was no top-level error. Versions 0-2. */
  errorCode: number;
  /** The top-level error message, or `null` if there was no top-level error. Versions 0-2, nullable 0-2. */
  errorMessage: string | null;
  /** Results for each feature update. Versions 0-1. */
  results: UpdateFeaturesResponseUpdatableFeatureResult[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeUpdateFeaturesResponse(r: Reader, v: number): UpdateFeaturesResponse {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 2);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'errorMessage';
    const errorMessage = r.compactNullableString();
    at = 'results';
    const results = v <= 1 ? r.array(true, decodeUpdateFeaturesResponseUpdatableFeatureResult, v, 5) : [];
    const o: UpdateFeaturesResponse = { throttleTimeMs, errorCode, errorMessage, results, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'UpdateFeaturesResponse', 57, v);
  }
}

export function sizeUpdateFeaturesResponse(o: UpdateFeaturesResponse, v: number): number {
  let s = 6;
  s += sizeOf.compactNullableString(o.errorMessage);
  if (v <= 1) s += sizeOf.array(true, o.results, sizeUpdateFeaturesResponseUpdatableFeatureResult, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeUpdateFeaturesResponse(w: Writer, o: UpdateFeaturesResponse, v: number): void {
  w.int32(o.throttleTimeMs);
  w.int16(o.errorCode);
  w.compactNullableString(o.errorMessage);
  if (v <= 1) w.array(true, o.results, writeUpdateFeaturesResponseUpdatableFeatureResult, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes UpdateFeaturesResponse in place. */
export function encodeUpdateFeaturesResponse(o: UpdateFeaturesResponse, v: number): Buffer {
  return encodeWith(sizeUpdateFeaturesResponse, writeUpdateFeaturesResponse, o, v, 0, 2, 'UpdateFeaturesResponse');
}

/** UpdatableFeatureResult (in UpdateFeaturesResponse). */
export interface UpdateFeaturesResponseUpdatableFeatureResult {
  /** The name of the finalized feature. Versions 0-1. */
  feature: string;
  /** The feature update error code or `0` if the feature update succeeded. Versions 0-1. */
  errorCode: number;
  /** The feature update error, or `null` if the feature update succeeded. Versions 0-1, nullable 0-1. */
  errorMessage: string | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeUpdateFeaturesResponseUpdatableFeatureResult(r: Reader, v: number): UpdateFeaturesResponseUpdatableFeatureResult {
  let at = '';
  try {
    at = 'feature';
    const feature = r.compactString();
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'errorMessage';
    const errorMessage = r.compactNullableString();
    const o: UpdateFeaturesResponseUpdatableFeatureResult = { feature, errorCode, errorMessage, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeUpdateFeaturesResponseUpdatableFeatureResult(o: UpdateFeaturesResponseUpdatableFeatureResult, _v: number): number {
  let s = 2;
  s += sizeOf.compactString(o.feature);
  s += sizeOf.compactNullableString(o.errorMessage);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeUpdateFeaturesResponseUpdatableFeatureResult(w: Writer, o: UpdateFeaturesResponseUpdatableFeatureResult, _v: number): void {
  w.compactString(o.feature);
  w.int16(o.errorCode);
  w.compactNullableString(o.errorMessage);
  w.unknownTaggedFields(o._unknownTaggedFields);
}
