// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   FetchSnapshotRequest.json
//   FetchSnapshotResponse.json

import { Reader, Writer, sizeOf, skip } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { ZERO_UUID, checkDecodeVersion, encodeWith, failedAt, failedIn, invalidTag } from '../../primitives/codec-runtime.js';

/** FetchSnapshotRequest, versions 0-1. */
export interface FetchSnapshotRequest {
  /** The clusterId if known, this is used to validate metadata fetches prior to broker registration. Versions 0-1, nullable 0-1, tag 0. */
  clusterId: string | null;
  /** The broker ID of the follower. Versions 0-1. */
  replicaId: number;
  /** The maximum bytes to fetch from all of the snapshots. Versions 0-1. */
  maxBytes: number;
  /** The topics to fetch. Versions 0-1. */
  topics: FetchSnapshotRequestTopicSnapshot[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeFetchSnapshotRequest(r: Reader, v: number): FetchSnapshotRequest {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 1);
    at = 'replicaId';
    const replicaId = r.int32();
    at = 'maxBytes';
    const maxBytes = r.int32();
    at = 'topics';
    const topics = r.array(true, decodeFetchSnapshotRequestTopicSnapshot, v, 3);
    const o: FetchSnapshotRequest = { clusterId: null, replicaId, maxBytes, topics, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, tagsFetchSnapshotRequest);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'FetchSnapshotRequest', 59, v);
  }
}

type FetchSnapshotRequestTags = Pick<FetchSnapshotRequest, 'clusterId'>;

function tagsFetchSnapshotRequest(r: Reader, tag: number, o: FetchSnapshotRequestTags, _v: number): boolean {
  switch (tag) {
    case 0:
      o.clusterId = r.compactNullableString();
      return true;
    default:
      return false;
  }
}

export function sizeFetchSnapshotRequest(o: FetchSnapshotRequest, v: number): number {
  let s = 8;
  s += sizeOf.array(true, o.topics, sizeFetchSnapshotRequestTopicSnapshot, v);
  const u = o._unknownTaggedFields;
  let n = u === undefined ? 0 : u.length;
  let t = u === undefined ? 0 : sizeOf.unknownTaggedFields(u) - sizeOf.uvarint(u.length);
  if (!(o.clusterId === null)) {
    n++;
    t += sizeOf.taggedField(0, sizeOf.compactNullableString(o.clusterId));
  }
  s += sizeOf.uvarint(n) + t;
  return s;
}

export function writeFetchSnapshotRequest(w: Writer, o: FetchSnapshotRequest, v: number): void {
  w.int32(o.replicaId);
  w.int32(o.maxBytes);
  w.array(true, o.topics, writeFetchSnapshotRequestTopicSnapshot, v);
  const u = o._unknownTaggedFields;
  let n = u === undefined ? 0 : u.length;
  const t0 = !(o.clusterId === null);
  if (t0) n++;
  w.uvarint(n);
  let ui = 0;
  if (t0) {
    ui = w.unknownTagsBelow(u, ui, 0);
    w.taggedFieldHeader(0, sizeOf.compactNullableString(o.clusterId));
    w.compactNullableString(o.clusterId);
  }
  w.unknownTagsBelow(u, ui, Infinity);
}

/** Sizes once, allocates once and writes FetchSnapshotRequest in place. */
export function encodeFetchSnapshotRequest(o: FetchSnapshotRequest, v: number): Buffer {
  return encodeWith(sizeFetchSnapshotRequest, writeFetchSnapshotRequest, o, v, 0, 1, 'FetchSnapshotRequest');
}

/** TopicSnapshot (in FetchSnapshotRequest). */
export interface FetchSnapshotRequestTopicSnapshot {
  /** The name of the topic to fetch. Versions 0-1. */
  name: string;
  /** The partitions to fetch. Versions 0-1. */
  partitions: FetchSnapshotRequestPartitionSnapshot[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeFetchSnapshotRequestTopicSnapshot(r: Reader, v: number): FetchSnapshotRequestTopicSnapshot {
  let at = '';
  try {
    at = 'name';
    const name = r.compactString();
    at = 'partitions';
    const partitions = r.array(true, decodeFetchSnapshotRequestPartitionSnapshot, v, 30);
    const o: FetchSnapshotRequestTopicSnapshot = { name, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeFetchSnapshotRequestTopicSnapshot(o: FetchSnapshotRequestTopicSnapshot, v: number): number {
  let s = 0;
  s += sizeOf.compactString(o.name);
  s += sizeOf.array(true, o.partitions, sizeFetchSnapshotRequestPartitionSnapshot, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeFetchSnapshotRequestTopicSnapshot(w: Writer, o: FetchSnapshotRequestTopicSnapshot, v: number): void {
  w.compactString(o.name);
  w.array(true, o.partitions, writeFetchSnapshotRequestPartitionSnapshot, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** PartitionSnapshot (in FetchSnapshotRequest). */
export interface FetchSnapshotRequestPartitionSnapshot {
  /** The partition index. Versions 0-1. */
  partition: number;
  /** The current leader epoch of the partition, -1 for unknown leader epoch. Versions 0-1. */
  currentLeaderEpoch: number;
  /** The snapshot endOffset and epoch to fetch. Versions 0-1. */
  snapshotId: FetchSnapshotRequestSnapshotId;
  /** The byte position within the snapshot to start fetching from. Versions 0-1. */
  position: bigint;
  /** The directory id of the follower fetching. Versions 1, tag 0. */
  replicaDirectoryId: string;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeFetchSnapshotRequestPartitionSnapshot(r: Reader, v: number): FetchSnapshotRequestPartitionSnapshot {
  let at = '';
  try {
    at = 'partition';
    const partition = r.int32();
    at = 'currentLeaderEpoch';
    const currentLeaderEpoch = r.int32();
    at = 'snapshotId';
    const snapshotId = decodeFetchSnapshotRequestSnapshotId(r, v);
    at = 'position';
    const position = r.int64();
    const o: FetchSnapshotRequestPartitionSnapshot = { partition, currentLeaderEpoch, snapshotId, position, replicaDirectoryId: ZERO_UUID, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, tagsFetchSnapshotRequestPartitionSnapshot);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

type FetchSnapshotRequestPartitionSnapshotTags = Pick<FetchSnapshotRequestPartitionSnapshot, 'replicaDirectoryId'>;

function tagsFetchSnapshotRequestPartitionSnapshot(r: Reader, tag: number, o: FetchSnapshotRequestPartitionSnapshotTags, v: number): boolean {
  switch (tag) {
    case 0:
      if (!(v >= 1)) throw invalidTag(0, r, v);
      o.replicaDirectoryId = r.uuid();
      return true;
    default:
      return false;
  }
}

export function sizeFetchSnapshotRequestPartitionSnapshot(o: FetchSnapshotRequestPartitionSnapshot, v: number): number {
  let s = 16;
  s += sizeFetchSnapshotRequestSnapshotId(o.snapshotId, v);
  const u = o._unknownTaggedFields;
  let n = u === undefined ? 0 : u.length;
  let t = u === undefined ? 0 : sizeOf.unknownTaggedFields(u) - sizeOf.uvarint(u.length);
  if (v >= 1 && !(o.replicaDirectoryId === ZERO_UUID)) {
    n++;
    t += sizeOf.taggedField(0, 16);
  }
  s += sizeOf.uvarint(n) + t;
  return s;
}

export function writeFetchSnapshotRequestPartitionSnapshot(w: Writer, o: FetchSnapshotRequestPartitionSnapshot, v: number): void {
  w.int32(o.partition);
  w.int32(o.currentLeaderEpoch);
  writeFetchSnapshotRequestSnapshotId(w, o.snapshotId, v);
  w.int64(o.position);
  const u = o._unknownTaggedFields;
  let n = u === undefined ? 0 : u.length;
  const t0 = v >= 1 && !(o.replicaDirectoryId === ZERO_UUID);
  if (t0) n++;
  w.uvarint(n);
  let ui = 0;
  if (t0) {
    ui = w.unknownTagsBelow(u, ui, 0);
    w.taggedFieldHeader(0, 16);
    w.uuid(o.replicaDirectoryId);
  }
  w.unknownTagsBelow(u, ui, Infinity);
}

/** SnapshotId (in FetchSnapshotRequest). */
export interface FetchSnapshotRequestSnapshotId {
  /** The end offset of the snapshot. Versions 0-1. */
  endOffset: bigint;
  /** The epoch of the snapshot. Versions 0-1. */
  epoch: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeFetchSnapshotRequestSnapshotId(r: Reader, v: number): FetchSnapshotRequestSnapshotId {
  let at = '';
  try {
    at = 'endOffset';
    const endOffset = r.int64();
    at = 'epoch';
    const epoch = r.int32();
    const o: FetchSnapshotRequestSnapshotId = { endOffset, epoch, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeFetchSnapshotRequestSnapshotId(o: FetchSnapshotRequestSnapshotId, _v: number): number {
  let s = 12;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeFetchSnapshotRequestSnapshotId(w: Writer, o: FetchSnapshotRequestSnapshotId, _v: number): void {
  w.int64(o.endOffset);
  w.int32(o.epoch);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** FetchSnapshotResponse, versions 0-1. */
export interface FetchSnapshotResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0-1. */
  throttleTimeMs: number;
  /** The top level response error code. Versions 0-1. */
  errorCode: number;
  /** The topics to fetch. Versions 0-1. */
  topics: FetchSnapshotResponseTopicSnapshot[];
  /** Endpoints for all current-leaders enumerated in PartitionSnapshot. Versions 1, tag 0. */
  nodeEndpoints: FetchSnapshotResponseNodeEndpoint[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeFetchSnapshotResponse(r: Reader, v: number): FetchSnapshotResponse {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 1);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'topics';
    const topics = r.array(true, decodeFetchSnapshotResponseTopicSnapshot, v, 3);
    const o: FetchSnapshotResponse = { throttleTimeMs, errorCode, topics, nodeEndpoints: [], _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, tagsFetchSnapshotResponse);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'FetchSnapshotResponse', 59, v);
  }
}

type FetchSnapshotResponseTags = Pick<FetchSnapshotResponse, 'nodeEndpoints'>;

function tagsFetchSnapshotResponse(r: Reader, tag: number, o: FetchSnapshotResponseTags, v: number): boolean {
  switch (tag) {
    case 0:
      if (!(v >= 1)) throw invalidTag(0, r, v);
      o.nodeEndpoints = r.array(true, decodeFetchSnapshotResponseNodeEndpoint, v, 8);
      return true;
    default:
      return false;
  }
}

export function sizeFetchSnapshotResponse(o: FetchSnapshotResponse, v: number): number {
  let s = 6;
  s += sizeOf.array(true, o.topics, sizeFetchSnapshotResponseTopicSnapshot, v);
  const u = o._unknownTaggedFields;
  let n = u === undefined ? 0 : u.length;
  let t = u === undefined ? 0 : sizeOf.unknownTaggedFields(u) - sizeOf.uvarint(u.length);
  if (v >= 1 && !(o.nodeEndpoints.length === 0)) {
    n++;
    t += sizeOf.taggedField(0, sizeOf.array(true, o.nodeEndpoints, sizeFetchSnapshotResponseNodeEndpoint, v));
  }
  s += sizeOf.uvarint(n) + t;
  return s;
}

export function writeFetchSnapshotResponse(w: Writer, o: FetchSnapshotResponse, v: number): void {
  w.int32(o.throttleTimeMs);
  w.int16(o.errorCode);
  w.array(true, o.topics, writeFetchSnapshotResponseTopicSnapshot, v);
  const u = o._unknownTaggedFields;
  let n = u === undefined ? 0 : u.length;
  const t0 = v >= 1 && !(o.nodeEndpoints.length === 0);
  if (t0) n++;
  w.uvarint(n);
  let ui = 0;
  if (t0) {
    ui = w.unknownTagsBelow(u, ui, 0);
    w.taggedFieldHeader(0, sizeOf.array(true, o.nodeEndpoints, sizeFetchSnapshotResponseNodeEndpoint, v));
    w.array(true, o.nodeEndpoints, writeFetchSnapshotResponseNodeEndpoint, v);
  }
  w.unknownTagsBelow(u, ui, Infinity);
}

/** Sizes once, allocates once and writes FetchSnapshotResponse in place. */
export function encodeFetchSnapshotResponse(o: FetchSnapshotResponse, v: number): Buffer {
  return encodeWith(sizeFetchSnapshotResponse, writeFetchSnapshotResponse, o, v, 0, 1, 'FetchSnapshotResponse');
}

/** TopicSnapshot (in FetchSnapshotResponse). */
export interface FetchSnapshotResponseTopicSnapshot {
  /** The name of the topic to fetch. Versions 0-1. */
  name: string;
  /** The partitions to fetch. Versions 0-1. */
  partitions: FetchSnapshotResponsePartitionSnapshot[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeFetchSnapshotResponseTopicSnapshot(r: Reader, v: number): FetchSnapshotResponseTopicSnapshot {
  let at = '';
  try {
    at = 'name';
    const name = r.compactString();
    at = 'partitions';
    const partitions = r.array(true, decodeFetchSnapshotResponsePartitionSnapshot, v, 37);
    const o: FetchSnapshotResponseTopicSnapshot = { name, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeFetchSnapshotResponseTopicSnapshot(o: FetchSnapshotResponseTopicSnapshot, v: number): number {
  let s = 0;
  s += sizeOf.compactString(o.name);
  s += sizeOf.array(true, o.partitions, sizeFetchSnapshotResponsePartitionSnapshot, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeFetchSnapshotResponseTopicSnapshot(w: Writer, o: FetchSnapshotResponseTopicSnapshot, v: number): void {
  w.compactString(o.name);
  w.array(true, o.partitions, writeFetchSnapshotResponsePartitionSnapshot, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** PartitionSnapshot (in FetchSnapshotResponse). */
export interface FetchSnapshotResponsePartitionSnapshot {
  /** The partition index. Versions 0-1. */
  index: number;
  /** The error code, or 0 if there was no fetch error. Versions 0-1. */
  errorCode: number;
  /** The snapshot endOffset and epoch fetched. Versions 0-1. */
  snapshotId: FetchSnapshotResponseSnapshotId;
  /** The leader of the partition at the time of the snapshot. Versions 0-1, tag 0. */
  currentLeader: FetchSnapshotResponseLeaderIdAndEpoch;
  /** The total size of the snapshot. Versions 0-1. */
  size: bigint;
  /** The starting byte position within the snapshot included in the Bytes field. Versions 0-1. */
  position: bigint;
  /** Snapshot data in records format which may not be aligned on an offset boundary. Versions 0-1. */
  unalignedRecords: Buffer;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeFetchSnapshotResponsePartitionSnapshot(r: Reader, v: number): FetchSnapshotResponsePartitionSnapshot {
  let at = '';
  try {
    at = 'index';
    const index = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'snapshotId';
    const snapshotId = decodeFetchSnapshotResponseSnapshotId(r, v);
    at = 'size';
    const size = r.int64();
    at = 'position';
    const position = r.int64();
    at = 'unalignedRecords';
    const unalignedRecords = r.compactBytes();
    const o: FetchSnapshotResponsePartitionSnapshot = { index, errorCode, snapshotId, currentLeader: defaultFetchSnapshotResponseLeaderIdAndEpoch(), size, position, unalignedRecords, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, tagsFetchSnapshotResponsePartitionSnapshot);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

type FetchSnapshotResponsePartitionSnapshotTags = Pick<FetchSnapshotResponsePartitionSnapshot, 'currentLeader'>;

function tagsFetchSnapshotResponsePartitionSnapshot(r: Reader, tag: number, o: FetchSnapshotResponsePartitionSnapshotTags, v: number): boolean {
  switch (tag) {
    case 0:
      o.currentLeader = decodeFetchSnapshotResponseLeaderIdAndEpoch(r, v);
      return true;
    default:
      return false;
  }
}

export function sizeFetchSnapshotResponsePartitionSnapshot(o: FetchSnapshotResponsePartitionSnapshot, v: number): number {
  let s = 22;
  s += sizeFetchSnapshotResponseSnapshotId(o.snapshotId, v);
  s += sizeOf.compactBytes(o.unalignedRecords);
  const u = o._unknownTaggedFields;
  let n = u === undefined ? 0 : u.length;
  let t = u === undefined ? 0 : sizeOf.unknownTaggedFields(u) - sizeOf.uvarint(u.length);
  if (!(isDefaultFetchSnapshotResponseLeaderIdAndEpoch(o.currentLeader))) {
    n++;
    t += sizeOf.taggedField(0, sizeFetchSnapshotResponseLeaderIdAndEpoch(o.currentLeader, v));
  }
  s += sizeOf.uvarint(n) + t;
  return s;
}

export function writeFetchSnapshotResponsePartitionSnapshot(w: Writer, o: FetchSnapshotResponsePartitionSnapshot, v: number): void {
  w.int32(o.index);
  w.int16(o.errorCode);
  writeFetchSnapshotResponseSnapshotId(w, o.snapshotId, v);
  w.int64(o.size);
  w.int64(o.position);
  w.compactBytes(o.unalignedRecords);
  const u = o._unknownTaggedFields;
  let n = u === undefined ? 0 : u.length;
  const t0 = !(isDefaultFetchSnapshotResponseLeaderIdAndEpoch(o.currentLeader));
  if (t0) n++;
  w.uvarint(n);
  let ui = 0;
  if (t0) {
    ui = w.unknownTagsBelow(u, ui, 0);
    w.taggedFieldHeader(0, sizeFetchSnapshotResponseLeaderIdAndEpoch(o.currentLeader, v));
    writeFetchSnapshotResponseLeaderIdAndEpoch(w, o.currentLeader, v);
  }
  w.unknownTagsBelow(u, ui, Infinity);
}

/** SnapshotId (in FetchSnapshotResponse). */
export interface FetchSnapshotResponseSnapshotId {
  /** The snapshot end offset. Versions 0-1. */
  endOffset: bigint;
  /** The snapshot epoch. Versions 0-1. */
  epoch: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeFetchSnapshotResponseSnapshotId(r: Reader, v: number): FetchSnapshotResponseSnapshotId {
  let at = '';
  try {
    at = 'endOffset';
    const endOffset = r.int64();
    at = 'epoch';
    const epoch = r.int32();
    const o: FetchSnapshotResponseSnapshotId = { endOffset, epoch, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeFetchSnapshotResponseSnapshotId(o: FetchSnapshotResponseSnapshotId, _v: number): number {
  let s = 12;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeFetchSnapshotResponseSnapshotId(w: Writer, o: FetchSnapshotResponseSnapshotId, _v: number): void {
  w.int64(o.endOffset);
  w.int32(o.epoch);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** LeaderIdAndEpoch (in FetchSnapshotResponse). */
export interface FetchSnapshotResponseLeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. Versions 0-1. */
  leaderId: number;
  /** The latest known leader epoch. Versions 0-1. */
  leaderEpoch: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeFetchSnapshotResponseLeaderIdAndEpoch(r: Reader, v: number): FetchSnapshotResponseLeaderIdAndEpoch {
  let at = '';
  try {
    at = 'leaderId';
    const leaderId = r.int32();
    at = 'leaderEpoch';
    const leaderEpoch = r.int32();
    const o: FetchSnapshotResponseLeaderIdAndEpoch = { leaderId, leaderEpoch, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeFetchSnapshotResponseLeaderIdAndEpoch(o: FetchSnapshotResponseLeaderIdAndEpoch, _v: number): number {
  let s = 8;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeFetchSnapshotResponseLeaderIdAndEpoch(w: Writer, o: FetchSnapshotResponseLeaderIdAndEpoch, _v: number): void {
  w.int32(o.leaderId);
  w.int32(o.leaderEpoch);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** NodeEndpoint (in FetchSnapshotResponse). */
export interface FetchSnapshotResponseNodeEndpoint {
  /** The ID of the associated node. Versions 1. */
  nodeId: number;
  /** The node's hostname. Versions 1. */
  host: string;
  /** The node's port. Versions 1. */
  port: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeFetchSnapshotResponseNodeEndpoint(r: Reader, v: number): FetchSnapshotResponseNodeEndpoint {
  let at = '';
  try {
    at = 'nodeId';
    const nodeId = r.int32();
    at = 'host';
    const host = r.compactString();
    at = 'port';
    const port = r.uint16();
    const o: FetchSnapshotResponseNodeEndpoint = { nodeId, host, port, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeFetchSnapshotResponseNodeEndpoint(o: FetchSnapshotResponseNodeEndpoint, _v: number): number {
  let s = 6;
  s += sizeOf.compactString(o.host);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeFetchSnapshotResponseNodeEndpoint(w: Writer, o: FetchSnapshotResponseNodeEndpoint, _v: number): void {
  w.int32(o.nodeId);
  w.compactString(o.host);
  w.uint16(o.port);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

export function defaultFetchSnapshotResponseLeaderIdAndEpoch(): FetchSnapshotResponseLeaderIdAndEpoch {
  return { leaderId: 0, leaderEpoch: 0 };
}

function isDefaultFetchSnapshotResponseLeaderIdAndEpoch(o: FetchSnapshotResponseLeaderIdAndEpoch): boolean {
  return (
    o.leaderId === 0 &&
    o.leaderEpoch === 0 &&
    (o._unknownTaggedFields === undefined || o._unknownTaggedFields.length === 0)
  );
}

/** What a policy reads from FetchSnapshotRequest; everything else is skipped. */
export interface FetchSnapshotRequestPeek {
  topics: FetchSnapshotRequestTopicSnapshotPeek[];
}

export function peekFetchSnapshotRequest(r: Reader, v: number): FetchSnapshotRequestPeek {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 1);
    at = 'replicaId';
    r.skip(4);
    at = 'maxBytes';
    r.skip(4);
    at = 'topics';
    const f2 = r.array(true, peekFetchSnapshotRequestTopicSnapshot, v, 3);
    r.skipTaggedFields(v, tagsFetchSnapshotRequest);
    return { topics: f2 };
  } catch (e) {
    throw failedIn(e, at, r, 'FetchSnapshotRequest', 59, v);
  }
}

/** What a policy reads from TopicSnapshot in FetchSnapshotRequest; everything else is skipped. */
export interface FetchSnapshotRequestTopicSnapshotPeek {
  name: string;
}

export function peekFetchSnapshotRequestTopicSnapshot(r: Reader, v: number): FetchSnapshotRequestTopicSnapshotPeek {
  let at = '';
  try {
    at = 'name';
    const f0 = r.compactString();
    at = 'partitions';
    skip.array(r, true, skipFetchSnapshotRequestPartitionSnapshot, v, 30, false);
    r.skipTaggedFields();
    return { name: f0 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

function skipFetchSnapshotRequestPartitionSnapshot(r: Reader, v: number): void {
  r.skip(4);
  r.skip(4);
  skipFetchSnapshotRequestSnapshotId(r, v);
  r.skip(8);
  r.skipTaggedFields(v, tagsFetchSnapshotRequestPartitionSnapshot);
}

function skipFetchSnapshotRequestSnapshotId(r: Reader, _v: number): void {
  r.skip(8);
  r.skip(4);
  r.skipTaggedFields();
}
