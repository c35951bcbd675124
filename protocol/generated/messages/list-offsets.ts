// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   ListOffsetsRequest.json
//   ListOffsetsResponse.json

import { Reader, Writer, sizeOf, skip } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { absentField, checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** ListOffsetsRequest, versions 1-10. */
export interface ListOffsetsRequest {
  /** The broker ID of the requester, or -1 if this request is being made by a normal consumer. Versions 1-10. */
  replicaId: number;
  /** This setting controls the visibility of transactional records. Using READ_UNCOMMITTED (isolation_level = 0) makes all records visible. With READ_COMMITTED (isolation_level = 1), non-transactional and COMMITTED transactional records are visible. To be more concrete, READ_COMMITTED returns all data from offsets smaller than the current LSO (last stable offset), and enables the inclusion of the list of aborted transactions in the result, which allows consumers to discard ABORTED transactional records. Versions 2-10. */
  isolationLevel: number;
  /** Each topic in the request. Versions 1-10. */
  topics: ListOffsetsRequestListOffsetsTopic[];
  /** The timeout to await a response in milliseconds for requests that require reading from remote storage for topics enabled with tiered storage. Versions 10. */
  timeoutMs: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeListOffsetsRequest(r: Reader, v: number): ListOffsetsRequest {
  const flex = v >= 6;
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 10);
    at = 'replicaId';
    const replicaId = r.int32();
    at = 'isolationLevel';
    const isolationLevel = v >= 2 ? r.int8() : 0;
    at = 'topics';
    const topics = r.array(flex, decodeListOffsetsRequestListOffsetsTopic, v, 2);
    at = 'timeoutMs';
    const timeoutMs = v >= 10 ? r.int32() : 0;
    const o: ListOffsetsRequest = { replicaId, isolationLevel, topics, timeoutMs, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'ListOffsetsRequest', 2, v);
  }
}

export function sizeListOffsetsRequest(o: ListOffsetsRequest, v: number): number {
  const flex = v >= 6;
  if (!(v >= 2) && !(o.isolationLevel === 0)) throw absentField('isolationLevel', v);
  let s = 4;
  if (v >= 2) s += 1;
  s += sizeOf.array(flex, o.topics, sizeListOffsetsRequestListOffsetsTopic, v);
  if (v >= 10) s += 4;
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeListOffsetsRequest(w: Writer, o: ListOffsetsRequest, v: number): void {
  const flex = v >= 6;
  w.int32(o.replicaId);
  if (v >= 2) w.int8(o.isolationLevel);
  w.array(flex, o.topics, writeListOffsetsRequestListOffsetsTopic, v);
  if (v >= 10) w.int32(o.timeoutMs);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes ListOffsetsRequest in place. */
export function encodeListOffsetsRequest(o: ListOffsetsRequest, v: number): Buffer {
  return encodeWith(sizeListOffsetsRequest, writeListOffsetsRequest, o, v, 1, 10, 'ListOffsetsRequest');
}

/** ListOffsetsTopic (in ListOffsetsRequest). */
export interface ListOffsetsRequestListOffsetsTopic {
  /** The topic name. Versions 1-10. */
  name: string;
  /** Each partition in the request. Versions 1-10. */
  partitions: ListOffsetsRequestListOffsetsPartition[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeListOffsetsRequestListOffsetsTopic(r: Reader, v: number): ListOffsetsRequestListOffsetsTopic {
  const flex = v >= 6;
  let at = '';
  try {
    at = 'name';
    const name = (flex ? r.compactString() : r.string());
    at = 'partitions';
    const partitions = r.array(flex, decodeListOffsetsRequestListOffsetsPartition, v, 12);
    const o: ListOffsetsRequestListOffsetsTopic = { name, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeListOffsetsRequestListOffsetsTopic(o: ListOffsetsRequestListOffsetsTopic, v: number): number {
  const flex = v >= 6;
  let s = 0;
  s += (flex ? sizeOf.compactString(o.name) : sizeOf.string(o.name));
  s += sizeOf.array(flex, o.partitions, sizeListOffsetsRequestListOffsetsPartition, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeListOffsetsRequestListOffsetsTopic(w: Writer, o: ListOffsetsRequestListOffsetsTopic, v: number): void {
  const flex = v >= 6;
  (flex ? w.compactString(o.name) : w.string(o.name));
  w.array(flex, o.partitions, writeListOffsetsRequestListOffsetsPartition, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** ListOffsetsPartition (in ListOffsetsRequest). */
export interface ListOffsetsRequestListOffsetsPartition {
  /** The partition index. Versions 1-10. */
  partitionIndex: number;
  /** The current leader epoch. Versions 4-10. */
  currentLeaderEpoch: number;
  /** The current timestamp. Versions 1-10. */
  timestamp: bigint;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeListOffsetsRequestListOffsetsPartition(r: Reader, v: number): ListOffsetsRequestListOffsetsPartition {
  const flex = v >= 6;
  let at = '';
  try {
    at = 'partitionIndex';
    const partitionIndex = r.int32();
    at = 'currentLeaderEpoch';
    const currentLeaderEpoch = v >= 4 ? r.int32() : -1;
    at = 'timestamp';
    const timestamp = r.int64();
    const o: ListOffsetsRequestListOffsetsPartition = { partitionIndex, currentLeaderEpoch, timestamp, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeListOffsetsRequestListOffsetsPartition(o: ListOffsetsRequestListOffsetsPartition, v: number): number {
  const flex = v >= 6;
  let s = 12;
  if (v >= 4) s += 4;
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeListOffsetsRequestListOffsetsPartition(w: Writer, o: ListOffsetsRequestListOffsetsPartition, v: number): void {
  const flex = v >= 6;
  w.int32(o.partitionIndex);
  if (v >= 4) w.int32(o.currentLeaderEpoch);
  w.int64(o.timestamp);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** ListOffsetsResponse, versions 1-10. */
export interface ListOffsetsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 2-10. */
  throttleTimeMs: number;
  /** Each topic in the response. Versions 1-10. */
  topics: ListOffsetsResponseListOffsetsTopicResponse[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeListOffsetsResponse(r: Reader, v: number): ListOffsetsResponse {
  const flex = v >= 6;
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 10);
    at = 'throttleTimeMs';
    const throttleTimeMs = v >= 2 ? r.int32() : 0;
    at = 'topics';
    const topics = r.array(flex, decodeListOffsetsResponseListOffsetsTopicResponse, v, 2);
    const o: ListOffsetsResponse = { throttleTimeMs, topics, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'ListOffsetsResponse', 2, v);
  }
}

export function sizeListOffsetsResponse(o: ListOffsetsResponse, v: number): number {
  const flex = v >= 6;
  let s = 0;
  if (v >= 2) s += 4;
  s += sizeOf.array(flex, o.topics, sizeListOffsetsResponseListOffsetsTopicResponse, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeListOffsetsResponse(w: Writer, o: ListOffsetsResponse, v: number): void {
  const flex = v >= 6;
  if (v >= 2) w.int32(o.throttleTimeMs);
  w.array(flex, o.topics, writeListOffsetsResponseListOffsetsTopicResponse, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes ListOffsetsResponse in place. */
export function encodeListOffsetsResponse(o: ListOffsetsResponse, v: number): Buffer {
  return encodeWith(sizeListOffsetsResponse, writeListOffsetsResponse, o, v, 1, 10, 'ListOffsetsResponse');
}

/** ListOffsetsTopicResponse (in ListOffsetsResponse). */
export interface ListOffsetsResponseListOffsetsTopicResponse {
  /** The topic name. Versions 1-10. */
  name: string;
  /** Each partition in the response. Versions 1-10. */
  partitions: ListOffsetsResponseListOffsetsPartitionResponse[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeListOffsetsResponseListOffsetsTopicResponse(r: Reader, v: number): ListOffsetsResponseListOffsetsTopicResponse {
  const flex = v >= 6;
  let at = '';
  try {
    at = 'name';
    const name = (flex ? r.compactString() : r.string());
    at = 'partitions';
    const partitions = r.array(flex, decodeListOffsetsResponseListOffsetsPartitionResponse, v, 22);
    const o: ListOffsetsResponseListOffsetsTopicResponse = { name, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeListOffsetsResponseListOffsetsTopicResponse(o: ListOffsetsResponseListOffsetsTopicResponse, v: number): number {
  const flex = v >= 6;
  let s = 0;
  s += (flex ? sizeOf.compactString(o.name) : sizeOf.string(o.name));
  s += sizeOf.array(flex, o.partitions, sizeListOffsetsResponseListOffsetsPartitionResponse, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeListOffsetsResponseListOffsetsTopicResponse(w: Writer, o: ListOffsetsResponseListOffsetsTopicResponse, v: number): void {
  const flex = v >= 6;
  (flex ? w.compactString(o.name) : w.string(o.name));
  w.array(flex, o.partitions, writeListOffsetsResponseListOffsetsPartitionResponse, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** ListOffsetsPartitionResponse (in ListOffsetsResponse). */
export interface ListOffsetsResponseListOffsetsPartitionResponse {
  /** The partition index. Versions 1-10. */
  partitionIndex: number;
  /** The partition error code, or 0 if there was no error. Versions 1-10. */
  errorCode: number;
  /** The timestamp associated with the returned offset. Versions 1-10. */
  timestamp: bigint;
  /** The returned offset. Versions 1-10. */
  offset: bigint;
  /** The leader epoch associated with the returned offset. Versions 4-10. */
  leaderEpoch: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeListOffsetsResponseListOffsetsPartitionResponse(r: Reader, v: number): ListOffsetsResponseListOffsetsPartitionResponse {
  const flex = v >= 6;
  let at = '';
  try {
    at = 'partitionIndex';
    const partitionIndex = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'timestamp';
    const timestamp = r.int64();
    at = 'offset';
    const offset = r.int64();
    at = 'leaderEpoch';
    const leaderEpoch = v >= 4 ? r.int32() : -1;
    const o: ListOffsetsResponseListOffsetsPartitionResponse = { partitionIndex, errorCode, timestamp, offset, leaderEpoch, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeListOffsetsResponseListOffsetsPartitionResponse(o: ListOffsetsResponseListOffsetsPartitionResponse, v: number): number {
  const flex = v >= 6;
  if (!(v >= 4) && !(o.leaderEpoch === -1)) throw absentField('leaderEpoch', v);
  let s = 22;
  if (v >= 4) s += 4;
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeListOffsetsResponseListOffsetsPartitionResponse(w: Writer, o: ListOffsetsResponseListOffsetsPartitionResponse, v: number): void {
  const flex = v >= 6;
  w.int32(o.partitionIndex);
  w.int16(o.errorCode);
  w.int64(o.timestamp);
  w.int64(o.offset);
  if (v >= 4) w.int32(o.leaderEpoch);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** What a policy reads from ListOffsetsRequest; everything else is skipped. */
export interface ListOffsetsRequestPeek {
  topics: ListOffsetsRequestListOffsetsTopicPeek[];
}

export function peekListOffsetsRequest(r: Reader, v: number): ListOffsetsRequestPeek {
  const flex = v >= 6;
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 10);
    at = 'replicaId';
    r.skip(4);
    at = 'isolationLevel';
    if (v >= 2) r.skip(1);
    at = 'topics';
    const f2 = r.array(flex, peekListOffsetsRequestListOffsetsTopic, v, 2);
    at = 'timeoutMs';
    if (v >= 10) r.skip(4);
    if (flex) r.skipTaggedFields();
    return { topics: f2 };
  } catch (e) {
    throw failedIn(e, at, r, 'ListOffsetsRequest', 2, v);
  }
}

/** What a policy reads from ListOffsetsTopic in ListOffsetsRequest; everything else is skipped. */
export interface ListOffsetsRequestListOffsetsTopicPeek {
  name: string;
}

export function peekListOffsetsRequestListOffsetsTopic(r: Reader, v: number): ListOffsetsRequestListOffsetsTopicPeek {
  const flex = v >= 6;
  let at = '';
  try {
    at = 'name';
    const f0 = (flex ? r.compactString() : r.string());
    at = 'partitions';
    skip.array(r, flex, skipListOffsetsRequestListOffsetsPartition, v, 12, false);
    if (flex) r.skipTaggedFields();
    return { name: f0 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

function skipListOffsetsRequestListOffsetsPartition(r: Reader, v: number): void {
  r.skip(4);
  if (v >= 4) r.skip(4);
  r.skip(8);
  if (v >= 6) r.skipTaggedFields();
}
