// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   UpdateRaftVoterRequest.json
//   UpdateRaftVoterResponse.json

import { Reader, Writer, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** UpdateRaftVoterRequest, versions 0. */
export interface UpdateRaftVoterRequest {
  /** The cluster id. Versions 0, nullable 0. */
  clusterId: string | null;
  /** The current leader epoch of the partition, -1 for unknown leader epoch. Versions 0. */
  currentLeaderEpoch: number;
  /** The replica id of the voter getting updated in the topic partition. Versions 0. */
  voterId: number;
  /** The directory id of the voter getting updated in the topic partition. Versions 0. */
  voterDirectoryId: string;
  /** The endpoint that can be used to communicate with the leader. Versions 0. */
  listeners: UpdateRaftVoterRequestListener[];
  /** The range of versions of the protocol that the replica supports. Versions 0. */
  kRaftVersionFeature: UpdateRaftVoterRequestKRaftVersionFeature;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeUpdateRaftVoterRequest(r: Reader, v: number): UpdateRaftVoterRequest {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'clusterId';
    const clusterId = r.compactNullableString();
    at = 'currentLeaderEpoch';
    const currentLeaderEpoch = r.int32();
    at = 'voterId';
    const voterId = r.int32();
    at = 'voterDirectoryId';
    const voterDirectoryId = r.uuid();
    at = 'listeners';
    const listeners = r.array(true, decodeUpdateRaftVoterRequestListener, v, 5);
    at = 'kRaftVersionFeature';
    const kRaftVersionFeature = decodeUpdateRaftVoterRequestKRaftVersionFeature(r, v);
    const o: UpdateRaftVoterRequest = { clusterId, currentLeaderEpoch, voterId, voterDirectoryId, listeners, kRaftVersionFeature, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'UpdateRaftVoterRequest', 82, v);
  }
}

export function sizeUpdateRaftVoterRequest(o: UpdateRaftVoterRequest, v: number): number {
  let s = 24;
  s += sizeOf.compactNullableString(o.clusterId);
  s += sizeOf.array(true, o.listeners, sizeUpdateRaftVoterRequestListener, v);
  s += sizeUpdateRaftVoterRequestKRaftVersionFeature(o.kRaftVersionFeature, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeUpdateRaftVoterRequest(w: Writer, o: UpdateRaftVoterRequest, v: number): void {
  w.compactNullableString(o.clusterId);
  w.int32(o.currentLeaderEpoch);
  w.int32(o.voterId);
  w.uuid(o.voterDirectoryId);
  w.array(true, o.listeners, writeUpdateRaftVoterRequestListener, v);
  writeUpdateRaftVoterRequestKRaftVersionFeature(w, o.kRaftVersionFeature, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes UpdateRaftVoterRequest in place. */
export function encodeUpdateRaftVoterRequest(o: UpdateRaftVoterRequest, v: number): Buffer {
  return encodeWith(sizeUpdateRaftVoterRequest, writeUpdateRaftVoterRequest, o, v, 0, 0, 'UpdateRaftVoterRequest');
}

/** Listener (in UpdateRaftVoterRequest). */
export interface UpdateRaftVoterRequestListener {
  /** The name of the endpoint. Versions 0. */
  name: string;
  /** The hostname. Versions 0. */
  host: string;
  /** The port. Versions 0. */
  port: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeUpdateRaftVoterRequestListener(r: Reader, v: number): UpdateRaftVoterRequestListener {
  let at = '';
  try {
    at = 'name';
    const name = r.compactString();
    at = 'host';
    const host = r.compactString();
    at = 'port';
    const port = r.uint16();
    const o: UpdateRaftVoterRequestListener = { name, host, port, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeUpdateRaftVoterRequestListener(o: UpdateRaftVoterRequestListener, _v: number): number {
  let s = 2;
  s += sizeOf.compactString(o.name);
  s += sizeOf.compactString(o.host);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeUpdateRaftVoterRequestListener(w: Writer, o: UpdateRaftVoterRequestListener, _v: number): void {
  w.compactString(o.name);
  w.compactString(o.host);
  w.uint16(o.port);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** KRaftVersionFeature (in UpdateRaftVoterRequest). */
export interface UpdateRaftVoterRequestKRaftVersionFeature {
  /** The minimum supported KRaft protocol version. Versions 0. */
  minSupportedVersion: number;
  /** The maximum supported KRaft protocol version. Versions 0. */
  maxSupportedVersion: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeUpdateRaftVoterRequestKRaftVersionFeature(r: Reader, v: number): UpdateRaftVoterRequestKRaftVersionFeature {
  let at = '';
  try {
    at = 'minSupportedVersion';
    const minSupportedVersion = r.int16();
    at = 'maxSupportedVersion';
    const maxSupportedVersion = r.int16();
    const o: UpdateRaftVoterRequestKRaftVersionFeature = { minSupportedVersion, maxSupportedVersion, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeUpdateRaftVoterRequestKRaftVersionFeature(o: UpdateRaftVoterRequestKRaftVersionFeature, _v: number): number {
  let s = 4;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeUpdateRaftVoterRequestKRaftVersionFeature(w: Writer, o: UpdateRaftVoterRequestKRaftVersionFeature, _v: number): void {
  w.int16(o.minSupportedVersion);
  w.int16(o.maxSupportedVersion);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** UpdateRaftVoterResponse, versions 0. */
export interface UpdateRaftVoterResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error. Versions 0. */
  errorCode: number;
  /** Details of the current Raft cluster leader. Versions 0, tag 0. */
  currentLeader: UpdateRaftVoterResponseCurrentLeader;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeUpdateRaftVoterResponse(r: Reader, v: number): UpdateRaftVoterResponse {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    const o: UpdateRaftVoterResponse = { throttleTimeMs, errorCode, currentLeader: defaultUpdateRaftVoterResponseCurrentLeader(), _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, tagsUpdateRaftVoterResponse);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'UpdateRaftVoterResponse', 82, v);
  }
}

type UpdateRaftVoterResponseTags = Pick<UpdateRaftVoterResponse, 'currentLeader'>;

function tagsUpdateRaftVoterResponse(r: Reader, tag: number, o: UpdateRaftVoterResponseTags, v: number): boolean {
  switch (tag) {
    case 0:
      o.currentLeader = decodeUpdateRaftVoterResponseCurrentLeader(r, v);
      return true;
    default:
      return false;
  }
}

export function sizeUpdateRaftVoterResponse(o: UpdateRaftVoterResponse, v: number): number {
  let s = 6;
  const u = o._unknownTaggedFields;
  let n = u === undefined ? 0 : u.length;
  let t = u === undefined ? 0 : sizeOf.unknownTaggedFields(u) - sizeOf.uvarint(u.length);
  if (!(isDefaultUpdateRaftVoterResponseCurrentLeader(o.currentLeader))) {
    n++;
    t += sizeOf.taggedField(0, sizeUpdateRaftVoterResponseCurrentLeader(o.currentLeader, v));
  }
  s += sizeOf.uvarint(n) + t;
  return s;
}

export function writeUpdateRaftVoterResponse(w: Writer, o: UpdateRaftVoterResponse, v: number): void {
  w.int32(o.throttleTimeMs);
  w.int16(o.errorCode);
  const u = o._unknownTaggedFields;
  let n = u === undefined ? 0 : u.length;
  const t0 = !(isDefaultUpdateRaftVoterResponseCurrentLeader(o.currentLeader));
  if (t0) n++;
  w.uvarint(n);
  let ui = 0;
  if (t0) {
    ui = w.unknownTagsBelow(u, ui, 0);
    w.taggedFieldHeader(0, sizeUpdateRaftVoterResponseCurrentLeader(o.currentLeader, v));
    writeUpdateRaftVoterResponseCurrentLeader(w, o.currentLeader, v);
  }
  w.unknownTagsBelow(u, ui, Infinity);
}

/** Sizes once, allocates once and writes UpdateRaftVoterResponse in place. */
export function encodeUpdateRaftVoterResponse(o: UpdateRaftVoterResponse, v: number): Buffer {
  return encodeWith(sizeUpdateRaftVoterResponse, writeUpdateRaftVoterResponse, o, v, 0, 0, 'UpdateRaftVoterResponse');
}

/** CurrentLeader (in UpdateRaftVoterResponse). */
export interface UpdateRaftVoterResponseCurrentLeader {
  /** The replica id of the current leader or -1 if the leader is unknown. Versions 0. */
  leaderId: number;
  /** The latest known leader epoch. Versions 0. */
  leaderEpoch: number;
  /** The node's hostname. Versions 0. */
  host: string;
  /** The node's port. Versions 0. */
  port: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeUpdateRaftVoterResponseCurrentLeader(r: Reader, v: number): UpdateRaftVoterResponseCurrentLeader {
  let at = '';
  try {
    at = 'leaderId';
    const leaderId = r.int32();
    at = 'leaderEpoch';
    const leaderEpoch = r.int32();
    at = 'host';
    const host = r.compactString();
    at = 'port';
    const port = r.int32();
    const o: UpdateRaftVoterResponseCurrentLeader = { leaderId, leaderEpoch, host, port, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeUpdateRaftVoterResponseCurrentLeader(o: UpdateRaftVoterResponseCurrentLeader, _v: number): number {
  let s = 12;
  s += sizeOf.compactString(o.host);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeUpdateRaftVoterResponseCurrentLeader(w: Writer, o: UpdateRaftVoterResponseCurrentLeader, _v: number): void {
  w.int32(o.leaderId);
  w.int32(o.leaderEpoch);
  w.compactString(o.host);
  w.int32(o.port);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

export function defaultUpdateRaftVoterResponseCurrentLeader(): UpdateRaftVoterResponseCurrentLeader {
  return { leaderId: -1, leaderEpoch: -1, host: "", port: 0 };
}

function isDefaultUpdateRaftVoterResponseCurrentLeader(o: UpdateRaftVoterResponseCurrentLeader): boolean {
  return (
    o.leaderId === -1 &&
    o.leaderEpoch === -1 &&
    o.host === "" &&
    o.port === 0 &&
    (o._unknownTaggedFields === undefined || o._unknownTaggedFields.length === 0)
  );
}
