import { EncodeError } from './decode-error.js';
import type { RawTaggedField } from './reader.js';

/** Writes one element of an array; `v` is the message version. */
export type ElementWriter<T> = (w: Writer, value: T, v: number) => void;
/** Computes the encoded size of one element of an array. */
export type ElementSizer<T> = (value: T, v: number) => number;

/**
 * Writes Kafka primitive types in place into a buffer that the encoder allocated once at the exact
 * size its size function computed. Nothing is concatenated and no scalar gets its own allocation.
 */
export class Writer {
  readonly buf: Buffer;
  pos: number;

  constructor(buf: Buffer, pos = 0) {
    this.buf = buf;
    this.pos = pos;
  }

  /** Allocates the exact size and returns a writer positioned at 0. */
  static ofSize(size: number): Writer {
    return new Writer(Buffer.allocUnsafe(size));
  }

  int8(n: number): void {
    this.buf[this.pos++] = n & 0xff;
  }

  bool(b: boolean): void {
    this.buf[this.pos++] = b ? 1 : 0;
  }

  int16(n: number): void {
    const b = this.buf;
    const p = this.pos;
    b[p] = (n >>> 8) & 0xff;
    b[p + 1] = n & 0xff;
    this.pos = p + 2;
  }

  uint16(n: number): void {
    this.int16(n);
  }

  int32(n: number): void {
    const b = this.buf;
    const p = this.pos;
    b[p] = (n >>> 24) & 0xff;
    b[p + 1] = (n >>> 16) & 0xff;
    b[p + 2] = (n >>> 8) & 0xff;
    b[p + 3] = n & 0xff;
    this.pos = p + 4;
  }

  uint32(n: number): void {
    this.int32(n);
  }

  int64(n: bigint): void {
    this.pos = this.buf.writeBigInt64BE(BigInt.asIntN(64, n), this.pos);
  }

  float64(n: number): void {
    this.pos = this.buf.writeDoubleBE(n, this.pos);
  }

  uuid(id: string): void {
    const bytes = uuidBytes(id);
    this.buf.set(bytes, this.pos);
    this.pos += 16;
  }

  uvarint(n: number): void {
    const b = this.buf;
    let p = this.pos;
    while (n >= 0x80) {
      b[p++] = (n & 0x7f) | 0x80;
      n = Math.floor(n / 128);
    }
    b[p++] = n;
    this.pos = p;
  }

  varint(n: number): void {
    this.uvarint(((n << 1) ^ (n >> 31)) >>> 0);
  }

  varlong(n: bigint): void {
    let u = BigInt.asUintN(64, (n << 1n) ^ (n >> 63n));
    const b = this.buf;
    let p = this.pos;
    while (u >= 0x80n) {
      b[p++] = Number(u & 0x7fn) | 0x80;
      u >>= 7n;
    }
    b[p++] = Number(u);
    this.pos = p;
  }

  private utf8(s: string): void {
    this.pos += this.buf.write(s, this.pos, 'utf8');
  }

  string(s: string): void {
    this.int16(Buffer.byteLength(s, 'utf8'));
    this.utf8(s);
  }

  nullableString(s: string | null): void {
    if (s === null) this.int16(-1);
    else this.string(s);
  }

  compactString(s: string): void {
    this.uvarint(Buffer.byteLength(s, 'utf8') + 1);
    this.utf8(s);
  }

  compactNullableString(s: string | null): void {
    if (s === null) this.uvarint(0);
    else this.compactString(s);
  }

  raw(data: Uint8Array): void {
    this.buf.set(data, this.pos);
    this.pos += data.length;
  }

  bytes(data: Uint8Array): void {
    this.int32(data.length);
    this.raw(data);
  }

  nullableBytes(data: Uint8Array | null): void {
    if (data === null) this.int32(-1);
    else this.bytes(data);
  }

  compactBytes(data: Uint8Array): void {
    this.uvarint(data.length + 1);
    this.raw(data);
  }

  compactNullableBytes(data: Uint8Array | null): void {
    if (data === null) this.uvarint(0);
    else this.compactBytes(data);
  }

  arrayLength(compact: boolean, n: number): void {
    if (compact) this.uvarint(n + 1);
    else this.int32(n);
  }

  array<T>(compact: boolean, items: readonly T[], element: ElementWriter<T>, v: number): void {
    this.arrayLength(compact, items.length);
    for (let i = 0; i < items.length; i++) element(this, items[i]!, v);
  }

  nullableArray<T>(compact: boolean, items: readonly T[] | null, element: ElementWriter<T>, v: number): void {
    if (items === null) this.arrayLength(compact, -1);
    else this.array(compact, items, element, v);
  }

  /** Writes one tagged field whose value has already been sized. */
  taggedFieldHeader(tag: number, size: number): void {
    this.uvarint(tag);
    this.uvarint(size);
  }

  /**
   * Writes the raw unknown tagged fields from index `from` whose tag is below `limit`, so that known and
   * unknown fields come out in ascending tag order. Returns the index of the next unwritten one.
   */
  unknownTagsBelow(unknown: readonly RawTaggedField[] | undefined, from: number, limit: number): number {
    if (unknown === undefined) return 0;
    let i = from;
    for (; i < unknown.length && unknown[i]!.tag < limit; i++) {
      const f = unknown[i]!;
      this.taggedFieldHeader(f.tag, f.data.length);
      this.raw(f.data);
    }
    return i;
  }

  /** A tagged-field section holding only unknown fields (the common case: no known tags). */
  unknownTaggedFields(unknown: readonly RawTaggedField[] | undefined): void {
    if (unknown === undefined) {
      this.buf[this.pos++] = 0;
      return;
    }
    this.uvarint(unknown.length);
    this.unknownTagsBelow(unknown, 0, Infinity);
  }
}

/** Decodes a UUID string (Kafka's 22-character base64url form) into its 16 bytes. */
export function uuidBytes(id: string): Buffer {
  const bytes = Buffer.from(id, 'base64url');
  if (bytes.length !== 16 || id.length !== 22)
    throw new EncodeError(`not a Kafka UUID: ${JSON.stringify(id)}`);
  return bytes;
}

/** Encoded sizes of primitives, used by the generated size functions. */
export const sizeOf = {
  uvarint(n: number): number {
    let size = 1;
    while (n >= 0x80) {
      n = Math.floor(n / 128);
      size++;
    }
    return size;
  },
  varint(n: number): number {
    return sizeOf.uvarint(((n << 1) ^ (n >> 31)) >>> 0);
  },
  varlong(n: bigint): number {
    let u = BigInt.asUintN(64, (n << 1n) ^ (n >> 63n));
    let size = 1;
    while (u >= 0x80n) {
      u >>= 7n;
      size++;
    }
    return size;
  },
  string(s: string): number {
    return 2 + Buffer.byteLength(s, 'utf8');
  },
  nullableString(s: string | null): number {
    return s === null ? 2 : 2 + Buffer.byteLength(s, 'utf8');
  },
  compactString(s: string): number {
    const n = Buffer.byteLength(s, 'utf8');
    return sizeOf.uvarint(n + 1) + n;
  },
  compactNullableString(s: string | null): number {
    return s === null ? 1 : sizeOf.compactString(s);
  },
  bytes(b: Uint8Array): number {
    return 4 + b.length;
  },
  nullableBytes(b: Uint8Array | null): number {
    return b === null ? 4 : 4 + b.length;
  },
  compactBytes(b: Uint8Array): number {
    return sizeOf.uvarint(b.length + 1) + b.length;
  },
  compactNullableBytes(b: Uint8Array | null): number {
    return b === null ? 1 : sizeOf.compactBytes(b);
  },
  arrayLength(compact: boolean, n: number): number {
    return compact ? sizeOf.uvarint(n + 1) : 4;
  },
  array<T>(compact: boolean, items: readonly T[], element: ElementSizer<T>, v: number): number {
    let size = sizeOf.arrayLength(compact, items.length);
    for (let i = 0; i < items.length; i++) size += element(items[i]!, v);
    return size;
  },
  nullableArray<T>(
    compact: boolean,
    items: readonly T[] | null,
    element: ElementSizer<T>,
    v: number,
  ): number {
    return items === null ? sizeOf.arrayLength(compact, -1) : sizeOf.array(compact, items, element, v);
  },
  fixedArray(compact: boolean, items: readonly unknown[] | null, elementSize: number): number {
    return items === null
      ? sizeOf.arrayLength(compact, -1)
      : sizeOf.arrayLength(compact, items.length) + items.length * elementSize;
  },
  taggedField(tag: number, size: number): number {
    return sizeOf.uvarint(tag) + sizeOf.uvarint(size) + size;
  },
  unknownTaggedFields(unknown: readonly RawTaggedField[] | undefined): number {
    if (unknown === undefined) return 1;
    let size = sizeOf.uvarint(unknown.length);
    for (const f of unknown) size += sizeOf.taggedField(f.tag, f.data.length);
    return size;
  },
};

/** Element writers and sizers for arrays of primitives. */
export const elementWriters = {
  int8: (w: Writer, n: number) => w.int8(n),
  int16: (w: Writer, n: number) => w.int16(n),
  uint16: (w: Writer, n: number) => w.uint16(n),
  int32: (w: Writer, n: number) => w.int32(n),
  uint32: (w: Writer, n: number) => w.uint32(n),
  int64: (w: Writer, n: bigint) => w.int64(n),
  float64: (w: Writer, n: number) => w.float64(n),
  bool: (w: Writer, b: boolean) => w.bool(b),
  uuid: (w: Writer, id: string) => w.uuid(id),
  varint: (w: Writer, n: number) => w.varint(n),
  varlong: (w: Writer, n: bigint) => w.varlong(n),
  string: (w: Writer, s: string) => w.string(s),
  compactString: (w: Writer, s: string) => w.compactString(s),
  bytes: (w: Writer, b: Uint8Array) => w.bytes(b),
  compactBytes: (w: Writer, b: Uint8Array) => w.compactBytes(b),
} as const;

export const elementSizers = {
  varint: (n: number) => sizeOf.varint(n),
  varlong: (n: bigint) => sizeOf.varlong(n),
  string: (s: string) => sizeOf.string(s),
  compactString: (s: string) => sizeOf.compactString(s),
  bytes: (b: Uint8Array) => sizeOf.bytes(b),
  compactBytes: (b: Uint8Array) => sizeOf.compactBytes(b),
} as const;
