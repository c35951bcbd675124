// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   EnvelopeRequest.json
//   EnvelopeResponse.json

import { Reader, Writer, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedIn } from '../../primitives/codec-runtime.js';

/** EnvelopeRequest, versions 0. */
export interface EnvelopeRequest {
  /** The embedded request header and data. Versions 0. */
  requestData: Buffer;
  /** Value of the initial client principal when the request is redirected by a broker. Versions 0, nullable 0. */
  requestPrincipal: Buffer | null;
  /** The original client's address in bytes. Versions 0. */
  clientHostAddress: Buffer;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeEnvelopeRequest(r: Reader, v: number): EnvelopeRequest {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'requestData';
    const requestData = r.compactBytes();
    at = 'requestPrincipal';
    const requestPrincipal = r.compactNullableBytes();
    at = 'clientHostAddress';
    const clientHostAddress = r.compactBytes();
    const o: EnvelopeRequest = { requestData, requestPrincipal, clientHostAddress, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'EnvelopeRequest', 58, v);
  }
}

export function sizeEnvelopeRequest(o: EnvelopeRequest, _v: number): number {
  let s = 0;
  s += sizeOf.compactBytes(o.requestData);
  s += sizeOf.compactNullableBytes(o.requestPrincipal);
  s += sizeOf.compactBytes(o.clientHostAddress);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeEnvelopeRequest(w: Writer, o: EnvelopeRequest, _v: number): void {
  w.compactBytes(o.requestData);
  w.compactNullableBytes(o.requestPrincipal);
  w.compactBytes(o.clientHostAddress);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes EnvelopeRequest in place. */
export function encodeEnvelopeRequest(o: EnvelopeRequest, v: number): Buffer {
  return encodeWith(sizeEnvelopeRequest, writeEnvelopeRequest, o, v, 0, 0, 'EnvelopeRequest');
}

/** EnvelopeResponse, versions 0. */
export interface EnvelopeResponse {
  /** The embedded response header and data. Versions 0, nullable 0. */
  responseData: Buffer | null;
  /** The error code, or 0 if there was no error. Versions 0. */
  errorCode: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeEnvelopeResponse(r: Reader, v: number): EnvelopeResponse {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'responseData';
    const responseData = r.compactNullableBytes();
    at = 'errorCode';
    const errorCode = r.int16();
    const o: EnvelopeResponse = { responseData, errorCode, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'EnvelopeResponse', 58, v);
  }
}

export function sizeEnvelopeResponse(o: EnvelopeResponse, _v: number): number {
  let s = 2;
  s += sizeOf.compactNullableBytes(o.responseData);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeEnvelopeResponse(w: Writer, o: EnvelopeResponse, _v: number): void {
  w.compactNullableBytes(o.responseData);
  w.int16(o.errorCode);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes EnvelopeResponse in place. */
export function encodeEnvelopeResponse(o: EnvelopeResponse, v: number): Buffer {
  return encodeWith(sizeEnvelopeResponse, writeEnvelopeResponse, o, v, 0, 0, 'EnvelopeResponse');
}
