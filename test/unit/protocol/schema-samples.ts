/**
 * Builds sample values of any message at any version straight from the schema model, independently
 * of the generated code: random values for fields present in the version, nulls where nullable, tagged
 * fields both absent and set, unknown tagged fields in flexible versions, and Kafka's defaults for
 * fields the version does not have.
 */
import { resolve } from 'node:path';
import { MessageEmitter, fieldRanges } from '../../../protocol/generator/emit-message.js';
import {
  type FieldSpec,
  type FieldType,
  type MessageSpec,
  contains,
  intersect,
  isEmpty,
  loadSchemas,
} from '../../../protocol/generator/schema.js';

export const SCHEMAS_DIR = resolve(import.meta.dirname, '../../../../shared/kafka-message-schemas');

let cached: MessageSpec[] | undefined;
export function schemas(): MessageSpec[] {
  cached ??= loadSchemas(SCHEMAS_DIR);
  return cached;
}

/** Small deterministic PRNG (mulberry32) so failures reproduce. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA';
const WORDS = ['orders', 'payments.v1', 'tøpic-✓', '', 'a'.repeat(40), 'group_7'];

type Value = unknown;
type Obj = Record<string, unknown>;

export class SampleBuilder {
  private readonly e: MessageEmitter;
  private readonly rand: () => number;

  constructor(
    readonly msg: MessageSpec,
    seed: number,
  ) {
    this.e = new MessageEmitter(msg);
    this.rand = rng(seed);
  }

  private int(lo: number, hi: number): number {
    return lo + Math.floor(this.rand() * (hi - lo + 1));
  }

  private flexible(v: number): boolean {
    return contains(this.msg.flexibleVersions, v);
  }

  defaultOf(f: FieldSpec): Value {
    const d = f.default;
    if (d === 'null') return null;
    const t = f.type;
    if (t.kind === 'array') return [];
    if (t.kind === 'struct') return this.defaultStruct(t.name);
    switch (t.name) {
      case 'int64':
      case 'varlong':
        return BigInt(d ?? '0');
      case 'bool':
        return d === 'true';
      case 'string':
        return d ?? '';
      case 'uuid':
        return ZERO_UUID;
      case 'bytes':
        return Buffer.alloc(0);
      case 'records':
        return null;
      default:
        return d === undefined || d === '' ? 0 : Number(d);
    }
  }

  private defaultStruct(name: string): Obj {
    const s = this.e.structs.get(name)!;
    const o: Obj = {};
    for (const f of s.spec.fields) if (!isEmpty(intersect(f.versions, s.range))) o[f.key] = this.defaultOf(f);
    return o;
  }

  private primitive(name: string): Value {
    switch (name) {
      case 'int8':
        return this.int(-128, 127);
      case 'int16':
        return this.int(-32768, 32767);
      case 'uint16':
        return this.int(0, 65535);
      case 'int32':
      case 'varint':
        return this.int(-2147483648, 2147483647);
      case 'uint32':
        return this.int(0, 4294967295);
      case 'int64':
      case 'varlong':
        return BigInt.asIntN(
          64,
          (BigInt(this.int(0, 2 ** 31)) << 33n) ^ BigInt(this.int(-(2 ** 31), 2 ** 31)),
        );
      case 'float64':
        return (this.rand() - 0.5) * 1e6;
      case 'bool':
        return this.rand() < 0.5;
      case 'uuid':
        return Buffer.from(Array.from({ length: 16 }, () => this.int(0, 255))).toString('base64url');
      case 'string':
        return WORDS[this.int(0, WORDS.length - 1)]! + String(this.int(0, 99));
      case 'bytes':
      case 'records':
        return Buffer.from(Array.from({ length: this.int(0, 40) }, () => this.int(0, 255)));
      default:
        throw new Error(`no sample for ${name}`);
    }
  }

  private valueOf(f: FieldSpec, t: FieldType, v: number, depth: number, nullable: boolean): Value {
    if (nullable && this.rand() < 0.25) return null;
    if (t.kind === 'primitive') return this.primitive(t.name);
    if (t.kind === 'struct') return this.struct(t.name, v, depth + 1);
    const n = depth > 4 ? 0 : this.int(0, 2);
    return Array.from({ length: n }, () => this.valueOf(f, t.element, v, depth, false));
  }

  /** A value of the struct (or of the message, by its name) at version v. */
  struct(name: string, v: number, depth = 0): Obj {
    const s = this.e.structs.get(name)!;
    const o: Obj = {};
    let maxKnownTag = -1;
    for (const f of s.spec.fields) {
      if (isEmpty(intersect(f.versions, s.range))) continue;
      const { regular, tagged } = fieldRanges(f, s.range);
      const nullable = contains(f.nullableVersions, v);
      if (contains(regular, v)) {
        o[f.key] = this.valueOf(f, f.type, v, depth, nullable);
      } else if (contains(tagged, v)) {
        maxKnownTag = Math.max(maxKnownTag, f.tag!);
        // Half the time absent (default), otherwise a value that is most likely not the default.
        o[f.key] = this.rand() < 0.5 ? this.defaultOf(f) : this.valueOf(f, f.type, v, depth, nullable);
      } else {
        o[f.key] = this.defaultOf(f);
      }
    }
    if (this.flexible(v) && this.rand() < 0.5) {
      const tag = maxKnownTag + 1 + this.int(5, 100);
      o._unknownTaggedFields = [
        { tag, data: Buffer.from([1, 2, 3].slice(0, this.int(0, 3))) },
        { tag: tag + this.int(1, 1000), data: Buffer.from('opaque') },
      ];
    }
    return o;
  }

  message(v: number): Obj {
    return this.struct(this.msg.name, v);
  }
}

export function versionsOf(m: MessageSpec): number[] {
  const out: number[] = [];
  for (let v = m.validVersions.min; v <= m.validVersions.max; v++) out.push(v);
  return out;
}
