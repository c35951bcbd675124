// The small world the differential harness draws requests from: topics, groups and transactional
// ids that the policy allows, denies or that do not exist (with case variants), the principals
// that send them, and the policy itself, written in the shape of ACLs so that `policy to-acls`
// translates it exactly (the harness checks that it does).

import { ACL_CHECKS, impliedOperations, type AclOperation } from '../../src/policy/acl-translation.js';
import { classifyApiKey } from '../../src/policy/api-classification.js';

/** Topics created on both clusters, with their partition counts; `allowed` and `secret` hold records. */
export const TOPICS: Readonly<Record<string, number>> = { allowed: 3, secret: 3, 'pub.x': 1 };
/** Every topic name requests use: existing ones, a missing one, case variants. */
export const TOPIC_NAMES = ['allowed', 'secret', 'pub.x', 'missing', 'Allowed', 'SECRET', 'pub'] as const;
export const GROUPS = ['g1', 'g2', 'G1'] as const;
export const TRANSACTIONAL_IDS = ['tx1', 'tx2', 'TX1'] as const;
/** SCRAM users; each is `User:<name>` to the policy and to StandardAuthorizer. */
export const PRINCIPALS = ['app', 'admin', 'nobody'] as const;
export type PrincipalName = (typeof PRINCIPALS)[number];
/** A topic ID that names no topic on either cluster. */
export const UNKNOWN_TOPIC_ID = 'AAAAAAAAAAAAAAAAAAAAAQ';

type Kind = 'topic' | 'group' | 'transactionalId';
/** One grant of the universe: operations on resources of one kind matching a name pattern. */
export interface Grant {
  readonly kind: Kind;
  /** A policy name pattern: exact, `prefix*`, or `*`. */
  readonly name: string;
  readonly ops: readonly AclOperation[];
}

/**
 * What each principal may do, as ACL grants: `app` reads and writes `allowed`, describes `pub.*`,
 * reads group `g1` and writes transactional id `tx1`; `admin` reads every topic and group; `nobody`
 * holds nothing.
 */
export const GRANTS: Readonly<Record<PrincipalName, readonly Grant[]>> = {
  app: [
    { kind: 'topic', name: 'allowed', ops: ['READ', 'WRITE'] },
    { kind: 'topic', name: 'pub.*', ops: ['DESCRIBE'] },
    { kind: 'group', name: 'g1', ops: ['READ'] },
    { kind: 'transactionalId', name: 'tx1', ops: ['WRITE'] },
  ],
  admin: [
    { kind: 'topic', name: '*', ops: ['READ'] },
    { kind: 'group', name: '*', ops: ['READ'] },
  ],
  nobody: [],
};

/** Whether a grant's name pattern (exact, `prefix*` or `*`) covers a resource name. */
export function patternCovers(pattern: string, name: string): boolean {
  if (pattern === '*') return true;
  return pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : pattern === name;
}

/**
 * Whether the universe's grants let `principal` perform `operation` on topic `topic`, directly or
 * through an operation that implies it (Kafka's implication: READ, WRITE, DELETE and ALTER imply
 * DESCRIBE), as StandardAuthorizer with the translated ACLs decides it.
 */
export function topicOperationAllowed(
  principal: PrincipalName,
  operation: AclOperation,
  topic: string,
  grants: Readonly<Record<PrincipalName, readonly Grant[]>> = GRANTS,
): boolean {
  return grants[principal].some(
    (g) =>
      g.kind === 'topic' &&
      patternCovers(g.name, topic) &&
      g.ops.some((op) => impliedOperations(op).includes(operation)),
  );
}

/**
 * The policy: for every grant, one rule per API key on which Kafka checks an operation the grant
 * implies (ACL_CHECKS), naming the resource. A policy in this shape allows exactly what the
 * translated ACLs allow.
 */
export function differentialPolicyYaml(
  grants: Readonly<Record<PrincipalName, readonly Grant[]>> = GRANTS,
): string {
  const lines = [
    'apiVersion: kafka-l7-proxy/v1',
    'kind: KafkaPolicy',
    'identities:',
    '  - sasl: {}',
    'rules:',
  ];
  for (const principal of PRINCIPALS) {
    const rules: string[] = [];
    for (const grant of grants[principal]) {
      for (const [apiKey, checks] of ACL_CHECKS) {
        const c = classifyApiKey(apiKey)!;
        if (!c.resources.includes(grant.kind)) continue;
        const granted = checks.some(
          (check) =>
            check.kind === grant.kind &&
            grant.ops.some((op) => impliedOperations(op).includes(check.operation)),
        );
        if (granted) rules.push(`      - { apiKey: ${c.name}, ${grant.kind}: '${grant.name}' }`);
      }
    }
    lines.push(`  - principal: User:${principal}`);
    lines.push(rules.length > 0 ? `    allow:\n${rules.join('\n')}` : '    allow: []');
  }
  return lines.join('\n') + '\n';
}

/**
 * The grant the reload sequence gives and takes back (sequences.ts): `app` may read `secret` for a
 * while, through a policy reload on the proxy side and a CreateAcls/DeleteAcls on the reference.
 */
export const REVOCABLE_GRANT: { readonly principal: PrincipalName; readonly grant: Grant } = {
  principal: 'app',
  grant: { kind: 'topic', name: 'secret', ops: ['READ'] },
};

/** The universe's grants with the revocable grant added. */
export function grantsWithRevocable(): Readonly<Record<PrincipalName, readonly Grant[]>> {
  return {
    ...GRANTS,
    [REVOCABLE_GRANT.principal]: [...GRANTS[REVOCABLE_GRANT.principal], REVOCABLE_GRANT.grant],
  };
}
