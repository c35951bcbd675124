// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   ConsumerProtocolSubscription.json

import { Reader, Writer, elementSizers, elementWriters, elements, sizeOf } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedAt, failedIn } from '../../primitives/codec-runtime.js';

/** ConsumerProtocolSubscription, versions 0-3. */
export interface ConsumerProtocolSubscription {
  /** The topics that the member wants to consume. Versions 0-3. */
  topics: string[];
  /** User data that will be passed back to the consumer. Versions 0-3, nullable 0-3. */
  userData: Buffer | null;
  /** The partitions that the member owns. Versions 1-3. */
  ownedPartitions: ConsumerProtocolSubscriptionTopicPartition[];
  /** The generation id of the member. Versions 2-3. */
  generationId: number;
  /** The rack id of the member. Versions 3, nullable 3. */
  rackId: string | null;
}

export function decodeConsumerProtocolSubscription(r: Reader, v: number): ConsumerProtocolSubscription {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 3);
    at = 'topics';
    const topics = r.array(false, elements.string, v, 2);
    at = 'userData';
    const userData = r.nullableBytes();
    at = 'ownedPartitions';
    const ownedPartitions = v >= 1 ? r.array(false, decodeConsumerProtocolSubscriptionTopicPartition, v, 6) : [];
    at = 'generationId';
    const generationId = v >= 2 ? r.int32() : -1;
    at = 'rackId';
    const rackId = v >= 3 ? r.nullableString() : null;
    const o: ConsumerProtocolSubscription = { topics, userData, ownedPartitions, generationId, rackId };
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'ConsumerProtocolSubscription', undefined, v);
  }
}

export function sizeConsumerProtocolSubscription(o: ConsumerProtocolSubscription, v: number): number {
  let s = 0;
  s += sizeOf.array(false, o.topics, elementSizers.string, v);
  s += sizeOf.nullableBytes(o.userData);
  if (v >= 1) s += sizeOf.array(false, o.ownedPartitions, sizeConsumerProtocolSubscriptionTopicPartition, v);
  if (v >= 2) s += 4;
  if (v >= 3) s += sizeOf.nullableString(o.rackId);
  return s;
}

export function writeConsumerProtocolSubscription(w: Writer, o: ConsumerProtocolSubscription, v: number): void {
  w.array(false, o.topics, elementWriters.string, v);
  w.nullableBytes(o.userData);
  if (v >= 1) w.array(false, o.ownedPartitions, writeConsumerProtocolSubscriptionTopicPartition, v);
  if (v >= 2) w.int32(o.generationId);
  if (v >= 3) w.nullableString(o.rackId);
}

/** Sizes once, allocates once and writes ConsumerProtocolSubscription in place. */
export function encodeConsumerProtocolSubscription(o: ConsumerProtocolSubscription, v: number): Buffer {
  return encodeWith(sizeConsumerProtocolSubscription, writeConsumerProtocolSubscription, o, v, 0, 3, 'ConsumerProtocolSubscription');
}

/** TopicPartition (in ConsumerProtocolSubscription). */
export interface ConsumerProtocolSubscriptionTopicPartition {
  /** The topic name. Versions 1-3. */
  topic: string;
  /** The partition ids. Versions 1-3. */
  partitions: number[];
}

export function decodeConsumerProtocolSubscriptionTopicPartition(r: Reader, v: number): ConsumerProtocolSubscriptionTopicPartition {
  let at = '';
  try {
    at = 'topic';
    const topic = r.string();
    at = 'partitions';
    const partitions = r.array(false, elements.int32, v, 4);
    const o: ConsumerProtocolSubscriptionTopicPartition = { topic, partitions };
    return o;
  } catch (e) {
    throw failedAt(e, at, r);
  }
}

export function sizeConsumerProtocolSubscriptionTopicPartition(o: ConsumerProtocolSubscriptionTopicPartition, _v: number): number {
  let s = 0;
  s += sizeOf.string(o.topic);
  s += sizeOf.fixedArray(false, o.partitions, 4);
  return s;
}

export function writeConsumerProtocolSubscriptionTopicPartition(w: Writer, o: ConsumerProtocolSubscriptionTopicPartition, v: number): void {
  w.string(o.topic);
  w.array(false, o.partitions, elementWriters.int32, v);
}
