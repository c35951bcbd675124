import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ACL_CHECKS,
  aclCommands,
  impliedOperations,
  translatePolicyToAcls,
  type AclBinding,
  type AclOperation,
  type AclResourceType,
} from '../../../src/policy/acl-translation.js';
import { classifyApiKey } from '../../../src/policy/api-classification.js';
import { compilePolicy } from '../../../src/policy/engine.js';
import { REPO_ROOT, policyFromYaml } from './policy-fixtures.js';

const policy = (rules: string, identities = '  - sasl: {}\n'): ReturnType<typeof policyFromYaml> =>
  policyFromYaml(
    `apiVersion: kafka-l7-proxy/v1\nkind: KafkaPolicy\nidentities:\n${identities}rules:\n${rules}`,
  );

const brief = (a: AclBinding): string =>
  `${a.permission} ${a.principal} ${a.operation} ${a.resourceType} ${a.patternType} ${a.resourceName}`;

/** StandardAuthorizer's decision for one operation on one resource (DENY wins, ALLOW implies). */
function aclAllows(
  acls: readonly AclBinding[],
  principal: string,
  type: AclResourceType,
  name: string,
  op: AclOperation,
): boolean {
  const matching = acls.filter(
    (a) =>
      (a.principal === principal || a.principal === 'User:*') &&
      a.resourceType === type &&
      (a.patternType === 'PREFIXED'
        ? name.startsWith(a.resourceName)
        : a.resourceName === '*' || a.resourceName === name),
  );
  if (matching.some((a) => a.permission === 'DENY' && (a.operation === 'ALL' || a.operation === op)))
    return false;
  return matching.some((a) => a.permission === 'ALLOW' && impliedOperations(a.operation).includes(op));
}

describe('policy to ACLs', () => {
  it('translates the payments policy into Write, Read and the group, with IdempotentWrite for producers', () => {
    const t = translatePolicyToAcls(
      policyFromYaml(
        `apiVersion: kafka-l7-proxy/v1
kind: KafkaPolicy
identities: [ { sasl: {} } ]
rules:
  - principal: User:payments-api
    allow: [ { role: produce, topic: payments.commands } ]
  - principal: User:payments-worker
    allow:
      - { role: consume, topic: payments.commands, group: payments-worker }
      - { role: produce, topic: payments.events }
`,
      ),
    );
    expect(t.acls.map(brief)).toEqual([
      'ALLOW User:payments-api IDEMPOTENT_WRITE CLUSTER LITERAL kafka-cluster',
      'ALLOW User:payments-api WRITE TOPIC LITERAL payments.commands',
      'ALLOW User:payments-worker IDEMPOTENT_WRITE CLUSTER LITERAL kafka-cluster',
      'ALLOW User:payments-worker READ GROUP LITERAL payments-worker',
      'ALLOW User:payments-worker READ TOPIC LITERAL payments.commands',
      'ALLOW User:payments-worker WRITE TOPIC LITERAL payments.events',
    ]);
    // Write implies Describe, so ACLs also answer ListOffsets for the producer: reported, not hidden.
    const broader = t.notes.filter((n) => n.kind === 'broader').map((n) => n.message);
    expect(broader.join('\n')).toContain(
      "ALLOW WRITE on TOPIC LITERAL 'payments.commands' for User:payments-api also lets Kafka answer ListOffsets (DESCRIBE)",
    );
    expect(t.notes.find((n) => n.kind === 'assumption')?.message).toContain('User:<SASL user name>');
  });

  it('maps prefixes and trailing-star globs to PREFIXED, * to LITERAL *, and reports other globs', () => {
    const t = translatePolicyToAcls(
      policy(`  - principal: User:a
    allow:
      - { apiKey: fetch, topicPrefix: logs. }
      - { apiKey: fetch, topic: 'metrics.*' }
      - { apiKey: fetch, topic: 'a?c' }
      - { apiKey: joingroup, group: '*' }
`),
    );
    expect(t.acls.map(brief)).toEqual([
      'ALLOW User:a READ GROUP LITERAL *',
      'ALLOW User:a READ TOPIC PREFIXED logs.',
      'ALLOW User:a READ TOPIC PREFIXED metrics.',
    ]);
    const notExpressed = t.notes.filter((n) => n.kind === 'not-expressed');
    expect(notExpressed).toHaveLength(1);
    expect(notExpressed[0]).toMatchObject({ at: 'rules[0].allow[2]', line: 10 });
    expect(notExpressed[0]!.message).toContain("glob 'a?c' is neither a literal name nor a prefix");
  });

  it('leaves out allow rules with clientID or apiVersion and applies such deny rules everywhere, saying so', () => {
    const t = translatePolicyToAcls(
      policy(`  - principal: User:a
    allow:
      - { apiKey: produce, topic: t, clientID: svc }
      - { apiKey: fetch, topic: t }
    deny:
      - { apiKey: fetch, topic: t, apiVersion: '4-11' }
`),
    );
    expect(t.acls.map(brief)).toEqual([
      'ALLOW User:a READ TOPIC LITERAL t',
      'DENY User:a READ TOPIC LITERAL t',
    ]);
    const messages = t.notes.filter((n) => n.kind === 'not-expressed').map((n) => `${n.at}: ${n.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/^rules\[0\]\.allow\[0\]: .*cannot test clientID; the rule is left out/),
      expect.stringMatching(
        /^rules\[0\]\.deny\[0\]: .*cannot test apiVersion; the deny is applied to every version/,
      ),
    ]);
  });

  it('reports glob principals, CIDR and static identities and SAN-based certificates as not expressed', () => {
    const t = translatePolicyToAcls(
      policy(
        `  - principal: 'User:team-*'
    allow: [ { apiKey: fetch, topic: t } ]
  - principal: '*'
    allow: [ { apiKey: metadata, topic: t } ]
`,
        `  - tlsCertificate: { from: san-dns }
  - sourceCidr: { cidr: 10.0.0.0/8, principal: User:net }
  - static: { principal: User:side }
  - tlsCertificate: { from: subject }
`,
      ),
    );
    expect(t.acls.map(brief)).toEqual(['ALLOW User:* DESCRIBE TOPIC LITERAL t']);
    const text = t.notes.map((n) => `${n.kind} ${n.at ?? ''}: ${n.message}`).join('\n');
    expect(text).toContain("not-expressed rules[0]: principal pattern 'User:team-*'");
    expect(text).toContain('not-expressed identities[0]: TLS principals from the certificate');
    expect(text).toContain('not-expressed identities[1]: principal User:net from source addresses');
    expect(text).toContain('not-expressed identities[2]: static principal User:side');
    expect(text).toContain('assumption identities[3]: TLS principals are User:<subject DN>');
  });

  it('turns an unscoped deny into DENY ALL on every resource type', () => {
    const t = translatePolicyToAcls(policy(`  - principal: User:x\n    deny: [ {} ]\n`));
    const denies = t.acls.filter((a) => a.operation === 'ALL').map(brief);
    expect(denies).toEqual([
      'DENY User:x ALL GROUP LITERAL *',
      'DENY User:x ALL TOPIC LITERAL *',
      'DENY User:x ALL TRANSACTIONAL_ID LITERAL *',
    ]);
  });

  it('is exact when it reports nothing: StandardAuthorizer over the ACLs decides every API key like the engine', () => {
    // A policy shaped like ACLs: for each operation granted, every API key Kafka checks it on.
    const grant = (type: 'topic' | 'group' | 'transactionalId', name: string, ops: AclOperation[]): string =>
      [...ACL_CHECKS]
        .flatMap(([apiKey, checks]) =>
          checks
            .filter((c) => c.kind === type && classifyApiKey(apiKey)!.resources.includes(type))
            .filter((c) => ops.some((op) => impliedOperations(op).includes(c.operation)))
            .map(() => `      - { apiKey: ${classifyApiKey(apiKey)!.name}, ${type}: '${name}' }`),
        )
        .join('\n');
    const p = policy(`  - principal: User:app
    allow:
${grant('topic', 'allowed', ['READ', 'WRITE'])}
${grant('topic', 'pub.*', ['DESCRIBE'])}
${grant('group', 'g1', ['READ'])}
${grant('transactionalId', 'tx1', ['WRITE'])}
    deny:
      - { topic: 'pub.secret' }
`);
    const t = translatePolicyToAcls(p);
    expect(t.notes.filter((n) => n.kind !== 'assumption')).toEqual([]);
    const engine = compilePolicy(p, 0);
    const names = {
      topic: ['allowed', 'Allowed', 'secret', 'pub.x', 'pub', 'pub.secret', 'x'],
      group: ['g1', 'G1', 'g2'],
      transactionalId: ['tx1', 'tx2'],
    };
    let compared = 0;
    for (const [apiKey, checks] of ACL_CHECKS) {
      for (const check of checks) {
        if (check.kind === 'cluster' || !classifyApiKey(apiKey)!.resources.includes(check.kind)) continue;
        for (const name of names[check.kind]) {
          const expected = engine.decideResource('User:app', apiKey, 0, null, check.kind, name).allowed;
          const type =
            check.kind === 'transactionalId'
              ? 'TRANSACTIONAL_ID'
              : check.kind === 'group'
                ? 'GROUP'
                : 'TOPIC';
          expect([
            apiKey,
            check.kind,
            name,
            aclAllows(t.acls, 'User:app', type, name, check.operation),
          ]).toEqual([apiKey, check.kind, name, expected]);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(200);
  });

  it('prints one kafka-acls.sh command per principal and resource pattern, quoting what the shell would expand', () => {
    const lines = aclCommands(
      [
        {
          principal: 'User:a',
          host: '*',
          resourceType: 'TOPIC',
          resourceName: '*',
          patternType: 'LITERAL',
          operation: 'READ',
          permission: 'ALLOW',
        },
        {
          principal: 'User:a',
          host: '*',
          resourceType: 'TOPIC',
          resourceName: '*',
          patternType: 'LITERAL',
          operation: 'WRITE',
          permission: 'ALLOW',
        },
        {
          principal: 'User:a',
          host: '*',
          resourceType: 'CLUSTER',
          resourceName: 'kafka-cluster',
          patternType: 'LITERAL',
          operation: 'IDEMPOTENT_WRITE',
          permission: 'DENY',
        },
      ],
      'broker:9092',
    );
    expect(lines).toEqual([
      "kafka-acls.sh --bootstrap-server broker:9092 --add --allow-principal User:a --allow-host '*' --operation Read --operation Write --topic '*' --resource-pattern-type literal",
      "kafka-acls.sh --bootstrap-server broker:9092 --add --deny-principal User:a --deny-host '*' --operation IdempotentWrite --cluster",
    ]);
  });
});

describe('docs/acl-translation.md', () => {
  it('lists exactly the operations of ACL_CHECKS', () => {
    const doc = readFileSync(`${REPO_ROOT}docs/acl-translation.md`, 'utf8');
    const rows = [...doc.matchAll(/^\| (\w+) \((\d+)\) \| (.+) \|$/gm)].map((m) => [Number(m[2]), m[3]]);
    const kindName = {
      topic: 'Topic',
      group: 'Group',
      transactionalId: 'TransactionalId',
      cluster: 'Cluster',
    };
    expect(rows).toEqual(
      [...ACL_CHECKS].map(([k, checks]) => [
        k,
        checks.map((c) => `${kindName[c.kind]} ${c.operation}`).join(', '),
      ]),
    );
  });
});
