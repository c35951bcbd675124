/**
 * Emits the TypeScript codec of one schema file: for every struct of the message, an interface, a
 * decoder, a size function and a writer, each one function for all versions with version conditions
 * computed here (so a field present in every version of its struct carries no condition at all).
 */
import {
  type FieldSpec,
  type FieldType,
  type MessageSpec,
  type StructSpec,
  type VersionRange,
  intersect,
  isEmpty,
  MAX_VERSION,
  structNameOf,
} from './schema.js';

const FIXED_SIZES: Record<string, number> = {
  int8: 1,
  bool: 1,
  int16: 2,
  uint16: 2,
  int32: 4,
  uint32: 4,
  int64: 8,
  float64: 8,
  uuid: 16,
};
const TS_TYPES: Record<string, string> = {
  int8: 'number',
  int16: 'number',
  uint16: 'number',
  int32: 'number',
  uint32: 'number',
  varint: 'number',
  float64: 'number',
  int64: 'bigint',
  varlong: 'bigint',
  bool: 'boolean',
  uuid: 'string',
  string: 'string',
  bytes: 'Buffer',
  records: 'Buffer',
};
const RESERVED = new Set([
  'r',
  'v',
  'o',
  'w',
  's',
  'at',
  'flex',
  'delete',
  'default',
  'new',
  'function',
  'class',
  'var',
  'let',
  'const',
  'in',
  'do',
  'for',
  'if',
  'switch',
  'case',
  'return',
  'this',
  'typeof',
  'void',
  'with',
  'yield',
  'enum',
  'import',
  'export',
  'super',
  'null',
  'true',
  'false',
  'try',
  'catch',
  'finally',
  'throw',
  'while',
  'break',
  'continue',
  'else',
  'instanceof',
  'debugger',
  'extends',
  'static',
  'package',
  'private',
  'protected',
  'public',
  'interface',
  'implements',
  'await',
]);

/** `''` = true in every version of the context, `'false'` = in none, otherwise a JS condition on `v`. */
export function versionCondition(r: VersionRange, ctx: VersionRange): string {
  const i = intersect(r, ctx);
  if (isEmpty(i)) return 'false';
  const parts: string[] = [];
  if (i.min > ctx.min) parts.push(`v >= ${i.min}`);
  if (i.max < ctx.max) parts.push(`v <= ${i.max}`);
  return parts.join(' && ');
}

function sel(cond: string, whenTrue: string, whenFalse: string): string {
  if (cond === '') return whenTrue;
  if (cond === 'false') return whenFalse;
  return `(${cond} ? ${whenTrue} : ${whenFalse})`;
}

function asBool(cond: string): string {
  return cond === '' ? 'true' : cond;
}

export interface StructInfo {
  spec: StructSpec;
  tsName: string;
  /** Versions in which the struct can be read, within the message's valid versions. */
  range: VersionRange;
  isMessage: boolean;
}

/** Splits a field's versions into regular and tagged parts within a context. */
export function fieldRanges(
  f: FieldSpec,
  ctx: VersionRange,
): { regular: VersionRange; tagged: VersionRange } {
  const present = intersect(f.versions, ctx);
  const tagged = intersect(f.taggedVersions, present);
  if (isEmpty(tagged)) return { regular: present, tagged };
  if (tagged.max !== present.max)
    throw new Error(`field ${f.name}: tagged versions must end with its versions`);
  const regular = tagged.min > present.min ? { min: present.min, max: tagged.min - 1 } : { min: 1, max: 0 };
  return { regular, tagged };
}

export class MessageEmitter {
  readonly msg: MessageSpec;
  readonly structs = new Map<string, StructInfo>();
  private readonly needDefault = new Set<string>();
  private readonly needIsDefault = new Set<string>();
  readonly runtimeImports = new Set<string>();
  readonly primitiveImports = new Set<string>();

  constructor(msg: MessageSpec) {
    this.msg = msg;
    const top: StructSpec = {
      name: msg.name,
      fields: msg.fields,
      versions: msg.validVersions,
      common: false,
    };
    // Header schemas take Kafka's class name (RequestHeaderData) so that the hot-path
    // decodeRequestHeader(frame) in protocol/framing keeps the plain name.
    const topName = msg.type === 'header' ? `${msg.name}Data` : msg.name;
    this.structs.set(msg.name, { spec: top, tsName: topName, range: msg.validVersions, isMessage: true });
    for (const s of msg.structs.values()) {
      const tsName = s.name.startsWith(msg.name) ? s.name : topName + s.name;
      const range = s.common ? msg.validVersions : intersect(s.versions, msg.validVersions);
      this.structs.set(s.name, {
        spec: s,
        tsName,
        range: isEmpty(range) ? msg.validVersions : range,
        isMessage: false,
      });
    }
  }

  private info(name: string): StructInfo {
    const i = this.structs.get(name);
    if (!i) throw new Error(`${this.msg.file}: no struct ${name}`);
    return i;
  }

  private rt(name: string): string {
    this.runtimeImports.add(name);
    return name;
  }

  private prim(name: string): string {
    this.primitiveImports.add(name);
    return name;
  }

  private isFlexibleField(f: FieldSpec, within: VersionRange, ctxFlex: string): string {
    if (f.flexibleVersions !== undefined) return versionCondition(f.flexibleVersions, within);
    const c = versionCondition(this.msg.flexibleVersions, within);
    return c === '' || c === 'false' ? c : ctxFlex;
  }

  /** Whether the TypeScript type of a field admits null. */
  private nullableType(f: FieldSpec, ctx: VersionRange): boolean {
    return !isEmpty(intersect(f.nullableVersions, intersect(f.versions, ctx))) || f.default === 'null';
  }

  tsType(t: FieldType): string {
    if (t.kind === 'primitive') return TS_TYPES[t.name]!;
    if (t.kind === 'struct') return this.info(t.name).tsName;
    const e = this.tsType(t.element);
    return `${e}[]`;
  }

  fieldTsType(f: FieldSpec, ctx: VersionRange): string {
    const base = this.tsType(f.type);
    return this.nullableType(f, ctx) ? `${base} | null` : base;
  }

  /** Smallest encoding of a value of this type in every version of `within`. */
  minSize(t: FieldType, compact: string): number {
    if (t.kind === 'primitive') {
      const fixed = FIXED_SIZES[t.name];
      if (fixed !== undefined) return fixed;
      if (t.name === 'varint' || t.name === 'varlong') return 1;
      if (t.name === 'string') return compact === '' ? 1 : compact === 'false' ? 2 : 1;
      return compact === 'false' ? 4 : 1;
    }
    if (t.kind === 'array') return compact === 'false' ? 4 : 1;
    return this.structMinSize(this.info(t.name), this.info(t.name).range);
  }

  private structMinSize(s: StructInfo, within: VersionRange): number {
    let size = versionCondition(this.msg.flexibleVersions, within) === '' ? 1 : 0;
    for (const f of s.spec.fields) {
      const { regular } = fieldRanges(f, s.range);
      if (versionCondition(regular, within) !== '') continue; // not present in every version
      const nullableAnywhere = !isEmpty(intersect(f.nullableVersions, within));
      const compact = this.isFlexibleField(f, within, 'flex');
      if (f.type.kind === 'struct')
        size += nullableAnywhere ? 1 : this.structMinSize(this.info(f.type.name), within);
      else size += this.minSize(f.type, compact === 'flex' ? 'mixed' : compact);
    }
    return size;
  }

  defaultValue(f: FieldSpec): string {
    const d = f.default;
    if (d === 'null') return 'null';
    const t = f.type;
    if (t.kind === 'array') return '[]';
    if (t.kind === 'struct') {
      this.needDefault.add(t.name);
      return `default${this.info(t.name).tsName}()`;
    }
    switch (t.name) {
      case 'int64':
      case 'varlong':
        return `${BigInt(d ?? '0')}n`;
      case 'bool':
        return d === 'true' ? 'true' : 'false';
      case 'string':
        return JSON.stringify(d ?? '');
      case 'uuid':
        return this.rt('ZERO_UUID');
      case 'bytes':
        return this.rt('EMPTY_BYTES');
      case 'records':
        return 'null';
      default: {
        const n = d === undefined || d === '' ? 0 : Number(d);
        if (!Number.isFinite(n)) throw new Error(`${this.msg.file}: bad default ${d} for ${f.name}`);
        return String(n);
      }
    }
  }

  /** Condition that is true when `x` equals the field's default (tagged fields are written only if not). */
  isDefault(f: FieldSpec, x: string, ctx: VersionRange): string {
    const d = this.defaultValue(f);
    const nullable = this.nullableType(f, ctx);
    if (d === 'null') return `${x} === null`;
    const t = f.type;
    if (t.kind === 'array') return nullable ? `(${x} !== null && ${x}.length === 0)` : `${x}.length === 0`;
    if (t.kind === 'struct') {
      this.needIsDefault.add(t.name);
      const call = `isDefault${this.info(t.name).tsName}(${x})`;
      return nullable ? `(${x} !== null && ${call})` : call;
    }
    if (t.name === 'bytes') return nullable ? `(${x} !== null && ${x}.length === 0)` : `${x}.length === 0`;
    return `${x} === ${d}`;
  }

  // ---- decode ----

  /** `tagged`: inside a tagged field, where a nullable struct's marker is a varint 0/1 (KIP-893). */
  decodeExpr(t: FieldType, compact: string, nullable: string, tagged = false): string {
    if (t.kind === 'primitive') {
      switch (t.name) {
        case 'string':
          return sel(
            compact,
            sel(nullable, 'r.compactNullableString()', 'r.compactString()'),
            sel(nullable, 'r.nullableString()', 'r.string()'),
          );
        case 'bytes':
        case 'records':
          return sel(
            compact,
            sel(nullable, 'r.compactNullableBytes()', 'r.compactBytes()'),
            sel(nullable, 'r.nullableBytes()', 'r.bytes()'),
          );
        default:
          return `r.${t.name}()`;
      }
    }
    if (t.kind === 'struct') {
      const fn = `decode${this.info(t.name).tsName}`;
      return sel(
        nullable,
        tagged
          ? `${this.rt('decodeTaggedNullableStruct')}(r, ${fn}, v)`
          : `${this.rt('decodeNullableStruct')}(r, ${fn}, v)`,
        `${fn}(r, v)`,
      );
    }
    const el = this.elementDecoder(t.element, compact);
    const min = this.minSize(t.element, compact === '' || compact === 'false' ? compact : 'mixed');
    const c = asBool(compact);
    return sel(nullable, `r.nullableArray(${c}, ${el}, v, ${min})`, `r.array(${c}, ${el}, v, ${min})`);
  }

  private elementDecoder(t: FieldType, compact: string): string {
    if (t.kind === 'struct') return `decode${this.info(t.name).tsName}`;
    if (t.kind === 'array') throw new Error(`${this.msg.file}: nested arrays are not in the grammar`);
    const e = this.prim('elements');
    if (t.name === 'string') return sel(compact, `${e}.compactString`, `${e}.string`);
    if (t.name === 'bytes') return sel(compact, `${e}.compactBytes`, `${e}.bytes`);
    if (t.name === 'records') throw new Error('arrays of records are not in the grammar');
    return `${e}.${t.name}`;
  }

  // ---- size ----

  private sizeExpr(
    f: FieldSpec,
    t: FieldType,
    x: string,
    compact: string,
    nullable: string,
    typeNullable: boolean,
  ): string {
    const nn = (y: string): string =>
      typeNullable && nullable !== '' ? `${this.rt('notNull')}(${y}, '${f.key}', v)` : y;
    const so = this.prim('sizeOf');
    if (t.kind === 'primitive') {
      const fixed = FIXED_SIZES[t.name];
      if (fixed !== undefined) return String(fixed);
      switch (t.name) {
        case 'varint':
        case 'varlong':
          return `${so}.${t.name}(${x})`;
        case 'string':
          return sel(
            compact,
            sel(nullable, `${so}.compactNullableString(${x})`, `${so}.compactString(${nn(x)})`),
            sel(nullable, `${so}.nullableString(${x})`, `${so}.string(${nn(x)})`),
          );
        default:
          return sel(
            compact,
            sel(nullable, `${so}.compactNullableBytes(${x})`, `${so}.compactBytes(${nn(x)})`),
            sel(nullable, `${so}.nullableBytes(${x})`, `${so}.bytes(${nn(x)})`),
          );
      }
    }
    if (t.kind === 'struct') {
      const fn = `size${this.info(t.name).tsName}`;
      return sel(nullable, `${this.rt('sizeNullableStruct')}(${x}, ${fn}, v)`, `${fn}(${nn(x)}, v)`);
    }
    const c = asBool(compact);
    const el = t.element;
    if (el.kind === 'primitive' && FIXED_SIZES[el.name] !== undefined) {
      return `${so}.fixedArray(${c}, ${sel(nullable, x, nn(x))}, ${FIXED_SIZES[el.name]})`;
    }
    let sizer: string;
    if (el.kind === 'struct') sizer = `size${this.info(el.name).tsName}`;
    else if (el.kind === 'primitive') {
      const es = this.prim('elementSizers');
      if (el.name === 'string') sizer = sel(compact, `${es}.compactString`, `${es}.string`);
      else if (el.name === 'bytes') sizer = sel(compact, `${es}.compactBytes`, `${es}.bytes`);
      else sizer = `${es}.${el.name}`;
    } else throw new Error('nested arrays');
    return sel(
      nullable,
      `${so}.nullableArray(${c}, ${x}, ${sizer}, v)`,
      `${so}.array(${c}, ${nn(x)}, ${sizer}, v)`,
    );
  }

  // ---- write ----

  private writeExpr(
    f: FieldSpec,
    t: FieldType,
    x: string,
    compact: string,
    nullable: string,
    typeNullable: boolean,
    tagged = false,
  ): string {
    const nn = (y: string): string =>
      typeNullable && nullable !== '' ? `${this.rt('notNull')}(${y}, '${f.key}', v)` : y;
    if (t.kind === 'primitive') {
      switch (t.name) {
        case 'string':
          return sel(
            compact,
            sel(nullable, `w.compactNullableString(${x})`, `w.compactString(${nn(x)})`),
            sel(nullable, `w.nullableString(${x})`, `w.string(${nn(x)})`),
          );
        case 'bytes':
        case 'records':
          return sel(
            compact,
            sel(nullable, `w.compactNullableBytes(${x})`, `w.compactBytes(${nn(x)})`),
            sel(nullable, `w.nullableBytes(${x})`, `w.bytes(${nn(x)})`),
          );
        default:
          return `w.${t.name}(${x})`;
      }
    }
    if (t.kind === 'struct') {
      const fn = `write${this.info(t.name).tsName}`;
      return sel(
        nullable,
        tagged
          ? `${this.rt('writeTaggedNullableStruct')}(w, ${x}, ${fn}, v)`
          : `${this.rt('writeNullableStruct')}(w, ${x}, ${fn}, v)`,
        `${fn}(w, ${nn(x)}, v)`,
      );
    }
    const c = asBool(compact);
    const el = t.element;
    let writer: string;
    if (el.kind === 'struct') writer = `write${this.info(el.name).tsName}`;
    else if (el.kind === 'primitive') {
      const ew = this.prim('elementWriters');
      if (el.name === 'string') writer = sel(compact, `${ew}.compactString`, `${ew}.string`);
      else if (el.name === 'bytes') writer = sel(compact, `${ew}.compactBytes`, `${ew}.bytes`);
      else writer = `${ew}.${el.name}`;
    } else throw new Error('nested arrays');
    return sel(
      nullable,
      `w.nullableArray(${c}, ${x}, ${writer}, v)`,
      `w.array(${c}, ${nn(x)}, ${writer}, v)`,
    );
  }

  // ---- per struct ----

  emitStruct(s: StructInfo): string {
    const out: string[] = [];
    const ctx = s.range;
    const fields = s.spec.fields.filter((f) => !isEmpty(intersect(f.versions, ctx)));
    const flexCond = versionCondition(this.msg.flexibleVersions, ctx);
    const hasTaggedSection = flexCond !== 'false';
    const tagged = fields
      .filter((f) => !isEmpty(fieldRanges(f, ctx).tagged))
      .sort((a, b) => (a.tag ?? 0) - (b.tag ?? 0));
    const name = s.tsName;
    const local = (f: FieldSpec): string => (RESERVED.has(f.key) ? `${f.key}_` : f.key);
    const flexDecl = flexCond === '' || flexCond === 'false' ? '' : `  const flex = ${flexCond};\n`;
    const flexRef = flexCond === '' ? 'true' : flexCond === 'false' ? 'false' : 'flex';

    // interface
    out.push(
      `/** ${s.isMessage ? `${this.msg.name}, versions ${fmt(ctx)}.` : `${s.spec.name} (in ${this.msg.name}).`} */`,
    );
    out.push(`export interface ${name} {`);
    for (const f of fields) {
      const about = f.about ? ` ${f.about.replace(/\*\//g, '* /')}` : '';
      out.push(
        `  /**${about} Versions ${fmt(intersect(f.versions, ctx))}${f.nullableVersions.min <= f.nullableVersions.max ? `, nullable ${fmt(intersect(f.nullableVersions, ctx))}` : ''}${f.tag !== undefined ? `, tag ${f.tag}` : ''}. */`,
      );
      out.push(`  ${f.key}: ${this.fieldTsType(f, ctx)};`);
    }
    if (hasTaggedSection) out.push(`  _unknownTaggedFields?: ${this.prim('RawTaggedField')}[] | undefined;`);
    out.push('}', '');

    // decoder
    const decl = `export function decode${name}(r: ${this.prim('Reader')}, v: number): ${name} {`;
    out.push(decl);
    if (flexDecl) out.push(flexDecl.trimEnd());
    out.push(`  let at = '';`);
    out.push('  try {');
    if (s.isMessage) out.push(`    ${this.rt('checkDecodeVersion')}(r, v, ${ctx.min}, ${ctx.max});`);
    for (const f of fields) {
      const { regular } = fieldRanges(f, ctx);
      const present = versionCondition(regular, ctx);
      if (present === 'false') continue;
      const compact = this.isFlexibleField(f, regular, 'flex');
      const nullable = versionCondition(f.nullableVersions, regular);
      const expr = this.decodeExpr(f.type, compact, nullable);
      out.push(`    at = '${f.key}';`);
      out.push(
        `    const ${local(f)} = ${present === '' ? expr : `${present} ? ${expr} : ${this.defaultValue(f)}`};`,
      );
    }
    const lits = fields.map((f) => {
      const present = versionCondition(fieldRanges(f, ctx).regular, ctx);
      if (present === 'false') return `${f.key}: ${this.defaultValue(f)}`;
      return local(f) === f.key ? f.key : `${f.key}: ${local(f)}`;
    });
    if (hasTaggedSection) lits.push('_unknownTaggedFields: undefined');
    out.push(`    const o: ${name} = { ${lits.join(', ')} };`);
    if (hasTaggedSection) {
      out.push(`    at = '<tagged fields>';`);
      const known = tagged.length > 0 ? `tags${name}` : 'undefined';
      const stmt = `o._unknownTaggedFields = r.taggedFields(o, v, ${known});`;
      out.push(flexRef === 'true' ? `    ${stmt}` : `    if (flex) ${stmt}`);
    }
    out.push('    return o;');
    out.push('  } catch (e) {');
    out.push(
      s.isMessage
        ? `    throw ${this.rt('failedIn')}(e, at, r, '${this.msg.name}', ${this.msg.apiKey ?? 'undefined'}, v);`
        : `    throw ${this.rt('failedAt')}(e, at, r);`,
    );
    out.push('  }', '}', '');

    if (tagged.length > 0) {
      out.push(
        // The target is typed by the tagged fields alone: the peek decoders (emit-peek.ts) read tagged
        // sections with this same function, into their own objects.
        `type ${name}Tags = Pick<${name}, ${tagged.map((f) => `'${f.key}'`).join(' | ')}>;`,
        '',
        `function tags${name}(r: ${this.prim('Reader')}, tag: number, o: ${name}Tags, v: number): boolean {`,
      );
      out.push('  switch (tag) {');
      for (const f of tagged) {
        const tr = fieldRanges(f, ctx).tagged;
        const cond = versionCondition(tr, ctx);
        out.push(`    case ${f.tag}:`);
        if (cond !== '') out.push(`      if (!(${cond})) throw ${this.rt('invalidTag')}(${f.tag}, r, v);`);
        const nullable = versionCondition(f.nullableVersions, tr);
        out.push(`      o.${f.key} = ${this.decodeExpr(f.type, '', nullable, true)};`);
        out.push('      return true;');
      }
      out.push('    default:', '      return false;', '  }', '}', '');
    }

    // size
    out.push(`export function size${name}(o: ${name}, v: number): number {`);
    if (flexDecl) out.push(flexDecl.trimEnd());
    let fixed = 0;
    const sizeLines: string[] = [];
    const checks: string[] = [];
    for (const f of fields) {
      const { regular } = fieldRanges(f, ctx);
      const present = versionCondition(regular, ctx);
      const typeNullable = this.nullableType(f, ctx);
      if (present !== '' && !f.ignorable && isEmpty(fieldRanges(f, ctx).tagged) && f.type.kind !== 'struct') {
        const absent = present === 'false' ? '' : `!(${present}) && `;
        checks.push(
          `  if (${absent}!(${this.isDefault(f, `o.${f.key}`, ctx)})) throw ${this.rt('absentField')}('${f.key}', v);`,
        );
      }
      if (present === 'false') continue;
      const compact = this.isFlexibleField(f, regular, 'flex');
      const nullable = versionCondition(f.nullableVersions, regular);
      const e = this.sizeExpr(f, f.type, `o.${f.key}`, compact, nullable, typeNullable);
      if (present === '' && /^\d+$/.test(e)) fixed += Number(e);
      else sizeLines.push(present === '' ? `  s += ${e};` : `  if (${present}) s += ${e};`);
    }
    out.push(...checks);
    out.push(`  let s = ${fixed};`);
    out.push(...sizeLines);
    if (hasTaggedSection) {
      const body: string[] = [];
      if (tagged.length === 0) {
        body.push(`s += ${this.prim('sizeOf')}.unknownTaggedFields(o._unknownTaggedFields);`);
      } else {
        body.push('const u = o._unknownTaggedFields;');
        body.push('let n = u === undefined ? 0 : u.length;');
        body.push(
          `let t = u === undefined ? 0 : ${this.prim('sizeOf')}.unknownTaggedFields(u) - ${this.prim('sizeOf')}.uvarint(u.length);`,
        );
        for (const f of tagged) {
          const tr = fieldRanges(f, ctx).tagged;
          const cond = versionCondition(tr, ctx);
          const nullable = versionCondition(f.nullableVersions, tr);
          const guard = `${cond === '' ? '' : `${cond} && `}!(${this.isDefault(f, `o.${f.key}`, ctx)})`;
          const e = this.sizeExpr(f, f.type, `o.${f.key}`, '', nullable, this.nullableType(f, ctx));
          body.push(
            `if (${guard}) {`,
            '  n++;',
            `  t += ${this.prim('sizeOf')}.taggedField(${f.tag}, ${e});`,
            '}',
          );
        }
        body.push(`s += ${this.prim('sizeOf')}.uvarint(n) + t;`);
      }
      if (flexRef === 'true') out.push(...body.map((l) => `  ${l}`));
      else out.push('  if (flex) {', ...body.map((l) => `    ${l}`), '  }');
    }
    out.push('  return s;', '}', '');

    // write
    out.push(`export function write${name}(w: ${this.prim('Writer')}, o: ${name}, v: number): void {`);
    if (flexDecl) out.push(flexDecl.trimEnd());
    for (const f of fields) {
      const { regular } = fieldRanges(f, ctx);
      const present = versionCondition(regular, ctx);
      if (present === 'false') continue;
      const compact = this.isFlexibleField(f, regular, 'flex');
      const nullable = versionCondition(f.nullableVersions, regular);
      const e = this.writeExpr(f, f.type, `o.${f.key}`, compact, nullable, this.nullableType(f, ctx));
      out.push(present === '' ? `  ${e};` : `  if (${present}) ${e};`);
    }
    if (hasTaggedSection) {
      const body: string[] = [];
      if (tagged.length === 0) {
        body.push('w.unknownTaggedFields(o._unknownTaggedFields);');
      } else {
        body.push('const u = o._unknownTaggedFields;');
        body.push('let n = u === undefined ? 0 : u.length;');
        tagged.forEach((f, i) => {
          const tr = fieldRanges(f, ctx).tagged;
          const cond = versionCondition(tr, ctx);
          body.push(
            `const t${i} = ${cond === '' ? '' : `${cond} && `}!(${this.isDefault(f, `o.${f.key}`, ctx)});`,
          );
          body.push(`if (t${i}) n++;`);
        });
        body.push('w.uvarint(n);');
        body.push('let ui = 0;');
        tagged.forEach((f, i) => {
          const tr = fieldRanges(f, ctx).tagged;
          const nullable = versionCondition(f.nullableVersions, tr);
          const tn = this.nullableType(f, ctx);
          body.push(`if (t${i}) {`);
          body.push(`  ui = w.unknownTagsBelow(u, ui, ${f.tag});`);
          body.push(
            `  w.taggedFieldHeader(${f.tag}, ${this.sizeExpr(f, f.type, `o.${f.key}`, '', nullable, tn)});`,
          );
          body.push(`  ${this.writeExpr(f, f.type, `o.${f.key}`, '', nullable, tn, true)};`);
          body.push('}');
        });
        body.push('w.unknownTagsBelow(u, ui, Infinity);');
      }
      if (flexRef === 'true') out.push(...body.map((l) => `  ${l}`));
      else out.push('  if (flex) {', ...body.map((l) => `    ${l}`), '  }');
    }
    out.push('}', '');

    if (s.isMessage) {
      const m = this.msg;
      out.push(`/** Sizes once, allocates once and writes ${name} in place. */`);
      out.push(`export function encode${name}(o: ${name}, v: number): Buffer {`);
      out.push(
        `  return ${this.rt('encodeWith')}(size${name}, write${name}, o, v, ${ctx.min}, ${ctx.max}, '${m.name}');`,
      );
      out.push('}', '');
    }
    return out.join('\n');
  }

  /** Default values and default checks for the structs that need them (absent or tagged struct fields). */
  emitDefaults(): string {
    const out: string[] = [];
    // isDefault needs default of nested structs' fields too; iterate until closed.
    const doneD = new Set<string>();
    const doneI = new Set<string>();
    let progress = true;
    const chunks: string[] = [];
    while (progress) {
      progress = false;
      for (const n of [...this.needDefault].sort()) {
        if (doneD.has(n)) continue;
        doneD.add(n);
        progress = true;
        const s = this.info(n);
        const fields = s.spec.fields.filter((f) => !isEmpty(intersect(f.versions, s.range)));
        const lits = fields.map((f) => `${f.key}: ${this.defaultValue(f)}`);
        chunks.push(
          `export function default${s.tsName}(): ${s.tsName} {\n  return { ${lits.join(', ')} };\n}\n`,
        );
      }
      for (const n of [...this.needIsDefault].sort()) {
        if (doneI.has(n)) continue;
        doneI.add(n);
        progress = true;
        const s = this.info(n);
        const fields = s.spec.fields.filter((f) => !isEmpty(intersect(f.versions, s.range)));
        const conds = fields.map((f) => this.isDefault(f, `o.${f.key}`, s.range));
        conds.push('(o._unknownTaggedFields === undefined || o._unknownTaggedFields.length === 0)');
        chunks.push(
          `function isDefault${s.tsName}(o: ${s.tsName}): boolean {\n  return (\n    ${conds.join(' &&\n    ')}\n  );\n}\n`,
        );
      }
    }
    out.push(...chunks);
    return out.join('\n');
  }

  emitAll(): string {
    const parts: string[] = [];
    // Messages first, then nested structs in declaration order.
    for (const s of this.structs.values()) parts.push(this.emitStruct(s));
    parts.push(this.emitDefaults());
    return parts.join('\n');
  }

  /** Paths (`topics[].name`) of fields a policy cares about, with their versions. */
  entityPaths(): { path: string; entityType: string; versions: VersionRange }[] {
    const out: { path: string; entityType: string; versions: VersionRange }[] = [];
    const walk = (fields: FieldSpec[], prefix: string, ctx: VersionRange, depth: number): void => {
      if (depth > 16) throw new Error('struct nesting too deep');
      for (const f of fields) {
        const present = intersect(f.versions, ctx);
        if (isEmpty(present)) continue;
        const isArray = f.type.kind === 'array';
        const path = prefix + f.key + (isArray ? '[]' : '');
        const isTopicId = f.type.kind === 'primitive' && f.type.name === 'uuid' && /TopicId$/.test(f.name);
        const et = f.entityType ?? (isTopicId ? 'topicId' : undefined);
        if (et !== undefined) out.push({ path, entityType: isTopicId ? 'topicId' : et, versions: present });
        const sn = structNameOf(f.type);
        if (sn !== undefined) walk(this.info(sn).spec.fields, `${path}.`, present, depth + 1);
      }
    };
    walk(this.msg.fields, '', this.msg.validVersions, 0);
    return out;
  }
}

export function fmt(r: VersionRange): string {
  if (isEmpty(r)) return 'none';
  if (r.max === MAX_VERSION) return `${r.min}+`;
  return r.min === r.max ? `${r.min}` : `${r.min}-${r.max}`;
}
