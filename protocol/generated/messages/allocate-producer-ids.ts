// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   AllocateProducerIdsRequest.json
//   AllocateProducerIdsResponse.json

import { Reader, Writer, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedIn } from '../../primitives/codec-runtime.js';

/** AllocateProducerIdsRequest, versions 0. */
export interface AllocateProducerIdsRequest {
  /** The ID of the requesting broker. Versions 0. */
  brokerId: number;
  /** The epoch of the requesting broker. Versions 0. */
  brokerEpoch: bigint;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAllocateProducerIdsRequest(r: Reader, v: number): AllocateProducerIdsRequest {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'brokerId';
    const brokerId = r.int32();
    at = 'brokerEpoch';
    const brokerEpoch = r.int64();
    const o: AllocateProducerIdsRequest = { brokerId, brokerEpoch, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'AllocateProducerIdsRequest', 67, v);
  }
}

export function sizeAllocateProducerIdsRequest(o: AllocateProducerIdsRequest, _v: number): number {
  let s = 12;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeAllocateProducerIdsRequest(w: Writer, o: AllocateProducerIdsRequest, _v: number): void {
  w.int32(o.brokerId);
  w.int64(o.brokerEpoch);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes AllocateProducerIdsRequest in place. */
export function encodeAllocateProducerIdsRequest(o: AllocateProducerIdsRequest, v: number): Buffer {
  return encodeWith(sizeAllocateProducerIdsRequest, writeAllocateProducerIdsRequest, o, v, 0, 0, 'AllocateProducerIdsRequest');
}

/** AllocateProducerIdsResponse, versions 0. */
export interface AllocateProducerIdsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0. */
  throttleTimeMs: number;
  /** The top level response error code. Versions 0. */
  errorCode: number;
  /** The first producer ID in this range, inclusive. Versions 0. */
  producerIdStart: bigint;
  /** The number of producer IDs in this range. Versions 0. */
  producerIdLen: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAllocateProducerIdsResponse(r: Reader, v: number): AllocateProducerIdsResponse {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'producerIdStart';
    const producerIdStart = r.int64();
    at = 'producerIdLen';
    const producerIdLen = r.int32();
    const o: AllocateProducerIdsResponse = { throttleTimeMs, errorCode, producerIdStart, producerIdLen, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'AllocateProducerIdsResponse', 67, v);
  }
}

export function sizeAllocateProducerIdsResponse(o: AllocateProducerIdsResponse, _v: number): number {
  let s = 18;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeAllocateProducerIdsResponse(w: Writer, o: AllocateProducerIdsResponse, _v: number): void {
  w.int32(o.throttleTimeMs);
  w.int16(o.errorCode);
  w.int64(o.producerIdStart);
  w.int32(o.producerIdLen);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes AllocateProducerIdsResponse in place. */
export function encodeAllocateProducerIdsResponse(o: AllocateProducerIdsResponse, v: number): Buffer {
  return encodeWith(sizeAllocateProducerIdsResponse, writeAllocateProducerIdsResponse, o, v, 0, 0, 'AllocateProducerIdsResponse');
}
