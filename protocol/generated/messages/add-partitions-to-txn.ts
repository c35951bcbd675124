// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   AddPartitionsToTxnRequest.json
//   AddPartitionsToTxnResponse.json

import { Reader, Writer, elementWriters, elements, sizeOf, skip } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { absentField, checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** AddPartitionsToTxnRequest, versions 0-5. */
export interface AddPartitionsToTxnRequest {
  /** List of transactions to add partitions to. Versions 4-5. */
  transactions: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction[];
  /** The transactional id corresponding to the transaction. Versions 0-3. */
  v3AndBelowTransactionalId: string;
  /** Current producer id in use by the transactional id. Versions 0-3. */
  v3AndBelowProducerId: bigint;
  /** Current epoch associated with the producer id. Versions 0-3. */
  v3AndBelowProducerEpoch: number;
  /** The partitions to add to the transaction. Versions 0-3. */
  v3AndBelowTopics: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAddPartitionsToTxnRequest(r: Reader, v: number): AddPartitionsToTxnRequest {
  const flex = v >= 3;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 5);
    at = 'transactions';
    const transactions = v >= 4 ? r.array(true, decodeAddPartitionsToTxnRequestAddPartitionsToTxnTransaction, v, 14) : [];
    at = 'v3AndBelowTransactionalId';
    const v3AndBelowTransactionalId = v <= 3 ? (flex ? r.compactString() : r.string()) : "";
    at = 'v3AndBelowProducerId';
    const v3AndBelowProducerId = v <= 3 ? r.int64() : 0n;
    at = 'v3AndBelowProducerEpoch';
    const v3AndBelowProducerEpoch = v <= 3 ? r.int16() : 0;
    at = 'v3AndBelowTopics';
    const v3AndBelowTopics = v <= 3 ? r.array(flex, decodeAddPartitionsToTxnRequestAddPartitionsToTxnTopic, v, 2) : [];
    const o: AddPartitionsToTxnRequest = { transactions, v3AndBelowTransactionalId, v3AndBelowProducerId, v3AndBelowProducerEpoch, v3AndBelowTopics, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'AddPartitionsToTxnRequest', 24, v);
  }
}

export function sizeAddPartitionsToTxnRequest(o: AddPartitionsToTxnRequest, v: number): number {
  const flex = v >= 3;
  if (!(v >= 4) && !(o.transactions.length === 0)) throw absentField('transactions', v);
  if (!(v <= 3) && !(o.v3AndBelowTransactionalId === "")) throw absentField('v3AndBelowTransactionalId', v);
  if (!(v <= 3) && !(o.v3AndBelowProducerId === 0n)) throw absentField('v3AndBelowProducerId', v);
  if (!(v <= 3) && !(o.v3AndBelowProducerEpoch === 0)) throw absentField('v3AndBelowProducerEpoch', v);
  if (!(v <= 3) && !(o.v3AndBelowTopics.length === 0)) throw absentField('v3AndBelowTopics', v);
  let s = 0;
  if (v >= 4) s += sizeOf.array(true, o.transactions, sizeAddPartitionsToTxnRequestAddPartitionsToTxnTransaction, v);
  if (v <= 3) s += (flex ? sizeOf.compactString(o.v3AndBelowTransactionalId) : sizeOf.string(o.v3AndBelowTransactionalId));
  if (v <= 3) s += 8;
  if (v <= 3) s += 2;
  if (v <= 3) s += sizeOf.array(flex, o.v3AndBelowTopics, sizeAddPartitionsToTxnRequestAddPartitionsToTxnTopic, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeAddPartitionsToTxnRequest(w: Writer, o: AddPartitionsToTxnRequest, v: number): void {
  const flex = v >= 3;
  if (v >= 4) w.array(true, o.transactions, writeAddPartitionsToTxnRequestAddPartitionsToTxnTransaction, v);
  if (v <= 3) (flex ? w.compactString(o.v3AndBelowTransactionalId) : w.string(o.v3AndBelowTransactionalId));
  if (v <= 3) w.int64(o.v3AndBelowProducerId);
  if (v <= 3) w.int16(o.v3AndBelowProducerEpoch);
  if (v <= 3) w.array(flex, o.v3AndBelowTopics, writeAddPartitionsToTxnRequestAddPartitionsToTxnTopic, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes AddPartitionsToTxnRequest in place. */
export function encodeAddPartitionsToTxnRequest(o: AddPartitionsToTxnRequest, v: number): Buffer {
  return encodeWith(sizeAddPartitionsToTxnRequest, writeAddPartitionsToTxnRequest, o, v, 0, 5, 'AddPartitionsToTxnRequest');
}

/** AddPartitionsToTxnTopic (in AddPartitionsToTxnRequest). */
export interface AddPartitionsToTxnRequestAddPartitionsToTxnTopic {
  /** The name of the topic. Versions 0-5. */
  name: string;
  /** The partition indexes to add to the transaction. Versions 0-5. */
  partitions: number[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(r: Reader, v: number): AddPartitionsToTxnRequestAddPartitionsToTxnTopic {
  const flex = v >= 3;
  let at = '';
  try {
    at = 'name';
    const name = (flex ? r.compactString() : r.string());
    at = 'partitions';
    const partitions = r.array(flex, elements.int32, v, 4);
    const o: AddPartitionsToTxnRequestAddPartitionsToTxnTopic = { name, partitions, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(o: AddPartitionsToTxnRequestAddPartitionsToTxnTopic, v: number): number {
  const flex = v >= 3;
  let s = 0;
  s += (flex ? sizeOf.compactString(o.name) : sizeOf.string(o.name));
  s += sizeOf.fixedArray(flex, o.partitions, 4);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(w: Writer, o: AddPartitionsToTxnRequestAddPartitionsToTxnTopic, v: number): void {
  const flex = v >= 3;
  (flex ? w.compactString(o.name) : w.string(o.name));
  w.array(flex, o.partitions, elementWriters.int32, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** AddPartitionsToTxnTransaction (in AddPartitionsToTxnRequest). */
export interface AddPartitionsToTxnRequestAddPartitionsToTxnTransaction {
  /** The transactional id corresponding to the transaction. Versions 4-5. */
  transactionalId: string;
  /** Current producer id in use by the transactional id. Versions 4-5. */
  producerId: bigint;
  /** Current epoch associated with the producer id. Versions 4-5. */
  producerEpoch: number;
  /** Boolean to signify if we want to check if the partition is in the transaction rather than add it. Versions 4-5. */
  verifyOnly: boolean;
  /** The partitions to add to the transaction. Versions 4-5. */
  topics: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(r: Reader, v: number): AddPartitionsToTxnRequestAddPartitionsToTxnTransaction {
  let at = '';
  try {
    at = 'transactionalId';
    const transactionalId = r.compactString();
    at = 'producerId';
    const producerId = r.int64();
    at = 'producerEpoch';
    const producerEpoch = r.int16();
    at = 'verifyOnly';
    const verifyOnly = r.bool();
    at = 'topics';
    const topics = r.array(true, decodeAddPartitionsToTxnRequestAddPartitionsToTxnTopic, v, 2);
    const o: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction = { transactionalId, producerId, producerEpoch, verifyOnly, topics, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(o: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction, v: number): number {
  let s = 11;
  s += sizeOf.compactString(o.transactionalId);
  s += sizeOf.array(true, o.topics, sizeAddPartitionsToTxnRequestAddPartitionsToTxnTopic, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(w: Writer, o: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction, v: number): void {
  w.compactString(o.transactionalId);
  w.int64(o.producerId);
  w.int16(o.producerEpoch);
  w.bool(o.verifyOnly);
  w.array(true, o.topics, writeAddPartitionsToTxnRequestAddPartitionsToTxnTopic, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** AddPartitionsToTxnResponse, versions 0-5. */
export interface AddPartitionsToTxnResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. Versions 0-5. */
  throttleTimeMs: number;
  /** The response top level error code. Versions 4-5. */
  errorCode: number;
  /** Results categorized by transactional ID. Versions 4-5. */
  resultsByTransaction: AddPartitionsToTxnResponseAddPartitionsToTxnResult[];
  /** The results for each topic. Versions 0-3. */
  resultsByTopicV3AndBelow: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAddPartitionsToTxnResponse(r: Reader, v: number): AddPartitionsToTxnResponse {
  const flex = v >= 3;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 5);
    at = 'throttleTimeMs';
    const throttleTimeMs = r.int32();
    at = 'errorCode';
    const errorCode = v >= 4 ? r.int16() : 0;
    at = 'resultsByTransaction';
    const resultsByTransaction = v >= 4 ? r.array(true, decodeAddPartitionsToTxnResponseAddPartitionsToTxnResult, v, 3) : [];
    at = 'resultsByTopicV3AndBelow';
    const resultsByTopicV3AndBelow = v <= 3 ? r.array(flex, decodeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult, v, 2) : [];
    const o: AddPartitionsToTxnResponse = { throttleTimeMs, errorCode, resultsByTransaction, resultsByTopicV3AndBelow, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'AddPartitionsToTxnResponse', 24, v);
  }
}

export function sizeAddPartitionsToTxnResponse(o: AddPartitionsToTxnResponse, v: number): number {
  const flex = v >= 3;
  if (!(v >= 4) && !(o.resultsByTransaction.length === 0)) throw absentField('resultsByTransaction', v);
  if (!(v <= 3) && !(o.resultsByTopicV3AndBelow.length === 0)) throw absentField('resultsByTopicV3AndBelow', v);
  let s = 4;
  if (v >= 4) s += 2;
  if (v >= 4) s += sizeOf.array(true, o.resultsByTransaction, sizeAddPartitionsToTxnResponseAddPartitionsToTxnResult, v);
  if (v <= 3) s += sizeOf.array(flex, o.resultsByTopicV3AndBelow, sizeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeAddPartitionsToTxnResponse(w: Writer, o: AddPartitionsToTxnResponse, v: number): void {
  const flex = v >= 3;
  w.int32(o.throttleTimeMs);
  if (v >= 4) w.int16(o.errorCode);
  if (v >= 4) w.array(true, o.resultsByTransaction, writeAddPartitionsToTxnResponseAddPartitionsToTxnResult, v);
  if (v <= 3) w.array(flex, o.resultsByTopicV3AndBelow, writeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** Sizes once, allocates once and writes AddPartitionsToTxnResponse in place. */
export function encodeAddPartitionsToTxnResponse(o: AddPartitionsToTxnResponse, v: number): Buffer {
  return encodeWith(sizeAddPartitionsToTxnResponse, writeAddPartitionsToTxnResponse, o, v, 0, 5, 'AddPartitionsToTxnResponse');
}

/** AddPartitionsToTxnTopicResult (in AddPartitionsToTxnResponse). */
export interface AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult {
  /** The topic name. Versions 0-5. */
  name: string;
  /** The results for each partition. Versions 0-5. */
  resultsByPartition: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(r: Reader, v: number): AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult {
  const flex = v >= 3;
  let at = '';
  try {
    at = 'name';
    const name = (flex ? r.compactString() : r.string());
    at = 'resultsByPartition';
    const resultsByPartition = r.array(flex, decodeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult, v, 6);
    const o: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult = { name, resultsByPartition, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(o: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult, v: number): number {
  const flex = v >= 3;
  let s = 0;
  s += (flex ? sizeOf.compactString(o.name) : sizeOf.string(o.name));
  s += sizeOf.array(flex, o.resultsByPartition, sizeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult, v);
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(w: Writer, o: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult, v: number): void {
  const flex = v >= 3;
  (flex ? w.compactString(o.name) : w.string(o.name));
  w.array(flex, o.resultsByPartition, writeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult, v);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** AddPartitionsToTxnPartitionResult (in AddPartitionsToTxnResponse). */
export interface AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult {
  /** The partition indexes. Versions 0-5. */
  partitionIndex: number;
  /** The response error code. Versions 0-5. */
  partitionErrorCode: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(r: Reader, v: number): AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult {
  const flex = v >= 3;
  let at = '';
  try {
    at = 'partitionIndex';
    const partitionIndex = r.int32();
    at = 'partitionErrorCode';
    const partitionErrorCode = r.int16();
    const o: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult = { partitionIndex, partitionErrorCode, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    if (flex) o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(o: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult, v: number): number {
  const flex = v >= 3;
  let s = 6;
  if (flex) {
    s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  }
  return s;
}

export function writeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(w: Writer, o: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult, v: number): void {
  const flex = v >= 3;
  w.int32(o.partitionIndex);
  w.int16(o.partitionErrorCode);
  if (flex) {
    w.unknownTaggedFields(o._unknownTaggedFields);
  }
}

/** AddPartitionsToTxnResult (in AddPartitionsToTxnResponse). */
export interface AddPartitionsToTxnResponseAddPartitionsToTxnResult {
  /** The transactional id corresponding to the transaction. Versions 4-5. */
  transactionalId: string;
  /** The results for each topic. Versions 4-5. */
  topicResults: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[];
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeAddPartitionsToTxnResponseAddPartitionsToTxnResult(r: Reader, v: number): AddPartitionsToTxnResponseAddPartitionsToTxnResult {
  let at = '';
  try {
    at = 'transactionalId';
    const transactionalId = r.compactString();
    at = 'topicResults';
    const topicResults = r.array(true, decodeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult, v, 2);
    const o: AddPartitionsToTxnResponseAddPartitionsToTxnResult = { transactionalId, topicResults, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeAddPartitionsToTxnResponseAddPartitionsToTxnResult(o: AddPartitionsToTxnResponseAddPartitionsToTxnResult, v: number): number {
  let s = 0;
  s += sizeOf.compactString(o.transactionalId);
  s += sizeOf.array(true, o.topicResults, sizeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult, v);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeAddPartitionsToTxnResponseAddPartitionsToTxnResult(w: Writer, o: AddPartitionsToTxnResponseAddPartitionsToTxnResult, v: number): void {
  w.compactString(o.transactionalId);
  w.array(true, o.topicResults, writeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult, v);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** What a policy reads from AddPartitionsToTxnRequest; everything else is skipped. */
export interface AddPartitionsToTxnRequestPeek {
  transactions: AddPartitionsToTxnRequestAddPartitionsToTxnTransactionPeek[];
  v3AndBelowTransactionalId: string;
  v3AndBelowTopics: AddPartitionsToTxnRequestAddPartitionsToTxnTopicPeek[];
}

export function peekAddPartitionsToTxnRequest(r: Reader, v: number): AddPartitionsToTxnRequestPeek {
  const flex = v >= 3;
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 5);
    at = 'transactions';
    const f0 = v >= 4 ? r.array(true, peekAddPartitionsToTxnRequestAddPartitionsToTxnTransaction, v, 14) : [];
    at = 'v3AndBelowTransactionalId';
    const f1 = v <= 3 ? (flex ? r.compactString() : r.string()) : "";
    at = 'v3AndBelowProducerId';
    if (v <= 3) r.skip(8);
    at = 'v3AndBelowProducerEpoch';
    if (v <= 3) r.skip(2);
    at = 'v3AndBelowTopics';
    const f4 = v <= 3 ? r.array(flex, peekAddPartitionsToTxnRequestAddPartitionsToTxnTopic, v, 2) : [];
    if (flex) r.skipTaggedFields();
    return { transactions: f0, v3AndBelowTransactionalId: f1, v3AndBelowTopics: f4 };
  } catch (e) {
    throw failedIn(e, at, r, 'AddPartitionsToTxnRequest', 24, v);
  }
}

/** What a policy reads from AddPartitionsToTxnTransaction in AddPartitionsToTxnRequest; everything else is skipped. */
export interface AddPartitionsToTxnRequestAddPartitionsToTxnTransactionPeek {
  transactionalId: string;
  topics: AddPartitionsToTxnRequestAddPartitionsToTxnTopicPeek[];
}

export function peekAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(r: Reader, v: number): AddPartitionsToTxnRequestAddPartitionsToTxnTransactionPeek {
  let at = '';
  try {
    at = 'transactionalId';
    const f0 = r.compactString();
    at = 'producerId';
    r.skip(8);
    at = 'producerEpoch';
    r.skip(2);
    at = 'verifyOnly';
    r.skip(1);
    at = 'topics';
    const f4 = r.array(true, peekAddPartitionsToTxnRequestAddPartitionsToTxnTopic, v, 2);
    r.skipTaggedFields();
    return { transactionalId: f0, topics: f4 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

/** What a policy reads from AddPartitionsToTxnTopic in AddPartitionsToTxnRequest; everything else is skipped. */
export interface AddPartitionsToTxnRequestAddPartitionsToTxnTopicPeek {
  name: string;
}

export function peekAddPartitionsToTxnRequestAddPartitionsToTxnTopic(r: Reader, v: number): AddPartitionsToTxnRequestAddPartitionsToTxnTopicPeek {
  const flex = v >= 3;
  let at = '';
  try {
    at = 'name';
    const f0 = (flex ? r.compactString() : r.string());
    at = 'partitions';
    skip.fixedArray(r, flex, 4, false);
    if (flex) r.skipTaggedFields();
    return { name: f0 };
  } catch (e) {
    throw failedAt(e, at, r);
  }
}
