// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   StreamsGroupDescribeRequest.json
//   StreamsGroupDescribeResponse.json

import { Reader, Writer, elementSizers, elementWriters, elements, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, decodeNullableStruct, encodeWith, failedAt, failedIn, sizeNullableStruct, writeNullableStruct } from '../../primitives/codec-runtime.js';

/** StreamsGroupDescribeRequest, versions 0. */
export interface StreamsGroupDescribeRequest {
  /** The ids of the groups to describe Versions 0. */
  groupIds: string[];
  /** Whether to include authorized operations. Versions 0. */
  includeAuthorizedOperations: boolean;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeStreamsGroupDescribeRequest(r: Reader, v: number): StreamsGroupDescribeRequest {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'groupIds';
    const groupIds = r.array(true, elements.compactString, v, 1);
    at = 'includeAuthorizedOperations';
    const includeAuthorizedOperations = r.bool();
    const o: StreamsGroupDescribeRequest = { groupIds, includeAuthorizedOperations, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'StreamsGroupDescribeRequest', 89, v);
  }
}

export function sizeStreamsGroupDescribeRequest(o: StreamsGroupDescribeRequest, v: number): number {
  let s = 1;
  s += sizeOf.array(true, o.groupIds, elementSizers.compactString, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeStreamsGroupDescribeRequest(w: Writer, o: StreamsGroupDescribeRequest, v: number): void {
  w.array(true, o.groupIds, elementWriters.compactString, v);
  w.bool(o.includeAuthorizedOperations);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes StreamsGroupDescribeRequest in place. */
export function encodeStreamsGroupDescribeRequest(o: StreamsGroupDescribeRequest, v: number): Buffer {
  return encodeWith(sizeStreamsGroupDescribeRequest, writeStreamsGroupDescribeRequest, o, v, 0, 0, 'StreamsGroupDescribeRequest');
}

/** StreamsGroupDescribeResponse, versions 0. */
export interface StreamsGroupDescribeResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0. */
  throttleTimeMs: number;
  /** Each described group. Versions 0. */
  groups: StreamsGroupDescribeResponseDescribedGroup[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeStreamsGroupDescribeResponse(r: Reader, v: number): StreamsGroupDescribeResponse {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'groups';
    const groups = r.array(true, decodeStreamsGroupDescribeResponseDescribedGroup, v, 20);
    const o: StreamsGroupDescribeResponse = { throttleTimeMs, groups, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'StreamsGroupDescribeResponse', 89, v);
  }
}

export function sizeStreamsGroupDescribeResponse(o: StreamsGroupDescribeResponse, v: number): number {
  let s = 4;
  s += sizeOf.array(true, o.groups, sizeStreamsGroupDescribeResponseDescribedGroup, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeStreamsGroupDescribeResponse(w: Writer, o: StreamsGroupDescribeResponse, v: number): void {
  w.int32(o.throttleTimeMs);
  w.array(true, o.groups, writeStreamsGroupDescribeResponseDescribedGroup, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes StreamsGroupDescribeResponse in place. */
export function encodeStreamsGroupDescribeResponse(o: StreamsGroupDescribeResponse, v: number): Buffer {
  return encodeWith(sizeStreamsGroupDescribeResponse, writeStreamsGroupDescribeResponse, o, v, 0, 0, 'StreamsGroupDescribeResponse');
}

/** Endpoint (in StreamsGroupDescribeResponse). */
export interface StreamsGroupDescribeResponseEndpoint {
  /** host of the endpoint Versions 0. */
  host: string;
  /** port of the endpoint Versions 0. */
  port: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeStreamsGroupDescribeResponseEndpoint(r: Reader, v: number): StreamsGroupDescribeResponseEndpoint {
  let at = '';
  try {
    at = 'host';
    const host = r.compactString();
    at = 'port';
    const port = r.uint16();
    const o: StreamsGroupDescribeResponseEndpoint = { host, port, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeStreamsGroupDescribeResponseEndpoint(o: StreamsGroupDescribeResponseEndpoint, _v: number): number {
  let s = 2;
  s += sizeOf.compactString(o.host);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeStreamsGroupDescribeResponseEndpoint(w: Writer, o: StreamsGroupDescribeResponseEndpoint, _v: number): void {
  w.compactString(o.host);
  w.uint16(o.port);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** TaskOffset (in StreamsGroupDescribeResponse). */
export interface StreamsGroupDescribeResponseTaskOffset {
  /** The subtopology identifier. Versions 0. */
  subtopologyId: string;
  /** The partition. Versions 0. */
  partition: number;
  /** The offset. Versions 0. */
  offset: bigint;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeStreamsGroupDescribeResponseTaskOffset(r: Reader, v: number): StreamsGroupDescribeResponseTaskOffset {
  let at = '';
  try {
    at = 'subtopologyId';
    const subtopologyId = r.compactString();
    at = 'partition';
    const partition = r.int32();
    at = 'offset';
    const offset = r.int64();
    const o: StreamsGroupDescribeResponseTaskOffset = { subtopologyId, partition, offset, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeStreamsGroupDescribeResponseTaskOffset(o: StreamsGroupDescribeResponseTaskOffset, _v: number): number {
  let s = 12;
  s += sizeOf.compactString(o.subtopologyId);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeStreamsGroupDescribeResponseTaskOffset(w: Writer, o: StreamsGroupDescribeResponseTaskOffset, _v: number): void {
  w.compactString(o.subtopologyId);
  w.int32(o.partition);
  w.int64(o.offset);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** TopicPartitions (in StreamsGroupDescribeResponse). */
export interface StreamsGroupDescribeResponseTopicPartitions {
  /** The topic ID. Versions 0. */
  topicId: string;
  /** The topic name. Versions 0. */
  topicName: string;
  /** The partitions. Versions 0. */
  partitions: number[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeStreamsGroupDescribeResponseTopicPartitions(r: Reader, v: number): StreamsGroupDescribeResponseTopicPartitions {
  let at = '';
  try {
    at = 'topicId';
    const topicId = r.uuid();
    at = 'topicName';
    const topicName = r.compactString();
    at = 'partitions';
    const partitions = r.array(true, elements.int32, v, 4);
    const o: StreamsGroupDescribeResponseTopicPartitions = { topicId, topicName, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeStreamsGroupDescribeResponseTopicPartitions(o: StreamsGroupDescribeResponseTopicPartitions, _v: number): number {
  let s = 16;
  s += sizeOf.compactString(o.topicName);
  s += sizeOf.fixedArray(true, o.partitions, 4);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeStreamsGroupDescribeResponseTopicPartitions(w: Writer, o: StreamsGroupDescribeResponseTopicPartitions, v: number): void {
  w.uuid(o.topicId);
  w.compactString(o.topicName);
  w.array(true, o.partitions, elementWriters.int32, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Assignment (in StreamsGroupDescribeResponse). */
export interface StreamsGroupDescribeResponseAssignment {
  /** Active tasks for this client. Versions 0. */
  activeTasks: StreamsGroupDescribeResponseTaskIds[];
  /** Standby tasks for this client. Versions 0. */
  standbyTasks: StreamsGroupDescribeResponseTaskIds[];
  /** Warm-up tasks for this client.  Versions 0. */
  warmupTasks: StreamsGroupDescribeResponseTaskIds[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeStreamsGroupDescribeResponseAssignment(r: Reader, v: number): StreamsGroupDescribeResponseAssignment {
  let at = '';
  try {
    at = 'activeTasks';
    const activeTasks = r.array(true, decodeStreamsGroupDescribeResponseTaskIds, v, 3);
    at = 'standbyTasks';
    const standbyTasks = r.array(true, decodeStreamsGroupDescribeResponseTaskIds, v, 3);
    at = 'warmupTasks';
    const warmupTasks = r.array(true, decodeStreamsGroupDescribeResponseTaskIds, v, 3);
    const o: StreamsGroupDescribeResponseAssignment = { activeTasks, standbyTasks, warmupTasks, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeStreamsGroupDescribeResponseAssignment(o: StreamsGroupDescribeResponseAssignment, v: number): number {
  let s = 0;
  s += sizeOf.array(true, o.activeTasks, sizeStreamsGroupDescribeResponseTaskIds, v);
  s += sizeOf.array(true, o.standbyTasks, sizeStreamsGroupDescribeResponseTaskIds, v);
  s += sizeOf.array(true, o.warmupTasks, sizeStreamsGroupDescribeResponseTaskIds, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeStreamsGroupDescribeResponseAssignment(w: Writer, o: StreamsGroupDescribeResponseAssignment, v: number): void {
  w.array(true, o.activeTasks, writeStreamsGroupDescribeResponseTaskIds, v);
  w.array(true, o.standbyTasks, writeStreamsGroupDescribeResponseTaskIds, v);
  w.array(true, o.warmupTasks, writeStreamsGroupDescribeResponseTaskIds, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** TaskIds (in StreamsGroupDescribeResponse). */
export interface StreamsGroupDescribeResponseTaskIds {
  /** The subtopology identifier. Versions 0. */
  subtopologyId: string;
  /** The partitions of the input topics processed by this member. Versions 0. */
  partitions: number[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeStreamsGroupDescribeResponseTaskIds(r: Reader, v: number): StreamsGroupDescribeResponseTaskIds {
  let at = '';
  try {
    at = 'subtopologyId';
    const subtopologyId = r.compactString();
    at = 'partitions';
    const partitions = r.array(true, elements.int32, v, 4);
    const o: StreamsGroupDescribeResponseTaskIds = { subtopologyId, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeStreamsGroupDescribeResponseTaskIds(o: StreamsGroupDescribeResponseTaskIds, _v: number): number {
  let s = 0;
  s += sizeOf.compactString(o.subtopologyId);
  s += sizeOf.fixedArray(true, o.partitions, 4);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeStreamsGroupDescribeResponseTaskIds(w: Writer, o: StreamsGroupDescribeResponseTaskIds, v: number): void {
  w.compactString(o.subtopologyId);
  w.array(true, o.partitions, elementWriters.int32, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** KeyValue (in StreamsGroupDescribeResponse). */
export interface StreamsGroupDescribeResponseKeyValue {
  /** key of the config Versions 0. */
  key: string;
  /** value of the config Versions 0. */
  value: string;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeStreamsGroupDescribeResponseKeyValue(r: Reader, v: number): StreamsGroupDescribeResponseKeyValue {
  let at = '';
  try {
    at = 'key';
    const key = r.compactString();
    at = 'value';
    const value = r.compactString();
    const o: StreamsGroupDescribeResponseKeyValue = { key, value, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeStreamsGroupDescribeResponseKeyValue(o: StreamsGroupDescribeResponseKeyValue, _v: number): number {
  let s = 0;
  s += sizeOf.compactString(o.key);
  s += sizeOf.compactString(o.value);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeStreamsGroupDescribeResponseKeyValue(w: Writer, o: StreamsGroupDescribeResponseKeyValue, _v: number): void {
  w.compactString(o.key);
  w.compactString(o.value);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** TopicInfo (in StreamsGroupDescribeResponse). */
export interface StreamsGroupDescribeResponseTopicInfo {
  /** The name of the topic. Versions 0. */
  name: string;
  /** The number of partitions in the topic. Can be 0 if no specific number of partitions is enforced. Always 0 for changelog topics. Versions 0. */
  partitions: number;
  /** The replication factor of the topic. Can be 0 if the default replication factor should be used. Versions 0. */
  replicationFactor: number;
  /** Topic-level configurations as key-value pairs. Versions 0. */
  topicConfigs: StreamsGroupDescribeResponseKeyValue[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeStreamsGroupDescribeResponseTopicInfo(r: Reader, v: number): StreamsGroupDescribeResponseTopicInfo {
  let at = '';
  try {
    at = 'name';
    const name = r.compactString();
    at = 'partitions';
    const partitions = r.int32();
    at = 'replicationFactor';
    const replicationFactor = r.int16();
    at = 'topicConfigs';
    const topicConfigs = r.array(true, decodeStreamsGroupDescribeResponseKeyValue, v, 3);
    const o: StreamsGroupDescribeResponseTopicInfo = { name, partitions, replicationFactor, topicConfigs, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeStreamsGroupDescribeResponseTopicInfo(o: StreamsGroupDescribeResponseTopicInfo, v: number): number {
  let s = 6;
  s += sizeOf.compactString(o.name);
  s += sizeOf.array(true, o.topicConfigs, sizeStreamsGroupDescribeResponseKeyValue, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeStreamsGroupDescribeResponseTopicInfo(w: Writer, o: StreamsGroupDescribeResponseTopicInfo, v: number): void {
  w.compactString(o.name);
  w.int32(o.partitions);
  w.int16(o.replicationFactor);
  w.array(true, o.topicConfigs, writeStreamsGroupDescribeResponseKeyValue, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** DescribedGroup (in StreamsGroupDescribeResponse). */
export interface StreamsGroupDescribeResponseDescribedGroup {
  /** The describe error, or 0 if there was no error. Versions 0. */
  errorCode: number;
  /** The top-level error message, or null if there was no error. Versions 0, nullable 0. */
  errorMessage: string | null;
  /** The group ID string. Versions 0. */
  groupId: string;
  /** The group state string, or the empty string. Versions 0. */
  groupState: string;
  /** The group epoch. Versions 0. */
  groupEpoch: number;
  /** The assignment epoch. Versions 0. */
  assignmentEpoch: number;
  /** The topology metadata currently initialized for the streams application. Can be null in case of a describe error. Versions 0, nullable 0. */
  topology: StreamsGroupDescribeResponseTopology | null;
  /** The members. Versions 0. */
  members: StreamsGroupDescribeResponseMember[];
  /** 32-bit bitfield to represent authorized operations for this group. Versions 0. */
  authorizedOperations: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeStreamsGroupDescribeResponseDescribedGroup(r: Reader, v: number): StreamsGroupDescribeResponseDescribedGroup {
  let at = '';
  try {
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'errorMessage';
    const errorMessage = r.compactNullableString();
    at = 'groupId';
    const groupId = r.compactString();
    at = 'groupState';
    const groupState = r.compactString();
    at = 'groupEpoch';
    const groupEpoch = r.int32();
    at = 'assignmentEpoch';
    const assignmentEpoch = r.int32();
    at = 'topology';
    const topology = decodeNullableStruct(r, decodeStreamsGroupDescribeResponseTopology, v);
    at = 'members';
    const members = r.array(true, decodeStreamsGroupDescribeResponseMember, v, 28);
    at = 'authorizedOperations';
    const authorizedOperations = r.int32();
    const o: StreamsGroupDescribeResponseDescribedGroup = { errorCode, errorMessage, groupId, groupState, groupEpoch, assignmentEpoch, topology, members, authorizedOperations, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeStreamsGroupDescribeResponseDescribedGroup(o: StreamsGroupDescribeResponseDescribedGroup, v: number): number {
  let s = 14;
  s += sizeOf.compactNullableString(o.errorMessage);
  s += sizeOf.compactString(o.groupId);
  s += sizeOf.compactString(o.groupState);
  s += sizeNullableStruct(o.topology, sizeStreamsGroupDescribeResponseTopology, v);
  s += sizeOf.array(true, o.members, sizeStreamsGroupDescribeResponseMember, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeStreamsGroupDescribeResponseDescribedGroup(w: Writer, o: StreamsGroupDescribeResponseDescribedGroup, v: number): void {
  w.int16(o.errorCode);
  w.compactNullableString(o.errorMessage);
  w.compactString(o.groupId);
  w.compactString(o.groupState);
  w.int32(o.groupEpoch);
  w.int32(o.assignmentEpoch);
  writeNullableStruct(w, o.topology, writeStreamsGroupDescribeResponseTopology, v);
  w.array(true, o.members, writeStreamsGroupDescribeResponseMember, v);
  w.int32(o.authorizedOperations);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Topology (in StreamsGroupDescribeResponse). */
export interface StreamsGroupDescribeResponseTopology {
  /** The epoch of the currently initialized topology for this group. Versions 0. */
  epoch: number;
  /** The subtopologies of the streams application. This contains the configured subtopologies, where the number of partitions are set and any regular expressions are resolved to actual topics. Null if the group is uninitialized, source topics are missing or incorrectly partitioned. Versions 0, nullable 0. */
  subtopologies: StreamsGroupDescribeResponseSubtopology[] | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeStreamsGroupDescribeResponseTopology(r: Reader, v: number): StreamsGroupDescribeResponseTopology {
  let at = '';
  try {
    at = 'epoch';
    const epoch = r.int32();
    at = 'subtopologies';
    const subtopologies = r.nullableArray(true, decodeStreamsGroupDescribeResponseSubtopology, v, 6);
    const o: StreamsGroupDescribeResponseTopology = { epoch, subtopologies, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeStreamsGroupDescribeResponseTopology(o: StreamsGroupDescribeResponseTopology, v: number): number {
  let s = 4;
  s += sizeOf.nullableArray(true, o.subtopologies, sizeStreamsGroupDescribeResponseSubtopology, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeStreamsGroupDescribeResponseTopology(w: Writer, o: StreamsGroupDescribeResponseTopology, v: number): void {
  w.int32(o.epoch);
  w.nullableArray(true, o.subtopologies, writeStreamsGroupDescribeResponseSubtopology, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Subtopology (in StreamsGroupDescribeResponse). */
export interface StreamsGroupDescribeResponseSubtopology {
  /** String to uniquely identify the subtopology. Versions 0. */
  subtopologyId: string;
  /** The topics the subtopology reads from. Versions 0. */
  sourceTopics: string[];
  /** The repartition topics the subtopology writes to. Versions 0. */
  repartitionSinkTopics: string[];
  /** The set of state changelog topics associated with this subtopology. Created automatically. Versions 0. */
  stateChangelogTopics: StreamsGroupDescribeResponseTopicInfo[];
  /** The set of source topics that are internally created repartition topics. Created automatically. Versions 0. */
  repartitionSourceTopics: StreamsGroupDescribeResponseTopicInfo[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeStreamsGroupDescribeResponseSubtopology(r: Reader, v: number): StreamsGroupDescribeResponseSubtopology {
  let at = '';
  try {
    at = 'subtopologyId';
    const subtopologyId = r.compactString();
    at = 'sourceTopics';
    const sourceTopics = r.array(true, elements.compactString, v, 1);
    at = 'repartitionSinkTopics';
    const repartitionSinkTopics = r.array(true, elements.compactString, v, 1);
    at = 'stateChangelogTopics';
    const stateChangelogTopics = r.array(true, decodeStreamsGroupDescribeResponseTopicInfo, v, 9);
    at = 'repartitionSourceTopics';
    const repartitionSourceTopics = r.array(true, decodeStreamsGroupDescribeResponseTopicInfo, v, 9);
    const o: StreamsGroupDescribeResponseSubtopology = { subtopologyId, sourceTopics, repartitionSinkTopics, stateChangelogTopics, repartitionSourceTopics, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeStreamsGroupDescribeResponseSubtopology(o: StreamsGroupDescribeResponseSubtopology, v: number): number {
  let s = 0;
  s += sizeOf.compactString(o.subtopologyId);
  s += sizeOf.array(true, o.sourceTopics, elementSizers.compactString, v);
  s += sizeOf.array(true, o.repartitionSinkTopics, elementSizers.compactString, v);
  s += sizeOf.array(true, o.stateChangelogTopics, sizeStreamsGroupDescribeResponseTopicInfo, v);
  s += sizeOf.array(true, o.repartitionSourceTopics, sizeStreamsGroupDescribeResponseTopicInfo, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeStreamsGroupDescribeResponseSubtopology(w: Writer, o: StreamsGroupDescribeResponseSubtopology, v: number): void {
  w.compactString(o.subtopologyId);
  w.array(true, o.sourceTopics, elementWriters.compactString, v);
  w.array(true, o.repartitionSinkTopics, elementWriters.compactString, v);
  w.array(true, o.stateChangelogTopics, writeStreamsGroupDescribeResponseTopicInfo, v);
  w.array(true, o.repartitionSourceTopics, writeStreamsGroupDescribeResponseTopicInfo, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Member (in StreamsGroupDescribeResponse). */
export interface StreamsGroupDescribeResponseMember {
  /** The member ID. Versions 0. */
  memberId: string;
  /** The member epoch. Versions 0. */
  memberEpoch: number;
  /** The member instance ID for static membership. Versions 0, nullable 0. */
  instanceId: string | null;
  /** The rack ID. Versions 0, nullable 0. */
  rackId: string | null;
  /** The client ID. Versions 0. */
  clientId: string;
  /** The client host. Versions 0. */
  clientHost: string;
  /** The epoch of the topology on the client. Versions 0. */
  topologyEpoch: number;
  /** Identity of the streams instance that may have multiple clients.  Versions 0. */
  processId: string;
  /** User-defined endpoint for Interactive Queries. Null if not defined for this client. Versions 0, nullable 0. */
  userEndpoint: StreamsGroupDescribeResponseEndpoint | null;
  /** Used for rack-aware assignment algorithm. Versions 0. */
  clientTags: StreamsGroupDescribeResponseKeyValue[];
  /** Cumulative changelog offsets for tasks. Versions 0. */
  taskOffsets: StreamsGroupDescribeResponseTaskOffset[];
  /** Cumulative changelog end offsets for tasks. Versions 0. */
  taskEndOffsets: StreamsGroupDescribeResponseTaskOffset[];
  /** The current assignment. Versions 0. */
  assignment: StreamsGroupDescribeResponseAssignment;
  /** The target assignment. Versions 0. */
  targetAssignment: StreamsGroupDescribeResponseAssignment;
  /** True for classic members that have not been upgraded yet. Versions 0. */
  isClassic: boolean;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeStreamsGroupDescribeResponseMember(r: Reader, v: number): StreamsGroupDescribeResponseMember {
  let at = '';
  try {
    at = 'memberId';
    const memberId = r.compactString();
    at = 'memberEpoch';
    const memberEpoch = r.int32();
    at = 'instanceId';
    const instanceId = r.compactNullableString();
    at = 'rackId';
    const rackId = r.compactNullableString();
    at = 'clientId';
    const clientId = r.compactString();
    at = 'clientHost';
    const clientHost = r.compactString();
    at = 'topologyEpoch';
    const topologyEpoch = r.int32();
    at = 'processId';
    const processId = r.compactString();
    at = 'userEndpoint';
    const userEndpoint = decodeNullableStruct(r, decodeStreamsGroupDescribeResponseEndpoint, v);
    at = 'clientTags';
    const clientTags = r.array(true, decodeStreamsGroupDescribeResponseKeyValue, v, 3);
    at = 'taskOffsets';
    const taskOffsets = r.array(true, decodeStreamsGroupDescribeResponseTaskOffset, v, 14);
    at = 'taskEndOffsets';
    const taskEndOffsets = r.array(true, decodeStreamsGroupDescribeResponseTaskOffset, v, 14);
    at = 'assignment';
    const assignment = decodeStreamsGroupDescribeResponseAssignment(r, v);
    at = 'targetAssignment';
    const targetAssignment = decodeStreamsGroupDescribeResponseAssignment(r, v);
    at = 'isClassic';
    const isClassic = r.bool();
    const o: StreamsGroupDescribeResponseMember = { memberId, memberEpoch, instanceId, rackId, clientId, clientHost, topologyEpoch, processId, userEndpoint, clientTags, taskOffsets, taskEndOffsets, assignment, targetAssignment, isClassic, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeStreamsGroupDescribeResponseMember(o: StreamsGroupDescribeResponseMember, v: number): number {
  let s = 9;
  s += sizeOf.compactString(o.memberId);
  s += sizeOf.compactNullableString(o.instanceId);
  s += sizeOf.compactNullableString(o.rackId);
  s += sizeOf.compactString(o.clientId);
  s += sizeOf.compactString(o.clientHost);
  s += sizeOf.compactString(o.processId);
  s += sizeNullableStruct(o.userEndpoint, sizeStreamsGroupDescribeResponseEndpoint, v);
  s += sizeOf.array(true, o.clientTags, sizeStreamsGroupDescribeResponseKeyValue, v);
  s += sizeOf.array(true, o.taskOffsets, sizeStreamsGroupDescribeResponseTaskOffset, v);
  s += sizeOf.array(true, o.taskEndOffsets, sizeStreamsGroupDescribeResponseTaskOffset, v);
  s += sizeStreamsGroupDescribeResponseAssignment(o.assignment, v);
  s += sizeStreamsGroupDescribeResponseAssignment(o.targetAssignment, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeStreamsGroupDescribeResponseMember(w: Writer, o: StreamsGroupDescribeResponseMember, v: number): void {
  w.compactString(o.memberId);
  w.int32(o.memberEpoch);
  w.compactNullableString(o.instanceId);
  w.compactNullableString(o.rackId);
  w.compactString(o.clientId);
  w.compactString(o.clientHost);
  w.int32(o.topologyEpoch);
  w.compactString(o.processId);
  writeNullableStruct(w, o.userEndpoint, writeStreamsGroupDescribeResponseEndpoint, v);
  w.array(true, o.clientTags, writeStreamsGroupDescribeResponseKeyValue, v);
  w.array(true, o.taskOffsets, writeStreamsGroupDescribeResponseTaskOffset, v);
  w.array(true, o.taskEndOffsets, writeStreamsGroupDescribeResponseTaskOffset, v);
  writeStreamsGroupDescribeResponseAssignment(w, o.assignment, v);
  writeStreamsGroupDescribeResponseAssignment(w, o.targetAssignment, v);
  w.bool(o.isClassic);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** What a policy reads from StreamsGroupDescribeRequest; everything else is skipped. */
export interface StreamsGroupDescribeRequestPeek {
  groupIds: string[];
}

export function peekStreamsGroupDescribeRequest(r: Reader, v: number): StreamsGroupDescribeRequestPeek {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'groupIds';
    const f0 = r.array(true, elements.compactString, v, 1);
    at = 'includeAuthorizedOperations';
    r.skip(1);
    r.skipTaggedFields();
    return { groupIds: f0 };
  } catch (e) {
    throw failedIn(e, at, r, 'StreamsGroupDescribeRequest', 89, v);
  }
}
