// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   TxnOffsetCommitRequest.json
//   TxnOffsetCommitResponse.json

import { Reader, Writer, sizeOf, skip } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { absentField, checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** TxnOffsetCommitRequest, versions 0-5. */
export interface TxnOffsetCommitRequest {
  /** The ID of the transaction. Versions 0-5. */
  transactionalId: string;
  /** The ID of the group. Versions 0-5. */
  groupId: string;
  /** The current producer ID in use by the transactional ID. Versions 0-5. */
  producerId: bigint;
  /** The current epoch associated with the producer ID. Versions 0-5. */
  producerEpoch: number;
  /** The generation of the consumer. Versions 3-5. */
  generationId: number;
  /** The member ID assigned by the group coordinator. Versions 3-5. */
  memberId: string;
  /** The unique identifier of the consumer instance provided by end user. Versions 3-5, nullable 3-5. */
  groupInstanceId: string | null;
  /** Each topic that we want to commit offsets for. Versions 0-5. */
  topics: TxnOffsetCommitRequestTopic[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeTxnOffsetCommitRequest(r: Reader, v: number): TxnOffsetCommitRequest {
  const flex = v >= 3;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 5);
    at = 'transactionalId';
    const transactionalId = (flex ? r.compactString() : r.string());
    at = 'groupId';
    const groupId = (flex ? r.compactString() : r.string());
    at = 'producerId';
    const producerId = r.int64();
    at = 'producerEpoch';
    const producerEpoch = r.int16();
    at = 'generationId';
    const generationId = v >= 3 ? r.int32() : -1;
    at = 'memberId';
    const memberId = v >= 3 ? r.compactString() : "";
    at = 'groupInstanceId';
    const groupInstanceId = v >= 3 ? r.compactNullableString() : null;
    at = 'topics';
    const topics = r.array(flex, decodeTxnOffsetCommitRequestTopic, v, 2);
    const o: TxnOffsetCommitRequest = { transactionalId, groupId, producerId, producerEpoch, generationId, memberId, groupInstanceId, topics, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'TxnOffsetCommitRequest', 28, v);
  }
}

export function sizeTxnOffsetCommitRequest(o: TxnOffsetCommitRequest, v: number): number {
  const flex = v >= 3;
  if (!(v >= 3) && !(o.generationId === -1)) throw absentField('generationId', v);
  if (!(v >= 3) && !(o.memberId === "")) throw absentField('memberId', v);
  if (!(v >= 3) && !(o.groupInstanceId === null)) throw absentField('groupInstanceId', v);
  let s = 10;
  s += (flex ? sizeOf.compactString(o.transactionalId) : sizeOf.string(o.transactionalId));
  s += (flex ? sizeOf.compactString(o.groupId) : sizeOf.string(o.groupId));
  if (v >= 3) s += 4;
  if (v >= 3) s += sizeOf.compactString(o.memberId);
  if (v >= 3) s += sizeOf.compactNullableString(o.groupInstanceId);
  s += sizeOf.array(flex, o.topics, sizeTxnOffsetCommitRequestTopic, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeTxnOffsetCommitRequest(w: Writer, o: TxnOffsetCommitRequest, v: number): void {
  const flex = v >= 3;
  (flex ? w.compactString(o.transactionalId) : w.string(o.transactionalId));
  (flex ? w.compactString(o.groupId) : w.string(o.groupId));
  w.int64(o.producerId);
  w.int16(o.producerEpoch);
  if (v >= 3) w.int32(o.generationId);
  if (v >= 3) w.compactString(o.memberId);
  if (v >= 3) w.compactNullableString(o.groupInstanceId);
  w.array(flex, o.topics, writeTxnOffsetCommitRequestTopic, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes TxnOffsetCommitRequest in place. */
export function encodeTxnOffsetCommitRequest(o: TxnOffsetCommitRequest, v: number): Buffer {
  return encodeWith(sizeTxnOffsetCommitRequest, writeTxnOffsetCommitRequest, o, v, 0, 5, 'TxnOffsetCommitRequest');
}

/** TxnOffsetCommitRequestTopic (in TxnOffsetCommitRequest). */
export interface TxnOffsetCommitRequestTopic {
  /** The topic name. Versions 0-5. */
  name: string;
  /** The partitions inside the topic that we want to commit offsets for. Versions 0-5. */
  partitions: TxnOffsetCommitRequestPartition[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeTxnOffsetCommitRequestTopic(r: Reader, v: number): TxnOffsetCommitRequestTopic {
  const flex = v >= 3;
  let at = '';
  try {
    at = 'name';
    const name = (flex ? r.compactString() : r.string());
    at = 'partitions';
    const partitions = r.array(flex, decodeTxnOffsetCommitRequestPartition, v, 13);
    const o: TxnOffsetCommitRequestTopic = { name, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeTxnOffsetCommitRequestTopic(o: TxnOffsetCommitRequestTopic, v: number): number {
  const flex = v >= 3;
  let s = 0;
  s += (flex ? sizeOf.compactString(o.name) : sizeOf.string(o.name));
  s += sizeOf.array(flex, o.partitions, sizeTxnOffsetCommitRequestPartition, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeTxnOffsetCommitRequestTopic(w: Writer, o: TxnOffsetCommitRequestTopic, v: number): void {
  const flex = v >= 3;
  (flex ? w.compactString(o.name) : w.string(o.name));
  w.array(flex, o.partitions, writeTxnOffsetCommitRequestPartition, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** TxnOffsetCommitRequestPartition (in TxnOffsetCommitRequest). */
export interface TxnOffsetCommitRequestPartition {
  /** The index of the partition within the topic. Versions 0-5. */
  partitionIndex: number;
  /** The message offset to be committed. Versions 0-5. */
  committedOffset: bigint;
  /** The leader epoch of the last consumed record. Versions 2-5. */
  committedLeaderEpoch: number;
  /** Any associated metadata the client wants to keep. Versions 0-5, nullable 0-5. */
  committedMetadata: string | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeTxnOffsetCommitRequestPartition(r: Reader, v: number): TxnOffsetCommitRequestPartition {
  const flex = v >= 3;
  let at = '';
  try {
    at = 'partitionIndex';
    const partitionIndex = r.int32();
    at = 'committedOffset';
    const committedOffset = r.int64();
    at = 'committedLeaderEpoch';
    const committedLeaderEpoch = v >= 2 ? r.int32() : -1;
    at = 'committedMetadata';
    const committedMetadata = (flex ? r.compactNullableString() : r.nullableString());
    const o: TxnOffsetCommitRequestPartition = { partitionIndex, committedOffset, committedLeaderEpoch, committedMetadata, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeTxnOffsetCommitRequestPartition(o: TxnOffsetCommitRequestPartition, v: number): number {
  const flex = v >= 3;
  let s = 12;
  if (v >= 2) s += 4;
  s += (flex ? sizeOf.compactNullableString(o.committedMetadata) : sizeOf.nullableString(o.committedMetadata));
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeTxnOffsetCommitRequestPartition(w: Writer, o: TxnOffsetCommitRequestPartition, v: number): void {
  const flex = v >= 3;
  w.int32(o.partitionIndex);
  w.int64(o.committedOffset);
  if (v >= 2) w.int32(o.committedLeaderEpoch);
  (flex ? w.compactNullableString(o.committedMetadata) : w.nullableString(o.committedMetadata));
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** TxnOffsetCommitResponse, versions 0-5. */
export interface TxnOffsetCommitResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0-5. */
  throttleTimeMs: number;
  /** The responses for each topic. Versions 0-5. */
  topics: TxnOffsetCommitResponseTopic[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeTxnOffsetCommitResponse(r: Reader, v: number): TxnOffsetCommitResponse {
  const flex = v >= 3;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 5);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'topics';
    const topics = r.array(flex, decodeTxnOffsetCommitResponseTopic, v, 2);
    const o: TxnOffsetCommitResponse = { throttleTimeMs, topics, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'TxnOffsetCommitResponse', 28, v);
  }
}

export function sizeTxnOffsetCommitResponse(o: TxnOffsetCommitResponse, v: number): number {
  const flex = v >= 3;
  let s = 4;
  s += sizeOf.array(flex, o.topics, sizeTxnOffsetCommitResponseTopic, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeTxnOffsetCommitResponse(w: Writer, o: TxnOffsetCommitResponse, v: number): void {
  const flex = v >= 3;
  w.int32(o.throttleTimeMs);
  w.array(flex, o.topics, writeTxnOffsetCommitResponseTopic, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes TxnOffsetCommitResponse in place. */
export function encodeTxnOffsetCommitResponse(o: TxnOffsetCommitResponse, v: number): Buffer {
  return encodeWith(sizeTxnOffsetCommitResponse, writeTxnOffsetCommitResponse, o, v, 0, 5, 'TxnOffsetCommitResponse');
}

/** TxnOffsetCommitResponseTopic (in TxnOffsetCommitResponse). */
export interface TxnOffsetCommitResponseTopic {
  /** The topic name. Versions 0-5. */
  name: string;
  /** The responses for each partition in the topic. Versions 0-5. */
  partitions: TxnOffsetCommitResponsePartition[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeTxnOffsetCommitResponseTopic(r: Reader, v: number): TxnOffsetCommitResponseTopic {
  const flex = v >= 3;
  let at = '';
  try {
    at = 'name';
    const name = (flex ? r.compactString() : r.string());
    at = 'partitions';
    const partitions = r.array(flex, decodeTxnOffsetCommitResponsePartition, v, 6);
    const o: TxnOffsetCommitResponseTopic = { name, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeTxnOffsetCommitResponseTopic(o: TxnOffsetCommitResponseTopic, v: number): number {
  const flex = v >= 3;
  let s = 0;
  s += (flex ? sizeOf.compactString(o.name) : sizeOf.string(o.name));
  s += sizeOf.array(flex, o.partitions, sizeTxnOffsetCommitResponsePartition, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeTxnOffsetCommitResponseTopic(w: Writer, o: TxnOffsetCommitResponseTopic, v: number): void {
  const flex = v >= 3;
  (flex ? w.compactString(o.name) : w.string(o.name));
  w.array(flex, o.partitions, writeTxnOffsetCommitResponsePartition, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** TxnOffsetCommitResponsePartition (in TxnOffsetCommitResponse). */
export interface TxnOffsetCommitResponsePartition {
  /** The partition index. Versions 0-5. */
  partitionIndex: number;
  /** The error code, or 0 if there was no error. Versions 0-5. */
  errorCode: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeTxnOffsetCommitResponsePartition(r: Reader, v: number): TxnOffsetCommitResponsePartition {
  const flex = v >= 3;
  let at = '';
  try {
    at = 'partitionIndex';
    const partitionIndex = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    const o: TxnOffsetCommitResponsePartition = { partitionIndex, errorCode, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeTxnOffsetCommitResponsePartition(o: TxnOffsetCommitResponsePartition, v: number): number {
  const flex = v >= 3;
  let s = 6;
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeTxnOffsetCommitResponsePartition(w: Writer, o: TxnOffsetCommitResponsePartition, v: number): void {
  const flex = v >= 3;
  w.int32(o.partitionIndex);
  w.int16(o.errorCode);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** What a policy reads from TxnOffsetCommitRequest; everything else is skipped. */
export interface TxnOffsetCommitRequestPeek {
  transactionalId: string;
  groupId: string;
  topics: TxnOffsetCommitRequestTopicPeek[];
}

export function peekTxnOffsetCommitRequest(r: Reader, v: number): TxnOffsetCommitRequestPeek {
  const flex = v >= 3;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 5);
    at = 'transactionalId';
    const f0 = (flex ? r.compactString() : r.string());
    at = 'groupId';
    const f1 = (flex ? r.compactString() : r.string());
    at = 'producerId';
    r.skip(8);
    at = 'producerEpoch';
    r.skip(2);
    at = 'generationId';
    if (v >= 3) r.skip(4);
    at = 'memberId';
    if (v >= 3) skip.string(r, true, false);
    at = 'groupInstanceId';
    if (v >= 3) skip.string(r, true, true);
    at = 'topics';
    const f7 = r.array(flex, peekTxnOffsetCommitRequestTopic, v, 2);
    if (flex) r.skipTaggedFields();
    return { transactionalId: f0, groupId: f1, topics: f7 };
  } catch (e) {
    throw failedIn(e, at, r, 'TxnOffsetCommitRequest', 28, v);
  }
}

/** What a policy reads from TxnOffsetCommitRequestTopic in TxnOffsetCommitRequest; everything else is skipped. */
export interface TxnOffsetCommitRequestTopicPeek {
  name: string;
}

export function peekTxnOffsetCommitRequestTopic(r: Reader, v: number): TxnOffsetCommitRequestTopicPeek {
  const flex = v >= 3;
  let at = '';
  try {
    at = 'name';
    const f0 = (flex ? r.compactString() : r.string());
    at = 'partitions';
    skip.array(r, flex, skipTxnOffsetCommitRequestPartition, v, 13, false);
    if (flex) r.skipTaggedFields();
    return { name: f0 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

function skipTxnOffsetCommitRequestPartition(r: Reader, v: number): void {
  r.skip(4);
  r.skip(8);
  if (v >= 2) r.skip(4);
  skip.string(r, (v >= 3), true);
  if (v >= 3) r.skipTaggedFields();
}
