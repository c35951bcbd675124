// Requests nobody wrote by hand: fast-check arbitraries built from Kafka's message schemas (the
// model the codec generator reads), for any API key and version, over the harness's small universe
// of names and IDs. Values that differ per cluster (topic IDs, fetch session ids, member ids,
// producer ids) are symbols, filled in per side just before the request is encoded, so the proxy
// and the reference broker receive the same request.

import fc from 'fast-check';
import { MessageEmitter, fieldRanges } from '../../protocol/generator/emit-message.js';
import {
  contains,
  intersect,
  isEmpty,
  type FieldSpec,
  type FieldType,
  type MessageSpec,
} from '../../protocol/generator/schema.js';
import { SampleBuilder, schemas } from '../unit/protocol/schema-samples.js';
import { records } from '../integration/policy-raw-client.js';
import { GROUPS, TOPIC_NAMES, TOPICS, TRANSACTIONAL_IDS } from './universe.js';

/** A value known only per side: a topic's ID on that cluster, or a value an earlier answer gave. */
export type Symbol =
  | { readonly $sym: 'topicId'; readonly name: string }
  | { readonly $sym: 'echo'; readonly key: EchoKey; readonly pick: number; readonly fallback: unknown };

/** Values the harness remembers from answers, per side, for later requests to reuse. */
export type EchoKey = 'sessionId' | 'memberId' | 'producerId';

const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA';
const UNKNOWN_ID = 'AAAAAAAAAAAAAAAAAAAAAQ';
const ANY_NAMES = [...TOPIC_NAMES, ...GROUPS, ...TRANSACTIONAL_IDS, '', '0', '1'];

type Obj = Record<string, unknown>;

const echo = (key: EchoKey, fallback: unknown): fc.Arbitrary<Symbol> =>
  fc.nat(7).map((pick) => ({ $sym: 'echo', key, pick, fallback }));

const topicIdArb: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(...Object.keys(TOPICS)).map((name) => ({ $sym: 'topicId', name })),
  },
  { weight: 1, arbitrary: fc.constant(UNKNOWN_ID) },
  { weight: 1, arbitrary: fc.constant(ZERO_UUID) },
);

/** An arbitrary for one primitive field, chosen by its entity type and name. */
function primitiveArb(f: FieldSpec, name: string): fc.Arbitrary<unknown> {
  const n = f.name;
  switch (name) {
    case 'string':
      if (
        f.entityType === 'topicName' ||
        (/^(Topic|TopicName|Name)$/.test(n) && f.entityType === 'topicName')
      )
        return fc.constantFrom(...TOPIC_NAMES);
      if (f.entityType === 'groupId') return fc.constantFrom(...GROUPS);
      if (f.entityType === 'transactionalId') return fc.constantFrom(...TRANSACTIONAL_IDS);
      if (/^MemberId$/.test(n)) return fc.oneof(fc.constant(''), echo('memberId', ''));
      if (/GroupInstanceId/.test(n)) return fc.constantFrom('', 'instance-1');
      if (/^ProtocolType$/.test(n)) return fc.constantFrom('consumer', '');
      if (/Regex/.test(n)) return fc.constantFrom('allowed|secret', '.*', 'pub\\..*');
      if (/^(Key|CoordinatorKeys|ResourceName|TopicName|Topic|Name|GroupId)$/.test(n))
        return fc.constantFrom(...ANY_NAMES);
      if (/Rack/.test(n)) return fc.constantFrom('', 'rack-a');
      return fc.constantFrom('', 'x', 'allowed', 'secret', 'g1', 'tx1');
    case 'uuid':
      if (/TopicId$/.test(n) || n === 'Id') return topicIdArb;
      return fc.constantFrom(ZERO_UUID, UNKNOWN_ID);
    case 'bool':
      return fc.boolean();
    case 'float64':
      return fc.constantFrom(0, 1.5);
    case 'bytes':
      return fc.constantFrom(Buffer.alloc(0), Buffer.from([0, 1, 0, 0, 0, 0]));
    case 'records':
      return fc.constantFrom(records('differential'), records('x'));
    case 'int64':
    case 'varlong':
      if (/ProducerId/.test(n)) return fc.oneof(fc.constant(-1n), echo('producerId', -1n));
      if (/Timestamp/.test(n)) return fc.constantFrom(-1n, -2n, -3n, 0n);
      // OffsetCommit v2-4: -1 (the broker's retention, what clients send) or an hour or more. A
      // retention of a few ms makes the offsets expire at each broker's own cleanup tick
      // (offsets.retention.check.interval.ms, 10 min, not aligned between two brokers): the
      // second 100,000-request run saw one side's committed offsets vanish minutes before the other's.
      if (n === 'RetentionTimeMs') return fc.constantFrom(-1n, 3_600_000n, 86_400_000n, 604_800_000n);
      return fc.constantFrom(-1n, 0n, 1n, 2n);
    default:
      return intArb(n, name);
  }
}

function intArb(n: string, type: string): fc.Arbitrary<unknown> {
  if (n === 'Acks') return fc.constantFrom(-1, 1);
  if (/^(Partition|PartitionIndex|Partitions|PartitionId|PartitionIndexes)$/.test(n))
    return fc.integer({ min: 0, max: 3 });
  if (n === 'MaxWaitMs') return fc.constantFrom(0, 10);
  // No 0: a broker given no time may answer REQUEST_TIMED_OUT before it decides anything.
  if (/TimeoutMs$|DelayMs$|IntervalMs$|Ms$/.test(n)) return fc.constantFrom(5_000, 10_000);
  if (n === 'SessionId') return fc.oneof(fc.constantFrom(0, 1, 12345), echo('sessionId', 0));
  if (/Epoch$/.test(n)) return fc.constantFrom(-1, 0, 1);
  if (/ReplicaId|BrokerId|NodeId|LeaderId/.test(n)) return fc.constantFrom(-1, 0, 1);
  if (n === 'KeyType') return fc.constantFrom(0, 1, 2);
  if (n === 'ResourceType' || n === 'ResourceTypeFilter') return fc.constantFrom(2, 3, 4);
  if (/MaxBytes$/.test(n)) return fc.constantFrom(1_048_576, 0);
  if (n === 'MinBytes') return fc.constantFrom(0, 1);
  if (/Limit$/.test(n)) return fc.constantFrom(1, 2, 100);
  if (type === 'uint16' || type === 'uint32') return fc.constantFrom(0, 1, 2);
  return fc.constantFrom(-1, 0, 1, 2, 3);
}

/** Builds the arbitrary of one message at one version from its schema. */
export class MessageArbitraries {
  private readonly emitter: MessageEmitter;
  private readonly defaults: SampleBuilder;

  constructor(private readonly msg: MessageSpec) {
    this.emitter = new MessageEmitter(msg);
    this.defaults = new SampleBuilder(msg, 1);
  }

  message(version: number): fc.Arbitrary<Obj> {
    return this.struct(this.msg.name, version, 0);
  }

  private struct(name: string, v: number, depth: number): fc.Arbitrary<Obj> {
    const s = this.emitter.structs.get(name)!;
    const parts: Record<string, fc.Arbitrary<unknown>> = {};
    for (const f of s.spec.fields) {
      if (isEmpty(intersect(f.versions, s.range))) continue;
      const { regular, tagged } = fieldRanges(f, s.range);
      const nullable = contains(f.nullableVersions, v);
      if (contains(regular, v)) parts[f.key] = this.value(f, f.type, v, depth, nullable);
      else if (contains(tagged, v))
        parts[f.key] = fc.oneof(
          fc.constant(this.defaults.defaultOf(f)),
          this.value(f, f.type, v, depth, nullable),
        );
      else parts[f.key] = fc.constant(this.defaults.defaultOf(f));
    }
    return fc.record(parts) as fc.Arbitrary<Obj>;
  }

  private value(
    f: FieldSpec,
    t: FieldType,
    v: number,
    depth: number,
    nullable: boolean,
  ): fc.Arbitrary<unknown> {
    const inner = ((): fc.Arbitrary<unknown> => {
      if (t.kind === 'primitive') return primitiveArb(f, t.name);
      if (t.kind === 'struct') return this.struct(t.name, v, depth + 1);
      if (depth > 3) return fc.constant([]);
      // No duplicate entries: real clients never send them, and the broker merges them (maps keyed
      // by name or partition) where the proxy would answer each.
      return fc.uniqueArray(this.value(f, t.element, v, depth + 1, false), {
        minLength: 0,
        maxLength: 3,
        selector: identityOf,
      });
    })();
    // A null list is meaningful (Metadata: every topic); other nulls mostly test the broker's parser.
    // DescribeUserScramCredentials with Users null gets no answer from a 4.1.1 broker with
    // StandardAuthorizer for a principal without Describe on the cluster (12 s each): not generated.
    if (!nullable || (this.msg.apiKey === 50 && f.name === 'Users')) return inner;
    return fc.oneof(
      { weight: t.kind === 'array' ? 2 : 1, arbitrary: fc.constant(null) },
      { weight: 5, arbitrary: inner },
    );
  }
}

const IDENTITY_KEYS = [
  'name',
  'topic',
  'topicName',
  'topicId',
  'partition',
  'partitionIndex',
  'index',
  'groupId',
  'transactionalId',
  'resourceName',
  'resourceType',
];

/** What makes two entries of a list "the same" to the broker: their name, ID or partition. */
function identityOf(value: unknown): string {
  if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value) && !('$sym' in value)) {
    const o = value as Obj;
    const keys = IDENTITY_KEYS.filter((k) => k in o);
    if (keys.length > 0) return keys.map((k) => `${k}=${JSON.stringify(o[k])}`).join(',');
  }
  return JSON.stringify(value, (_k, x: unknown) => (typeof x === 'bigint' ? String(x) : x));
}

const byKey = new Map<number, MessageArbitraries>();

/** The request arbitrary of an API key at a version (cached per key). */
export function requestArbitrary(apiKey: number, version: number): fc.Arbitrary<Obj> {
  let a = byKey.get(apiKey);
  if (!a) {
    const msg = schemas().find((m) => m.type === 'request' && m.apiKey === apiKey);
    if (!msg) throw new Error(`no request schema for API key ${apiKey}`);
    a = new MessageArbitraries(msg);
    byKey.set(apiKey, a);
  }
  return a.message(version);
}

/** Values an earlier answer on one side gave, by key, in the order they came. */
export type EchoPool = Record<EchoKey, unknown[]>;

export function emptyEchoPool(): EchoPool {
  return { sessionId: [], memberId: [], producerId: [] };
}

/**
 * Replaces the symbols of a generated request with one side's values: topic IDs from that
 * cluster, echoes from that side's earlier answers (the same pick on both sides).
 */
export function resolveSymbols(value: unknown, ids: ReadonlyMap<string, string>, pool: EchoPool): unknown {
  if (Array.isArray(value)) return value.map((x) => resolveSymbols(x, ids, pool));
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return value;
  const o = value as Obj;
  if (o.$sym === 'topicId') return ids.get(o.name as string) ?? UNKNOWN_ID;
  if (o.$sym === 'echo') {
    const list = pool[o.key as EchoKey];
    return list.length === 0 ? o.fallback : list[(o.pick as number) % list.length];
  }
  const out: Obj = {};
  for (const [k, x] of Object.entries(o)) out[k] = resolveSymbols(x, ids, pool);
  return out;
}

/**
 * Collects echo values (non-zero session ids, member ids, producer ids) from an answer: from its
 * top level and the structs under it, never from inside a list. A list's order is the broker's own
 * (the members of a JoinGroup leader's answer or of a group describe, the producers of a listing
 * come out of hash maps keyed by random ids), so the same pick would name different members on the
 * two sides and drive the two groups apart; a long run (seed 20261203) showed SyncGroup 25 against
 * 82 and a consumer group converted on one side only. The id a broker gives the requester (JoinGroup
 * and heartbeat MemberId, a Fetch's SessionId, InitProducerId's ProducerId) is at the top level, one
 * per answer, in the same order on both sides.
 */
export function collectEchoes(response: unknown, pool: EchoPool): void {
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return;
    if (v === null || typeof v !== 'object' || Buffer.isBuffer(v)) return;
    for (const [k, x] of Object.entries(v as Obj)) {
      if (k === 'sessionId' && typeof x === 'number' && x !== 0) remember(pool.sessionId, x);
      else if (k === 'memberId' && typeof x === 'string' && x !== '') remember(pool.memberId, x);
      else if (k === 'producerId' && typeof x === 'bigint' && x >= 0n) remember(pool.producerId, x);
      else walk(x);
    }
  };
  walk(response);
}

function remember(list: unknown[], value: unknown): void {
  if (!list.includes(value)) list.push(value);
  if (list.length > 8) list.shift();
}
