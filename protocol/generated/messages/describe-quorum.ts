// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   DescribeQuorumRequest.json
//   DescribeQuorumResponse.json

import { Reader, Writer, sizeOf, skip } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { ZERO_UUID, absentField, checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** DescribeQuorumRequest, versions 0-2. */
export interface DescribeQuorumRequest {
  /** The topics to describe. Versions 0-2. */
  topics: DescribeQuorumRequestTopicData[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeQuorumRequest(r: Reader, v: number): DescribeQuorumRequest {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 2);
    at = 'topics';
    const topics = r.array(true, decodeDescribeQuorumRequestTopicData, v, 3);
    const o: DescribeQuorumRequest = { topics, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'DescribeQuorumRequest', 55, v);
  }
}

export function sizeDescribeQuorumRequest(o: DescribeQuorumRequest, v: number): number {
  let s = 0;
  s += sizeOf.array(true, o.topics, sizeDescribeQuorumRequestTopicData, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDescribeQuorumRequest(w: Writer, o: DescribeQuorumRequest, v: number): void {
  w.array(true, o.topics, writeDescribeQuorumRequestTopicData, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes DescribeQuorumRequest in place. */
export function encodeDescribeQuorumRequest(o: DescribeQuorumRequest, v: number): Buffer {
  return encodeWith(sizeDescribeQuorumRequest, writeDescribeQuorumRequest, o, v, 0, 2, 'DescribeQuorumRequest');
}

/** TopicData (in DescribeQuorumRequest). */
export interface DescribeQuorumRequestTopicData {
  /** The topic name. Versions 0-2. */
  topicName: string;
  /** The partitions to describe. Versions 0-2. */
  partitions: DescribeQuorumRequestPartitionData[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeQuorumRequestTopicData(r: Reader, v: number): DescribeQuorumRequestTopicData {
  let at = '';
  try {
    at = 'topicName';
    const topicName = r.compactString();
    at = 'partitions';
    const partitions = r.array(true, decodeDescribeQuorumRequestPartitionData, v, 5);
    const o: DescribeQuorumRequestTopicData = { topicName, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDescribeQuorumRequestTopicData(o: DescribeQuorumRequestTopicData, v: number): number {
  let s = 0;
  s += sizeOf.compactString(o.topicName);
  s += sizeOf.array(true, o.partitions, sizeDescribeQuorumRequestPartitionData, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDescribeQuorumRequestTopicData(w: Writer, o: DescribeQuorumRequestTopicData, v: number): void {
  w.compactString(o.topicName);
  w.array(true, o.partitions, writeDescribeQuorumRequestPartitionData, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** PartitionData (in DescribeQuorumRequest). */
export interface DescribeQuorumRequestPartitionData {
  /** The partition index. Versions 0-2. */
  partitionIndex: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeQuorumRequestPartitionData(r: Reader, v: number): DescribeQuorumRequestPartitionData {
  let at = '';
  try {
    at = 'partitionIndex';
    const partitionIndex = r.int32();
    const o: DescribeQuorumRequestPartitionData = { partitionIndex, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDescribeQuorumRequestPartitionData(o: DescribeQuorumRequestPartitionData, _v: number): number {
  let s = 4;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDescribeQuorumRequestPartitionData(w: Writer, o: DescribeQuorumRequestPartitionData, _v: number): void {
  w.int32(o.partitionIndex);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** DescribeQuorumResponse, versions 0-2. */
export interface DescribeQuorumResponse {
  /** The top level error code. Versions 0-2. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions 2, nullable 2. */
  errorMessage: string | null;
  /** The response from the describe quorum API. Versions 0-2. */
  topics: DescribeQuorumResponseTopicData[];
  /** The nodes in the quorum. Versions 2. */
  nodes: DescribeQuorumResponseNode[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeQuorumResponse(r: Reader, v: number): DescribeQuorumResponse {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 2);
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'errorMessage';
    const errorMessage = v >= 2 ? r.compactNullableString() : "";
    at = 'topics';
    const topics = r.array(true, decodeDescribeQuorumResponseTopicData, v, 3);
    at = 'nodes';
    const nodes = v >= 2 ? r.array(true, decodeDescribeQuorumResponseNode, v, 6) : [];
    const o: DescribeQuorumResponse = { errorCode, errorMessage, topics, nodes, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'DescribeQuorumResponse', 55, v);
  }
}

export function sizeDescribeQuorumResponse(o: DescribeQuorumResponse, v: number): number {
  if (!(v >= 2) && !(o.nodes.length === 0)) throw absentField('nodes', v);
  let s = 2;
  if (v >= 2) s += sizeOf.compactNullableString(o.errorMessage);
  s += sizeOf.array(true, o.topics, sizeDescribeQuorumResponseTopicData, v);
  if (v >= 2) s += sizeOf.array(true, o.nodes, sizeDescribeQuorumResponseNode, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDescribeQuorumResponse(w: Writer, o: DescribeQuorumResponse, v: number): void {
  w.int16(o.errorCode);
  if (v >= 2) w.compactNullableString(o.errorMessage);
  w.array(true, o.topics, writeDescribeQuorumResponseTopicData, v);
  if (v >= 2) w.array(true, o.nodes, writeDescribeQuorumResponseNode, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes DescribeQuorumResponse in place. */
export function encodeDescribeQuorumResponse(o: DescribeQuorumResponse, v: number): Buffer {
  return encodeWith(sizeDescribeQuorumResponse, writeDescribeQuorumResponse, o, v, 0, 2, 'DescribeQuorumResponse');
}

/** ReplicaState (in DescribeQuorumResponse). */
export interface DescribeQuorumResponseReplicaState {
  /** The ID of the replica. Versions 0-2. */
  replicaId: number;
  /** The replica directory ID of the replica. Versions 2. */
  replicaDirectoryId: string;
  /** The last known log end offset of the follower or -1 if it is unknown. Versions 0-2. */
  logEndOffset: bigint;
  /** The last known leader wall clock time time when a follower fetched from the leader. This is reported as -1 both for the current leader or if it is unknown for a voter. Versions 1-2. */
  lastFetchTimestamp: bigint;
  /** The leader wall clock append time of the offset for which the follower made the most recent fetch request. This is reported as the current time for the leader and -1 if unknown for a voter. Versions 1-2. */
  lastCaughtUpTimestamp: bigint;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeQuorumResponseReplicaState(r: Reader, v: number): DescribeQuorumResponseReplicaState {
  let at = '';
  try {
    at = 'replicaId';
    const replicaId = r.int32();
    at = 'replicaDirectoryId';
    const replicaDirectoryId = v >= 2 ? r.uuid() : ZERO_UUID;
    at = 'logEndOffset';
    const logEndOffset = r.int64();
    at = 'lastFetchTimestamp';
    const lastFetchTimestamp = v >= 1 ? r.int64() : -1n;
    at = 'lastCaughtUpTimestamp';
    const lastCaughtUpTimestamp = v >= 1 ? r.int64() : -1n;
    const o: DescribeQuorumResponseReplicaState = { replicaId, replicaDirectoryId, logEndOffset, lastFetchTimestamp, lastCaughtUpTimestamp, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDescribeQuorumResponseReplicaState(o: DescribeQuorumResponseReplicaState, v: number): number {
  if (!(v >= 2) && !(o.replicaDirectoryId === ZERO_UUID)) throw absentField('replicaDirectoryId', v);
  let s = 12;
  if (v >= 2) s += 16;
  if (v >= 1) s += 8;
  if (v >= 1) s += 8;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDescribeQuorumResponseReplicaState(w: Writer, o: DescribeQuorumResponseReplicaState, v: number): void {
  w.int32(o.replicaId);
  if (v >= 2) w.uuid(o.replicaDirectoryId);
  w.int64(o.logEndOffset);
  if (v >= 1) w.int64(o.lastFetchTimestamp);
  if (v >= 1) w.int64(o.lastCaughtUpTimestamp);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** TopicData (in DescribeQuorumResponse). */
export interface DescribeQuorumResponseTopicData {
  /** The topic name. Versions 0-2. */
  topicName: string;
  /** The partition data. Versions 0-2. */
  partitions: DescribeQuorumResponsePartitionData[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeQuorumResponseTopicData(r: Reader, v: number): DescribeQuorumResponseTopicData {
  let at = '';
  try {
    at = 'topicName';
    const topicName = r.compactString();
    at = 'partitions';
    const partitions = r.array(true, decodeDescribeQuorumResponsePartitionData, v, 25);
    const o: DescribeQuorumResponseTopicData = { topicName, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDescribeQuorumResponseTopicData(o: DescribeQuorumResponseTopicData, v: number): number {
  let s = 0;
  s += sizeOf.compactString(o.topicName);
  s += sizeOf.array(true, o.partitions, sizeDescribeQuorumResponsePartitionData, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDescribeQuorumResponseTopicData(w: Writer, o: DescribeQuorumResponseTopicData, v: number): void {
  w.compactString(o.topicName);
  w.array(true, o.partitions, writeDescribeQuorumResponsePartitionData, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** PartitionData (in DescribeQuorumResponse). */
export interface DescribeQuorumResponsePartitionData {
  /** The partition index. Versions 0-2. */
  partitionIndex: number;
  /** The partition error code. Versions 0-2. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions 2, nullable 2. */
  errorMessage: string | null;
  /** The ID of the current leader or -1 if the leader is unknown. Versions 0-2. */
  leaderId: number;
  /** The latest known leader epoch. Versions 0-2. */
  leaderEpoch: number;
  /** The high water mark. Versions 0-2. */
  highWatermark: bigint;
  /** The current voters of the partition. Versions 0-2. */
  currentVoters: DescribeQuorumResponseReplicaState[];
  /** The observers of the partition. Versions 0-2. */
  observers: DescribeQuorumResponseReplicaState[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeQuorumResponsePartitionData(r: Reader, v: number): DescribeQuorumResponsePartitionData {
  let at = '';
  try {
    at = 'partitionIndex';
    const partitionIndex = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'errorMessage';
    const errorMessage = v >= 2 ? r.compactNullableString() : "";
    at = 'leaderId';
    const leaderId = r.int32();
    at = 'leaderEpoch';
    const leaderEpoch = r.int32();
    at = 'highWatermark';
    const highWatermark = r.int64();
    at = 'currentVoters';
    const currentVoters = r.array(true, decodeDescribeQuorumResponseReplicaState, v, 13);
    at = 'observers';
    const observers = r.array(true, decodeDescribeQuorumResponseReplicaState, v, 13);
    const o: DescribeQuorumResponsePartitionData = { partitionIndex, errorCode, errorMessage, leaderId, leaderEpoch, highWatermark, currentVoters, observers, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDescribeQuorumResponsePartitionData(o: DescribeQuorumResponsePartitionData, v: number): number {
  let s = 22;
  if (v >= 2) s += sizeOf.compactNullableString(o.errorMessage);
  s += sizeOf.array(true, o.currentVoters, sizeDescribeQuorumResponseReplicaState, v);
  s += sizeOf.array(true, o.observers, sizeDescribeQuorumResponseReplicaState, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDescribeQuorumResponsePartitionData(w: Writer, o: DescribeQuorumResponsePartitionData, v: number): void {
  w.int32(o.partitionIndex);
  w.int16(o.errorCode);
  if (v >= 2) w.compactNullableString(o.errorMessage);
  w.int32(o.leaderId);
  w.int32(o.leaderEpoch);
  w.int64(o.highWatermark);
  w.array(true, o.currentVoters, writeDescribeQuorumResponseReplicaState, v);
  w.array(true, o.observers, writeDescribeQuorumResponseReplicaState, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Node (in DescribeQuorumResponse). */
export interface DescribeQuorumResponseNode {
  /** The ID of the associated node. Versions 2. */
  nodeId: number;
  /** The listeners of this controller. Versions 2. */
  listeners: DescribeQuorumResponseListener[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeQuorumResponseNode(r: Reader, v: number): DescribeQuorumResponseNode {
  let at = '';
  try {
    at = 'nodeId';
    const nodeId = r.int32();
    at = 'listeners';
    const listeners = r.array(true, decodeDescribeQuorumResponseListener, v, 5);
    const o: DescribeQuorumResponseNode = { nodeId, listeners, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDescribeQuorumResponseNode(o: DescribeQuorumResponseNode, v: number): number {
  let s = 4;
  s += sizeOf.array(true, o.listeners, sizeDescribeQuorumResponseListener, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDescribeQuorumResponseNode(w: Writer, o: DescribeQuorumResponseNode, v: number): void {
  w.int32(o.nodeId);
  w.array(true, o.listeners, writeDescribeQuorumResponseListener, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Listener (in DescribeQuorumResponse). */
export interface DescribeQuorumResponseListener {
  /** The name of the endpoint. Versions 2. */
  name: string;
  /** The hostname. Versions 2. */
  host: string;
  /** The port. Versions 2. */
  port: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDescribeQuorumResponseListener(r: Reader, v: number): DescribeQuorumResponseListener {
  let at = '';
  try {
    at = 'name';
    const name = r.compactString();
    at = 'host';
    const host = r.compactString();
    at = 'port';
    const port = r.uint16();
    const o: DescribeQuorumResponseListener = { name, host, port, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeDescribeQuorumResponseListener(o: DescribeQuorumResponseListener, _v: number): number {
  let s = 2;
  s += sizeOf.compactString(o.name);
  s += sizeOf.compactString(o.host);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDescribeQuorumResponseListener(w: Writer, o: DescribeQuorumResponseListener, _v: number): void {
  w.compactString(o.name);
  w.compactString(o.host);
  w.uint16(o.port);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** What a policy reads from DescribeQuorumRequest; everything else is skipped. */
export interface DescribeQuorumRequestPeek {
  topics: DescribeQuorumRequestTopicDataPeek[];
}

export function peekDescribeQuorumRequest(r: Reader, v: number): DescribeQuorumRequestPeek {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 2);
    at = 'topics';
    const f0 = r.array(true, peekDescribeQuorumRequestTopicData, v, 3);
    r.skipTaggedFields();
    return { topics: f0 };
  } catch (e) {
    throw failedIn(e, at, r, 'DescribeQuorumRequest', 55, v);
  }
}

/** What a policy reads from TopicData in DescribeQuorumRequest; everything else is skipped. */
export interface DescribeQuorumRequestTopicDataPeek {
  topicName: string;
}

export function peekDescribeQuorumRequestTopicData(r: Reader, v: number): DescribeQuorumRequestTopicDataPeek {
  let at = '';
  try {
    at = 'topicName';
    const f0 = r.compactString();
    at = 'partitions';
    skip.array(r, true, skipDescribeQuorumRequestPartitionData, v, 5, false);
    r.skipTaggedFields();
    return { topicName: f0 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

function skipDescribeQuorumRequestPartitionData(r: Reader, _v: number): void {
  r.skip(4);
  r.skipTaggedFields();
}
