// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   BrokerRegistrationRequest.json
//   BrokerRegistrationResponse.json

import { Reader, Writer, elementWriters, elements, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { absentField, checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** BrokerRegistrationRequest, versions 0-4. */
export interface BrokerRegistrationRequest {
  /** The broker ID. Versions 0-4. */
  brokerId: number;
  /** The cluster id of the broker process. Versions 0-4. */
  clusterId: string;
  /** The incarnation id of the broker process. Versions 0-4. */
  incarnationId: string;
  /** The listeners of this broker. Versions 0-4. */
  listeners: BrokerRegistrationRequestListener[];
  /** The features on this broker. Note: in v0-v3, features with MinSupportedVersion = 0 are omitted. Versions 0-4. */
  features: BrokerRegistrationRequestFeature[];
  /** The rack which this broker is in. Versions 0-4, nullable 0-4. */
  rack: string | null;
  /** If the required configurations for ZK migration are present, this value is set to true. Versions 1-4. */
  isMigratingZkBroker: boolean;
  /** Log directories configured in this broker which are available. Versions 2-4. */
  logDirs: string[];
  /** The epoch before a clean shutdown. Versions 3-4. */
  previousBrokerEpoch: bigint;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeBrokerRegistrationRequest(r: Reader, v: number): BrokerRegistrationRequest {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 4);
    at = 'brokerId';
    const brokerId = r.int32();
    at = 'clusterId';
    const clusterId = r.compactString();
    at = 'incarnationId';
    const incarnationId = r.uuid();
    at = 'listeners';
    const listeners = r.array(true, decodeBrokerRegistrationRequestListener, v, 7);
    at = 'features';
    const features = r.array(true, decodeBrokerRegistrationRequestFeature, v, 6);
    at = 'rack';
    const rack = r.compactNullableString();
    at = 'isMigratingZkBroker';
    const isMigratingZkBroker = v >= 1 ? r.bool() : false;
    at = 'logDirs';
    const logDirs = v >= 2 ? r.array(true, elements.uuid, v, 16) : [];
    at = 'previousBrokerEpoch';
    const previousBrokerEpoch = v >= 3 ? r.int64() : -1n;
    const o: BrokerRegistrationRequest = { brokerId, clusterId, incarnationId, listeners, features, rack, isMigratingZkBroker, logDirs, previousBrokerEpoch, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'BrokerRegistrationRequest', 62, v);
  }
}

export function sizeBrokerRegistrationRequest(o: BrokerRegistrationRequest, v: number): number {
  if (!(v >= 1) && !(o.isMigratingZkBroker === false)) throw absentField('isMigratingZkBroker', v);
  let s = 20;
  s += sizeOf.compactString(o.clusterId);
  s += sizeOf.array(true, o.listeners, sizeBrokerRegistrationRequestListener, v);
  s += sizeOf.array(true, o.features, sizeBrokerRegistrationRequestFeature, v);
  s += sizeOf.compactNullableString(o.rack);
  if (v >= 1) s += 1;
  if (v >= 2) s += sizeOf.fixedArray(true, o.logDirs, 16);
  if (v >= 3) s += 8;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeBrokerRegistrationRequest(w: Writer, o: BrokerRegistrationRequest, v: number): void {
  w.int32(o.brokerId);
  w.compactString(o.clusterId);
  w.uuid(o.incarnationId);
  w.array(true, o.listeners, writeBrokerRegistrationRequestListener, v);
  w.array(true, o.features, writeBrokerRegistrationRequestFeature, v);
  w.compactNullableString(o.rack);
  if (v >= 1) w.bool(o.isMigratingZkBroker);
  if (v >= 2) w.array(true, o.logDirs, elementWriters.uuid, v);
  if (v >= 3) w.int64(o.previousBrokerEpoch);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes BrokerRegistrationRequest in place. */
export function encodeBrokerRegistrationRequest(o: BrokerRegistrationRequest, v: number): Buffer {
  return encodeWith(sizeBrokerRegistrationRequest, writeBrokerRegistrationRequest, o, v, 0, 4, 'BrokerRegistrationRequest');
}

/** Listener (in BrokerRegistrationRequest). */
export interface BrokerRegistrationRequestListener {
  /** The name of the endpoint. Versions 0-4. */
  name: string;
  /** The hostname. Versions 0-4. */
  host: string;
  /** The port. Versions 0-4. */
  port: number;
  /** The security protocol. Versions 0-4. */
  securityProtocol: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeBrokerRegistrationRequestListener(r: Reader, v: number): BrokerRegistrationRequestListener {
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
    const o: BrokerRegistrationRequestListener = { name, host, port, securityProtocol, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeBrokerRegistrationRequestListener(o: BrokerRegistrationRequestListener, _v: number): number {
  let s = 4;
  s += sizeOf.compactString(o.name);
  s += sizeOf.compactString(o.host);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeBrokerRegistrationRequestListener(w: Writer, o: BrokerRegistrationRequestListener, _v: number): void {
  w.compactString(o.name);
  w.compactString(o.host);
  w.uint16(o.port);
  w.int16(o.securityProtocol);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Feature (in BrokerRegistrationRequest). */
export interface BrokerRegistrationRequestFeature {
  /** The feature name. Versions 0-4. */
  name: string;
  /** The minimum supported feature level. Versions 0-4. */
  minSupportedVersion: number;
  /** The maximum supported feature level. Versions 0-4. */
  maxSupportedVersion: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeBrokerRegistrationRequestFeature(r: Reader, v: number): BrokerRegistrationRequestFeature {
  let at = '';
  try {
    at = 'name';
    const name = r.compactString();
    at = 'minSupportedVersion';
    const minSupportedVersion = r.int16();
    at = 'maxSupportedVersion';
    const maxSupportedVersion = r.int16();
    const o: BrokerRegistrationRequestFeature = { name, minSupportedVersion, maxSupportedVersion, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeBrokerRegistrationRequestFeature(o: BrokerRegistrationRequestFeature, _v: number): number {
  let s = 4;
  s += sizeOf.compactString(o.name);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeBrokerRegistrationRequestFeature(w: Writer, o: BrokerRegistrationRequestFeature, _v: number): void {
  w.compactString(o.name);
  w.int16(o.minSupportedVersion);
  w.int16(o.maxSupportedVersion);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** BrokerRegistrationResponse, versions 0-4. */
export interface BrokerRegistrationResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0-4. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions 0-4. */
  errorCode: number;
  /** The broker's assigned epoch, or -1 if none was assigned. Versions 0-4. */
  brokerEpoch: bigint;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeBrokerRegistrationResponse(r: Reader, v: number): BrokerRegistrationResponse {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 4);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'brokerEpoch';
    const brokerEpoch = r.int64();
    const o: BrokerRegistrationResponse = { throttleTimeMs, errorCode, brokerEpoch, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'BrokerRegistrationResponse', 62, v);
  }
}

export function sizeBrokerRegistrationResponse(o: BrokerRegistrationResponse, _v: number): number {
  let s = 14;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeBrokerRegistrationResponse(w: Writer, o: BrokerRegistrationResponse, _v: number): void {
  w.int32(o.throttleTimeMs);
  w.int16(o.errorCode);
  w.int64(o.brokerEpoch);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes BrokerRegistrationResponse in place. */
export function encodeBrokerRegistrationResponse(o: BrokerRegistrationResponse, v: number): Buffer {
  return encodeWith(sizeBrokerRegistrationResponse, writeBrokerRegistrationResponse, o, v, 0, 4, 'BrokerRegistrationResponse');
}
