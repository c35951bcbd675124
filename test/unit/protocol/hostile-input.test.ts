import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as generated from '../../../protocol/generated/index.js';
import {
  DecodeError,
  REQUEST_CODECS,
  Reader,
  decodeRequestHeader,
  peekRequest,
} from '../../../protocol/index.js';
import { SampleBuilder, schemas, versionsOf } from './schema-samples.js';

type Decode = (r: Reader, v: number) => unknown;
type Encode = (o: unknown, v: number) => Buffer;
const g = generated as unknown as Record<string, Decode & Encode>;

/** Runs a decoder; returns 'ok', or the DecodeError; anything else fails the test. */
function outcome(run: () => unknown): unknown {
  try {
    return run();
  } catch (e) {
    if (!(e instanceof DecodeError))
      throw new Error(`decoder threw ${String(e)} instead of a DecodeError`, { cause: e });
    return e.message;
  }
}

const messages = schemas().filter((m) => m.type === 'request' || m.type === 'response');

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('int32max' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 6 }),
  }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(bytes: Buffer, muts: Mutation[]): Buffer {
  let b = Buffer.from(bytes);
  for (const m of muts) {
    if (b.length === 0) break;
    const at = m.at % b.length;
    if (m.kind === 'flip') b[at] = m.value;
    else if (m.kind === 'truncate') b = b.subarray(0, at);
    else if (m.kind === 'int32max') {
      if (at + 4 <= b.length) b.writeInt32BE(0x7fffffff, at);
    } else b = Buffer.concat([b.subarray(0, at), Buffer.from(m.bytes), b.subarray(at)]);
  }
  return b;
}

describe('decoders on hostile input', () => {
  it('mutated messages of every API give a value or a DecodeError, and never read past the frame end', () => {
    for (const m of messages) {
      const versions = versionsOf(m);
      if (versions.length === 0) continue;
      const decode = g[`decode${m.name}`] as Decode;
      const encode = g[`encode${m.name}`] as Encode;
      fc.assert(
        fc.property(
          fc.constantFrom(...versions),
          fc.nat(),
          fc.array(mutation, { minLength: 1, maxLength: 4 }),
          (v, seed, muts) => {
            const bytes = mutate(encode(new SampleBuilder(m, seed).message(v), v), muts);
            const alone = outcome(() => decode(new Reader(bytes), v));
            // The same bytes followed by junk, read with an end bound, must decode identically.
            const padded = Buffer.concat([bytes, Buffer.alloc(64, 0x7f)]);
            const bounded = outcome(() => decode(new Reader(padded, 0, bytes.length), v));
            expect(bounded).toEqual(alone);
          },
        ),
        { numRuns: 15 },
      );
    }
  });

  it('random frames through header decode, body decode and peek give a value or a DecodeError', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 92 }),
        fc.integer({ min: 0, max: 20 }),
        fc.uint8Array({ maxLength: 200 }),
        (apiKey, version, tail) => {
          const frame = Buffer.concat([
            Buffer.from([apiKey >> 8, apiKey & 0xff, 0, version, 0, 0, 0, 1]),
            Buffer.from(tail),
          ]);
          outcome(() => {
            const h = decodeRequestHeader(frame);
            const codec = REQUEST_CODECS.get(h.apiKey);
            if (codec) {
              outcome(() => codec.decode(new Reader(frame, h.headerLength), h.apiVersion));
              outcome(() => peekRequest(frame, h));
            }
            return h;
          });
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('a hostile array count (2^31-1) fails fast with a DecodeError instead of allocating', () => {
    // Metadata v1 request: topics array count 0x7fffffff and nothing after it.
    const body = Buffer.from('7fffffff', 'hex');
    const started = performance.now();
    const err = outcome(() => generated.decodeMetadataRequest(new Reader(body), 1));
    expect(String(err)).toMatch(/topics: array of 2147483647 elements cannot fit in 0 bytes at byte 0/);
    // Compact form: uvarint 0x7fffffff (count 2^31-2) in a flexible Produce request's topic array.
    const flex = Buffer.from('00' + 'ffff' + '00000000' + 'ffffffff07', 'hex');
    expect(String(outcome(() => generated.decodeProduceRequest(new Reader(flex), 9)))).toMatch(
      /topicData: array of 2147483646 elements/,
    );
    // uvarint 0xffffffff is -1 as Kafka's signed int, so the count is -2: a null array, refused
    // where the array is not nullable (Kafka: "non-nullable field topicData was serialized as null").
    const wrapped = Buffer.from('00' + 'ffff' + '00000000' + 'ffffffff0f', 'hex');
    expect(String(outcome(() => generated.decodeProduceRequest(new Reader(wrapped), 9)))).toMatch(
      /topicData: non-nullable array is null/,
    );
    // Tagged-field count and sizes are bounded the same way.
    const tagged = Buffer.from('00ffff0000000001' + 'ffffffff07', 'hex');
    expect(String(outcome(() => generated.decodeProduceRequest(new Reader(tagged), 9)))).toMatch(
      /tagged fields cannot fit/,
    );
    // A bounded refusal, not an allocation of the announced size: generous for a busy machine.
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('DecodeError names the API key, version, field path and byte offset', () => {
    const frame = generated.encodeProduceRequest(
      {
        transactionalId: null,
        acks: 1,
        timeoutMs: 1000,
        topicData: [
          { name: 'a', topicId: 'AAAAAAAAAAAAAAAAAAAAAA', partitionData: [] },
          {
            name: 'b',
            topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
            partitionData: [{ index: 0, records: Buffer.alloc(50) }],
          },
        ],
      },
      8,
    );
    const cut = frame.subarray(0, frame.length - 10);
    let err: unknown;
    try {
      generated.decodeProduceRequest(new Reader(cut), 8);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DecodeError);
    const d = err as DecodeError;
    expect(d).toMatchObject({
      apiKey: 0,
      apiVersion: 8,
      messageName: 'ProduceRequest',
      path: 'topicData[1].partitionData[0].records',
    });
    // The offset is where the failing read started: the records' int32 length, 50 + 4 bytes before the end.
    expect(d.offset).toBe(cut.length - 44);
    expect(d.message).toBe(
      `ProduceRequest v8 (api key 0): field topicData[1].partitionData[0].records: 50 bytes announced, 40 left at byte ${d.offset}`,
    );
  });
});
