// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   ControlledShutdownRequest.json
//   ControlledShutdownResponse.json

import { Reader, Writer } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedIn } from '../../primitives/codec-runtime.js';

/** ControlledShutdownRequest, versions none. */
export interface ControlledShutdownRequest {
}

export function decodeControlledShutdownRequest(r: Reader, v: number): ControlledShutdownRequest {
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 0);
    const o: ControlledShutdownRequest = {  };
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'ControlledShutdownRequest', 7, v);
  }
}

export function sizeControlledShutdownRequest(_o: ControlledShutdownRequest, _v: number): number {
  let s = 0;
  return s;
}

export function writeControlledShutdownRequest(_w: Writer, _o: ControlledShutdownRequest, _v: number): void {
}

/** Sizes once, allocates once and writes ControlledShutdownRequest in place. */
export function encodeControlledShutdownRequest(o: ControlledShutdownRequest, v: number): Buffer {
  return encodeWith(sizeControlledShutdownRequest, writeControlledShutdownRequest, o, v, 1, 0, 'ControlledShutdownRequest');
}

/** ControlledShutdownResponse, versions none. */
export interface ControlledShutdownResponse {
}

export function decodeControlledShutdownResponse(r: Reader, v: number): ControlledShutdownResponse {
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 0);
    const o: ControlledShutdownResponse = {  };
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'ControlledShutdownResponse', 7, v);
  }
}

export function sizeControlledShutdownResponse(_o: ControlledShutdownResponse, _v: number): number {
  let s = 0;
  return s;
}

export function writeControlledShutdownResponse(_w: Writer, _o: ControlledShutdownResponse, _v: number): void {
}

/** Sizes once, allocates once and writes ControlledShutdownResponse in place. */
export function encodeControlledShutdownResponse(o: ControlledShutdownResponse, v: number): Buffer {
  return encodeWith(sizeControlledShutdownResponse, writeControlledShutdownResponse, o, v, 1, 0, 'ControlledShutdownResponse');
}
