// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   ShareAcknowledgeRequest.json
//   ShareAcknowledgeResponse.json

import { Reader, Writer, elementWriters, elements, sizeOf, skip } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** ShareAcknowledgeRequest, versions 1. */
export interface ShareAcknowledgeRequest {
  /** The group identifier. Versions 1, nullable 1. */
  groupId: string | null;
  /** The member ID. Versions 1, nullable 1. */
  memberId: string | null;
  /** The current share session epoch: 0 to open a share session; -1 to close it; otherwise increments for consecutive requests. Versions 1. */
  shareSessionEpoch: number;
  /** The topics containing records to acknowledge. Versions 1. */
  topics: ShareAcknowledgeRequestAcknowledgeTopic[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeShareAcknowledgeRequest(r: Reader, v: number): ShareAcknowledgeRequest {
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 1);
    at = 'groupId';
    const groupId = r.compactNullableString();
    at = 'memberId';
    const memberId = r.compactNullableString();
    at = 'shareSessionEpoch';
    const shareSessionEpoch = r.int32();
    at = 'topics';
    const topics = r.array(true, decodeShareAcknowledgeRequestAcknowledgeTopic, v, 18);
    const o: ShareAcknowledgeRequest = { groupId, memberId, shareSessionEpoch, topics, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'ShareAcknowledgeRequest', 79, v);
  }
}

export function sizeShareAcknowledgeRequest(o: ShareAcknowledgeRequest, v: number): number {
  let s = 4;
  s += sizeOf.compactNullableString(o.groupId);
  s += sizeOf.compactNullableString(o.memberId);
  s += sizeOf.array(true, o.topics, sizeShareAcknowledgeRequestAcknowledgeTopic, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeShareAcknowledgeRequest(w: Writer, o: ShareAcknowledgeRequest, v: number): void {
  w.compactNullableString(o.groupId);
  w.compactNullableString(o.memberId);
  w.int32(o.shareSessionEpoch);
  w.array(true, o.topics, writeShareAcknowledgeRequestAcknowledgeTopic, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes ShareAcknowledgeRequest in place. */
export function encodeShareAcknowledgeRequest(o: ShareAcknowledgeRequest, v: number): Buffer {
  return encodeWith(sizeShareAcknowledgeRequest, writeShareAcknowledgeRequest, o, v, 1, 1, 'ShareAcknowledgeRequest');
}

/** AcknowledgeTopic (in ShareAcknowledgeRequest). */
export interface ShareAcknowledgeRequestAcknowledgeTopic {
  /** The unique topic ID. Versions 1. */
  topicId: string;
  /** The partitions containing records to acknowledge. Versions 1. */
  partitions: ShareAcknowledgeRequestAcknowledgePartition[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeShareAcknowledgeRequestAcknowledgeTopic(r: Reader, v: number): ShareAcknowledgeRequestAcknowledgeTopic {
  let at = '';
  try {
    at = 'topicId';
    const topicId = r.uuid();
    at = 'partitions';
    const partitions = r.array(true, decodeShareAcknowledgeRequestAcknowledgePartition, v, 6);
    const o: ShareAcknowledgeRequestAcknowledgeTopic = { topicId, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeShareAcknowledgeRequestAcknowledgeTopic(o: ShareAcknowledgeRequestAcknowledgeTopic, v: number): number {
  let s = 16;
  s += sizeOf.array(true, o.partitions, sizeShareAcknowledgeRequestAcknowledgePartition, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeShareAcknowledgeRequestAcknowledgeTopic(w: Writer, o: ShareAcknowledgeRequestAcknowledgeTopic, v: number): void {
  w.uuid(o.topicId);
  w.array(true, o.partitions, writeShareAcknowledgeRequestAcknowledgePartition, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** AcknowledgePartition (in ShareAcknowledgeRequest). */
export interface ShareAcknowledgeRequestAcknowledgePartition {
  /** The partition index. Versions 1. */
  partitionIndex: number;
  /** Record batches to acknowledge. Versions 1. */
  acknowledgementBatches: ShareAcknowledgeRequestAcknowledgementBatch[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeShareAcknowledgeRequestAcknowledgePartition(r: Reader, v: number): ShareAcknowledgeRequestAcknowledgePartition {
  let at = '';
  try {
    at = 'partitionIndex';
    const partitionIndex = r.int32();
    at = 'acknowledgementBatches';
    const acknowledgementBatches = r.array(true, decodeShareAcknowledgeRequestAcknowledgementBatch, v, 18);
    const o: ShareAcknowledgeRequestAcknowledgePartition = { partitionIndex, acknowledgementBatches, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeShareAcknowledgeRequestAcknowledgePartition(o: ShareAcknowledgeRequestAcknowledgePartition, v: number): number {
  let s = 4;
  s += sizeOf.array(true, o.acknowledgementBatches, sizeShareAcknowledgeRequestAcknowledgementBatch, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeShareAcknowledgeRequestAcknowledgePartition(w: Writer, o: ShareAcknowledgeRequestAcknowledgePartition, v: number): void {
  w.int32(o.partitionIndex);
  w.array(true, o.acknowledgementBatches, writeShareAcknowledgeRequestAcknowledgementBatch, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** AcknowledgementBatch (in ShareAcknowledgeRequest). */
export interface ShareAcknowledgeRequestAcknowledgementBatch {
  /** First offset of batch of records to acknowledge. Versions 1. */
  firstOffset: bigint;
  /** Last offset (inclusive) of batch of records to acknowledge. Versions 1. */
  lastOffset: bigint;
  /** Array of acknowledge types - 0:Gap,1:Accept,2:Release,3:Reject. Versions 1. */
  acknowledgeTypes: number[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeShareAcknowledgeRequestAcknowledgementBatch(r: Reader, v: number): ShareAcknowledgeRequestAcknowledgementBatch {
  let at = '';
  try {
    at = 'firstOffset';
    const firstOffset = r.int64();
    at = 'lastOffset';
    const lastOffset = r.int64();
    at = 'acknowledgeTypes';
    const acknowledgeTypes = r.array(true, elements.int8, v, 1);
    const o: ShareAcknowledgeRequestAcknowledgementBatch = { firstOffset, lastOffset, acknowledgeTypes, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeShareAcknowledgeRequestAcknowledgementBatch(o: ShareAcknowledgeRequestAcknowledgementBatch, _v: number): number {
  let s = 16;
  s += sizeOf.fixedArray(true, o.acknowledgeTypes, 1);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeShareAcknowledgeRequestAcknowledgementBatch(w: Writer, o: ShareAcknowledgeRequestAcknowledgementBatch, v: number): void {
  w.int64(o.firstOffset);
  w.int64(o.lastOffset);
  w.array(true, o.acknowledgeTypes, elementWriters.int8, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** ShareAcknowledgeResponse, versions 1. */
export interface ShareAcknowledgeResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 1. */
  throttleTimeMs: number;
  /** The top level response error code. Versions 1. */
  errorCode: number;
  /** The top-level error message, or null if there was no error. Versions 1, nullable 1. */
  errorMessage: string | null;
  /** The response topics. Versions 1. */
  responses: ShareAcknowledgeResponseShareAcknowledgeTopicResponse[];
  /** Endpoints for all current leaders enumerated in PartitionData with error NOT_LEADER_OR_FOLLOWER. Versions 1. */
  nodeEndpoints: ShareAcknowledgeResponseNodeEndpoint[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeShareAcknowledgeResponse(r: Reader, v: number): ShareAcknowledgeResponse {
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 1);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'errorMessage';
    const errorMessage = r.compactNullableString();
    at = 'responses';
    const responses = r.array(true, decodeShareAcknowledgeResponseShareAcknowledgeTopicResponse, v, 18);
    at = 'nodeEndpoints';
    const nodeEndpoints = r.array(true, decodeShareAcknowledgeResponseNodeEndpoint, v, 11);
    const o: ShareAcknowledgeResponse = { throttleTimeMs, errorCode, errorMessage, responses, nodeEndpoints, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'ShareAcknowledgeResponse', 79, v);
  }
}

export function sizeShareAcknowledgeResponse(o: ShareAcknowledgeResponse, v: number): number {
  let s = 6;
  s += sizeOf.compactNullableString(o.errorMessage);
  s += sizeOf.array(true, o.responses, sizeShareAcknowledgeResponseShareAcknowledgeTopicResponse, v);
  s += sizeOf.array(true, o.nodeEndpoints, sizeShareAcknowledgeResponseNodeEndpoint, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeShareAcknowledgeResponse(w: Writer, o: ShareAcknowledgeResponse, v: number): void {
  w.int32(o.throttleTimeMs);
  w.int16(o.errorCode);
  w.compactNullableString(o.errorMessage);
  w.array(true, o.responses, writeShareAcknowledgeResponseShareAcknowledgeTopicResponse, v);
  w.array(true, o.nodeEndpoints, writeShareAcknowledgeResponseNodeEndpoint, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes ShareAcknowledgeResponse in place. */
export function encodeShareAcknowledgeResponse(o: ShareAcknowledgeResponse, v: number): Buffer {
  return encodeWith(sizeShareAcknowledgeResponse, writeShareAcknowledgeResponse, o, v, 1, 1, 'ShareAcknowledgeResponse');
}

/** ShareAcknowledgeTopicResponse (in ShareAcknowledgeResponse). */
export interface ShareAcknowledgeResponseShareAcknowledgeTopicResponse {
  /** The unique topic ID. Versions 1. */
  topicId: string;
  /** The topic partitions. Versions 1. */
  partitions: ShareAcknowledgeResponsePartitionData[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeShareAcknowledgeResponseShareAcknowledgeTopicResponse(r: Reader, v: number): ShareAcknowledgeResponseShareAcknowledgeTopicResponse {
  let at = '';
  try {
    at = 'topicId';
    const topicId = r.uuid();
    at = 'partitions';
    const partitions = r.array(true, decodeShareAcknowledgeResponsePartitionData, v, 17);
    const o: ShareAcknowledgeResponseShareAcknowledgeTopicResponse = { topicId, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeShareAcknowledgeResponseShareAcknowledgeTopicResponse(o: ShareAcknowledgeResponseShareAcknowledgeTopicResponse, v: number): number {
  let s = 16;
  s += sizeOf.array(true, o.partitions, sizeShareAcknowledgeResponsePartitionData, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeShareAcknowledgeResponseShareAcknowledgeTopicResponse(w: Writer, o: ShareAcknowledgeResponseShareAcknowledgeTopicResponse, v: number): void {
  w.uuid(o.topicId);
  w.array(true, o.partitions, writeShareAcknowledgeResponsePartitionData, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** PartitionData (in ShareAcknowledgeResponse). */
export interface ShareAcknowledgeResponsePartitionData {
  /** The partition index. Versions 1. */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. Versions 1. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions 1, nullable 1. */
  errorMessage: string | null;
  /** The current leader of the partition. Versions 1. */
  currentLeader: ShareAcknowledgeResponseLeaderIdAndEpoch;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeShareAcknowledgeResponsePartitionData(r: Reader, v: number): ShareAcknowledgeResponsePartitionData {
  let at = '';
  try {
    at = 'partitionIndex';
    const partitionIndex = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'errorMessage';
    const errorMessage = r.compactNullableString();
    at = 'currentLeader';
    const currentLeader = decodeShareAcknowledgeResponseLeaderIdAndEpoch(r, v);
    const o: ShareAcknowledgeResponsePartitionData = { partitionIndex, errorCode, errorMessage, currentLeader, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeShareAcknowledgeResponsePartitionData(o: ShareAcknowledgeResponsePartitionData, v: number): number {
  let s = 6;
  s += sizeOf.compactNullableString(o.errorMessage);
  s += sizeShareAcknowledgeResponseLeaderIdAndEpoch(o.currentLeader, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeShareAcknowledgeResponsePartitionData(w: Writer, o: ShareAcknowledgeResponsePartitionData, v: number): void {
  w.int32(o.partitionIndex);
  w.int16(o.errorCode);
  w.compactNullableString(o.errorMessage);
  writeShareAcknowledgeResponseLeaderIdAndEpoch(w, o.currentLeader, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** LeaderIdAndEpoch (in ShareAcknowledgeResponse). */
export interface ShareAcknowledgeResponseLeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. Versions 1. */
  leaderId: number;
  /** The latest known leader epoch. Versions 1. */
  leaderEpoch: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeShareAcknowledgeResponseLeaderIdAndEpoch(r: Reader, v: number): ShareAcknowledgeResponseLeaderIdAndEpoch {
  let at = '';
  try {
    at = 'leaderId';
    const leaderId = r.int32();
    at = 'leaderEpoch';
    const leaderEpoch = r.int32();
    const o: ShareAcknowledgeResponseLeaderIdAndEpoch = { leaderId, leaderEpoch, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeShareAcknowledgeResponseLeaderIdAndEpoch(o: ShareAcknowledgeResponseLeaderIdAndEpoch, _v: number): number {
  let s = 8;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeShareAcknowledgeResponseLeaderIdAndEpoch(w: Writer, o: ShareAcknowledgeResponseLeaderIdAndEpoch, _v: number): void {
  w.int32(o.leaderId);
  w.int32(o.leaderEpoch);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** NodeEndpoint (in ShareAcknowledgeResponse). */
export interface ShareAcknowledgeResponseNodeEndpoint {
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

export function decodeShareAcknowledgeResponseNodeEndpoint(r: Reader, v: number): ShareAcknowledgeResponseNodeEndpoint {
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
    const o: ShareAcknowledgeResponseNodeEndpoint = { nodeId, host, port, rack, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeShareAcknowledgeResponseNodeEndpoint(o: ShareAcknowledgeResponseNodeEndpoint, _v: number): number {
  let s = 8;
  s += sizeOf.compactString(o.host);
  s += sizeOf.compactNullableString(o.rack);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeShareAcknowledgeResponseNodeEndpoint(w: Writer, o: ShareAcknowledgeResponseNodeEndpoint, _v: number): void {
  w.int32(o.nodeId);
  w.compactString(o.host);
  w.int32(o.port);
  w.compactNullableString(o.rack);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** What a policy reads from ShareAcknowledgeRequest; everything else is skipped. */
export interface ShareAcknowledgeRequestPeek {
  groupId: string | null;
  topics: ShareAcknowledgeRequestAcknowledgeTopicPeek[];
}

export function peekShareAcknowledgeRequest(r: Reader, v: number): ShareAcknowledgeRequestPeek {
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 1);
    at = 'groupId';
    const f0 = r.compactNullableString();
    at = 'memberId';
    skip.string(r, true, true);
    at = 'shareSessionEpoch';
    r.skip(4);
    at = 'topics';
    const f3 = r.array(true, peekShareAcknowledgeRequestAcknowledgeTopic, v, 18);
    r.skipTaggedFields();
    return { groupId: f0, topics: f3 };
  } catch (e) {
    throw failedIn(e, at, r, 'ShareAcknowledgeRequest', 79, v);
  }
}

/** What a policy reads from AcknowledgeTopic in ShareAcknowledgeRequest; everything else is skipped. */
export interface ShareAcknowledgeRequestAcknowledgeTopicPeek {
  topicId: string;
}

export function peekShareAcknowledgeRequestAcknowledgeTopic(r: Reader, v: number): ShareAcknowledgeRequestAcknowledgeTopicPeek {
  let at = '';
  try {
    at = 'topicId';
    const f0 = r.uuid();
    at = 'partitions';
    skip.array(r, true, skipShareAcknowledgeRequestAcknowledgePartition, v, 6, false);
    r.skipTaggedFields();
    return { topicId: f0 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

function skipShareAcknowledgeRequestAcknowledgePartition(r: Reader, v: number): void {
  r.skip(4);
  skip.array(r, true, skipShareAcknowledgeRequestAcknowledgementBatch, v, 18, false);
  r.skipTaggedFields();
}

function skipShareAcknowledgeRequestAcknowledgementBatch(r: Reader, _v: number): void {
  r.skip(8);
  r.skip(8);
  skip.fixedArray(r, true, 1, false);
  r.skipTaggedFields();
}
