// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   DescribeDelegationTokenRequest.json
//   DescribeDelegationTokenResponse.json

import { Reader, Writer, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { absentField, checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** DescribeDelegationTokenRequest, versions 1-3. */
export interface DescribeDelegationTokenRequest {
  /** Each owner that we want to describe delegation tokens for, or null to describe all tokens. Versions 1-3, nullable 1-3. */
  owners: DescribeDelegationTokenRequestDescribeDelegationTokenOwner[] | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeDelegationTokenRequest(r: Reader, v: number): DescribeDelegationTokenRequest {
  const flex = v >= 2;
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 3);
    at = 'owners';
    const owners = r.nullableArray(flex, decodeDescribeDelegationTokenRequestDescribeDelegationTokenOwner, v, 2);
    const o: DescribeDelegationTokenRequest = { owners, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'DescribeDelegationTokenRequest', 41, v);
  }
}

export function sizeDescribeDelegationTokenRequest(o: DescribeDelegationTokenRequest, v: number): number {
  const flex = v >= 2;
  let s = 0;
  s += sizeOf.nullableArray(flex, o.owners, sizeDescribeDelegationTokenRequestDescribeDelegationTokenOwner, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeDescribeDelegationTokenRequest(w: Writer, o: DescribeDelegationTokenRequest, v: number): void {
  const flex = v >= 2;
  w.nullableArray(flex, o.owners, writeDescribeDelegationTokenRequestDescribeDelegationTokenOwner, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes DescribeDelegationTokenRequest in place. */
export function encodeDescribeDelegationTokenRequest(o: DescribeDelegationTokenRequest, v: number): Buffer {
  return encodeWith(sizeDescribeDelegationTokenRequest, writeDescribeDelegationTokenRequest, o, v, 1, 3, 'DescribeDelegationTokenRequest');
}

/** DescribeDelegationTokenOwner (in DescribeDelegationTokenRequest). */
export interface DescribeDelegationTokenRequestDescribeDelegationTokenOwner {
  /** The owner principal type. Versions 1-3. */
  principalType: string;
  /** The owner principal name. Versions 1-3. */
  principalName: string;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeDelegationTokenRequestDescribeDelegationTokenOwner(r: Reader, v: number): DescribeDelegationTokenRequestDescribeDelegationTokenOwner {
  const flex = v >= 2;
  let at = '';
  try {
    at = 'principalType';
    const principalType = (flex ? r.compactString() : r.string());
    at = 'principalName';
    const principalName = (flex ? r.compactString() : r.string());
    const o: DescribeDelegationTokenRequestDescribeDelegationTokenOwner = { principalType, principalName, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDescribeDelegationTokenRequestDescribeDelegationTokenOwner(o: DescribeDelegationTokenRequestDescribeDelegationTokenOwner, v: number): number {
  const flex = v >= 2;
  let s = 0;
  s += (flex ? sizeOf.compactString(o.principalType) : sizeOf.string(o.principalType));
  s += (flex ? sizeOf.compactString(o.principalName) : sizeOf.string(o.principalName));
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeDescribeDelegationTokenRequestDescribeDelegationTokenOwner(w: Writer, o: DescribeDelegationTokenRequestDescribeDelegationTokenOwner, v: number): void {
  const flex = v >= 2;
  (flex ? w.compactString(o.principalType) : w.string(o.principalType));
  (flex ? w.compactString(o.principalName) : w.string(o.principalName));
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** DescribeDelegationTokenResponse, versions 1-3. */
export interface DescribeDelegationTokenResponse {
  /** The error code, or 0 if there was no error. Versions 1-3. */
  errorCode: number;
  /** The tokens. Versions 1-3. */
  tokens: DescribeDelegationTokenResponseDescribedDelegationToken[];
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 1-3. */
  throttleTimeMs: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeDelegationTokenResponse(r: Reader, v: number): DescribeDelegationTokenResponse {
  const flex = v >= 2;
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 3);
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'tokens';
    const tokens = r.array(flex, decodeDescribeDelegationTokenResponseDescribedDelegationToken, v, 29);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    const o: DescribeDelegationTokenResponse = { errorCode, tokens, throttleTimeMs, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'DescribeDelegationTokenResponse', 41, v);
  }
}

export function sizeDescribeDelegationTokenResponse(o: DescribeDelegationTokenResponse, v: number): number {
  const flex = v >= 2;
  let s = 6;
  s += sizeOf.array(flex, o.tokens, sizeDescribeDelegationTokenResponseDescribedDelegationToken, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeDescribeDelegationTokenResponse(w: Writer, o: DescribeDelegationTokenResponse, v: number): void {
  const flex = v >= 2;
  w.int16(o.errorCode);
  w.array(flex, o.tokens, writeDescribeDelegationTokenResponseDescribedDelegationToken, v);
  w.int32(o.throttleTimeMs);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes DescribeDelegationTokenResponse in place. */
export function encodeDescribeDelegationTokenResponse(o: DescribeDelegationTokenResponse, v: number): Buffer {
  return encodeWith(sizeDescribeDelegationTokenResponse, writeDescribeDelegationTokenResponse, o, v, 1, 3, 'DescribeDelegationTokenResponse');
}

/** DescribedDelegationToken (in DescribeDelegationTokenResponse). */
export interface DescribeDelegationTokenResponseDescribedDelegationToken {
  /** The token principal type. Versions 1-3. */
  principalType: string;
  /** The token principal name. Versions 1-3. */
  principalName: string;
  /** The principal type of the requester of the token. Versions 3. */
  tokenRequesterPrincipalType: string;
  /** The principal type of the requester of the token. Versions 3. */
  tokenRequesterPrincipalName: string;
  /** The token issue timestamp in milliseconds. Versions 1-3. */
  issueTimestamp: bigint;
  /** The token expiry timestamp in milliseconds. Versions 1-3. */
  expiryTimestamp: bigint;
  /** The token maximum timestamp length in milliseconds. Versions 1-3. */
  maxTimestamp: bigint;
  /** The token ID. Versions 1-3. */
  tokenId: string;
  /** The token HMAC. Versions 1-3. */
  hmac: Buffer;
  /** Those who are able to renew this token before it expires. Versions 1-3. */
  renewers: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeDelegationTokenResponseDescribedDelegationToken(r: Reader, v: number): DescribeDelegationTokenResponseDescribedDelegationToken {
  const flex = v >= 2;
  let at = '';
  try {
    at = 'principalType';
    const principalType = (flex ? r.compactString() : r.string());
    at = 'principalName';
    const principalName = (flex ? r.compactString() : r.string());
    at = 'tokenRequesterPrincipalType';
    const tokenRequesterPrincipalType = v >= 3 ? r.compactString() : "";
    at = 'tokenRequesterPrincipalName';
    const tokenRequesterPrincipalName = v >= 3 ? r.compactString() : "";
    at = 'issueTimestamp';
    const issueTimestamp = r.int64();
    at = 'expiryTimestamp';
    const expiryTimestamp = r.int64();
    at = 'maxTimestamp';
    const maxTimestamp = r.int64();
    at = 'tokenId';
    const tokenId = (flex ? r.compactString() : r.string());
    at = 'hmac';
    const hmac = (flex ? r.compactBytes() : r.bytes());
    at = 'renewers';
    const renewers = r.array(flex, decodeDescribeDelegationTokenResponseDescribedDelegationTokenRenewer, v, 2);
    const o: DescribeDelegationTokenResponseDescribedDelegationToken = { principalType, principalName, tokenRequesterPrincipalType, tokenRequesterPrincipalName, issueTimestamp, expiryTimestamp, maxTimestamp, tokenId, hmac, renewers, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDescribeDelegationTokenResponseDescribedDelegationToken(o: DescribeDelegationTokenResponseDescribedDelegationToken, v: number): number {
  const flex = v >= 2;
  if (!(v >= 3) && !(o.tokenRequesterPrincipalType === "")) throw absentField('tokenRequesterPrincipalType', v);
  if (!(v >= 3) && !(o.tokenRequesterPrincipalName === "")) throw absentField('tokenRequesterPrincipalName', v);
  let s = 24;
  s += (flex ? sizeOf.compactString(o.principalType) : sizeOf.string(o.principalType));
  s += (flex ? sizeOf.compactString(o.principalName) : sizeOf.string(o.principalName));
  if (v >= 3) s += sizeOf.compactString(o.tokenRequesterPrincipalType);
  if (v >= 3) s += sizeOf.compactString(o.tokenRequesterPrincipalName);
  s += (flex ? sizeOf.compactString(o.tokenId) : sizeOf.string(o.tokenId));
  s += (flex ? sizeOf.compactBytes(o.hmac) : sizeOf.bytes(o.hmac));
  s += sizeOf.array(flex, o.renewers, sizeDescribeDelegationTokenResponseDescribedDelegationTokenRenewer, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeDescribeDelegationTokenResponseDescribedDelegationToken(w: Writer, o: DescribeDelegationTokenResponseDescribedDelegationToken, v: number): void {
  const flex = v >= 2;
  (flex ? w.compactString(o.principalType) : w.string(o.principalType));
  (flex ? w.compactString(o.principalName) : w.string(o.principalName));
  if (v >= 3) w.compactString(o.tokenRequesterPrincipalType);
  if (v >= 3) w.compactString(o.tokenRequesterPrincipalName);
  w.int64(o.issueTimestamp);
  w.int64(o.expiryTimestamp);
  w.int64(o.maxTimestamp);
  (flex ? w.compactString(o.tokenId) : w.string(o.tokenId));
  (flex ? w.compactBytes(o.hmac) : w.bytes(o.hmac));
  w.array(flex, o.renewers, writeDescribeDelegationTokenResponseDescribedDelegationTokenRenewer, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** DescribedDelegationTokenRenewer (in DescribeDelegationTokenResponse). */
export interface DescribeDelegationTokenResponseDescribedDelegationTokenRenewer {
  /** The renewer principal type. Versions 1-3. */
  principalType: string;
  /** The renewer principal name. Versions 1-3. */
  principalName: string;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(r: Reader, v: number): DescribeDelegationTokenResponseDescribedDelegationTokenRenewer {
  const flex = v >= 2;
  let at = '';
  try {
    at = 'principalType';
    const principalType = (flex ? r.compactString() : r.string());
    at = 'principalName';
    const principalName = (flex ? r.compactString() : r.string());
    const o: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer = { principalType, principalName, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(o: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer, v: number): number {
  const flex = v >= 2;
  let s = 0;
  s += (flex ? sizeOf.compactString(o.principalType) : sizeOf.string(o.principalType));
  s += (flex ? sizeOf.compactString(o.principalName) : sizeOf.string(o.principalName));
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeDescribeDelegationTokenResponseDescribedDelegationTokenRenewer(w: Writer, o: DescribeDelegationTokenResponseDescribedDelegationTokenRenewer, v: number): void {
  const flex = v >= 2;
  (flex ? w.compactString(o.principalType) : w.string(o.principalType));
  (flex ? w.compactString(o.principalName) : w.string(o.principalName));
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}
