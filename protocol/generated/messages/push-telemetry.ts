// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   PushTelemetryRequest.json
//   PushTelemetryResponse.json

import { Reader, Writer, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedIn } from '../../primitives/codec-runtime.js';

/** PushTelemetryRequest, versions 0. */
export interface PushTelemetryRequest {
  /** Unique id for this client instance. Versions 0. */
  clientInstanceId: string;
  /** Unique identifier for the current subscription. Versions 0. */
  subscriptionId: number;
  /** Client is terminating the connection. Versions 0. */
  terminating: boolean;
  /** Compression codec used to compress the metrics. Versions 0. */
  compressionType: number;
  /** Metrics encoded in OpenTelemetry MetricsData v1 protobuf format. Versions 0. */
  metrics: Buffer;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodePushTelemetryRequest(r: Reader, v: number): PushTelemetryRequest {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'clientInstanceId';
    const clientInstanceId = r.uuid();
    at = 'subscriptionId';
    const subscriptionId = r.int32();
    at = 'terminating';
    const terminating = r.bool();
    at = 'compressionType';
    const compressionType = r.int8();
    at = 'metrics';
    const metrics = r.compactBytes();
    const o: PushTelemetryRequest = { clientInstanceId, subscriptionId, terminating, compressionType, metrics, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'PushTelemetryRequest', 72, v);
  }
}

export function sizePushTelemetryRequest(o: PushTelemetryRequest, _v: number): number {
  let s = 22;
  s += sizeOf.compactBytes(o.metrics);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writePushTelemetryRequest(w: Writer, o: PushTelemetryRequest, _v: number): void {
  w.uuid(o.clientInstanceId);
  w.int32(o.subscriptionId);
  w.bool(o.terminating);
  w.int8(o.compressionType);
  w.compactBytes(o.metrics);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes PushTelemetryRequest in place. */
export function encodePushTelemetryRequest(o: PushTelemetryRequest, v: number): Buffer {
  return encodeWith(sizePushTelemetryRequest, writePushTelemetryRequest, o, v, 0, 0, 'PushTelemetryRequest');
}

/** PushTelemetryResponse, versions 0. */
export interface PushTelemetryResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions 0. */
  errorCode: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodePushTelemetryResponse(r: Reader, v: number): PushTelemetryResponse {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    const o: PushTelemetryResponse = { throttleTimeMs, errorCode, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'PushTelemetryResponse', 72, v);
  }
}

export function sizePushTelemetryResponse(o: PushTelemetryResponse, _v: number): number {
  let s = 6;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writePushTelemetryResponse(w: Writer, o: PushTelemetryResponse, _v: number): void {
  w.int32(o.throttleTimeMs);
  w.int16(o.errorCode);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes PushTelemetryResponse in place. */
export function encodePushTelemetryResponse(o: PushTelemetryResponse, v: number): Buffer {
  return encodeWith(sizePushTelemetryResponse, writePushTelemetryResponse, o, v, 0, 0, 'PushTelemetryResponse');
}
