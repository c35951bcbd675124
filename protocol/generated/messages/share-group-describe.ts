// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   ShareGroupDescribeRequest.json
//   ShareGroupDescribeResponse.json

import { Reader, Writer, elementSizers, elementWriters, elements, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** ShareGroupDescribeRequest, versions 1. */
export interface ShareGroupDescribeRequest {
  /** The ids of the groups to describe. Versions 1. */
  groupIds: string[];
  /** Whether to include authorized operations. Versions 1. */
  includeAuthorizedOperations: boolean;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeShareGroupDescribeRequest(r: Reader, v: number): ShareGroupDescribeRequest {
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 1);
    at = 'groupIds';
    const groupIds = r.array(true, elements.compactString, v, 1);
    at = 'includeAuthorizedOperations';
    const includeAuthorizedOperations = r.bool();
    const o: ShareGroupDescribeRequest = { groupIds, includeAuthorizedOperations, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'ShareGroupDescribeRequest', 77, v);
  }
}

export function sizeShareGroupDescribeRequest(o: ShareGroupDescribeRequest, v: number): number {
  let s = 1;
  s += sizeOf.array(true, o.groupIds, elementSizers.compactString, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeShareGroupDescribeRequest(w: Writer, o: ShareGroupDescribeRequest, v: number): void {
  w.array(true, o.groupIds, elementWriters.compactString, v);
  w.bool(o.includeAuthorizedOperations);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes ShareGroupDescribeRequest in place. */
export function encodeShareGroupDescribeRequest(o: ShareGroupDescribeRequest, v: number): Buffer {
  return encodeWith(sizeShareGroupDescribeRequest, writeShareGroupDescribeRequest, o, v, 1, 1, 'ShareGroupDescribeRequest');
}

/** ShareGroupDescribeResponse, versions 1. */
export interface ShareGroupDescribeResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 1. */
  throttleTimeMs: number;
  /** Each described group. Versions 1. */
  groups: ShareGroupDescribeResponseDescribedGroup[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeShareGroupDescribeResponse(r: Reader, v: number): ShareGroupDescribeResponse {
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 1);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'groups';
    const groups = r.array(true, decodeShareGroupDescribeResponseDescribedGroup, v, 20);
    const o: ShareGroupDescribeResponse = { throttleTimeMs, groups, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'ShareGroupDescribeResponse', 77, v);
  }
}

export function sizeShareGroupDescribeResponse(o: ShareGroupDescribeResponse, v: number): number {
  let s = 4;
  s += sizeOf.array(true, o.groups, sizeShareGroupDescribeResponseDescribedGroup, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeShareGroupDescribeResponse(w: Writer, o: ShareGroupDescribeResponse, v: number): void {
  w.int32(o.throttleTimeMs);
  w.array(true, o.groups, writeShareGroupDescribeResponseDescribedGroup, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes ShareGroupDescribeResponse in place. */
export function encodeShareGroupDescribeResponse(o: ShareGroupDescribeResponse, v: number): Buffer {
  return encodeWith(sizeShareGroupDescribeResponse, writeShareGroupDescribeResponse, o, v, 1, 1, 'ShareGroupDescribeResponse');
}

/** TopicPartitions (in ShareGroupDescribeResponse). */
export interface ShareGroupDescribeResponseTopicPartitions {
  /** The topic ID. Versions 1. */
  topicId: string;
  /** The topic name. Versions 1. */
  topicName: string;
  /** The partitions. Versions 1. */
  partitions: number[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeShareGroupDescribeResponseTopicPartitions(r: Reader, v: number): ShareGroupDescribeResponseTopicPartitions {
  let at = '';
  try {
    at = 'topicId';
    const topicId = r.uuid();
    at = 'topicName';
    const topicName = r.compactString();
    at = 'partitions';
    const partitions = r.array(true, elements.int32, v, 4);
    const o: ShareGroupDescribeResponseTopicPartitions = { topicId, topicName, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeShareGroupDescribeResponseTopicPartitions(o: ShareGroupDescribeResponseTopicPartitions, _v: number): number {
  let s = 16;
  s += sizeOf.compactString(o.topicName);
  s += sizeOf.fixedArray(true, o.partitions, 4);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeShareGroupDescribeResponseTopicPartitions(w: Writer, o: ShareGroupDescribeResponseTopicPartitions, v: number): void {
  w.uuid(o.topicId);
  w.compactString(o.topicName);
  w.array(true, o.partitions, elementWriters.int32, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Assignment (in ShareGroupDescribeResponse). */
export interface ShareGroupDescribeResponseAssignment {
  /** The assigned topic-partitions to the member. Versions 1. */
  topicPartitions: ShareGroupDescribeResponseTopicPartitions[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeShareGroupDescribeResponseAssignment(r: Reader, v: number): ShareGroupDescribeResponseAssignment {
  let at = '';
  try {
    at = 'topicPartitions';
    const topicPartitions = r.array(true, decodeShareGroupDescribeResponseTopicPartitions, v, 19);
    const o: ShareGroupDescribeResponseAssignment = { topicPartitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeShareGroupDescribeResponseAssignment(o: ShareGroupDescribeResponseAssignment, v: number): number {
  let s = 0;
  s += sizeOf.array(true, o.topicPartitions, sizeShareGroupDescribeResponseTopicPartitions, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeShareGroupDescribeResponseAssignment(w: Writer, o: ShareGroupDescribeResponseAssignment, v: number): void {
  w.array(true, o.topicPartitions, writeShareGroupDescribeResponseTopicPartitions, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** DescribedGroup (in ShareGroupDescribeResponse). */
export interface ShareGroupDescribeResponseDescribedGroup {
  /** The describe error, or 0 if there was no error. Versions 1. */
  errorCode: number;
  /** The top-level error message, or null if there was no error. Versions 1, nullable 1. */
  errorMessage: string | null;
  /** The group ID string. Versions 1. */
  groupId: string;
  /** The group state string, or the empty string. Versions 1. */
  groupState: string;
  /** The group epoch. Versions 1. */
  groupEpoch: number;
  /** The assignment epoch. Versions 1. */
  assignmentEpoch: number;
  /** The selected assignor. Versions 1. */
  assignorName: string;
  /** The members. Versions 1. */
  members: ShareGroupDescribeResponseMember[];
  /** 32-bit bitfield to represent authorized operations for this group. Versions 1. */
  authorizedOperations: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeShareGroupDescribeResponseDescribedGroup(r: Reader, v: number): ShareGroupDescribeResponseDescribedGroup {
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
    const members = r.array(true, decodeShareGroupDescribeResponseMember, v, 12);
    at = 'authorizedOperations';
    const authorizedOperations = r.int32();
    const o: ShareGroupDescribeResponseDescribedGroup = { errorCode, errorMessage, groupId, groupState, groupEpoch, assignmentEpoch, assignorName, members, authorizedOperations, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeShareGroupDescribeResponseDescribedGroup(o: ShareGroupDescribeResponseDescribedGroup, v: number): number {
  let s = 14;
  s += sizeOf.compactNullableString(o.errorMessage);
  s += sizeOf.compactString(o.groupId);
  s += sizeOf.compactString(o.groupState);
  s += sizeOf.compactString(o.assignorName);
  s += sizeOf.array(true, o.members, sizeShareGroupDescribeResponseMember, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeShareGroupDescribeResponseDescribedGroup(w: Writer, o: ShareGroupDescribeResponseDescribedGroup, v: number): void {
  w.int16(o.errorCode);
  w.compactNullableString(o.errorMessage);
  w.compactString(o.groupId);
  w.compactString(o.groupState);
  w.int32(o.groupEpoch);
  w.int32(o.assignmentEpoch);
  w.compactString(o.assignorName);
  w.array(true, o.members, writeShareGroupDescribeResponseMember, v);
  w.int32(o.authorizedOperations);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Member (in ShareGroupDescribeResponse). */
export interface ShareGroupDescribeResponseMember {
  /** The member ID. Versions 1. */
  memberId: string;
  /** The member rack ID. Versions 1, nullable 1. */
  rackId: string | null;
  /** The current member epoch. Versions 1. */
  memberEpoch: number;
  /** The client ID. Versions 1. */
  clientId: string;
  /** The client host. Versions 1. */
  clientHost: string;
  /** The subscribed topic names. Versions 1. */
  subscribedTopicNames: string[];
  /** The current assignment. Versions 1. */
  assignment: ShareGroupDescribeResponseAssignment;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeShareGroupDescribeResponseMember(r: Reader, v: number): ShareGroupDescribeResponseMember {
  let at = '';
  try {
    at = 'memberId';
    const memberId = r.compactString();
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
    at = 'assignment';
    const assignment = decodeShareGroupDescribeResponseAssignment(r, v);
    const o: ShareGroupDescribeResponseMember = { memberId, rackId, memberEpoch, clientId, clientHost, subscribedTopicNames, assignment, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeShareGroupDescribeResponseMember(o: ShareGroupDescribeResponseMember, v: number): number {
  let s = 4;
  s += sizeOf.compactString(o.memberId);
  s += sizeOf.compactNullableString(o.rackId);
  s += sizeOf.compactString(o.clientId);
  s += sizeOf.compactString(o.clientHost);
  s += sizeOf.array(true, o.subscribedTopicNames, elementSizers.compactString, v);
  s += sizeShareGroupDescribeResponseAssignment(o.assignment, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeShareGroupDescribeResponseMember(w: Writer, o: ShareGroupDescribeResponseMember, v: number): void {
  w.compactString(o.memberId);
  w.compactNullableString(o.rackId);
  w.int32(o.memberEpoch);
  w.compactString(o.clientId);
  w.compactString(o.clientHost);
  w.array(true, o.subscribedTopicNames, elementWriters.compactString, v);
  writeShareGroupDescribeResponseAssignment(w, o.assignment, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** What a policy reads from ShareGroupDescribeRequest; everything else is skipped. */
export interface ShareGroupDescribeRequestPeek {
  groupIds: string[];
}

export function peekShareGroupDescribeRequest(r: Reader, v: number): ShareGroupDescribeRequestPeek {
  let at = '';
  try {
    checkDecodeVersion(r, v, 1, 1);
    at = 'groupIds';
    const f0 = r.array(true, elements.compactString, v, 1);
    at = 'includeAuthorizedOperations';
    r.skip(1);
    r.skipTaggedFields();
    return { groupIds: f0 };
  } catch (e) {
    throw failedIn(e, at, r, 'ShareGroupDescribeRequest', 77, v);
  }
}
