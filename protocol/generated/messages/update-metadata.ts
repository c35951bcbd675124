// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   UpdateMetadataRequest.json
//   UpdateMetadataResponse.json

import { Reader, Writer } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedIn } from '../../primitives/codec-runtime.js';

/** UpdateMetadataRequest, versions none. */
export interface UpdateMetadataRequest {
}

export function decodeUpdateMetadataRequest(r: Reader, v: number): UpdateMetadataRequest {
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 0);
    const o: UpdateMetadataRequest = {  };
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'UpdateMetadataRequest', 6, v);
  }
}

export function sizeUpdateMetadataRequest(_o: UpdateMetadataRequest, _v: number): number {
  let s = 0;
  return s;
}

export function writeUpdateMetadataRequest(_w: Writer, _o: UpdateMetadataRequest, _v: number): void {
}

/** Sizes once, allocates once and writes UpdateMetadataRequest in place. */
export function encodeUpdateMetadataRequest(o: UpdateMetadataRequest, v: number): Buffer {
  return encodeWith(sizeUpdateMetadataRequest, writeUpdateMetadataRequest, o, v, 1, 0, 'UpdateMetadataRequest');
}

/** UpdateMetadataResponse, versions none. */
export interface UpdateMetadataResponse {
}

export function decodeUpdateMetadataResponse(r: Reader, v: number): UpdateMetadataResponse {
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 0);
    const o: UpdateMetadataResponse = {  };
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'UpdateMetadataResponse', 6, v);
  }
}

export function sizeUpdateMetadataResponse(_o: UpdateMetadataResponse, _v: number): number {
  let s = 0;
  return s;
}

export function writeUpdateMetadataResponse(_w: Writer, _o: UpdateMetadataResponse, _v: number): void {
}

/** Sizes once, allocates once and writes UpdateMetadataResponse in place. */
export function encodeUpdateMetadataResponse(o: UpdateMetadataResponse, v: number): Buffer {
  return encodeWith(sizeUpdateMetadataResponse, writeUpdateMetadataResponse, o, v, 1, 0, 'UpdateMetadataResponse');
}
