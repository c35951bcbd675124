// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   CreateTopicsRequest.json
//   CreateTopicsResponse.json

import { Reader, Writer, elementWriters, elements, sizeOf, skip } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { ZERO_UUID, checkDecodeVersion, encodeWith, failedAt, failedIn, invalidTag } from '../../primitives/codec-runtime.js';

/** CreateTopicsRequest, versions 2-7. */
export interface CreateTopicsRequest {
  /** The topics to create. Versions 2-7. */
  topics: CreateTopicsRequestCreatableTopic[];
  /** How long to wait in milliseconds before timing out the request. Versions 2-7. */
  timeoutMs: number;
  /** If true, check that the topics can be created as specified, but don't create anything. Versions 2-7. */
  validateOnly: boolean;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeCreateTopicsRequest(r: Reader, v: number): CreateTopicsRequest {
  const flex = v >= 5;
  let at = '';
  try {
    checkDecodeVersion(r, v, 2, 7);
    at = 'topics';
    const topics = r.array(flex, decodeCreateTopicsRequestCreatableTopic, v, 9);
    at = 'timeoutMs';
    const timeoutMs = r.int32();
    at = 'validateOnly';
    const validateOnly = r.bool();
    const o: CreateTopicsRequest = { topics, timeoutMs, validateOnly, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'CreateTopicsRequest', 19, v);
  }
}

export function sizeCreateTopicsRequest(o: CreateTopicsRequest, v: number): number {
  const flex = v >= 5;
  let s = 5;
  s += sizeOf.array(flex, o.topics, sizeCreateTopicsRequestCreatableTopic, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeCreateTopicsRequest(w: Writer, o: CreateTopicsRequest, v: number): void {
  const flex = v >= 5;
  w.array(flex, o.topics, writeCreateTopicsRequestCreatableTopic, v);
  w.int32(o.timeoutMs);
  w.bool(o.validateOnly);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes CreateTopicsRequest in place. */
export function encodeCreateTopicsRequest(o: CreateTopicsRequest, v: number): Buffer {
  return encodeWith(sizeCreateTopicsRequest, writeCreateTopicsRequest, o, v, 2, 7, 'CreateTopicsRequest');
}

/** CreatableTopic (in CreateTopicsRequest). */
export interface CreateTopicsRequestCreatableTopic {
  /** The topic name. Versions 2-7. */
  name: string;
  /** The number of partitions to create in the topic, or -1 if we are either specifying a manual partition assignment or using the default partitions. Versions 2-7. */
  numPartitions: number;
  /** The number of replicas to create for each partition in the topic, or -1 if we are either specifying a manual partition assignment or using the default replication factor. Versions 2-7. */
  replicationFactor: number;
  /** The manual partition assignment, or the empty array if we are using automatic assignment. Versions 2-7. */
  assignments: CreateTopicsRequestCreatableReplicaAssignment[];
  /** The custom topic configurations to set. Versions 2-7. */
  configs: CreateTopicsRequestCreatableTopicConfig[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeCreateTopicsRequestCreatableTopic(r: Reader, v: number): CreateTopicsRequestCreatableTopic {
  const flex = v >= 5;
  let at = '';
  try {
    at = 'name';
    const name = (flex ? r.compactString() : r.string());
    at = 'numPartitions';
    const numPartitions = r.int32();
    at = 'replicationFactor';
    const replicationFactor = r.int16();
    at = 'assignments';
    const assignments = r.array(flex, decodeCreateTopicsRequestCreatableReplicaAssignment, v, 5);
    at = 'configs';
    const configs = r.array(flex, decodeCreateTopicsRequestCreatableTopicConfig, v, 2);
    const o: CreateTopicsRequestCreatableTopic = { name, numPartitions, replicationFactor, assignments, configs, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeCreateTopicsRequestCreatableTopic(o: CreateTopicsRequestCreatableTopic, v: number): number {
  const flex = v >= 5;
  let s = 6;
  s += (flex ? sizeOf.compactString(o.name) : sizeOf.string(o.name));
  s += sizeOf.array(flex, o.assignments, sizeCreateTopicsRequestCreatableReplicaAssignment, v);
  s += sizeOf.array(flex, o.configs, sizeCreateTopicsRequestCreatableTopicConfig, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeCreateTopicsRequestCreatableTopic(w: Writer, o: CreateTopicsRequestCreatableTopic, v: number): void {
  const flex = v >= 5;
  (flex ? w.compactString(o.name) : w.string(o.name));
  w.int32(o.numPartitions);
  w.int16(o.replicationFactor);
  w.array(flex, o.assignments, writeCreateTopicsRequestCreatableReplicaAssignment, v);
  w.array(flex, o.configs, writeCreateTopicsRequestCreatableTopicConfig, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** CreatableReplicaAssignment (in CreateTopicsRequest). */
export interface CreateTopicsRequestCreatableReplicaAssignment {
  /** The partition index. Versions 2-7. */
  partitionIndex: number;
  /** The brokers to place the partition on. Versions 2-7. */
  brokerIds: number[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeCreateTopicsRequestCreatableReplicaAssignment(r: Reader, v: number): CreateTopicsRequestCreatableReplicaAssignment {
  const flex = v >= 5;
  let at = '';
  try {
    at = 'partitionIndex';
    const partitionIndex = r.int32();
    at = 'brokerIds';
    const brokerIds = r.array(flex, elements.int32, v, 4);
    const o: CreateTopicsRequestCreatableReplicaAssignment = { partitionIndex, brokerIds, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeCreateTopicsRequestCreatableReplicaAssignment(o: CreateTopicsRequestCreatableReplicaAssignment, v: number): number {
  const flex = v >= 5;
  let s = 4;
  s += sizeOf.fixedArray(flex, o.brokerIds, 4);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeCreateTopicsRequestCreatableReplicaAssignment(w: Writer, o: CreateTopicsRequestCreatableReplicaAssignment, v: number): void {
  const flex = v >= 5;
  w.int32(o.partitionIndex);
  w.array(flex, o.brokerIds, elementWriters.int32, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** CreatableTopicConfig (in CreateTopicsRequest). */
export interface CreateTopicsRequestCreatableTopicConfig {
  /** The configuration name. Versions 2-7. */
  name: string;
  /** The configuration value. Versions 2-7, nullable 2-7. */
  value: string | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeCreateTopicsRequestCreatableTopicConfig(r: Reader, v: number): CreateTopicsRequestCreatableTopicConfig {
  const flex = v >= 5;
  let at = '';
  try {
    at = 'name';
    const name = (flex ? r.compactString() : r.string());
    at = 'value';
    const value = (flex ? r.compactNullableString() : r.nullableString());
    const o: CreateTopicsRequestCreatableTopicConfig = { name, value, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeCreateTopicsRequestCreatableTopicConfig(o: CreateTopicsRequestCreatableTopicConfig, v: number): number {
  const flex = v >= 5;
  let s = 0;
  s += (flex ? sizeOf.compactString(o.name) : sizeOf.string(o.name));
  s += (flex ? sizeOf.compactNullableString(o.value) : sizeOf.nullableString(o.value));
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeCreateTopicsRequestCreatableTopicConfig(w: Writer, o: CreateTopicsRequestCreatableTopicConfig, v: number): void {
  const flex = v >= 5;
  (flex ? w.compactString(o.name) : w.string(o.name));
  (flex ? w.compactNullableString(o.value) : w.nullableString(o.value));
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** CreateTopicsResponse, versions 2-7. */
export interface CreateTopicsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 2-7. */
  throttleTimeMs: number;
  /** Results for each topic we tried to create. Versions 2-7. */
  topics: CreateTopicsResponseCreatableTopicResult[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeCreateTopicsResponse(r: Reader, v: number): CreateTopicsResponse {
  const flex = v >= 5;
  let at = '';
  try {
    checkDecodeVersion(r, v, 2, 7);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'topics';
    const topics = r.array(flex, decodeCreateTopicsResponseCreatableTopicResult, v, 4);
    const o: CreateTopicsResponse = { throttleTimeMs, topics, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'CreateTopicsResponse', 19, v);
  }
}

export function sizeCreateTopicsResponse(o: CreateTopicsResponse, v: number): number {
  const flex = v >= 5;
  let s = 4;
  s += sizeOf.array(flex, o.topics, sizeCreateTopicsResponseCreatableTopicResult, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeCreateTopicsResponse(w: Writer, o: CreateTopicsResponse, v: number): void {
  const flex = v >= 5;
  w.int32(o.throttleTimeMs);
  w.array(flex, o.topics, writeCreateTopicsResponseCreatableTopicResult, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes CreateTopicsResponse in place. */
export function encodeCreateTopicsResponse(o: CreateTopicsResponse, v: number): Buffer {
  return encodeWith(sizeCreateTopicsResponse, writeCreateTopicsResponse, o, v, 2, 7, 'CreateTopicsResponse');
}

/** CreatableTopicResult (in CreateTopicsResponse). */
export interface CreateTopicsResponseCreatableTopicResult {
  /** The topic name. Versions 2-7. */
  name: string;
  /** The unique topic ID. Versions 7. */
  topicId: string;
  /** The error code, or 0 if there was no error. Versions 2-7. */
  errorCode: number;
  /** The error message, or null if there was no error. Versions 2-7, nullable 2-7. */
  errorMessage: string | null;
  /** Optional topic config error returned if configs are not returned in the response. Versions 5-7, tag 0. */
  topicConfigErrorCode: number;
  /** Number of partitions of the topic. Versions 5-7. */
  numPartitions: number;
  /** Replication factor of the topic. Versions 5-7. */
  replicationFactor: number;
  /** Configuration of the topic. Versions 5-7, nullable 5-7. */
  configs: CreateTopicsResponseCreatableTopicConfigs[] | null;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeCreateTopicsResponseCreatableTopicResult(r: Reader, v: number): CreateTopicsResponseCreatableTopicResult {
  const flex = v >= 5;
  let at = '';
  try {
    at = 'name';
    const name = (flex ? r.compactString() : r.string());
    at = 'topicId';
    const topicId = v >= 7 ? r.uuid() : ZERO_UUID;
    at = 'errorCode';
    const errorCode = r.int16();
    at = 'errorMessage';
    const errorMessage = (flex ? r.compactNullableString() : r.nullableString());
    at = 'numPartitions';
    const numPartitions = v >= 5 ? r.int32() : -1;
    at = 'replicationFactor';
    const replicationFactor = v >= 5 ? r.int16() : -1;
    at = 'configs';
    const configs = v >= 5 ? r.nullableArray(true, decodeCreateTopicsResponseCreatableTopicConfigs, v, 6) : [];
    const o: CreateTopicsResponseCreatableTopicResult = { name, topicId, errorCode, errorMessage, topicConfigErrorCode: 0, numPartitions, replicationFactor, configs, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, tagsCreateTopicsResponseCreatableTopicResult);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

type CreateTopicsResponseCreatableTopicResultTags = Pick<CreateTopicsResponseCreatableTopicResult, 'topicConfigErrorCode'>;

function tagsCreateTopicsResponseCreatableTopicResult(r: Reader, tag: number, o: CreateTopicsResponseCreatableTopicResultTags, v: number): boolean {
  switch (tag) {
    case 0:
      if (!(v >= 5)) throw invalidTag(0, r, v);
      o.topicConfigErrorCode = r.int16();
      return true;
    default:
      return false;
  }
}

export function sizeCreateTopicsResponseCreatableTopicResult(o: CreateTopicsResponseCreatableTopicResult, v: number): number {
  const flex = v >= 5;
  let s = 2;
  s += (flex ? sizeOf.compactString(o.name) : sizeOf.string(o.name));
  if (v >= 7) s += 16;
  s += (flex ? sizeOf.compactNullableString(o.errorMessage) : sizeOf.nullableString(o.errorMessage));
  if (v >= 5) s += 4;
  if (v >= 5) s += 2;
  if (v >= 5) s += sizeOf.nullableArray(true, o.configs, sizeCreateTopicsResponseCreatableTopicConfigs, v);
  if (flex) {
    const u = o._unknownTaggedFields;
    let n = u === undefined ? 0 : u.length;
    let t = u === undefined ? 0 : sizeOf.unknownTaggedFields(u) - sizeOf.uvarint(u.length);
    if (v >= 5 && !(o.topicConfigErrorCode === 0)) {
      n++;
      t += sizeOf.taggedField(0, 2);
    }
    s += sizeOf.uvarint(n) + t;
  }
  return s;
}

export function writeCreateTopicsResponseCreatableTopicResult(w: Writer, o: CreateTopicsResponseCreatableTopicResult, v: number): void {
  const flex = v >= 5;
  (flex ? w.compactString(o.name) : w.string(o.name));
  if (v >= 7) w.uuid(o.topicId);
  w.int16(o.errorCode);
  (flex ? w.compactNullableString(o.errorMessage) : w.nullableString(o.errorMessage));
  if (v >= 5) w.int32(o.numPartitions);
  if (v >= 5) w.int16(o.replicationFactor);
  if (v >= 5) w.nullableArray(true, o.configs, writeCreateTopicsResponseCreatableTopicConfigs, v);
  if (flex) {
    const u = o._unknownTaggedFields;
    let n = u === undefined ? 0 : u.length;
    const t0 = v >= 5 && !(o.topicConfigErrorCode === 0);
    if (t0) n++;
    w.uvarint(n);
    let ui = 0;
    if (t0) {
      ui = w.unknownTagsBelow(u, ui, 0);
      w.taggedFieldHeader(0, 2);
      w.int16(o.topicConfigErrorCode);
    }
    w.unknownTagsBelow(u, ui, Infinity);
  }
}

/** CreatableTopicConfigs (in CreateTopicsResponse). */
export interface CreateTopicsResponseCreatableTopicConfigs {
  /** The configuration name. Versions 5-7. */
  name: string;
  /** The configuration value. Versions 5-7, nullable 5-7. */
  value: string | null;
  /** True if the configuration is read-only. Versions 5-7. */
  readOnly: boolean;
  /** The configuration source. Versions 5-7. */
  configSource: number;
  /** True if this configuration is sensitive. Versions 5-7. */
  isSensitive: boolean;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeCreateTopicsResponseCreatableTopicConfigs(r: Reader, v: number): CreateTopicsResponseCreatableTopicConfigs {
  let at = '';
  try {
    at = 'name';
    const name = r.compactString();
    at = 'value';
    const value = r.compactNullableString();
    at = 'readOnly';
    const readOnly = r.bool();
    at = 'configSource';
    const configSource = r.int8();
    at = 'isSensitive';
    const isSensitive = r.bool();
    const o: CreateTopicsResponseCreatableTopicConfigs = { name, value, readOnly, configSource, isSensitive, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeCreateTopicsResponseCreatableTopicConfigs(o: CreateTopicsResponseCreatableTopicConfigs, _v: number): number {
  let s = 3;
  s += sizeOf.compactString(o.name);
  s += sizeOf.compactNullableString(o.value);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeCreateTopicsResponseCreatableTopicConfigs(w: Writer, o: CreateTopicsResponseCreatableTopicConfigs, _v: number): void {
  w.compactString(o.name);
  w.compactNullableString(o.value);
  w.bool(o.readOnly);
  w.int8(o.configSource);
  w.bool(o.isSensitive);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** What a policy reads from CreateTopicsRequest; everything else is skipped. */
export interface CreateTopicsRequestPeek {
  topics: CreateTopicsRequestCreatableTopicPeek[];
}

export function peekCreateTopicsRequest(r: Reader, v: number): CreateTopicsRequestPeek {
  const flex = v >= 5;
  let at = '';
  try {
    checkDecodeVersion(r, v, 2, 7);
    at = 'topics';
    const f0 = r.array(flex, peekCreateTopicsRequestCreatableTopic, v, 9);
    at = 'timeoutMs';
    r.skip(4);
    at = 'validateOnly';
    r.skip(1);
    if (flex) r.skipTaggedFields();
    return { topics: f0 };
  } catch (e) {
    throw failedIn(e, at, r, 'CreateTopicsRequest', 19, v);
  }
}

/** What a policy reads from CreatableTopic in CreateTopicsRequest; everything else is skipped. */
export interface CreateTopicsRequestCreatableTopicPeek {
  name: string;
}

export function peekCreateTopicsRequestCreatableTopic(r: Reader, v: number): CreateTopicsRequestCreatableTopicPeek {
  const flex = v >= 5;
  let at = '';
  try {
    at = 'name';
    const f0 = (flex ? r.compactString() : r.string());
    at = 'numPartitions';
    r.skip(4);
    at = 'replicationFactor';
    r.skip(2);
    at = 'assignments';
    skip.array(r, flex, skipCreateTopicsRequestCreatableReplicaAssignment, v, 5, false);
    at = 'configs';
    skip.array(r, flex, skipCreateTopicsRequestCreatableTopicConfig, v, 2, false);
    if (flex) r.skipTaggedFields();
    return { name: f0 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

function skipCreateTopicsRequestCreatableReplicaAssignment(r: Reader, v: number): void {
  r.skip(4);
  skip.fixedArray(r, (v >= 5), 4, false);
  if (v >= 5) r.skipTaggedFields();
}

function skipCreateTopicsRequestCreatableTopicConfig(r: Reader, v: number): void {
  skip.string(r, (v >= 5), false);
  skip.string(r, (v >= 5), true);
  if (v >= 5) r.skipTaggedFields();
}
