// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   BeginQuorumEpochRequest.json
//   BeginQuorumEpochResponse.json

import { Reader, Writer, sizeOf, skip } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { ZERO_UUID, checkDecodeVersion, encodeWith, failedAt, failedIn, invalidTag } from '../../primitives/codec-runtime.js';

/** BeginQuorumEpochRequest, versions 0-1. */
export interface BeginQuorumEpochRequest {
  /** The cluster id. Versions 0-1, nullable 0-1. */
  clusterId: string | null;
  /** The replica id of the voter receiving the request. Versions 1. */
  voterId: number;
  /** The topics. Versions 0-1. */
  topics: BeginQuorumEpochRequestTopicData[];
  /** Endpoints for the leader. Versions 1. */
  leaderEndpoints: BeginQuorumEpochRequestLeaderEndpoint[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeBeginQuorumEpochRequest(r: Reader, v: number): BeginQuorumEpochRequest {
  const flex = v >= 1;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 1);
    at = 'clusterId';
    const clusterId = (flex ? r.compactNullableString() : r.nullableString());
    at = 'voterId';
    const voterId = v >= 1 ? r.int32() : -1;
    at = 'topics';
    const topics = r.array(flex, decodeBeginQuorumEpochRequestTopicData, v, 2);
    at = 'leaderEndpoints';
    const leaderEndpoints = v >= 1 ? r.array(true, decodeBeginQuorumEpochRequestLeaderEndpoint, v, 5) : [];
    const o: BeginQuorumEpochRequest = { clusterId, voterId, topics, leaderEndpoints, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'BeginQuorumEpochRequest', 53, v);
  }
}

export function sizeBeginQuorumEpochRequest(o: BeginQuorumEpochRequest, v: number): number {
  const flex = v >= 1;
  let s = 0;
  s += (flex ? sizeOf.compactNullableString(o.clusterId) : sizeOf.nullableString(o.clusterId));
  if (v >= 1) s += 4;
  s += sizeOf.array(flex, o.topics, sizeBeginQuorumEpochRequestTopicData, v);
  if (v >= 1) s += sizeOf.array(true, o.leaderEndpoints, sizeBeginQuorumEpochRequestLeaderEndpoint, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeBeginQuorumEpochRequest(w: Writer, o: BeginQuorumEpochRequest, v: number): void {
  const flex = v >= 1;
  (flex ? w.compactNullableString(o.clusterId) : w.nullableString(o.clusterId));
  if (v >= 1) w.int32(o.voterId);
  w.array(flex, o.topics, writeBeginQuorumEpochRequestTopicData, v);
  if (v >= 1) w.array(true, o.leaderEndpoints, writeBeginQuorumEpochRequestLeaderEndpoint, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes BeginQuorumEpochRequest in place. */
export function encodeBeginQuorumEpochRequest(o: BeginQuorumEpochRequest, v: number): Buffer {
  return encodeWith(sizeBeginQuorumEpochRequest, writeBeginQuorumEpochRequest, o, v, 0, 1, 'BeginQuorumEpochRequest');
}

/** TopicData (in BeginQuorumEpochRequest). */
export interface BeginQuorumEpochRequestTopicData {
  /** The topic name. Versions 0-1. */
  topicName: string;
  /** The partitions. Versions 0-1. */
  partitions: BeginQuorumEpochRequestPartitionData[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeBeginQuorumEpochRequestTopicData(r: Reader, v: number): BeginQuorumEpochRequestTopicData {
  const flex = v >= 1;
  let at = '';
  try {
    at = 'topicName';
    const topicName = (flex ? r.compactString() : r.string());
    at = 'partitions';
    const partitions = r.array(flex, decodeBeginQuorumEpochRequestPartitionData, v, 12);
    const o: BeginQuorumEpochRequestTopicData = { topicName, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeBeginQuorumEpochRequestTopicData(o: BeginQuorumEpochRequestTopicData, v: number): number {
  const flex = v >= 1;
  let s = 0;
  s += (flex ? sizeOf.compactString(o.topicName) : sizeOf.string(o.topicName));
  s += sizeOf.array(flex, o.partitions, sizeBeginQuorumEpochRequestPartitionData, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeBeginQuorumEpochRequestTopicData(w: Writer, o: BeginQuorumEpochRequestTopicData, v: number): void {
  const flex = v >= 1;
  (flex ? w.compactString(o.topicName) : w.string(o.topicName));
  w.array(flex, o.partitions, writeBeginQuorumEpochRequestPartitionData, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** PartitionData (in BeginQuorumEpochRequest). */
export interface BeginQuorumEpochRequestPartitionData {
  /** The partition index. Versions 0-1. */
  partitionIndex: number;
  /** The directory id of the receiving replica. Versions 1. */
  voterDirectoryId: string;
  /** The ID of the newly elected leader. Versions 0-1. */
  leaderId: number;
  /** The epoch of the newly elected leader. Versions 0-1. */
  leaderEpoch: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeBeginQuorumEpochRequestPartitionData(r: Reader, v: number): BeginQuorumEpochRequestPartitionData {
  const flex = v >= 1;
  let at = '';
  try {
    at = 'partitionIndex';
    const partitionIndex = r.int32();
    at = 'voterDirectoryId';
    const voterDirectoryId = v >= 1 ? r.uuid() : ZERO_UUID;
    at = 'leaderId';
    const leaderId = r.int32();
    at = 'leaderEpoch';
    const leaderEpoch = r.int32();
    const o: BeginQuorumEpochRequestPartitionData = { partitionIndex, voterDirectoryId, leaderId, leaderEpoch, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeBeginQuorumEpochRequestPartitionData(o: BeginQuorumEpochRequestPartitionData, v: number): number {
  const flex = v >= 1;
  let s = 12;
  if (v >= 1) s += 16;
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeBeginQuorumEpochRequestPartitionData(w: Writer, o: BeginQuorumEpochRequestPartitionData, v: number): void {
  const flex = v >= 1;
  w.int32(o.partitionIndex);
  if (v >= 1) w.uuid(o.voterDirectoryId);
  w.int32(o.leaderId);
  w.int32(o.leaderEpoch);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** LeaderEndpoint (in BeginQuorumEpochRequest). */
export interface BeginQuorumEpochRequestLeaderEndpoint {
  /** The name of the endpoint. Versions 1. */
  name: string;
  /** The node's hostname. Versions 1. */
  host: string;
  /** The node's port. Versions 1. */
  port: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeBeginQuorumEpochRequestLeaderEndpoint(r: Reader, v: number): BeginQuorumEpochRequestLeaderEndpoint {
  let at = '';
  try {
    at = 'name';
    const name = r.compactString();
    at = 'host';
    const host = r.compactString();
    at = 'port';
    const port = r.uint16();
    const o: BeginQuorumEpochRequestLeaderEndpoint = { name, host, port, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeBeginQuorumEpochRequestLeaderEndpoint(o: BeginQuorumEpochRequestLeaderEndpoint, _v: number): number {
  let s = 2;
  s += sizeOf.compactString(o.name);
  s += sizeOf.compactString(o.host);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeBeginQuorumEpochRequestLeaderEndpoint(w: Writer, o: BeginQuorumEpochRequestLeaderEndpoint, _v: number): void {
  w.compactString(o.name);
  w.compactString(o.host);
  w.uint16(o.port);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** BeginQuorumEpochResponse, versions 0-1. */
export interface BeginQuorumEpochResponse {
  /** The top level error code. Versions 0-1. */
  errorCode: number;
  /** The topic data. Versions 0-1. */
  topics: BeginQuorumEpochResponseTopicData[];
  /** Endpoints for all leaders enumerated in PartitionData. Versions 1, tag 0. */
  nodeEndpoints: BeginQuorumEpochResponseNodeEndpoint[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeBeginQuorumEpochResponse(r: Reader, v: number): BeginQuorumEpochResponse {
  const flex = v >= 1;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 1);
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'topics';
    const topics = r.array(flex, decodeBeginQuorumEpochResponseTopicData, v, 2);
    const o: BeginQuorumEpochResponse = { errorCode, topics, nodeEndpoints: [], _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, tagsBeginQuorumEpochResponse);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'BeginQuorumEpochResponse', 53, v);
  }
}

type BeginQuorumEpochResponseTags = Pick<BeginQuorumEpochResponse, 'nodeEndpoints'>;

function tagsBeginQuorumEpochResponse(r: Reader, tag: number, o: BeginQuorumEpochResponseTags, v: number): boolean {
  switch (tag) {
    case 0:
      if (!(v >= 1)) throw invalidTag(0, r, v);
      o.nodeEndpoints = r.array(true, decodeBeginQuorumEpochResponseNodeEndpoint, v, 8);
      return true;
    default:
      return false;
  }
}

export function sizeBeginQuorumEpochResponse(o: BeginQuorumEpochResponse, v: number): number {
  const flex = v >= 1;
  let s = 2;
  s += sizeOf.array(flex, o.topics, sizeBeginQuorumEpochResponseTopicData, v);
  if (flex) {
    const u = o._unknownTaggedFields;
    let n = u === undefined ? 0 : u.length;
    let t = u === undefined ? 0 : sizeOf.unknownTaggedFields(u) - sizeOf.uvarint(u.length);
    if (v >= 1 && !(o.nodeEndpoints.length === 0)) {
      n++;
      t += sizeOf.taggedField(0, sizeOf.array(true, o.nodeEndpoints, sizeBeginQuorumEpochResponseNodeEndpoint, v));
    }
    s += sizeOf.uvarint(n) + t;
  }
  return s;
}

export function writeBeginQuorumEpochResponse(w: Writer, o: BeginQuorumEpochResponse, v: number): void {
  const flex = v >= 1;
  w.int16(o.errorCode);
  w.array(flex, o.topics, writeBeginQuorumEpochResponseTopicData, v);
  if (flex) {
    const u = o._unknownTaggedFields;
    let n = u === undefined ? 0 : u.length;
    const t0 = v >= 1 && !(o.nodeEndpoints.length === 0);
    if (t0) n++;
    w.uvarint(n);
    let ui = 0;
    if (t0) {
      ui = w.unknownTagsBelow(u, ui, 0);
      w.taggedFieldHeader(0, sizeOf.array(true, o.nodeEndpoints, sizeBeginQuorumEpochResponseNodeEndpoint, v));
      w.array(true, o.nodeEndpoints, writeBeginQuorumEpochResponseNodeEndpoint, v);
    }
    w.unknownTagsBelow(u, ui, Infinity);
  }
}

/** Sizes once, allocates once and writes BeginQuorumEpochResponse in place. */
export function encodeBeginQuorumEpochResponse(o: BeginQuorumEpochResponse, v: number): Buffer {
  return encodeWith(sizeBeginQuorumEpochResponse, writeBeginQuorumEpochResponse, o, v, 0, 1, 'BeginQuorumEpochResponse');
}

/** TopicData (in BeginQuorumEpochResponse). */
export interface BeginQuorumEpochResponseTopicData {
  /** The topic name. Versions 0-1. */
  topicName: string;
  /** The partition data. Versions 0-1. */
  partitions: BeginQuorumEpochResponsePartitionData[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeBeginQuorumEpochResponseTopicData(r: Reader, v: number): BeginQuorumEpochResponseTopicData {
  const flex = v >= 1;
  let at = '';
  try {
    at = 'topicName';
    const topicName = (flex ? r.compactString() : r.string());
    at = 'partitions';
    const partitions = r.array(flex, decodeBeginQuorumEpochResponsePartitionData, v, 14);
    const o: BeginQuorumEpochResponseTopicData = { topicName, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeBeginQuorumEpochResponseTopicData(o: BeginQuorumEpochResponseTopicData, v: number): number {
  const flex = v >= 1;
  let s = 0;
  s += (flex ? sizeOf.compactString(o.topicName) : sizeOf.string(o.topicName));
  s += sizeOf.array(flex, o.partitions, sizeBeginQuorumEpochResponsePartitionData, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeBeginQuorumEpochResponseTopicData(w: Writer, o: BeginQuorumEpochResponseTopicData, v: number): void {
  const flex = v >= 1;
  (flex ? w.compactString(o.topicName) : w.string(o.topicName));
  w.array(flex, o.partitions, writeBeginQuorumEpochResponsePartitionData, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** PartitionData (in BeginQuorumEpochResponse). */
export interface BeginQuorumEpochResponsePartitionData {
  /** The partition index. Versions 0-1. */
  partitionIndex: number;
  /** The error code for this partition. Versions 0-1. */
  errorCode: number;
  /** The ID of the current leader or -1 if the leader is unknown. Versions 0-1. */
  leaderId: number;
  /** The latest known leader epoch. Versions 0-1. */
  leaderEpoch: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeBeginQuorumEpochResponsePartitionData(r: Reader, v: number): BeginQuorumEpochResponsePartitionData {
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
    const o: BeginQuorumEpochResponsePartitionData = { partitionIndex, errorCode, leaderId, leaderEpoch, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeBeginQuorumEpochResponsePartitionData(o: BeginQuorumEpochResponsePartitionData, v: number): number {
  const flex = v >= 1;
  let s = 14;
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeBeginQuorumEpochResponsePartitionData(w: Writer, o: BeginQuorumEpochResponsePartitionData, v: number): void {
  const flex = v >= 1;
  w.int32(o.partitionIndex);
  w.int16(o.errorCode);
  w.int32(o.leaderId);
  w.int32(o.leaderEpoch);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** NodeEndpoint (in BeginQuorumEpochResponse). */
export interface BeginQuorumEpochResponseNodeEndpoint {
  /** The ID of the associated node. Versions 1. */
  nodeId: number;
  /** The node's hostname. Versions 1. */
  host: string;
  /** The node's port. Versions 1. */
  port: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeBeginQuorumEpochResponseNodeEndpoint(r: Reader, v: number): BeginQuorumEpochResponseNodeEndpoint {
  let at = '';
  try {
    at = 'nodeId';
    const nodeId = r.int32();
    at = 'host';
    const host = r.compactString();
    at = 'port';
    const port = r.uint16();
    const o: BeginQuorumEpochResponseNodeEndpoint = { nodeId, host, port, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeBeginQuorumEpochResponseNodeEndpoint(o: BeginQuorumEpochResponseNodeEndpoint, _v: number): number {
  let s = 6;
  s += sizeOf.compactString(o.host);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeBeginQuorumEpochResponseNodeEndpoint(w: Writer, o: BeginQuorumEpochResponseNodeEndpoint, _v: number): void {
  w.int32(o.nodeId);
  w.compactString(o.host);
  w.uint16(o.port);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** What a policy reads from BeginQuorumEpochRequest; everything else is skipped. */
export interface BeginQuorumEpochRequestPeek {
  topics: BeginQuorumEpochRequestTopicDataPeek[];
}

export function peekBeginQuorumEpochRequest(r: Reader, v: number): BeginQuorumEpochRequestPeek {
  const flex = v >= 1;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 1);
    at = 'clusterId';
    skip.string(r, flex, true);
    at = 'voterId';
    if (v >= 1) r.skip(4);
    at = 'topics';
    const f2 = r.array(flex, peekBeginQuorumEpochRequestTopicData, v, 2);
    at = 'leaderEndpoints';
    if (v >= 1) skip.array(r, true, skipBeginQuorumEpochRequestLeaderEndpoint, v, 5, false);
    if (flex) r.skipTaggedFields();
    return { topics: f2 };
  } catch (e) {
    throw failedIn(e, at, r, 'BeginQuorumEpochRequest', 53, v);
  }
}

/** What a policy reads from TopicData in BeginQuorumEpochRequest; everything else is skipped. */
export interface BeginQuorumEpochRequestTopicDataPeek {
  topicName: string;
}

export function peekBeginQuorumEpochRequestTopicData(r: Reader, v: number): BeginQuorumEpochRequestTopicDataPeek {
  const flex = v >= 1;
  let at = '';
  try {
    at = 'topicName';
    const f0 = (flex ? r.compactString() : r.string());
    at = 'partitions';
    skip.array(r, flex, skipBeginQuorumEpochRequestPartitionData, v, 12, false);
    if (flex) r.skipTaggedFields();
    return { topicName: f0 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

function skipBeginQuorumEpochRequestLeaderEndpoint(r: Reader, _v: number): void {
  skip.string(r, true, false);
  skip.string(r, true, false);
  r.skip(2);
  r.skipTaggedFields();
}

function skipBeginQuorumEpochRequestPartitionData(r: Reader, v: number): void {
  r.skip(4);
  if (v >= 1) r.skip(16);
  r.skip(4);
  r.skip(4);
  if (v >= 1) r.skipTaggedFields();
}
