// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   VotersRecord.json

import { Reader, Writer, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** VotersRecord, versions 0. */
export interface VotersRecord {
  /** The version of the voters record. Versions 0. */
  version: number;
  /** The set of voters in the quorum for this epoch. Versions 0. */
  voters: VotersRecordVoter[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeVotersRecord(r: Reader, v: number): VotersRecord {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'version';
    const version = r.int16();
    at = 'voters';
    const voters = r.array(true, decodeVotersRecordVoter, v, 27);
    const o: VotersRecord = { version, voters, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'VotersRecord', undefined, v);
  }
}

export function sizeVotersRecord(o: VotersRecord, v: number): number {
  let s = 2;
  s += sizeOf.array(true, o.voters, sizeVotersRecordVoter, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeVotersRecord(w: Writer, o: VotersRecord, v: number): void {
  w.int16(o.version);
  w.array(true, o.voters, writeVotersRecordVoter, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes VotersRecord in place. */
export function encodeVotersRecord(o: VotersRecord, v: number): Buffer {
  return encodeWith(sizeVotersRecord, writeVotersRecord, o, v, 0, 0, 'VotersRecord');
}

/** Voter (in VotersRecord). */
export interface VotersRecordVoter {
  /** The replica id of the voter in the topic partition. Versions 0. */
  voterId: number;
  /** The directory id of the voter in the topic partition. Versions 0. */
  voterDirectoryId: string;
  /** The endpoint that can be used to communicate with the voter. Versions 0. */
  endpoints: VotersRecordEndpoint[];
  /** The range of versions of the protocol that the replica supports. Versions 0. */
  kRaftVersionFeature: VotersRecordKRaftVersionFeature;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeVotersRecordVoter(r: Reader, v: number): VotersRecordVoter {
  let at = '';
  try {
    at = 'voterId';
    const voterId = r.int32();
    at = 'voterDirectoryId';
    const voterDirectoryId = r.uuid();
    at = 'endpoints';
    const endpoints = r.array(true, decodeVotersRecordEndpoint, v, 5);
    at = 'kRaftVersionFeature';
    const kRaftVersionFeature = decodeVotersRecordKRaftVersionFeature(r, v);
    const o: VotersRecordVoter = { voterId, voterDirectoryId, endpoints, kRaftVersionFeature, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeVotersRecordVoter(o: VotersRecordVoter, v: number): number {
  let s = 20;
  s += sizeOf.array(true, o.endpoints, sizeVotersRecordEndpoint, v);
  s += sizeVotersRecordKRaftVersionFeature(o.kRaftVersionFeature, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeVotersRecordVoter(w: Writer, o: VotersRecordVoter, v: number): void {
  w.int32(o.voterId);
  w.uuid(o.voterDirectoryId);
  w.array(true, o.endpoints, writeVotersRecordEndpoint, v);
  writeVotersRecordKRaftVersionFeature(w, o.kRaftVersionFeature, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Endpoint (in VotersRecord). */
export interface VotersRecordEndpoint {
  /** The name of the endpoint. Versions 0. */
  name: string;
  /** The hostname. Versions 0. */
  host: string;
  /** The port. Versions 0. */
  port: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeVotersRecordEndpoint(r: Reader, v: number): VotersRecordEndpoint {
  let at = '';
  try {
    at = 'name';
    const name = r.compactString();
    at = 'host';
    const host = r.compactString();
    at = 'port';
    const port = r.uint16();
    const o: VotersRecordEndpoint = { name, host, port, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeVotersRecordEndpoint(o: VotersRecordEndpoint, _v: number): number {
  let s = 2;
  s += sizeOf.compactString(o.name);
  s += sizeOf.compactString(o.host);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeVotersRecordEndpoint(w: Writer, o: VotersRecordEndpoint, _v: number): void {
  w.compactString(o.name);
  w.compactString(o.host);
  w.uint16(o.port);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** KRaftVersionFeature (in VotersRecord). */
export interface VotersRecordKRaftVersionFeature {
  /** The minimum supported KRaft protocol version. Versions 0. */
  minSupportedVersion: number;
  /** The maximum supported KRaft protocol version. Versions 0. */
  maxSupportedVersion: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeVotersRecordKRaftVersionFeature(r: Reader, v: number): VotersRecordKRaftVersionFeature {
  let at = '';
  try {
    at = 'minSupportedVersion';
    const minSupportedVersion = r.int16();
    at = 'maxSupportedVersion';
    const maxSupportedVersion = r.int16();
    const o: VotersRecordKRaftVersionFeature = { minSupportedVersion, maxSupportedVersion, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeVotersRecordKRaftVersionFeature(o: VotersRecordKRaftVersionFeature, _v: number): number {
  let s = 4;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeVotersRecordKRaftVersionFeature(w: Writer, o: VotersRecordKRaftVersionFeature, _v: number): void {
  w.int16(o.minSupportedVersion);
  w.int16(o.maxSupportedVersion);
  w.unknownTaggedFields(o._unknownTaggedFields);
}
