import { DecodeError } from '../../protocol/primitives/index.js';

/**
 * Walks a frame that is held as the chunks it arrived in, without joining them. It only skips and
 * reads the few scalars (lengths and counts) needed to find where a structure ends, so a Fetch
 * response's record data is stepped over, never copied. Every step checks the bound and throws the
 * codec's DecodeError past the end, and counts are checked against the bytes left so that a hostile
 * count cannot make it loop.
 */
export class ChunkCursor {
  private chunk = 0;
  private inChunk = 0;
  /** Absolute offset from the start of the first chunk. */
  pos = 0;

  constructor(
    private readonly chunks: readonly Buffer[],
    readonly end: number,
  ) {}

  remaining(): number {
    return this.end - this.pos;
  }

  skip(n: number): void {
    if (n < 0 || n > this.end - this.pos) {
      throw new DecodeError(`skip of ${n} bytes with ${this.end - this.pos} left`, this.pos);
    }
    this.pos += n;
    let left = n;
    while (left > 0) {
      const available = this.chunks[this.chunk]!.length - this.inChunk;
      if (left < available) {
        this.inChunk += left;
        return;
      }
      left -= available;
      this.chunk++;
      this.inChunk = 0;
    }
  }

  uint8(): number {
    if (this.pos >= this.end) throw new DecodeError('byte needed, none left', this.pos);
    while (this.inChunk >= this.chunks[this.chunk]!.length) {
      this.chunk++;
      this.inChunk = 0;
    }
    const value = this.chunks[this.chunk]![this.inChunk]!;
    this.inChunk++;
    this.pos++;
    return value;
  }

  int32(): number {
    return (this.uint8() << 24) | (this.uint8() << 16) | (this.uint8() << 8) | this.uint8() | 0;
  }

  /** Unsigned varint of at most 5 bytes, as Kafka's compact lengths and tagged-field headers use. */
  uvarint(): number {
    let value = 0;
    for (let shift = 0; shift <= 28; shift += 7) {
      const byte = this.uint8();
      value += (byte & 0x7f) * 2 ** shift;
      if ((byte & 0x80) === 0) return value;
    }
    throw new DecodeError('varint longer than 5 bytes', this.pos);
  }

  /** Reads a compact array's count (N+1 on the wire, 0 for null) and checks it is plausible. */
  compactCount(minElementBytes: number): number {
    const start = this.pos;
    const raw = this.uvarint();
    const count = raw === 0 ? 0 : raw - 1;
    if (count * minElementBytes > this.remaining()) {
      throw new DecodeError(`array of ${count} cannot fit in ${this.remaining()} bytes`, start);
    }
    return count;
  }

  /** Skips a compact string, compact bytes or compact records value (nullable or not). */
  skipCompactBytes(): void {
    const raw = this.uvarint();
    if (raw > 0) this.skip(raw - 1);
  }

  /** Skips a tagged-field section: a plain count, then per field a tag, a size and the data. */
  skipTaggedFields(): void {
    const start = this.pos;
    const count = this.uvarint();
    if (count * 2 > this.remaining()) {
      throw new DecodeError(`${count} tagged fields cannot fit in ${this.remaining()} bytes`, start);
    }
    for (let i = 0; i < count; i++) {
      this.uvarint();
      this.skip(this.uvarint());
    }
  }
}

/** Views of bytes [start, end) of a chunk list, sharing memory with the chunks. */
export function sliceChunks(chunks: readonly Buffer[], start: number, end: number): Buffer[] {
  const out: Buffer[] = [];
  let offset = 0;
  for (const chunk of chunks) {
    const chunkEnd = offset + chunk.length;
    if (chunkEnd > start && offset < end) {
      out.push(chunk.subarray(Math.max(0, start - offset), Math.min(chunk.length, end - offset)));
    }
    offset = chunkEnd;
    if (offset >= end) break;
  }
  return out;
}

/** Copies bytes [start, end) of a chunk list into one buffer; for small regions only. */
export function copyChunks(chunks: readonly Buffer[], start: number, end: number): Buffer {
  return Buffer.concat(sliceChunks(chunks, start, end), end - start);
}
