// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   ControllerRegistrationRequest.json
//   ControllerRegistrationResponse.json

import { Reader, Writer, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** ControllerRegistrationRequest, versions 0. */
export interface ControllerRegistrationRequest {
  /** The ID of the controller to register. Versions 0. */
  controllerId: number;
  /** The controller incarnation ID, which is unique to each process run. Versions 0. */
  incarnationId: string;
  /** Set if the required configurations for ZK migration are present. Versions 0. */
  zkMigrationReady: boolean;
  /** The listeners of this controller. Versions 0. */
  listeners: ControllerRegistrationRequestListener[];
  /** The features on this controller. Versions 0. */
  features: ControllerRegistrationRequestFeature[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeControllerRegistrationRequest(r: Reader, v: number): ControllerRegistrationRequest {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'controllerId';
    const controllerId = r.int32();
    at = 'incarnationId';
    const incarnationId = r.uuid();
    at = 'zkMigrationReady';
    const zkMigrationReady = r.bool();
    at = 'listeners';
    const listeners = r.array(true, decodeControllerRegistrationRequestListener, v, 7);
    at = 'features';
    const features = r.array(true, decodeControllerRegistrationRequestFeature, v, 6);
    const o: ControllerRegistrationRequest = { controllerId, incarnationId, zkMigrationReady, listeners, features, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'ControllerRegistrationRequest', 70, v);
  }
}

export function sizeControllerRegistrationRequest(o: ControllerRegistrationRequest, v: number): number {
  let s = 21;
  s += sizeOf.array(true, o.listeners, sizeControllerRegistrationRequestListener, v);
  s += sizeOf.array(true, o.features, sizeControllerRegistrationRequestFeature, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeControllerRegistrationRequest(w: Writer, o: ControllerRegistrationRequest, v: number): void {
  w.int32(o.controllerId);
  w.uuid(o.incarnationId);
  w.bool(o.zkMigrationReady);
  w.array(true, o.listeners, writeControllerRegistrationRequestListener, v);
  w.array(true, o.features, writeControllerRegistrationRequestFeature, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes ControllerRegistrationRequest in place. */
export function encodeControllerRegistrationRequest(o: ControllerRegistrationRequest, v: number): Buffer {
  return encodeWith(sizeControllerRegistrationRequest, writeControllerRegistrationRequest, o, v, 0, 0, 'ControllerRegistrationRequest');
}

/** Listener (in ControllerRegistrationRequest). */
export interface ControllerRegistrationRequestListener {
  /** The name of the endpoint. Versions 0. */
  name: string;
  /** The hostname. Versions 0. */
  host: string;
  /** The port. Versions 0. */
  port: number;
  /** The security protocol. Versions 0. */
  securityProtocol: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeControllerRegistrationRequestListener(r: Reader, v: number): ControllerRegistrationRequestListener {
  let at = '';
  try {
    at = 'name';
    const name = r.compactString();
    at = 'host';
    const host = r.compactString();
    at = 'port';
    const port = r.uint16();
    at = 'securityProtocol';
    const securityProtocol = r.int16();
    const o: ControllerRegistrationRequestListener = { name, host, port, securityProtocol, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeControllerRegistrationRequestListener(o: ControllerRegistrationRequestListener, _v: number): number {
  let s = 4;
  s += sizeOf.compactString(o.name);
  s += sizeOf.compactString(o.host);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeControllerRegistrationRequestListener(w: Writer, o: ControllerRegistrationRequestListener, _v: number): void {
  w.compactString(o.name);
  w.compactString(o.host);
  w.uint16(o.port);
  w.int16(o.securityProtocol);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Feature (in ControllerRegistrationRequest). */
export interface ControllerRegistrationRequestFeature {
  /** The feature name. Versions 0. */
  name: string;
  /** The minimum supported feature level. Versions 0. */
  minSupportedVersion: number;
  /** The maximum supported feature level. Versions 0. */
  maxSupportedVersion: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeControllerRegistrationRequestFeature(r: Reader, v: number): ControllerRegistrationRequestFeature {
  let at = '';
  try {
    at = 'name';
    const name = r.compactString();
    at = 'minSupportedVersion';
    const minSupportedVersion = r.int16();
    at = 'maxSupportedVersion';
    const maxSupportedVersion = r.int16();
    const o: ControllerRegistrationRequestFeature = { name, minSupportedVersion, maxSupportedVersion, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeControllerRegistrationRequestFeature(o: ControllerRegistrationRequestFeature, _v: number): number {
  let s = 4;
  s += sizeOf.compactString(o.name);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeControllerRegistrationRequestFeature(w: Writer, o: ControllerRegistrationRequestFeature, _v: number): void {
  w.compactString(o.name);
  w.int16(o.minSupportedVersion);
  w.int16(o.maxSupportedVersion);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** ControllerRegistrationResponse, versions 0. */
export interface ControllerRegistrationResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0. */
  throttleTimeMs: number;
  /** The response error code. Versions 0. */
  errorCode: number;
  /** The response error message, or null if there was no error. Versions 0, nullable 0. */
  errorMessage: string | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeControllerRegistrationResponse(r: Reader, v: number): ControllerRegistrationResponse {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'errorMessage';
    const errorMessage = r.compactNullableString();
    const o: ControllerRegistrationResponse = { throttleTimeMs, errorCode, errorMessage, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'ControllerRegistrationResponse', 70, v);
  }
}

export function sizeControllerRegistrationResponse(o: ControllerRegistrationResponse, _v: number): number {
  let s = 6;
  s += sizeOf.compactNullableString(o.errorMessage);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeControllerRegistrationResponse(w: Writer, o: ControllerRegistrationResponse, _v: number): void {
  w.int32(o.throttleTimeMs);
  w.int16(o.errorCode);
  w.compactNullableString(o.errorMessage);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes ControllerRegistrationResponse in place. */
export function encodeControllerRegistrationResponse(o: ControllerRegistrationResponse, v: number): Buffer {
  return encodeWith(sizeControllerRegistrationResponse, writeControllerRegistrationResponse, o, v, 0, 0, 'ControllerRegistrationResponse');
}
