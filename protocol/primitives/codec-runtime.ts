/**
 * Small helpers the generated codecs call, kept here so that the generated files stay short and the
 * behaviour they share (version checks, null checks, error paths) is written once.
 */
import { DecodeError, EncodeError, decodeErrorWithin } from './decode-error.js';
import type { Reader } from './reader.js';
import { Writer } from './writer.js';

/** Kafka's Uuid.ZERO_UUID in the 22-character base64url form. */
export const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA';
/** Shared empty bytes value for defaults; never written to. */
export const EMPTY_BYTES: Buffer = Buffer.alloc(0);

export function checkDecodeVersion(r: Reader, v: number, min: number, max: number): void {
  if (!Number.isInteger(v) || v < min || v > max) {
    throw new DecodeError(`version ${v} outside the valid versions ${min}-${max}`, r.pos);
  }
}

/** Converts what a struct decoder caught into a DecodeError with the field that was being read. */
export function failedAt(err: unknown, field: string, r: Reader): DecodeError {
  return decodeErrorWithin(err, field, r.pos);
}

/** Same, for the outermost struct of a message, which also names the message and version. */
export function failedIn(
  err: unknown,
  field: string,
  r: Reader,
  message: string,
  apiKey: number | undefined,
  v: number,
): DecodeError {
  return decodeErrorWithin(err, field, r.pos).inMessage(message, apiKey, v);
}

/**
 * A tag the schema knows but not at this version: Kafka's generated readers refuse the message
 * ("Tag N is not valid for version V") rather than keep it as an unknown tag.
 */
export function invalidTag(tag: number, r: Reader, v: number): DecodeError {
  return new DecodeError(`tag ${tag} is not valid for version ${v}`, r.pos);
}

/** A nullable struct is preceded by an int8: -1 null, 1 present (KIP-893). */
export function decodeNullableStruct<T>(r: Reader, decode: (r: Reader, v: number) => T, v: number): T | null {
  return r.int8() < 0 ? null : decode(r, v);
}

/** Inside a tagged field a nullable struct is marked by an unsigned varint: 0 null, 1 present (KIP-893). */
export function decodeTaggedNullableStruct<T>(
  r: Reader,
  decode: (r: Reader, v: number) => T,
  v: number,
): T | null {
  return r.uvarint() === 0 ? null : decode(r, v);
}

export function writeTaggedNullableStruct<T>(
  w: Writer,
  value: T | null,
  write: (w: Writer, value: T, v: number) => void,
  v: number,
): void {
  if (value === null) {
    w.uvarint(0);
  } else {
    w.uvarint(1);
    write(w, value, v);
  }
}

/** One marker byte in both forms (int8 -1/1, or varint 0/1 in tagged fields). */
export function sizeNullableStruct<T>(
  value: T | null,
  size: (value: T, v: number) => number,
  v: number,
): number {
  return value === null ? 1 : 1 + size(value, v);
}

export function writeNullableStruct<T>(
  w: Writer,
  value: T | null,
  write: (w: Writer, value: T, v: number) => void,
  v: number,
): void {
  if (value === null) {
    w.int8(-1);
  } else {
    w.int8(1);
    write(w, value, v);
  }
}

/** A value that is null in a version where the field is not nullable cannot be encoded. */
export function notNull<T>(value: T | null, field: string, v: number): T {
  if (value === null) throw new EncodeError(`field ${field} is not nullable in version ${v}`);
  return value;
}

/** A non-ignorable field that is absent in this version must hold its default (Kafka's rule). */
export function absentField(field: string, v: number): EncodeError {
  return new EncodeError(`field ${field} has a non-default value but does not exist in version ${v}`);
}

/** Sizes once, allocates once, writes in place. */
export function encodeWith<T>(
  size: (value: T, v: number) => number,
  write: (w: Writer, value: T, v: number) => void,
  value: T,
  v: number,
  min: number,
  max: number,
  message: string,
): Buffer {
  if (!Number.isInteger(v) || v < min || v > max)
    throw new EncodeError(`${message} has no version ${v} (valid ${min}-${max})`);
  const w = Writer.ofSize(size(value, v));
  write(w, value, v);
  if (w.pos !== w.buf.length)
    throw new EncodeError(`${message} v${v}: wrote ${w.pos} bytes, sized ${w.buf.length}`);
  return w.buf;
}
