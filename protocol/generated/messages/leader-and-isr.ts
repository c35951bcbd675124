// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   LeaderAndIsrRequest.json
//   LeaderAndIsrResponse.json

import { Reader, Writer } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedIn } from '../../primitives/codec-runtime.js';

/** LeaderAndIsrRequest, versions none. */
export interface LeaderAndIsrRequest {
}

export function decodeLeaderAndIsrRequest(r: Reader, v: number): LeaderAndIsrRequest {
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 0);
    const o: LeaderAndIsrRequest = {  };
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'LeaderAndIsrRequest', 4, v);
  }
}

export function sizeLeaderAndIsrRequest(_o: LeaderAndIsrRequest, _v: number): number {
  let s = 0;
  return s;
}

export function writeLeaderAndIsrRequest(_w: Writer, _o: LeaderAndIsrRequest, _v: number): void {
}

/** Sizes once, allocates once and writes LeaderAndIsrRequest in place. */
export function encodeLeaderAndIsrRequest(o: LeaderAndIsrRequest, v: number): Buffer {
  return encodeWith(sizeLeaderAndIsrRequest, writeLeaderAndIsrRequest, o, v, 1, 0, 'LeaderAndIsrRequest');
}

/** LeaderAndIsrResponse, versions none. */
export interface LeaderAndIsrResponse {
}

export function decodeLeaderAndIsrResponse(r: Reader, v: number): LeaderAndIsrResponse {
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 0);
    const o: LeaderAndIsrResponse = {  };
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'LeaderAndIsrResponse', 4, v);
  }
}

export function sizeLeaderAndIsrResponse(_o: LeaderAndIsrResponse, _v: number): number {
  let s = 0;
  return s;
}

export function writeLeaderAndIsrResponse(_w: Writer, _o: LeaderAndIsrResponse, _v: number): void {
}

/** Sizes once, allocates once and writes LeaderAndIsrResponse in place. */
export function encodeLeaderAndIsrResponse(o: LeaderAndIsrResponse, v: number): Buffer {
  return encodeWith(sizeLeaderAndIsrResponse, writeLeaderAndIsrResponse, o, v, 1, 0, 'LeaderAndIsrResponse');
}
