// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   SaslHandshakeRequest.json
//   SaslHandshakeResponse.json

import { Reader, Writer, elementSizers, elementWriters, elements, sizeOf } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedIn } from '../../primitives/codec-runtime.js';

/** SaslHandshakeRequest, versions 0-1. */
export interface SaslHandshakeRequest {
  /** The SASL mechanism chosen by the client. Versions 0-1. */
  mechanism: string;
}

export function decodeSaslHandshakeRequest(r: Reader, v: number): SaslHandshakeRequest {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 1);
    at = 'mechanism';
    const mechanism = r.string();
    const o: SaslHandshakeRequest = { mechanism };
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'SaslHandshakeRequest', 17, v);
  }
}

export function sizeSaslHandshakeRequest(o: SaslHandshakeRequest, _v: number): number {
  let s = 0;
  s += sizeOf.string(o.mechanism);
  return s;
}

export function writeSaslHandshakeRequest(w: Writer, o: SaslHandshakeRequest, _v: number): void {
  w.string(o.mechanism);
}

/** Sizes once, allocates once and writes SaslHandshakeRequest in place. */
export function encodeSaslHandshakeRequest(o: SaslHandshakeRequest, v: number): Buffer {
  return encodeWith(sizeSaslHandshakeRequest, writeSaslHandshakeRequest, o, v, 0, 1, 'SaslHandshakeRequest');
}

/** SaslHandshakeResponse, versions 0-1. */
export interface SaslHandshakeResponse {
  /** The error code, or 0 if there was no error. Versions 0-1. */
  errorCode: number;
  /** The mechanisms enabled in the server. Versions 0-1. */
  mechanisms: string[];
}

export function decodeSaslHandshakeResponse(r: Reader, v: number): SaslHandshakeResponse {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 1);
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'mechanisms';
    const mechanisms = r.array(false, elements.string, v, 2);
    const o: SaslHandshakeResponse = { errorCode, mechanisms };
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'SaslHandshakeResponse', 17, v);
  }
}

export function sizeSaslHandshakeResponse(o: SaslHandshakeResponse, v: number): number {
  let s = 2;
  s += sizeOf.array(false, o.mechanisms, elementSizers.string, v);
  return s;
}

export function writeSaslHandshakeResponse(w: Writer, o: SaslHandshakeResponse, v: number): void {
  w.int16(o.errorCode);
  w.array(false, o.mechanisms, elementWriters.string, v);
}

/** Sizes once, allocates once and writes SaslHandshakeResponse in place. */
export function encodeSaslHandshakeResponse(o: SaslHandshakeResponse, v: number): Buffer {
  return encodeWith(sizeSaslHandshakeResponse, writeSaslHandshakeResponse, o, v, 0, 1, 'SaslHandshakeResponse');
}
