// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   ConsumerGroupDescribeRequest.json
//   ConsumerGroupDescribeResponse.json

import { Reader, Writer, elementSizers, elementWriters, elements, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** ConsumerGroupDescribeRequest, versions 0-1. */
export interface ConsumerGroupDescribeRequest {
  /** The ids of the groups to describe. Versions 0-1. */
  groupIds: string[];
  /** Whether to include authorized operations. Versions 0-1. */
  includeAuthorizedOperations: boolean;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeConsumerGroupDescribeRequest(r: Reader, v: number): ConsumerGroupDescribeRequest {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 1);
    at = 'groupIds';
    const groupIds = r.array(true, elements.compactString, v, 1);
    at = 'includeAuthorizedOperations';
    const includeAuthorizedOperations = r.bool();
    const o: ConsumerGroupDescribeRequest = { groupIds, includeAuthorizedOperations, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'ConsumerGroupDescribeRequest', 69, v);
  }
}

export function sizeConsumerGroupDescribeRequest(o: ConsumerGroupDescribeRequest, v: number): number {
  let s = 1;
  s += sizeOf.array(true, o.groupIds, elementSizers.compactString, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeConsumerGroupDescribeRequest(w: Writer, o: ConsumerGroupDescribeRequest, v: number): void {
  w.array(true, o.groupIds, elementWriters.compactString, v);
  w.bool(o.includeAuthorizedOperations);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes ConsumerGroupDescribeRequest in place. */
export function encodeConsumerGroupDescribeRequest(o: ConsumerGroupDescribeRequest, v: number): Buffer {
  return encodeWith(sizeConsumerGroupDescribeRequest, writeConsumerGroupDescribeRequest, o, v, 0, 1, 'ConsumerGroupDescribeRequest');
}

/** ConsumerGroupDescribeResponse, versions 0-1. */
export interface ConsumerGroupDescribeResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0-1. */
  throttleTimeMs: number;
  /** Each described group. Versions 0-1. */
  groups: ConsumerGroupDescribeResponseDescribedGroup[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeConsumerGroupDescribeResponse(r: Reader, v: number): ConsumerGroupDescribeResponse {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 1);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'groups';
    const groups = r.array(true, decodeConsumerGroupDescribeResponseDescribedGroup, v, 20);
    const o: ConsumerGroupDescribeResponse = { throttleTimeMs, groups, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'ConsumerGroupDescribeResponse', 69, v);
  }
}

export function sizeConsumerGroupDescribeResponse(o: ConsumerGroupDescribeResponse, v: number): number {
  let s = 4;
  s += sizeOf.array(true, o.groups, sizeConsumerGroupDescribeResponseDescribedGroup, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeConsumerGroupDescribeResponse(w: Writer, o: ConsumerGroupDescribeResponse, v: number): void {
  w.int32(o.throttleTimeMs);
  w.array(true, o.groups, writeConsumerGroupDescribeResponseDescribedGroup, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes ConsumerGroupDescribeResponse in place. */
export function encodeConsumerGroupDescribeResponse(o: ConsumerGroupDescribeResponse, v: number): Buffer {
  return encodeWith(sizeConsumerGroupDescribeResponse, writeConsumerGroupDescribeResponse, o, v, 0, 1, 'ConsumerGroupDescribeResponse');
}

/** TopicPartitions (in ConsumerGroupDescribeResponse). */
export interface ConsumerGroupDescribeResponseTopicPartitions {
  /** The topic ID. Versions 0-1. */
  topicId: string;
  /** The topic name. Versions 0-1. */
  topicName: string;
  /** The partitions. Versions 0-1. */
  partitions: number[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeConsumerGroupDescribeResponseTopicPartitions(r: Reader, v: number): ConsumerGroupDescribeResponseTopicPartitions {
  let at = '';
  try {
    at = 'topicId';
    const topicId = r.uuid();
    at = 'topicName';
    const topicName = r.compactString();
    at = 'partitions';
    const partitions = r.array(true, elements.int32, v, 4);
    const o: ConsumerGroupDescribeResponseTopicPartitions = { topicId, topicName, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeConsumerGroupDescribeResponseTopicPartitions(o: ConsumerGroupDescribeResponseTopicPartitions, _v: number): number {
  let s = 16;
  s += sizeOf.compactString(o.topicName);
  s += sizeOf.fixedArray(true, o.partitions, 4);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeConsumerGroupDescribeResponseTopicPartitions(w: Writer, o: ConsumerGroupDescribeResponseTopicPartitions, v: number): void {
  w.uuid(o.topicId);
  w.compactString(o.topicName);
  w.array(true, o.partitions, elementWriters.int32, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Assignment (in ConsumerGroupDescribeResponse). */
export interface ConsumerGroupDescribeResponseAssignment {
  /** The assigned topic-partitions to the member. Versions 0-1. */
  topicPartitions: ConsumerGroupDescribeResponseTopicPartitions[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeConsumerGroupDescribeResponseAssignment(r: Reader, v: number): ConsumerGroupDescribeResponseAssignment {
  let at = '';
  try {
    at = 'topicPartitions';
    const topicPartitions = r.array(true, decodeConsumerGroupDescribeResponseTopicPartitions, v, 19);
    const o: ConsumerGroupDescribeResponseAssignment = { topicPartitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeConsumerGroupDescribeResponseAssignment(o: ConsumerGroupDescribeResponseAssignment, v: number): number {
  let s = 0;
  s += sizeOf.array(true, o.topicPartitions, sizeConsumerGroupDescribeResponseTopicPartitions, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeConsumerGroupDescribeResponseAssignment(w: Writer, o: ConsumerGroupDescribeResponseAssignment, v: number): void {
  w.array(true, o.topicPartitions, writeConsumerGroupDescribeResponseTopicPartitions, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** DescribedGroup (in ConsumerGroupDescribeResponse). */
export interface ConsumerGroupDescribeResponseDescribedGroup {
  /** The describe error, or 0 if there was no error. Versions 0-1. */
  errorCode: number;
  /** The top-level error message, or null if there was no error. Versions 0-1, nullable 0-1. */
  errorMessage: string | null;
  /** The group ID string. Versions 0-1. */
  groupId: string;
  /** The group state string, or the empty string. Versions 0-1. */
  groupState: string;
  /** The group epoch. Versions 0-1. */
  groupEpoch: number;
  /** The assignment epoch. Versions 0-1. */
  assignmentEpoch: number;
  /** The selected assignor. Versions 0-1. */
  assignorName: string;
  /** The members. Versions 0-1. */
  members: ConsumerGroupDescribeResponseMember[];
  /** 32-bit bitfield to represent authorized operations for this group. Versions 0-1. */
  authorizedOperations: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeConsumerGroupDescribeResponseDescribedGroup(r: Reader, v: number): ConsumerGroupDescribeResponseDescribedGroup {
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
    at = 'assignorName';
    const assignorName = r.compactString();
    at = 'members';
    const members = r.array(true, decodeConsumerGroupDescribeResponseMember, v, 16);
    at = 'authorizedOperations';
    const authorizedOperations = r.int32();
    const o: ConsumerGroupDescribeResponseDescribedGroup = { errorCode, errorMessage, groupId, groupState, groupEpoch, assignmentEpoch, assignorName, members, authorizedOperations, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeConsumerGroupDescribeResponseDescribedGroup(o: ConsumerGroupDescribeResponseDescribedGroup, v: number): number {
  let s = 14;
  s += sizeOf.compactNullableString(o.errorMessage);
  s += sizeOf.compactString(o.groupId);
  s += sizeOf.compactString(o.groupState);
  s += sizeOf.compactString(o.assignorName);
  s += sizeOf.array(true, o.members, sizeConsumerGroupDescribeResponseMember, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeConsumerGroupDescribeResponseDescribedGroup(w: Writer, o: ConsumerGroupDescribeResponseDescribedGroup, v: number): void {
  w.int16(o.errorCode);
  w.compactNullableString(o.errorMessage);
  w.compactString(o.groupId);
  w.compactString(o.groupState);
  w.int32(o.groupEpoch);
  w.int32(o.assignmentEpoch);
  w.compactString(o.assignorName);
  w.array(true, o.members, writeConsumerGroupDescribeResponseMember, v);
  w.int32(o.authorizedOperations);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Member (in ConsumerGroupDescribeResponse). */
export interface ConsumerGroupDescribeResponseMember {
  /** The member ID. Versions 0-1. */
  memberId: string;
  /** The member instance ID. Versions 0-1, nullable 0-1. */
  instanceId: string | null;
  /** The member rack ID. Versions 0-1, nullable 0-1. */
  rackId: string | null;
  /** The current member epoch. Versions 0-1. */
  memberEpoch: number;
  /** The client ID. Versions 0-1. */
  clientId: string;
  /** The client host. Versions 0-1. */
  clientHost: string;
  /** The subscribed topic names. Versions 0-1. */
  subscribedTopicNames: string[];
  /** the subscribed topic regex otherwise or null of not provided. Versions 0-1, nullable 0-1. */
  subscribedTopicRegex: string | null;
  /** The current assignment. Versions 0-1. */
  assignment: ConsumerGroupDescribeResponseAssignment;
  /** The target assignment. Versions 0-1. */
  targetAssignment: ConsumerGroupDescribeResponseAssignment;
  /** -1 for unknown. 0 for classic member. +1 for consumer member. Versions 1. */
  memberType: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeConsumerGroupDescribeResponseMember(r: Reader, v: number): ConsumerGroupDescribeResponseMember {
  let at = '';
  try {
    at = 'memberId';
    const memberId = r.compactString();
    at = 'instanceId';
    const instanceId = r.compactNullableString();
    at = 'rackId';
    const rackId = r.compactNullableString();
    at = 'memberEpoch';
    const memberEpoch = r.int32();
    at = 'clientId';
    const clientId = r.compactString();
    at = 'clientHost';
    const clientHost = r.compactString();
    at = 'subscribedTopicNames';
    const subscribedTopicNames = r.array(true, elements.compactString, v, 1);
    at = 'subscribedTopicRegex';
    const subscribedTopicRegex = r.compactNullableString();
    at = 'assignment';
    const assignment = decodeConsumerGroupDescribeResponseAssignment(r, v);
    at = 'targetAssignment';
    const targetAssignment = decodeConsumerGroupDescribeResponseAssignment(r, v);
    at = 'memberType';
    const memberType = v >= 1 ? r.int8() : -1;
    const o: ConsumerGroupDescribeResponseMember = { memberId, instanceId, rackId, memberEpoch, clientId, clientHost, subscribedTopicNames, subscribedTopicRegex, assignment, targetAssignment, memberType, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeConsumerGroupDescribeResponseMember(o: ConsumerGroupDescribeResponseMember, v: number): number {
  let s = 4;
  s += sizeOf.compactString(o.memberId);
  s += sizeOf.compactNullableString(o.instanceId);
  s += sizeOf.compactNullableString(o.rackId);
  s += sizeOf.compactString(o.clientId);
  s += sizeOf.compactString(o.clientHost);
  s += sizeOf.array(true, o.subscribedTopicNames, elementSizers.compactString, v);
  s += sizeOf.compactNullableString(o.subscribedTopicRegex);
  s += sizeConsumerGroupDescribeResponseAssignment(o.assignment, v);
  s += sizeConsumerGroupDescribeResponseAssignment(o.targetAssignment, v);
  if (v >= 1) s += 1;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeConsumerGroupDescribeResponseMember(w: Writer, o: ConsumerGroupDescribeResponseMember, v: number): void {
  w.compactString(o.memberId);
  w.compactNullableString(o.instanceId);
  w.compactNullableString(o.rackId);
  w.int32(o.memberEpoch);
  w.compactString(o.clientId);
  w.compactString(o.clientHost);
  w.array(true, o.subscribedTopicNames, elementWriters.compactString, v);
  w.compactNullableString(o.subscribedTopicRegex);
  writeConsumerGroupDescribeResponseAssignment(w, o.assignment, v);
  writeConsumerGroupDescribeResponseAssignment(w, o.targetAssignment, v);
  if (v >= 1) w.int8(o.memberType);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** What a policy reads from ConsumerGroupDescribeRequest; everything else is skipped. */
export interface ConsumerGroupDescribeRequestPeek {
  groupIds: string[];
}

export function peekConsumerGroupDescribeRequest(r: Reader, v: number): ConsumerGroupDescribeRequestPeek {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 1);
    at = 'groupIds';
    const f0 = r.array(true, elements.compactString, v, 1);
    at = 'includeAuthorizedOperations';
    r.skip(1);
    r.skipTaggedFields();
    return { groupIds: f0 };
  } catch (e) {
    throw failedIn(e, at, r, 'ConsumerGroupDescribeRequest', 69, v);
  }
}
