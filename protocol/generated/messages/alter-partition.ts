// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   AlterPartitionRequest.json
//   AlterPartitionResponse.json

import { Reader, Writer, elementWriters, elements, sizeOf, skip } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { absentField, checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** AlterPartitionRequest, versions 2-3. */
export interface AlterPartitionRequest {
  /** The ID of the requesting broker. Versions 2-3. */
  brokerId: number;
  /** The epoch of the requesting broker. Versions 2-3. */
  brokerEpoch: bigint;
  /** The topics to alter ISRs for. Versions 2-3. */
  topics: AlterPartitionRequestTopicData[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAlterPartitionRequest(r: Reader, v: number): AlterPartitionRequest {
  let at = '';
  try {
    checkDecodeVersion(r, v, 2, 3);
    at = 'brokerId';
    const brokerId = r.int32();
    at = 'brokerEpoch';
    const brokerEpoch = r.int64();
    at = 'topics';
    const topics = r.array(true, decodeAlterPartitionRequestTopicData, v, 18);
    const o: AlterPartitionRequest = { brokerId, brokerEpoch, topics, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'AlterPartitionRequest', 56, v);
  }
}

export function sizeAlterPartitionRequest(o: AlterPartitionRequest, v: number): number {
  let s = 12;
  s += sizeOf.array(true, o.topics, sizeAlterPartitionRequestTopicData, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeAlterPartitionRequest(w: Writer, o: AlterPartitionRequest, v: number): void {
  w.int32(o.brokerId);
  w.int64(o.brokerEpoch);
  w.array(true, o.topics, writeAlterPartitionRequestTopicData, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes AlterPartitionRequest in place. */
export function encodeAlterPartitionRequest(o: AlterPartitionRequest, v: number): Buffer {
  return encodeWith(sizeAlterPartitionRequest, writeAlterPartitionRequest, o, v, 2, 3, 'AlterPartitionRequest');
}

/** TopicData (in AlterPartitionRequest). */
export interface AlterPartitionRequestTopicData {
  /** The ID of the topic to alter ISRs for. Versions 2-3. */
  topicId: string;
  /** The partitions to alter ISRs for. Versions 2-3. */
  partitions: AlterPartitionRequestPartitionData[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAlterPartitionRequestTopicData(r: Reader, v: number): AlterPartitionRequestTopicData {
  let at = '';
  try {
    at = 'topicId';
    const topicId = r.uuid();
    at = 'partitions';
    const partitions = r.array(true, decodeAlterPartitionRequestPartitionData, v, 14);
    const o: AlterPartitionRequestTopicData = { topicId, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeAlterPartitionRequestTopicData(o: AlterPartitionRequestTopicData, v: number): number {
  let s = 16;
  s += sizeOf.array(true, o.partitions, sizeAlterPartitionRequestPartitionData, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeAlterPartitionRequestTopicData(w: Writer, o: AlterPartitionRequestTopicData, v: number): void {
  w.uuid(o.topicId);
  w.array(true, o.partitions, writeAlterPartitionRequestPartitionData, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** PartitionData (in AlterPartitionRequest). */
export interface AlterPartitionRequestPartitionData {
  /** The partition index. Versions 2-3. */
  partitionIndex: number;
  /** The leader epoch of this partition. Versions 2-3. */
  leaderEpoch: number;
  /** The ISR for this partition. Deprecated since version 3. Versions 2. */
  newIsr: number[];
  /** The ISR for this partition. Versions 3. */
  newIsrWithEpochs: AlterPartitionRequestBrokerState[];
  /** 1 if the partition is recovering from an unclean leader election; 0 otherwise. Versions 2-3. */
  leaderRecoveryState: number;
  /** The expected epoch of the partition which is being updated. Versions 2-3. */
  partitionEpoch: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAlterPartitionRequestPartitionData(r: Reader, v: number): AlterPartitionRequestPartitionData {
  let at = '';
  try {
    at = 'partitionIndex';
    const partitionIndex = r.int32();
    at = 'leaderEpoch';
    const leaderEpoch = r.int32();
    at = 'newIsr';
    const newIsr = v <= 2 ? r.array(true, elements.int32, v, 4) : [];
    at = 'newIsrWithEpochs';
    const newIsrWithEpochs = v >= 3 ? r.array(true, decodeAlterPartitionRequestBrokerState, v, 13) : [];
    at = 'leaderRecoveryState';
    const leaderRecoveryState = r.int8();
    at = 'partitionEpoch';
    const partitionEpoch = r.int32();
    const o: AlterPartitionRequestPartitionData = { partitionIndex, leaderEpoch, newIsr, newIsrWithEpochs, leaderRecoveryState, partitionEpoch, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeAlterPartitionRequestPartitionData(o: AlterPartitionRequestPartitionData, v: number): number {
  if (!(v <= 2) && !(o.newIsr.length === 0)) throw absentField('newIsr', v);
  if (!(v >= 3) && !(o.newIsrWithEpochs.length === 0)) throw absentField('newIsrWithEpochs', v);
  let s = 13;
  if (v <= 2) s += sizeOf.fixedArray(true, o.newIsr, 4);
  if (v >= 3) s += sizeOf.array(true, o.newIsrWithEpochs, sizeAlterPartitionRequestBrokerState, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeAlterPartitionRequestPartitionData(w: Writer, o: AlterPartitionRequestPartitionData, v: number): void {
  w.int32(o.partitionIndex);
  w.int32(o.leaderEpoch);
  if (v <= 2) w.array(true, o.newIsr, elementWriters.int32, v);
  if (v >= 3) w.array(true, o.newIsrWithEpochs, writeAlterPartitionRequestBrokerState, v);
  w.int8(o.leaderRecoveryState);
  w.int32(o.partitionEpoch);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** BrokerState (in AlterPartitionRequest). */
export interface AlterPartitionRequestBrokerState {
  /** The ID of the broker. Versions 3. */
  brokerId: number;
  /** The epoch of the broker. It will be -1 if the epoch check is not supported. Versions 3. */
  brokerEpoch: bigint;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAlterPartitionRequestBrokerState(r: Reader, v: number): AlterPartitionRequestBrokerState {
  let at = '';
  try {
    at = 'brokerId';
    const brokerId = r.int32();
    at = 'brokerEpoch';
    const brokerEpoch = r.int64();
    const o: AlterPartitionRequestBrokerState = { brokerId, brokerEpoch, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeAlterPartitionRequestBrokerState(o: AlterPartitionRequestBrokerState, _v: number): number {
  let s = 12;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeAlterPartitionRequestBrokerState(w: Writer, o: AlterPartitionRequestBrokerState, _v: number): void {
  w.int32(o.brokerId);
  w.int64(o.brokerEpoch);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** AlterPartitionResponse, versions 2-3. */
export interface AlterPartitionResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 2-3. */
  throttleTimeMs: number;
  /** The top level response error code. Versions 2-3. */
  errorCode: number;
  /** The responses for each topic. Versions 2-3. */
  topics: AlterPartitionResponseTopicData[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAlterPartitionResponse(r: Reader, v: number): AlterPartitionResponse {
  let at = '';
  try {
    checkDecodeVersion(r, v, 2, 3);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'topics';
    const topics = r.array(true, decodeAlterPartitionResponseTopicData, v, 18);
    const o: AlterPartitionResponse = { throttleTimeMs, errorCode, topics, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'AlterPartitionResponse', 56, v);
  }
}

export function sizeAlterPartitionResponse(o: AlterPartitionResponse, v: number): number {
  let s = 6;
  s += sizeOf.array(true, o.topics, sizeAlterPartitionResponseTopicData, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeAlterPartitionResponse(w: Writer, o: AlterPartitionResponse, v: number): void {
  w.int32(o.throttleTimeMs);
  w.int16(o.errorCode);
  w.array(true, o.topics, writeAlterPartitionResponseTopicData, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes AlterPartitionResponse in place. */
export function encodeAlterPartitionResponse(o: AlterPartitionResponse, v: number): Buffer {
  return encodeWith(sizeAlterPartitionResponse, writeAlterPartitionResponse, o, v, 2, 3, 'AlterPartitionResponse');
}

/** TopicData (in AlterPartitionResponse). */
export interface AlterPartitionResponseTopicData {
  /** The ID of the topic. Versions 2-3. */
  topicId: string;
  /** The responses for each partition. Versions 2-3. */
  partitions: AlterPartitionResponsePartitionData[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAlterPartitionResponseTopicData(r: Reader, v: number): AlterPartitionResponseTopicData {
  let at = '';
  try {
    at = 'topicId';
    const topicId = r.uuid();
    at = 'partitions';
    const partitions = r.array(true, decodeAlterPartitionResponsePartitionData, v, 21);
    const o: AlterPartitionResponseTopicData = { topicId, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeAlterPartitionResponseTopicData(o: AlterPartitionResponseTopicData, v: number): number {
  let s = 16;
  s += sizeOf.array(true, o.partitions, sizeAlterPartitionResponsePartitionData, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeAlterPartitionResponseTopicData(w: Writer, o: AlterPartitionResponseTopicData, v: number): void {
  w.uuid(o.topicId);
  w.array(true, o.partitions, writeAlterPartitionResponsePartitionData, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** PartitionData (in AlterPartitionResponse). */
export interface AlterPartitionResponsePartitionData {
  /** The partition index. Versions 2-3. */
  partitionIndex: number;
  /** The partition level error code. Versions 2-3. */
  errorCode: number;
  /** The broker ID of the leader. Versions 2-3. */
  leaderId: number;
  /** The leader epoch. Versions 2-3. */
  leaderEpoch: number;
  /** The in-sync replica IDs. Versions 2-3. */
  isr: number[];
  /** 1 if the partition is recovering from an unclean leader election; 0 otherwise. Versions 2-3. */
  leaderRecoveryState: number;
  /** The current epoch for the partition for KRaft controllers. Versions 2-3. */
  partitionEpoch: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAlterPartitionResponsePartitionData(r: Reader, v: number): AlterPartitionResponsePartitionData {
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
    at = 'isr';
    const isr = r.array(true, elements.int32, v, 4);
    at = 'leaderRecoveryState';
    const leaderRecoveryState = r.int8();
    at = 'partitionEpoch';
    const partitionEpoch = r.int32();
    const o: AlterPartitionResponsePartitionData = { partitionIndex, errorCode, leaderId, leaderEpoch, isr, leaderRecoveryState, partitionEpoch, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeAlterPartitionResponsePartitionData(o: AlterPartitionResponsePartitionData, _v: number): number {
  let s = 19;
  s += sizeOf.fixedArray(true, o.isr, 4);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeAlterPartitionResponsePartitionData(w: Writer, o: AlterPartitionResponsePartitionData, v: number): void {
  w.int32(o.partitionIndex);
  w.int16(o.errorCode);
  w.int32(o.leaderId);
  w.int32(o.leaderEpoch);
  w.array(true, o.isr, elementWriters.int32, v);
  w.int8(o.leaderRecoveryState);
  w.int32(o.partitionEpoch);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** What a policy reads from AlterPartitionRequest; everything else is skipped. */
export interface AlterPartitionRequestPeek {
  topics: AlterPartitionRequestTopicDataPeek[];
}

export function peekAlterPartitionRequest(r: Reader, v: number): AlterPartitionRequestPeek {
  let at = '';
  try {
    checkDecodeVersion(r, v, 2, 3);
    at = 'brokerId';
    r.skip(4);
    at = 'brokerEpoch';
    r.skip(8);
    at = 'topics';
    const f2 = r.array(true, peekAlterPartitionRequestTopicData, v, 18);
    r.skipTaggedFields();
    return { topics: f2 };
  } catch (e) {
    throw failedIn(e, at, r, 'AlterPartitionRequest', 56, v);
  }
}

/** What a policy reads from TopicData in AlterPartitionRequest; everything else is skipped. */
export interface AlterPartitionRequestTopicDataPeek {
  topicId: string;
}

export function peekAlterPartitionRequestTopicData(r: Reader, v: number): AlterPartitionRequestTopicDataPeek {
  let at = '';
  try {
    at = 'topicId';
    const f0 = r.uuid();
    at = 'partitions';
    skip.array(r, true, skipAlterPartitionRequestPartitionData, v, 14, false);
    r.skipTaggedFields();
    return { topicId: f0 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

function skipAlterPartitionRequestPartitionData(r: Reader, v: number): void {
  r.skip(4);
  r.skip(4);
  if (v <= 2) skip.fixedArray(r, true, 4, false);
  if (v >= 3) skip.array(r, true, skipAlterPartitionRequestBrokerState, v, 13, false);
  r.skip(1);
  r.skip(4);
  r.skipTaggedFields();
}

function skipAlterPartitionRequestBrokerState(r: Reader, _v: number): void {
  r.skip(4);
  r.skip(8);
  r.skipTaggedFields();
}
