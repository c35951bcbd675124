// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   SaslAuthenticateRequest.json
//   SaslAuthenticateResponse.json

import { Reader, Writer, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedIn } from '../../primitives/codec-runtime.js';

/** SaslAuthenticateRequest, versions 0-2. */
export interface SaslAuthenticateRequest {
  /** The SASL authentication bytes from the client, as defined by the SASL mechanism. Versions 0-2. */
  authBytes: Buffer;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeSaslAuthenticateRequest(r: Reader, v: number): SaslAuthenticateRequest {
  const flex = v >= 2;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 2);
    at = 'authBytes';
    const authBytes = (flex ? r.compactBytes() : r.bytes());
    const o: SaslAuthenticateRequest = { authBytes, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'SaslAuthenticateRequest', 36, v);
  }
}

export function sizeSaslAuthenticateRequest(o: SaslAuthenticateRequest, v: number): number {
  const flex = v >= 2;
  let s = 0;
  s += (flex ? sizeOf.compactBytes(o.authBytes) : sizeOf.bytes(o.authBytes));
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeSaslAuthenticateRequest(w: Writer, o: SaslAuthenticateRequest, v: number): void {
  const flex = v >= 2;
  (flex ? w.compactBytes(o.authBytes) : w.bytes(o.authBytes));
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes SaslAuthenticateRequest in place. */
export function encodeSaslAuthenticateRequest(o: SaslAuthenticateRequest, v: number): Buffer {
  return encodeWith(sizeSaslAuthenticateRequest, writeSaslAuthenticateRequest, o, v, 0, 2, 'SaslAuthenticateRequest');
}

/** SaslAuthenticateResponse, versions 0-2. */
export interface SaslAuthenticateResponse {
  /** The error code, or 0 if there was no error. Versions 0-2. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions 0-2, nullable 0-2. */
  errorMessage: string | null;
  /** The SASL authentication bytes from the server, as defined by the SASL mechanism. Versions 0-2. */
  authBytes: Buffer;
  /** Number of milliseconds after which only re-authentication over the existing connection to create a new session can occur. Versions 1-2. */
  sessionLifetimeMs: bigint;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeSaslAuthenticateResponse(r: Reader, v: number): SaslAuthenticateResponse {
  const flex = v >= 2;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 2);
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'errorMessage';
    const errorMessage = (flex ? r.compactNullableString() : r.nullableString());
    at = 'authBytes';
    const authBytes = (flex ? r.compactBytes() : r.bytes());
    at = 'sessionLifetimeMs';
    const sessionLifetimeMs = v >= 1 ? r.int64() : 0n;
    const o: SaslAuthenticateResponse = { errorCode, errorMessage, authBytes, sessionLifetimeMs, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'SaslAuthenticateResponse', 36, v);
  }
}

export function sizeSaslAuthenticateResponse(o: SaslAuthenticateResponse, v: number): number {
  const flex = v >= 2;
  let s = 2;
  s += (flex ? sizeOf.compactNullableString(o.errorMessage) : sizeOf.nullableString(o.errorMessage));
  s += (flex ? sizeOf.compactBytes(o.authBytes) : sizeOf.bytes(o.authBytes));
  if (v >= 1) s += 8;
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeSaslAuthenticateResponse(w: Writer, o: SaslAuthenticateResponse, v: number): void {
  const flex = v >= 2;
  w.int16(o.errorCode);
  (flex ? w.compactNullableString(o.errorMessage) : w.nullableString(o.errorMessage));
  (flex ? w.compactBytes(o.authBytes) : w.bytes(o.authBytes));
  if (v >= 1) w.int64(o.sessionLifetimeMs);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes SaslAuthenticateResponse in place. */
export function encodeSaslAuthenticateResponse(o: SaslAuthenticateResponse, v: number): Buffer {
  return encodeWith(sizeSaslAuthenticateResponse, writeSaslAuthenticateResponse, o, v, 0, 2, 'SaslAuthenticateResponse');
}
