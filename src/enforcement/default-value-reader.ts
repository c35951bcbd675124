// A skeleton of any generated message at any version, with every field at its neutral value.
//
// The generated decoders are the schema: they read exactly the fields a version has, in order, with
// the right types. Fed a Reader that returns a neutral value for every read (0, '', null for
// nullable strings and bytes, [] for arrays, the zero UUID) instead of consuming bytes, a decoder
// builds a complete, encodable value of the message for that version. Fields a version does not
// carry get the schema defaults the decoder fills in itself. The proxy uses these skeletons to build
// error responses for any request without a hand-written template per API and version.

import type { MessageCodec } from '../../protocol/generated/codecs.js';
import { Reader } from '../../protocol/primitives/index.js';
import { ZERO_UUID } from '../../protocol/primitives/codec-runtime.js';

const EMPTY = Buffer.alloc(0);

class DefaultValueReader extends Reader {
  /** 1 makes every array hold one neutral element: a template for each nested struct. */
  constructor(private readonly elementsPerArray: 0 | 1 = 0) {
    super(EMPTY);
  }
  override nullableArray<T>(compact: boolean, element: (r: Reader, v: number) => T, v: number): T[] | null {
    // An empty list rather than null: every client iterates it without a null check.
    return this.array(compact, element, v);
  }
  override array<T>(_compact: boolean, element: (r: Reader, v: number) => T, v: number): T[] {
    return this.elementsPerArray === 0 ? [] : [element(this, v)];
  }
}

/**
 * What each other read of a DefaultValueReader returns, consuming nothing: the neutral value of
 * its type (skips and tagged fields read nothing).
 */
const NEUTRAL_READS = {
  need: 0,
  skip: undefined,
  int8: 0,
  uint8: 0,
  bool: false,
  int16: 0,
  uint16: 0,
  int32: 0,
  uint32: 0,
  int64: 0n,
  float64: 0,
  uuid: ZERO_UUID,
  uvarint: 0,
  varint: 0,
  varlong: 0n,
  string: '',
  nullableString: null,
  compactString: '',
  compactNullableString: null,
  bytes: EMPTY,
  nullableBytes: null,
  compactBytes: EMPTY,
  compactNullableBytes: null,
  skipNullableBytes: undefined,
  skipCompactNullableBytes: undefined,
  arrayLength: 0,
  taggedFields: undefined,
  skipTaggedFields: undefined,
} satisfies { [M in keyof Reader]?: Reader[M] extends (...args: never[]) => infer R ? R : never };

for (const [read, value] of Object.entries(NEUTRAL_READS)) {
  Object.defineProperty(DefaultValueReader.prototype, read, { value: () => value, writable: true });
}

/** A value of the codec's message at `version` with every field neutral (see the file comment). */
export function skeletonOf<T>(codec: MessageCodec<T>, version: number): T {
  return codec.decode(new DefaultValueReader(), version);
}

/**
 * Like skeletonOf, but every array holds one neutral element, so that each nested struct has a
 * template (used to complete partial values, e.g. requests written in test scenarios).
 */
export function templateOf<T>(codec: MessageCodec<T>, version: number): T {
  return codec.decode(new DefaultValueReader(1), version);
}

/** The same for one struct inside a message, given its generated element decoder. */
export function structSkeleton<T>(decode: (r: Reader, v: number) => T, version: number): T {
  return decode(new DefaultValueReader(), version);
}

/**
 * A maker of values of one struct (given its generated element decoder) that the proxy writes many
 * of, e.g. a refused topic's partitions: the struct's skeleton at the version asked, with `fixed`
 * over it, then each call's own `fields`.
 */
export function skeletonWith<T>(
  decode: (r: Reader, v: number) => T,
  fixed: Partial<T>,
): (version: number, fields: Partial<T>) => T {
  return (version, fields) => ({ ...structSkeleton(decode, version), ...fixed, ...fields });
}

/**
 * Completes a partial value from a template of the message (templateOf): fields the partial leaves
 * out take the template's; each array element is completed from the template's first element;
 * numbers become bigint and strings Buffers where the template says so.
 */
export function completeFromTemplate(partial: unknown, template: unknown): unknown {
  if (partial === undefined) return template;
  if (Buffer.isBuffer(partial) || typeof partial === 'bigint') return partial;
  if (Array.isArray(partial)) {
    const element = Array.isArray(template) ? template[0] : undefined;
    return partial.map((p) => completeFromTemplate(p, element));
  }
  if (typeof template === 'bigint' && (typeof partial === 'number' || typeof partial === 'string')) {
    return BigInt(partial);
  }
  if (Buffer.isBuffer(template) && typeof partial === 'string') return Buffer.from(partial);
  if (partial !== null && typeof partial === 'object' && template !== null && typeof template === 'object') {
    const out: Record<string, unknown> = { ...(template as Record<string, unknown>) };
    for (const [key, value] of Object.entries(partial))
      out[key] = completeFromTemplate(value, (template as Record<string, unknown>)[key]);
    return out;
  }
  return partial;
}
