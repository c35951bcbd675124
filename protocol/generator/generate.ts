/**
 * Turns the schema model into the generated files (path relative to the output dir -> contents).
 * Pure: no clock, no absolute paths, sorted iteration, so output is byte-for-byte reproducible.
 */
import { MessageEmitter } from './emit-message.js';
import { type MessageSpec, MAX_VERSION, isEmpty, loadSchemas } from './schema.js';
import { emitPeek } from './emit-peek.js';

const HEADER = (sources: string[]): string =>
  [
    '// GENERATED FILE - DO NOT EDIT.',
    '// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:',
    ...sources.map((s) => `//   ${s}`),
    '',
  ].join('\n');

const PRIMITIVE_VALUES = [
  'Reader',
  'Writer',
  'elementSizers',
  'elementWriters',
  'elements',
  'sizeOf',
  'skip',
];
const PRIMITIVE_TYPES = ['RawTaggedField'];
const RUNTIME_VALUES = [
  'EMPTY_BYTES',
  'ZERO_UUID',
  'absentField',
  'checkDecodeVersion',
  'decodeNullableStruct',
  'decodeTaggedNullableStruct',
  'encodeWith',
  'failedAt',
  'failedIn',
  'invalidTag',
  'notNull',
  'sizeNullableStruct',
  'writeNullableStruct',
  'writeTaggedNullableStruct',
];

function kebab(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

function apiBaseName(m: MessageSpec): string {
  return m.name.replace(/(Request|Response)$/, '');
}

function emitFile(messages: MessageSpec[], allNames: Set<string>): string {
  const emitters = messages.map((m) => new MessageEmitter(m));
  const bodies = emitters.map((e) => e.emitAll());
  const peeks: string[] = [];
  for (const e of emitters) {
    if (e.msg.type !== 'request') continue;
    const peek = emitPeek(e);
    if (peek !== undefined) peeks.push(peek);
  }
  for (const e of emitters) {
    for (const s of e.structs.values()) {
      if (allNames.has(s.tsName)) throw new Error(`generated name ${s.tsName} is not unique`);
      allNames.add(s.tsName);
    }
  }
  const body = [...bodies, ...peeks].join('\n');
  const used = (name: string): boolean => new RegExp(`(?<![.\\w])${name}\\b`).test(body);
  const values = PRIMITIVE_VALUES.filter(used);
  const types = PRIMITIVE_TYPES.filter(used);
  const rt = RUNTIME_VALUES.filter(used);
  const lines: string[] = [HEADER(messages.map((m) => m.file))];
  if (values.length) lines.push(`import { ${values.join(', ')} } from '../../primitives/index.js';`);
  if (types.length) lines.push(`import type { ${types.join(', ')} } from '../../primitives/index.js';`);
  if (rt.length) lines.push(`import { ${rt.join(', ')} } from '../../primitives/codec-runtime.js';`);
  lines.push('', ...bodies, ...peeks);
  const text =
    lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n';
  // Parameters a function does not read (`v` in versionless structs, everything in empty ones) get
  // an underscore so that tsc's noUnusedParameters accepts the output.
  return text.replace(
    /^((?:export )?function \w+)\(([^)]*)\)(.*\{\n)([\s\S]*?)^\}$/gm,
    (_m, head, params, rest, body) => {
      const fixed = (params as string)
        .split(', ')
        .map((p) => {
          const name = p.split(':')[0]!;
          return new RegExp(`\\b${name}\\b`).test(body as string) ? p : `_${p}`;
        })
        .join(', ');
      return `${head}(${fixed})${rest}${body}}`;
    },
  );
}

export function generate(schemasDir: string): Map<string, string> {
  const specs = loadSchemas(schemasDir);
  const files = new Map<string, string>();
  const allNames = new Set<string>();
  const byApi = new Map<number, { request?: MessageSpec; response?: MessageSpec }>();
  const others: MessageSpec[] = [];
  for (const s of specs) {
    if ((s.type === 'request' || s.type === 'response') && s.apiKey !== undefined) {
      const e = byApi.get(s.apiKey) ?? {};
      e[s.type] = s;
      byApi.set(s.apiKey, e);
    } else {
      others.push(s);
    }
  }
  const keys = [...byApi.keys()].sort((a, b) => a - b);
  const modules: string[] = [];
  const apiRows: string[] = [];
  const codecRows: { key: number; req: string; res: string; peek: string | undefined }[] = [];
  const entityRows: string[] = [];
  const fieldRows: string[] = [];
  for (const key of keys) {
    const { request, response } = byApi.get(key)!;
    if (!request || !response) throw new Error(`api key ${key} lacks a request or a response schema`);
    const base = apiBaseName(request);
    const mod = `messages/${kebab(base)}.js`;
    files.set(`messages/${kebab(base)}.ts`, emitFile([request, response], allNames));
    modules.push(mod);
    const flex = request.flexibleVersions;
    apiRows.push(
      `  { apiKey: ${key}, name: '${base}', minVersion: ${isEmpty(request.validVersions) ? -1 : request.validVersions.min}, maxVersion: ${isEmpty(request.validVersions) ? -1 : request.validVersions.max}, ` +
        `flexibleMin: ${flex.min > flex.max ? -1 : flex.min}, latestVersionUnstable: ${request.latestVersionUnstable}, ` +
        `listeners: [${request.listeners.map((l) => `'${l}'`).join(', ')}] },`,
    );
    const peekName = files.get(`messages/${kebab(base)}.ts`)!.includes(`export function peek${request.name}(`)
      ? `peek${request.name}`
      : undefined;
    codecRows.push({ key, req: request.name, res: response.name, peek: peekName });
    for (const m of [request, response]) {
      fieldRows.push(`  ${m.name}: {`);
      for (const f of m.fields) {
        const min = Math.max(f.versions.min, m.validVersions.min);
        const max = Math.min(
          f.versions.max === MAX_VERSION ? m.validVersions.max : f.versions.max,
          m.validVersions.max,
        );
        if (min > max) continue;
        fieldRows.push(`    ${f.key}: [${min}, ${max}],`);
      }
      fieldRows.push('  },');
      const paths = new MessageEmitter(m).entityPaths();
      if (paths.length === 0) continue;
      entityRows.push(`  ${m.name}: [`);
      for (const p of paths) {
        entityRows.push(
          `    { path: '${p.path}', entityType: '${p.entityType}', minVersion: ${p.versions.min}, maxVersion: ${p.versions.max} },`,
        );
      }
      entityRows.push('  ],');
    }
  }
  for (const m of others) {
    const name = kebab(m.name);
    files.set(`messages/${name}.ts`, emitFile([m], allNames));
    modules.push(`messages/${name}.js`);
  }

  files.set(
    'api-keys.ts',
    [
      HEADER(['*Request.json (apiKey, validVersions, flexibleVersions, latestVersionUnstable, listeners)']),
      '/** One row per API key of the schemas. Versions are -1 for removed APIs (no valid version); `flexibleMin` is -1 when no version is flexible. */',
      'export interface ApiKeyInfo {',
      '  readonly apiKey: number;',
      '  readonly name: string;',
      '  readonly minVersion: number;',
      '  readonly maxVersion: number;',
      '  readonly flexibleMin: number;',
      '  readonly latestVersionUnstable: boolean;',
      '  readonly listeners: readonly string[];',
      '}',
      '',
      `export const API_KEYS: readonly ApiKeyInfo[] = [`,
      ...apiRows,
      '];',
      '',
      '/** API key numbers by name, e.g. `ApiKey.Produce === 0`. */',
      'export const ApiKey = {',
      ...keys.map((k) => `  ${apiBaseName(byApi.get(k)!.request!)}: ${k},`),
      '} as const;',
      '',
      '// Dense by API key: one array load per lookup on the hot path.',
      'const byKey: (ApiKeyInfo | undefined)[] = [];',
      'for (const a of API_KEYS) byKey[a.apiKey] = a;',
      '',
      'export function apiKeyInfo(apiKey: number): ApiKeyInfo | undefined {',
      '  return apiKey >= 0 && apiKey < byKey.length ? byKey[apiKey] : undefined;',
      '}',
      '',
      'export function isFlexible(apiKey: number, version: number): boolean {',
      '  const a = apiKeyInfo(apiKey);',
      '  return a !== undefined && a.flexibleMin >= 0 && version >= a.flexibleMin;',
      '}',
      '',
      '/** Request header v2 for flexible versions, else v1 (v0 was removed in Kafka 4.0). */',
      'export function requestHeaderVersion(apiKey: number, version: number): 1 | 2 {',
      '  return isFlexible(apiKey, version) ? 2 : 1;',
      '}',
      '',
      '/** Response header v1 for flexible versions, else v0; ApiVersions responses always use v0. */',
      'export function responseHeaderVersion(apiKey: number, version: number): 0 | 1 {',
      `  if (apiKey === ${keys.find((k) => byApi.get(k)!.request!.name === 'ApiVersionsRequest') ?? 18}) return 0;`,
      '  return isFlexible(apiKey, version) ? 1 : 0;',
      '}',
      '',
    ].join('\n'),
  );

  files.set(
    'entity-paths.ts',
    [
      HEADER(['fields with an entityType, and uuid fields named *TopicId (entityType `topicId`)']),
      '/**',
      ' * Where the names a policy decides on sit in each message. `path` walks the decoded value: `[]`',
      ' * marks an array whose elements are visited. Versions are the ones in which the field exists.',
      ' */',
      'export interface EntityPath {',
      '  readonly path: string;',
      '  readonly entityType: string;',
      '  readonly minVersion: number;',
      '  readonly maxVersion: number;',
      '}',
      '',
      'export const ENTITY_PATHS: Readonly<Record<string, readonly EntityPath[]>> = {',
      ...entityRows,
      '};',
      '',
    ].join('\n'),
  );

  files.set(
    'field-versions.ts',
    [
      HEADER(['*Request.json and *Response.json (top-level fields and their versions)']),
      '/**',
      ' * The versions in which each top-level field of a request or response exists, `[min, max]`',
      " * inclusive, within the message's valid versions (fields of no valid version are left out). The",
      ' * encoder refuses a non-default value in a field its version lacks: ask here first.',
      ' */',
      'export const FIELD_VERSIONS: Readonly<Record<string, Readonly<Record<string, readonly [number, number]>>>> = {',
      ...fieldRows,
      '};',
      '',
      '/** True when `message` (e.g. `FindCoordinatorResponse`) has top-level `field` at `version`. */',
      'export function hasField(message: string, field: string, version: number): boolean {',
      '  const range = FIELD_VERSIONS[message]?.[field];',
      '  return range !== undefined && version >= range[0] && version <= range[1];',
      '}',
      '',
    ].join('\n'),
  );

  const imports: string[] = [];
  const typeImports: string[] = [];
  const reqRows: string[] = [];
  const resRows: string[] = [];
  const reqTyped: string[] = [];
  const resTyped: string[] = [];
  const reqTypes: string[] = [];
  const resTypes: string[] = [];
  for (const c of codecRows) {
    const mod = `./messages/${kebab(c.req.replace(/Request$/, ''))}.js`;
    const names = [c.req, c.res].flatMap((n) => [`decode${n}`, `encode${n}`, `size${n}`, `write${n}`]);
    if (c.peek) names.push(c.peek);
    imports.push(`import { ${names.join(', ')} } from '${mod}';`);
    typeImports.push(`import type { ${c.req}, ${c.res} } from '${mod}';`);
    const codec = (n: string, extra: string): string =>
      `{ name: '${n}', decode: decode${n}, encode: encode${n}, size: size${n}, write: write${n}${extra} }`;
    reqTyped.push(`  ${c.key}: ${codec(c.req, c.peek ? `, peek: ${c.peek}` : '')},`);
    resTyped.push(`  ${c.key}: ${codec(c.res, '')},`);
    reqRows.push(`  [${c.key}, TYPED_REQUEST_CODECS[${c.key}]],`);
    resRows.push(`  [${c.key}, TYPED_RESPONSE_CODECS[${c.key}]],`);
    reqTypes.push(`  ${c.key}: ${c.req};`);
    resTypes.push(`  ${c.key}: ${c.res};`);
  }
  files.set(
    'codecs.ts',
    [
      HEADER(['*Request.json and *Response.json']),
      "import type { Reader, Writer } from '../primitives/index.js';",
      ...imports,
      ...typeImports,
      '',
      '/** The codec of one message, for callers that dispatch on the API key. */',
      'export interface MessageCodec<T = unknown> {',
      '  readonly name: string;',
      '  decode(r: Reader, v: number): T;',
      '  encode(value: T, v: number): Buffer;',
      '  size(value: T, v: number): number;',
      '  write(w: Writer, value: T, v: number): void;',
      '  /** Partial decoder reading only what a policy needs (requests that carry topics, groups, ids). */',
      '  peek?(r: Reader, v: number): unknown;',
      '}',
      '',
      '/** The request message of each API key, by number: `RequestTypes[0]` is `ProduceRequest`. */',
      'export interface RequestTypes {',
      ...reqTypes,
      '}',
      '',
      '/** The response message of each API key, by number. */',
      'export interface ResponseTypes {',
      ...resTypes,
      '}',
      '',
      '/** An API key the schemas define (a literal type: `typeof ApiKey.Produce` is `0`). */',
      'export type ApiKeyNumber = keyof RequestTypes;',
      '/** The decoded request of API key `K`, e.g. `RequestOf<typeof ApiKey.Fetch>` is `FetchRequest`. */',
      'export type RequestOf<K extends ApiKeyNumber> = RequestTypes[K];',
      '/** The decoded response of API key `K`. */',
      'export type ResponseOf<K extends ApiKeyNumber> = ResponseTypes[K];',
      '',
      '/** The request codec of every API key, typed by key. */',
      'export const TYPED_REQUEST_CODECS: { readonly [K in ApiKeyNumber]: MessageCodec<RequestTypes[K]> } = {',
      ...reqTyped,
      '};',
      '',
      '/** The response codec of every API key, typed by key. */',
      'export const TYPED_RESPONSE_CODECS: { readonly [K in ApiKeyNumber]: MessageCodec<ResponseTypes[K]> } = {',
      ...resTyped,
      '};',
      '',
      '/** The request codec of `apiKey`, typed: `requestCodecOf(ApiKey.Fetch).decode(r, v)` is a `FetchRequest`. */',
      'export function requestCodecOf<K extends ApiKeyNumber>(apiKey: K): MessageCodec<RequestOf<K>> {',
      '  return TYPED_REQUEST_CODECS[apiKey];',
      '}',
      '',
      '/** The response codec of `apiKey`, typed. */',
      'export function responseCodecOf<K extends ApiKeyNumber>(apiKey: K): MessageCodec<ResponseOf<K>> {',
      '  return TYPED_RESPONSE_CODECS[apiKey];',
      '}',
      '',
      'export const REQUEST_CODECS: ReadonlyMap<number, MessageCodec> = new Map<number, MessageCodec>([',
      ...reqRows,
      ']);',
      '',
      'export const RESPONSE_CODECS: ReadonlyMap<number, MessageCodec> = new Map<number, MessageCodec>([',
      ...resRows,
      ']);',
      '',
    ].join('\n'),
  );

  files.set(
    'index.ts',
    [
      HEADER(['all']),
      "export * from './api-keys.js';",
      "export * from './codecs.js';",
      "export * from './entity-paths.js';",
      "export * from './field-versions.js';",
      ...modules.map((m) => `export * from './${m}';`),
      '',
    ].join('\n'),
  );
  return files;
}
