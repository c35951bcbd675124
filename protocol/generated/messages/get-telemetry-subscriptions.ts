// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   GetTelemetrySubscriptionsRequest.json
//   GetTelemetrySubscriptionsResponse.json

import { Reader, Writer, elementSizers, elementWriters, elements, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedIn } from '../../primitives/codec-runtime.js';

/** GetTelemetrySubscriptionsRequest, versions 0. */
export interface GetTelemetrySubscriptionsRequest {
  /** Unique id for this client instance, must be set to 0 on the first request. Versions 0. */
  clientInstanceId: string;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeGetTelemetrySubscriptionsRequest(r: Reader, v: number): GetTelemetrySubscriptionsRequest {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'clientInstanceId';
    const clientInstanceId = r.uuid();
    const o: GetTelemetrySubscriptionsRequest = { clientInstanceId, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'GetTelemetrySubscriptionsRequest', 71, v);
  }
}

export function sizeGetTelemetrySubscriptionsRequest(o: GetTelemetrySubscriptionsRequest, _v: number): number {
  let s = 16;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeGetTelemetrySubscriptionsRequest(w: Writer, o: GetTelemetrySubscriptionsRequest, _v: number): void {
  w.uuid(o.clientInstanceId);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes GetTelemetrySubscriptionsRequest in place. */
export function encodeGetTelemetrySubscriptionsRequest(o: GetTelemetrySubscriptionsRequest, v: number): Buffer {
  return encodeWith(sizeGetTelemetrySubscriptionsRequest, writeGetTelemetrySubscriptionsRequest, o, v, 0, 0, 'GetTelemetrySubscriptionsRequest');
}

/** GetTelemetrySubscriptionsResponse, versions 0. */
export interface GetTelemetrySubscriptionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions 0. */
  errorCode: number;
  /** Assigned client instance id if ClientInstanceId was 0 in the request, else 0. Versions 0. */
  clientInstanceId: string;
  /** Unique identifier for the current subscription set for this client instance. Versions 0. */
  subscriptionId: number;
  /** Compression types that broker accepts for the PushTelemetryRequest. Versions 0. */
  acceptedCompressionTypes: number[];
  /** Configured push interval, which is the lowest configured interval in the current subscription set. Versions 0. */
  pushIntervalMs: number;
  /** The maximum bytes of binary data the broker accepts in PushTelemetryRequest. Versions 0. */
  telemetryMaxBytes: number;
  /** Flag to indicate monotonic/counter metrics are to be emitted as deltas or cumulative values. Versions 0. */
  deltaTemporality: boolean;
  /** Requested metrics prefix string match. Empty array: No metrics subscribed, Array[0] empty string: All metrics subscribed. Versions 0. */
  requestedMetrics: string[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeGetTelemetrySubscriptionsResponse(r: Reader, v: number): GetTelemetrySubscriptionsResponse {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'clientInstanceId';
    const clientInstanceId = r.uuid();
    at = 'subscriptionId';
    const subscriptionId = r.int32();
    at = 'acceptedCompressionTypes';
    const acceptedCompressionTypes = r.array(true, elements.int8, v, 1);
    at = 'pushIntervalMs';
    const pushIntervalMs = r.int32();
    at = 'telemetryMaxBytes';
    const telemetryMaxBytes = r.int32();
    at = 'deltaTemporality';
    const deltaTemporality = r.bool();
    at = 'requestedMetrics';
    const requestedMetrics = r.array(true, elements.compactString, v, 1);
    const o: GetTelemetrySubscriptionsResponse = { throttleTimeMs, errorCode, clientInstanceId, subscriptionId, acceptedCompressionTypes, pushIntervalMs, telemetryMaxBytes, deltaTemporality, requestedMetrics, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'GetTelemetrySubscriptionsResponse', 71, v);
  }
}

export function sizeGetTelemetrySubscriptionsResponse(o: GetTelemetrySubscriptionsResponse, v: number): number {
  let s = 35;
  s += sizeOf.fixedArray(true, o.acceptedCompressionTypes, 1);
  s += sizeOf.array(true, o.requestedMetrics, elementSizers.compactString, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeGetTelemetrySubscriptionsResponse(w: Writer, o: GetTelemetrySubscriptionsResponse, v: number): void {
  w.int32(o.throttleTimeMs);
  w.int16(o.errorCode);
  w.uuid(o.clientInstanceId);
  w.int32(o.subscriptionId);
  w.array(true, o.acceptedCompressionTypes, elementWriters.int8, v);
  w.int32(o.pushIntervalMs);
  w.int32(o.telemetryMaxBytes);
  w.bool(o.deltaTemporality);
  w.array(true, o.requestedMetrics, elementWriters.compactString, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes GetTelemetrySubscriptionsResponse in place. */
export function encodeGetTelemetrySubscriptionsResponse(o: GetTelemetrySubscriptionsResponse, v: number): Buffer {
  return encodeWith(sizeGetTelemetrySubscriptionsResponse, writeGetTelemetrySubscriptionsResponse, o, v, 0, 0, 'GetTelemetrySubscriptionsResponse');
}
