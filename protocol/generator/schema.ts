/**
 * Loads Kafka's JSON message schemas (clients/src/main/resources/common/message/*.json) into a typed
 * model. The files are JSON with `//` line comments, which are stripped outside string literals.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Inclusive version range; `none` is represented by min > max. */
export interface VersionRange {
  min: number;
  max: number;
}

export const NO_VERSIONS: VersionRange = { min: 1, max: 0 };
/** Open-ended ranges (`3+`) stop here; Kafka versions are int16. */
export const MAX_VERSION = 0x7fff;

export type PrimitiveName =
  | 'int8'
  | 'int16'
  | 'uint16'
  | 'int32'
  | 'uint32'
  | 'int64'
  | 'varint'
  | 'varlong'
  | 'float64'
  | 'bool'
  | 'uuid'
  | 'string'
  | 'bytes'
  | 'records';

export type FieldType =
  | { kind: 'primitive'; name: PrimitiveName }
  | { kind: 'struct'; name: string }
  | { kind: 'array'; element: FieldType };

export interface FieldSpec {
  /** Name as in the schema (`TopicData`). */
  name: string;
  /** camelCase name used in TypeScript values (`topicData`). */
  key: string;
  type: FieldType;
  versions: VersionRange;
  nullableVersions: VersionRange;
  taggedVersions: VersionRange;
  tag: number | undefined;
  /** Per-field override of the message's flexible versions (RequestHeader ClientId). */
  flexibleVersions: VersionRange | undefined;
  default: string | undefined;
  ignorable: boolean;
  entityType: string | undefined;
  zeroCopy: boolean;
  mapKey: boolean;
  about: string;
}

export interface StructSpec {
  /** Name as in the schema (`TopicProduceData`). */
  name: string;
  fields: FieldSpec[];
  /** Versions in which this struct can appear (the declaring field's versions, or the message's). */
  versions: VersionRange;
  common: boolean;
}

export interface MessageSpec {
  file: string;
  name: string;
  type: 'request' | 'response' | 'header' | 'data';
  apiKey: number | undefined;
  validVersions: VersionRange;
  flexibleVersions: VersionRange;
  latestVersionUnstable: boolean;
  listeners: string[];
  fields: FieldSpec[];
  /** Every named struct of the message, inline and common, by schema name. */
  structs: Map<string, StructSpec>;
}

/** Removes `//` comments that are not inside a string literal. */
export function stripJsonComments(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else {
      out += c;
    }
  }
  return out;
}

export function parseVersions(text: string | undefined, fallback: VersionRange = NO_VERSIONS): VersionRange {
  if (text === undefined) return fallback;
  const t = text.trim();
  if (t === 'none') return NO_VERSIONS;
  let m = /^(\d+)\+$/.exec(t);
  if (m) return { min: Number(m[1]), max: MAX_VERSION };
  m = /^(\d+)-(\d+)$/.exec(t);
  if (m) return { min: Number(m[1]), max: Number(m[2]) };
  m = /^(\d+)$/.exec(t);
  if (m) return { min: Number(m[1]), max: Number(m[1]) };
  throw new Error(`bad version range ${JSON.stringify(text)}`);
}

export function isEmpty(r: VersionRange): boolean {
  return r.min > r.max;
}

export function intersect(a: VersionRange, b: VersionRange): VersionRange {
  const r = { min: Math.max(a.min, b.min), max: Math.min(a.max, b.max) };
  return isEmpty(r) ? NO_VERSIONS : r;
}

export function contains(r: VersionRange, v: number): boolean {
  return v >= r.min && v <= r.max;
}

export function formatVersions(r: VersionRange): string {
  if (isEmpty(r)) return 'none';
  if (r.max === MAX_VERSION) return `${r.min}+`;
  return r.min === r.max ? `${r.min}` : `${r.min}-${r.max}`;
}

const PRIMITIVES = new Set<string>([
  'int8',
  'int16',
  'uint16',
  'int32',
  'uint32',
  'int64',
  'varint',
  'varlong',
  'float64',
  'bool',
  'uuid',
  'string',
  'bytes',
  'records',
]);

function parseType(text: string): FieldType {
  if (text.startsWith('[]')) return { kind: 'array', element: parseType(text.slice(2)) };
  if (PRIMITIVES.has(text)) return { kind: 'primitive', name: text as PrimitiveName };
  if (!/^[A-Z][A-Za-z0-9]*$/.test(text)) throw new Error(`unknown field type ${text}`);
  return { kind: 'struct', name: text };
}

export function structNameOf(t: FieldType): string | undefined {
  if (t.kind === 'struct') return t.name;
  if (t.kind === 'array') return structNameOf(t.element);
  return undefined;
}

function camel(name: string): string {
  return name[0]!.toLowerCase() + name.slice(1);
}

interface RawField {
  name: string;
  type: string;
  versions?: string;
  nullableVersions?: string;
  taggedVersions?: string;
  tag?: number;
  flexibleVersions?: string;
  default?: string | number | boolean;
  ignorable?: boolean;
  entityType?: string;
  zeroCopy?: boolean;
  mapKey?: boolean;
  about?: string;
  fields?: RawField[];
}

interface RawMessage {
  name: string;
  type: MessageSpec['type'];
  apiKey?: number;
  validVersions: string;
  flexibleVersions?: string;
  latestVersionUnstable?: boolean;
  listeners?: string[];
  fields?: RawField[];
  commonStructs?: { name: string; versions?: string; fields: RawField[] }[];
}

function parseFields(raw: RawField[], structs: Map<string, StructSpec>, file: string): FieldSpec[] {
  return raw.map((f) => {
    if (f.versions === undefined) throw new Error(`${file}: field ${f.name} has no versions`);
    const type = parseType(f.type);
    const versions = parseVersions(f.versions);
    if (f.fields !== undefined) {
      const sname = structNameOf(type);
      if (sname === undefined) throw new Error(`${file}: field ${f.name} has fields but type ${f.type}`);
      if (structs.has(sname)) throw new Error(`${file}: struct ${sname} declared twice`);
      const placeholder: StructSpec = { name: sname, fields: [], versions, common: false };
      structs.set(sname, placeholder);
      placeholder.fields = parseFields(f.fields, structs, file);
    }
    const taggedVersions = parseVersions(f.taggedVersions);
    if (!isEmpty(taggedVersions) && f.tag === undefined)
      throw new Error(`${file}: ${f.name} tagged without tag`);
    return {
      name: f.name,
      key: camel(f.name),
      type,
      versions,
      nullableVersions: parseVersions(f.nullableVersions),
      taggedVersions,
      tag: f.tag,
      flexibleVersions: f.flexibleVersions === undefined ? undefined : parseVersions(f.flexibleVersions),
      default: f.default === undefined ? undefined : String(f.default),
      ignorable: f.ignorable === true,
      entityType: f.entityType,
      zeroCopy: f.zeroCopy === true,
      mapKey: f.mapKey === true,
      about: f.about ?? '',
    };
  });
}

export function parseMessage(file: string, text: string): MessageSpec {
  const raw = JSON.parse(stripJsonComments(text)) as RawMessage;
  const structs = new Map<string, StructSpec>();
  const validVersions = parseVersions(raw.validVersions);
  for (const c of raw.commonStructs ?? []) {
    const spec: StructSpec = {
      name: c.name,
      fields: [],
      versions: parseVersions(c.versions, validVersions),
      common: true,
    };
    structs.set(c.name, spec);
  }
  for (const c of raw.commonStructs ?? []) structs.get(c.name)!.fields = parseFields(c.fields, structs, file);
  const fields = parseFields(raw.fields ?? [], structs, file);
  const check = (fs: FieldSpec[]): void => {
    for (const f of fs) {
      const s = structNameOf(f.type);
      if (s !== undefined && !structs.has(s)) throw new Error(`${file}: unknown struct ${s}`);
    }
  };
  check(fields);
  for (const s of structs.values()) check(s.fields);
  return {
    file,
    name: raw.name,
    type: raw.type,
    apiKey: raw.apiKey,
    validVersions,
    flexibleVersions: parseVersions(raw.flexibleVersions),
    latestVersionUnstable: raw.latestVersionUnstable === true,
    listeners: raw.listeners ?? [],
    fields,
    structs,
  };
}

/** Loads every `*.json` schema of a directory, sorted by file name so output is deterministic. */
export function loadSchemas(dir: string): MessageSpec[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => parseMessage(f, readFileSync(join(dir, f), 'utf8')));
}
