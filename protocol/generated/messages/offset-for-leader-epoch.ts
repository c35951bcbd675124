// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   OffsetForLeaderEpochRequest.json
//   OffsetForLeaderEpochResponse.json

import { Reader, Writer, sizeOf, skip } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** OffsetForLeaderEpochRequest, versions 2-4. */
export interface OffsetForLeaderEpochRequest {
  /** The broker ID of the follower, of -1 if this request is from a consumer. Versions 3-4. */
  replicaId: number;
  /** Each topic to get offsets for. Versions 2-4. */
  topics: OffsetForLeaderEpochRequestOffsetForLeaderTopic[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeOffsetForLeaderEpochRequest(r: Reader, v: number): OffsetForLeaderEpochRequest {
  const flex = v >= 4;
  let at = '';
  try {
    checkDecodeVersion(r, v, 2, 4);
    at = 'replicaId';
    const replicaId = v >= 3 ? r.int32() : -2;
    at = 'topics';
    const topics = r.array(flex, decodeOffsetForLeaderEpochRequestOffsetForLeaderTopic, v, 2);
    const o: OffsetForLeaderEpochRequest = { replicaId, topics, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'OffsetForLeaderEpochRequest', 23, v);
  }
}

export function sizeOffsetForLeaderEpochRequest(o: OffsetForLeaderEpochRequest, v: number): number {
  const flex = v >= 4;
  let s = 0;
  if (v >= 3) s += 4;
  s += sizeOf.array(flex, o.topics, sizeOffsetForLeaderEpochRequestOffsetForLeaderTopic, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeOffsetForLeaderEpochRequest(w: Writer, o: OffsetForLeaderEpochRequest, v: number): void {
  const flex = v >= 4;
  if (v >= 3) w.int32(o.replicaId);
  w.array(flex, o.topics, writeOffsetForLeaderEpochRequestOffsetForLeaderTopic, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes OffsetForLeaderEpochRequest in place. */
export function encodeOffsetForLeaderEpochRequest(o: OffsetForLeaderEpochRequest, v: number): Buffer {
  return encodeWith(sizeOffsetForLeaderEpochRequest, writeOffsetForLeaderEpochRequest, o, v, 2, 4, 'OffsetForLeaderEpochRequest');
}

/** OffsetForLeaderTopic (in OffsetForLeaderEpochRequest). */
export interface OffsetForLeaderEpochRequestOffsetForLeaderTopic {
  /** The topic name. Versions 2-4. */
  topic: string;
  /** Each partition to get offsets for. Versions 2-4. */
  partitions: OffsetForLeaderEpochRequestOffsetForLeaderPartition[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeOffsetForLeaderEpochRequestOffsetForLeaderTopic(r: Reader, v: number): OffsetForLeaderEpochRequestOffsetForLeaderTopic {
  const flex = v >= 4;
  let at = '';
  try {
    at = 'topic';
    const topic = (flex ? r.compactString() : r.string());
    at = 'partitions';
    const partitions = r.array(flex, decodeOffsetForLeaderEpochRequestOffsetForLeaderPartition, v, 12);
    const o: OffsetForLeaderEpochRequestOffsetForLeaderTopic = { topic, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeOffsetForLeaderEpochRequestOffsetForLeaderTopic(o: OffsetForLeaderEpochRequestOffsetForLeaderTopic, v: number): number {
  const flex = v >= 4;
  let s = 0;
  s += (flex ? sizeOf.compactString(o.topic) : sizeOf.string(o.topic));
  s += sizeOf.array(flex, o.partitions, sizeOffsetForLeaderEpochRequestOffsetForLeaderPartition, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeOffsetForLeaderEpochRequestOffsetForLeaderTopic(w: Writer, o: OffsetForLeaderEpochRequestOffsetForLeaderTopic, v: number): void {
  const flex = v >= 4;
  (flex ? w.compactString(o.topic) : w.string(o.topic));
  w.array(flex, o.partitions, writeOffsetForLeaderEpochRequestOffsetForLeaderPartition, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** OffsetForLeaderPartition (in OffsetForLeaderEpochRequest). */
export interface OffsetForLeaderEpochRequestOffsetForLeaderPartition {
  /** The partition index. Versions 2-4. */
  partition: number;
  /** An epoch used to fence consumers/replicas with old metadata. If the epoch provided by the client is larger than the current epoch known to the broker, then the UNKNOWN_LEADER_EPOCH error code will be returned. If the provided epoch is smaller, then the FENCED_LEADER_EPOCH error code will be returned. Versions 2-4. */
  currentLeaderEpoch: number;
  /** The epoch to look up an offset for. Versions 2-4. */
  leaderEpoch: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeOffsetForLeaderEpochRequestOffsetForLeaderPartition(r: Reader, v: number): OffsetForLeaderEpochRequestOffsetForLeaderPartition {
  const flex = v >= 4;
  let at = '';
  try {
    at = 'partition';
    const partition = r.int32();
    at = 'currentLeaderEpoch';
    const currentLeaderEpoch = r.int32();
    at = 'leaderEpoch';
    const leaderEpoch = r.int32();
    const o: OffsetForLeaderEpochRequestOffsetForLeaderPartition = { partition, currentLeaderEpoch, leaderEpoch, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeOffsetForLeaderEpochRequestOffsetForLeaderPartition(o: OffsetForLeaderEpochRequestOffsetForLeaderPartition, v: number): number {
  const flex = v >= 4;
  let s = 12;
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeOffsetForLeaderEpochRequestOffsetForLeaderPartition(w: Writer, o: OffsetForLeaderEpochRequestOffsetForLeaderPartition, v: number): void {
  const flex = v >= 4;
  w.int32(o.partition);
  w.int32(o.currentLeaderEpoch);
  w.int32(o.leaderEpoch);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** OffsetForLeaderEpochResponse, versions 2-4. */
export interface OffsetForLeaderEpochResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 2-4. */
  throttleTimeMs: number;
  /** Each topic we fetched offsets for. Versions 2-4. */
  topics: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeOffsetForLeaderEpochResponse(r: Reader, v: number): OffsetForLeaderEpochResponse {
  const flex = v >= 4;
  let at = '';
  try {
    checkDecodeVersion(r, v, 2, 4);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'topics';
    const topics = r.array(flex, decodeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult, v, 2);
    const o: OffsetForLeaderEpochResponse = { throttleTimeMs, topics, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'OffsetForLeaderEpochResponse', 23, v);
  }
}

export function sizeOffsetForLeaderEpochResponse(o: OffsetForLeaderEpochResponse, v: number): number {
  const flex = v >= 4;
  let s = 4;
  s += sizeOf.array(flex, o.topics, sizeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeOffsetForLeaderEpochResponse(w: Writer, o: OffsetForLeaderEpochResponse, v: number): void {
  const flex = v >= 4;
  w.int32(o.throttleTimeMs);
  w.array(flex, o.topics, writeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes OffsetForLeaderEpochResponse in place. */
export function encodeOffsetForLeaderEpochResponse(o: OffsetForLeaderEpochResponse, v: number): Buffer {
  return encodeWith(sizeOffsetForLeaderEpochResponse, writeOffsetForLeaderEpochResponse, o, v, 2, 4, 'OffsetForLeaderEpochResponse');
}

/** OffsetForLeaderTopicResult (in OffsetForLeaderEpochResponse). */
export interface OffsetForLeaderEpochResponseOffsetForLeaderTopicResult {
  /** The topic name. Versions 2-4. */
  topic: string;
  /** Each partition in the topic we fetched offsets for. Versions 2-4. */
  partitions: OffsetForLeaderEpochResponseEpochEndOffset[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(r: Reader, v: number): OffsetForLeaderEpochResponseOffsetForLeaderTopicResult {
  const flex = v >= 4;
  let at = '';
  try {
    at = 'topic';
    const topic = (flex ? r.compactString() : r.string());
    at = 'partitions';
    const partitions = r.array(flex, decodeOffsetForLeaderEpochResponseEpochEndOffset, v, 18);
    const o: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult = { topic, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(o: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult, v: number): number {
  const flex = v >= 4;
  let s = 0;
  s += (flex ? sizeOf.compactString(o.topic) : sizeOf.string(o.topic));
  s += sizeOf.array(flex, o.partitions, sizeOffsetForLeaderEpochResponseEpochEndOffset, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult(w: Writer, o: OffsetForLeaderEpochResponseOffsetForLeaderTopicResult, v: number): void {
  const flex = v >= 4;
  (flex ? w.compactString(o.topic) : w.string(o.topic));
  w.array(flex, o.partitions, writeOffsetForLeaderEpochResponseEpochEndOffset, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** EpochEndOffset (in OffsetForLeaderEpochResponse). */
export interface OffsetForLeaderEpochResponseEpochEndOffset {
  /** The error code 0, or if there was no error. Versions 2-4. */
  errorCode: number;
  /** The partition index. Versions 2-4. */
  partition: number;
  /** The leader epoch of the partition. Versions 2-4. */
  leaderEpoch: number;
  /** The end offset of the epoch. Versions 2-4. */
  endOffset: bigint;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeOffsetForLeaderEpochResponseEpochEndOffset(r: Reader, v: number): OffsetForLeaderEpochResponseEpochEndOffset {
  const flex = v >= 4;
  let at = '';
  try {
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'partition';
    const partition = r.int32();
    at = 'leaderEpoch';
    const leaderEpoch = r.int32();
    at = 'endOffset';
    const endOffset = r.int64();
    const o: OffsetForLeaderEpochResponseEpochEndOffset = { errorCode, partition, leaderEpoch, endOffset, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeOffsetForLeaderEpochResponseEpochEndOffset(o: OffsetForLeaderEpochResponseEpochEndOffset, v: number): number {
  const flex = v >= 4;
  let s = 18;
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeOffsetForLeaderEpochResponseEpochEndOffset(w: Writer, o: OffsetForLeaderEpochResponseEpochEndOffset, v: number): void {
  const flex = v >= 4;
  w.int16(o.errorCode);
  w.int32(o.partition);
  w.int32(o.leaderEpoch);
  w.int64(o.endOffset);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** What a policy reads from OffsetForLeaderEpochRequest; everything else is skipped. */
export interface OffsetForLeaderEpochRequestPeek {
  topics: OffsetForLeaderEpochRequestOffsetForLeaderTopicPeek[];
}

export function peekOffsetForLeaderEpochRequest(r: Reader, v: number): OffsetForLeaderEpochRequestPeek {
  const flex = v >= 4;
  let at = '';
  try {
    checkDecodeVersion(r, v, 2, 4);
    at = 'replicaId';
    if (v >= 3) r.skip(4);
    at = 'topics';
    const f1 = r.array(flex, peekOffsetForLeaderEpochRequestOffsetForLeaderTopic, v, 2);
    if (flex) r.skipTaggedFields();
    return { topics: f1 };
  } catch (e) {
    throw failedIn(e, at, r, 'OffsetForLeaderEpochRequest', 23, v);
  }
}

/** What a policy reads from OffsetForLeaderTopic in OffsetForLeaderEpochRequest; everything else is skipped. */
export interface OffsetForLeaderEpochRequestOffsetForLeaderTopicPeek {
  topic: string;
}

export function peekOffsetForLeaderEpochRequestOffsetForLeaderTopic(r: Reader, v: number): OffsetForLeaderEpochRequestOffsetForLeaderTopicPeek {
  const flex = v >= 4;
  let at = '';
  try {
    at = 'topic';
    const f0 = (flex ? r.compactString() : r.string());
    at = 'partitions';
    skip.array(r, flex, skipOffsetForLeaderEpochRequestOffsetForLeaderPartition, v, 12, false);
    if (flex) r.skipTaggedFields();
    return { topic: f0 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

function skipOffsetForLeaderEpochRequestOffsetForLeaderPartition(r: Reader, v: number): void {
  r.skip(4);
  r.skip(4);
  r.skip(4);
  if (v >= 4) r.skipTaggedFields();
}
