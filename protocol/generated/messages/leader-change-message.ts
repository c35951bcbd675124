// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   LeaderChangeMessage.json

import { Reader, Writer, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { ZERO_UUID, absentField, checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** LeaderChangeMessage, versions 0-1. */
export interface LeaderChangeMessage {
  /** The version of the leader change message. Versions 0-1. */
  version: number;
  /** The ID of the newly elected leader. Versions 0-1. */
  leaderId: number;
  /** The set of voters in the quorum for this epoch. Versions 0-1. */
  voters: LeaderChangeMessageVoter[];
  /** The voters who voted for the leader at the time of election. Versions 0-1. */
  grantingVoters: LeaderChangeMessageVoter[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeLeaderChangeMessage(r: Reader, v: number): LeaderChangeMessage {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 1);
    at = 'version';
    const version = r.int16();
    at = 'leaderId';
    const leaderId = r.int32();
    at = 'voters';
    const voters = r.array(true, decodeLeaderChangeMessageVoter, v, 5);
    at = 'grantingVoters';
    const grantingVoters = r.array(true, decodeLeaderChangeMessageVoter, v, 5);
    const o: LeaderChangeMessage = { version, leaderId, voters, grantingVoters, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'LeaderChangeMessage', undefined, v);
  }
}

export function sizeLeaderChangeMessage(o: LeaderChangeMessage, v: number): number {
  let s = 6;
  s += sizeOf.array(true, o.voters, sizeLeaderChangeMessageVoter, v);
  s += sizeOf.array(true, o.grantingVoters, sizeLeaderChangeMessageVoter, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeLeaderChangeMessage(w: Writer, o: LeaderChangeMessage, v: number): void {
  w.int16(o.version);
  w.int32(o.leaderId);
  w.array(true, o.voters, writeLeaderChangeMessageVoter, v);
  w.array(true, o.grantingVoters, writeLeaderChangeMessageVoter, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes LeaderChangeMessage in place. */
export function encodeLeaderChangeMessage(o: LeaderChangeMessage, v: number): Buffer {
  return encodeWith(sizeLeaderChangeMessage, writeLeaderChangeMessage, o, v, 0, 1, 'LeaderChangeMessage');
}

/** Voter (in LeaderChangeMessage). */
export interface LeaderChangeMessageVoter {
  /** The ID of the voter. Versions 0-1. */
  voterId: number;
  /** The directory id of the voter. Versions 1. */
  voterDirectoryId: string;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeLeaderChangeMessageVoter(r: Reader, v: number): LeaderChangeMessageVoter {
  let at = '';
  try {
    at = 'voterId';
    const voterId = r.int32();
    at = 'voterDirectoryId';
    const voterDirectoryId = v >= 1 ? r.uuid() : ZERO_UUID;
    const o: LeaderChangeMessageVoter = { voterId, voterDirectoryId, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeLeaderChangeMessageVoter(o: LeaderChangeMessageVoter, v: number): number {
  if (!(v >= 1) && !(o.voterDirectoryId === ZERO_UUID)) throw absentField('voterDirectoryId', v);
  let s = 4;
  if (v >= 1) s += 16;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeLeaderChangeMessageVoter(w: Writer, o: LeaderChangeMessageVoter, v: number): void {
  w.int32(o.voterId);
  if (v >= 1) w.uuid(o.voterDirectoryId);
  w.unknownTaggedFields(o._unknownTaggedFields);
}
