// Random damage to encoded bytes, shared by the property tests that check a peek against the full
// decoder on mutated frames: bytes changed, cut short, junk inserted or appended, and length fields
// overwritten with chosen values.

import fc from 'fast-check';

/**
 * One change to a byte string: `set` a byte, `truncate` at an offset, write a `length` field of
 * `width` bytes (1: a compact varint of `value + 1`, 2: int16 clamped to -1..0x7fff, 4: int32),
 * `insert` bytes at an offset, or `append` bytes. Offsets are taken modulo the current length.
 * `lengths` are the values the `length` changes write.
 */
export function byteMutation(lengths: readonly number[]) {
  return fc.oneof(
    fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
    fc.record({
      kind: fc.constant('length' as const),
      at: fc.nat(),
      value: fc.constantFrom(...lengths),
      width: fc.constantFrom(1, 2, 4),
    }),
    fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      bytes: fc.uint8Array({ minLength: 1, maxLength: 6 }),
    }),
    fc.record({ kind: fc.constant('append' as const), bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
  );
}

/** A change made by {@link byteMutation}. */
export type ByteMutation = ReturnType<typeof byteMutation> extends fc.Arbitrary<infer T> ? T : never;

/** A copy of `bytes` with `muts` applied in order; a `length` change that does not fit is skipped. */
export function mutateBytes(bytes: Buffer, muts: readonly ByteMutation[]): Buffer {
  let b = Buffer.from(bytes);
  for (const m of muts) {
    if (m.kind === 'append') {
      b = Buffer.concat([b, Buffer.from(m.bytes)]);
      continue;
    }
    if (b.length === 0) break;
    const at = m.at % b.length;
    if (m.kind === 'set') b[at] = m.value;
    else if (m.kind === 'truncate') b = b.subarray(0, at);
    else if (m.kind === 'length') {
      if (at + m.width > b.length) continue;
      // 1 byte: a varint (compact length + 1, 0 is null); 2: int16; 4: int32.
      if (m.width === 1) b[at] = (m.value + 1) & 0x7f;
      else if (m.width === 2) b.writeInt16BE(Math.max(-1, Math.min(m.value, 0x7fff)), at);
      else b.writeInt32BE(m.value, at);
    } else b = Buffer.concat([b.subarray(0, at), Buffer.from(m.bytes), b.subarray(at)]);
  }
  return b;
}
