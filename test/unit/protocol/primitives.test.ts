import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DecodeError, Reader, Writer, sizeOf } from '../../../protocol/index.js';

function roundTrip<T>(
  size: number,
  write: (w: Writer) => void,
  read: (r: Reader) => T,
): { value: T; bytes: Buffer } {
  const w = Writer.ofSize(size);
  write(w);
  expect(w.pos).toBe(size);
  const r = new Reader(w.buf);
  const value = read(r);
  expect(r.pos).toBe(size);
  return { value, bytes: w.buf };
}

describe('primitives', () => {
  it('unsigned varints round-trip over the whole 32-bit range with the sizes Kafka uses', () => {
    for (const [n, size] of [
      [0, 1],
      [127, 1],
      [128, 2],
      [16383, 2],
      [16384, 3],
      [2 ** 31 - 1, 5],
      [2 ** 32 - 1, 5],
    ] as const) {
      expect(sizeOf.uvarint(n)).toBe(size);
      expect(
        roundTrip(
          size,
          (w) => w.uvarint(n),
          (r) => r.uvarint(),
        ).value,
      ).toBe(n);
    }
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (n) => {
        expect(
          roundTrip(
            sizeOf.uvarint(n),
            (w) => w.uvarint(n),
            (r) => r.uvarint(),
          ).value,
        ).toBe(n);
      }),
    );
  });

  it('zigzag varints and varlongs round-trip', () => {
    expect(
      roundTrip(
        1,
        (w) => w.varint(-1),
        (r) => r.varint(),
      ).bytes,
    ).toEqual(Buffer.from([1]));
    fc.assert(
      fc.property(fc.integer(), (n) => {
        expect(
          roundTrip(
            sizeOf.varint(n),
            (w) => w.varint(n),
            (r) => r.varint(),
          ).value,
        ).toBe(n);
      }),
    );
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), (n) => {
        expect(
          roundTrip(
            sizeOf.varlong(n),
            (w) => w.varlong(n),
            (r) => r.varlong(),
          ).value,
        ).toBe(n);
      }),
    );
  });

  it('rejects varints longer than 5 bytes or cut by the end of the frame, and keeps 32 bits as Kafka does', () => {
    expect(() => new Reader(Buffer.from('ffffffffff01', 'hex')).uvarint()).toThrow(/longer than 5 bytes/);
    // Kafka's ByteUtils.readUnsignedVarint drops the fifth byte's bits beyond the 32nd.
    expect(new Reader(Buffer.from('ffffffff1f', 'hex')).uvarint()).toBe(0xffffffff);
    expect(new Reader(Buffer.from('8080808010', 'hex')).uvarint()).toBe(0);
    expect(() => new Reader(Buffer.from('8080', 'hex')).uvarint()).toThrow(DecodeError);
    // The bound is the reader's end, not the buffer's.
    expect(() => new Reader(Buffer.from('8001', 'hex'), 0, 1).uvarint()).toThrow(/runs past the end/);
  });

  it('strings: classic, compact and nullable forms, multi-byte UTF-8, and repeated decoding returns equal strings', () => {
    for (const s of ['', 'orders', 'tøpic-✓', 'x'.repeat(300)]) {
      expect(
        roundTrip(
          sizeOf.string(s),
          (w) => w.string(s),
          (r) => r.string(),
        ).value,
      ).toBe(s);
      expect(
        roundTrip(
          sizeOf.compactString(s),
          (w) => w.compactString(s),
          (r) => r.compactString(),
        ).value,
      ).toBe(s);
    }
    expect(
      roundTrip(
        2,
        (w) => w.nullableString(null),
        (r) => r.nullableString(),
      ).bytes,
    ).toEqual(Buffer.from('ffff', 'hex'));
    expect(
      roundTrip(
        1,
        (w) => w.compactNullableString(null),
        (r) => r.compactNullableString(),
      ).bytes,
    ).toEqual(Buffer.from([0]));
    expect(() => new Reader(Buffer.from('ffff', 'hex')).string()).toThrow(/non-nullable string is null/);
    // Interned short strings: same bytes give the same string, different bytes of a colliding slot do not.
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 60 }), { maxLength: 50 }), (xs) => {
        for (const s of [...xs, ...xs])
          expect(
            roundTrip(
              sizeOf.string(s),
              (w) => w.string(s),
              (r) => r.string(),
            ).value,
          ).toBe(s);
      }),
    );
  });

  it('uuids are 22-character base64url strings of 16 bytes', () => {
    const id = 'q83vEjRWeJCrze8SNFZ4kA';
    const { bytes } = roundTrip(
      16,
      (w) => w.uuid(id),
      (r) => expect(r.uuid()).toBe(id),
    );
    expect(bytes.toString('hex')).toBe('abcdef1234567890abcdef1234567890');
    expect(() => Writer.ofSize(16).uuid('not-a-uuid')).toThrow(/not a Kafka UUID/);
    // Interned: repeated and colliding IDs still decode to their own bytes.
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ minLength: 16, maxLength: 16 }), { maxLength: 40 }), (ids) => {
        for (const b of [...ids, ...ids])
          expect(new Reader(Buffer.from(b)).uuid()).toBe(Buffer.from(b).toString('base64url'));
      }),
    );
  });

  it('int64 keeps the full signed range as bigint', () => {
    for (const n of [-(2n ** 63n), -1n, 0n, 2n ** 63n - 1n]) {
      expect(
        roundTrip(
          8,
          (w) => w.int64(n),
          (r) => r.int64(),
        ).value,
      ).toBe(n);
    }
  });
});
