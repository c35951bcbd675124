/**
 * Emits partial ("peek") decoders for requests: they read the fields a policy decides on (every field
 * with an entityType, topic-ID fields, plus a few extra per message) and skip everything else by its
 * length, so the cost of peeking a Produce request does not depend on the size of its records.
 *
 * A peek accepts exactly the frames the full decoder accepts and ends where it ends (the enforcement
 * filter forwards a request decided from its peek unchanged, so a frame the full decoder refuses must
 * not pass here): skipped strings, bytes and arrays are refused where the version does not allow
 * null, compact strings above 0x7fff bytes are refused, and tagged sections are read by the full
 * decoder's own tag readers (`tagsXxx`: a known tag is decoded whatever size it declares, and a tag
 * the version does not allow is refused). A struct with a kept tagged field (Fetch's ReplicaState)
 * has all its tagged fields in the peek's value.
 * test/unit/protocol/peek-strictness.test.ts checks this on generated, mutated and truncated frames.
 */
import { type MessageEmitter, type StructInfo, fieldRanges, versionCondition } from './emit-message.js';
import { type FieldSpec, type FieldType, intersect, isEmpty, structNameOf } from './schema.js';

/** Non-entity fields the policy engine also needs, by request name (paths as in ENTITY_PATHS). */
export const PEEK_EXTRA_FIELDS: Record<string, string[]> = {
  ProduceRequest: ['acks', 'topicData[].partitionData[].index'],
  // The replica id (a follower's fetch; in the tagged ReplicaState from v15) and the session fields
  // decide whether the topic list is all a Fetch names.
  FetchRequest: [
    'replicaId',
    'replicaState',
    'sessionId',
    'sessionEpoch',
    'topics[].partitions[].partition',
    'forgottenTopicsData[].partitions[]',
  ],
  MetadataRequest: ['allowAutoTopicCreation'],
};

/** Entity types a policy decides on; the peek decoders read these and skip the rest. */
export const PEEK_ENTITY_TYPES = new Set(['topicName', 'topicId', 'groupId', 'transactionalId']);

const FIXED: Record<string, number> = {
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

function sel(cond: string, a: string, b: string): string {
  if (cond === '') return a;
  if (cond === 'false') return b;
  return `(${cond} ? ${a} : ${b})`;
}

export function emitPeek(e: MessageEmitter): string | undefined {
  const msg = e.msg;
  const keep = new Set<string>([
    ...e
      .entityPaths()
      .filter((p) => PEEK_ENTITY_TYPES.has(p.entityType))
      .map((p) => p.path),
    ...(PEEK_EXTRA_FIELDS[msg.name] ?? []),
  ]);
  if (keep.size === 0) return undefined;
  const out: string[] = [];
  const peekStructs = new Map<string, string>(); // struct schema name -> path prefix
  const skipStructs = new Set<string>();
  const emitted = new Set<string>();
  const flexOf = (ctx: { min: number; max: number }): string => versionCondition(msg.flexibleVersions, ctx);

  const hasKept = (prefix: string): boolean => [...keep].some((k) => k.startsWith(prefix));
  const pathOf = (prefix: string, f: FieldSpec): string =>
    prefix + f.key + (f.type.kind === 'array' ? '[]' : '');
  const compactOf = (f: FieldSpec, within: { min: number; max: number }, ctxFlex: string): string => {
    if (f.flexibleVersions !== undefined) return versionCondition(f.flexibleVersions, within);
    const c = versionCondition(msg.flexibleVersions, within);
    return c === '' || c === 'false' ? c : ctxFlex;
  };
  const info = (name: string): StructInfo => e.structs.get(name)!;

  const cond = (x: string): string => (x === '' ? 'true' : x);
  const taggedOf = (s: StructInfo): FieldSpec[] =>
    s.spec.fields.filter((f) => !isEmpty(fieldRanges(f, s.range).tagged));

  const skipExpr = (t: FieldType, compact: string, nullable: string): string => {
    const c = cond(compact);
    const n = cond(nullable);
    if (t.kind === 'primitive') {
      const fixed = FIXED[t.name];
      if (fixed !== undefined) return `r.skip(${fixed})`;
      if (t.name === 'varint' || t.name === 'varlong') return `r.${t.name}()`;
      if (t.name === 'string') return `skip.string(r, ${c}, ${n})`;
      return `skip.bytes(r, ${c}, ${n})`;
    }
    if (t.kind === 'struct') {
      skipStructs.add(t.name);
      const fn = `skip${info(t.name).tsName}`;
      return sel(nullable, `skip.nullableStruct(r, ${fn}, v)`, `${fn}(r, v)`);
    }
    const el = t.element;
    if (el.kind === 'primitive' && FIXED[el.name] !== undefined)
      return `skip.fixedArray(r, ${c}, ${FIXED[el.name]}, ${n})`;
    let fn: string;
    if (el.kind === 'struct') {
      skipStructs.add(el.name);
      fn = `skip${info(el.name).tsName}`;
    } else if (el.kind === 'primitive') {
      fn =
        el.name === 'string'
          ? sel(compact, 'skip.compactString', 'skip.classicString')
          : el.name === 'bytes'
            ? sel(compact, 'skip.compactBytes', 'skip.classicBytes')
            : `skip.${el.name}`;
    } else throw new Error('nested arrays');
    return `skip.array(r, ${c}, ${fn}, v, ${e.minSize(el, compact === '' || compact === 'false' ? compact : 'mixed')}, ${n})`;
  };

  const emitSkip = (name: string): void => {
    const s = info(name);
    const ctx = s.range;
    const flex = flexOf(ctx);
    const body: string[] = [];
    for (const f of s.spec.fields) {
      const { regular } = fieldRanges(f, ctx);
      const present = versionCondition(regular, ctx);
      if (present === 'false') continue;
      const compact = compactOf(f, regular, `(${flex})`);
      const stmt = skipExpr(f.type, compact, versionCondition(f.nullableVersions, regular));
      body.push(present === '' ? `  ${stmt};` : `  if (${present}) ${stmt};`);
    }
    if (flex !== 'false') {
      // Known tags are read by the full decoder's tag reader (into a throwaway object).
      const stmt = taggedOf(s).length > 0 ? `r.skipTaggedFields(v, tags${s.tsName})` : 'r.skipTaggedFields()';
      body.push(flex === '' ? `  ${stmt};` : `  if (${flex}) ${stmt};`);
    }
    out.push(`function skip${s.tsName}(r: Reader, v: number): void {`, ...body, '}', '');
  };

  const peekType = (s: StructInfo): string => `${s.tsName}Peek`;

  const emitPeekStruct = (name: string, prefix: string, isMessage: boolean): void => {
    const s = info(name);
    const ctx = s.range;
    const flex = flexOf(ctx);
    const tname = peekType(s);
    const typeLines: string[] = [];
    const body: string[] = [];
    const lits: string[] = [];
    const keepsTagged = taggedOf(s).some((f) => {
      const p = pathOf(prefix, f);
      return keep.has(p) || hasKept(`${p}.`);
    });
    if (isMessage) body.push(`    checkDecodeVersion(r, v, ${ctx.min}, ${ctx.max});`);
    let i = 0;
    for (const f of s.spec.fields) {
      if (isEmpty(intersect(f.versions, ctx))) continue;
      const { regular, tagged } = fieldRanges(f, ctx);
      const present = versionCondition(regular, ctx);
      const path = pathOf(prefix, f);
      // In a struct whose tagged fields the peek keeps, every tagged field is part of the peek's
      // value whole (full type): its tagged occurrences are read by the full decoder's tag reader
      // into that value, its regular ones here.
      const kept = keep.has(path) || (keepsTagged && !isEmpty(tagged));
      const nested = !kept && structNameOf(f.type) !== undefined && hasKept(`${path}.`);
      if (kept && present === 'false') {
        typeLines.push(`  ${f.key}: ${e.fieldTsType(f, ctx)};`);
        lits.push(`${f.key}: ${e.defaultValue(f)}`);
        continue;
      }
      if (present === 'false') continue;
      const compact = compactOf(f, regular, 'flex');
      const nullable = versionCondition(f.nullableVersions, regular);
      const local = `f${i++}`;
      if (kept && !nested) {
        const full = e.fieldTsType(f, ctx);
        typeLines.push(`  ${f.key}: ${full};`);
        // Reuse the full decoder's expression for this one field.
        const expr = e.decodeExpr(f.type, compact, nullable);
        body.push(
          `    at = '${f.key}';`,
          `    const ${local} = ${present === '' ? expr : `${present} ? ${expr} : ${e.defaultValue(f)}`};`,
        );
        lits.push(`${f.key}: ${local}`);
      } else if (nested) {
        const sn = structNameOf(f.type)!;
        const child = info(sn);
        peekStructs.set(sn, `${path}.`);
        const nullableType =
          !isEmpty(intersect(f.nullableVersions, intersect(f.versions, ctx))) || f.default === 'null';
        const ct = `${peekType(child)}${f.type.kind === 'array' ? '[]' : ''}${nullableType ? ' | null' : ''}`;
        typeLines.push(`  ${f.key}: ${ct};`);
        let expr: string;
        const c = compact === '' ? 'true' : compact;
        if (f.type.kind === 'array') {
          const min = e.minSize(f.type.element, compact === '' || compact === 'false' ? compact : 'mixed');
          expr = sel(
            nullable,
            `r.nullableArray(${c}, peek${child.tsName}, v, ${min})`,
            `r.array(${c}, peek${child.tsName}, v, ${min})`,
          );
        } else {
          expr = sel(
            nullable,
            `decodeNullableStruct(r, peek${child.tsName}, v)`,
            `peek${child.tsName}(r, v)`,
          );
        }
        const dflt = f.type.kind === 'array' ? (f.default === 'null' ? 'null' : '[]') : 'null';
        body.push(
          `    at = '${f.key}';`,
          `    const ${local} = ${present === '' ? expr : `${present} ? ${expr} : ${dflt}`};`,
        );
        lits.push(`${f.key}: ${local}`);
      } else {
        const stmt = skipExpr(f.type, compact, nullable);
        body.push(`    at = '${f.key}';`, present === '' ? `    ${stmt};` : `    if (${present}) ${stmt};`);
      }
    }
    const tagReader = taggedOf(s).length > 0 ? `tags${s.tsName}` : undefined;
    if (flex !== 'false' && !keepsTagged) {
      // Known tags are still read by the full decoder's tag reader (into a throwaway object).
      const skip = tagReader === undefined ? 'r.skipTaggedFields()' : `r.skipTaggedFields(v, ${tagReader})`;
      body.push(flex === '' ? `    ${skip};` : `    if (flex) ${skip};`);
    }
    out.push(
      `/** What a policy reads from ${isMessage ? msg.name : `${s.spec.name} in ${msg.name}`}; everything else is skipped. */`,
    );
    out.push(`export interface ${tname} {`, ...typeLines, '}', '');
    const result = `{ ${lits.join(', ')} }`;
    if (keepsTagged && flex !== 'false') {
      const read = `r.taggedFields(o, v, ${tagReader})`;
      body.push(
        `    const o: ${tname} = ${result};`,
        "    at = '<tagged fields>';",
        flex === '' ? `    ${read};` : `    if (flex) ${read};`,
        '    return o;',
      );
    } else {
      body.push(`    return ${result};`);
    }
    out.push(`export function peek${s.tsName}(r: Reader, v: number): ${tname} {`);
    if (flex !== '' && flex !== 'false' && body.some((l) => /\bflex\b/.test(l)))
      out.push(`  const flex = ${flex};`);
    out.push("  let at = '';", '  try {', ...body, '  } catch (e) {');
    out.push(
      isMessage
        ? `    throw failedIn(e, at, r, '${msg.name}', ${msg.apiKey}, v);`
        : '    throw failedAt(e, at, r);',
    );
    out.push('  }', '}', '');
    emitted.add(name);
  };

  emitPeekStruct(msg.name, '', true);
  // Nested peek structs are discovered while emitting their parents.
  let progress = true;
  while (progress) {
    progress = false;
    for (const [sn, prefix] of [...peekStructs]) {
      if (emitted.has(sn)) continue;
      emitPeekStruct(sn, prefix, false);
      progress = true;
    }
  }
  const skipped = new Set<string>();
  progress = true;
  while (progress) {
    progress = false;
    for (const sn of [...skipStructs].sort()) {
      if (skipped.has(sn)) continue;
      skipped.add(sn);
      emitSkip(sn);
      progress = true;
    }
  }
  return out.join('\n');
}
