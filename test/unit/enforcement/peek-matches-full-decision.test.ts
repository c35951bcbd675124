// The allowed path decided from the partial decode (apis/api-module.ts `allowedFromPeek`) and the
// full decode decide alike: for generated requests of every API and version with `allowedFromPeek`
// (names from the policy's own vocabulary, topic IDs known and unknown, transactional and plain
// batches, acks=0, sessions and follower fetches), and for the same frames mutated, cut short or
// extended, a filter deciding from the peek and one that decodes every request fully return the same
// decision (same outcome, same bytes forwarded, same answer, same close) and report the same policy
// decisions to the sink, under several policies: the payments scenario, the two imported from
// Cilium's guide, and rules on transactional ids, prefixes and denials.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REQUEST_CODECS, type MessageCodec } from '../../../protocol/generated/codecs.js';
import { encodeRequestFrame } from '../../../protocol/framing/index.js';
import type { RequestDecision } from '../../../src/connection/request-decision.js';
import { API_MODULES } from '../../../src/enforcement/apis/registry.js';
import { PolicyEnforcementFilter } from '../../../src/enforcement/policy-enforcement-filter.js';
import { TopicIdResolver } from '../../../src/enforcement/topic-id-resolver.js';
import { RecordingDecisionSink, type FixedPolicySource } from '../../../src/policy/index.js';
import { SampleBuilder, schemas, versionsOf } from '../protocol/schema-samples.js';
import { connectionFor, headerOf, loadPolicy } from './scenario-support.js';

const POLICIES: Record<string, { source: string; principals: string[] }> = {
  payments: {
    source: 'policies/payments.yaml',
    principals: ['User:payments-api', 'User:payments-worker', 'User:analytics'],
  },
  'cilium guide: producer and consumers': {
    source: 'policies/cilium-guide-producer-and-consumers.yaml',
    principals: ['User:headquarters', 'User:outpost-east', 'User:outpost-west'],
  },
  'cilium guide: backend by client id': {
    source: 'policies/cilium-guide-backend-client-id.yaml',
    principals: ['User:backend', 'User:frontend', 'User:anyone'],
  },
  'transactional ids, prefixes, denials': {
    source: `apiVersion: kafka-l7-proxy/v1
kind: KafkaPolicy
identities:
  - sasl: {}
rules:
  - principal: User:app
    allow:
      - { role: produce, topicPrefix: payments., transactionalId: 'tx-a*' }
      - { role: consume, topic: 'payments.*', group: g1 }
      - { apiKey: produce, topic: fleet-announcements }
    deny:
      - { topic: payments.events }
  - principal: '*'
    allow:
      - { role: consume, topic: station-plans }
`,
    principals: ['User:app', 'User:other'],
  },
};

const TOPICS = ['payments.commands', 'payments.events', 'fleet-announcements', 'station-plans', 'secret', ''];
const TOPIC_IDS: Record<string, string> = {
  'payments.commands': 'q83vEjRWeJCrze8SNFZ4kA',
  'payments.events': 'AQEBAQEBAQEBAQEBAQEBAQ',
  'fleet-announcements': 'AgICAgICAgICAgICAgICAg',
  'station-plans': 'AwMDAwMDAwMDAwMDAwMDAw',
  secret: 'BAQEBAQEBAQEBAQEBAQEBA',
};
/** Known to the proxy, plus one it has never seen and the zero UUID. */
const IDS = [...Object.values(TOPIC_IDS), 'BQUFBQUFBQUFBQUFBQUFBQ', 'AAAAAAAAAAAAAAAAAAAAAA'];

/** A record batch header (v2): magic at 16, attributes at 21; bit 4 marks a transactional batch. */
function batch(transactional: boolean): Buffer {
  const b = Buffer.alloc(61);
  b.writeInt8(2, 16);
  b.writeInt16BE(transactional ? 0x10 : 0, 21);
  return b;
}

interface Choices {
  seed: number;
  picks: number[];
}
const choices = fc.record({
  seed: fc.nat(),
  picks: fc.array(fc.nat({ max: 1000 }), { minLength: 32, maxLength: 32 }),
});

/** A generated request body with its names and control fields drawn from the pools above. */
function body(apiName: string, version: number, c: Choices): unknown {
  const m = schemas().find((s) => s.name === `${apiName}Request`)!;
  const b = new SampleBuilder(m, c.seed).message(version) as Record<string, unknown>;
  let i = 0;
  const pick = <T>(xs: readonly T[]): T => xs[c.picks[i++ % c.picks.length]! % xs.length]!;
  if (apiName === 'Produce') {
    b.acks = pick([-1, -1, 1, 0]);
    b.transactionalId = pick([null, null, 'tx-a1', 'tx-b']);
    for (const t of b.topicData as Array<Record<string, unknown>>) {
      t.name = pick(TOPICS);
      t.topicId = pick(IDS);
      for (const p of t.partitionData as Array<Record<string, unknown>>)
        p.records = pick([batch(false), batch(false), batch(true), null]);
    }
  }
  if (apiName === 'Fetch') {
    const [sessionId, sessionEpoch] = pick([
      [0, -1],
      [0, -1],
      [0, -1],
      [0, 0],
      [7, -1],
      [7, 1],
    ]);
    // The replica id is a field up to v14, in the tagged ReplicaState from v15.
    const replicaId = pick([-1, -1, -1, 1]);
    Object.assign(b, { sessionId, sessionEpoch, replicaId: version <= 14 ? replicaId : -1 });
    if (version >= 15) b.replicaState = { replicaId, replicaEpoch: -1n };
    for (const t of [
      ...(b.topics as Array<Record<string, unknown>>),
      ...(b.forgottenTopicsData as Array<Record<string, unknown>>),
    ]) {
      t.topic = pick(TOPICS);
      t.topicId = pick(IDS);
    }
  }
  return b;
}

/** A Produce body with one partition (index 0, a non-transactional batch) per topic of `names`. */
function produceBody(names: string[], transactionalId: string | null = null): unknown {
  return {
    transactionalId,
    acks: -1,
    timeoutMs: 1000,
    topicData: names.map((name) => ({
      name,
      topicId: TOPIC_IDS[name] ?? IDS[5]!,
      partitionData: [{ index: 0, records: batch(false) }],
    })),
  };
}

function frameOf(apiKey: number, version: number, value: unknown): Buffer {
  return encodeRequestFrame(
    REQUEST_CODECS.get(apiKey)! as MessageCodec<unknown>,
    { apiKey, apiVersion: version, correlationId: 11, clientId: 'peek-test' },
    value,
  );
}

/** A change to a request's body, or none (null): [where, byte, kind] as `mutated` applies it. */
const mutations = fc.option(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }), fc.nat({ max: 3 })), {
  freq: 3,
});

/**
 * `frame` with `mutation` applied to its body: kind 0 changes the byte at `where`, 1 cuts the frame
 * short there, 2 and 3 append 1-5 bytes; the size prefix follows. `frame` itself when none.
 */
function mutated(frame: Buffer, mutation: readonly [number, number, number] | null): Buffer {
  if (mutation === null) return frame;
  const [at, byte, kind] = mutation;
  const start = 4 + headerOf(frame).headerLength;
  const pos = start + (at % Math.max(1, frame.length - start));
  let out = frame;
  if (kind === 0 && pos < frame.length) out[pos] = byte;
  else if (kind === 1) out = frame.subarray(0, pos);
  else out = Buffer.concat([frame, Buffer.alloc(1 + (at % 5), byte)]);
  out.writeInt32BE(out.length - 4, 0);
  return out;
}

/** A decision as bytes and words, comparable across the two filters. */
function comparable(d: RequestDecision): unknown {
  switch (d.outcome) {
    case 'forward':
      return { outcome: 'forward' };
    case 'forward-modified':
      return {
        outcome: d.outcome,
        frame: d.frame.toString('hex'),
        rewrites: d.rewriteResponse !== undefined,
      };
    case 'answer':
      return { outcome: d.outcome, body: d.responseBody.toString('hex') };
    default:
      return d;
  }
}

/** The sink's events without what differs by time or cache state. */
function reported(sink: RecordingDecisionSink): unknown[] {
  return sink.events.map((e) => {
    const { generation: _g, ...decision } = e.decision;
    return decision;
  });
}

interface Side {
  filter: PolicyEnforcementFilter;
  sink: RecordingDecisionSink;
}

function side(policy: FixedPolicySource, peekDecisions: boolean): Side {
  const sink = new RecordingDecisionSink();
  const topicIds = new TopicIdResolver(undefined);
  for (const [name, id] of Object.entries(TOPIC_IDS)) topicIds.learn(id, name);
  return { filter: new PolicyEnforcementFilter({ policy, sink, topicIds, peekDecisions }), sink };
}

const PEEK_APIS = Object.values(API_MODULES).filter((api) => api.decidesFromPeek);

describe('deciding from the peek decides as the full decode does', () => {
  it('covers Produce and Fetch', () => {
    expect(PEEK_APIS.map((a) => a.name).sort()).toEqual(['Fetch', 'Produce']);
  });

  for (const [policyName, { source, principals }] of Object.entries(POLICIES)) {
    it(`under ${policyName}: generated, mutated and cut requests of every version`, async () => {
      const policy = loadPolicy(source);
      let fromPeek = 0;
      for (const principal of principals) {
        const connection = connectionFor({ principal });
        const peek = side(policy, true);
        const full = side(policy, false);

        await fc.assert(
          fc.asyncProperty(fc.constantFrom(...PEEK_APIS), choices, mutations, async (api, c, mutation) => {
            const m = schemas().find((s) => s.name === `${api.name}Request`)!;
            const versions = versionsOf(m);
            const version = versions[c.seed % versions.length]!;
            const value = body(api.name, version, c) as { acks?: number };
            const frame = mutated(frameOf(api.apiKey, version, value), mutation);
            const header = headerOf(frame);
            // acks=0: the client reads no answer (the proxy reads acks from the frame).
            const expectsResponse = value.acks !== 0;
            const request = (s: Side): RequestDecision | Promise<RequestDecision> =>
              s.filter.decide({ connection, header, expectsResponse, frame });
            const [a, b] = [await request(peek), await request(full)];
            expect(comparable(a), `${api.name} v${version}`).toEqual(comparable(b));
            expect(reported(peek.sink)).toEqual(reported(full.sink));
          }),
          { numRuns: 150 },
        );
        fromPeek += peek.filter.counters.fromPeek;
        expect(full.filter.counters.fromPeek).toBe(0);
      }
      // The peek path was taken, not only the fallback.
      expect(fromPeek).toBeGreaterThan(0);
    });
  }
});

describe('frames crafted so that the peek and the full decoder could read them differently are decided alike', () => {
  const policy = loadPolicy('policies/payments.yaml');
  const commandsId = TOPIC_IDS['payments.commands']!;
  const fetchPartition = {
    partition: 0,
    currentLeaderEpoch: -1,
    fetchOffset: 0n,
    lastFetchedEpoch: -1,
    logStartOffset: -1n,
    partitionMaxBytes: 1 << 20,
    replicaDirectoryId: 'AAAAAAAAAAAAAAAAAAAAAA',
    highWatermark: 9223372036854775807n,
  };
  /** A sessionless Fetch of `payments.commands` (by name to v12, by ID from v13). */
  const fetchBody = (version: number, replicaId = -1) => ({
    clusterId: null,
    // The replica id is a field up to v14, in the tagged ReplicaState from v15.
    replicaId: version <= 14 ? replicaId : -1,
    replicaState: { replicaId: version <= 14 ? -1 : replicaId, replicaEpoch: -1n },
    maxWaitMs: 0,
    minBytes: 0,
    maxBytes: 1 << 20,
    isolationLevel: 0,
    sessionId: 0,
    sessionEpoch: -1,
    topics: [{ topic: 'payments.commands', topicId: commandsId, partitions: [fetchPartition] }],
    forgottenTopicsData: [],
    rackId: '',
  });
  const resized = (frame: Buffer): Buffer => {
    frame.writeInt32BE(frame.length - 4, 0);
    return frame;
  };
  /** Fetch v17 whose ReplicaState tag comes twice: replica ids `first`, then `second`. */
  const replicaStateTwice = (first: number, second: number): Buffer => {
    const frame = frameOf(1, 17, fetchBody(17, 1));
    const tagAt = frame.length - 16; // count 1, tag 1, size 13, then the 13-byte struct: last in the frame
    const one = Buffer.from(frame.subarray(tagAt + 1));
    const two = Buffer.from(one);
    one.writeInt32BE(first, 2);
    two.writeInt32BE(second, 2);
    return resized(Buffer.concat([frame.subarray(0, tagAt), Buffer.from([2]), one, two]));
  };
  /** A Produce v9 whose topic array count is `count` (uvarint count+1), its one topic following. */
  const produceWithCount = (count: number): Buffer => {
    const frame = frameOf(0, 9, produceBody(['payments.commands']));
    const at = 4 + headerOf(frame).headerLength + 1 + 2 + 4; // null transactional id, acks, timeout
    const varint: number[] = [];
    for (let n = count + 1; ; n = Math.floor(n / 128)) {
      if (n < 128) {
        varint.push(n);
        break;
      }
      varint.push((n % 128) | 0x80);
    }
    return resized(Buffer.concat([frame.subarray(0, at), Buffer.from(varint), frame.subarray(at + 1)]));
  };
  const relabelled = (frame: Buffer, version: number): Buffer => {
    frame.writeInt16BE(version, 6);
    return frame;
  };

  type Outcome = RequestDecision['outcome'];
  // [what, the frame, who sends it (payments-worker may consume payments.commands, payments-api
  // may produce it), the outcome both decisions must reach]
  const CASES: Array<[string, () => Buffer, string, Outcome]> = [
    // The broker keeps the last copy of a tag (a follower's fetch is refused, a consumer's served).
    [
      'Fetch v17, ReplicaState twice: consumer then follower',
      () => replicaStateTwice(-1, 1),
      'worker',
      'answer',
    ],
    [
      'Fetch v17, ReplicaState twice: follower then consumer',
      () => replicaStateTwice(1, -1),
      'worker',
      'forward',
    ],
    [
      'Fetch v12 (topics by name) labelled v13 (by ID)',
      () => relabelled(frameOf(1, 12, fetchBody(12)), 13),
      'worker',
      'close',
    ],
    [
      'Fetch v13 (by ID) labelled v12 (by name)',
      () => relabelled(frameOf(1, 13, fetchBody(13)), 12),
      'worker',
      'close',
    ],
    [
      'Fetch v17 followed by 1000 trailing bytes (the broker reads the body and ignores the rest)',
      () => resized(Buffer.concat([frameOf(1, 17, fetchBody(17)), Buffer.alloc(1000, 0xff)])),
      'worker',
      'forward',
    ],
    [
      'Produce v9 of an allowed topic followed by the bytes of a second topic entry (secret) the broker does not read',
      () => {
        const one = frameOf(0, 9, produceBody(['payments.commands']));
        const two = frameOf(0, 9, produceBody(['payments.commands', 'secret']));
        return resized(Buffer.concat([one, two.subarray(one.length - 1)]));
      },
      'api',
      'forward',
    ],
    ['Produce v9 naming 2^31-2 topics, one present', () => produceWithCount(2 ** 31 - 2), 'api', 'close'],
    ['Produce v9 naming 2 topics, one present', () => produceWithCount(2), 'api', 'close'],
    ['Produce v9 naming 0 topics, one present', () => produceWithCount(0), 'api', 'close'],
    [
      'Produce v9 of an allowed then a denied topic',
      () => frameOf(0, 9, produceBody(['payments.commands', 'secret'])),
      'api',
      'forward-modified',
    ],
  ];

  for (const [name, craft, who, outcome] of CASES) {
    it(`${name}: ${outcome}`, async () => {
      const connection = connectionFor({ principal: `User:payments-${who}` });
      const peek = side(policy, true);
      const full = side(policy, false);
      const frame = craft();
      const decide = (s: Side) =>
        s.filter.decide({ connection, header: headerOf(frame), expectsResponse: true, frame });
      const [a, b] = [await decide(peek), await decide(full)];
      expect(comparable(a)).toEqual(comparable(b));
      expect(reported(peek.sink)).toEqual(reported(full.sink));
      expect(a.outcome).toBe(outcome);
      // What is forwarded unchanged is decided from the peek, the rest from the full decode.
      expect(peek.filter.counters.fromPeek).toBe(outcome === 'forward' ? 1 : 0);
    });
  }
});

/** The frame stream's start of `frame`: the size and the first min(size, 512) bytes after it. */
function startOf(frame: Buffer): Buffer {
  return Buffer.from(frame.subarray(0, 4 + Math.min(frame.length - 4, 512)));
}

/**
 * A Produce decided from the start of its frame (RequestFilter.decideFromStart) and streamed on,
 * its tail walked as it goes: 'not streamed' when the filter collects it whole instead, else whether
 * the walk accepted the rest of the frame (fed in `pieces` pieces).
 */
function streamedOutcome(
  s: Side,
  connection: ReturnType<typeof connectionFor>,
  frame: Buffer,
  expectsResponse: boolean,
  pieces: number,
): 'not streamed' | 'forward' | RequestDecision {
  const header = headerOf(frame);
  const start = startOf(frame);
  const streamed = s.filter.decideFromStart(
    { connection, header, expectsResponse, frame: undefined },
    frame.length - 4,
    start,
  );
  if (streamed === undefined) return 'not streamed';
  try {
    const rest = frame.subarray(start.length);
    const step = Math.max(1, Math.ceil(rest.length / pieces));
    for (let at = 0; at < rest.length; at += step) streamed.tail.push(rest.subarray(at, at + step));
    streamed.tail.end();
    return 'forward';
  } catch (error) {
    return streamed.tail.undecodable(error);
  }
}

describe('deciding a Produce from the start of its frame lets through only what the full decode forwards', () => {
  for (const [policyName, { source, principals }] of Object.entries(POLICIES)) {
    it(`under ${policyName}: generated, mutated and cut Produce requests of every version`, async () => {
      const policy = loadPolicy(source);
      let streamed = 0;
      const m = schemas().find((s) => s.name === 'ProduceRequest')!;
      const versions = versionsOf(m);
      for (const principal of principals) {
        const connection = connectionFor({ principal });
        await fc.assert(
          fc.asyncProperty(
            choices,
            fc.boolean(),
            fc.integer({ min: 1, max: 7 }),
            mutations,
            async (c, oneTopic, pieces, mutation) => {
              const version = versions[c.seed % versions.length]!;
              const value = body('Produce', version, c) as { acks: number; topicData: unknown[] };
              if (oneTopic) value.topicData = value.topicData.slice(0, 1);
              const frame = mutated(frameOf(0, version, value), mutation);
              const expectsResponse = value.acks !== 0;
              const fromStart = side(policy, true);
              const full = side(policy, false);
              const outcome = streamedOutcome(fromStart, connection, frame, expectsResponse, pieces);
              const decision = await full.filter.decide({
                connection,
                header: headerOf(frame),
                expectsResponse,
                frame,
              });
              if (outcome === 'not streamed') return;
              streamed++;
              if (outcome === 'forward') {
                // Streamed whole: exactly what the full decode forwards unchanged, reported alike.
                expect(comparable(decision)).toEqual({ outcome: 'forward' });
                expect(reported(fromStart.sink)).toEqual(reported(full.sink));
              } else {
                // The walk refused the rest: the full decode closes too.
                expect(outcome.outcome).toBe('close');
                expect(decision.outcome).toBe('close');
              }
            },
          ),
          { numRuns: 60 },
        );
      }
      if (policyName !== 'cilium guide: backend by client id') expect(streamed).toBeGreaterThan(0);
    });
  }

  it('never for a transactional id, two topics, an unknown topic ID or a denied topic', () => {
    const policy = loadPolicy('policies/payments.yaml');
    const connection = connectionFor({ principal: 'User:payments-api' });
    const produce = (version: number, transactionalId: string | null, names: string[]) =>
      frameOf(0, version, produceBody(names, transactionalId));
    const s = side(policy, true);
    const outcome = (frame: Buffer) => streamedOutcome(s, connection, frame, true, 3);
    expect(outcome(produce(9, null, ['payments.commands']))).toBe('forward');
    expect(outcome(produce(13, null, ['payments.commands']))).toBe('forward');
    expect(outcome(produce(9, 'tx-a1', ['payments.commands']))).toBe('not streamed');
    expect(outcome(produce(9, null, ['payments.commands', 'payments.commands']))).toBe('not streamed');
    expect(outcome(produce(13, null, ['never-seen']))).toBe('not streamed');
    expect(outcome(produce(9, null, ['secret']))).toBe('not streamed');
    expect(side(policy, false).filter.decideFromStart).toBeDefined();
    const full = side(policy, false);
    expect(
      full.filter.decideFromStart(
        {
          connection,
          header: headerOf(produce(9, null, ['payments.commands'])),
          expectsResponse: true,
          frame: undefined,
        },
        100,
        startOf(produce(9, null, ['payments.commands'])),
      ),
    ).toBeUndefined();
  });
});
