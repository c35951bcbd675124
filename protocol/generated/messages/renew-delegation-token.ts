// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   RenewDelegationTokenRequest.json
//   RenewDelegationTokenResponse.json

import { Reader, Writer, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedIn } from '../../primitives/codec-runtime.js';

/** RenewDelegationTokenRequest, versions 1-2. */
export interface RenewDelegationTokenRequest {
  /** The HMAC of the delegation token to be renewed. Versions 1-2. */
  hmac: Buffer;
  /** The renewal time period in milliseconds. Versions 1-2. */
  renewPeriodMs: bigint;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeRenewDelegationTokenRequest(r: Reader, v: number): RenewDelegationTokenRequest {
  const flex = v >= 2;
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 2);
    at = 'hmac';
    const hmac = (flex ? r.compactBytes() : r.bytes());
    at = 'renewPeriodMs';
    const renewPeriodMs = r.int64();
    const o: RenewDelegationTokenRequest = { hmac, renewPeriodMs, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'RenewDelegationTokenRequest', 39, v);
  }
}

export function sizeRenewDelegationTokenRequest(o: RenewDelegationTokenRequest, v: number): number {
  const flex = v >= 2;
  let s = 8;
  s += (flex ? sizeOf.compactBytes(o.hmac) : sizeOf.bytes(o.hmac));
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeRenewDelegationTokenRequest(w: Writer, o: RenewDelegationTokenRequest, v: number): void {
  const flex = v >= 2;
  (flex ? w.compactBytes(o.hmac) : w.bytes(o.hmac));
  w.int64(o.renewPeriodMs);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes RenewDelegationTokenRequest in place. */
export function encodeRenewDelegationTokenRequest(o: RenewDelegationTokenRequest, v: number): Buffer {
  return encodeWith(sizeRenewDelegationTokenRequest, writeRenewDelegationTokenRequest, o, v, 1, 2, 'RenewDelegationTokenRequest');
}

/** RenewDelegationTokenResponse, versions 1-2. */
export interface RenewDelegationTokenResponse {
  /** The error code, or 0 if there was no error. Versions 1-2. */
  errorCode: number;
  /** The timestamp in milliseconds at which this token expires. Versions 1-2. */
  expiryTimestampMs: bigint;
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 1-2. */
  throttleTimeMs: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeRenewDelegationTokenResponse(r: Reader, v: number): RenewDelegationTokenResponse {
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
    const o: RenewDelegationTokenResponse = { errorCode, expiryTimestampMs, throttleTimeMs, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'RenewDelegationTokenResponse', 39, v);
  }
}

export function sizeRenewDelegationTokenResponse(o: RenewDelegationTokenResponse, v: number): number {
  const flex = v >= 2;
  let s = 14;
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeRenewDelegationTokenResponse(w: Writer, o: RenewDelegationTokenResponse, v: number): void {
  const flex = v >= 2;
  w.int16(o.errorCode);
  w.int64(o.expiryTimestampMs);
  w.int32(o.throttleTimeMs);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes RenewDelegationTokenResponse in place. */
export function encodeRenewDelegationTokenResponse(o: RenewDelegationTokenResponse, v: number): Buffer {
  return encodeWith(sizeRenewDelegationTokenResponse, writeRenewDelegationTokenResponse, o, v, 1, 2, 'RenewDelegationTokenResponse');
}
