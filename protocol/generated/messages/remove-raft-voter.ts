// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   RemoveRaftVoterRequest.json
//   RemoveRaftVoterResponse.json

import { Reader, Writer, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedIn } from '../../primitives/codec-runtime.js';

/** RemoveRaftVoterRequest, versions 0. */
export interface RemoveRaftVoterRequest {
  /** The cluster id of the request. Versions 0, nullable 0. */
  clusterId: string | null;
  /** The replica id of the voter getting removed from the topic partition. Versions 0. */
  voterId: number;
  /** The directory id of the voter getting removed from the topic partition. Versions 0. */
  voterDirectoryId: string;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeRemoveRaftVoterRequest(r: Reader, v: number): RemoveRaftVoterRequest {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'clusterId';
    const clusterId = r.compactNullableString();
    at = 'voterId';
    const voterId = r.int32();
    at = 'voterDirectoryId';
    const voterDirectoryId = r.uuid();
    const o: RemoveRaftVoterRequest = { clusterId, voterId, voterDirectoryId, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'RemoveRaftVoterRequest', 81, v);
  }
}

export function sizeRemoveRaftVoterRequest(o: RemoveRaftVoterRequest, _v: number): number {
  let s = 20;
  s += sizeOf.compactNullableString(o.clusterId);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeRemoveRaftVoterRequest(w: Writer, o: RemoveRaftVoterRequest, _v: number): void {
  w.compactNullableString(o.clusterId);
  w.int32(o.voterId);
  w.uuid(o.voterDirectoryId);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes RemoveRaftVoterRequest in place. */
export function encodeRemoveRaftVoterRequest(o: RemoveRaftVoterRequest, v: number): Buffer {
  return encodeWith(sizeRemoveRaftVoterRequest, writeRemoveRaftVoterRequest, o, v, 0, 0, 'RemoveRaftVoterRequest');
}

/** RemoveRaftVoterResponse, versions 0. */
export interface RemoveRaftVoterResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions 0. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions 0, nullable 0. */
  errorMessage: string | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeRemoveRaftVoterResponse(r: Reader, v: number): RemoveRaftVoterResponse {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'errorMessage';
    const errorMessage = r.compactNullableString();
    const o: RemoveRaftVoterResponse = { throttleTimeMs, errorCode, errorMessage, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'RemoveRaftVoterResponse', 81, v);
  }
}

export function sizeRemoveRaftVoterResponse(o: RemoveRaftVoterResponse, _v: number): number {
  let s = 6;
  s += sizeOf.compactNullableString(o.errorMessage);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeRemoveRaftVoterResponse(w: Writer, o: RemoveRaftVoterResponse, _v: number): void {
  w.int32(o.throttleTimeMs);
  w.int16(o.errorCode);
  w.compactNullableString(o.errorMessage);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes RemoveRaftVoterResponse in place. */
export function encodeRemoveRaftVoterResponse(o: RemoveRaftVoterResponse, v: number): Buffer {
  return encodeWith(sizeRemoveRaftVoterResponse, writeRemoveRaftVoterResponse, o, v, 0, 0, 'RemoveRaftVoterResponse');
}
