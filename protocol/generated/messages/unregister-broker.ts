// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   UnregisterBrokerRequest.json
//   UnregisterBrokerResponse.json

import { Reader, Writer, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedIn } from '../../primitives/codec-runtime.js';

/** UnregisterBrokerRequest, versions 0. */
export interface UnregisterBrokerRequest {
  /** The broker ID to unregister. Versions 0. */
  brokerId: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeUnregisterBrokerRequest(r: Reader, v: number): UnregisterBrokerRequest {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'brokerId';
    const brokerId = r.int32();
    const o: UnregisterBrokerRequest = { brokerId, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'UnregisterBrokerRequest', 64, v);
  }
}

export function sizeUnregisterBrokerRequest(o: UnregisterBrokerRequest, _v: number): number {
  let s = 4;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeUnregisterBrokerRequest(w: Writer, o: UnregisterBrokerRequest, _v: number): void {
  w.int32(o.brokerId);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes UnregisterBrokerRequest in place. */
export function encodeUnregisterBrokerRequest(o: UnregisterBrokerRequest, v: number): Buffer {
  return encodeWith(sizeUnregisterBrokerRequest, writeUnregisterBrokerRequest, o, v, 0, 0, 'UnregisterBrokerRequest');
}

/** UnregisterBrokerResponse, versions 0. */
export interface UnregisterBrokerResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions 0. */
  errorCode: number;
  /** The top-level error message, or `null` if there was no top-level error. Versions 0, nullable 0. */
  errorMessage: string | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeUnregisterBrokerResponse(r: Reader, v: number): UnregisterBrokerResponse {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'errorMessage';
    const errorMessage = r.compactNullableString();
    const o: UnregisterBrokerResponse = { throttleTimeMs, errorCode, errorMessage, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'UnregisterBrokerResponse', 64, v);
  }
}

export function sizeUnregisterBrokerResponse(o: UnregisterBrokerResponse, _v: number): number {
  let s = 6;
  s += sizeOf.compactNullableString(o.errorMessage);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeUnregisterBrokerResponse(w: Writer, o: UnregisterBrokerResponse, _v: number): void {
  w.int32(o.throttleTimeMs);
  w.int16(o.errorCode);
  w.compactNullableString(o.errorMessage);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes UnregisterBrokerResponse in place. */
export function encodeUnregisterBrokerResponse(o: UnregisterBrokerResponse, v: number): Buffer {
  return encodeWith(sizeUnregisterBrokerResponse, writeUnregisterBrokerResponse, o, v, 0, 0, 'UnregisterBrokerResponse');
}
