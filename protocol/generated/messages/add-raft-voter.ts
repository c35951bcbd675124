// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   AddRaftVoterRequest.json
//   AddRaftVoterResponse.json

import { Reader, Writer, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** AddRaftVoterRequest, versions 0. */
export interface AddRaftVoterRequest {
  /** The cluster id. Versions 0, nullable 0. */
  clusterId: string | null;
  /** The maximum time to wait for the request to complete before returning. Versions 0. */
  timeoutMs: number;
  /** The replica id of the voter getting added to the topic partition. Versions 0. */
  voterId: number;
  /** The directory id of the voter getting added to the topic partition. Versions 0. */
  voterDirectoryId: string;
  /** The endpoints that can be used to communicate with the voter. Versions 0. */
  listeners: AddRaftVoterRequestListener[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAddRaftVoterRequest(r: Reader, v: number): AddRaftVoterRequest {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'clusterId';
    const clusterId = r.compactNullableString();
    at = 'timeoutMs';
    const timeoutMs = r.int32();
    at = 'voterId';
    const voterId = r.int32();
    at = 'voterDirectoryId';
    const voterDirectoryId = r.uuid();
    at = 'listeners';
    const listeners = r.array(true, decodeAddRaftVoterRequestListener, v, 5);
    const o: AddRaftVoterRequest = { clusterId, timeoutMs, voterId, voterDirectoryId, listeners, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'AddRaftVoterRequest', 80, v);
  }
}

export function sizeAddRaftVoterRequest(o: AddRaftVoterRequest, v: number): number {
  let s = 24;
  s += sizeOf.compactNullableString(o.clusterId);
  s += sizeOf.array(true, o.listeners, sizeAddRaftVoterRequestListener, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeAddRaftVoterRequest(w: Writer, o: AddRaftVoterRequest, v: number): void {
  w.compactNullableString(o.clusterId);
  w.int32(o.timeoutMs);
  w.int32(o.voterId);
  w.uuid(o.voterDirectoryId);
  w.array(true, o.listeners, writeAddRaftVoterRequestListener, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes AddRaftVoterRequest in place. */
export function encodeAddRaftVoterRequest(o: AddRaftVoterRequest, v: number): Buffer {
  return encodeWith(sizeAddRaftVoterRequest, writeAddRaftVoterRequest, o, v, 0, 0, 'AddRaftVoterRequest');
}

/** Listener (in AddRaftVoterRequest). */
export interface AddRaftVoterRequestListener {
  /** The name of the endpoint. Versions 0. */
  name: string;
  /** The hostname. Versions 0. */
  host: string;
  /** The port. Versions 0. */
  port: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAddRaftVoterRequestListener(r: Reader, v: number): AddRaftVoterRequestListener {
  let at = '';
  try {
    at = 'name';
    const name = r.compactString();
    at = 'host';
    const host = r.compactString();
    at = 'port';
    const port = r.uint16();
    const o: AddRaftVoterRequestListener = { name, host, port, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeAddRaftVoterRequestListener(o: AddRaftVoterRequestListener, _v: number): number {
  let s = 2;
  s += sizeOf.compactString(o.name);
  s += sizeOf.compactString(o.host);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeAddRaftVoterRequestListener(w: Writer, o: AddRaftVoterRequestListener, _v: number): void {
  w.compactString(o.name);
  w.compactString(o.host);
  w.uint16(o.port);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** AddRaftVoterResponse, versions 0. */
export interface AddRaftVoterResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions 0. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions 0, nullable 0. */
  errorMessage: string | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAddRaftVoterResponse(r: Reader, v: number): AddRaftVoterResponse {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'errorMessage';
    const errorMessage = r.compactNullableString();
    const o: AddRaftVoterResponse = { throttleTimeMs, errorCode, errorMessage, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'AddRaftVoterResponse', 80, v);
  }
}

export function sizeAddRaftVoterResponse(o: AddRaftVoterResponse, _v: number): number {
  let s = 6;
  s += sizeOf.compactNullableString(o.errorMessage);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeAddRaftVoterResponse(w: Writer, o: AddRaftVoterResponse, _v: number): void {
  w.int32(o.throttleTimeMs);
  w.int16(o.errorCode);
  w.compactNullableString(o.errorMessage);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes AddRaftVoterResponse in place. */
export function encodeAddRaftVoterResponse(o: AddRaftVoterResponse, v: number): Buffer {
  return encodeWith(sizeAddRaftVoterResponse, writeAddRaftVoterResponse, o, v, 0, 0, 'AddRaftVoterResponse');
}
