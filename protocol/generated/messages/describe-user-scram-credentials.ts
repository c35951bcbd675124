// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   DescribeUserScramCredentialsRequest.json
//   DescribeUserScramCredentialsResponse.json

import { Reader, Writer, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** DescribeUserScramCredentialsRequest, versions 0. */
export interface DescribeUserScramCredentialsRequest {
  /** The users to describe, or null/empty to describe all users. Versions 0, nullable 0. */
  users: DescribeUserScramCredentialsRequestUserName[] | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeUserScramCredentialsRequest(r: Reader, v: number): DescribeUserScramCredentialsRequest {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'users';
    const users = r.nullableArray(true, decodeDescribeUserScramCredentialsRequestUserName, v, 2);
    const o: DescribeUserScramCredentialsRequest = { users, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'DescribeUserScramCredentialsRequest', 50, v);
  }
}

export function sizeDescribeUserScramCredentialsRequest(o: DescribeUserScramCredentialsRequest, v: number): number {
  let s = 0;
  s += sizeOf.nullableArray(true, o.users, sizeDescribeUserScramCredentialsRequestUserName, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDescribeUserScramCredentialsRequest(w: Writer, o: DescribeUserScramCredentialsRequest, v: number): void {
  w.nullableArray(true, o.users, writeDescribeUserScramCredentialsRequestUserName, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes DescribeUserScramCredentialsRequest in place. */
export function encodeDescribeUserScramCredentialsRequest(o: DescribeUserScramCredentialsRequest, v: number): Buffer {
  return encodeWith(sizeDescribeUserScramCredentialsRequest, writeDescribeUserScramCredentialsRequest, o, v, 0, 0, 'DescribeUserScramCredentialsRequest');
}

/** UserName (in DescribeUserScramCredentialsRequest). */
export interface DescribeUserScramCredentialsRequestUserName {
  /** The user name. Versions 0. */
  name: string;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeUserScramCredentialsRequestUserName(r: Reader, v: number): DescribeUserScramCredentialsRequestUserName {
  let at = '';
  try {
    at = 'name';
    const name = r.compactString();
    const o: DescribeUserScramCredentialsRequestUserName = { name, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDescribeUserScramCredentialsRequestUserName(o: DescribeUserScramCredentialsRequestUserName, _v: number): number {
  let s = 0;
  s += sizeOf.compactString(o.name);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDescribeUserScramCredentialsRequestUserName(w: Writer, o: DescribeUserScramCredentialsRequestUserName, _v: number): void {
  w.compactString(o.name);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** DescribeUserScramCredentialsResponse, versions 0. */
export interface DescribeUserScramCredentialsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0. */
  throttleTimeMs: number;
  /** The message-level error code, 0 except for user authorization or infrastructure issues. Versions 0. */
  errorCode: number;
  /** The message-level error message, if any. Versions 0, nullable 0. */
  errorMessage: string | null;
  /** The results for descriptions, one per user. Versions 0. */
  results: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeUserScramCredentialsResponse(r: Reader, v: number): DescribeUserScramCredentialsResponse {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'errorMessage';
    const errorMessage = r.compactNullableString();
    at = 'results';
    const results = r.array(true, decodeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult, v, 6);
    const o: DescribeUserScramCredentialsResponse = { throttleTimeMs, errorCode, errorMessage, results, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'DescribeUserScramCredentialsResponse', 50, v);
  }
}

export function sizeDescribeUserScramCredentialsResponse(o: DescribeUserScramCredentialsResponse, v: number): number {
  let s = 6;
  s += sizeOf.compactNullableString(o.errorMessage);
  s += sizeOf.array(true, o.results, sizeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDescribeUserScramCredentialsResponse(w: Writer, o: DescribeUserScramCredentialsResponse, v: number): void {
  w.int32(o.throttleTimeMs);
  w.int16(o.errorCode);
  w.compactNullableString(o.errorMessage);
  w.array(true, o.results, writeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes DescribeUserScramCredentialsResponse in place. */
export function encodeDescribeUserScramCredentialsResponse(o: DescribeUserScramCredentialsResponse, v: number): Buffer {
  return encodeWith(sizeDescribeUserScramCredentialsResponse, writeDescribeUserScramCredentialsResponse, o, v, 0, 0, 'DescribeUserScramCredentialsResponse');
}

/** DescribeUserScramCredentialsResult (in DescribeUserScramCredentialsResponse). */
export interface DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult {
  /** The user name. Versions 0. */
  user: string;
  /** The user-level error code. Versions 0. */
  errorCode: number;
  /** The user-level error message, if any. Versions 0, nullable 0. */
  errorMessage: string | null;
  /** The mechanism and related information associated with the user's SCRAM credentials. Versions 0. */
  credentialInfos: DescribeUserScramCredentialsResponseCredentialInfo[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(r: Reader, v: number): DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult {
  let at = '';
  try {
    at = 'user';
    const user = r.compactString();
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'errorMessage';
    const errorMessage = r.compactNullableString();
    at = 'credentialInfos';
    const credentialInfos = r.array(true, decodeDescribeUserScramCredentialsResponseCredentialInfo, v, 6);
    const o: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult = { user, errorCode, errorMessage, credentialInfos, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(o: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult, v: number): number {
  let s = 2;
  s += sizeOf.compactString(o.user);
  s += sizeOf.compactNullableString(o.errorMessage);
  s += sizeOf.array(true, o.credentialInfos, sizeDescribeUserScramCredentialsResponseCredentialInfo, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult(w: Writer, o: DescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult, v: number): void {
  w.compactString(o.user);
  w.int16(o.errorCode);
  w.compactNullableString(o.errorMessage);
  w.array(true, o.credentialInfos, writeDescribeUserScramCredentialsResponseCredentialInfo, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** CredentialInfo (in DescribeUserScramCredentialsResponse). */
export interface DescribeUserScramCredentialsResponseCredentialInfo {
  /** The SCRAM mechanism. Versions 0. */
  mechanism: number;
  /** The number of iterations used in the SCRAM credential. Versions 0. */
  iterations: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeUserScramCredentialsResponseCredentialInfo(r: Reader, v: number): DescribeUserScramCredentialsResponseCredentialInfo {
  let at = '';
  try {
    at = 'mechanism';
    const mechanism = r.int8();
    at = 'iterations';
    const iterations = r.int32();
    const o: DescribeUserScramCredentialsResponseCredentialInfo = { mechanism, iterations, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDescribeUserScramCredentialsResponseCredentialInfo(o: DescribeUserScramCredentialsResponseCredentialInfo, _v: number): number {
  let s = 5;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDescribeUserScramCredentialsResponseCredentialInfo(w: Writer, o: DescribeUserScramCredentialsResponseCredentialInfo, _v: number): void {
  w.int8(o.mechanism);
  w.int32(o.iterations);
  w.unknownTaggedFields(o._unknownTaggedFields);
}
