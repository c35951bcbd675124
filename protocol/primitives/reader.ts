import { DecodeError, decodeErrorWithin } from './decode-error.js';

/** A tagged field whose tag this version of the schema does not know: kept raw and re-encoded as is. */
export interface RawTaggedField {
  tag: number;
  /** View into the frame, not a copy. */
  data: Buffer;
}

/** Decodes one element of an array; `v` is the message version, passed down to nested structs. */
export type ElementDecoder<T> = (r: Reader, v: number) => T;

// Node's Buffer has fast slicing methods that the public typings leave out.
interface FastSlices {
  utf8Slice(start: number, end: number): string;
}

/**
 * Short strings (client IDs, topic and group names) and topic IDs repeat on every request of a
 * connection, and turning bytes into a JS string costs more than comparing a few bytes. A small
 * direct-mapped table keyed by a hash of the bytes returns the string made last time for the same
 * bytes; a miss decodes and replaces the slot.
 */
const INTERN_MAX_BYTES = 48;
const INTERN_SLOTS = 2048;

class InternTable {
  private readonly bytes = new Uint8Array(INTERN_SLOTS * INTERN_MAX_BYTES);
  private readonly lengths = new Int16Array(INTERN_SLOTS).fill(-1);
  private readonly strings: string[] = new Array<string>(INTERN_SLOTS).fill('');

  constructor(private readonly decode: (buf: Buffer, start: number, end: number) => string) {}

  get(buf: Buffer, p: number, len: number): string {
    let h = len | 0;
    for (let i = 0; i < len; i++) h = Math.imul(h ^ buf[p + i]!, 0x01000193);
    const slot = (h ^ (h >>> 15)) & (INTERN_SLOTS - 1);
    const base = slot * INTERN_MAX_BYTES;
    if (this.lengths[slot] === len) {
      const bytes = this.bytes;
      let same = true;
      for (let i = 0; i < len; i++) {
        if (bytes[base + i] !== buf[p + i]) {
          same = false;
          break;
        }
      }
      if (same) return this.strings[slot]!;
    }
    const s = this.decode(buf, p, p + len);
    this.bytes.set(buf.subarray(p, p + len), base);
    this.lengths[slot] = len;
    this.strings[slot] = s;
    return s;
  }
}

const utf8Strings = new InternTable((b, start, end) => (b as unknown as FastSlices).utf8Slice(start, end));
const uuidStrings = new InternTable((b, start, end) => b.toString('base64url', start, end));

/**
 * Reads Kafka primitive types from a view of a frame, between `pos` and `end`. Every read checks the
 * bound first and throws a DecodeError past it, so a decoder can never read outside the frame even
 * when the Buffer behind it is larger (a socket chunk holding several frames). Variable-length values
 * (bytes, records) are returned as subarray views, never copied.
 */
export class Reader {
  buf: Buffer;
  pos: number;
  end: number;

  constructor(buf: Buffer, pos = 0, end = buf.length) {
    if (pos < 0 || end > buf.length || pos > end)
      throw new DecodeError(`bad reader bounds ${pos}..${end}`, pos);
    this.buf = buf;
    this.pos = pos;
    this.end = end;
  }

  remaining(): number {
    return this.end - this.pos;
  }

  /** Throws unless `n` more bytes are available; returns the current offset. */
  need(n: number, what: string): number {
    const p = this.pos;
    if (n > this.end - p) throw new DecodeError(`${what} needs ${n} bytes, ${this.end - p} left`, p);
    return p;
  }

  skip(n: number): void {
    this.pos = this.need(n, 'skip') + n;
  }

  int8(): number {
    const p = this.need(1, 'int8');
    this.pos = p + 1;
    return (this.buf[p]! << 24) >> 24;
  }

  uint8(): number {
    const p = this.need(1, 'uint8');
    this.pos = p + 1;
    return this.buf[p]!;
  }

  bool(): boolean {
    // Like Kafka, any non-zero byte is true.
    return this.uint8() !== 0;
  }

  int16(): number {
    const p = this.need(2, 'int16');
    const b = this.buf;
    this.pos = p + 2;
    return (((b[p]! << 8) | b[p + 1]!) << 16) >> 16;
  }

  uint16(): number {
    const p = this.need(2, 'uint16');
    const b = this.buf;
    this.pos = p + 2;
    return (b[p]! << 8) | b[p + 1]!;
  }

  int32(): number {
    const p = this.need(4, 'int32');
    const b = this.buf;
    this.pos = p + 4;
    return (b[p]! << 24) | (b[p + 1]! << 16) | (b[p + 2]! << 8) | b[p + 3]!;
  }

  uint32(): number {
    return this.int32() >>> 0;
  }

  int64(): bigint {
    const p = this.need(8, 'int64');
    this.pos = p + 8;
    return this.buf.readBigInt64BE(p);
  }

  float64(): number {
    const p = this.need(8, 'float64');
    this.pos = p + 8;
    return this.buf.readDoubleBE(p);
  }

  /** UUIDs are represented as Kafka prints them: 22 characters of unpadded base64url. */
  uuid(): string {
    const p = this.need(16, 'uuid');
    this.pos = p + 16;
    return uuidStrings.get(this.buf, p, 16);
  }

  /**
   * Unsigned LEB128 varint of at most 5 bytes, read as Kafka's `ByteUtils.readUnsignedVarint` reads
   * it: the value is kept modulo 2^32 (bits of the fifth byte beyond the 32nd are dropped), a fifth
   * byte with its continuation bit set is an error. Returned as 0..2^32-1; Kafka uses the same bits
   * as a signed int (see `kafkaInt`).
   */
  uvarint(): number {
    // Lengths and counts are almost always below 128: one byte, one branch.
    const p = this.pos;
    if (p < this.end) {
      const b0 = this.buf[p]!;
      if (b0 < 0x80) {
        this.pos = p + 1;
        return b0;
      }
    }
    return this.uvarintSlow();
  }

  private uvarintSlow(): number {
    const b = this.buf;
    const start = this.pos;
    let p = start;
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 5; i++) {
      if (p >= this.end) throw new DecodeError('varint runs past the end', start);
      const byte = b[p++]!;
      if (i === 4) {
        if ((byte & 0x80) !== 0) throw new DecodeError('varint longer than 5 bytes', start);
        this.pos = p;
        return value + (byte & 0x0f) * scale;
      }
      value += (byte & 0x7f) * scale;
      if ((byte & 0x80) === 0) {
        this.pos = p;
        return value;
      }
      scale *= 128;
    }
    throw new DecodeError('varint longer than 5 bytes', start);
  }

  /**
   * A compact length (unsigned varint of length + 1) as Kafka's generated readers compute it: the
   * varint taken as a signed 32-bit int, minus one, in 32-bit arithmetic. Negative means null.
   */
  compactLength(): number {
    return ((this.uvarint() | 0) - 1) | 0;
  }

  /** Zigzag-encoded signed 32-bit varint. */
  varint(): number {
    const u = this.uvarint();
    return (u >>> 1) ^ -(u & 1);
  }

  /** Zigzag-encoded signed 64-bit varint (at most 10 bytes). */
  varlong(): bigint {
    const b = this.buf;
    const start = this.pos;
    let p = start;
    let value = 0n;
    for (let shift = 0n; shift < 70n; shift += 7n) {
      if (p >= this.end) throw new DecodeError('varlong runs past the end', start);
      const byte = b[p++]!;
      value |= BigInt(byte & 0x7f) << shift;
      if ((byte & 0x80) === 0) {
        if (value > 0xffffffffffffffffn) throw new DecodeError('varlong exceeds 64 bits', start);
        this.pos = p;
        return (value >> 1n) ^ -(value & 1n);
      }
    }
    throw new DecodeError('varlong longer than 10 bytes', start);
  }

  private utf8(len: number, start: number): string {
    if (len > this.end - this.pos)
      throw new DecodeError(`string of ${len} bytes, ${this.end - this.pos} left`, start);
    const p = this.pos;
    this.pos = p + len;
    return len <= INTERN_MAX_BYTES
      ? utf8Strings.get(this.buf, p, len)
      : (this.buf as unknown as FastSlices).utf8Slice(p, p + len);
  }

  /** Classic string: int16 length. Any negative length is Kafka's null. */
  string(): string {
    const start = this.pos;
    const len = this.int16();
    if (len < 0) throw new DecodeError('non-nullable string is null', start);
    return this.utf8(len, start);
  }

  /** Like Kafka's readers, any negative length (not only -1) reads as null. */
  nullableString(): string | null {
    const start = this.pos;
    const len = this.int16();
    return len < 0 ? null : this.utf8(len, start);
  }

  /** Compact string: unsigned varint of length + 1; longer than 0x7fff is refused, as Kafka does. */
  compactString(): string {
    const start = this.pos;
    const len = this.compactLength();
    if (len < 0) throw new DecodeError('non-nullable compact string is null', start);
    return this.compactUtf8(len, start);
  }

  compactNullableString(): string | null {
    const start = this.pos;
    const len = this.compactLength();
    return len < 0 ? null : this.compactUtf8(len, start);
  }

  private compactUtf8(len: number, start: number): string {
    if (len > 0x7fff) throw new DecodeError(`string of invalid length ${len}`, start);
    return this.utf8(len, start);
  }

  private view(len: number, start: number): Buffer {
    if (len > this.end - this.pos)
      throw new DecodeError(`${len} bytes announced, ${this.end - this.pos} left`, start);
    const p = this.pos;
    this.pos = p + len;
    return this.buf.subarray(p, p + len);
  }

  /** Classic bytes: int32 length. Returns a view. */
  bytes(): Buffer {
    const start = this.pos;
    const len = this.int32();
    if (len < 0) throw new DecodeError('non-nullable bytes are null', start);
    return this.view(len, start);
  }

  /** Any negative length reads as null, as in Kafka's readers. */
  nullableBytes(): Buffer | null {
    const start = this.pos;
    const len = this.int32();
    return len < 0 ? null : this.view(len, start);
  }

  compactBytes(): Buffer {
    const start = this.pos;
    const len = this.compactLength();
    if (len < 0) throw new DecodeError('non-nullable compact bytes are null', start);
    return this.view(len, start);
  }

  compactNullableBytes(): Buffer | null {
    const start = this.pos;
    const len = this.compactLength();
    return len < 0 ? null : this.view(len, start);
  }

  /** Skips classic (int32-length) nullable bytes without creating a view: records a policy never reads. */
  skipNullableBytes(): void {
    const start = this.pos;
    const len = this.int32();
    if (len > 0) this.advance(len, start);
  }

  skipCompactNullableBytes(): void {
    const start = this.pos;
    const len = this.compactLength();
    if (len > 0) this.advance(len, start);
  }

  /** Moves past `len` announced bytes, failing if they are not all inside the frame. */
  private advance(len: number, start: number): void {
    if (len > this.end - this.pos)
      throw new DecodeError(`${len} bytes announced, ${this.end - this.pos} left`, start);
    this.pos += len;
  }

  /**
   * Reads an array length and rejects counts that cannot fit in the remaining bytes before anything
   * is allocated. Returns -1 for a null array. `minElementSize` is the smallest encoding of one element.
   */
  arrayLength(compact: boolean, minElementSize: number): number {
    const start = this.pos;
    // Kafka's readers take any negative count as null.
    const n = compact ? this.compactLength() : this.int32();
    if (n < 0) return -1;
    if (n > 0 && n * Math.max(1, minElementSize) > this.end - this.pos) {
      throw new DecodeError(`array of ${n} elements cannot fit in ${this.end - this.pos} bytes`, start);
    }
    return n;
  }

  /** Array that may be null in this version. */
  nullableArray<T>(
    compact: boolean,
    element: ElementDecoder<T>,
    v: number,
    minElementSize: number,
  ): T[] | null {
    const n = this.arrayLength(compact, minElementSize);
    return n < 0 ? null : this.elements(n, element, v);
  }

  array<T>(compact: boolean, element: ElementDecoder<T>, v: number, minElementSize: number): T[] {
    const start = this.pos;
    const n = this.arrayLength(compact, minElementSize);
    if (n < 0) throw new DecodeError('non-nullable array is null', start);
    return this.elements(n, element, v);
  }

  private elements<T>(n: number, element: ElementDecoder<T>, v: number): T[] {
    const out = new Array<T>(n);
    let i = 0;
    try {
      for (; i < n; i++) out[i] = element(this, v);
    } catch (err) {
      throw decodeErrorWithin(err, `[${i}]`, this.pos);
    }
    return out;
  }

  /**
   * Reads a tagged-field section as Kafka's generated readers do. The count is a signed int (a
   * negative count reads no field). `known` decodes a tag the schema knows into `target`, reading
   * the value from the stream whatever size the field declares (Kafka ignores the size of known
   * tags), and throws for a known tag that is not valid at this version; it returns false for tags
   * it does not know, which are kept raw (`size` bytes, which must fit).
   */
  taggedFields<T>(
    target: T,
    v: number,
    known: ((r: Reader, tag: number, target: T, v: number) => boolean) | undefined,
  ): RawTaggedField[] | undefined {
    const start = this.pos;
    const count = this.uvarint() | 0;
    if (count * 2 > this.end - this.pos) throw new DecodeError(`${count} tagged fields cannot fit`, start);
    let unknown: RawTaggedField[] | undefined;
    for (let i = 0; i < count; i++) {
      const at = this.pos;
      const tag = this.uvarint() | 0;
      const size = this.uvarint() | 0;
      if (known !== undefined && known(this, tag, target, v)) continue;
      if (size < 0 || size > this.end - this.pos)
        throw new DecodeError(`tagged field ${tag} of ${size} bytes does not fit`, at);
      const fieldEnd = this.pos + size;
      (unknown ??= []).push({ tag, data: this.buf.subarray(this.pos, fieldEnd) });
      this.pos = fieldEnd;
    }
    return unknown;
  }

  /**
   * Skips a tagged-field section (partial decoders), accepting and refusing exactly what
   * `taggedFields` does: tags `known` knows are decoded by it (into a throwaway object, whatever size
   * they declare; it throws for a tag invalid at the version), the others are skipped by their size,
   * which must fit.
   */
  skipTaggedFields<T extends object>(
    v = 0,
    known?: (r: Reader, tag: number, target: T, v: number) => boolean,
  ): void {
    const start = this.pos;
    const count = this.uvarint() | 0;
    if (count * 2 > this.end - this.pos) throw new DecodeError(`${count} tagged fields cannot fit`, start);
    let scratch: T | undefined;
    for (let i = 0; i < count; i++) {
      const tag = this.uvarint() | 0;
      const at = this.pos;
      const size = this.uvarint() | 0;
      // The value is read and dropped: the target only has to take the tag's property.
      if (known !== undefined && known(this, tag, (scratch ??= {} as T), v)) continue;
      if (size < 0) throw new DecodeError(`tagged field ${tag} of ${size} bytes`, at);
      this.advance(size, at);
    }
  }
}

/** Element decoders for arrays of primitives, shared so that no closure is allocated per array. */
export const elements = {
  int8: (r: Reader) => r.int8(),
  int16: (r: Reader) => r.int16(),
  uint16: (r: Reader) => r.uint16(),
  int32: (r: Reader) => r.int32(),
  uint32: (r: Reader) => r.uint32(),
  int64: (r: Reader) => r.int64(),
  float64: (r: Reader) => r.float64(),
  bool: (r: Reader) => r.bool(),
  uuid: (r: Reader) => r.uuid(),
  varint: (r: Reader) => r.varint(),
  varlong: (r: Reader) => r.varlong(),
  string: (r: Reader) => r.string(),
  compactString: (r: Reader) => r.compactString(),
  bytes: (r: Reader) => r.bytes(),
  compactBytes: (r: Reader) => r.compactBytes(),
} as const;

/**
 * Skipping helpers for the generated partial ("peek") decoders: advance without building values, and
 * refuse what the full decoders refuse (a null where the version allows none, a compact string
 * longer than 0x7fff bytes, a length past the end), so that a peek accepts the same frames.
 */
export const skip = {
  /** Classic or compact string, nullable or not. */
  string(r: Reader, compact: boolean, nullable: boolean): void {
    const start = r.pos;
    const len = compact ? r.compactLength() : r.int16();
    if (len < 0) {
      if (!nullable) throw new DecodeError('non-nullable string is null', start);
      return;
    }
    if (compact && len > 0x7fff) throw new DecodeError(`string of invalid length ${len}`, start);
    if (len > 0) r.skip(len);
  },
  /** Classic or compact bytes or records, nullable or not: skipped by their length, never read. */
  bytes(r: Reader, compact: boolean, nullable: boolean): void {
    const start = r.pos;
    const len = compact ? r.compactLength() : r.int32();
    if (len < 0) {
      if (!nullable) throw new DecodeError('non-nullable bytes are null', start);
      return;
    }
    if (len > 0) r.skip(len);
  },
  /** Array of fixed-size elements: one bounds check, no loop. */
  fixedArray(r: Reader, compact: boolean, elementSize: number, nullable: boolean): void {
    const start = r.pos;
    const n = r.arrayLength(compact, elementSize);
    if (n < 0 && !nullable) throw new DecodeError('non-nullable array is null', start);
    if (n > 0) r.skip(n * elementSize);
  },
  array(
    r: Reader,
    compact: boolean,
    element: (r: Reader, v: number) => void,
    v: number,
    minElementSize: number,
    nullable: boolean,
  ): void {
    const start = r.pos;
    const n = r.arrayLength(compact, minElementSize);
    if (n < 0 && !nullable) throw new DecodeError('non-nullable array is null', start);
    for (let i = 0; i < n; i++) element(r, v);
  },
  nullableStruct(r: Reader, element: (r: Reader, v: number) => void, v: number): void {
    if (r.int8() >= 0) element(r, v);
  },
  // Elements of arrays of strings or bytes are never null (the full decoders' `elements`).
  compactString: (r: Reader): void => skip.string(r, true, false),
  classicString: (r: Reader): void => skip.string(r, false, false),
  compactBytes: (r: Reader): void => skip.bytes(r, true, false),
  classicBytes: (r: Reader): void => skip.bytes(r, false, false),
  varint: (r: Reader): void => void r.varint(),
  varlong: (r: Reader): void => void r.varlong(),
} as const;
