// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   StopReplicaRequest.json
//   StopReplicaResponse.json

import { Reader, Writer } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedIn } from '../../primitives/codec-runtime.js';

/** StopReplicaRequest, versions none. */
export interface StopReplicaRequest {
}

export function decodeStopReplicaRequest(r: Reader, v: number): StopReplicaRequest {
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 0);
    const o: StopReplicaRequest = {  };
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'StopReplicaRequest', 5, v);
  }
}

export function sizeStopReplicaRequest(_o: StopReplicaRequest, _v: number): number {
  let s = 0;
  return s;
}

export function writeStopReplicaRequest(_w: Writer, _o: StopReplicaRequest, _v: number): void {
}

/** Sizes once, allocates once and writes StopReplicaRequest in place. */
export function encodeStopReplicaRequest(o: StopReplicaRequest, v: number): Buffer {
  return encodeWith(sizeStopReplicaRequest, writeStopReplicaRequest, o, v, 1, 0, 'StopReplicaRequest');
}

/** StopReplicaResponse, versions none. */
export interface StopReplicaResponse {
}

export function decodeStopReplicaResponse(r: Reader, v: number): StopReplicaResponse {
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 0);
    const o: StopReplicaResponse = {  };
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'StopReplicaResponse', 5, v);
  }
}

export function sizeStopReplicaResponse(_o: StopReplicaResponse, _v: number): number {
  let s = 0;
  return s;
}

export function writeStopReplicaResponse(_w: Writer, _o: StopReplicaResponse, _v: number): void {
}

/** Sizes once, allocates once and writes StopReplicaResponse in place. */
export function encodeStopReplicaResponse(o: StopReplicaResponse, v: number): Buffer {
  return encodeWith(sizeStopReplicaResponse, writeStopReplicaResponse, o, v, 1, 0, 'StopReplicaResponse');
}
