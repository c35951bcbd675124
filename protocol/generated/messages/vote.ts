// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   VoteRequest.json
//   VoteResponse.json

import { Reader, Writer, sizeOf, skip } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { ZERO_UUID, absentField, checkDecodeVersion, encodeWith, failedAt, failedIn, invalidTag } from '../../primitives/codec-runtime.js';

/** VoteRequest, versions 0-2. */
export interface VoteRequest {
  /** The cluster id. Versions 0-2, nullable 0-2. */
  clusterId: string | null;
  /** The replica id of the voter receiving the request. Versions 1-2. */
  voterId: number;
  /** The topic data. Versions 0-2. */
  topics: VoteRequestTopicData[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeVoteRequest(r: Reader, v: number): VoteRequest {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 2);
    at = 'clusterId';
    const clusterId = r.compactNullableString();
    at = 'voterId';
    const voterId = v >= 1 ? r.int32() : -1;
    at = 'topics';
    const topics = r.array(true, decodeVoteRequestTopicData, v, 3);
    const o: VoteRequest = { clusterId, voterId, topics, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'VoteRequest', 52, v);
  }
}

export function sizeVoteRequest(o: VoteRequest, v: number): number {
  let s = 0;
  s += sizeOf.compactNullableString(o.clusterId);
  if (v >= 1) s += 4;
  s += sizeOf.array(true, o.topics, sizeVoteRequestTopicData, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeVoteRequest(w: Writer, o: VoteRequest, v: number): void {
  w.compactNullableString(o.clusterId);
  if (v >= 1) w.int32(o.voterId);
  w.array(true, o.topics, writeVoteRequestTopicData, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes VoteRequest in place. */
export function encodeVoteRequest(o: VoteRequest, v: number): Buffer {
  return encodeWith(sizeVoteRequest, writeVoteRequest, o, v, 0, 2, 'VoteRequest');
}

/** TopicData (in VoteRequest). */
export interface VoteRequestTopicData {
  /** The topic name. Versions 0-2. */
  topicName: string;
  /** The partition data. Versions 0-2. */
  partitions: VoteRequestPartitionData[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeVoteRequestTopicData(r: Reader, v: number): VoteRequestTopicData {
  let at = '';
  try {
    at = 'topicName';
    const topicName = r.compactString();
    at = 'partitions';
    const partitions = r.array(true, decodeVoteRequestPartitionData, v, 25);
    const o: VoteRequestTopicData = { topicName, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeVoteRequestTopicData(o: VoteRequestTopicData, v: number): number {
  let s = 0;
  s += sizeOf.compactString(o.topicName);
  s += sizeOf.array(true, o.partitions, sizeVoteRequestPartitionData, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeVoteRequestTopicData(w: Writer, o: VoteRequestTopicData, v: number): void {
  w.compactString(o.topicName);
  w.array(true, o.partitions, writeVoteRequestPartitionData, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** PartitionData (in VoteRequest). */
export interface VoteRequestPartitionData {
  /** The partition index. Versions 0-2. */
  partitionIndex: number;
  /** The epoch of the voter sending the request Versions 0-2. */
  replicaEpoch: number;
  /** The replica id of the voter sending the request Versions 0-2. */
  replicaId: number;
  /** The directory id of the voter sending the request Versions 1-2. */
  replicaDirectoryId: string;
  /** The directory id of the voter receiving the request Versions 1-2. */
  voterDirectoryId: string;
  /** The epoch of the last record written to the metadata log. Versions 0-2. */
  lastOffsetEpoch: number;
  /** The log end offset of the metadata log of the voter sending the request. Versions 0-2. */
  lastOffset: bigint;
  /** Whether the request is a PreVote request (not persisted) or not. Versions 2. */
  preVote: boolean;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeVoteRequestPartitionData(r: Reader, v: number): VoteRequestPartitionData {
  let at = '';
  try {
    at = 'partitionIndex';
    const partitionIndex = r.int32();
    at = 'replicaEpoch';
    const replicaEpoch = r.int32();
    at = 'replicaId';
    const replicaId = r.int32();
    at = 'replicaDirectoryId';
    const replicaDirectoryId = v >= 1 ? r.uuid() : ZERO_UUID;
    at = 'voterDirectoryId';
    const voterDirectoryId = v >= 1 ? r.uuid() : ZERO_UUID;
    at = 'lastOffsetEpoch';
    const lastOffsetEpoch = r.int32();
    at = 'lastOffset';
    const lastOffset = r.int64();
    at = 'preVote';
    const preVote = v >= 2 ? r.bool() : false;
    const o: VoteRequestPartitionData = { partitionIndex, replicaEpoch, replicaId, replicaDirectoryId, voterDirectoryId, lastOffsetEpoch, lastOffset, preVote, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeVoteRequestPartitionData(o: VoteRequestPartitionData, v: number): number {
  if (!(v >= 2) && !(o.preVote === false)) throw absentField('preVote', v);
  let s = 24;
  if (v >= 1) s += 16;
  if (v >= 1) s += 16;
  if (v >= 2) s += 1;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeVoteRequestPartitionData(w: Writer, o: VoteRequestPartitionData, v: number): void {
  w.int32(o.partitionIndex);
  w.int32(o.replicaEpoch);
  w.int32(o.replicaId);
  if (v >= 1) w.uuid(o.replicaDirectoryId);
  if (v >= 1) w.uuid(o.voterDirectoryId);
  w.int32(o.lastOffsetEpoch);
  w.int64(o.lastOffset);
  if (v >= 2) w.bool(o.preVote);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** VoteResponse, versions 0-2. */
export interface VoteResponse {
  /** The top level error code. Versions 0-2. */
  errorCode: number;
  /** The results for each topic. Versions 0-2. */
  topics: VoteResponseTopicData[];
  /** Endpoints for all current-leaders enumerated in PartitionData. Versions 1-2, tag 0. */
  nodeEndpoints: VoteResponseNodeEndpoint[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeVoteResponse(r: Reader, v: number): VoteResponse {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 2);
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'topics';
    const topics = r.array(true, decodeVoteResponseTopicData, v, 3);
    const o: VoteResponse = { errorCode, topics, nodeEndpoints: [], _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, tagsVoteResponse);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'VoteResponse', 52, v);
  }
}

type VoteResponseTags = Pick<VoteResponse, 'nodeEndpoints'>;

function tagsVoteResponse(r: Reader, tag: number, o: VoteResponseTags, v: number): boolean {
  switch (tag) {
    case 0:
      if (!(v >= 1)) throw invalidTag(0, r, v);
      o.nodeEndpoints = r.array(true, decodeVoteResponseNodeEndpoint, v, 8);
      return true;
    default:
      return false;
  }
}

export function sizeVoteResponse(o: VoteResponse, v: number): number {
  let s = 2;
  s += sizeOf.array(true, o.topics, sizeVoteResponseTopicData, v);
  const u = o._unknownTaggedFields;
  let n = u === undefined ? 0 : u.length;
  let t = u === undefined ? 0 : sizeOf.unknownTaggedFields(u) - sizeOf.uvarint(u.length);
  if (v >= 1 && !(o.nodeEndpoints.length === 0)) {
    n++;
    t += sizeOf.taggedField(0, sizeOf.array(true, o.nodeEndpoints, sizeVoteResponseNodeEndpoint, v));
  }
  s += sizeOf.uvarint(n) + t;
  return s;
}

export function writeVoteResponse(w: Writer, o: VoteResponse, v: number): void {
  w.int16(o.errorCode);
  w.array(true, o.topics, writeVoteResponseTopicData, v);
  const u = o._unknownTaggedFields;
  let n = u === undefined ? 0 : u.length;
  const t0 = v >= 1 && !(o.nodeEndpoints.length === 0);
  if (t0) n++;
  w.uvarint(n);
  let ui = 0;
  if (t0) {
    ui = w.unknownTagsBelow(u, ui, 0);
    w.taggedFieldHeader(0, sizeOf.array(true, o.nodeEndpoints, sizeVoteResponseNodeEndpoint, v));
    w.array(true, o.nodeEndpoints, writeVoteResponseNodeEndpoint, v);
  }
  w.unknownTagsBelow(u, ui, Infinity);
}

/** Sizes once, allocates once and writes VoteResponse in place. */
export function encodeVoteResponse(o: VoteResponse, v: number): Buffer {
  return encodeWith(sizeVoteResponse, writeVoteResponse, o, v, 0, 2, 'VoteResponse');
}

/** TopicData (in VoteResponse). */
export interface VoteResponseTopicData {
  /** The topic name. Versions 0-2. */
  topicName: string;
  /** The results for each partition. Versions 0-2. */
  partitions: VoteResponsePartitionData[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeVoteResponseTopicData(r: Reader, v: number): VoteResponseTopicData {
  let at = '';
  try {
    at = 'topicName';
    const topicName = r.compactString();
    at = 'partitions';
    const partitions = r.array(true, decodeVoteResponsePartitionData, v, 16);
    const o: VoteResponseTopicData = { topicName, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeVoteResponseTopicData(o: VoteResponseTopicData, v: number): number {
  let s = 0;
  s += sizeOf.compactString(o.topicName);
  s += sizeOf.array(true, o.partitions, sizeVoteResponsePartitionData, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeVoteResponseTopicData(w: Writer, o: VoteResponseTopicData, v: number): void {
  w.compactString(o.topicName);
  w.array(true, o.partitions, writeVoteResponsePartitionData, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** PartitionData (in VoteResponse). */
export interface VoteResponsePartitionData {
  /** The partition index. Versions 0-2. */
  partitionIndex: number;
  /** The partition level error code. Versions 0-2. */
  errorCode: number;
  /** The ID of the current leader or -1 if the leader is unknown. Versions 0-2. */
  leaderId: number;
  /** The latest known leader epoch. Versions 0-2. */
  leaderEpoch: number;
  /** True if the vote was granted and false otherwise. Versions 0-2. */
  voteGranted: boolean;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeVoteResponsePartitionData(r: Reader, v: number): VoteResponsePartitionData {
  let at = '';
  try {
    at = 'partitionIndex';
    const partitionIndex = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'leaderId';
    const leaderId = r.int32();
    at = 'leaderEpoch';
    const leaderEpoch = r.int32();
    at = 'voteGranted';
    const voteGranted = r.bool();
    const o: VoteResponsePartitionData = { partitionIndex, errorCode, leaderId, leaderEpoch, voteGranted, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeVoteResponsePartitionData(o: VoteResponsePartitionData, _v: number): number {
  let s = 15;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeVoteResponsePartitionData(w: Writer, o: VoteResponsePartitionData, _v: number): void {
  w.int32(o.partitionIndex);
  w.int16(o.errorCode);
  w.int32(o.leaderId);
  w.int32(o.leaderEpoch);
  w.bool(o.voteGranted);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** NodeEndpoint (in VoteResponse). */
export interface VoteResponseNodeEndpoint {
  /** The ID of the associated node. Versions 1-2. */
  nodeId: number;
  /** The node's hostname. Versions 1-2. */
  host: string;
  /** The node's port. Versions 1-2. */
  port: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeVoteResponseNodeEndpoint(r: Reader, v: number): VoteResponseNodeEndpoint {
  let at = '';
  try {
    at = 'nodeId';
    const nodeId = r.int32();
    at = 'host';
    const host = r.compactString();
    at = 'port';
    const port = r.uint16();
    const o: VoteResponseNodeEndpoint = { nodeId, host, port, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeVoteResponseNodeEndpoint(o: VoteResponseNodeEndpoint, _v: number): number {
  let s = 6;
  s += sizeOf.compactString(o.host);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeVoteResponseNodeEndpoint(w: Writer, o: VoteResponseNodeEndpoint, _v: number): void {
  w.int32(o.nodeId);
  w.compactString(o.host);
  w.uint16(o.port);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** What a policy reads from VoteRequest; everything else is skipped. */
export interface VoteRequestPeek {
  topics: VoteRequestTopicDataPeek[];
}

export function peekVoteRequest(r: Reader, v: number): VoteRequestPeek {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 2);
    at = 'clusterId';
    skip.string(r, true, true);
    at = 'voterId';
    if (v >= 1) r.skip(4);
    at = 'topics';
    const f2 = r.array(true, peekVoteRequestTopicData, v, 3);
    r.skipTaggedFields();
    return { topics: f2 };
  } catch (e) {
    throw failedIn(e, at, r, 'VoteRequest', 52, v);
  }
}

/** What a policy reads from TopicData in VoteRequest; everything else is skipped. */
export interface VoteRequestTopicDataPeek {
  topicName: string;
}

export function peekVoteRequestTopicData(r: Reader, v: number): VoteRequestTopicDataPeek {
  let at = '';
  try {
    at = 'topicName';
    const f0 = r.compactString();
    at = 'partitions';
    skip.array(r, true, skipVoteRequestPartitionData, v, 25, false);
    r.skipTaggedFields();
    return { topicName: f0 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

function skipVoteRequestPartitionData(r: Reader, v: number): void {
  r.skip(4);
  r.skip(4);
  r.skip(4);
  if (v >= 1) r.skip(16);
  if (v >= 1) r.skip(16);
  r.skip(4);
  r.skip(8);
  if (v >= 2) r.skip(1);
  r.skipTaggedFields();
}
