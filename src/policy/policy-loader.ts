// Loads a policy file: YAML with positions, JSON Schema validation (ajv), then the checks a schema
// cannot express (API names, regexes, CIDRs, fields an API cannot carry). Every error found is
// reported with FILE:LINE:COLUMN and the field path; a file with any error yields no policy at all,
// so a policy is never partially applied.

import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { LineCounter, parseDocument } from 'yaml';
import { didYouMean } from '../did-you-mean.js';
import { CidrSyntaxError, parseCidr, type CidrBlock } from '../identity/cidr.js';
import {
  DEFAULT_SASL_PRINCIPAL_TEMPLATE,
  DEFAULT_TLS_PRINCIPAL_TEMPLATE,
  DEFAULT_KUBERNETES_PRINCIPAL_TEMPLATE,
  type IdentitySource,
  type TlsCertificateField,
} from '../identity/identity-sources.js';
import {
  allApiClassifications,
  lookupApi,
  type ApiClassification,
  type ResourceKind,
} from './api-classification.js';
import type { LabelSelector } from './label-selector.js';
import { exactOrGlob, prefixPattern, type NamePattern } from './name-pattern.js';
import { PolicyError, formatFieldPath } from './policy-error.js';
import type { Policy, PolicyRule, PolicyRuleSet, RuleEffect } from './policy-model.js';
import { isRole, roleGrants, type Role } from './roles.js';
import { pointerToSegments, YamlLocator as Locator, type Segment } from '../yaml-locator.js';

export type PolicyLoadResult =
  | { readonly ok: true; readonly policy: Policy }
  | { readonly ok: false; readonly errors: readonly PolicyError[] };

/** Finds policies/policy.schema.json from the source tree (src/policy) and from the build (dist/src/policy). */
export function policySchemaPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'policies', 'policy.schema.json');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error('policies/policy.schema.json not found above ' + fileURLToPath(import.meta.url));
}

let validator: ValidateFunction | undefined;
function schemaValidator(): ValidateFunction {
  if (!validator) {
    const schema = JSON.parse(readFileSync(policySchemaPath(), 'utf8')) as object;
    validator = new Ajv({ allErrors: true, verbose: true, strict: false }).compile(schema);
  }
  return validator;
}

function schemaErrorMessage(e: ErrorObject): string {
  switch (e.keyword) {
    case 'additionalProperties': {
      const field = String(e.params.additionalProperty);
      const known = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      return `unknown field '${field}'` + didYouMean(field, known);
    }
    case 'required':
      return `missing required field '${String(e.params.missingProperty)}'`;
    case 'enum': {
      const allowed = e.params.allowedValues as unknown[];
      return (
        `must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}` +
        didYouMean(e.data, allowed.map(String))
      );
    }
    case 'const':
      return `must be ${JSON.stringify(e.params.allowedValue)}`;
    case 'not': {
      const description = (e.schema as { description?: string } | undefined)?.description;
      return description ?? 'is not allowed here';
    }
    case 'maxProperties':
    case 'minProperties':
      return 'must have exactly one of sasl, tlsCertificate, sourceCidr, static';
    default:
      return e.message ?? `fails ${e.keyword}`;
  }
}

function schemaErrors(file: string, doc: unknown, locate: Locator): PolicyError[] {
  const validate = schemaValidator();
  if (validate(doc)) return [];
  const errors: PolicyError[] = [];
  const seen = new Set<string>();
  for (const e of validate.errors ?? []) {
    if (e.keyword === 'allOf' || e.keyword === 'anyOf' || e.keyword === 'oneOf' || e.keyword === 'if')
      continue;
    const segments = pointerToSegments(e.instancePath);
    // An unknown field is reported at its key, with the key in the path.
    const keyOf = e.keyword === 'additionalProperties' ? String(e.params.additionalProperty) : undefined;
    const pos = locate.position(segments, keyOf);
    const path = formatFieldPath(keyOf === undefined ? segments : [...segments, keyOf]);
    const error = new PolicyError(file, pos.line, pos.column, path, schemaErrorMessage(e));
    const key = error.toString();
    if (!seen.has(key)) {
      seen.add(key);
      errors.push(error);
    }
  }
  return errors;
}

/** The Cilium-style names of every API, which a rule's apiKey may give. */
const apiNames = (): string[] => allApiClassifications().map((c) => c.ciliumName);

/** Resource kinds a rule can grant: what its role grants, or what its API carries. */
function grantableKinds(
  role: Role | undefined,
  api: ApiClassification | undefined,
): Set<ResourceKind> | undefined {
  if (role) return new Set(roleGrants(role).flatMap((g) => g.kinds));
  if (api) return new Set(api.resources);
  return undefined; // no API restriction: narrowed to the APIs that carry the named kinds
}

const KIND_FIELDS: ReadonlyArray<[ResourceKind, string, string, string]> = [
  ['topic', 'topic', 'topicPrefix', 'topics'],
  ['group', 'group', 'groupPrefix', 'groups'],
  ['transactionalId', 'transactionalId', 'transactionalIdPrefix', 'transactional ids'],
];

function renderRuleText(raw: Record<string, unknown>): string {
  const parts = Object.entries(raw)
    .filter(([k]) => k !== 'description')
    .map(([k, v]) => `${k}: ${typeof v === 'string' && /[\s:{},#]/.test(v) ? JSON.stringify(v) : String(v)}`);
  return parts.length === 0 ? '{}' : `{ ${parts.join(', ')} }`;
}

function compileTemplateCheck(
  template: string,
  available: ReadonlySet<string>,
  err: (message: string) => void,
): void {
  for (const m of template.matchAll(/\$\{([^}]*)\}/g)) {
    const name = m[1] ?? '';
    if (!available.has(name)) {
      const list = [...available].map((v) => '${' + v + '}').join(', ');
      err(`principal template uses \${${name}}, but only ${list || 'no placeholders'} can be used here`);
    }
  }
}

class SemanticChecker {
  readonly errors: PolicyError[] = [];

  constructor(
    private readonly file: string,
    private readonly locate: Locator,
  ) {}

  error(segments: Segment[], message: string): void {
    const pos = this.locate.position(segments);
    this.errors.push(new PolicyError(this.file, pos.line, pos.column, formatFieldPath(segments), message));
  }

  /** Position of a field's key (`role:`) rather than its value, which reads better in messages. */
  keyError(segments: Segment[], field: string, message: string): void {
    const pos = this.locate.position(segments, field);
    this.errors.push(
      new PolicyError(this.file, pos.line, pos.column, formatFieldPath([...segments, field]), message),
    );
  }

  identities(raw: unknown[]): IdentitySource[] {
    const out: IdentitySource[] = [];
    raw.forEach((entry, i) => {
      const at: Segment[] = ['identities', i];
      const id = `identities[${i}]`;
      const [type, body] = Object.entries(entry as Record<string, Record<string, unknown>>)[0]!;
      const listeners = body.listeners as string[] | undefined;
      const common = { id, ...(listeners ? { listeners } : {}) };
      switch (type) {
        case 'sasl': {
          const principal = (body.principal as string | undefined) ?? DEFAULT_SASL_PRINCIPAL_TEMPLATE;
          compileTemplateCheck(principal, new Set(['user']), (m) =>
            this.keyError([...at, 'sasl'], 'principal', m),
          );
          const mechanisms = body.mechanisms as string[] | undefined;
          out.push({ type: 'sasl', ...common, principal, ...(mechanisms ? { mechanisms } : {}) });
          break;
        }
        case 'tlsCertificate': {
          const principal = (body.principal as string | undefined) ?? DEFAULT_TLS_PRINCIPAL_TEMPLATE;
          let match: RegExp | undefined;
          const names = new Set(['value']);
          if (typeof body.match === 'string') {
            try {
              // Anchored: an unanchored `payments` would also accept `evil-payments-impostor`.
              match = new RegExp(`^(?:${body.match})$`, 'u');
              for (const g of body.match.matchAll(/\(\?<([A-Za-z_][A-Za-z0-9_]*)>/g)) names.add(g[1]!);
            } catch (e) {
              this.keyError(
                [...at, 'tlsCertificate'],
                'match',
                `invalid regular expression: ${(e as Error).message}`,
              );
            }
          }
          compileTemplateCheck(principal, names, (m) =>
            this.keyError([...at, 'tlsCertificate'], 'principal', m),
          );
          out.push({
            type: 'tlsCertificate',
            ...common,
            from: body.from as TlsCertificateField,
            principal,
            ...(match ? { match } : {}),
          });
          break;
        }
        case 'sourceCidr': {
          const texts = [
            ...(typeof body.cidr === 'string' ? [body.cidr] : []),
            ...((body.cidrs as string[] | undefined) ?? []),
          ];
          if (texts.length === 0) this.error([...at, 'sourceCidr'], 'give cidr or cidrs');
          const cidrs: CidrBlock[] = [];
          texts.forEach((text, j) => {
            try {
              cidrs.push(parseCidr(text));
            } catch (e) {
              if (!(e instanceof CidrSyntaxError)) throw e;
              const field: Segment[] =
                typeof body.cidr === 'string' && j === 0
                  ? ['cidr']
                  : ['cidrs', j - (typeof body.cidr === 'string' ? 1 : 0)];
              this.error([...at, 'sourceCidr', ...field], e.message);
            }
          });
          compileTemplateCheck(body.principal as string, new Set(), (m) =>
            this.keyError([...at, 'sourceCidr'], 'principal', m),
          );
          out.push({ type: 'sourceCidr', ...common, cidrs, principal: body.principal as string });
          break;
        }
        case 'static':
          compileTemplateCheck(body.principal as string, new Set(), (m) =>
            this.keyError([...at, 'static'], 'principal', m),
          );
          out.push({ type: 'static', ...common, principal: body.principal as string });
          break;
        case 'kubernetes': {
          const principal = (body.principal as string | undefined) ?? DEFAULT_KUBERNETES_PRINCIPAL_TEMPLATE;
          compileTemplateCheck(principal, new Set(['namespace', 'name', 'serviceAccount', 'node']), (m) =>
            this.keyError([...at, 'kubernetes'], 'principal', m),
          );
          out.push({ type: 'kubernetes', ...common, principal });
          break;
        }
      }
    });
    return out;
  }

  principalPatterns(raw: Record<string, unknown>, at: Segment[]): string[] {
    const list =
      typeof raw.principal === 'string' ? [raw.principal] : ((raw.principals as string[] | undefined) ?? []);
    if (raw.principal === undefined && raw.principals === undefined && raw.fromEndpoints === undefined) {
      this.error(at, 'a rule set needs principal, principals or fromEndpoints');
    }
    list.forEach((p, j) => {
      if (p !== '*' && !/^[A-Za-z][A-Za-z0-9]*:.+$/.test(p)) {
        const where: Segment[] =
          typeof raw.principal === 'string' ? [...at, 'principal'] : [...at, 'principals', j];
        this.error(
          where,
          `'${p}' is not a principal: write Type:name (User:payments-api), a glob (User:team-*) or '*'`,
        );
      }
    });
    return list;
  }

  rule(
    raw: Record<string, unknown>,
    at: Segment[],
    effect: RuleEffect,
    ruleSetIndex: number,
    entryIndex: number,
    principals: readonly string[],
  ): PolicyRule {
    let api: ApiClassification | undefined;
    if (raw.apiKey !== undefined) {
      api = lookupApi(raw.apiKey as string | number);
      if (!api) {
        this.keyError(
          at,
          'apiKey',
          `unknown API '${String(raw.apiKey)}'` + didYouMean(raw.apiKey, apiNames()),
        );
      } else if (api.category === 'inter-broker') {
        this.keyError(
          at,
          'apiKey',
          `${api.name} is spoken only between brokers and controllers; clients are never allowed it`,
        );
      } else if (
        effect === 'deny' &&
        (api.category === 'connection' || api.category === 'client-telemetry')
      ) {
        this.keyError(
          at,
          'apiKey',
          `${api.name} is never authorized (Kafka does not either): a deny rule cannot apply to it`,
        );
      }
    }
    const role = typeof raw.role === 'string' && isRole(raw.role) ? raw.role : undefined;

    let apiVersion: { min: number; max: number } | undefined;
    if (raw.apiVersion !== undefined) {
      const [lo, hi] = String(raw.apiVersion).split('-').map(Number) as [number, number | undefined];
      apiVersion = { min: lo, max: hi ?? lo };
      if (apiVersion.min > apiVersion.max)
        this.keyError(at, 'apiVersion', `range ${String(raw.apiVersion)} is empty`);
      if (apiVersion.max > 32767) this.keyError(at, 'apiVersion', 'API versions are 16-bit');
    }

    const patterns: Partial<Record<ResourceKind, NamePattern>> = {};
    const grantable = grantableKinds(role, api);
    for (const [kind, exactField, prefixField, plural] of KIND_FIELDS) {
      const exact = raw[exactField];
      const prefix = raw[prefixField];
      if (typeof exact === 'string') patterns[kind] = exactOrGlob(exact);
      else if (typeof prefix === 'string') patterns[kind] = prefixPattern(prefix);
      else continue;
      if (grantable && !grantable.has(kind)) {
        const field = typeof exact === 'string' ? exactField : prefixField;
        const what = role
          ? `role ${role} grants no access to ${plural}`
          : `${api!.name} carries no ${plural}`;
        this.keyError(at, field, `${what}; this field could never match`);
      }
    }
    const pos = this.locate.position(at);
    const rule: PolicyRule = {
      id: formatFieldPath(at),
      effect,
      ruleSetIndex,
      entryIndex,
      principals,
      ...(role ? { role } : {}),
      ...(api ? { api } : {}),
      ...(apiVersion ? { apiVersion } : {}),
      ...(typeof raw.clientID === 'string' ? { clientId: exactOrGlob(raw.clientID) } : {}),
      ...(patterns.topic ? { topic: patterns.topic } : {}),
      ...(patterns.group ? { group: patterns.group } : {}),
      ...(patterns.transactionalId ? { transactionalId: patterns.transactionalId } : {}),
      ...(typeof raw.description === 'string' ? { description: raw.description } : {}),
      position: pos,
      text: renderRuleText(raw),
    };
    return rule;
  }
}

/** Parses and validates policy text. `source` names the file in errors. */
export function parsePolicy(text: string, source: string): PolicyLoadResult {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => {
        const { line, col } = lines.linePos(e.pos[0]);
        return new PolicyError(source, line, col, '', `YAML: ${e.message.split('\n')[0]}`);
      }),
    };
  }
  const locate = new Locator(doc, lines);
  const raw: unknown = doc.toJS({ maxAliasCount: 100 });
  const fromSchema = schemaErrors(source, raw, locate);
  if (fromSchema.length === 0) return checkedPolicy(raw, source, locate, () => true);
  // The checks a schema cannot express still run on every part the schema accepted, so that a
  // file's errors come all at once, not the schema's first and the rest after they are fixed.
  const errorPaths = fromSchema.map((e) => e.path);
  const clean = (path: string): boolean => !errorPaths.some((p) => isWithin(p, path) || isWithin(path, p));
  let semantic: readonly PolicyError[] = [];
  try {
    const checked = checkedPolicy(raw, source, locate, clean);
    if (!checked.ok) semantic = checked.errors;
  } catch {
    // A shape the schema refused and the checks did not expect: the schema's errors say it.
  }
  const errors = [...fromSchema, ...semantic].sort((a, b) => a.line - b.line || a.column - b.column);
  return { ok: false, errors };
}

/** Whether field path `path` is `root` or inside it (`rules[0].allow[1]` is inside `rules[0]`). */
function isWithin(path: string, root: string): boolean {
  return root === '' || path === root || path.startsWith(`${root}.`) || path.startsWith(`${root}[`);
}

/**
 * The checks after the schema, on the parts `check` accepts (all of them for a schema-valid file;
 * for one with schema errors, the parts those errors are not in or above).
 */
function checkedPolicy(
  raw: unknown,
  source: string,
  locate: Locator,
  checkable: (path: string) => boolean,
): PolicyLoadResult {
  const body = raw as {
    metadata?: { name?: string };
    identities?: unknown[];
    rules: Record<string, unknown>[];
  };
  const check = new SemanticChecker(source, locate);
  const identities = checkable('identities') ? check.identities(body.identities ?? []) : [];
  const rules = Array.isArray(body.rules) ? body.rules : [];
  const ruleSets: PolicyRuleSet[] = rules.flatMap((set, i) => {
    const at: Segment[] = ['rules', i];
    const setPath = `rules[${i}]`;
    // The set's own fields (and the set itself, and what is above it) free of schema errors.
    const ownFields = ['principal', 'principals', 'fromEndpoints'];
    if (!ownFields.every((f) => checkable(`${setPath}.${f}`))) return [];
    const principals = check.principalPatterns(set, at);
    const entries = (effect: RuleEffect): PolicyRule[] =>
      ((set[effect] as Record<string, unknown>[] | undefined) ?? []).flatMap((r, j) =>
        checkable(`${setPath}.${effect}[${j}]`)
          ? [check.rule(r, [...at, effect, j], effect, i, j, principals)]
          : [],
      );
    const fromEndpoints = set.fromEndpoints as LabelSelector[] | undefined;
    return [
      {
        index: i,
        principals,
        ...(fromEndpoints ? { fromEndpoints } : {}),
        ...(typeof set.description === 'string' ? { description: set.description } : {}),
        allow: entries('allow'),
        deny: entries('deny'),
        position: locate.position(at),
      },
    ];
  });
  if (check.errors.length > 0) return { ok: false, errors: check.errors };
  return {
    ok: true,
    policy: {
      source,
      ...(body.metadata?.name ? { name: body.metadata.name } : {}),
      identities,
      ruleSets,
    },
  };
}

/**
 * Reads and validates a policy file (YAML, policies/README.md; schema policies/policy.schema.json).
 * Resolves to `{ ok: true, policy }` or to `{ ok: false, errors }` with every problem found at once,
 * each a PolicyError with the file, 1-based line and column, the setting's path and a message (an
 * unreadable file is one error at 1:1). Never rejects. The Policy is not compiled yet: compilePolicy
 * (engine.ts) turns it into the CompiledPolicy that decides.
 */
export async function loadPolicyFile(path: string): Promise<PolicyLoadResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    return { ok: false, errors: [new PolicyError(path, 1, 1, '', `cannot read: ${(e as Error).message}`)] };
  }
  return parsePolicy(text, path);
}
