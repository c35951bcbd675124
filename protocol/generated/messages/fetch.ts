// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   FetchRequest.json
//   FetchResponse.json

import { Reader, Writer, elementWriters, elements, sizeOf, skip } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { ZERO_UUID, absentField, checkDecodeVersion, encodeWith, failedAt, failedIn, invalidTag } from '../../primitives/codec-runtime.js';

/** FetchRequest, versions 4-18. */
export interface FetchRequest {
  /** The clusterId if known. This is used to validate metadata fetches prior to broker registration. Versions 12-18, nullable 12-18, tag 0. */
  clusterId: string | null;
  /** The broker ID of the follower, of -1 if this request is from a consumer. Versions 4-14. */
  replicaId: number;
  /** The state of the replica in the follower. Versions 15-18, tag 1. */
  replicaState: FetchRequestReplicaState;
  /** The maximum time in milliseconds to wait for the response. Versions 4-18. */
  maxWaitMs: number;
  /** The minimum bytes to accumulate in the response. Versions 4-18. */
  minBytes: number;
  /** The maximum bytes to fetch.  See KIP-74 for cases where this limit may not be honored. Versions 4-18. */
  maxBytes: number;
  /** This setting controls the visibility of transactional records. Using READ_UNCOMMITTED (isolation_level = 0) makes all records visible. With READ_COMMITTED (isolation_level = 1), non-transactional and COMMITTED transactional records are visible. To be more concrete, READ_COMMITTED returns all data from offsets smaller than the current LSO (last stable offset), and enables the inclusion of the list of aborted transactions in the result, which allows consumers to discard ABORTED transactional records. Versions 4-18. */
  isolationLevel: number;
  /** The fetch session ID. Versions 7-18. */
  sessionId: number;
  /** The fetch session epoch, which is used for ordering requests in a session. Versions 7-18. */
  sessionEpoch: number;
  /** The topics to fetch. Versions 4-18. */
  topics: FetchRequestFetchTopic[];
  /** In an incremental fetch request, the partitions to remove. Versions 7-18. */
  forgottenTopicsData: FetchRequestForgottenTopic[];
  /** Rack ID of the consumer making this request. Versions 11-18. */
  rackId: string;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeFetchRequest(r: Reader, v: number): FetchRequest {
  const flex = v >= 12;
  let at = '';
  try {
    checkDecodeVersion(r, v, 4, 18);
    at = 'replicaId';
    const replicaId = v <= 14 ? r.int32() : -1;
    at = 'maxWaitMs';
    const maxWaitMs = r.int32();
    at = 'minBytes';
    const minBytes = r.int32();
    at = 'maxBytes';
    const maxBytes = r.int32();
    at = 'isolationLevel';
    const isolationLevel = r.int8();
    at = 'sessionId';
    const sessionId = v >= 7 ? r.int32() : 0;
    at = 'sessionEpoch';
    const sessionEpoch = v >= 7 ? r.int32() : -1;
    at = 'topics';
    const topics = r.array(flex, decodeFetchRequestFetchTopic, v, 1);
    at = 'forgottenTopicsData';
    const forgottenTopicsData = v >= 7 ? r.array(flex, decodeFetchRequestForgottenTopic, v, 1) : [];
    at = 'rackId';
    const rackId = v >= 11 ? (flex ? r.compactString() : r.string()) : "";
    const o: FetchRequest = { clusterId: null, replicaId, replicaState: defaultFetchRequestReplicaState(), maxWaitMs, minBytes, maxBytes, isolationLevel, sessionId, sessionEpoch, topics, forgottenTopicsData, rackId, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, tagsFetchRequest);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'FetchRequest', 1, v);
  }
}

type FetchRequestTags = Pick<FetchRequest, 'clusterId' | 'replicaState'>;

function tagsFetchRequest(r: Reader, tag: number, o: FetchRequestTags, v: number): boolean {
  switch (tag) {
    case 0:
      if (!(v >= 12)) throw invalidTag(0, r, v);
      o.clusterId = r.compactNullableString();
      return true;
    case 1:
      if (!(v >= 15)) throw invalidTag(1, r, v);
      o.replicaState = decodeFetchRequestReplicaState(r, v);
      return true;
    default:
      return false;
  }
}

export function sizeFetchRequest(o: FetchRequest, v: number): number {
  const flex = v >= 12;
  if (!(v <= 14) && !(o.replicaId === -1)) throw absentField('replicaId', v);
  if (!(v >= 7) && !(o.forgottenTopicsData.length === 0)) throw absentField('forgottenTopicsData', v);
  let s = 13;
  if (v <= 14) s += 4;
  if (v >= 7) s += 4;
  if (v >= 7) s += 4;
  s += sizeOf.array(flex, o.topics, sizeFetchRequestFetchTopic, v);
  if (v >= 7) s += sizeOf.array(flex, o.forgottenTopicsData, sizeFetchRequestForgottenTopic, v);
  if (v >= 11) s += (flex ? sizeOf.compactString(o.rackId) : sizeOf.string(o.rackId));
  if (flex) {
    const u = o._unknownTaggedFields;
    let n = u === undefined ? 0 : u.length;
    let t = u === undefined ? 0 : sizeOf.unknownTaggedFields(u) - sizeOf.uvarint(u.length);
    if (v >= 12 && !(o.clusterId === null)) {
      n++;
      t += sizeOf.taggedField(0, sizeOf.compactNullableString(o.clusterId));
    }
    if (v >= 15 && !(isDefaultFetchRequestReplicaState(o.replicaState))) {
      n++;
      t += sizeOf.taggedField(1, sizeFetchRequestReplicaState(o.replicaState, v));
    }
    s += sizeOf.uvarint(n) + t;
  }
  return s;
}

export function writeFetchRequest(w: Writer, o: FetchRequest, v: number): void {
  const flex = v >= 12;
  if (v <= 14) w.int32(o.replicaId);
  w.int32(o.maxWaitMs);
  w.int32(o.minBytes);
  w.int32(o.maxBytes);
  w.int8(o.isolationLevel);
  if (v >= 7) w.int32(o.sessionId);
  if (v >= 7) w.int32(o.sessionEpoch);
  w.array(flex, o.topics, writeFetchRequestFetchTopic, v);
  if (v >= 7) w.array(flex, o.forgottenTopicsData, writeFetchRequestForgottenTopic, v);
  if (v >= 11) (flex ? w.compactString(o.rackId) : w.string(o.rackId));
  if (flex) {
    const u = o._unknownTaggedFields;
    let n = u === undefined ? 0 : u.length;
    const t0 = v >= 12 && !(o.clusterId === null);
    if (t0) n++;
    const t1 = v >= 15 && !(isDefaultFetchRequestReplicaState(o.replicaState));
    if (t1) n++;
    w.uvarint(n);
    let ui = 0;
    if (t0) {
      ui = w.unknownTagsBelow(u, ui, 0);
      w.taggedFieldHeader(0, sizeOf.compactNullableString(o.clusterId));
      w.compactNullableString(o.clusterId);
    }
    if (t1) {
      ui = w.unknownTagsBelow(u, ui, 1);
      w.taggedFieldHeader(1, sizeFetchRequestReplicaState(o.replicaState, v));
      writeFetchRequestReplicaState(w, o.replicaState, v);
    }
    w.unknownTagsBelow(u, ui, Infinity);
  }
}

/** Sizes once, allocates once and writes FetchRequest in place. */
export function encodeFetchRequest(o: FetchRequest, v: number): Buffer {
  return encodeWith(sizeFetchRequest, writeFetchRequest, o, v, 4, 18, 'FetchRequest');
}

/** ReplicaState (in FetchRequest). */
export interface FetchRequestReplicaState {
  /** The replica ID of the follower, or -1 if this request is from a consumer. Versions 15-18. */
  replicaId: number;
  /** The epoch of this follower, or -1 if not available. Versions 15-18. */
  replicaEpoch: bigint;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeFetchRequestReplicaState(r: Reader, v: number): FetchRequestReplicaState {
  let at = '';
  try {
    at = 'replicaId';
    const replicaId = r.int32();
    at = 'replicaEpoch';
    const replicaEpoch = r.int64();
    const o: FetchRequestReplicaState = { replicaId, replicaEpoch, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeFetchRequestReplicaState(o: FetchRequestReplicaState, _v: number): number {
  let s = 12;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeFetchRequestReplicaState(w: Writer, o: FetchRequestReplicaState, _v: number): void {
  w.int32(o.replicaId);
  w.int64(o.replicaEpoch);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** FetchTopic (in FetchRequest). */
export interface FetchRequestFetchTopic {
  /** The name of the topic to fetch. Versions 4-12. */
  topic: string;
  /** The unique topic ID. Versions 13-18. */
  topicId: string;
  /** The partitions to fetch. Versions 4-18. */
  partitions: FetchRequestFetchPartition[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeFetchRequestFetchTopic(r: Reader, v: number): FetchRequestFetchTopic {
  const flex = v >= 12;
  let at = '';
  try {
    at = 'topic';
    const topic = v <= 12 ? (flex ? r.compactString() : r.string()) : "";
    at = 'topicId';
    const topicId = v >= 13 ? r.uuid() : ZERO_UUID;
    at = 'partitions';
    const partitions = r.array(flex, decodeFetchRequestFetchPartition, v, 16);
    const o: FetchRequestFetchTopic = { topic, topicId, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeFetchRequestFetchTopic(o: FetchRequestFetchTopic, v: number): number {
  const flex = v >= 12;
  let s = 0;
  if (v <= 12) s += (flex ? sizeOf.compactString(o.topic) : sizeOf.string(o.topic));
  if (v >= 13) s += 16;
  s += sizeOf.array(flex, o.partitions, sizeFetchRequestFetchPartition, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeFetchRequestFetchTopic(w: Writer, o: FetchRequestFetchTopic, v: number): void {
  const flex = v >= 12;
  if (v <= 12) (flex ? w.compactString(o.topic) : w.string(o.topic));
  if (v >= 13) w.uuid(o.topicId);
  w.array(flex, o.partitions, writeFetchRequestFetchPartition, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** FetchPartition (in FetchRequest). */
export interface FetchRequestFetchPartition {
  /** The partition index. Versions 4-18. */
  partition: number;
  /** The current leader epoch of the partition. Versions 9-18. */
  currentLeaderEpoch: number;
  /** The message offset. Versions 4-18. */
  fetchOffset: bigint;
  /** The epoch of the last fetched record or -1 if there is none. Versions 12-18. */
  lastFetchedEpoch: number;
  /** The earliest available offset of the follower replica.  The field is only used when the request is sent by the follower. Versions 5-18. */
  logStartOffset: bigint;
  /** The maximum bytes to fetch from this partition.  See KIP-74 for cases where this limit may not be honored. Versions 4-18. */
  partitionMaxBytes: number;
  /** The directory id of the follower fetching. Versions 17-18, tag 0. */
  replicaDirectoryId: string;
  /** The high-watermark known by the replica. -1 if the high-watermark is not known and 9223372036854775807 if the feature is not supported. Versions 18, tag 1. */
  highWatermark: bigint;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeFetchRequestFetchPartition(r: Reader, v: number): FetchRequestFetchPartition {
  const flex = v >= 12;
  let at = '';
  try {
    at = 'partition';
    const partition = r.int32();
    at = 'currentLeaderEpoch';
    const currentLeaderEpoch = v >= 9 ? r.int32() : -1;
    at = 'fetchOffset';
    const fetchOffset = r.int64();
    at = 'lastFetchedEpoch';
    const lastFetchedEpoch = v >= 12 ? r.int32() : -1;
    at = 'logStartOffset';
    const logStartOffset = v >= 5 ? r.int64() : -1n;
    at = 'partitionMaxBytes';
    const partitionMaxBytes = r.int32();
    const o: FetchRequestFetchPartition = { partition, currentLeaderEpoch, fetchOffset, lastFetchedEpoch, logStartOffset, partitionMaxBytes, replicaDirectoryId: ZERO_UUID, highWatermark: 9223372036854775807n, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, tagsFetchRequestFetchPartition);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

type FetchRequestFetchPartitionTags = Pick<FetchRequestFetchPartition, 'replicaDirectoryId' | 'highWatermark'>;

function tagsFetchRequestFetchPartition(r: Reader, tag: number, o: FetchRequestFetchPartitionTags, v: number): boolean {
  switch (tag) {
    case 0:
      if (!(v >= 17)) throw invalidTag(0, r, v);
      o.replicaDirectoryId = r.uuid();
      return true;
    case 1:
      if (!(v >= 18)) throw invalidTag(1, r, v);
      o.highWatermark = r.int64();
      return true;
    default:
      return false;
  }
}

export function sizeFetchRequestFetchPartition(o: FetchRequestFetchPartition, v: number): number {
  const flex = v >= 12;
  if (!(v >= 12) && !(o.lastFetchedEpoch === -1)) throw absentField('lastFetchedEpoch', v);
  let s = 16;
  if (v >= 9) s += 4;
  if (v >= 12) s += 4;
  if (v >= 5) s += 8;
  if (flex) {
    const u = o._unknownTaggedFields;
    let n = u === undefined ? 0 : u.length;
    let t = u === undefined ? 0 : sizeOf.unknownTaggedFields(u) - sizeOf.uvarint(u.length);
    if (v >= 17 && !(o.replicaDirectoryId === ZERO_UUID)) {
      n++;
      t += sizeOf.taggedField(0, 16);
    }
    if (v >= 18 && !(o.highWatermark === 9223372036854775807n)) {
      n++;
      t += sizeOf.taggedField(1, 8);
    }
    s += sizeOf.uvarint(n) + t;
  }
  return s;
}

export function writeFetchRequestFetchPartition(w: Writer, o: FetchRequestFetchPartition, v: number): void {
  const flex = v >= 12;
  w.int32(o.partition);
  if (v >= 9) w.int32(o.currentLeaderEpoch);
  w.int64(o.fetchOffset);
  if (v >= 12) w.int32(o.lastFetchedEpoch);
  if (v >= 5) w.int64(o.logStartOffset);
  w.int32(o.partitionMaxBytes);
  if (flex) {
    const u = o._unknownTaggedFields;
    let n = u === undefined ? 0 : u.length;
    const t0 = v >= 17 && !(o.replicaDirectoryId === ZERO_UUID);
    if (t0) n++;
    const t1 = v >= 18 && !(o.highWatermark === 9223372036854775807n);
    if (t1) n++;
    w.uvarint(n);
    let ui = 0;
    if (t0) {
      ui = w.unknownTagsBelow(u, ui, 0);
      w.taggedFieldHeader(0, 16);
      w.uuid(o.replicaDirectoryId);
    }
    if (t1) {
      ui = w.unknownTagsBelow(u, ui, 1);
      w.taggedFieldHeader(1, 8);
      w.int64(o.highWatermark);
    }
    w.unknownTagsBelow(u, ui, Infinity);
  }
}

/** ForgottenTopic (in FetchRequest). */
export interface FetchRequestForgottenTopic {
  /** The topic name. Versions 7-12. */
  topic: string;
  /** The unique topic ID. Versions 13-18. */
  topicId: string;
  /** The partitions indexes to forget. Versions 7-18. */
  partitions: number[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeFetchRequestForgottenTopic(r: Reader, v: number): FetchRequestForgottenTopic {
  const flex = v >= 12;
  let at = '';
  try {
    at = 'topic';
    const topic = v <= 12 ? (flex ? r.compactString() : r.string()) : "";
    at = 'topicId';
    const topicId = v >= 13 ? r.uuid() : ZERO_UUID;
    at = 'partitions';
    const partitions = r.array(flex, elements.int32, v, 4);
    const o: FetchRequestForgottenTopic = { topic, topicId, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeFetchRequestForgottenTopic(o: FetchRequestForgottenTopic, v: number): number {
  const flex = v >= 12;
  let s = 0;
  if (v <= 12) s += (flex ? sizeOf.compactString(o.topic) : sizeOf.string(o.topic));
  if (v >= 13) s += 16;
  s += sizeOf.fixedArray(flex, o.partitions, 4);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeFetchRequestForgottenTopic(w: Writer, o: FetchRequestForgottenTopic, v: number): void {
  const flex = v >= 12;
  if (v <= 12) (flex ? w.compactString(o.topic) : w.string(o.topic));
  if (v >= 13) w.uuid(o.topicId);
  w.array(flex, o.partitions, elementWriters.int32, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

export function defaultFetchRequestReplicaState(): FetchRequestReplicaState {
  return { replicaId: -1, replicaEpoch: -1n };
}

function isDefaultFetchRequestReplicaState(o: FetchRequestReplicaState): boolean {
  return (
    o.replicaId === -1 &&
    o.replicaEpoch === -1n &&
    (o._unknownTaggedFields === undefined || o._unknownTaggedFields.length === 0)
  );
}

/** FetchResponse, versions 4-18. */
export interface FetchResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 4-18. */
  throttleTimeMs: number;
  /** The top level response error code. Versions 7-18. */
  errorCode: number;
  /** The fetch session ID, or 0 if this is not part of a fetch session. Versions 7-18. */
  sessionId: number;
  /** The response topics. Versions 4-18. */
  responses: FetchResponseFetchableTopicResponse[];
  /** Endpoints for all current-leaders enumerated in PartitionData, with errors NOT_LEADER_OR_FOLLOWER & FENCED_LEADER_EPOCH. Versions 16-18, tag 0. */
  nodeEndpoints: FetchResponseNodeEndpoint[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeFetchResponse(r: Reader, v: number): FetchResponse {
  const flex = v >= 12;
  let at = '';
  try {
    checkDecodeVersion(r, v, 4, 18);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'errorCode';
    const errorCode = v >= 7 ? r.int16() : 0;
    at = 'sessionId';
    const sessionId = v >= 7 ? r.int32() : 0;
    at = 'responses';
    const responses = r.array(flex, decodeFetchResponseFetchableTopicResponse, v, 1);
    const o: FetchResponse = { throttleTimeMs, errorCode, sessionId, responses, nodeEndpoints: [], _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, tagsFetchResponse);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'FetchResponse', 1, v);
  }
}

type FetchResponseTags = Pick<FetchResponse, 'nodeEndpoints'>;

function tagsFetchResponse(r: Reader, tag: number, o: FetchResponseTags, v: number): boolean {
  switch (tag) {
    case 0:
      if (!(v >= 16)) throw invalidTag(0, r, v);
      o.nodeEndpoints = r.array(true, decodeFetchResponseNodeEndpoint, v, 11);
      return true;
    default:
      return false;
  }
}

export function sizeFetchResponse(o: FetchResponse, v: number): number {
  const flex = v >= 12;
  if (!(v >= 7) && !(o.sessionId === 0)) throw absentField('sessionId', v);
  let s = 4;
  if (v >= 7) s += 2;
  if (v >= 7) s += 4;
  s += sizeOf.array(flex, o.responses, sizeFetchResponseFetchableTopicResponse, v);
  if (flex) {
    const u = o._unknownTaggedFields;
    let n = u === undefined ? 0 : u.length;
    let t = u === undefined ? 0 : sizeOf.unknownTaggedFields(u) - sizeOf.uvarint(u.length);
    if (v >= 16 && !(o.nodeEndpoints.length === 0)) {
      n++;
      t += sizeOf.taggedField(0, sizeOf.array(true, o.nodeEndpoints, sizeFetchResponseNodeEndpoint, v));
    }
    s += sizeOf.uvarint(n) + t;
  }
  return s;
}

export function writeFetchResponse(w: Writer, o: FetchResponse, v: number): void {
  const flex = v >= 12;
  w.int32(o.throttleTimeMs);
  if (v >= 7) w.int16(o.errorCode);
  if (v >= 7) w.int32(o.sessionId);
  w.array(flex, o.responses, writeFetchResponseFetchableTopicResponse, v);
  if (flex) {
    const u = o._unknownTaggedFields;
    let n = u === undefined ? 0 : u.length;
    const t0 = v >= 16 && !(o.nodeEndpoints.length === 0);
    if (t0) n++;
    w.uvarint(n);
    let ui = 0;
    if (t0) {
      ui = w.unknownTagsBelow(u, ui, 0);
      w.taggedFieldHeader(0, sizeOf.array(true, o.nodeEndpoints, sizeFetchResponseNodeEndpoint, v));
      w.array(true, o.nodeEndpoints, writeFetchResponseNodeEndpoint, v);
    }
    w.unknownTagsBelow(u, ui, Infinity);
  }
}

/** Sizes once, allocates once and writes FetchResponse in place. */
export function encodeFetchResponse(o: FetchResponse, v: number): Buffer {
  return encodeWith(sizeFetchResponse, writeFetchResponse, o, v, 4, 18, 'FetchResponse');
}

/** FetchableTopicResponse (in FetchResponse). */
export interface FetchResponseFetchableTopicResponse {
  /** The topic name. Versions 4-12. */
  topic: string;
  /** The unique topic ID. Versions 13-18. */
  topicId: string;
  /** The topic partitions. Versions 4-18. */
  partitions: FetchResponsePartitionData[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeFetchResponseFetchableTopicResponse(r: Reader, v: number): FetchResponseFetchableTopicResponse {
  const flex = v >= 12;
  let at = '';
  try {
    at = 'topic';
    const topic = v <= 12 ? (flex ? r.compactString() : r.string()) : "";
    at = 'topicId';
    const topicId = v >= 13 ? r.uuid() : ZERO_UUID;
    at = 'partitions';
    const partitions = r.array(flex, decodeFetchResponsePartitionData, v, 24);
    const o: FetchResponseFetchableTopicResponse = { topic, topicId, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeFetchResponseFetchableTopicResponse(o: FetchResponseFetchableTopicResponse, v: number): number {
  const flex = v >= 12;
  let s = 0;
  if (v <= 12) s += (flex ? sizeOf.compactString(o.topic) : sizeOf.string(o.topic));
  if (v >= 13) s += 16;
  s += sizeOf.array(flex, o.partitions, sizeFetchResponsePartitionData, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeFetchResponseFetchableTopicResponse(w: Writer, o: FetchResponseFetchableTopicResponse, v: number): void {
  const flex = v >= 12;
  if (v <= 12) (flex ? w.compactString(o.topic) : w.string(o.topic));
  if (v >= 13) w.uuid(o.topicId);
  w.array(flex, o.partitions, writeFetchResponsePartitionData, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** PartitionData (in FetchResponse). */
export interface FetchResponsePartitionData {
  /** The partition index. Versions 4-18. */
  partitionIndex: number;
  /** The error code, or 0 if there was no fetch error. Versions 4-18. */
  errorCode: number;
  /** The current high water mark. Versions 4-18. */
  highWatermark: bigint;
  /** The last stable offset (or LSO) of the partition. This is the last offset such that the state of all transactional records prior to this offset have been decided (ABORTED or COMMITTED). Versions 4-18. */
  lastStableOffset: bigint;
  /** The current log start offset. Versions 5-18. */
  logStartOffset: bigint;
  /** In case divergence is detected based on the `LastFetchedEpoch` and `FetchOffset` in the request, this field indicates the largest epoch and its end offset such that subsequent records are known to diverge. Versions 12-18, tag 0. */
  divergingEpoch: FetchResponseEpochEndOffset;
  /** The current leader of the partition. Versions 12-18, tag 1. */
  currentLeader: FetchResponseLeaderIdAndEpoch;
  /** In the case of fetching an offset less than the LogStartOffset, this is the end offset and epoch that should be used in the FetchSnapshot request. Versions 12-18, tag 2. */
  snapshotId: FetchResponseSnapshotId;
  /** The aborted transactions. Versions 4-18, nullable 4-18. */
  abortedTransactions: FetchResponseAbortedTransaction[] | null;
  /** The preferred read replica for the consumer to use on its next fetch request. Versions 11-18. */
  preferredReadReplica: number;
  /** The record data. Versions 4-18, nullable 4-18. */
  records: Buffer | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeFetchResponsePartitionData(r: Reader, v: number): FetchResponsePartitionData {
  const flex = v >= 12;
  let at = '';
  try {
    at = 'partitionIndex';
    const partitionIndex = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'highWatermark';
    const highWatermark = r.int64();
    at = 'lastStableOffset';
    const lastStableOffset = r.int64();
    at = 'logStartOffset';
    const logStartOffset = v >= 5 ? r.int64() : -1n;
    at = 'abortedTransactions';
    const abortedTransactions = r.nullableArray(flex, decodeFetchResponseAbortedTransaction, v, 16);
    at = 'preferredReadReplica';
    const preferredReadReplica = v >= 11 ? r.int32() : -1;
    at = 'records';
    const records = (flex ? r.compactNullableBytes() : r.nullableBytes());
    const o: FetchResponsePartitionData = { partitionIndex, errorCode, highWatermark, lastStableOffset, logStartOffset, divergingEpoch: defaultFetchResponseEpochEndOffset(), currentLeader: defaultFetchResponseLeaderIdAndEpoch(), snapshotId: defaultFetchResponseSnapshotId(), abortedTransactions, preferredReadReplica, records, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, tagsFetchResponsePartitionData);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

type FetchResponsePartitionDataTags = Pick<FetchResponsePartitionData, 'divergingEpoch' | 'currentLeader' | 'snapshotId'>;

function tagsFetchResponsePartitionData(r: Reader, tag: number, o: FetchResponsePartitionDataTags, v: number): boolean {
  switch (tag) {
    case 0:
      if (!(v >= 12)) throw invalidTag(0, r, v);
      o.divergingEpoch = decodeFetchResponseEpochEndOffset(r, v);
      return true;
    case 1:
      if (!(v >= 12)) throw invalidTag(1, r, v);
      o.currentLeader = decodeFetchResponseLeaderIdAndEpoch(r, v);
      return true;
    case 2:
      if (!(v >= 12)) throw invalidTag(2, r, v);
      o.snapshotId = decodeFetchResponseSnapshotId(r, v);
      return true;
    default:
      return false;
  }
}

export function sizeFetchResponsePartitionData(o: FetchResponsePartitionData, v: number): number {
  const flex = v >= 12;
  if (!(v >= 11) && !(o.preferredReadReplica === -1)) throw absentField('preferredReadReplica', v);
  let s = 22;
  if (v >= 5) s += 8;
  s += sizeOf.nullableArray(flex, o.abortedTransactions, sizeFetchResponseAbortedTransaction, v);
  if (v >= 11) s += 4;
  s += (flex ? sizeOf.compactNullableBytes(o.records) : sizeOf.nullableBytes(o.records));
  if (flex) {
    const u = o._unknownTaggedFields;
    let n = u === undefined ? 0 : u.length;
    let t = u === undefined ? 0 : sizeOf.unknownTaggedFields(u) - sizeOf.uvarint(u.length);
    if (v >= 12 && !(isDefaultFetchResponseEpochEndOffset(o.divergingEpoch))) {
      n++;
      t += sizeOf.taggedField(0, sizeFetchResponseEpochEndOffset(o.divergingEpoch, v));
    }
    if (v >= 12 && !(isDefaultFetchResponseLeaderIdAndEpoch(o.currentLeader))) {
      n++;
      t += sizeOf.taggedField(1, sizeFetchResponseLeaderIdAndEpoch(o.currentLeader, v));
    }
    if (v >= 12 && !(isDefaultFetchResponseSnapshotId(o.snapshotId))) {
      n++;
      t += sizeOf.taggedField(2, sizeFetchResponseSnapshotId(o.snapshotId, v));
    }
    s += sizeOf.uvarint(n) + t;
  }
  return s;
}

export function writeFetchResponsePartitionData(w: Writer, o: FetchResponsePartitionData, v: number): void {
  const flex = v >= 12;
  w.int32(o.partitionIndex);
  w.int16(o.errorCode);
  w.int64(o.highWatermark);
  w.int64(o.lastStableOffset);
  if (v >= 5) w.int64(o.logStartOffset);
  w.nullableArray(flex, o.abortedTransactions, writeFetchResponseAbortedTransaction, v);
  if (v >= 11) w.int32(o.preferredReadReplica);
  (flex ? w.compactNullableBytes(o.records) : w.nullableBytes(o.records));
  if (flex) {
    const u = o._unknownTaggedFields;
    let n = u === undefined ? 0 : u.length;
    const t0 = v >= 12 && !(isDefaultFetchResponseEpochEndOffset(o.divergingEpoch));
    if (t0) n++;
    const t1 = v >= 12 && !(isDefaultFetchResponseLeaderIdAndEpoch(o.currentLeader));
    if (t1) n++;
    const t2 = v >= 12 && !(isDefaultFetchResponseSnapshotId(o.snapshotId));
    if (t2) n++;
    w.uvarint(n);
    let ui = 0;
    if (t0) {
      ui = w.unknownTagsBelow(u, ui, 0);
      w.taggedFieldHeader(0, sizeFetchResponseEpochEndOffset(o.divergingEpoch, v));
      writeFetchResponseEpochEndOffset(w, o.divergingEpoch, v);
    }
    if (t1) {
      ui = w.unknownTagsBelow(u, ui, 1);
      w.taggedFieldHeader(1, sizeFetchResponseLeaderIdAndEpoch(o.currentLeader, v));
      writeFetchResponseLeaderIdAndEpoch(w, o.currentLeader, v);
    }
    if (t2) {
      ui = w.unknownTagsBelow(u, ui, 2);
      w.taggedFieldHeader(2, sizeFetchResponseSnapshotId(o.snapshotId, v));
      writeFetchResponseSnapshotId(w, o.snapshotId, v);
    }
    w.unknownTagsBelow(u, ui, Infinity);
  }
}

/** EpochEndOffset (in FetchResponse). */
export interface FetchResponseEpochEndOffset {
  /** The largest epoch. Versions 12-18. */
  epoch: number;
  /** The end offset of the epoch. Versions 12-18. */
  endOffset: bigint;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeFetchResponseEpochEndOffset(r: Reader, v: number): FetchResponseEpochEndOffset {
  let at = '';
  try {
    at = 'epoch';
    const epoch = r.int32();
    at = 'endOffset';
    const endOffset = r.int64();
    const o: FetchResponseEpochEndOffset = { epoch, endOffset, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeFetchResponseEpochEndOffset(o: FetchResponseEpochEndOffset, _v: number): number {
  let s = 12;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeFetchResponseEpochEndOffset(w: Writer, o: FetchResponseEpochEndOffset, _v: number): void {
  w.int32(o.epoch);
  w.int64(o.endOffset);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** LeaderIdAndEpoch (in FetchResponse). */
export interface FetchResponseLeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. Versions 12-18. */
  leaderId: number;
  /** The latest known leader epoch. Versions 12-18. */
  leaderEpoch: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeFetchResponseLeaderIdAndEpoch(r: Reader, v: number): FetchResponseLeaderIdAndEpoch {
  let at = '';
  try {
    at = 'leaderId';
    const leaderId = r.int32();
    at = 'leaderEpoch';
    const leaderEpoch = r.int32();
    const o: FetchResponseLeaderIdAndEpoch = { leaderId, leaderEpoch, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeFetchResponseLeaderIdAndEpoch(o: FetchResponseLeaderIdAndEpoch, _v: number): number {
  let s = 8;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeFetchResponseLeaderIdAndEpoch(w: Writer, o: FetchResponseLeaderIdAndEpoch, _v: number): void {
  w.int32(o.leaderId);
  w.int32(o.leaderEpoch);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** SnapshotId (in FetchResponse). */
export interface FetchResponseSnapshotId {
  /** The end offset of the epoch. Versions 12-18. */
  endOffset: bigint;
  /** The largest epoch. Versions 12-18. */
  epoch: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeFetchResponseSnapshotId(r: Reader, v: number): FetchResponseSnapshotId {
  let at = '';
  try {
    at = 'endOffset';
    const endOffset = r.int64();
    at = 'epoch';
    const epoch = r.int32();
    const o: FetchResponseSnapshotId = { endOffset, epoch, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeFetchResponseSnapshotId(o: FetchResponseSnapshotId, _v: number): number {
  let s = 12;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeFetchResponseSnapshotId(w: Writer, o: FetchResponseSnapshotId, _v: number): void {
  w.int64(o.endOffset);
  w.int32(o.epoch);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** AbortedTransaction (in FetchResponse). */
export interface FetchResponseAbortedTransaction {
  /** The producer id associated with the aborted transaction. Versions 4-18. */
  producerId: bigint;
  /** The first offset in the aborted transaction. Versions 4-18. */
  firstOffset: bigint;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeFetchResponseAbortedTransaction(r: Reader, v: number): FetchResponseAbortedTransaction {
  const flex = v >= 12;
  let at = '';
  try {
    at = 'producerId';
    const producerId = r.int64();
    at = 'firstOffset';
    const firstOffset = r.int64();
    const o: FetchResponseAbortedTransaction = { producerId, firstOffset, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeFetchResponseAbortedTransaction(o: FetchResponseAbortedTransaction, v: number): number {
  const flex = v >= 12;
  let s = 16;
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeFetchResponseAbortedTransaction(w: Writer, o: FetchResponseAbortedTransaction, v: number): void {
  const flex = v >= 12;
  w.int64(o.producerId);
  w.int64(o.firstOffset);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** NodeEndpoint (in FetchResponse). */
export interface FetchResponseNodeEndpoint {
  /** The ID of the associated node. Versions 16-18. */
  nodeId: number;
  /** The node's hostname. Versions 16-18. */
  host: string;
  /** The node's port. Versions 16-18. */
  port: number;
  /** The rack of the node, or null if it has not been assigned to a rack. Versions 16-18, nullable 16-18. */
  rack: string | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeFetchResponseNodeEndpoint(r: Reader, v: number): FetchResponseNodeEndpoint {
  let at = '';
  try {
    at = 'nodeId';
    const nodeId = r.int32();
    at = 'host';
    const host = r.compactString();
    at = 'port';
    const port = r.int32();
    at = 'rack';
    const rack = r.compactNullableString();
    const o: FetchResponseNodeEndpoint = { nodeId, host, port, rack, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeFetchResponseNodeEndpoint(o: FetchResponseNodeEndpoint, _v: number): number {
  let s = 8;
  s += sizeOf.compactString(o.host);
  s += sizeOf.compactNullableString(o.rack);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeFetchResponseNodeEndpoint(w: Writer, o: FetchResponseNodeEndpoint, _v: number): void {
  w.int32(o.nodeId);
  w.compactString(o.host);
  w.int32(o.port);
  w.compactNullableString(o.rack);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

export function defaultFetchResponseEpochEndOffset(): FetchResponseEpochEndOffset {
  return { epoch: -1, endOffset: -1n };
}

export function defaultFetchResponseLeaderIdAndEpoch(): FetchResponseLeaderIdAndEpoch {
  return { leaderId: -1, leaderEpoch: -1 };
}

export function defaultFetchResponseSnapshotId(): FetchResponseSnapshotId {
  return { endOffset: -1n, epoch: -1 };
}

function isDefaultFetchResponseEpochEndOffset(o: FetchResponseEpochEndOffset): boolean {
  return (
    o.epoch === -1 &&
    o.endOffset === -1n &&
    (o._unknownTaggedFields === undefined || o._unknownTaggedFields.length === 0)
  );
}

function isDefaultFetchResponseLeaderIdAndEpoch(o: FetchResponseLeaderIdAndEpoch): boolean {
  return (
    o.leaderId === -1 &&
    o.leaderEpoch === -1 &&
    (o._unknownTaggedFields === undefined || o._unknownTaggedFields.length === 0)
  );
}

function isDefaultFetchResponseSnapshotId(o: FetchResponseSnapshotId): boolean {
  return (
    o.endOffset === -1n &&
    o.epoch === -1 &&
    (o._unknownTaggedFields === undefined || o._unknownTaggedFields.length === 0)
  );
}

/** What a policy reads from FetchRequest; everything else is skipped. */
export interface FetchRequestPeek {
  clusterId: string | null;
  replicaId: number;
  replicaState: FetchRequestReplicaState;
  sessionId: number;
  sessionEpoch: number;
  topics: FetchRequestFetchTopicPeek[];
  forgottenTopicsData: FetchRequestForgottenTopicPeek[];
}

export function peekFetchRequest(r: Reader, v: number): FetchRequestPeek {
  const flex = v >= 12;
  let at = '';
  try {
    checkDecodeVersion(r, v, 4, 18);
    at = 'replicaId';
    const f0 = v <= 14 ? r.int32() : -1;
    at = 'maxWaitMs';
    r.skip(4);
    at = 'minBytes';
    r.skip(4);
    at = 'maxBytes';
    r.skip(4);
    at = 'isolationLevel';
    r.skip(1);
    at = 'sessionId';
    const f5 = v >= 7 ? r.int32() : 0;
    at = 'sessionEpoch';
    const f6 = v >= 7 ? r.int32() : -1;
    at = 'topics';
    const f7 = r.array(flex, peekFetchRequestFetchTopic, v, 1);
    at = 'forgottenTopicsData';
    const f8 = v >= 7 ? r.array(flex, peekFetchRequestForgottenTopic, v, 1) : [];
    at = 'rackId';
    if (v >= 11) skip.string(r, flex, false);
    const o: FetchRequestPeek = { clusterId: null, replicaId: f0, replicaState: defaultFetchRequestReplicaState(), sessionId: f5, sessionEpoch: f6, topics: f7, forgottenTopicsData: f8 };
    at = '<tagged fields>';
    if (flex) r.taggedFields(o, v, tagsFetchRequest);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'FetchRequest', 1, v);
  }
}

/** What a policy reads from FetchTopic in FetchRequest; everything else is skipped. */
export interface FetchRequestFetchTopicPeek {
  topic: string;
  topicId: string;
  partitions: FetchRequestFetchPartitionPeek[];
}

export function peekFetchRequestFetchTopic(r: Reader, v: number): FetchRequestFetchTopicPeek {
  const flex = v >= 12;
  let at = '';
  try {
    at = 'topic';
    const f0 = v <= 12 ? (flex ? r.compactString() : r.string()) : "";
    at = 'topicId';
    const f1 = v >= 13 ? r.uuid() : ZERO_UUID;
    at = 'partitions';
    const f2 = r.array(flex, peekFetchRequestFetchPartition, v, 16);
    if (flex) r.skipTaggedFields();
    return { topic: f0, topicId: f1, partitions: f2 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

/** What a policy reads from ForgottenTopic in FetchRequest; everything else is skipped. */
export interface FetchRequestForgottenTopicPeek {
  topic: string;
  topicId: string;
  partitions: number[];
}

export function peekFetchRequestForgottenTopic(r: Reader, v: number): FetchRequestForgottenTopicPeek {
  const flex = v >= 12;
  let at = '';
  try {
    at = 'topic';
    const f0 = v <= 12 ? (flex ? r.compactString() : r.string()) : "";
    at = 'topicId';
    const f1 = v >= 13 ? r.uuid() : ZERO_UUID;
    at = 'partitions';
    const f2 = r.array(flex, elements.int32, v, 4);
    if (flex) r.skipTaggedFields();
    return { topic: f0, topicId: f1, partitions: f2 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

/** What a policy reads from FetchPartition in FetchRequest; everything else is skipped. */
export interface FetchRequestFetchPartitionPeek {
  partition: number;
}

export function peekFetchRequestFetchPartition(r: Reader, v: number): FetchRequestFetchPartitionPeek {
  const flex = v >= 12;
  let at = '';
  try {
    at = 'partition';
    const f0 = r.int32();
    at = 'currentLeaderEpoch';
    if (v >= 9) r.skip(4);
    at = 'fetchOffset';
    r.skip(8);
    at = 'lastFetchedEpoch';
    if (v >= 12) r.skip(4);
    at = 'logStartOffset';
    if (v >= 5) r.skip(8);
    at = 'partitionMaxBytes';
    r.skip(4);
    if (flex) r.skipTaggedFields(v, tagsFetchRequestFetchPartition);
    return { partition: f0 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}
