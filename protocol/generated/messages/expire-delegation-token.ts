// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   ExpireDelegationTokenRequest.json
//   ExpireDelegationTokenResponse.json

import { Reader, Writer, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedIn } from '../../primitives/codec-runtime.js';

/** ExpireDelegationTokenRequest, versions 1-2. */
export interface ExpireDelegationTokenRequest {
  /** The HMAC of the delegation token to be expired. Versions 1-2. */
  hmac: Buffer;
  /** The expiry time period in milliseconds. Versions 1-2. */
  expiryTimePeriodMs: bigint;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeExpireDelegationTokenRequest(r: Reader, v: number): ExpireDelegationTokenRequest {
  const flex = v >= 2;
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 2);
    at = 'hmac';
    const hmac = (flex ? r.compactBytes() : r.bytes());
    at = 'expiryTimePeriodMs';
    const expiryTimePeriodMs = r.int64();
    const o: ExpireDelegationTokenRequest = { hmac, expiryTimePeriodMs, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'ExpireDelegationTokenRequest', 40, v);
  }
}

export function sizeExpireDelegationTokenRequest(o: ExpireDelegationTokenRequest, v: number): number {
  const flex = v >= 2;
  let s = 8;
  s += (flex ? sizeOf.compactBytes(o.hmac) : sizeOf.bytes(o.hmac));
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeExpireDelegationTokenRequest(w: Writer, o: ExpireDelegationTokenRequest, v: number): void {
  const flex = v >= 2;
  (flex ? w.compactBytes(o.hmac) : w.bytes(o.hmac));
  w.int64(o.expiryTimePeriodMs);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes ExpireDelegationTokenRequest in place. */
export function encodeExpireDelegationTokenRequest(o: ExpireDelegationTokenRequest, v: number): Buffer {
  return encodeWith(sizeExpireDelegationTokenRequest, writeExpireDelegationTokenRequest, o, v, 1, 2, 'ExpireDelegationTokenRequest');
}

/** ExpireDelegationTokenResponse, versions 1-2. */
export interface ExpireDelegationTokenResponse {
  /** The error code, or 0 if there was no error. Versions 1-2. */
  errorCode: number;
  /** The timestamp in milliseconds at which this token expires. Versions 1-2. */
  expiryTimestampMs: bigint;
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 1-2. */
  throttleTimeMs: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeExpireDelegationTokenResponse(r: Reader, v: number): ExpireDelegationTokenResponse {
  const flex = v >= 2;
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 2);
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'expiryTimestampMs';
    const expiryTimestampMs = r.int64();
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    const o: ExpireDelegationTokenResponse = { errorCode, expiryTimestampMs, throttleTimeMs, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'ExpireDelegationTokenResponse', 40, v);
  }
}

export function sizeExpireDelegationTokenResponse(o: ExpireDelegationTokenResponse, v: number): number {
  const flex = v >= 2;
  let s = 14;
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeExpireDelegationTokenResponse(w: Writer, o: ExpireDelegationTokenResponse, v: number): void {
  const flex = v >= 2;
  w.int16(o.errorCode);
  w.int64(o.expiryTimestampMs);
  w.int32(o.throttleTimeMs);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes ExpireDelegationTokenResponse in place. */
export function encodeExpireDelegationTokenResponse(o: ExpireDelegationTokenResponse, v: number): Buffer {
  return encodeWith(sizeExpireDelegationTokenResponse, writeExpireDelegationTokenResponse, o, v, 1, 2, 'ExpireDelegationTokenResponse');
}
