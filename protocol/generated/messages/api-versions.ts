// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   ApiVersionsRequest.json
//   ApiVersionsResponse.json

import { Reader, Writer, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedAt, failedIn, invalidTag } from '../../primitives/codec-runtime.js';

/** ApiVersionsRequest, versions 0-4. */
export interface ApiVersionsRequest {
  /** The name of the client. Versions 3-4. */
  clientSoftwareName: string;
  /** The version of the client. Versions 3-4. */
  clientSoftwareVersion: string;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeApiVersionsRequest(r: Reader, v: number): ApiVersionsRequest {
  const flex = v >= 3;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 4);
    at = 'clientSoftwareName';
    const clientSoftwareName = v >= 3 ? r.compactString() : "";
    at = 'clientSoftwareVersion';
    const clientSoftwareVersion = v >= 3 ? r.compactString() : "";
    const o: ApiVersionsRequest = { clientSoftwareName, clientSoftwareVersion, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'ApiVersionsRequest', 18, v);
  }
}

export function sizeApiVersionsRequest(o: ApiVersionsRequest, v: number): number {
  const flex = v >= 3;
  let s = 0;
  if (v >= 3) s += sizeOf.compactString(o.clientSoftwareName);
  if (v >= 3) s += sizeOf.compactString(o.clientSoftwareVersion);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeApiVersionsRequest(w: Writer, o: ApiVersionsRequest, v: number): void {
  const flex = v >= 3;
  if (v >= 3) w.compactString(o.clientSoftwareName);
  if (v >= 3) w.compactString(o.clientSoftwareVersion);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes ApiVersionsRequest in place. */
export function encodeApiVersionsRequest(o: ApiVersionsRequest, v: number): Buffer {
  return encodeWith(sizeApiVersionsRequest, writeApiVersionsRequest, o, v, 0, 4, 'ApiVersionsRequest');
}

/** ApiVersionsResponse, versions 0-4. */
export interface ApiVersionsResponse {
  /** The top-level error code. Versions 0-4. */
  errorCode: number;
  /** The APIs supported by the broker. Versions 0-4. */
  apiKeys: ApiVersionsResponseApiVersion[];
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 1-4. */
  throttleTimeMs: number;
  /** Features supported by the broker. Note: in v0-v3, features with MinSupportedVersion = 0 are omitted. Versions 3-4, tag 0. */
  supportedFeatures: ApiVersionsResponseSupportedFeatureKey[];
  /** The monotonically increasing epoch for the finalized features information. Valid values are >= 0. A value of -1 is special and represents unknown epoch. Versions 3-4, tag 1. */
  finalizedFeaturesEpoch: bigint;
  /** List of cluster-wide finalized features. The information is valid only if FinalizedFeaturesEpoch >= 0. Versions 3-4, tag 2. */
  finalizedFeatures: ApiVersionsResponseFinalizedFeatureKey[];
  /** Set by a KRaft controller if the required configurations for ZK migration are present. Versions 3-4, tag 3. */
  zkMigrationReady: boolean;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeApiVersionsResponse(r: Reader, v: number): ApiVersionsResponse {
  const flex = v >= 3;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 4);
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'apiKeys';
    const apiKeys = r.array(flex, decodeApiVersionsResponseApiVersion, v, 6);
    at = 'throttleTimeMs';
    const throttleTimeMs = v >= 1 ? r.int32() : 0;
    const o: ApiVersionsResponse = { errorCode, apiKeys, throttleTimeMs, supportedFeatures: [], finalizedFeaturesEpoch: -1n, finalizedFeatures: [], zkMigrationReady: false, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, tagsApiVersionsResponse);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'ApiVersionsResponse', 18, v);
  }
}

type ApiVersionsResponseTags = Pick<ApiVersionsResponse, 'supportedFeatures' | 'finalizedFeaturesEpoch' | 'finalizedFeatures' | 'zkMigrationReady'>;

function tagsApiVersionsResponse(r: Reader, tag: number, o: ApiVersionsResponseTags, v: number): boolean {
  switch (tag) {
    case 0:
      if (!(v >= 3)) throw invalidTag(0, r, v);
      o.supportedFeatures = r.array(true, decodeApiVersionsResponseSupportedFeatureKey, v, 6);
      return true;
    case 1:
      if (!(v >= 3)) throw invalidTag(1, r, v);
      o.finalizedFeaturesEpoch = r.int64();
      return true;
    case 2:
      if (!(v >= 3)) throw invalidTag(2, r, v);
      o.finalizedFeatures = r.array(true, decodeApiVersionsResponseFinalizedFeatureKey, v, 6);
      return true;
    case 3:
      if (!(v >= 3)) throw invalidTag(3, r, v);
      o.zkMigrationReady = r.bool();
      return true;
    default:
      return false;
  }
}

export function sizeApiVersionsResponse(o: ApiVersionsResponse, v: number): number {
  const flex = v >= 3;
  let s = 2;
  s += sizeOf.array(flex, o.apiKeys, sizeApiVersionsResponseApiVersion, v);
  if (v >= 1) s += 4;
  if (flex) {
    const u = o._unknownTaggedFields;
    let n = u === undefined ? 0 : u.length;
    let t = u === undefined ? 0 : sizeOf.unknownTaggedFields(u) - sizeOf.uvarint(u.length);
    if (v >= 3 && !(o.supportedFeatures.length === 0)) {
      n++;
      t += sizeOf.taggedField(0, sizeOf.array(true, o.supportedFeatures, sizeApiVersionsResponseSupportedFeatureKey, v));
    }
    if (v >= 3 && !(o.finalizedFeaturesEpoch === -1n)) {
      n++;
      t += sizeOf.taggedField(1, 8);
    }
    if (v >= 3 && !(o.finalizedFeatures.length === 0)) {
      n++;
      t += sizeOf.taggedField(2, sizeOf.array(true, o.finalizedFeatures, sizeApiVersionsResponseFinalizedFeatureKey, v));
    }
    if (v >= 3 && !(o.zkMigrationReady === false)) {
      n++;
      t += sizeOf.taggedField(3, 1);
    }
    s += sizeOf.uvarint(n) + t;
  }
  return s;
}

export function writeApiVersionsResponse(w: Writer, o: ApiVersionsResponse, v: number): void {
  const flex = v >= 3;
  w.int16(o.errorCode);
  w.array(flex, o.apiKeys, writeApiVersionsResponseApiVersion, v);
  if (v >= 1) w.int32(o.throttleTimeMs);
  if (flex) {
    const u = o._unknownTaggedFields;
    let n = u === undefined ? 0 : u.length;
    const t0 = v >= 3 && !(o.supportedFeatures.length === 0);
    if (t0) n++;
    const t1 = v >= 3 && !(o.finalizedFeaturesEpoch === -1n);
    if (t1) n++;
    const t2 = v >= 3 && !(o.finalizedFeatures.length === 0);
    if (t2) n++;
    const t3 = v >= 3 && !(o.zkMigrationReady === false);
    if (t3) n++;
    w.uvarint(n);
    let ui = 0;
    if (t0) {
      ui = w.unknownTagsBelow(u, ui, 0);
      w.taggedFieldHeader(0, sizeOf.array(true, o.supportedFeatures, sizeApiVersionsResponseSupportedFeatureKey, v));
      w.array(true, o.supportedFeatures, writeApiVersionsResponseSupportedFeatureKey, v);
    }
    if (t1) {
      ui = w.unknownTagsBelow(u, ui, 1);
      w.taggedFieldHeader(1, 8);
      w.int64(o.finalizedFeaturesEpoch);
    }
    if (t2) {
      ui = w.unknownTagsBelow(u, ui, 2);
      w.taggedFieldHeader(2, sizeOf.array(true, o.finalizedFeatures, sizeApiVersionsResponseFinalizedFeatureKey, v));
      w.array(true, o.finalizedFeatures, writeApiVersionsResponseFinalizedFeatureKey, v);
    }
    if (t3) {
      ui = w.unknownTagsBelow(u, ui, 3);
      w.taggedFieldHeader(3, 1);
      w.bool(o.zkMigrationReady);
    }
    w.unknownTagsBelow(u, ui, Infinity);
  }
}

/** Sizes once, allocates once and writes ApiVersionsResponse in place. */
export function encodeApiVersionsResponse(o: ApiVersionsResponse, v: number): Buffer {
  return encodeWith(sizeApiVersionsResponse, writeApiVersionsResponse, o, v, 0, 4, 'ApiVersionsResponse');
}

/** ApiVersion (in ApiVersionsResponse). */
export interface ApiVersionsResponseApiVersion {
  /** The API index. Versions 0-4. */
  apiKey: number;
  /** The minimum supported version, inclusive. Versions 0-4. */
  minVersion: number;
  /** The maximum supported version, inclusive. Versions 0-4. */
  maxVersion: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeApiVersionsResponseApiVersion(r: Reader, v: number): ApiVersionsResponseApiVersion {
  const flex = v >= 3;
  let at = '';
  try {
    at = 'apiKey';
    const apiKey = r.int16();
    at = 'minVersion';
    const minVersion = r.int16();
    at = 'maxVersion';
    const maxVersion = r.int16();
    const o: ApiVersionsResponseApiVersion = { apiKey, minVersion, maxVersion, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeApiVersionsResponseApiVersion(o: ApiVersionsResponseApiVersion, v: number): number {
  const flex = v >= 3;
  let s = 6;
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeApiVersionsResponseApiVersion(w: Writer, o: ApiVersionsResponseApiVersion, v: number): void {
  const flex = v >= 3;
  w.int16(o.apiKey);
  w.int16(o.minVersion);
  w.int16(o.maxVersion);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** SupportedFeatureKey (in ApiVersionsResponse). */
export interface ApiVersionsResponseSupportedFeatureKey {
  /** The name of the feature. Versions 3-4. */
  name: string;
  /** The minimum supported version for the feature. Versions 3-4. */
  minVersion: number;
  /** The maximum supported version for the feature. Versions 3-4. */
  maxVersion: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeApiVersionsResponseSupportedFeatureKey(r: Reader, v: number): ApiVersionsResponseSupportedFeatureKey {
  let at = '';
  try {
    at = 'name';
    const name = r.compactString();
    at = 'minVersion';
    const minVersion = r.int16();
    at = 'maxVersion';
    const maxVersion = r.int16();
    const o: ApiVersionsResponseSupportedFeatureKey = { name, minVersion, maxVersion, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeApiVersionsResponseSupportedFeatureKey(o: ApiVersionsResponseSupportedFeatureKey, _v: number): number {
  let s = 4;
  s += sizeOf.compactString(o.name);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeApiVersionsResponseSupportedFeatureKey(w: Writer, o: ApiVersionsResponseSupportedFeatureKey, _v: number): void {
  w.compactString(o.name);
  w.int16(o.minVersion);
  w.int16(o.maxVersion);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** FinalizedFeatureKey (in ApiVersionsResponse). */
export interface ApiVersionsResponseFinalizedFeatureKey {
  /** The name of the feature. Versions 3-4. */
  name: string;
  /** The cluster-wide finalized max version level for the feature. Versions 3-4. */
  maxVersionLevel: number;
  /** The cluster-wide finalized min version level for the feature. Versions 3-4. */
  minVersionLevel: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeApiVersionsResponseFinalizedFeatureKey(r: Reader, v: number): ApiVersionsResponseFinalizedFeatureKey {
  let at = '';
  try {
    at = 'name';
    const name = r.compactString();
    at = 'maxVersionLevel';
    const maxVersionLevel = r.int16();
    at = 'minVersionLevel';
    const minVersionLevel = r.int16();
    const o: ApiVersionsResponseFinalizedFeatureKey = { name, maxVersionLevel, minVersionLevel, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeApiVersionsResponseFinalizedFeatureKey(o: ApiVersionsResponseFinalizedFeatureKey, _v: number): number {
  let s = 4;
  s += sizeOf.compactString(o.name);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeApiVersionsResponseFinalizedFeatureKey(w: Writer, o: ApiVersionsResponseFinalizedFeatureKey, _v: number): void {
  w.compactString(o.name);
  w.int16(o.maxVersionLevel);
  w.int16(o.minVersionLevel);
  w.unknownTaggedFields(o._unknownTaggedFields);
}
