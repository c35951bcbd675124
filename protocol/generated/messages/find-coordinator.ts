// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   FindCoordinatorRequest.json
//   FindCoordinatorResponse.json

import { Reader, Writer, elementSizers, elementWriters, elements, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { absentField, checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** FindCoordinatorRequest, versions 0-6. */
export interface FindCoordinatorRequest {
  /** The coordinator key. Versions 0-3. */
  key: string;
  /** The coordinator key type. (group, transaction, share). Versions 1-6. */
  keyType: number;
  /** The coordinator keys. Versions 4-6. */
  coordinatorKeys: string[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeFindCoordinatorRequest(r: Reader, v: number): FindCoordinatorRequest {
  const flex = v >= 3;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 6);
    at = 'key';
    const key = v <= 3 ? (flex ? r.compactString() : r.string()) : "";
    at = 'keyType';
    const keyType = v >= 1 ? r.int8() : 0;
    at = 'coordinatorKeys';
    const coordinatorKeys = v >= 4 ? r.array(true, elements.compactString, v, 1) : [];
    const o: FindCoordinatorRequest = { key, keyType, coordinatorKeys, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'FindCoordinatorRequest', 10, v);
  }
}

export function sizeFindCoordinatorRequest(o: FindCoordinatorRequest, v: number): number {
  const flex = v >= 3;
  if (!(v <= 3) && !(o.key === "")) throw absentField('key', v);
  if (!(v >= 1) && !(o.keyType === 0)) throw absentField('keyType', v);
  if (!(v >= 4) && !(o.coordinatorKeys.length === 0)) throw absentField('coordinatorKeys', v);
  let s = 0;
  if (v <= 3) s += (flex ? sizeOf.compactString(o.key) : sizeOf.string(o.key));
  if (v >= 1) s += 1;
  if (v >= 4) s += sizeOf.array(true, o.coordinatorKeys, elementSizers.compactString, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeFindCoordinatorRequest(w: Writer, o: FindCoordinatorRequest, v: number): void {
  const flex = v >= 3;
  if (v <= 3) (flex ? w.compactString(o.key) : w.string(o.key));
  if (v >= 1) w.int8(o.keyType);
  if (v >= 4) w.array(true, o.coordinatorKeys, elementWriters.compactString, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes FindCoordinatorRequest in place. */
export function encodeFindCoordinatorRequest(o: FindCoordinatorRequest, v: number): Buffer {
  return encodeWith(sizeFindCoordinatorRequest, writeFindCoordinatorRequest, o, v, 0, 6, 'FindCoordinatorRequest');
}

/** FindCoordinatorResponse, versions 0-6. */
export interface FindCoordinatorResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 1-6. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions 0-3. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions 1-3, nullable 1-3. */
  errorMessage: string | null;
  /** The node id. Versions 0-3. */
  nodeId: number;
  /** The host name. Versions 0-3. */
  host: string;
  /** The port. Versions 0-3. */
  port: number;
  /** Each coordinator result in the response. Versions 4-6. */
  coordinators: FindCoordinatorResponseCoordinator[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeFindCoordinatorResponse(r: Reader, v: number): FindCoordinatorResponse {
  const flex = v >= 3;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 6);
    at = 'throttleTimeMs';
    const throttleTimeMs = v >= 1 ? r.int32() : 0;
    at = 'errorCode';
    const errorCode = v <= 3 ? r.int16() : 0;
    at = 'errorMessage';
    const errorMessage = v >= 1 && v <= 3 ? (flex ? r.compactNullableString() : r.nullableString()) : "";
    at = 'nodeId';
    const nodeId = v <= 3 ? r.int32() : 0;
    at = 'host';
    const host = v <= 3 ? (flex ? r.compactString() : r.string()) : "";
    at = 'port';
    const port = v <= 3 ? r.int32() : 0;
    at = 'coordinators';
    const coordinators = v >= 4 ? r.array(true, decodeFindCoordinatorResponseCoordinator, v, 14) : [];
    const o: FindCoordinatorResponse = { throttleTimeMs, errorCode, errorMessage, nodeId, host, port, coordinators, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'FindCoordinatorResponse', 10, v);
  }
}

export function sizeFindCoordinatorResponse(o: FindCoordinatorResponse, v: number): number {
  const flex = v >= 3;
  if (!(v <= 3) && !(o.errorCode === 0)) throw absentField('errorCode', v);
  if (!(v <= 3) && !(o.nodeId === 0)) throw absentField('nodeId', v);
  if (!(v <= 3) && !(o.host === "")) throw absentField('host', v);
  if (!(v <= 3) && !(o.port === 0)) throw absentField('port', v);
  if (!(v >= 4) && !(o.coordinators.length === 0)) throw absentField('coordinators', v);
  let s = 0;
  if (v >= 1) s += 4;
  if (v <= 3) s += 2;
  if (v >= 1 && v <= 3) s += (flex ? sizeOf.compactNullableString(o.errorMessage) : sizeOf.nullableString(o.errorMessage));
  if (v <= 3) s += 4;
  if (v <= 3) s += (flex ? sizeOf.compactString(o.host) : sizeOf.string(o.host));
  if (v <= 3) s += 4;
  if (v >= 4) s += sizeOf.array(true, o.coordinators, sizeFindCoordinatorResponseCoordinator, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeFindCoordinatorResponse(w: Writer, o: FindCoordinatorResponse, v: number): void {
  const flex = v >= 3;
  if (v >= 1) w.int32(o.throttleTimeMs);
  if (v <= 3) w.int16(o.errorCode);
  if (v >= 1 && v <= 3) (flex ? w.compactNullableString(o.errorMessage) : w.nullableString(o.errorMessage));
  if (v <= 3) w.int32(o.nodeId);
  if (v <= 3) (flex ? w.compactString(o.host) : w.string(o.host));
  if (v <= 3) w.int32(o.port);
  if (v >= 4) w.array(true, o.coordinators, writeFindCoordinatorResponseCoordinator, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes FindCoordinatorResponse in place. */
export function encodeFindCoordinatorResponse(o: FindCoordinatorResponse, v: number): Buffer {
  return encodeWith(sizeFindCoordinatorResponse, writeFindCoordinatorResponse, o, v, 0, 6, 'FindCoordinatorResponse');
}

/** Coordinator (in FindCoordinatorResponse). */
export interface FindCoordinatorResponseCoordinator {
  /** The coordinator key. Versions 4-6. */
  key: string;
  /** The node id. Versions 4-6. */
  nodeId: number;
  /** The host name. Versions 4-6. */
  host: string;
  /** The port. Versions 4-6. */
  port: number;
  /** The error code, or 0 if there was no error. Versions 4-6. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions 4-6, nullable 4-6. */
  errorMessage: string | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeFindCoordinatorResponseCoordinator(r: Reader, v: number): FindCoordinatorResponseCoordinator {
  let at = '';
  try {
    at = 'key';
    const key = r.compactString();
    at = 'nodeId';
    const nodeId = r.int32();
    at = 'host';
    const host = r.compactString();
    at = 'port';
    const port = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'errorMessage';
    const errorMessage = r.compactNullableString();
    const o: FindCoordinatorResponseCoordinator = { key, nodeId, host, port, errorCode, errorMessage, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeFindCoordinatorResponseCoordinator(o: FindCoordinatorResponseCoordinator, _v: number): number {
  let s = 10;
  s += sizeOf.compactString(o.key);
  s += sizeOf.compactString(o.host);
  s += sizeOf.compactNullableString(o.errorMessage);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeFindCoordinatorResponseCoordinator(w: Writer, o: FindCoordinatorResponseCoordinator, _v: number): void {
  w.compactString(o.key);
  w.int32(o.nodeId);
  w.compactString(o.host);
  w.int32(o.port);
  w.int16(o.errorCode);
  w.compactNullableString(o.errorMessage);
  w.unknownTaggedFields(o._unknownTaggedFields);
}
