// One parsing truth for the Produce requests decided from the start of their frame and streamed on
// (src/enforcement/produce-frame-walk.ts): the head read from the start and the walk of the rest,
// fed in every split of the bytes after the start, accept exactly the frames that
// `peekProduceRequest` and `decodeProduceRequest` accept, and name the same topic. Checked on
// generated single-topic requests of every version (records null, empty and long enough to carry
// the walk past the 512-byte start, unknown tagged fields at every level) and on the same frames
// mutated: bytes changed, cut short, junk inserted or appended, lengths set to -1, 0 or 2^31-1.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeProduceRequest,
  encodeProduceRequest,
  peekProduceRequest,
} from '../../../protocol/generated/messages/produce.js';
import { DecodeError, Reader } from '../../../protocol/primitives/index.js';
import { produceHead } from '../../../src/enforcement/produce-frame-walk.js';
import { byteMutation, mutateBytes, type ByteMutation } from '../protocol/byte-mutations.js';

/** Body bytes in the frame stream's start (src/connection/frame-stream.ts HEAD_BYTES). */
const HEAD_BYTES = 512;

const tagged = fc.array(
  fc.record({ tag: fc.integer({ min: 0, max: 300 }), data: fc.uint8Array({ maxLength: 40 }) }),
  { maxLength: 2 },
);

const request = fc.record({
  version: fc.integer({ min: 3, max: 13 }),
  transactionalId: fc.constantFrom(null, null, 'tx-1'),
  acks: fc.constantFrom(-1, 0, 1),
  name: fc.string({ maxLength: 30 }),
  topicId: fc.constantFrom('q83vEjRWeJCrze8SNFZ4kA', 'AAAAAAAAAAAAAAAAAAAAAA'),
  partitions: fc.array(
    fc.record({
      index: fc.integer({ min: -1, max: 100 }),
      records: fc.option(fc.integer({ min: 0, max: 900 }), { freq: 5 }),
      tags: tagged,
    }),
    { maxLength: 4 },
  ),
  topicTags: tagged,
  requestTags: tagged,
});
type Generated = typeof request extends fc.Arbitrary<infer T> ? T : never;

function unknownTags(tags: ReadonlyArray<{ tag: number; data: Uint8Array }>) {
  // Tags sorted and distinct, as Kafka writes them; the readers accept them in any order.
  const seen = [...new Map(tags.map((t) => [t.tag, t])).values()].sort((a, b) => a.tag - b.tag);
  return seen.length === 0 ? undefined : seen.map((t) => ({ tag: t.tag, data: Buffer.from(t.data) }));
}

/** A frame of the request: the 4-byte size, then the body (no request header: the body at offset 4). */
function frameOf(g: Generated): Buffer {
  const body = encodeProduceRequest(
    {
      transactionalId: g.transactionalId,
      acks: g.acks,
      timeoutMs: 30000,
      topicData: [
        {
          name: g.name,
          topicId: g.topicId,
          partitionData: g.partitions.map((p, i) => ({
            index: p.index,
            records: p.records === null ? null : Buffer.alloc(p.records, i + 1),
            _unknownTaggedFields: unknownTags(p.tags),
          })),
          _unknownTaggedFields: unknownTags(g.topicTags),
        },
      ],
      _unknownTaggedFields: unknownTags(g.requestTags),
    },
    g.version,
  );
  const frame = Buffer.alloc(4 + body.length);
  frame.writeInt32BE(body.length, 0);
  body.copy(frame, 4);
  return frame;
}

const mutation = byteMutation([-1, 0, 1, 0x7fff, 0x7fffffff]);

/** `frame` with its body mutated; the size prefix is set to the new length. */
function mutate(frame: Buffer, muts: readonly ByteMutation[]): Buffer {
  const b = mutateBytes(frame.subarray(4), muts);
  const out = Buffer.alloc(4 + b.length);
  out.writeInt32BE(b.length, 0);
  b.copy(out, 4);
  return out;
}

interface Verdict {
  accepted: boolean;
  transactionalId?: string | null;
  acks?: number;
  topic?: { name: string; topicId: string };
}

/** What the generated readers say of the frame's body. */
function decoders(frame: Buffer, version: number): Verdict {
  let peek: ReturnType<typeof peekProduceRequest> | undefined;
  let full = true;
  try {
    peek = peekProduceRequest(new Reader(frame, 4), version);
  } catch (e) {
    if (!(e instanceof DecodeError)) throw e;
  }
  try {
    decodeProduceRequest(new Reader(frame, 4), version);
  } catch (e) {
    if (!(e instanceof DecodeError)) throw e;
    full = false;
  }
  // The premise (test/unit/protocol/peek-strictness.test.ts): both readers agree.
  expect(peek !== undefined).toBe(full);
  if (peek === undefined) return { accepted: false };
  const t = peek.topicData[0];
  return {
    accepted: true,
    transactionalId: peek.transactionalId,
    acks: peek.acks,
    ...(peek.topicData.length === 1 && t !== undefined
      ? { topic: { name: t.name, topicId: t.topicId } }
      : {}),
  };
}

/** The frame stream's start: the size and the first min(size, 512) body bytes. */
function startOf(frame: Buffer): Buffer {
  return frame.subarray(0, 4 + Math.min(frame.length - 4, HEAD_BYTES));
}

/**
 * The streamed walk of `frame` with the bytes after the start cut at `cuts`: undefined when the head
 * cannot be read from the start (the frame is then collected whole), else whether the walk accepted
 * the frame and what the head named.
 */
function walked(frame: Buffer, version: number, cuts: readonly number[]): Verdict | undefined {
  const start = startOf(frame);
  const head = produceHead(Buffer.from(start), 4, frame.length, version);
  if (head === undefined) return undefined;
  const verdict = {
    transactionalId: head.transactionalId,
    acks: head.acks,
    topic: { name: head.topic.name, topicId: head.topic.topicId },
  };
  let from = start.length;
  try {
    for (const cut of [...cuts, frame.length]) {
      if (cut < from) continue;
      head.tail.push(frame.subarray(from, cut));
      from = cut;
    }
    head.tail.end();
  } catch (e) {
    if (!(e instanceof DecodeError)) throw e;
    return { accepted: false };
  }
  return { accepted: true, ...verdict };
}

/** Every cut of the bytes after the start in two, and the cut into single bytes. */
function everySplit(frame: Buffer): number[][] {
  const from = startOf(frame).length;
  const splits: number[][] = [[]];
  for (let k = from; k <= frame.length; k++) splits.push([k]);
  const single: number[] = [];
  for (let k = from + 1; k < frame.length; k++) single.push(k);
  splits.push(single);
  return splits;
}

function checkFrame(frame: Buffer, version: number): 'streamed' | 'collected' {
  const truth = decoders(frame, version);
  let streamed = false;
  for (const cuts of everySplit(frame)) {
    const w = walked(frame, version, cuts);
    if (w === undefined) continue;
    streamed = true;
    expect(w.accepted, `cut at ${cuts.join(',')}`).toBe(truth.accepted);
    if (truth.accepted) expect(w).toEqual(truth);
  }
  return streamed ? 'streamed' : 'collected';
}

describe('a Produce request streamed after a decision from its start is accepted exactly as the decoders accept it', () => {
  it('generated single-topic requests of every version, split at every byte after the start', () => {
    let streamed = 0;
    fc.assert(
      fc.property(request, (g) => {
        const frame = frameOf(g);
        if (checkFrame(frame, g.version) === 'streamed') streamed++;
        // A well-formed request whose head fits the start is always streamed.
        expect(decoders(frame, g.version).accepted).toBe(true);
      }),
      { numRuns: 300 },
    );
    expect(streamed).toBeGreaterThan(200);
  });

  it('the same requests mutated, cut short or extended', () => {
    let refused = 0;
    let streamed = 0;
    fc.assert(
      fc.property(request, fc.array(mutation, { minLength: 1, maxLength: 3 }), (g, muts) => {
        const frame = mutate(frameOf(g), muts);
        if (checkFrame(frame, g.version) === 'streamed') {
          streamed++;
          if (!decoders(frame, g.version).accepted) refused++;
        }
      }),
      { numRuns: 600 },
    );
    // Both sides of the property were exercised: frames streamed and refused by the walk.
    expect(streamed).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(20);
  });

  it('crafted frames: a records length past the end, a tagged-field count that cannot fit, a varint of 6 bytes, trailing bytes, the last byte missing', () => {
    const base: Generated = {
      version: 9,
      transactionalId: null,
      acks: -1,
      name: 'payments.commands',
      topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
      partitions: [
        { index: 0, records: 700, tags: [] },
        { index: 1, records: 100, tags: [] },
      ],
      topicTags: [],
      requestTags: [],
    };
    const frame = frameOf(base);
    // Body: txn id (1), acks (2), timeout (4), topics (1), name (1 + 17), partitions (1), index (4),
    // then the first records length (uvarint 701: 2 bytes) at body offset 31, in the start.
    const firstRecordsAt = 4 + 31;
    // After the first records: its tag count (1), the second index (4), the second records length
    // (uvarint 101: 1 byte), past the start.
    const firstTagsAt = firstRecordsAt + 2 + 700;
    const secondRecordsAt = firstTagsAt + 1 + 4;
    expect(frame[secondRecordsAt]).toBe(101);
    const withByte = (at: number, value: number): Buffer => {
      const b = Buffer.from(frame);
      b[at] = value;
      return b;
    };
    const spliced = (at: number, drop: number, bytes: number[]): Buffer => {
      const b = Buffer.concat([frame.subarray(0, at), Buffer.from(bytes), frame.subarray(at + drop)]);
      b.writeInt32BE(b.length - 4, 0);
      return b;
    };
    const cases: Array<[string, Buffer, boolean, 'streamed' | 'collected']> = [
      ['as generated', frame, true, 'streamed'],
      // 104 bytes announced (compact 105) where 103 are left: 100 + 3 tag counts.
      ['the second records one byte past the end', withByte(secondRecordsAt, 105), false, 'streamed'],
      ['the second records exactly to the end', withByte(secondRecordsAt, 104), false, 'streamed'],
      // 3 fields need 6 bytes where 106 are left: accepted by the count; its tags then read junk.
      ['a tagged-field count that cannot fit', withByte(firstTagsAt, 0x7f), false, 'streamed'],
      [
        'a records length of six varint bytes',
        spliced(secondRecordsAt, 1, [0x80, 0x80, 0x80, 0x80, 0x80, 0x01]),
        false,
        'streamed',
      ],
      ['trailing bytes after the last field', spliced(frame.length, 0, [1, 2, 3]), true, 'streamed'],
      ['the request tags cut off', spliced(frame.length - 1, 1, []), false, 'streamed'],
      // Refused in the start already: the frame is collected whole and the full decode closes.
      ['the first records past the end', spliced(firstRecordsAt, 2, [0xc1, 0x07]), false, 'collected'],
    ];
    for (const [what, bytes, accepted, mode] of cases) {
      expect(decoders(bytes, 9).accepted, what).toBe(accepted);
      expect(checkFrame(bytes, 9), what).toBe(mode);
    }
  });

  it('requests whose head the start cannot decide are collected whole: two topics, no topic, a name past the start', () => {
    // A Produce v9 body naming `names`, each with no partition.
    const head = (transactionalId: string | null, names: string[]) =>
      encodeProduceRequest(
        {
          transactionalId,
          acks: -1,
          timeoutMs: 1,
          topicData: names.map((name) => ({ name, topicId: 'AAAAAAAAAAAAAAAAAAAAAA', partitionData: [] })),
        },
        9,
      );
    const two = head(null, ['a', 'b']);
    const none = head(null, []);
    const longName = head('x'.repeat(600), ['a']);
    for (const body of [two, none, longName]) {
      const frame = Buffer.concat([Buffer.alloc(4), body]);
      frame.writeInt32BE(body.length, 0);
      expect(produceHead(startOf(frame), 4, frame.length, 9)).toBeUndefined();
    }
  });
});
