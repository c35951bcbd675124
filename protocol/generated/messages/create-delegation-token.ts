// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   CreateDelegationTokenRequest.json
//   CreateDelegationTokenResponse.json

import { Reader, Writer, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { absentField, checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** CreateDelegationTokenRequest, versions 1-3. */
export interface CreateDelegationTokenRequest {
  /** The principal type of the owner of the token. If it's null it defaults to the token request principal. Versions 3, nullable 3. */
  ownerPrincipalType: string | null;
  /** The principal name of the owner of the token. If it's null it defaults to the token request principal. Versions 3, nullable 3. */
  ownerPrincipalName: string | null;
  /** A list of those who are allowed to renew this token before it expires. Versions 1-3. */
  renewers: CreateDelegationTokenRequestCreatableRenewers[];
  /** The maximum lifetime of the token in milliseconds, or -1 to use the server side default. Versions 1-3. */
  maxLifetimeMs: bigint;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeCreateDelegationTokenRequest(r: Reader, v: number): CreateDelegationTokenRequest {
  const flex = v >= 2;
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 3);
    at = 'ownerPrincipalType';
    const ownerPrincipalType = v >= 3 ? r.compactNullableString() : "";
    at = 'ownerPrincipalName';
    const ownerPrincipalName = v >= 3 ? r.compactNullableString() : "";
    at = 'renewers';
    const renewers = r.array(flex, decodeCreateDelegationTokenRequestCreatableRenewers, v, 2);
    at = 'maxLifetimeMs';
    const maxLifetimeMs = r.int64();
    const o: CreateDelegationTokenRequest = { ownerPrincipalType, ownerPrincipalName, renewers, maxLifetimeMs, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'CreateDelegationTokenRequest', 38, v);
  }
}

export function sizeCreateDelegationTokenRequest(o: CreateDelegationTokenRequest, v: number): number {
  const flex = v >= 2;
  if (!(v >= 3) && !(o.ownerPrincipalType === "")) throw absentField('ownerPrincipalType', v);
  if (!(v >= 3) && !(o.ownerPrincipalName === "")) throw absentField('ownerPrincipalName', v);
  let s = 8;
  if (v >= 3) s += sizeOf.compactNullableString(o.ownerPrincipalType);
  if (v >= 3) s += sizeOf.compactNullableString(o.ownerPrincipalName);
  s += sizeOf.array(flex, o.renewers, sizeCreateDelegationTokenRequestCreatableRenewers, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeCreateDelegationTokenRequest(w: Writer, o: CreateDelegationTokenRequest, v: number): void {
  const flex = v >= 2;
  if (v >= 3) w.compactNullableString(o.ownerPrincipalType);
  if (v >= 3) w.compactNullableString(o.ownerPrincipalName);
  w.array(flex, o.renewers, writeCreateDelegationTokenRequestCreatableRenewers, v);
  w.int64(o.maxLifetimeMs);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes CreateDelegationTokenRequest in place. */
export function encodeCreateDelegationTokenRequest(o: CreateDelegationTokenRequest, v: number): Buffer {
  return encodeWith(sizeCreateDelegationTokenRequest, writeCreateDelegationTokenRequest, o, v, 1, 3, 'CreateDelegationTokenRequest');
}

/** CreatableRenewers (in CreateDelegationTokenRequest). */
export interface CreateDelegationTokenRequestCreatableRenewers {
  /** The type of the Kafka principal. Versions 1-3. */
  principalType: string;
  /** The name of the Kafka principal. Versions 1-3. */
  principalName: string;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeCreateDelegationTokenRequestCreatableRenewers(r: Reader, v: number): CreateDelegationTokenRequestCreatableRenewers {
  const flex = v >= 2;
  let at = '';
  try {
    at = 'principalType';
    const principalType = (flex ? r.compactString() : r.string());
    at = 'principalName';
    const principalName = (flex ? r.compactString() : r.string());
    const o: CreateDelegationTokenRequestCreatableRenewers = { principalType, principalName, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeCreateDelegationTokenRequestCreatableRenewers(o: CreateDelegationTokenRequestCreatableRenewers, v: number): number {
  const flex = v >= 2;
  let s = 0;
  s += (flex ? sizeOf.compactString(o.principalType) : sizeOf.string(o.principalType));
  s += (flex ? sizeOf.compactString(o.principalName) : sizeOf.string(o.principalName));
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeCreateDelegationTokenRequestCreatableRenewers(w: Writer, o: CreateDelegationTokenRequestCreatableRenewers, v: number): void {
  const flex = v >= 2;
  (flex ? w.compactString(o.principalType) : w.string(o.principalType));
  (flex ? w.compactString(o.principalName) : w.string(o.principalName));
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** CreateDelegationTokenResponse, versions 1-3. */
export interface CreateDelegationTokenResponse {
  /** The top-level error, or zero if there was no error. Versions 1-3. */
  errorCode: number;
  /** The principal type of the token owner. Versions 1-3. */
  principalType: string;
  /** The name of the token owner. Versions 1-3. */
  principalName: string;
  /** The principal type of the requester of the token. Versions 3. */
  tokenRequesterPrincipalType: string;
  /** The principal type of the requester of the token. Versions 3. */
  tokenRequesterPrincipalName: string;
  /** When this token was generated. Versions 1-3. */
  issueTimestampMs: bigint;
  /** When this token expires. Versions 1-3. */
  expiryTimestampMs: bigint;
  /** The maximum lifetime of this token. Versions 1-3. */
  maxTimestampMs: bigint;
  /** The token UUID. Versions 1-3. */
  tokenId: string;
  /** HMAC of the delegation token. Versions 1-3. */
  hmac: Buffer;
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 1-3. */
  throttleTimeMs: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeCreateDelegationTokenResponse(r: Reader, v: number): CreateDelegationTokenResponse {
  const flex = v >= 2;
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 3);
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'principalType';
    const principalType = (flex ? r.compactString() : r.string());
    at = 'principalName';
    const principalName = (flex ? r.compactString() : r.string());
    at = 'tokenRequesterPrincipalType';
    const tokenRequesterPrincipalType = v >= 3 ? r.compactString() : "";
    at = 'tokenRequesterPrincipalName';
    const tokenRequesterPrincipalName = v >= 3 ? r.compactString() : "";
    at = 'issueTimestampMs';
    const issueTimestampMs = r.int64();
    at = 'expiryTimestampMs';
    const expiryTimestampMs = r.int64();
    at = 'maxTimestampMs';
    const maxTimestampMs = r.int64();
    at = 'tokenId';
    const tokenId = (flex ? r.compactString() : r.string());
    at = 'hmac';
    const hmac = (flex ? r.compactBytes() : r.bytes());
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    const o: CreateDelegationTokenResponse = { errorCode, principalType, principalName, tokenRequesterPrincipalType, tokenRequesterPrincipalName, issueTimestampMs, expiryTimestampMs, maxTimestampMs, tokenId, hmac, throttleTimeMs, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'CreateDelegationTokenResponse', 38, v);
  }
}

export function sizeCreateDelegationTokenResponse(o: CreateDelegationTokenResponse, v: number): number {
  const flex = v >= 2;
  if (!(v >= 3) && !(o.tokenRequesterPrincipalType === "")) throw absentField('tokenRequesterPrincipalType', v);
  if (!(v >= 3) && !(o.tokenRequesterPrincipalName === "")) throw absentField('tokenRequesterPrincipalName', v);
  let s = 30;
  s += (flex ? sizeOf.compactString(o.principalType) : sizeOf.string(o.principalType));
  s += (flex ? sizeOf.compactString(o.principalName) : sizeOf.string(o.principalName));
  if (v >= 3) s += sizeOf.compactString(o.tokenRequesterPrincipalType);
  if (v >= 3) s += sizeOf.compactString(o.tokenRequesterPrincipalName);
  s += (flex ? sizeOf.compactString(o.tokenId) : sizeOf.string(o.tokenId));
  s += (flex ? sizeOf.compactBytes(o.hmac) : sizeOf.bytes(o.hmac));
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeCreateDelegationTokenResponse(w: Writer, o: CreateDelegationTokenResponse, v: number): void {
  const flex = v >= 2;
  w.int16(o.errorCode);
  (flex ? w.compactString(o.principalType) : w.string(o.principalType));
  (flex ? w.compactString(o.principalName) : w.string(o.principalName));
  if (v >= 3) w.compactString(o.tokenRequesterPrincipalType);
  if (v >= 3) w.compactString(o.tokenRequesterPrincipalName);
  w.int64(o.issueTimestampMs);
  w.int64(o.expiryTimestampMs);
  w.int64(o.maxTimestampMs);
  (flex ? w.compactString(o.tokenId) : w.string(o.tokenId));
  (flex ? w.compactBytes(o.hmac) : w.bytes(o.hmac));
  w.int32(o.throttleTimeMs);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes CreateDelegationTokenResponse in place. */
export function encodeCreateDelegationTokenResponse(o: CreateDelegationTokenResponse, v: number): Buffer {
  return encodeWith(sizeCreateDelegationTokenResponse, writeCreateDelegationTokenResponse, o, v, 1, 3, 'CreateDelegationTokenResponse');
}
