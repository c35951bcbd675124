// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   BrokerHeartbeatRequest.json
//   BrokerHeartbeatResponse.json

import { Reader, Writer, elementWriters, elements, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedIn, invalidTag } from '../../primitives/codec-runtime.js';

/** BrokerHeartbeatRequest, versions 0-1. */
export interface BrokerHeartbeatRequest {
  /** The broker ID. Versions 0-1. */
  brokerId: number;
  /** The broker epoch. Versions 0-1. */
  brokerEpoch: bigint;
  /** The highest metadata offset which the broker has reached. Versions 0-1. */
  currentMetadataOffset: bigint;
  /** True if the broker wants to be fenced, false otherwise. Versions 0-1. */
  wantFence: boolean;
  /** True if the broker wants to be shut down, false otherwise. Versions 0-1. */
  wantShutDown: boolean;
  /** Log directories that failed and went offline. Versions 1, tag 0. */
  offlineLogDirs: string[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeBrokerHeartbeatRequest(r: Reader, v: number): BrokerHeartbeatRequest {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 1);
    at = 'brokerId';
    const brokerId = r.int32();
    at = 'brokerEpoch';
    const brokerEpoch = r.int64();
    at = 'currentMetadataOffset';
    const currentMetadataOffset = r.int64();
    at = 'wantFence';
    const wantFence = r.bool();
    at = 'wantShutDown';
    const wantShutDown = r.bool();
    const o: BrokerHeartbeatRequest = { brokerId, brokerEpoch, currentMetadataOffset, wantFence, wantShutDown, offlineLogDirs: [], _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, tagsBrokerHeartbeatRequest);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'BrokerHeartbeatRequest', 63, v);
  }
}

type BrokerHeartbeatRequestTags = Pick<BrokerHeartbeatRequest, 'offlineLogDirs'>;

function tagsBrokerHeartbeatRequest(r: Reader, tag: number, o: BrokerHeartbeatRequestTags, v: number): boolean {
  switch (tag) {
    case 0:
      if (!(v >= 1)) throw invalidTag(0, r, v);
      o.offlineLogDirs = r.array(true, elements.uuid, v, 16);
      return true;
    default:
      return false;
  }
}

export function sizeBrokerHeartbeatRequest(o: BrokerHeartbeatRequest, v: number): number {
  let s = 22;
  const u = o._unknownTaggedFields;
  let n = u === undefined ? 0 : u.length;
  let t = u === undefined ? 0 : sizeOf.unknownTaggedFields(u) - sizeOf.uvarint(u.length);
  if (v >= 1 && !(o.offlineLogDirs.length === 0)) {
    n++;
    t += sizeOf.taggedField(0, sizeOf.fixedArray(true, o.offlineLogDirs, 16));
  }
  s += sizeOf.uvarint(n) + t;
  return s;
}

export function writeBrokerHeartbeatRequest(w: Writer, o: BrokerHeartbeatRequest, v: number): void {
  w.int32(o.brokerId);
  w.int64(o.brokerEpoch);
  w.int64(o.currentMetadataOffset);
  w.bool(o.wantFence);
  w.bool(o.wantShutDown);
  const u = o._unknownTaggedFields;
  let n = u === undefined ? 0 : u.length;
  const t0 = v >= 1 && !(o.offlineLogDirs.length === 0);
  if (t0) n++;
  w.uvarint(n);
  let ui = 0;
  if (t0) {
    ui = w.unknownTagsBelow(u, ui, 0);
    w.taggedFieldHeader(0, sizeOf.fixedArray(true, o.offlineLogDirs, 16));
    w.array(true, o.offlineLogDirs, elementWriters.uuid, v);
  }
  w.unknownTagsBelow(u, ui, Infinity);
}

/** Sizes once, allocates once and writes BrokerHeartbeatRequest in place. */
export function encodeBrokerHeartbeatRequest(o: BrokerHeartbeatRequest, v: number): Buffer {
  return encodeWith(sizeBrokerHeartbeatRequest, writeBrokerHeartbeatRequest, o, v, 0, 1, 'BrokerHeartbeatRequest');
}

/** BrokerHeartbeatResponse, versions 0-1. */
export interface BrokerHeartbeatResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0-1. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions 0-1. */
  errorCode: number;
  /** True if the broker has approximately caught up with the latest metadata. Versions 0-1. */
  isCaughtUp: boolean;
  /** True if the broker is fenced. Versions 0-1. */
  isFenced: boolean;
  /** True if the broker should proceed with its shutdown. Versions 0-1. */
  shouldShutDown: boolean;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeBrokerHeartbeatResponse(r: Reader, v: number): BrokerHeartbeatResponse {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 1);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'isCaughtUp';
    const isCaughtUp = r.bool();
    at = 'isFenced';
    const isFenced = r.bool();
    at = 'shouldShutDown';
    const shouldShutDown = r.bool();
    const o: BrokerHeartbeatResponse = { throttleTimeMs, errorCode, isCaughtUp, isFenced, shouldShutDown, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'BrokerHeartbeatResponse', 63, v);
  }
}

export function sizeBrokerHeartbeatResponse(o: BrokerHeartbeatResponse, _v: number): number {
  let s = 9;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeBrokerHeartbeatResponse(w: Writer, o: BrokerHeartbeatResponse, _v: number): void {
  w.int32(o.throttleTimeMs);
  w.int16(o.errorCode);
  w.bool(o.isCaughtUp);
  w.bool(o.isFenced);
  w.bool(o.shouldShutDown);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes BrokerHeartbeatResponse in place. */
export function encodeBrokerHeartbeatResponse(o: BrokerHeartbeatResponse, v: number): Buffer {
  return encodeWith(sizeBrokerHeartbeatResponse, writeBrokerHeartbeatResponse, o, v, 0, 1, 'BrokerHeartbeatResponse');
}
