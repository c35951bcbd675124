/**
 * Partial decoding for policy decisions: read the topics, topic IDs, groups and transactional IDs a
 * request names (and Produce acks, Metadata auto-create) without decoding anything else. The peek
 * decoders are generated (protocol/generator/emit-peek.ts) from the same schemas as the full codecs;
 * they skip the fields a policy does not need by length, so a Produce request costs the same to peek
 * whatever the size of its records.
 */
import { apiKeyInfo } from '../generated/api-keys.js';
import { REQUEST_CODECS } from '../generated/codecs.js';
import { ENTITY_PATHS, type EntityPath } from '../generated/entity-paths.js';
import type { FetchRequestPeek, MetadataRequestPeek, ProduceRequestPeek } from '../generated/index.js';
import { peekFetchRequest } from '../generated/messages/fetch.js';
import { peekMetadataRequest } from '../generated/messages/metadata.js';
import { peekProduceRequest } from '../generated/messages/produce.js';
import { ZERO_UUID } from '../primitives/codec-runtime.js';
import { Reader } from '../primitives/reader.js';
import type { RequestHeader } from '../framing/headers.js';

export type { FetchRequestPeek, MetadataRequestPeek, ProduceRequestPeek };

function bodyReader(frame: Buffer, header: RequestHeader): Reader {
  return new Reader(frame, header.headerLength);
}

/** Produce: acks, transactional ID, topics by name (v3-12) or ID (v13) with partition indexes. */
export function peekProduce(frame: Buffer, header: RequestHeader): ProduceRequestPeek {
  return peekProduceRequest(bodyReader(frame, header), header.apiVersion);
}

/** Fetch: topics and forgotten topics by name (v4-12) or ID (v13+), with partition indexes. */
export function peekFetch(frame: Buffer, header: RequestHeader): FetchRequestPeek {
  return peekFetchRequest(bodyReader(frame, header), header.apiVersion);
}

/** Metadata: topics by name or ID (v10+), null for all topics, and allowAutoTopicCreation. */
export function peekMetadata(frame: Buffer, header: RequestHeader): MetadataRequestPeek {
  return peekMetadataRequest(bodyReader(frame, header), header.apiVersion);
}

/** Whether a Metadata request asks for every topic: a null list, or an empty one in v0. */
export function metadataRequestsAllTopics(peek: MetadataRequestPeek, version: number): boolean {
  return peek.topics === null || (version === 0 && peek.topics.length === 0);
}

/**
 * Peeks any request that names topics, topic IDs, groups or transactional IDs; undefined for API keys
 * whose requests carry none (ApiVersions, SaslHandshake, ...).
 */
export function peekRequest(frame: Buffer, header: RequestHeader): unknown {
  const peek = REQUEST_CODECS.get(header.apiKey)?.peek;
  if (peek === undefined) return undefined;
  // The generated peek decoders name their API key and version in any DecodeError they throw.
  return peek(bodyReader(frame, header), header.apiVersion);
}

/** The names a request carries, ready for a policy: what the entity-path table points at. */
export interface RequestEntities {
  topicNames: string[];
  topicIds: string[];
  groupIds: string[];
  transactionalIds: string[];
}

const ENTITY_KEYS: Record<string, keyof RequestEntities> = {
  topicName: 'topicNames',
  topicId: 'topicIds',
  groupId: 'groupIds',
  transactionalId: 'transactionalIds',
};

function visit(value: unknown, segments: readonly string[], i: number, out: string[]): void {
  if (value === null || value === undefined) return;
  if (i === segments.length) {
    if (Array.isArray(value)) {
      for (const x of value) if (typeof x === 'string') out.push(x);
    } else if (typeof value === 'string') {
      out.push(value);
    }
    return;
  }
  const seg = segments[i]!;
  const isArray = seg.endsWith('[]');
  const child = (value as Record<string, unknown>)[isArray ? seg.slice(0, -2) : seg];
  if (isArray && i < segments.length - 1 && Array.isArray(child)) {
    for (const element of child) visit(element, segments, i + 1, out);
  } else {
    visit(child, segments, i + 1, out);
  }
}

const splitCache = new Map<string, string[]>();
function segmentsOf(p: EntityPath): string[] {
  let s = splitCache.get(p.path);
  if (s === undefined) splitCache.set(p.path, (s = p.path.split('.')));
  return s;
}

/**
 * Collects topic names, topic IDs, group IDs and transactional IDs from a decoded or peeked request
 * (or response) by walking the generated entity-path table. Fields absent in this version, nulls and
 * zero topic IDs are left out.
 */
export function collectEntities(messageName: string, version: number, value: unknown): RequestEntities {
  const out: RequestEntities = { topicNames: [], topicIds: [], groupIds: [], transactionalIds: [] };
  for (const p of ENTITY_PATHS[messageName] ?? []) {
    const key = ENTITY_KEYS[p.entityType];
    if (key === undefined || version < p.minVersion || version > p.maxVersion) continue;
    const found: string[] = [];
    visit(value, segmentsOf(p), 0, found);
    // The zero UUID means "by name, not by ID"; an empty name is kept, a policy must see it.
    for (const x of found) if (key !== 'topicIds' || x !== ZERO_UUID) out[key].push(x);
  }
  return out;
}

/** Entities of a request frame: peek, then collect. Undefined for requests that carry none. */
export function requestEntities(frame: Buffer, header: RequestHeader): RequestEntities | undefined {
  const info = apiKeyInfo(header.apiKey);
  const value = peekRequest(frame, header);
  if (info === undefined || value === undefined) return undefined;
  return collectEntities(`${info.name}Request`, header.apiVersion, value);
}
