// Translates a policy into the Kafka ACLs that allow and deny the same requests on a broker running
// StandardAuthorizer, and says precisely where the two cannot agree.
//
// Two halves:
//   - ACL_CHECKS: for every client API key, the (resource type, ACL operation) pairs Kafka 4.1's
//     request handlers authorize for each resource kind the policy decides, taken from the broker's
//     checks in acl-operations.ts (docs/acl-operations.md);
//   - translatePolicyToAcls: every allow and deny rule, per principal and per API key it covers,
//     becomes ALLOW or DENY bindings on the resource patterns it names; what ACLs cannot express
//     (client ids, API versions, globs, principals from CIDRs...) is reported, never dropped
//     silently, and so is every API an ACL lets Kafka answer although the policy denies it (ACLs
//     grant operations, not API keys: Write on a topic that allows Produce also allows
//     AddPartitionsToTxn).

import { ApiKey } from '../../protocol/generated/api-keys.js';
import {
  aclChecks,
  impliedOperations as kafkaImpliedOperations,
  SUPPORTED_OPERATIONS,
  type AclOperation as KafkaAclOperation,
  type AclResourceType as KafkaAclResourceType,
} from './acl-operations.js';
import {
  allApiClassifications,
  classifyApiKey,
  isAlwaysAllowed,
  isClientFacing,
  type ResourceKind,
} from './api-classification.js';
import { API_AUTHORIZATIONS } from './api-authorization.js';
import { compilePolicy, coveredKeys, patternOf, principalMatches, type NamedResourceKind } from './engine.js';
import type { NamePattern } from './name-pattern.js';
import { isUnscoped, type Policy, type PolicyRule } from './policy-model.js';

/** Kafka's ACL resource types (`ResourceType`) that policies can express. */
export type AclResourceType = 'TOPIC' | 'GROUP' | 'CLUSTER' | 'TRANSACTIONAL_ID';

/** Kafka's ACL operations (`AclOperation`), by their Java names. */
export type AclOperation =
  | 'ALL'
  | 'READ'
  | 'WRITE'
  | 'CREATE'
  | 'DELETE'
  | 'ALTER'
  | 'DESCRIBE'
  | 'CLUSTER_ACTION'
  | 'DESCRIBE_CONFIGS'
  | 'ALTER_CONFIGS'
  | 'IDEMPOTENT_WRITE';

export type AclPatternType = 'LITERAL' | 'PREFIXED';
export type AclPermission = 'ALLOW' | 'DENY';

/** One Kafka ACL binding: what `kafka-acls.sh --add` creates. */
export interface AclBinding {
  /** `User:payments-api`, or `User:*` for every principal. */
  readonly principal: string;
  /** Always `*`: the policy decides on principals, not client addresses. */
  readonly host: string;
  readonly resourceType: AclResourceType;
  /** The literal name, the prefix, `*` (every resource of the type) or `kafka-cluster`. */
  readonly resourceName: string;
  readonly patternType: AclPatternType;
  readonly operation: AclOperation;
  readonly permission: AclPermission;
}

/** One thing the ACLs cannot say the way the policy says it. */
export interface TranslationNote {
  /**
   * `not-expressed`: a rule or identity that has no ACL equivalent (left out, or translated more
   * broadly where the note says so); `broader`: the ACLs let Kafka answer requests the policy
   * denies; `narrower`: the ACLs refuse requests the policy allows; `assumption`: how a policy
   * principal is taken to be the broker's principal.
   */
  readonly kind: 'not-expressed' | 'broader' | 'narrower' | 'assumption';
  /** `rules[1].allow[0]` or `identities[2]` when one place is concerned. */
  readonly at?: string;
  readonly line?: number;
  readonly message: string;
}

export interface AclTranslation {
  readonly acls: readonly AclBinding[];
  readonly notes: readonly TranslationNote[];
}

/** What Kafka checks for one resource kind of one API key. */
export interface AclCheck {
  readonly kind: ResourceKind;
  readonly operation: AclOperation;
}

/** The name StandardAuthorizer gives the one CLUSTER resource. */
export const CLUSTER_RESOURCE_NAME = 'kafka-cluster';

const KIND_OF_TYPE: Readonly<Partial<Record<KafkaAclResourceType, ResourceKind>>> = {
  Topic: 'topic',
  Group: 'group',
  TransactionalId: 'transactionalId',
  Cluster: 'cluster',
};

/** `DescribeConfigs` -> `DESCRIBE_CONFIGS`. */
function enumName(operation: string): AclOperation {
  return operation.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase() as AclOperation;
}

/**
 * What a policy rule on a client API key stands for in ACLs, per resource kind: from the broker's
 * checks (acl-operations.ts, docs/acl-operations.md), the unconditional ones, plus a conditional one
 * when it is the only check on a resource kind the policy decides for that key (the transactional id
 * of a Produce, the key of a FindCoordinator, each resource type of DescribeConfigs, InitProducerId
 * with or without transactional id). Left out: ClusterAction (brokers only), checks that only shape
 * an answer or are alternatives to another check on the same resource (Metadata auto-creation,
 * CreateTopics' DescribeConfigs), and resource types policies cannot name (users, tokens). Keys
 * absent here are never authorized, list what the caller may Describe (ListGroups,
 * ListTransactions), or are inter-broker.
 */
export const ACL_CHECKS: ReadonlyMap<number, readonly AclCheck[]> = (() => {
  const out = new Map<number, AclCheck[]>();
  for (const c of allApiClassifications()) {
    if (!isClientFacing(c.apiKey)) continue;
    const checks = aclChecks(c.apiKey) ?? [];
    const mine: AclCheck[] = [];
    for (const check of checks) {
      const kind = KIND_OF_TYPE[check.resourceType];
      if (kind === undefined || !c.resources.includes(kind) || check.operation === 'ClusterAction') continue;
      const unconditionalOnType = checks.some(
        (x) => x.condition === undefined && x.resourceType === check.resourceType,
      );
      if (check.condition !== undefined && unconditionalOnType) continue;
      mine.push({ kind, operation: enumName(check.operation) });
    }
    if (mine.length > 0) out.set(c.apiKey, mine);
  }
  return out;
})();

/**
 * Client API keys the broker authorizes by something other than an ACL on a resource: delegation
 * tokens are checked against the token's owner and renewers (and CreateTokens/DescribeTokens on a
 * USER resource, which policies cannot name).
 */
export const NO_ACL_EXPRESSION: ReadonlySet<number> = new Set(
  API_AUTHORIZATIONS.filter((a) => a.byTokenOwnership === true).map((a) => a.apiKey),
);

/** `DESCRIBE_CONFIGS` -> `DescribeConfigs`: the name acl-operations.ts gives the operation. */
function kafkaName(operation: Exclude<AclOperation, 'ALL'>): KafkaAclOperation {
  return operation
    .toLowerCase()
    .replace(/(?:^|_)([a-z])/g, (_m, c: string) => c.toUpperCase()) as KafkaAclOperation;
}

/** The operations Kafka accepts on each resource type (ALL aside): `SUPPORTED_OPERATIONS`. */
export const OPERATIONS_OF: Readonly<Record<AclResourceType, readonly AclOperation[]>> = {
  TOPIC: SUPPORTED_OPERATIONS.Topic.map(enumName),
  GROUP: SUPPORTED_OPERATIONS.Group.map(enumName),
  CLUSTER: SUPPORTED_OPERATIONS.Cluster.map(enumName),
  TRANSACTIONAL_ID: SUPPORTED_OPERATIONS.TransactionalId.map(enumName),
};

/**
 * Operations that an ALLOW binding also grants: ALL grants every operation, the others what
 * acl-operations.ts `impliedOperations` says (Kafka's `AclEntry` implication rules).
 */
export function impliedOperations(op: AclOperation): readonly AclOperation[] {
  if (op === 'ALL') return [...OPERATIONS_OF.TOPIC, ...OPERATIONS_OF.CLUSTER];
  return kafkaImpliedOperations(kafkaName(op)).map(enumName);
}

const RESOURCE_TYPE: Readonly<Record<ResourceKind, AclResourceType>> = {
  topic: 'TOPIC',
  group: 'GROUP',
  transactionalId: 'TRANSACTIONAL_ID',
  cluster: 'CLUSTER',
};

const KIND_OF: Readonly<Record<AclResourceType, ResourceKind>> = {
  TOPIC: 'topic',
  GROUP: 'group',
  TRANSACTIONAL_ID: 'transactionalId',
  CLUSTER: 'cluster',
};

const KIND_WORD: Readonly<Record<NamedResourceKind, string>> = {
  topic: 'topic',
  group: 'group',
  transactionalId: 'transactional id',
};

/** A name pattern as an ACL resource pattern, or why it has none. */
export function aclPatternOf(
  pattern: NamePattern,
): { patternType: AclPatternType; name: string } | { unexpressible: string } {
  switch (pattern.kind) {
    case 'any':
      return { patternType: 'LITERAL', name: '*' };
    case 'exact':
      return { patternType: 'LITERAL', name: pattern.value };
    case 'prefix':
      return { patternType: 'PREFIXED', name: pattern.value };
    case 'glob': {
      const body = pattern.value.slice(0, -1);
      if (pattern.value.endsWith('*') && !body.includes('*') && !body.includes('?')) {
        return body === '' ? { patternType: 'LITERAL', name: '*' } : { patternType: 'PREFIXED', name: body };
      }
      return {
        unexpressible: `glob '${pattern.value}' is neither a literal name nor a prefix (ACLs have only LITERAL and PREFIXED patterns)`,
      };
    }
  }
}

/** A Kafka principal for a policy principal pattern, or why there is none. */
function aclPrincipalOf(pattern: string): { principal: string } | { unexpressible: string } {
  if (pattern === '*') return { principal: 'User:*' };
  if (pattern.includes('*') || pattern.includes('?')) {
    const colon = pattern.indexOf(':');
    if (pattern.slice(colon + 1) === '*' && !pattern.slice(0, colon).includes('*')) {
      return { principal: pattern };
    }
    return {
      unexpressible: `principal pattern '${pattern}': Kafka ACLs name one principal or every principal (User:*), not a glob`,
    };
  }
  return { principal: pattern };
}

class Collector {
  private readonly ops = new Map<string, Set<AclOperation>>();
  readonly notes: TranslationNote[] = [];

  add(
    principal: string,
    permission: AclPermission,
    type: AclResourceType,
    patternType: AclPatternType,
    name: string,
    op: AclOperation,
  ): void {
    const key = JSON.stringify([principal, permission, type, patternType, name]);
    let set = this.ops.get(key);
    if (!set) this.ops.set(key, (set = new Set()));
    set.add(op);
  }

  note(note: TranslationNote): void {
    if (!this.notes.some((n) => n.kind === note.kind && n.message === note.message && n.at === note.at)) {
      this.notes.push(note);
    }
  }

  bindings(): AclBinding[] {
    const out: AclBinding[] = [];
    for (const [key, set] of this.ops) {
      const [principal, permission, resourceType, patternType, resourceName] = JSON.parse(key) as [
        string,
        AclPermission,
        AclResourceType,
        AclPatternType,
        string,
      ];
      let ops = [...set];
      if (permission === 'ALLOW') {
        // Keep only what is not implied by another operation of the same binding.
        ops = ops.filter((op) => !ops.some((o) => o !== op && impliedOperations(o).includes(op)));
      }
      const all = OPERATIONS_OF[resourceType];
      if (ops.includes('ALL') || all.every((op) => set.has(op))) ops = ['ALL'];
      for (const operation of ops.sort()) {
        out.push({ principal, host: '*', resourceType, resourceName, patternType, operation, permission });
      }
    }
    return out.sort(compareBindings);
  }
}

function compareBindings(a: AclBinding, b: AclBinding): number {
  const ka = [a.principal, a.permission, a.resourceType, a.resourceName, a.patternType, a.operation];
  const kb = [b.principal, b.permission, b.resourceType, b.resourceName, b.patternType, b.operation];
  for (let i = 0; i < ka.length; i++) {
    if (ka[i]! < kb[i]!) return -1;
    if (ka[i]! > kb[i]!) return 1;
  }
  return 0;
}

/** The checks of one covered API key that a rule grants or denies, with the pattern for each. */
function ruleChecks(
  rule: PolicyRule,
  apiKey: number,
  kinds: readonly ResourceKind[],
  namesGroups: boolean,
): Array<{ check: AclCheck; pattern: NamePattern | 'cluster' }> {
  const checks = ACL_CHECKS.get(apiKey) ?? [];
  const api = classifyApiKey(apiKey)!;
  const namedKindsOfApi = api.resources.filter((k) => k !== 'cluster');
  const out: Array<{ check: AclCheck; pattern: NamePattern | 'cluster' }> = [];
  for (const check of checks) {
    if (!kinds.includes(check.kind)) continue;
    if (check.kind === 'cluster') {
      // Cluster-level APIs are decided by the API alone; an idempotent InitProducerId too. Where an
      // API also carries topics or groups (DescribeConfigs), the cluster part (broker configs) is
      // granted only by a rule that names no resource.
      const scoped = namedKindsOfApi.length > 0 && apiKey !== ApiKey.InitProducerId;
      if (rule.effect === 'deny' ? isUnscoped(rule) : !scoped || isUnscoped(rule)) {
        out.push({ check, pattern: 'cluster' });
      }
      continue;
    }
    const own = patternOf(rule, check.kind);
    if (own) out.push({ check, pattern: own });
    else if (isUnscoped(rule)) out.push({ check, pattern: { kind: 'any' } });
    else if (rule.effect === 'allow' && check.kind === 'group' && !namesGroups) {
      out.push({ check, pattern: { kind: 'any' } });
    }
  }
  return out;
}

function translateRule(rule: PolicyRule, principal: string, namesGroups: boolean, c: Collector): void {
  const where = { at: rule.id, line: rule.position.line };
  const conditions = [
    rule.clientId ? 'clientID' : undefined,
    rule.apiVersion ? 'apiVersion' : undefined,
  ].filter((x) => x !== undefined);
  if (conditions.length > 0) {
    if (rule.effect === 'allow') {
      c.note({
        kind: 'not-expressed',
        ...where,
        message: `${rule.text}: ACLs cannot test ${conditions.join(' or ')}; the rule is left out, so the ACLs deny what it allows`,
      });
      return;
    }
    c.note({
      kind: 'not-expressed',
      ...where,
      message: `${rule.text}: ACLs cannot test ${conditions.join(' or ')}; the deny is applied to every ${conditions.includes('clientID') ? 'client id' : 'version'}, so the ACLs deny more`,
    });
  }
  const permission: AclPermission = rule.effect === 'allow' ? 'ALLOW' : 'DENY';
  const tokenApis: string[] = [];
  for (const { apiKey, kinds } of coveredKeys(rule)) {
    if (isAlwaysAllowed(apiKey) || !isClientFacing(apiKey)) continue;
    if (NO_ACL_EXPRESSION.has(apiKey)) {
      tokenApis.push(classifyApiKey(apiKey)!.name);
      continue;
    }
    for (const { check, pattern } of ruleChecks(rule, apiKey, kinds, namesGroups)) {
      const type = RESOURCE_TYPE[check.kind];
      if (pattern === 'cluster') {
        c.add(principal, permission, type, 'LITERAL', CLUSTER_RESOURCE_NAME, check.operation);
        continue;
      }
      const acl = aclPatternOf(pattern);
      if ('unexpressible' in acl) {
        c.note({
          kind: 'not-expressed',
          ...where,
          message: `${rule.text}: ${KIND_WORD[check.kind as NamedResourceKind]} ${acl.unexpressible}; ${
            rule.effect === 'allow'
              ? 'left out, so the ACLs deny those names'
              : 'left out, so the ACLs DO NOT deny those names'
          }`,
        });
        continue;
      }
      c.add(principal, permission, type, acl.patternType, acl.name, check.operation);
    }
  }
  if (tokenApis.length > 0) {
    c.note({
      kind: 'not-expressed',
      ...where,
      message: `${rule.text}: ${tokenApis.join(', ')} ${tokenApis.length > 1 ? 'are' : 'is'} authorized by token ownership, not by an ACL a policy can name`,
    });
  }
}

/** How the policy's identity sources relate to the principal a broker's default builders give. */
function identityNotes(policy: Policy, c: Collector): void {
  for (const source of policy.identities) {
    const at = source.id;
    const listeners = source.listeners ? ` (listeners ${source.listeners.join(', ')})` : '';
    switch (source.type) {
      case 'sasl':
        if (source.principal === 'User:${user}') {
          c.note({
            kind: 'assumption',
            at,
            message: `SASL principals${listeners} are User:<SASL user name>, as Kafka's default principal builder makes them`,
          });
        } else {
          c.note({
            kind: 'not-expressed',
            at,
            message: `SASL principal template '${source.principal}' differs from Kafka's User:<name>; the ACLs name the policy's principals, which the broker sees only with a matching principal builder or sasl.kerberos.principal.to.local.rules`,
          });
        }
        break;
      case 'tlsCertificate':
        if (source.from === 'subject' && source.principal === 'User:${value}' && !source.match) {
          c.note({
            kind: 'assumption',
            at,
            message: `TLS principals${listeners} are User:<subject DN>, as Kafka's default SSL principal builder makes them (X500Principal RFC 2253 form, e.g. User:CN=worker,O=Acme) without ssl.principal.mapping.rules`,
          });
        } else if (source.from === 'subject-cn' || source.from === 'subject') {
          c.note({
            kind: 'assumption',
            at,
            message: `TLS principals from the certificate ${source.from} through '${source.principal}': the broker gives the same names only with ssl.principal.mapping.rules that do the same (e.g. RULE:^CN=([^,]+).*$/$1/ for the CN)`,
          });
        } else {
          c.note({
            kind: 'not-expressed',
            at,
            message: `TLS principals from the certificate's ${source.from}: Kafka's default SSL principal builder uses the subject DN only; the ACLs hold for these principals only with a custom KafkaPrincipalBuilder that reads the same SAN`,
          });
        }
        break;
      case 'sourceCidr':
        c.note({
          kind: 'not-expressed',
          at,
          message: `principal ${source.principal} from source addresses: ACL hosts are single IP addresses, not CIDR blocks, and the broker gives such clients its own principal (User:ANONYMOUS on PLAINTEXT)`,
        });
        break;
      case 'static':
        c.note({
          kind: 'not-expressed',
          at,
          message: `static principal ${source.principal}: the broker gives the client the principal it authenticated, not this one`,
        });
        break;
    }
  }
}

/** A name the ACL pattern matches, to ask the policy engine about. */
function sampleName(acl: AclBinding): string {
  if (acl.patternType === 'PREFIXED') return `${acl.resourceName}x`;
  return acl.resourceName === '*' ? 'any-name' : acl.resourceName;
}

/**
 * Compares the ACLs with the policy, API key by API key: every ALLOW binding that lets Kafka answer
 * an API the policy denies for the same principal and name (broader), and every DENY binding that
 * refuses one the policy allows (narrower). Also KIP-679: Write on any topic lets a producer get an
 * idempotent producer id.
 */
function compareWithPolicy(policy: Policy, acls: readonly AclBinding[], c: Collector): void {
  const engine = compilePolicy(policy, 0);
  const grouped = new Map<string, { acl: AclBinding; apis: string[] }>();
  const principalOf = (p: string): string => (p === 'User:*' ? 'User:any-principal' : p);
  for (const acl of acls) {
    const principal = principalOf(acl.principal);
    const kind = KIND_OF[acl.resourceType];
    for (const [apiKey, checks] of ACL_CHECKS) {
      for (const check of checks) {
        if (check.kind !== kind) continue;
        const matches =
          acl.permission === 'ALLOW'
            ? impliedOperations(acl.operation).includes(check.operation)
            : acl.operation === 'ALL' || acl.operation === check.operation;
        if (!matches) continue;
        const name = classifyApiKey(apiKey)!.name;
        const apiDecision = engine.decideApi(principal, apiKey, 0, null);
        // The cluster part of an API that also names topics (DescribeConfigs of a broker) is granted
        // only by unscoped rules, which the engine's API decision alone does not show.
        const decided =
          kind === 'cluster'
            ? apiDecision.allowed &&
              (classifyApiKey(apiKey)!.resources.every((k) => k === 'cluster') ||
                apiKey === ApiKey.InitProducerId ||
                clusterPartAllowed(policy, principal, apiKey))
            : engine.decideResource(principal, apiKey, 0, null, kind, sampleName(acl), apiDecision).allowed;
        if (acl.permission === 'ALLOW' && !decided) pushApi(grouped, acl, `${name} (${check.operation})`);
        if (acl.permission === 'DENY' && decided && !deniedElsewhere(acls, acl))
          pushApi(grouped, acl, `${name} (${check.operation})`);
      }
    }
  }
  for (const { acl, apis } of grouped.values()) {
    const what = `${acl.permission} ${acl.operation} on ${acl.resourceType} ${acl.patternType} '${acl.resourceName}' for ${acl.principal}`;
    c.note(
      acl.permission === 'ALLOW'
        ? {
            kind: 'broader',
            message: `${what} also lets Kafka answer ${apis.join(', ')}, which the policy denies`,
          }
        : { kind: 'narrower', message: `${what} also refuses ${apis.join(', ')}, which the policy allows` },
    );
  }
  // KIP-679: an idempotent producer id is granted to anyone with Write on any topic.
  const writers = new Set(
    acls
      .filter(
        (a) =>
          a.permission === 'ALLOW' &&
          a.resourceType === 'TOPIC' &&
          impliedOperations(a.operation).includes('WRITE'),
      )
      .map((a) => a.principal),
  );
  for (const principal of writers) {
    if (!engine.decideApi(principalOf(principal), 22, 0, null).allowed) {
      c.note({
        kind: 'broader',
        message: `Write on a topic for ${principal} also lets Kafka grant an idempotent InitProducerId (KIP-679), which the policy denies`,
      });
    }
  }
}

function clusterPartAllowed(policy: Policy, principal: string, apiKey: number): boolean {
  const sets = policy.ruleSets.filter((s) => s.principals.some((p) => principalMatches(p, principal)));
  const covers = (r: PolicyRule): boolean =>
    isUnscoped(r) && !r.clientId && !r.apiVersion && coveredKeys(r).some((k) => k.apiKey === apiKey);
  if (sets.some((s) => s.deny.some(covers))) return false;
  return sets.some((s) => s.allow.some(covers));
}

/** True when a narrower DENY is moot because the same principal holds no ALLOW that would grant it. */
function deniedElsewhere(acls: readonly AclBinding[], deny: AclBinding): boolean {
  return !acls.some(
    (a) =>
      a.permission === 'ALLOW' &&
      (a.principal === deny.principal || a.principal === 'User:*') &&
      a.resourceType === deny.resourceType,
  );
}

function pushApi(
  grouped: Map<string, { acl: AclBinding; apis: string[] }>,
  acl: AclBinding,
  api: string,
): void {
  const key = JSON.stringify(acl);
  const entry = grouped.get(key) ?? { acl, apis: [] };
  if (!entry.apis.includes(api)) entry.apis.push(api);
  grouped.set(key, entry);
}

/**
 * The Kafka ACLs equivalent to a policy, with every difference reported in `notes`.
 *
 * Per principal pattern of the policy (`*` becomes `User:*`): each allow rule without clientID or
 * apiVersion conditions becomes ALLOW bindings, one per API key it covers and resource kind Kafka
 * checks there (ACL_CHECKS), on the rule's pattern (LITERAL name, PREFIXED prefix, `*` for rules
 * that name no resource and for groups while the principal names none); each deny rule becomes
 * DENY bindings the same way (conditions dropped, so it denies more). Operations implied by another
 * of the same binding (Describe by Read) are dropped; a full set becomes ALL. Host is always `*`.
 */
export function translatePolicyToAcls(policy: Policy): AclTranslation {
  const c = new Collector();
  identityNotes(policy, c);
  const patterns = [...new Set(policy.ruleSets.flatMap((s) => s.principals))];
  for (const pattern of patterns) {
    const sets = policy.ruleSets.filter((s) => s.principals.includes(pattern));
    const mapped = aclPrincipalOf(pattern);
    if ('unexpressible' in mapped) {
      for (const s of sets) {
        c.note({
          kind: 'not-expressed',
          at: `rules[${s.index}]`,
          line: s.position.line,
          message: mapped.unexpressible,
        });
      }
      continue;
    }
    const namesGroups = sets.some((s) => s.allow.some((r) => r.group !== undefined));
    for (const s of sets) {
      for (const rule of [...s.allow, ...s.deny]) translateRule(rule, mapped.principal, namesGroups, c);
    }
  }
  if (patterns.includes('*') && patterns.some((p) => p !== '*')) {
    c.note({
      kind: 'assumption',
      message:
        "rules for '*' become User:* bindings, which Kafka applies to every principal as the policy does; the policy's default of any group while a principal's allow rules name none is decided per rule set here",
    });
  }
  const acls = c.bindings();
  compareWithPolicy(policy, acls, c);
  return { acls, notes: c.notes };
}

const OPERATION_FLAG: Readonly<Record<AclOperation, string>> = {
  ALL: 'All',
  READ: 'Read',
  WRITE: 'Write',
  CREATE: 'Create',
  DELETE: 'Delete',
  ALTER: 'Alter',
  DESCRIBE: 'Describe',
  CLUSTER_ACTION: 'ClusterAction',
  DESCRIBE_CONFIGS: 'DescribeConfigs',
  ALTER_CONFIGS: 'AlterConfigs',
  IDEMPOTENT_WRITE: 'IdempotentWrite',
};

function shellQuote(text: string): string {
  return /^[A-Za-z0-9._:=,/@+-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}

/**
 * `kafka-acls.sh --add` commands creating the bindings, one per principal, permission and resource
 * pattern (several `--operation` flags each).
 */
export function aclCommands(acls: readonly AclBinding[], bootstrapServer: string): string[] {
  const grouped = new Map<string, AclBinding[]>();
  for (const a of acls) {
    const key = JSON.stringify([a.principal, a.permission, a.resourceType, a.patternType, a.resourceName]);
    grouped.set(key, [...(grouped.get(key) ?? []), a]);
  }
  const lines: string[] = [];
  for (const group of grouped.values()) {
    const a = group[0]!;
    const who = a.permission === 'ALLOW' ? 'allow' : 'deny';
    const resource =
      a.resourceType === 'CLUSTER'
        ? '--cluster'
        : `--${a.resourceType === 'TRANSACTIONAL_ID' ? 'transactional-id' : a.resourceType.toLowerCase()} ${shellQuote(a.resourceName)}`;
    lines.push(
      [
        'kafka-acls.sh',
        `--bootstrap-server ${shellQuote(bootstrapServer)}`,
        '--add',
        `--${who}-principal ${shellQuote(a.principal)}`,
        `--${who}-host '*'`,
        ...group.map((g) => `--operation ${OPERATION_FLAG[g.operation]}`),
        resource,
        ...(a.resourceType === 'CLUSTER' ? [] : [`--resource-pattern-type ${a.patternType.toLowerCase()}`]),
      ].join(' '),
    );
  }
  return lines;
}

/** One line per note, as printed on stderr: `not-expressed rules[0].allow[1] (line 12): ...`. */
export function formatNote(n: TranslationNote): string {
  const where = n.at ? ` ${n.at}${n.line !== undefined ? ` (line ${n.line})` : ''}` : '';
  return `${n.kind}${where}: ${n.message}`;
}
