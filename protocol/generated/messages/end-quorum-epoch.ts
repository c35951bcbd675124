// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   EndQuorumEpochRequest.json
//   EndQuorumEpochResponse.json

import { Reader, Writer, elementWriters, elements, sizeOf, skip } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedAt, failedIn, invalidTag } from '../../primitives/codec-runtime.js';

/** EndQuorumEpochRequest, versions 0-1. */
export interface EndQuorumEpochRequest {
  /** The cluster id. Versions 0-1, nullable 0-1. */
  clusterId: string | null;
  /** The topics. Versions 0-1. */
  topics: EndQuorumEpochRequestTopicData[];
  /** Endpoints for the leader. Versions 1. */
  leaderEndpoints: EndQuorumEpochRequestLeaderEndpoint[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeEndQuorumEpochRequest(r: Reader, v: number): EndQuorumEpochRequest {
  const flex = v >= 1;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 1);
    at = 'clusterId';
    const clusterId = (flex ? r.compactNullableString() : r.nullableString());
    at = 'topics';
    const topics = r.array(flex, decodeEndQuorumEpochRequestTopicData, v, 2);
    at = 'leaderEndpoints';
    const leaderEndpoints = v >= 1 ? r.array(true, decodeEndQuorumEpochRequestLeaderEndpoint, v, 5) : [];
    const o: EndQuorumEpochRequest = { clusterId, topics, leaderEndpoints, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'EndQuorumEpochRequest', 54, v);
  }
}

export function sizeEndQuorumEpochRequest(o: EndQuorumEpochRequest, v: number): number {
  const flex = v >= 1;
  let s = 0;
  s += (flex ? sizeOf.compactNullableString(o.clusterId) : sizeOf.nullableString(o.clusterId));
  s += sizeOf.array(flex, o.topics, sizeEndQuorumEpochRequestTopicData, v);
  if (v >= 1) s += sizeOf.array(true, o.leaderEndpoints, sizeEndQuorumEpochRequestLeaderEndpoint, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeEndQuorumEpochRequest(w: Writer, o: EndQuorumEpochRequest, v: number): void {
  const flex = v >= 1;
  (flex ? w.compactNullableString(o.clusterId) : w.nullableString(o.clusterId));
  w.array(flex, o.topics, writeEndQuorumEpochRequestTopicData, v);
  if (v >= 1) w.array(true, o.leaderEndpoints, writeEndQuorumEpochRequestLeaderEndpoint, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes EndQuorumEpochRequest in place. */
export function encodeEndQuorumEpochRequest(o: EndQuorumEpochRequest, v: number): Buffer {
  return encodeWith(sizeEndQuorumEpochRequest, writeEndQuorumEpochRequest, o, v, 0, 1, 'EndQuorumEpochRequest');
}

/** TopicData (in EndQuorumEpochRequest). */
export interface EndQuorumEpochRequestTopicData {
  /** The topic name. Versions 0-1. */
  topicName: string;
  /** The partitions. Versions 0-1. */
  partitions: EndQuorumEpochRequestPartitionData[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeEndQuorumEpochRequestTopicData(r: Reader, v: number): EndQuorumEpochRequestTopicData {
  const flex = v >= 1;
  let at = '';
  try {
    at = 'topicName';
    const topicName = (flex ? r.compactString() : r.string());
    at = 'partitions';
    const partitions = r.array(flex, decodeEndQuorumEpochRequestPartitionData, v, 12);
    const o: EndQuorumEpochRequestTopicData = { topicName, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeEndQuorumEpochRequestTopicData(o: EndQuorumEpochRequestTopicData, v: number): number {
  const flex = v >= 1;
  let s = 0;
  s += (flex ? sizeOf.compactString(o.topicName) : sizeOf.string(o.topicName));
  s += sizeOf.array(flex, o.partitions, sizeEndQuorumEpochRequestPartitionData, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeEndQuorumEpochRequestTopicData(w: Writer, o: EndQuorumEpochRequestTopicData, v: number): void {
  const flex = v >= 1;
  (flex ? w.compactString(o.topicName) : w.string(o.topicName));
  w.array(flex, o.partitions, writeEndQuorumEpochRequestPartitionData, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** PartitionData (in EndQuorumEpochRequest). */
export interface EndQuorumEpochRequestPartitionData {
  /** The partition index. Versions 0-1. */
  partitionIndex: number;
  /** The current leader ID that is resigning. Versions 0-1. */
  leaderId: number;
  /** The current epoch. Versions 0-1. */
  leaderEpoch: number;
  /** A sorted list of preferred successors to start the election. Versions 0. */
  preferredSuccessors: number[];
  /** A sorted list of preferred candidates to start the election. Versions 1. */
  preferredCandidates: EndQuorumEpochRequestReplicaInfo[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeEndQuorumEpochRequestPartitionData(r: Reader, v: number): EndQuorumEpochRequestPartitionData {
  const flex = v >= 1;
  let at = '';
  try {
    at = 'partitionIndex';
    const partitionIndex = r.int32();
    at = 'leaderId';
    const leaderId = r.int32();
    at = 'leaderEpoch';
    const leaderEpoch = r.int32();
    at = 'preferredSuccessors';
    const preferredSuccessors = v <= 0 ? r.array(false, elements.int32, v, 4) : [];
    at = 'preferredCandidates';
    const preferredCandidates = v >= 1 ? r.array(true, decodeEndQuorumEpochRequestReplicaInfo, v, 21) : [];
    const o: EndQuorumEpochRequestPartitionData = { partitionIndex, leaderId, leaderEpoch, preferredSuccessors, preferredCandidates, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeEndQuorumEpochRequestPartitionData(o: EndQuorumEpochRequestPartitionData, v: number): number {
  const flex = v >= 1;
  let s = 12;
  if (v <= 0) s += sizeOf.fixedArray(false, o.preferredSuccessors, 4);
  if (v >= 1) s += sizeOf.array(true, o.preferredCandidates, sizeEndQuorumEpochRequestReplicaInfo, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeEndQuorumEpochRequestPartitionData(w: Writer, o: EndQuorumEpochRequestPartitionData, v: number): void {
  const flex = v >= 1;
  w.int32(o.partitionIndex);
  w.int32(o.leaderId);
  w.int32(o.leaderEpoch);
  if (v <= 0) w.array(false, o.preferredSuccessors, elementWriters.int32, v);
  if (v >= 1) w.array(true, o.preferredCandidates, writeEndQuorumEpochRequestReplicaInfo, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** ReplicaInfo (in EndQuorumEpochRequest). */
export interface EndQuorumEpochRequestReplicaInfo {
  /** The ID of the candidate replica. Versions 1. */
  candidateId: number;
  /** The directory ID of the candidate replica. Versions 1. */
  candidateDirectoryId: string;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeEndQuorumEpochRequestReplicaInfo(r: Reader, v: number): EndQuorumEpochRequestReplicaInfo {
  let at = '';
  try {
    at = 'candidateId';
    const candidateId = r.int32();
    at = 'candidateDirectoryId';
    const candidateDirectoryId = r.uuid();
    const o: EndQuorumEpochRequestReplicaInfo = { candidateId, candidateDirectoryId, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeEndQuorumEpochRequestReplicaInfo(o: EndQuorumEpochRequestReplicaInfo, _v: number): number {
  let s = 20;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeEndQuorumEpochRequestReplicaInfo(w: Writer, o: EndQuorumEpochRequestReplicaInfo, _v: number): void {
  w.int32(o.candidateId);
  w.uuid(o.candidateDirectoryId);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** LeaderEndpoint (in EndQuorumEpochRequest). */
export interface EndQuorumEpochRequestLeaderEndpoint {
  /** The name of the endpoint. Versions 1. */
  name: string;
  /** The node's hostname. Versions 1. */
  host: string;
  /** The node's port. Versions 1. */
  port: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeEndQuorumEpochRequestLeaderEndpoint(r: Reader, v: number): EndQuorumEpochRequestLeaderEndpoint {
  let at = '';
  try {
    at = 'name';
    const name = r.compactString();
    at = 'host';
    const host = r.compactString();
    at = 'port';
    const port = r.uint16();
    const o: EndQuorumEpochRequestLeaderEndpoint = { name, host, port, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeEndQuorumEpochRequestLeaderEndpoint(o: EndQuorumEpochRequestLeaderEndpoint, _v: number): number {
  let s = 2;
  s += sizeOf.compactString(o.name);
  s += sizeOf.compactString(o.host);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeEndQuorumEpochRequestLeaderEndpoint(w: Writer, o: EndQuorumEpochRequestLeaderEndpoint, _v: number): void {
  w.compactString(o.name);
  w.compactString(o.host);
  w.uint16(o.port);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** EndQuorumEpochResponse, versions 0-1. */
export interface EndQuorumEpochResponse {
  /** The top level error code. Versions 0-1. */
  errorCode: number;
  /** The topic data. Versions 0-1. */
  topics: EndQuorumEpochResponseTopicData[];
  /** Endpoints for all leaders enumerated in PartitionData. Versions 1, tag 0. */
  nodeEndpoints: EndQuorumEpochResponseNodeEndpoint[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeEndQuorumEpochResponse(r: Reader, v: number): EndQuorumEpochResponse {
  const flex = v >= 1;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 1);
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'topics';
    const topics = r.array(flex, decodeEndQuorumEpochResponseTopicData, v, 2);
    const o: EndQuorumEpochResponse = { errorCode, topics, nodeEndpoints: [], _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, tagsEndQuorumEpochResponse);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'EndQuorumEpochResponse', 54, v);
  }
}

type EndQuorumEpochResponseTags = Pick<EndQuorumEpochResponse, 'nodeEndpoints'>;

function tagsEndQuorumEpochResponse(r: Reader, tag: number, o: EndQuorumEpochResponseTags, v: number): boolean {
  switch (tag) {
    case 0:
      if (!(v >= 1)) throw invalidTag(0, r, v);
      o.nodeEndpoints = r.array(true, decodeEndQuorumEpochResponseNodeEndpoint, v, 8);
      return true;
    default:
      return false;
  }
}

export function sizeEndQuorumEpochResponse(o: EndQuorumEpochResponse, v: number): number {
  const flex = v >= 1;
  let s = 2;
  s += sizeOf.array(flex, o.topics, sizeEndQuorumEpochResponseTopicData, v);
  if (flex) {
    const u = o._unknownTaggedFields;
    let n = u === undefined ? 0 : u.length;
    let t = u === undefined ? 0 : sizeOf.unknownTaggedFields(u) - sizeOf.uvarint(u.length);
    if (v >= 1 && !(o.nodeEndpoints.length === 0)) {
      n++;
      t += sizeOf.taggedField(0, sizeOf.array(true, o.nodeEndpoints, sizeEndQuorumEpochResponseNodeEndpoint, v));
    }
    s += sizeOf.uvarint(n) + t;
  }
  return s;
}

export function writeEndQuorumEpochResponse(w: Writer, o: EndQuorumEpochResponse, v: number): void {
  const flex = v >= 1;
  w.int16(o.errorCode);
  w.array(flex, o.topics, writeEndQuorumEpochResponseTopicData, v);
  if (flex) {
    const u = o._unknownTaggedFields;
    let n = u === undefined ? 0 : u.length;
    const t0 = v >= 1 && !(o.nodeEndpoints.length === 0);
    if (t0) n++;
    w.uvarint(n);
    let ui = 0;
    if (t0) {
      ui = w.unknownTagsBelow(u, ui, 0);
      w.taggedFieldHeader(0, sizeOf.array(true, o.nodeEndpoints, sizeEndQuorumEpochResponseNodeEndpoint, v));
      w.array(true, o.nodeEndpoints, writeEndQuorumEpochResponseNodeEndpoint, v);
    }
    w.unknownTagsBelow(u, ui, Infinity);
  }
}

/** Sizes once, allocates once and writes EndQuorumEpochResponse in place. */
export function encodeEndQuorumEpochResponse(o: EndQuorumEpochResponse, v: number): Buffer {
  return encodeWith(sizeEndQuorumEpochResponse, writeEndQuorumEpochResponse, o, v, 0, 1, 'EndQuorumEpochResponse');
}

/** TopicData (in EndQuorumEpochResponse). */
export interface EndQuorumEpochResponseTopicData {
  /** The topic name. Versions 0-1. */
  topicName: string;
  /** The partition data. Versions 0-1. */
  partitions: EndQuorumEpochResponsePartitionData[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeEndQuorumEpochResponseTopicData(r: Reader, v: number): EndQuorumEpochResponseTopicData {
  const flex = v >= 1;
  let at = '';
  try {
    at = 'topicName';
    const topicName = (flex ? r.compactString() : r.string());
    at = 'partitions';
    const partitions = r.array(flex, decodeEndQuorumEpochResponsePartitionData, v, 14);
    const o: EndQuorumEpochResponseTopicData = { topicName, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeEndQuorumEpochResponseTopicData(o: EndQuorumEpochResponseTopicData, v: number): number {
  const flex = v >= 1;
  let s = 0;
  s += (flex ? sizeOf.compactString(o.topicName) : sizeOf.string(o.topicName));
  s += sizeOf.array(flex, o.partitions, sizeEndQuorumEpochResponsePartitionData, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeEndQuorumEpochResponseTopicData(w: Writer, o: EndQuorumEpochResponseTopicData, v: number): void {
  const flex = v >= 1;
  (flex ? w.compactString(o.topicName) : w.string(o.topicName));
  w.array(flex, o.partitions, writeEndQuorumEpochResponsePartitionData, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** PartitionData (in EndQuorumEpochResponse). */
export interface EndQuorumEpochResponsePartitionData {
  /** The partition index. Versions 0-1. */
  partitionIndex: number;
  /** The partition level error code. Versions 0-1. */
  errorCode: number;
  /** The ID of the current leader or -1 if the leader is unknown. Versions 0-1. */
  leaderId: number;
  /** The latest known leader epoch. Versions 0-1. */
  leaderEpoch: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeEndQuorumEpochResponsePartitionData(r: Reader, v: number): EndQuorumEpochResponsePartitionData {
  const flex = v >= 1;
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
    const o: EndQuorumEpochResponsePartitionData = { partitionIndex, errorCode, leaderId, leaderEpoch, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeEndQuorumEpochResponsePartitionData(o: EndQuorumEpochResponsePartitionData, v: number): number {
  const flex = v >= 1;
  let s = 14;
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeEndQuorumEpochResponsePartitionData(w: Writer, o: EndQuorumEpochResponsePartitionData, v: number): void {
  const flex = v >= 1;
  w.int32(o.partitionIndex);
  w.int16(o.errorCode);
  w.int32(o.leaderId);
  w.int32(o.leaderEpoch);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** NodeEndpoint (in EndQuorumEpochResponse). */
export interface EndQuorumEpochResponseNodeEndpoint {
  /** The ID of the associated node. Versions 1. */
  nodeId: number;
  /** The node's hostname. Versions 1. */
  host: string;
  /** The node's port. Versions 1. */
  port: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeEndQuorumEpochResponseNodeEndpoint(r: Reader, v: number): EndQuorumEpochResponseNodeEndpoint {
  let at = '';
  try {
    at = 'nodeId';
    const nodeId = r.int32();
    at = 'host';
    const host = r.compactString();
    at = 'port';
    const port = r.uint16();
    const o: EndQuorumEpochResponseNodeEndpoint = { nodeId, host, port, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeEndQuorumEpochResponseNodeEndpoint(o: EndQuorumEpochResponseNodeEndpoint, _v: number): number {
  let s = 6;
  s += sizeOf.compactString(o.host);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeEndQuorumEpochResponseNodeEndpoint(w: Writer, o: EndQuorumEpochResponseNodeEndpoint, _v: number): void {
  w.int32(o.nodeId);
  w.compactString(o.host);
  w.uint16(o.port);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** What a policy reads from EndQuorumEpochRequest; everything else is skipped. */
export interface EndQuorumEpochRequestPeek {
  topics: EndQuorumEpochRequestTopicDataPeek[];
}

export function peekEndQuorumEpochRequest(r: Reader, v: number): EndQuorumEpochRequestPeek {
  const flex = v >= 1;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 1);
    at = 'clusterId';
    skip.string(r, flex, true);
    at = 'topics';
    const f1 = r.array(flex, peekEndQuorumEpochRequestTopicData, v, 2);
    at = 'leaderEndpoints';
    if (v >= 1) skip.array(r, true, skipEndQuorumEpochRequestLeaderEndpoint, v, 5, false);
    if (flex) r.skipTaggedFields();
    return { topics: f1 };
  } catch (e) {
    throw failedIn(e, at, r, 'EndQuorumEpochRequest', 54, v);
  }
}

/** What a policy reads from TopicData in EndQuorumEpochRequest; everything else is skipped. */
export interface EndQuorumEpochRequestTopicDataPeek {
  topicName: string;
}

export function peekEndQuorumEpochRequestTopicData(r: Reader, v: number): EndQuorumEpochRequestTopicDataPeek {
  const flex = v >= 1;
  let at = '';
  try {
    at = 'topicName';
    const f0 = (flex ? r.compactString() : r.string());
    at = 'partitions';
    skip.array(r, flex, skipEndQuorumEpochRequestPartitionData, v, 12, false);
    if (flex) r.skipTaggedFields();
    return { topicName: f0 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

function skipEndQuorumEpochRequestLeaderEndpoint(r: Reader, _v: number): void {
  skip.string(r, true, false);
  skip.string(r, true, false);
  r.skip(2);
  r.skipTaggedFields();
}

function skipEndQuorumEpochRequestPartitionData(r: Reader, v: number): void {
  r.skip(4);
  r.skip(4);
  r.skip(4);
  if (v <= 0) skip.fixedArray(r, false, 4, false);
  if (v >= 1) skip.array(r, true, skipEndQuorumEpochRequestReplicaInfo, v, 21, false);
  if (v >= 1) r.skipTaggedFields();
}

function skipEndQuorumEpochRequestReplicaInfo(r: Reader, _v: number): void {
  r.skip(4);
  r.skip(16);
  r.skipTaggedFields();
}
