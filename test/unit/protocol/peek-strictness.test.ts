// One parsing truth: the enforcement filter forwards a request it decided from its peek unchanged
// (src/enforcement/apis/peek-decisions.ts), so a peek must accept exactly the frames the full decoder
// accepts, stop where it stops, and read the same values. Checked here on frames generated from the
// schemas (tagged fields set and absent, unknown tags, nulls) and on the same frames mutated:
// bytes changed, cut short, junk inserted or appended, lengths set to -1, 0 or 2^31-1.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DecodeError,
  REQUEST_CODECS,
  Reader,
  collectEntities,
  type MessageCodec,
} from '../../../protocol/index.js';
import { byteMutation, mutateBytes } from './byte-mutations.js';
import { SampleBuilder, schemas, versionsOf } from './schema-samples.js';

interface Outcome {
  /** The DecodeError's message, or undefined when the decoder returned a value. */
  error?: string;
  value?: unknown;
  /** Where the reader stopped. */
  end?: number;
}

function run(decode: (r: Reader, v: number) => unknown, bytes: Buffer, v: number): Outcome {
  const r = new Reader(bytes);
  try {
    const value = decode(r, v);
    return { value, end: r.pos };
  } catch (e) {
    if (!(e instanceof DecodeError)) throw new Error(`decoder threw ${String(e)}`, { cause: e });
    return { error: e.message };
  }
}

/** `full` reduced to the shape of `peek`: the fields the peek reads, taken from the full decode. */
function projected(peek: unknown, full: unknown): unknown {
  if (Array.isArray(peek) && Array.isArray(full)) return full.map((x, i) => projected(peek[i], x));
  if (peek === null || typeof peek !== 'object' || Buffer.isBuffer(peek)) return full;
  if (full === null || typeof full !== 'object') return full;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(peek)) out[key] = projected((peek as never)[key], (full as never)[key]);
  return out;
}

const mutation = byteMutation([-1, 0, 1, 0x7fff, 0x8000, 0x7fffffff]);

const requests = schemas().filter(
  (m) => m.type === 'request' && REQUEST_CODECS.get(m.apiKey!)?.peek !== undefined,
);

/** The APIs whose allowed requests are decided from the peek: many more runs. */
const DECIDED_FROM_PEEK = new Set(['ProduceRequest', 'FetchRequest', 'MetadataRequest']);

function agree(codec: MessageCodec<unknown>, name: string, bytes: Buffer, v: number): void {
  const full = run((r, ver) => codec.decode(r, ver), bytes, v);
  const peek = run(codec.peek!, bytes, v);
  const where = `${name} v${v} ${bytes.toString('hex').slice(0, 400)}`;
  expect(peek.error === undefined, `${where}: peek ${peek.error ?? 'ok'}, full ${full.error ?? 'ok'}`).toBe(
    full.error === undefined,
  );
  if (full.error !== undefined) return;
  expect(peek.end, where).toBe(full.end);
  expect(peek.value, where).toEqual(projected(peek.value, full.value));
  expect(collectEntities(name, v, peek.value), where).toEqual(collectEntities(name, v, full.value));
}

describe('a peek accepts exactly what the full decoder accepts, and reads the same', () => {
  for (const m of requests) {
    const runs = DECIDED_FROM_PEEK.has(m.name) ? 3000 : 150;
    it(`${m.name}: generated frames, then ${runs} mutated, cut or extended ones`, () => {
      const codec = REQUEST_CODECS.get(m.apiKey!)! as MessageCodec<unknown>;
      const versions = versionsOf(m);
      for (const v of versions) {
        for (let seed = 1; seed <= 6; seed++) {
          agree(codec, m.name, codec.encode(new SampleBuilder(m, seed * 131 + v).message(v), v), v);
        }
      }
      fc.assert(
        fc.property(
          fc.constantFrom(...versions),
          fc.nat(),
          fc.array(mutation, { minLength: 1, maxLength: 3 }),
          (v, seed, muts) => {
            const bytes = codec.encode(new SampleBuilder(m, seed).message(v), v);
            agree(codec, m.name, mutateBytes(bytes, muts), v);
          },
        ),
        { numRuns: runs },
      );
    });
  }

  it('a known tag is read by its type whatever size it declares, as the full decoder reads it', () => {
    // Fetch v17, one topic by ID with one partition whose tagged section holds tag 0 (a 16-byte
    // ReplicaDirectoryId) declaring a size of 0: both decoders read the 16 bytes.
    const codec = REQUEST_CODECS.get(1)! as MessageCodec<unknown>;
    const fetchV17 = Buffer.concat([
      Buffer.from('0000000000000000000000000000000000000000', 'hex').subarray(0, 17), // maxWait, minBytes, maxBytes, isolation, sessionId
      Buffer.from('ffffffff', 'hex'), // sessionEpoch -1
      Buffer.from('02', 'hex'), // one topic
      Buffer.alloc(16, 7), // topic ID
      Buffer.from('02', 'hex'), // one partition
      Buffer.from('00000003', 'hex'), // partition 3
      Buffer.alloc(4 + 8 + 4 + 8 + 4), // leader epoch, offset, last fetched epoch, log start, max bytes
      Buffer.from('010000', 'hex'), // one tag: tag 0, declared size 0
      Buffer.alloc(16, 9), // ...followed by the 16 bytes of the UUID
      Buffer.from('00', 'hex'), // topic's tagged section
      Buffer.from('01', 'hex'), // no forgotten topics
      Buffer.from('01', 'hex'), // rack id ""
      Buffer.from('00', 'hex'), // request's tagged section
    ]);
    const full = run((r, ver) => codec.decode(r, ver), fetchV17, 17);
    const peek = run(codec.peek!, fetchV17, 17);
    expect(full.error).toBeUndefined();
    expect(peek).toEqual({ value: projected(peek.value, full.value), end: full.end });
    // A tag the version does not know is refused by both (tag 1, HighWatermark, is v18+).
    const tag1 = Buffer.from(fetchV17);
    tag1[17 + 4 + 1 + 16 + 1 + 4 + 28 + 1] = 1;
    expect(run(codec.peek!, tag1, 17).error).toMatch(/tag 1 is not valid/);
    expect(run((r, ver) => codec.decode(r, ver), tag1, 17).error).toMatch(/tag 1 is not valid/);
  });

  it('a skipped struct reads its known tags like the full decoder: by type, whatever size they declare', () => {
    // One tagged field, tag 0 declaring 0 bytes, followed by the 4 bytes its reader takes, then a byte.
    const bytes = Buffer.from('0100000000002a07', 'hex');
    const known = (r: Reader, tag: number, o: { x?: number }): boolean => {
      if (tag !== 0) return false;
      o.x = r.int32();
      return true;
    };
    const skipped = new Reader(bytes);
    skipped.skipTaggedFields(0, known);
    const read = new Reader(bytes);
    read.taggedFields({}, 0, known);
    expect(skipped.pos).toBe(read.pos);
    expect(skipped.pos).toBe(7);
    // Without a reader for the tag, both skip its declared size.
    const unknown = new Reader(bytes);
    unknown.skipTaggedFields();
    expect(unknown.pos).toBe(3);
  });
});
