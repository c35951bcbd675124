// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   ConsumerProtocolAssignment.json

import { Reader, Writer, elementWriters, elements, sizeOf } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** ConsumerProtocolAssignment, versions 0-3. */
export interface ConsumerProtocolAssignment {
  /** The list of topics and partitions assigned to this consumer. Versions 0-3. */
  assignedPartitions: ConsumerProtocolAssignmentTopicPartition[];
  /** User data. Versions 0-3, nullable 0-3. */
  userData: Buffer | null;
}

export function decodeConsumerProtocolAssignment(r: Reader, v: number): ConsumerProtocolAssignment {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 3);
    at = 'assignedPartitions';
    const assignedPartitions = r.array(false, decodeConsumerProtocolAssignmentTopicPartition, v, 6);
    at = 'userData';
    const userData = r.nullableBytes();
    const o: ConsumerProtocolAssignment = { assignedPartitions, userData };
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'ConsumerProtocolAssignment', undefined, v);
  }
}

export function sizeConsumerProtocolAssignment(o: ConsumerProtocolAssignment, v: number): number {
  let s = 0;
  s += sizeOf.array(false, o.assignedPartitions, sizeConsumerProtocolAssignmentTopicPartition, v);
  s += sizeOf.nullableBytes(o.userData);
  return s;
}

export function writeConsumerProtocolAssignment(w: Writer, o: ConsumerProtocolAssignment, v: number): void {
  w.array(false, o.assignedPartitions, writeConsumerProtocolAssignmentTopicPartition, v);
  w.nullableBytes(o.userData);
}

/** Sizes once, allocates once and writes ConsumerProtocolAssignment in place. */
export function encodeConsumerProtocolAssignment(o: ConsumerProtocolAssignment, v: number): Buffer {
  return encodeWith(sizeConsumerProtocolAssignment, writeConsumerProtocolAssignment, o, v, 0, 3, 'ConsumerProtocolAssignment');
}

/** TopicPartition (in ConsumerProtocolAssignment). */
export interface ConsumerProtocolAssignmentTopicPartition {
  /** The topic name. Versions 0-3. */
  topic: string;
  /** The list of partitions assigned to this consumer. Versions 0-3. */
  partitions: number[];
}

export function decodeConsumerProtocolAssignmentTopicPartition(r: Reader, v: number): ConsumerProtocolAssignmentTopicPartition {
  let at = '';
  try {
    at = 'topic';
    const topic = r.string();
    at = 'partitions';
    const partitions = r.array(false, elements.int32, v, 4);
    const o: ConsumerProtocolAssignmentTopicPartition = { topic, partitions };
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeConsumerProtocolAssignmentTopicPartition(o: ConsumerProtocolAssignmentTopicPartition, _v: number): number {
  let s = 0;
  s += sizeOf.string(o.topic);
  s += sizeOf.fixedArray(false, o.partitions, 4);
  return s;
}

export function writeConsumerProtocolAssignmentTopicPartition(w: Writer, o: ConsumerProtocolAssignmentTopicPartition, v: number): void {
  w.string(o.topic);
  w.array(false, o.partitions, elementWriters.int32, v);
}
