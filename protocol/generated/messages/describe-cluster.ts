// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   DescribeClusterRequest.json
//   DescribeClusterResponse.json

import { Reader, Writer, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { absentField, checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** DescribeClusterRequest, versions 0-2. */
export interface DescribeClusterRequest {
  /** Whether to include cluster authorized operations. Versions 0-2. */
  includeClusterAuthorizedOperations: boolean;
  /** The endpoint type to describe. 1=brokers, 2=controllers. Versions 1-2. */
  endpointType: number;
  /** Whether to include fenced brokers when listing brokers. Versions 2. */
  includeFencedBrokers: boolean;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeClusterRequest(r: Reader, v: number): DescribeClusterRequest {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 2);
    at = 'includeClusterAuthorizedOperations';
    const includeClusterAuthorizedOperations = r.bool();
    at = 'endpointType';
    const endpointType = v >= 1 ? r.int8() : 1;
    at = 'includeFencedBrokers';
    const includeFencedBrokers = v >= 2 ? r.bool() : false;
    const o: DescribeClusterRequest = { includeClusterAuthorizedOperations, endpointType, includeFencedBrokers, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'DescribeClusterRequest', 60, v);
  }
}

export function sizeDescribeClusterRequest(o: DescribeClusterRequest, v: number): number {
  if (!(v >= 1) && !(o.endpointType === 1)) throw absentField('endpointType', v);
  if (!(v >= 2) && !(o.includeFencedBrokers === false)) throw absentField('includeFencedBrokers', v);
  let s = 1;
  if (v >= 1) s += 1;
  if (v >= 2) s += 1;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDescribeClusterRequest(w: Writer, o: DescribeClusterRequest, v: number): void {
  w.bool(o.includeClusterAuthorizedOperations);
  if (v >= 1) w.int8(o.endpointType);
  if (v >= 2) w.bool(o.includeFencedBrokers);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes DescribeClusterRequest in place. */
export function encodeDescribeClusterRequest(o: DescribeClusterRequest, v: number): Buffer {
  return encodeWith(sizeDescribeClusterRequest, writeDescribeClusterRequest, o, v, 0, 2, 'DescribeClusterRequest');
}

/** DescribeClusterResponse, versions 0-2. */
export interface DescribeClusterResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0-2. */
  throttleTimeMs: number;
  /** The top-level error code, or 0 if there was no error. Versions 0-2. */
  errorCode: number;
  /** The top-level error message, or null if there was no error. Versions 0-2, nullable 0-2. */
  errorMessage: string | null;
  /** The endpoint type that was described. 1=brokers, 2=controllers. Versions 1-2. */
  endpointType: number;
  /** The cluster ID that responding broker belongs to. Versions 0-2. */
  clusterId: string;
  /** The ID of the controller broker. Versions 0-2. */
  controllerId: number;
  /** Each broker in the response. Versions 0-2. */
  brokers: DescribeClusterResponseDescribeClusterBroker[];
  /** 32-bit bitfield to represent authorized operations for this cluster. Versions 0-2. */
  clusterAuthorizedOperations: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeClusterResponse(r: Reader, v: number): DescribeClusterResponse {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 2);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'errorMessage';
    const errorMessage = r.compactNullableString();
    at = 'endpointType';
    const endpointType = v >= 1 ? r.int8() : 1;
    at = 'clusterId';
    const clusterId = r.compactString();
    at = 'controllerId';
    const controllerId = r.int32();
    at = 'brokers';
    const brokers = r.array(true, decodeDescribeClusterResponseDescribeClusterBroker, v, 11);
    at = 'clusterAuthorizedOperations';
    const clusterAuthorizedOperations = r.int32();
    const o: DescribeClusterResponse = { throttleTimeMs, errorCode, errorMessage, endpointType, clusterId, controllerId, brokers, clusterAuthorizedOperations, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'DescribeClusterResponse', 60, v);
  }
}

export function sizeDescribeClusterResponse(o: DescribeClusterResponse, v: number): number {
  if (!(v >= 1) && !(o.endpointType === 1)) throw absentField('endpointType', v);
  let s = 14;
  s += sizeOf.compactNullableString(o.errorMessage);
  if (v >= 1) s += 1;
  s += sizeOf.compactString(o.clusterId);
  s += sizeOf.array(true, o.brokers, sizeDescribeClusterResponseDescribeClusterBroker, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDescribeClusterResponse(w: Writer, o: DescribeClusterResponse, v: number): void {
  w.int32(o.throttleTimeMs);
  w.int16(o.errorCode);
  w.compactNullableString(o.errorMessage);
  if (v >= 1) w.int8(o.endpointType);
  w.compactString(o.clusterId);
  w.int32(o.controllerId);
  w.array(true, o.brokers, writeDescribeClusterResponseDescribeClusterBroker, v);
  w.int32(o.clusterAuthorizedOperations);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes DescribeClusterResponse in place. */
export function encodeDescribeClusterResponse(o: DescribeClusterResponse, v: number): Buffer {
  return encodeWith(sizeDescribeClusterResponse, writeDescribeClusterResponse, o, v, 0, 2, 'DescribeClusterResponse');
}

/** DescribeClusterBroker (in DescribeClusterResponse). */
export interface DescribeClusterResponseDescribeClusterBroker {
  /** The broker ID. Versions 0-2. */
  brokerId: number;
  /** The broker hostname. Versions 0-2. */
  host: string;
  /** The broker port. Versions 0-2. */
  port: number;
  /** The rack of the broker, or null if it has not been assigned to a rack. Versions 0-2, nullable 0-2. */
  rack: string | null;
  /** Whether the broker is fenced Versions 2. */
  isFenced: boolean;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeClusterResponseDescribeClusterBroker(r: Reader, v: number): DescribeClusterResponseDescribeClusterBroker {
  let at = '';
  try {
    at = 'brokerId';
    const brokerId = r.int32();
    at = 'host';
    const host = r.compactString();
    at = 'port';
    const port = r.int32();
    at = 'rack';
    const rack = r.compactNullableString();
    at = 'isFenced';
    const isFenced = v >= 2 ? r.bool() : false;
    const o: DescribeClusterResponseDescribeClusterBroker = { brokerId, host, port, rack, isFenced, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDescribeClusterResponseDescribeClusterBroker(o: DescribeClusterResponseDescribeClusterBroker, v: number): number {
  if (!(v >= 2) && !(o.isFenced === false)) throw absentField('isFenced', v);
  let s = 8;
  s += sizeOf.compactString(o.host);
  s += sizeOf.compactNullableString(o.rack);
  if (v >= 2) s += 1;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDescribeClusterResponseDescribeClusterBroker(w: Writer, o: DescribeClusterResponseDescribeClusterBroker, v: number): void {
  w.int32(o.brokerId);
  w.compactString(o.host);
  w.int32(o.port);
  w.compactNullableString(o.rack);
  if (v >= 2) w.bool(o.isFenced);
  w.unknownTaggedFields(o._unknownTaggedFields);
}
