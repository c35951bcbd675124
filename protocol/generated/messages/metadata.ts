// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   MetadataRequest.json
//   MetadataResponse.json

import { Reader, Writer, elementWriters, elements, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { ZERO_UUID, absentField, checkDecodeVersion, encodeWith, failedAt, failedIn, notNull } from '../../primitives/codec-runtime.js';

/** MetadataRequest, versions 0-13. */
export interface MetadataRequest {
  /** The topics to fetch metadata for. Versions 0-13, nullable 1-13. */
  topics: MetadataRequestTopic[] | null;
  /** If this is true, the broker may auto-create topics that we requested which do not already exist, if it is configured to do so. Versions 4-13. */
  allowAutoTopicCreation: boolean;
  /** Whether to include cluster authorized operations. Versions 8-10. */
  includeClusterAuthorizedOperations: boolean;
  /** Whether to include topic authorized operations. Versions 8-13. */
  includeTopicAuthorizedOperations: boolean;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeMetadataRequest(r: Reader, v: number): MetadataRequest {
  const flex = v >= 9;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 13);
    at = 'topics';
    const topics = (v >= 1 ? r.nullableArray(flex, decodeMetadataRequestTopic, v, 1) : r.array(flex, decodeMetadataRequestTopic, v, 1));
    at = 'allowAutoTopicCreation';
    const allowAutoTopicCreation = v >= 4 ? r.bool() : true;
    at = 'includeClusterAuthorizedOperations';
    const includeClusterAuthorizedOperations = v >= 8 && v <= 10 ? r.bool() : false;
    at = 'includeTopicAuthorizedOperations';
    const includeTopicAuthorizedOperations = v >= 8 ? r.bool() : false;
    const o: MetadataRequest = { topics, allowAutoTopicCreation, includeClusterAuthorizedOperations, includeTopicAuthorizedOperations, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'MetadataRequest', 3, v);
  }
}

export function sizeMetadataRequest(o: MetadataRequest, v: number): number {
  const flex = v >= 9;
  if (!(v >= 4) && !(o.allowAutoTopicCreation === true)) throw absentField('allowAutoTopicCreation', v);
  if (!(v >= 8 && v <= 10) && !(o.includeClusterAuthorizedOperations === false)) throw absentField('includeClusterAuthorizedOperations', v);
  if (!(v >= 8) && !(o.includeTopicAuthorizedOperations === false)) throw absentField('includeTopicAuthorizedOperations', v);
  let s = 0;
  s += (v >= 1 ? sizeOf.nullableArray(flex, o.topics, sizeMetadataRequestTopic, v) : sizeOf.array(flex, notNull(o.topics, 'topics', v), sizeMetadataRequestTopic, v));
  if (v >= 4) s += 1;
  if (v >= 8 && v <= 10) s += 1;
  if (v >= 8) s += 1;
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeMetadataRequest(w: Writer, o: MetadataRequest, v: number): void {
  const flex = v >= 9;
  (v >= 1 ? w.nullableArray(flex, o.topics, writeMetadataRequestTopic, v) : w.array(flex, notNull(o.topics, 'topics', v), writeMetadataRequestTopic, v));
  if (v >= 4) w.bool(o.allowAutoTopicCreation);
  if (v >= 8 && v <= 10) w.bool(o.includeClusterAuthorizedOperations);
  if (v >= 8) w.bool(o.includeTopicAuthorizedOperations);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes MetadataRequest in place. */
export function encodeMetadataRequest(o: MetadataRequest, v: number): Buffer {
  return encodeWith(sizeMetadataRequest, writeMetadataRequest, o, v, 0, 13, 'MetadataRequest');
}

/** MetadataRequestTopic (in MetadataRequest). */
export interface MetadataRequestTopic {
  /** The topic id. Versions 10-13. */
  topicId: string;
  /** The topic name. Versions 0-13, nullable 10-13. */
  name: string | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeMetadataRequestTopic(r: Reader, v: number): MetadataRequestTopic {
  const flex = v >= 9;
  let at = '';
  try {
    at = 'topicId';
    const topicId = v >= 10 ? r.uuid() : ZERO_UUID;
    at = 'name';
    const name = (flex ? (v >= 10 ? r.compactNullableString() : r.compactString()) : (v >= 10 ? r.nullableString() : r.string()));
    const o: MetadataRequestTopic = { topicId, name, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeMetadataRequestTopic(o: MetadataRequestTopic, v: number): number {
  const flex = v >= 9;
  let s = 0;
  if (v >= 10) s += 16;
  s += (flex ? (v >= 10 ? sizeOf.compactNullableString(o.name) : sizeOf.compactString(notNull(o.name, 'name', v))) : (v >= 10 ? sizeOf.nullableString(o.name) : sizeOf.string(notNull(o.name, 'name', v))));
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeMetadataRequestTopic(w: Writer, o: MetadataRequestTopic, v: number): void {
  const flex = v >= 9;
  if (v >= 10) w.uuid(o.topicId);
  (flex ? (v >= 10 ? w.compactNullableString(o.name) : w.compactString(notNull(o.name, 'name', v))) : (v >= 10 ? w.nullableString(o.name) : w.string(notNull(o.name, 'name', v))));
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** MetadataResponse, versions 0-13. */
export interface MetadataResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 3-13. */
  throttleTimeMs: number;
  /** A list of brokers present in the cluster. Versions 0-13. */
  brokers: MetadataResponseBroker[];
  /** The cluster ID that responding broker belongs to. Versions 2-13, nullable 2-13. */
  clusterId: string | null;
  /** The ID of the controller broker. Versions 1-13. */
  controllerId: number;
  /** Each topic in the response. Versions 0-13. */
  topics: MetadataResponseTopic[];
  /** 32-bit bitfield to represent authorized operations for this cluster. Versions 8-10. */
  clusterAuthorizedOperations: number;
  /** The top-level error code, or 0 if there was no error. Versions 13. */
  errorCode: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeMetadataResponse(r: Reader, v: number): MetadataResponse {
  const flex = v >= 9;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 13);
    at = 'throttleTimeMs';
    const throttleTimeMs = v >= 3 ? r.int32() : 0;
    at = 'brokers';
    const brokers = r.array(flex, decodeMetadataResponseBroker, v, 9);
    at = 'clusterId';
    const clusterId = v >= 2 ? (flex ? r.compactNullableString() : r.nullableString()) : null;
    at = 'controllerId';
    const controllerId = v >= 1 ? r.int32() : -1;
    at = 'topics';
    const topics = r.array(flex, decodeMetadataResponseTopic, v, 4);
    at = 'clusterAuthorizedOperations';
    const clusterAuthorizedOperations = v >= 8 && v <= 10 ? r.int32() : -2147483648;
    at = 'errorCode';
    const errorCode = v >= 13 ? r.int16() : 0;
    const o: MetadataResponse = { throttleTimeMs, brokers, clusterId, controllerId, topics, clusterAuthorizedOperations, errorCode, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'MetadataResponse', 3, v);
  }
}

export function sizeMetadataResponse(o: MetadataResponse, v: number): number {
  const flex = v >= 9;
  if (!(v >= 8 && v <= 10) && !(o.clusterAuthorizedOperations === -2147483648)) throw absentField('clusterAuthorizedOperations', v);
  let s = 0;
  if (v >= 3) s += 4;
  s += sizeOf.array(flex, o.brokers, sizeMetadataResponseBroker, v);
  if (v >= 2) s += (flex ? sizeOf.compactNullableString(o.clusterId) : sizeOf.nullableString(o.clusterId));
  if (v >= 1) s += 4;
  s += sizeOf.array(flex, o.topics, sizeMetadataResponseTopic, v);
  if (v >= 8 && v <= 10) s += 4;
  if (v >= 13) s += 2;
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeMetadataResponse(w: Writer, o: MetadataResponse, v: number): void {
  const flex = v >= 9;
  if (v >= 3) w.int32(o.throttleTimeMs);
  w.array(flex, o.brokers, writeMetadataResponseBroker, v);
  if (v >= 2) (flex ? w.compactNullableString(o.clusterId) : w.nullableString(o.clusterId));
  if (v >= 1) w.int32(o.controllerId);
  w.array(flex, o.topics, writeMetadataResponseTopic, v);
  if (v >= 8 && v <= 10) w.int32(o.clusterAuthorizedOperations);
  if (v >= 13) w.int16(o.errorCode);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes MetadataResponse in place. */
export function encodeMetadataResponse(o: MetadataResponse, v: number): Buffer {
  return encodeWith(sizeMetadataResponse, writeMetadataResponse, o, v, 0, 13, 'MetadataResponse');
}

/** MetadataResponseBroker (in MetadataResponse). */
export interface MetadataResponseBroker {
  /** The broker ID. Versions 0-13. */
  nodeId: number;
  /** The broker hostname. Versions 0-13. */
  host: string;
  /** The broker port. Versions 0-13. */
  port: number;
  /** The rack of the broker, or null if it has not been assigned to a rack. Versions 1-13, nullable 1-13. */
  rack: string | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeMetadataResponseBroker(r: Reader, v: number): MetadataResponseBroker {
  const flex = v >= 9;
  let at = '';
  try {
    at = 'nodeId';
    const nodeId = r.int32();
    at = 'host';
    const host = (flex ? r.compactString() : r.string());
    at = 'port';
    const port = r.int32();
    at = 'rack';
    const rack = v >= 1 ? (flex ? r.compactNullableString() : r.nullableString()) : null;
    const o: MetadataResponseBroker = { nodeId, host, port, rack, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeMetadataResponseBroker(o: MetadataResponseBroker, v: number): number {
  const flex = v >= 9;
  let s = 8;
  s += (flex ? sizeOf.compactString(o.host) : sizeOf.string(o.host));
  if (v >= 1) s += (flex ? sizeOf.compactNullableString(o.rack) : sizeOf.nullableString(o.rack));
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeMetadataResponseBroker(w: Writer, o: MetadataResponseBroker, v: number): void {
  const flex = v >= 9;
  w.int32(o.nodeId);
  (flex ? w.compactString(o.host) : w.string(o.host));
  w.int32(o.port);
  if (v >= 1) (flex ? w.compactNullableString(o.rack) : w.nullableString(o.rack));
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** MetadataResponseTopic (in MetadataResponse). */
export interface MetadataResponseTopic {
  /** The topic error, or 0 if there was no error. Versions 0-13. */
  errorCode: number;
  /** The topic name. Null for non-existing topics queried by ID. This is never null when ErrorCode is zero. One of Name and TopicId is always populated. Versions 0-13, nullable 12-13. */
  name: string | null;
  /** The topic id. Zero for non-existing topics queried by name. This is never zero when ErrorCode is zero. One of Name and TopicId is always populated. Versions 10-13. */
  topicId: string;
  /** True if the topic is internal. Versions 1-13. */
  isInternal: boolean;
  /** Each partition in the topic. Versions 0-13. */
  partitions: MetadataResponsePartition[];
  /** 32-bit bitfield to represent authorized operations for this topic. Versions 8-13. */
  topicAuthorizedOperations: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeMetadataResponseTopic(r: Reader, v: number): MetadataResponseTopic {
  const flex = v >= 9;
  let at = '';
  try {
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'name';
    const name = (flex ? (v >= 12 ? r.compactNullableString() : r.compactString()) : (v >= 12 ? r.nullableString() : r.string()));
    at = 'topicId';
    const topicId = v >= 10 ? r.uuid() : ZERO_UUID;
    at = 'isInternal';
    const isInternal = v >= 1 ? r.bool() : false;
    at = 'partitions';
    const partitions = r.array(flex, decodeMetadataResponsePartition, v, 12);
    at = 'topicAuthorizedOperations';
    const topicAuthorizedOperations = v >= 8 ? r.int32() : -2147483648;
    const o: MetadataResponseTopic = { errorCode, name, topicId, isInternal, partitions, topicAuthorizedOperations, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeMetadataResponseTopic(o: MetadataResponseTopic, v: number): number {
  const flex = v >= 9;
  if (!(v >= 8) && !(o.topicAuthorizedOperations === -2147483648)) throw absentField('topicAuthorizedOperations', v);
  let s = 2;
  s += (flex ? (v >= 12 ? sizeOf.compactNullableString(o.name) : sizeOf.compactString(notNull(o.name, 'name', v))) : (v >= 12 ? sizeOf.nullableString(o.name) : sizeOf.string(notNull(o.name, 'name', v))));
  if (v >= 10) s += 16;
  if (v >= 1) s += 1;
  s += sizeOf.array(flex, o.partitions, sizeMetadataResponsePartition, v);
  if (v >= 8) s += 4;
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeMetadataResponseTopic(w: Writer, o: MetadataResponseTopic, v: number): void {
  const flex = v >= 9;
  w.int16(o.errorCode);
  (flex ? (v >= 12 ? w.compactNullableString(o.name) : w.compactString(notNull(o.name, 'name', v))) : (v >= 12 ? w.nullableString(o.name) : w.string(notNull(o.name, 'name', v))));
  if (v >= 10) w.uuid(o.topicId);
  if (v >= 1) w.bool(o.isInternal);
  w.array(flex, o.partitions, writeMetadataResponsePartition, v);
  if (v >= 8) w.int32(o.topicAuthorizedOperations);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** MetadataResponsePartition (in MetadataResponse). */
export interface MetadataResponsePartition {
  /** The partition error, or 0 if there was no error. Versions 0-13. */
  errorCode: number;
  /** The partition index. Versions 0-13. */
  partitionIndex: number;
  /** The ID of the leader broker. Versions 0-13. */
  leaderId: number;
  /** The leader epoch of this partition. Versions 7-13. */
  leaderEpoch: number;
  /** The set of all nodes that host this partition. Versions 0-13. */
  replicaNodes: number[];
  /** The set of nodes that are in sync with the leader for this partition. Versions 0-13. */
  isrNodes: number[];
  /** The set of offline replicas of this partition. Versions 5-13. */
  offlineReplicas: number[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeMetadataResponsePartition(r: Reader, v: number): MetadataResponsePartition {
  const flex = v >= 9;
  let at = '';
  try {
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'partitionIndex';
    const partitionIndex = r.int32();
    at = 'leaderId';
    const leaderId = r.int32();
    at = 'leaderEpoch';
    const leaderEpoch = v >= 7 ? r.int32() : -1;
    at = 'replicaNodes';
    const replicaNodes = r.array(flex, elements.int32, v, 4);
    at = 'isrNodes';
    const isrNodes = r.array(flex, elements.int32, v, 4);
    at = 'offlineReplicas';
    const offlineReplicas = v >= 5 ? r.array(flex, elements.int32, v, 4) : [];
    const o: MetadataResponsePartition = { errorCode, partitionIndex, leaderId, leaderEpoch, replicaNodes, isrNodes, offlineReplicas, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeMetadataResponsePartition(o: MetadataResponsePartition, v: number): number {
  const flex = v >= 9;
  let s = 10;
  if (v >= 7) s += 4;
  s += sizeOf.fixedArray(flex, o.replicaNodes, 4);
  s += sizeOf.fixedArray(flex, o.isrNodes, 4);
  if (v >= 5) s += sizeOf.fixedArray(flex, o.offlineReplicas, 4);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeMetadataResponsePartition(w: Writer, o: MetadataResponsePartition, v: number): void {
  const flex = v >= 9;
  w.int16(o.errorCode);
  w.int32(o.partitionIndex);
  w.int32(o.leaderId);
  if (v >= 7) w.int32(o.leaderEpoch);
  w.array(flex, o.replicaNodes, elementWriters.int32, v);
  w.array(flex, o.isrNodes, elementWriters.int32, v);
  if (v >= 5) w.array(flex, o.offlineReplicas, elementWriters.int32, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** What a policy reads from MetadataRequest; everything else is skipped. */
export interface MetadataRequestPeek {
  topics: MetadataRequestTopicPeek[] | null;
  allowAutoTopicCreation: boolean;
}

export function peekMetadataRequest(r: Reader, v: number): MetadataRequestPeek {
  const flex = v >= 9;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 13);
    at = 'topics';
    const f0 = (v >= 1 ? r.nullableArray(flex, peekMetadataRequestTopic, v, 1) : r.array(flex, peekMetadataRequestTopic, v, 1));
    at = 'allowAutoTopicCreation';
    const f1 = v >= 4 ? r.bool() : true;
    at = 'includeClusterAuthorizedOperations';
    if (v >= 8 && v <= 10) r.skip(1);
    at = 'includeTopicAuthorizedOperations';
    if (v >= 8) r.skip(1);
    if (flex) r.skipTaggedFields();
    return { topics: f0, allowAutoTopicCreation: f1 };
  } catch (e) {
    throw failedIn(e, at, r, 'MetadataRequest', 3, v);
  }
}

/** What a policy reads from MetadataRequestTopic in MetadataRequest; everything else is skipped. */
export interface MetadataRequestTopicPeek {
  topicId: string;
  name: string | null;
}

export function peekMetadataRequestTopic(r: Reader, v: number): MetadataRequestTopicPeek {
  const flex = v >= 9;
  let at = '';
  try {
    at = 'topicId';
    const f0 = v >= 10 ? r.uuid() : ZERO_UUID;
    at = 'name';
    const f1 = (flex ? (v >= 10 ? r.compactNullableString() : r.compactString()) : (v >= 10 ? r.nullableString() : r.string()));
    if (flex) r.skipTaggedFields();
    return { topicId: f0, name: f1 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}
