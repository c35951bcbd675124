// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   ShareFetchRequest.json
//   ShareFetchResponse.json

import { Reader, Writer, elementWriters, elements, sizeOf, skip } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** ShareFetchRequest, versions 1. */
export interface ShareFetchRequest {
  /** The group identifier. Versions 1, nullable 1. */
  groupId: string | null;
  /** The member ID. Versions 1, nullable 1. */
  memberId: string | null;
  /** The current share session epoch: 0 to open a share session; -1 to close it; otherwise increments for consecutive requests. Versions 1. */
  shareSessionEpoch: number;
  /** The maximum time in milliseconds to wait for the response. Versions 1. */
  maxWaitMs: number;
  /** The minimum bytes to accumulate in the response. Versions 1. */
  minBytes: number;
  /** The maximum bytes to fetch. See KIP-74 for cases where this limit may not be honored. Versions 1. */
  maxBytes: number;
  /** The maximum number of records to fetch. This limit can be exceeded for alignment of batch boundaries. Versions 1. */
  maxRecords: number;
  /** The optimal number of records for batches of acquired records and acknowledgements. Versions 1. */
  batchSize: number;
  /** The topics to fetch. Versions 1. */
  topics: ShareFetchRequestFetchTopic[];
  /** The partitions to remove from this share session. Versions 1. */
  forgottenTopicsData: ShareFetchRequestForgottenTopic[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeShareFetchRequest(r: Reader, v: number): ShareFetchRequest {
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 1);
    at = 'groupId';
    const groupId = r.compactNullableString();
    at = 'memberId';
    const memberId = r.compactNullableString();
    at = 'shareSessionEpoch';
    const shareSessionEpoch = r.int32();
    at = 'maxWaitMs';
    const maxWaitMs = r.int32();
    at = 'minBytes';
    const minBytes = r.int32();
    at = 'maxBytes';
    const maxBytes = r.int32();
    at = 'maxRecords';
    const maxRecords = r.int32();
    at = 'batchSize';
    const batchSize = r.int32();
    at = 'topics';
    const topics = r.array(true, decodeShareFetchRequestFetchTopic, v, 18);
    at = 'forgottenTopicsData';
    const forgottenTopicsData = r.array(true, decodeShareFetchRequestForgottenTopic, v, 18);
    const o: ShareFetchRequest = { groupId, memberId, shareSessionEpoch, maxWaitMs, minBytes, maxBytes, maxRecords, batchSize, topics, forgottenTopicsData, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'ShareFetchRequest', 78, v);
  }
}

export function sizeShareFetchRequest(o: ShareFetchRequest, v: number): number {
  let s = 24;
  s += sizeOf.compactNullableString(o.groupId);
  s += sizeOf.compactNullableString(o.memberId);
  s += sizeOf.array(true, o.topics, sizeShareFetchRequestFetchTopic, v);
  s += sizeOf.array(true, o.forgottenTopicsData, sizeShareFetchRequestForgottenTopic, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeShareFetchRequest(w: Writer, o: ShareFetchRequest, v: number): void {
  w.compactNullableString(o.groupId);
  w.compactNullableString(o.memberId);
  w.int32(o.shareSessionEpoch);
  w.int32(o.maxWaitMs);
  w.int32(o.minBytes);
  w.int32(o.maxBytes);
  w.int32(o.maxRecords);
  w.int32(o.batchSize);
  w.array(true, o.topics, writeShareFetchRequestFetchTopic, v);
  w.array(true, o.forgottenTopicsData, writeShareFetchRequestForgottenTopic, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes ShareFetchRequest in place. */
export function encodeShareFetchRequest(o: ShareFetchRequest, v: number): Buffer {
  return encodeWith(sizeShareFetchRequest, writeShareFetchRequest, o, v, 1, 1, 'ShareFetchRequest');
}

/** FetchTopic (in ShareFetchRequest). */
export interface ShareFetchRequestFetchTopic {
  /** The unique topic ID. Versions 1. */
  topicId: string;
  /** The partitions to fetch. Versions 1. */
  partitions: ShareFetchRequestFetchPartition[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeShareFetchRequestFetchTopic(r: Reader, v: number): ShareFetchRequestFetchTopic {
  let at = '';
  try {
    at = 'topicId';
    const topicId = r.uuid();
    at = 'partitions';
    const partitions = r.array(true, decodeShareFetchRequestFetchPartition, v, 6);
    const o: ShareFetchRequestFetchTopic = { topicId, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeShareFetchRequestFetchTopic(o: ShareFetchRequestFetchTopic, v: number): number {
  let s = 16;
  s += sizeOf.array(true, o.partitions, sizeShareFetchRequestFetchPartition, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeShareFetchRequestFetchTopic(w: Writer, o: ShareFetchRequestFetchTopic, v: number): void {
  w.uuid(o.topicId);
  w.array(true, o.partitions, writeShareFetchRequestFetchPartition, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** FetchPartition (in ShareFetchRequest). */
export interface ShareFetchRequestFetchPartition {
  /** The partition index. Versions 1. */
  partitionIndex: number;
  /** Record batches to acknowledge. Versions 1. */
  acknowledgementBatches: ShareFetchRequestAcknowledgementBatch[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeShareFetchRequestFetchPartition(r: Reader, v: number): ShareFetchRequestFetchPartition {
  let at = '';
  try {
    at = 'partitionIndex';
    const partitionIndex = r.int32();
    at = 'acknowledgementBatches';
    const acknowledgementBatches = r.array(true, decodeShareFetchRequestAcknowledgementBatch, v, 18);
    const o: ShareFetchRequestFetchPartition = { partitionIndex, acknowledgementBatches, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeShareFetchRequestFetchPartition(o: ShareFetchRequestFetchPartition, v: number): number {
  let s = 4;
  s += sizeOf.array(true, o.acknowledgementBatches, sizeShareFetchRequestAcknowledgementBatch, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeShareFetchRequestFetchPartition(w: Writer, o: ShareFetchRequestFetchPartition, v: number): void {
  w.int32(o.partitionIndex);
  w.array(true, o.acknowledgementBatches, writeShareFetchRequestAcknowledgementBatch, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** AcknowledgementBatch (in ShareFetchRequest). */
export interface ShareFetchRequestAcknowledgementBatch {
  /** First offset of batch of records to acknowledge. Versions 1. */
  firstOffset: bigint;
  /** Last offset (inclusive) of batch of records to acknowledge. Versions 1. */
  lastOffset: bigint;
  /** Array of acknowledge types - 0:Gap,1:Accept,2:Release,3:Reject. Versions 1. */
  acknowledgeTypes: number[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeShareFetchRequestAcknowledgementBatch(r: Reader, v: number): ShareFetchRequestAcknowledgementBatch {
  let at = '';
  try {
    at = 'firstOffset';
    const firstOffset = r.int64();
    at = 'lastOffset';
    const lastOffset = r.int64();
    at = 'acknowledgeTypes';
    const acknowledgeTypes = r.array(true, elements.int8, v, 1);
    const o: ShareFetchRequestAcknowledgementBatch = { firstOffset, lastOffset, acknowledgeTypes, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeShareFetchRequestAcknowledgementBatch(o: ShareFetchRequestAcknowledgementBatch, _v: number): number {
  let s = 16;
  s += sizeOf.fixedArray(true, o.acknowledgeTypes, 1);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeShareFetchRequestAcknowledgementBatch(w: Writer, o: ShareFetchRequestAcknowledgementBatch, v: number): void {
  w.int64(o.firstOffset);
  w.int64(o.lastOffset);
  w.array(true, o.acknowledgeTypes, elementWriters.int8, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** ForgottenTopic (in ShareFetchRequest). */
export interface ShareFetchRequestForgottenTopic {
  /** The unique topic ID. Versions 1. */
  topicId: string;
  /** The partitions indexes to forget. Versions 1. */
  partitions: number[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeShareFetchRequestForgottenTopic(r: Reader, v: number): ShareFetchRequestForgottenTopic {
  let at = '';
  try {
    at = 'topicId';
    const topicId = r.uuid();
    at = 'partitions';
    const partitions = r.array(true, elements.int32, v, 4);
    const o: ShareFetchRequestForgottenTopic = { topicId, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeShareFetchRequestForgottenTopic(o: ShareFetchRequestForgottenTopic, _v: number): number {
  let s = 16;
  s += sizeOf.fixedArray(true, o.partitions, 4);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeShareFetchRequestForgottenTopic(w: Writer, o: ShareFetchRequestForgottenTopic, v: number): void {
  w.uuid(o.topicId);
  w.array(true, o.partitions, elementWriters.int32, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** ShareFetchResponse, versions 1. */
export interface ShareFetchResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 1. */
  throttleTimeMs: number;
  /** The top-level response error code. Versions 1. */
  errorCode: number;
  /** The top-level error message, or null if there was no error. Versions 1, nullable 1. */
  errorMessage: string | null;
  /** The time in milliseconds for which the acquired records are locked. Versions 1. */
  acquisitionLockTimeoutMs: number;
  /** The response topics. Versions 1. */
  responses: ShareFetchResponseShareFetchableTopicResponse[];
  /** Endpoints for all current leaders enumerated in PartitionData with error NOT_LEADER_OR_FOLLOWER. Versions 1. */
  nodeEndpoints: ShareFetchResponseNodeEndpoint[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeShareFetchResponse(r: Reader, v: number): ShareFetchResponse {
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 1);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'errorMessage';
    const errorMessage = r.compactNullableString();
    at = 'acquisitionLockTimeoutMs';
    const acquisitionLockTimeoutMs = r.int32();
    at = 'responses';
    const responses = r.array(true, decodeShareFetchResponseShareFetchableTopicResponse, v, 18);
    at = 'nodeEndpoints';
    const nodeEndpoints = r.array(true, decodeShareFetchResponseNodeEndpoint, v, 11);
    const o: ShareFetchResponse = { throttleTimeMs, errorCode, errorMessage, acquisitionLockTimeoutMs, responses, nodeEndpoints, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'ShareFetchResponse', 78, v);
  }
}

export function sizeShareFetchResponse(o: ShareFetchResponse, v: number): number {
  let s = 10;
  s += sizeOf.compactNullableString(o.errorMessage);
  s += sizeOf.array(true, o.responses, sizeShareFetchResponseShareFetchableTopicResponse, v);
  s += sizeOf.array(true, o.nodeEndpoints, sizeShareFetchResponseNodeEndpoint, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeShareFetchResponse(w: Writer, o: ShareFetchResponse, v: number): void {
  w.int32(o.throttleTimeMs);
  w.int16(o.errorCode);
  w.compactNullableString(o.errorMessage);
  w.int32(o.acquisitionLockTimeoutMs);
  w.array(true, o.responses, writeShareFetchResponseShareFetchableTopicResponse, v);
  w.array(true, o.nodeEndpoints, writeShareFetchResponseNodeEndpoint, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes ShareFetchResponse in place. */
export function encodeShareFetchResponse(o: ShareFetchResponse, v: number): Buffer {
  return encodeWith(sizeShareFetchResponse, writeShareFetchResponse, o, v, 1, 1, 'ShareFetchResponse');
}

/** ShareFetchableTopicResponse (in ShareFetchResponse). */
export interface ShareFetchResponseShareFetchableTopicResponse {
  /** The unique topic ID. Versions 1. */
  topicId: string;
  /** The topic partitions. Versions 1. */
  partitions: ShareFetchResponsePartitionData[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeShareFetchResponseShareFetchableTopicResponse(r: Reader, v: number): ShareFetchResponseShareFetchableTopicResponse {
  let at = '';
  try {
    at = 'topicId';
    const topicId = r.uuid();
    at = 'partitions';
    const partitions = r.array(true, decodeShareFetchResponsePartitionData, v, 22);
    const o: ShareFetchResponseShareFetchableTopicResponse = { topicId, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeShareFetchResponseShareFetchableTopicResponse(o: ShareFetchResponseShareFetchableTopicResponse, v: number): number {
  let s = 16;
  s += sizeOf.array(true, o.partitions, sizeShareFetchResponsePartitionData, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeShareFetchResponseShareFetchableTopicResponse(w: Writer, o: ShareFetchResponseShareFetchableTopicResponse, v: number): void {
  w.uuid(o.topicId);
  w.array(true, o.partitions, writeShareFetchResponsePartitionData, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** PartitionData (in ShareFetchResponse). */
export interface ShareFetchResponsePartitionData {
  /** The partition index. Versions 1. */
  partitionIndex: number;
  /** The fetch error code, or 0 if there was no fetch error. Versions 1. */
  errorCode: number;
  /** The fetch error message, or null if there was no fetch error. Versions 1, nullable 1. */
  errorMessage: string | null;
  /** The acknowledge error code, or 0 if there was no acknowledge error. Versions 1. */
  acknowledgeErrorCode: number;
  /** The acknowledge error message, or null if there was no acknowledge error. Versions 1, nullable 1. */
  acknowledgeErrorMessage: string | null;
  /** The current leader of the partition. Versions 1. */
  currentLeader: ShareFetchResponseLeaderIdAndEpoch;
  /** The record data. Versions 1, nullable none. */
  records: Buffer;
  /** The acquired records. Versions 1. */
  acquiredRecords: ShareFetchResponseAcquiredRecords[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeShareFetchResponsePartitionData(r: Reader, v: number): ShareFetchResponsePartitionData {
  let at = '';
  try {
    at = 'partitionIndex';
    const partitionIndex = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'errorMessage';
    const errorMessage = r.compactNullableString();
    at = 'acknowledgeErrorCode';
    const acknowledgeErrorCode = r.int16();
    at = 'acknowledgeErrorMessage';
    const acknowledgeErrorMessage = r.compactNullableString();
    at = 'currentLeader';
    const currentLeader = decodeShareFetchResponseLeaderIdAndEpoch(r, v);
    at = 'records';
    const records = r.compactBytes();
    at = 'acquiredRecords';
    const acquiredRecords = r.array(true, decodeShareFetchResponseAcquiredRecords, v, 19);
    const o: ShareFetchResponsePartitionData = { partitionIndex, errorCode, errorMessage, acknowledgeErrorCode, acknowledgeErrorMessage, currentLeader, records, acquiredRecords, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeShareFetchResponsePartitionData(o: ShareFetchResponsePartitionData, v: number): number {
  let s = 8;
  s += sizeOf.compactNullableString(o.errorMessage);
  s += sizeOf.compactNullableString(o.acknowledgeErrorMessage);
  s += sizeShareFetchResponseLeaderIdAndEpoch(o.currentLeader, v);
  s += sizeOf.compactBytes(o.records);
  s += sizeOf.array(true, o.acquiredRecords, sizeShareFetchResponseAcquiredRecords, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeShareFetchResponsePartitionData(w: Writer, o: ShareFetchResponsePartitionData, v: number): void {
  w.int32(o.partitionIndex);
  w.int16(o.errorCode);
  w.compactNullableString(o.errorMessage);
  w.int16(o.acknowledgeErrorCode);
  w.compactNullableString(o.acknowledgeErrorMessage);
  writeShareFetchResponseLeaderIdAndEpoch(w, o.currentLeader, v);
  w.compactBytes(o.records);
  w.array(true, o.acquiredRecords, writeShareFetchResponseAcquiredRecords, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** LeaderIdAndEpoch (in ShareFetchResponse). */
export interface ShareFetchResponseLeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. Versions 1. */
  leaderId: number;
  /** The latest known leader epoch. Versions 1. */
  leaderEpoch: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeShareFetchResponseLeaderIdAndEpoch(r: Reader, v: number): ShareFetchResponseLeaderIdAndEpoch {
  let at = '';
  try {
    at = 'leaderId';
    const leaderId = r.int32();
    at = 'leaderEpoch';
    const leaderEpoch = r.int32();
    const o: ShareFetchResponseLeaderIdAndEpoch = { leaderId, leaderEpoch, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeShareFetchResponseLeaderIdAndEpoch(o: ShareFetchResponseLeaderIdAndEpoch, _v: number): number {
  let s = 8;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeShareFetchResponseLeaderIdAndEpoch(w: Writer, o: ShareFetchResponseLeaderIdAndEpoch, _v: number): void {
  w.int32(o.leaderId);
  w.int32(o.leaderEpoch);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** AcquiredRecords (in ShareFetchResponse). */
export interface ShareFetchResponseAcquiredRecords {
  /** The earliest offset in this batch of acquired records. Versions 1. */
  firstOffset: bigint;
  /** The last offset of this batch of acquired records. Versions 1. */
  lastOffset: bigint;
  /** The delivery count of this batch of acquired records. Versions 1. */
  deliveryCount: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeShareFetchResponseAcquiredRecords(r: Reader, v: number): ShareFetchResponseAcquiredRecords {
  let at = '';
  try {
    at = 'firstOffset';
    const firstOffset = r.int64();
    at = 'lastOffset';
    const lastOffset = r.int64();
    at = 'deliveryCount';
    const deliveryCount = r.int16();
    const o: ShareFetchResponseAcquiredRecords = { firstOffset, lastOffset, deliveryCount, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeShareFetchResponseAcquiredRecords(o: ShareFetchResponseAcquiredRecords, _v: number): number {
  let s = 18;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeShareFetchResponseAcquiredRecords(w: Writer, o: ShareFetchResponseAcquiredRecords, _v: number): void {
  w.int64(o.firstOffset);
  w.int64(o.lastOffset);
  w.int16(o.deliveryCount);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** NodeEndpoint (in ShareFetchResponse). */
export interface ShareFetchResponseNodeEndpoint {
  /** The ID of the associated node. Versions 1. */
  nodeId: number;
  /** The node's hostname. Versions 1. */
  host: string;
  /** The node's port. Versions 1. */
  port: number;
  /** The rack of the node, or null if it has not been assigned to a rack. Versions 1, nullable 1. */
  rack: string | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeShareFetchResponseNodeEndpoint(r: Reader, v: number): ShareFetchResponseNodeEndpoint {
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
    const o: ShareFetchResponseNodeEndpoint = { nodeId, host, port, rack, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeShareFetchResponseNodeEndpoint(o: ShareFetchResponseNodeEndpoint, _v: number): number {
  let s = 8;
  s += sizeOf.compactString(o.host);
  s += sizeOf.compactNullableString(o.rack);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeShareFetchResponseNodeEndpoint(w: Writer, o: ShareFetchResponseNodeEndpoint, _v: number): void {
  w.int32(o.nodeId);
  w.compactString(o.host);
  w.int32(o.port);
  w.compactNullableString(o.rack);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** What a policy reads from ShareFetchRequest; everything else is skipped. */
export interface ShareFetchRequestPeek {
  groupId: string | null;
  topics: ShareFetchRequestFetchTopicPeek[];
  forgottenTopicsData: ShareFetchRequestForgottenTopicPeek[];
}

export function peekShareFetchRequest(r: Reader, v: number): ShareFetchRequestPeek {
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 1);
    at = 'groupId';
    const f0 = r.compactNullableString();
    at = 'memberId';
    skip.string(r, true, true);
    at = 'shareSessionEpoch';
    r.skip(4);
    at = 'maxWaitMs';
    r.skip(4);
    at = 'minBytes';
    r.skip(4);
    at = 'maxBytes';
    r.skip(4);
    at = 'maxRecords';
    r.skip(4);
    at = 'batchSize';
    r.skip(4);
    at = 'topics';
    const f8 = r.array(true, peekShareFetchRequestFetchTopic, v, 18);
    at = 'forgottenTopicsData';
    const f9 = r.array(true, peekShareFetchRequestForgottenTopic, v, 18);
    r.skipTaggedFields();
    return { groupId: f0, topics: f8, forgottenTopicsData: f9 };
  } catch (e) {
    throw failedIn(e, at, r, 'ShareFetchRequest', 78, v);
  }
}

/** What a policy reads from FetchTopic in ShareFetchRequest; everything else is skipped. */
export interface ShareFetchRequestFetchTopicPeek {
  topicId: string;
}

export function peekShareFetchRequestFetchTopic(r: Reader, v: number): ShareFetchRequestFetchTopicPeek {
  let at = '';
  try {
    at = 'topicId';
    const f0 = r.uuid();
    at = 'partitions';
    skip.array(r, true, skipShareFetchRequestFetchPartition, v, 6, false);
    r.skipTaggedFields();
    return { topicId: f0 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

/** What a policy reads from ForgottenTopic in ShareFetchRequest; everything else is skipped. */
export interface ShareFetchRequestForgottenTopicPeek {
  topicId: string;
}

export function peekShareFetchRequestForgottenTopic(r: Reader, _v: number): ShareFetchRequestForgottenTopicPeek {
  let at = '';
  try {
    at = 'topicId';
    const f0 = r.uuid();
    at = 'partitions';
    skip.fixedArray(r, true, 4, false);
    r.skipTaggedFields();
    return { topicId: f0 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

function skipShareFetchRequestFetchPartition(r: Reader, v: number): void {
  r.skip(4);
  skip.array(r, true, skipShareFetchRequestAcknowledgementBatch, v, 18, false);
  r.skipTaggedFields();
}

function skipShareFetchRequestAcknowledgementBatch(r: Reader, _v: number): void {
  r.skip(8);
  r.skip(8);
  skip.fixedArray(r, true, 1, false);
  r.skipTaggedFields();
}
