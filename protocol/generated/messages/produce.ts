// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   ProduceRequest.json
//   ProduceResponse.json

import { Reader, Writer, sizeOf, skip } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { ZERO_UUID, checkDecodeVersion, encodeWith, failedAt, failedIn, invalidTag } from '../../primitives/codec-runtime.js';

/** ProduceRequest, versions 3-13. */
export interface ProduceRequest {
  /** The transactional ID, or null if the producer is not transactional. Versions 3-13, nullable 3-13. */
  transactionalId: string | null;
  /** The number of acknowledgments the producer requires the leader to have received before considering a request complete. Allowed values: 0 for no acknowledgments, 1 for only the leader and -1 for the full ISR. Versions 3-13. */
  acks: number;
  /** The timeout to await a response in milliseconds. Versions 3-13. */
  timeoutMs: number;
  /** Each topic to produce to. Versions 3-13. */
  topicData: ProduceRequestTopicProduceData[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeProduceRequest(r: Reader, v: number): ProduceRequest {
  const flex = v >= 9;
  let at = '';
  try {
    checkDecodeVersion(r, v, 3, 13);
    at = 'transactionalId';
    const transactionalId = (flex ? r.compactNullableString() : r.nullableString());
    at = 'acks';
    const acks = r.int16();
    at = 'timeoutMs';
    const timeoutMs = r.int32();
    at = 'topicData';
    const topicData = r.array(flex, decodeProduceRequestTopicProduceData, v, 1);
    const o: ProduceRequest = { transactionalId, acks, timeoutMs, topicData, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'ProduceRequest', 0, v);
  }
}

export function sizeProduceRequest(o: ProduceRequest, v: number): number {
  const flex = v >= 9;
  let s = 6;
  s += (flex ? sizeOf.compactNullableString(o.transactionalId) : sizeOf.nullableString(o.transactionalId));
  s += sizeOf.array(flex, o.topicData, sizeProduceRequestTopicProduceData, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeProduceRequest(w: Writer, o: ProduceRequest, v: number): void {
  const flex = v >= 9;
  (flex ? w.compactNullableString(o.transactionalId) : w.nullableString(o.transactionalId));
  w.int16(o.acks);
  w.int32(o.timeoutMs);
  w.array(flex, o.topicData, writeProduceRequestTopicProduceData, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes ProduceRequest in place. */
export function encodeProduceRequest(o: ProduceRequest, v: number): Buffer {
  return encodeWith(sizeProduceRequest, writeProduceRequest, o, v, 3, 13, 'ProduceRequest');
}

/** TopicProduceData (in ProduceRequest). */
export interface ProduceRequestTopicProduceData {
  /** The topic name. Versions 3-12. */
  name: string;
  /** The unique topic ID Versions 13. */
  topicId: string;
  /** Each partition to produce to. Versions 3-13. */
  partitionData: ProduceRequestPartitionProduceData[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeProduceRequestTopicProduceData(r: Reader, v: number): ProduceRequestTopicProduceData {
  const flex = v >= 9;
  let at = '';
  try {
    at = 'name';
    const name = v <= 12 ? (flex ? r.compactString() : r.string()) : "";
    at = 'topicId';
    const topicId = v >= 13 ? r.uuid() : ZERO_UUID;
    at = 'partitionData';
    const partitionData = r.array(flex, decodeProduceRequestPartitionProduceData, v, 5);
    const o: ProduceRequestTopicProduceData = { name, topicId, partitionData, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeProduceRequestTopicProduceData(o: ProduceRequestTopicProduceData, v: number): number {
  const flex = v >= 9;
  let s = 0;
  if (v <= 12) s += (flex ? sizeOf.compactString(o.name) : sizeOf.string(o.name));
  if (v >= 13) s += 16;
  s += sizeOf.array(flex, o.partitionData, sizeProduceRequestPartitionProduceData, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeProduceRequestTopicProduceData(w: Writer, o: ProduceRequestTopicProduceData, v: number): void {
  const flex = v >= 9;
  if (v <= 12) (flex ? w.compactString(o.name) : w.string(o.name));
  if (v >= 13) w.uuid(o.topicId);
  w.array(flex, o.partitionData, writeProduceRequestPartitionProduceData, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** PartitionProduceData (in ProduceRequest). */
export interface ProduceRequestPartitionProduceData {
  /** The partition index. Versions 3-13. */
  index: number;
  /** The record data to be produced. Versions 3-13, nullable 3-13. */
  records: Buffer | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeProduceRequestPartitionProduceData(r: Reader, v: number): ProduceRequestPartitionProduceData {
  const flex = v >= 9;
  let at = '';
  try {
    at = 'index';
    const index = r.int32();
    at = 'records';
    const records = (flex ? r.compactNullableBytes() : r.nullableBytes());
    const o: ProduceRequestPartitionProduceData = { index, records, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeProduceRequestPartitionProduceData(o: ProduceRequestPartitionProduceData, v: number): number {
  const flex = v >= 9;
  let s = 4;
  s += (flex ? sizeOf.compactNullableBytes(o.records) : sizeOf.nullableBytes(o.records));
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeProduceRequestPartitionProduceData(w: Writer, o: ProduceRequestPartitionProduceData, v: number): void {
  const flex = v >= 9;
  w.int32(o.index);
  (flex ? w.compactNullableBytes(o.records) : w.nullableBytes(o.records));
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** ProduceResponse, versions 3-13. */
export interface ProduceResponse {
  /** Each produce response. Versions 3-13. */
  responses: ProduceResponseTopicProduceResponse[];
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 3-13. */
  throttleTimeMs: number;
  /** Endpoints for all current-leaders enumerated in PartitionProduceResponses, with errors NOT_LEADER_OR_FOLLOWER. Versions 10-13, tag 0. */
  nodeEndpoints: ProduceResponseNodeEndpoint[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeProduceResponse(r: Reader, v: number): ProduceResponse {
  const flex = v >= 9;
  let at = '';
  try {
    checkDecodeVersion(r, v, 3, 13);
    at = 'responses';
    const responses = r.array(flex, decodeProduceResponseTopicProduceResponse, v, 1);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    const o: ProduceResponse = { responses, throttleTimeMs, nodeEndpoints: [], _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, tagsProduceResponse);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'ProduceResponse', 0, v);
  }
}

type ProduceResponseTags = Pick<ProduceResponse, 'nodeEndpoints'>;

function tagsProduceResponse(r: Reader, tag: number, o: ProduceResponseTags, v: number): boolean {
  switch (tag) {
    case 0:
      if (!(v >= 10)) throw invalidTag(0, r, v);
      o.nodeEndpoints = r.array(true, decodeProduceResponseNodeEndpoint, v, 11);
      return true;
    default:
      return false;
  }
}

export function sizeProduceResponse(o: ProduceResponse, v: number): number {
  const flex = v >= 9;
  let s = 4;
  s += sizeOf.array(flex, o.responses, sizeProduceResponseTopicProduceResponse, v);
  if (flex) {
    const u = o._unknownTaggedFields;
    let n = u === undefined ? 0 : u.length;
    let t = u === undefined ? 0 : sizeOf.unknownTaggedFields(u) - sizeOf.uvarint(u.length);
    if (v >= 10 && !(o.nodeEndpoints.length === 0)) {
      n++;
      t += sizeOf.taggedField(0, sizeOf.array(true, o.nodeEndpoints, sizeProduceResponseNodeEndpoint, v));
    }
    s += sizeOf.uvarint(n) + t;
  }
  return s;
}

export function writeProduceResponse(w: Writer, o: ProduceResponse, v: number): void {
  const flex = v >= 9;
  w.array(flex, o.responses, writeProduceResponseTopicProduceResponse, v);
  w.int32(o.throttleTimeMs);
  if (flex) {
    const u = o._unknownTaggedFields;
    let n = u === undefined ? 0 : u.length;
    const t0 = v >= 10 && !(o.nodeEndpoints.length === 0);
    if (t0) n++;
    w.uvarint(n);
    let ui = 0;
    if (t0) {
      ui = w.unknownTagsBelow(u, ui, 0);
      w.taggedFieldHeader(0, sizeOf.array(true, o.nodeEndpoints, sizeProduceResponseNodeEndpoint, v));
      w.array(true, o.nodeEndpoints, writeProduceResponseNodeEndpoint, v);
    }
    w.unknownTagsBelow(u, ui, Infinity);
  }
}

/** Sizes once, allocates once and writes ProduceResponse in place. */
export function encodeProduceResponse(o: ProduceResponse, v: number): Buffer {
  return encodeWith(sizeProduceResponse, writeProduceResponse, o, v, 3, 13, 'ProduceResponse');
}

/** TopicProduceResponse (in ProduceResponse). */
export interface ProduceResponseTopicProduceResponse {
  /** The topic name. Versions 3-12. */
  name: string;
  /** The unique topic ID Versions 13. */
  topicId: string;
  /** Each partition that we produced to within the topic. Versions 3-13. */
  partitionResponses: ProduceResponsePartitionProduceResponse[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeProduceResponseTopicProduceResponse(r: Reader, v: number): ProduceResponseTopicProduceResponse {
  const flex = v >= 9;
  let at = '';
  try {
    at = 'name';
    const name = v <= 12 ? (flex ? r.compactString() : r.string()) : "";
    at = 'topicId';
    const topicId = v >= 13 ? r.uuid() : ZERO_UUID;
    at = 'partitionResponses';
    const partitionResponses = r.array(flex, decodeProduceResponsePartitionProduceResponse, v, 22);
    const o: ProduceResponseTopicProduceResponse = { name, topicId, partitionResponses, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeProduceResponseTopicProduceResponse(o: ProduceResponseTopicProduceResponse, v: number): number {
  const flex = v >= 9;
  let s = 0;
  if (v <= 12) s += (flex ? sizeOf.compactString(o.name) : sizeOf.string(o.name));
  if (v >= 13) s += 16;
  s += sizeOf.array(flex, o.partitionResponses, sizeProduceResponsePartitionProduceResponse, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeProduceResponseTopicProduceResponse(w: Writer, o: ProduceResponseTopicProduceResponse, v: number): void {
  const flex = v >= 9;
  if (v <= 12) (flex ? w.compactString(o.name) : w.string(o.name));
  if (v >= 13) w.uuid(o.topicId);
  w.array(flex, o.partitionResponses, writeProduceResponsePartitionProduceResponse, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** PartitionProduceResponse (in ProduceResponse). */
export interface ProduceResponsePartitionProduceResponse {
  /** The partition index. Versions 3-13. */
  index: number;
  /** The error code, or 0 if there was no error. Versions 3-13. */
  errorCode: number;
  /** The base offset. Versions 3-13. */
  baseOffset: bigint;
  /** The timestamp returned by broker after appending the messages. If CreateTime is used for the topic, the timestamp will be -1.  If LogAppendTime is used for the topic, the timestamp will be the broker local time when the messages are appended. Versions 3-13. */
  logAppendTimeMs: bigint;
  /** The log start offset. Versions 5-13. */
  logStartOffset: bigint;
  /** The batch indices of records that caused the batch to be dropped. Versions 8-13. */
  recordErrors: ProduceResponseBatchIndexAndErrorMessage[];
  /** The global error message summarizing the common root cause of the records that caused the batch to be dropped. Versions 8-13, nullable 8-13. */
  errorMessage: string | null;
  /** The leader broker that the producer should use for future requests. Versions 10-13, tag 0. */
  currentLeader: ProduceResponseLeaderIdAndEpoch;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeProduceResponsePartitionProduceResponse(r: Reader, v: number): ProduceResponsePartitionProduceResponse {
  const flex = v >= 9;
  let at = '';
  try {
    at = 'index';
    const index = r.int32();
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'baseOffset';
    const baseOffset = r.int64();
    at = 'logAppendTimeMs';
    const logAppendTimeMs = r.int64();
    at = 'logStartOffset';
    const logStartOffset = v >= 5 ? r.int64() : -1n;
    at = 'recordErrors';
    const recordErrors = v >= 8 ? r.array(flex, decodeProduceResponseBatchIndexAndErrorMessage, v, 5) : [];
    at = 'errorMessage';
    const errorMessage = v >= 8 ? (flex ? r.compactNullableString() : r.nullableString()) : null;
    const o: ProduceResponsePartitionProduceResponse = { index, errorCode, baseOffset, logAppendTimeMs, logStartOffset, recordErrors, errorMessage, currentLeader: defaultProduceResponseLeaderIdAndEpoch(), _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, tagsProduceResponsePartitionProduceResponse);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

type ProduceResponsePartitionProduceResponseTags = Pick<ProduceResponsePartitionProduceResponse, 'currentLeader'>;

function tagsProduceResponsePartitionProduceResponse(r: Reader, tag: number, o: ProduceResponsePartitionProduceResponseTags, v: number): boolean {
  switch (tag) {
    case 0:
      if (!(v >= 10)) throw invalidTag(0, r, v);
      o.currentLeader = decodeProduceResponseLeaderIdAndEpoch(r, v);
      return true;
    default:
      return false;
  }
}

export function sizeProduceResponsePartitionProduceResponse(o: ProduceResponsePartitionProduceResponse, v: number): number {
  const flex = v >= 9;
  let s = 22;
  if (v >= 5) s += 8;
  if (v >= 8) s += sizeOf.array(flex, o.recordErrors, sizeProduceResponseBatchIndexAndErrorMessage, v);
  if (v >= 8) s += (flex ? sizeOf.compactNullableString(o.errorMessage) : sizeOf.nullableString(o.errorMessage));
  if (flex) {
    const u = o._unknownTaggedFields;
    let n = u === undefined ? 0 : u.length;
    let t = u === undefined ? 0 : sizeOf.unknownTaggedFields(u) - sizeOf.uvarint(u.length);
    if (v >= 10 && !(isDefaultProduceResponseLeaderIdAndEpoch(o.currentLeader))) {
      n++;
      t += sizeOf.taggedField(0, sizeProduceResponseLeaderIdAndEpoch(o.currentLeader, v));
    }
    s += sizeOf.uvarint(n) + t;
  }
  return s;
}

export function writeProduceResponsePartitionProduceResponse(w: Writer, o: ProduceResponsePartitionProduceResponse, v: number): void {
  const flex = v >= 9;
  w.int32(o.index);
  w.int16(o.errorCode);
  w.int64(o.baseOffset);
  w.int64(o.logAppendTimeMs);
  if (v >= 5) w.int64(o.logStartOffset);
  if (v >= 8) w.array(flex, o.recordErrors, writeProduceResponseBatchIndexAndErrorMessage, v);
  if (v >= 8) (flex ? w.compactNullableString(o.errorMessage) : w.nullableString(o.errorMessage));
  if (flex) {
    const u = o._unknownTaggedFields;
    let n = u === undefined ? 0 : u.length;
    const t0 = v >= 10 && !(isDefaultProduceResponseLeaderIdAndEpoch(o.currentLeader));
    if (t0) n++;
    w.uvarint(n);
    let ui = 0;
    if (t0) {
      ui = w.unknownTagsBelow(u, ui, 0);
      w.taggedFieldHeader(0, sizeProduceResponseLeaderIdAndEpoch(o.currentLeader, v));
      writeProduceResponseLeaderIdAndEpoch(w, o.currentLeader, v);
    }
    w.unknownTagsBelow(u, ui, Infinity);
  }
}

/** BatchIndexAndErrorMessage (in ProduceResponse). */
export interface ProduceResponseBatchIndexAndErrorMessage {
  /** The batch index of the record that caused the batch to be dropped. Versions 8-13. */
  batchIndex: number;
  /** The error message of the record that caused the batch to be dropped. Versions 8-13, nullable 8-13. */
  batchIndexErrorMessage: string | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeProduceResponseBatchIndexAndErrorMessage(r: Reader, v: number): ProduceResponseBatchIndexAndErrorMessage {
  const flex = v >= 9;
  let at = '';
  try {
    at = 'batchIndex';
    const batchIndex = r.int32();
    at = 'batchIndexErrorMessage';
    const batchIndexErrorMessage = (flex ? r.compactNullableString() : r.nullableString());
    const o: ProduceResponseBatchIndexAndErrorMessage = { batchIndex, batchIndexErrorMessage, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeProduceResponseBatchIndexAndErrorMessage(o: ProduceResponseBatchIndexAndErrorMessage, v: number): number {
  const flex = v >= 9;
  let s = 4;
  s += (flex ? sizeOf.compactNullableString(o.batchIndexErrorMessage) : sizeOf.nullableString(o.batchIndexErrorMessage));
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeProduceResponseBatchIndexAndErrorMessage(w: Writer, o: ProduceResponseBatchIndexAndErrorMessage, v: number): void {
  const flex = v >= 9;
  w.int32(o.batchIndex);
  (flex ? w.compactNullableString(o.batchIndexErrorMessage) : w.nullableString(o.batchIndexErrorMessage));
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** LeaderIdAndEpoch (in ProduceResponse). */
export interface ProduceResponseLeaderIdAndEpoch {
  /** The ID of the current leader or -1 if the leader is unknown. Versions 10-13. */
  leaderId: number;
  /** The latest known leader epoch. Versions 10-13. */
  leaderEpoch: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeProduceResponseLeaderIdAndEpoch(r: Reader, v: number): ProduceResponseLeaderIdAndEpoch {
  let at = '';
  try {
    at = 'leaderId';
    const leaderId = r.int32();
    at = 'leaderEpoch';
    const leaderEpoch = r.int32();
    const o: ProduceResponseLeaderIdAndEpoch = { leaderId, leaderEpoch, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeProduceResponseLeaderIdAndEpoch(o: ProduceResponseLeaderIdAndEpoch, _v: number): number {
  let s = 8;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeProduceResponseLeaderIdAndEpoch(w: Writer, o: ProduceResponseLeaderIdAndEpoch, _v: number): void {
  w.int32(o.leaderId);
  w.int32(o.leaderEpoch);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** NodeEndpoint (in ProduceResponse). */
export interface ProduceResponseNodeEndpoint {
  /** The ID of the associated node. Versions 10-13. */
  nodeId: number;
  /** The node's hostname. Versions 10-13. */
  host: string;
  /** The node's port. Versions 10-13. */
  port: number;
  /** The rack of the node, or null if it has not been assigned to a rack. Versions 10-13, nullable 10-13. */
  rack: string | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeProduceResponseNodeEndpoint(r: Reader, v: number): ProduceResponseNodeEndpoint {
  let at = '';
  try {
    at = 'nodeId';
    const nodeId = r.int32();
    at = 'host';
    const host = r.compactString();
    at = 'port';
    const port = r.int32();
    at = 'rack';
    const rack = r.compactNullableString();
    const o: ProduceResponseNodeEndpoint = { nodeId, host, port, rack, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeProduceResponseNodeEndpoint(o: ProduceResponseNodeEndpoint, _v: number): number {
  let s = 8;
  s += sizeOf.compactString(o.host);
  s += sizeOf.compactNullableString(o.rack);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeProduceResponseNodeEndpoint(w: Writer, o: ProduceResponseNodeEndpoint, _v: number): void {
  w.int32(o.nodeId);
  w.compactString(o.host);
  w.int32(o.port);
  w.compactNullableString(o.rack);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

export function defaultProduceResponseLeaderIdAndEpoch(): ProduceResponseLeaderIdAndEpoch {
  return { leaderId: -1, leaderEpoch: -1 };
}

function isDefaultProduceResponseLeaderIdAndEpoch(o: ProduceResponseLeaderIdAndEpoch): boolean {
  return (
    o.leaderId === -1 &&
    o.leaderEpoch === -1 &&
    (o._unknownTaggedFields === undefined || o._unknownTaggedFields.length === 0)
  );
}

/** What a policy reads from ProduceRequest; everything else is skipped. */
export interface ProduceRequestPeek {
  transactionalId: string | null;
  acks: number;
  topicData: ProduceRequestTopicProduceDataPeek[];
}

export function peekProduceRequest(r: Reader, v: number): ProduceRequestPeek {
  const flex = v >= 9;
  let at = '';
  try {
    checkDecodeVersion(r, v, 3, 13);
    at = 'transactionalId';
    const f0 = (flex ? r.compactNullableString() : r.nullableString());
    at = 'acks';
    const f1 = r.int16();
    at = 'timeoutMs';
    r.skip(4);
    at = 'topicData';
    const f3 = r.array(flex, peekProduceRequestTopicProduceData, v, 1);
    if (flex) r.skipTaggedFields();
    return { transactionalId: f0, acks: f1, topicData: f3 };
  } catch (e) {
    throw failedIn(e, at, r, 'ProduceRequest', 0, v);
  }
}

/** What a policy reads from TopicProduceData in ProduceRequest; everything else is skipped. */
export interface ProduceRequestTopicProduceDataPeek {
  name: string;
  topicId: string;
  partitionData: ProduceRequestPartitionProduceDataPeek[];
}

export function peekProduceRequestTopicProduceData(r: Reader, v: number): ProduceRequestTopicProduceDataPeek {
  const flex = v >= 9;
  let at = '';
  try {
    at = 'name';
    const f0 = v <= 12 ? (flex ? r.compactString() : r.string()) : "";
    at = 'topicId';
    const f1 = v >= 13 ? r.uuid() : ZERO_UUID;
    at = 'partitionData';
    const f2 = r.array(flex, peekProduceRequestPartitionProduceData, v, 5);
    if (flex) r.skipTaggedFields();
    return { name: f0, topicId: f1, partitionData: f2 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

/** What a policy reads from PartitionProduceData in ProduceRequest; everything else is skipped. */
export interface ProduceRequestPartitionProduceDataPeek {
  index: number;
}

export function peekProduceRequestPartitionProduceData(r: Reader, v: number): ProduceRequestPartitionProduceDataPeek {
  const flex = v >= 9;
  let at = '';
  try {
    at = 'index';
    const f0 = r.int32();
    at = 'records';
    skip.bytes(r, flex, true);
    if (flex) r.skipTaggedFields();
    return { index: f0 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}
