import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPolicyFile, parsePolicy } from '../../../src/policy/policy-loader.js';
import { REPO_ROOT } from './policy-fixtures.js';

function errorsOf(text: string): string[] {
  const result = parsePolicy(text, 'p.yaml');
  if (result.ok) throw new Error('expected the policy to be rejected');
  return result.errors.map((e) => e.toString());
}

const HEAD = 'apiVersion: kafka-l7-proxy/v1\nkind: KafkaPolicy\n';

/** Policies the loader rejects, each with every error it must report, in file order. */
const REJECTED: Array<[behaviour: string, text: string, errors: string[]]> = [
  [
    'rejects role together with apiKey at the rule, naming both',
    `${HEAD}rules:
  - principal: User:a
    allow:
      - role: produce
        apiKey: produce
`,
    ['p.yaml:6:9 rules[0].allow[0]: role and apiKey are mutually exclusive'],
  ],
  [
    'rejects an unknown API name with the closest known one',
    `${HEAD}rules:
  - principal: User:a
    allow:
      - apiKey: prodce
`,
    ["p.yaml:6:9 rules[0].allow[0].apiKey: unknown API 'prodce' (did you mean 'produce'?)"],
  ],
  [
    'rejects an unknown field at its key',
    `${HEAD}rules:
  - principal: User:a
    allow:
      - role: produce
        topics: [a]
`,
    ["p.yaml:7:9 rules[0].allow[0].topics: unknown field 'topics' (did you mean 'topic'?)"],
  ],
  [
    'names the closest known field or value for a misspelt one (clientId: clientID, as Cilium spells it)',
    `${HEAD}rules:
  - principal: User:a
    alow:
      - role: produce
  - principal: User:b
    allow:
      - role: prodce
        clientId: app
      - role: write
`,
    [
      "p.yaml:5:5 rules[0].alow: unknown field 'alow' (did you mean 'allow'?)",
      'p.yaml:9:15 rules[1].allow[0].role: must be one of "produce", "consume" (did you mean \'produce\'?)',
      "p.yaml:10:9 rules[1].allow[0].clientId: unknown field 'clientId' (did you mean 'clientID'?)",
      'p.yaml:11:15 rules[1].allow[1].role: must be one of "produce", "consume"',
    ],
  ],
  [
    'reports schema errors and the checks after the schema together, in file order',
    `${HEAD}rules:
  - principal: User:a
    allow:
      - role: produce
        topics: [a]
      - apiKey: fetchh
  - principal: payments-api
    allow:
      - role: consume
        topic: t
        grop: g
`,
    [
      "p.yaml:7:9 rules[0].allow[0].topics: unknown field 'topics' (did you mean 'topic'?)",
      "p.yaml:8:9 rules[0].allow[1].apiKey: unknown API 'fetchh' (did you mean 'fetch'?)",
      "p.yaml:9:16 rules[1].principal: 'payments-api' is not a principal: write Type:name (User:payments-api), a glob (User:team-*) or '*'",
      "p.yaml:13:9 rules[1].allow[0].grop: unknown field 'grop' (did you mean 'group'?)",
    ],
  ],
  [
    'rejects an invalid topic name, a bad role and a bad apiVersion, all at once',
    `${HEAD}rules:
  - principal: User:a
    allow:
      - role: produce
        topic: 'has space'
      - role: write
      - apiKey: fetch
        apiVersion: latest
`,
    [
      'p.yaml:7:16 rules[0].allow[0].topic: must match pattern "^[a-zA-Z0-9._*?-]{1,255}$"',
      'p.yaml:8:15 rules[0].allow[1].role: must be one of "produce", "consume"',
      'p.yaml:10:21 rules[0].allow[2].apiVersion: must match pattern "^[0-9]+(-[0-9]+)?$"',
    ],
  ],
  [
    'rejects a resource field the API or role can never carry',
    `${HEAD}rules:
  - principal: User:a
    allow:
      - apiKey: describecluster
        topic: t
      - role: produce
        group: g
`,
    [
      'p.yaml:7:9 rules[0].allow[0].topic: DescribeCluster carries no topics; this field could never match',
      'p.yaml:9:9 rules[0].allow[1].group: role produce grants no access to groups; this field could never match',
    ],
  ],
  [
    'rejects inter-broker APIs and denies of APIs Kafka never authorizes',
    `${HEAD}rules:
  - principal: User:a
    allow:
      - apiKey: writetxnmarkers
    deny:
      - apiKey: apiversions
`,
    [
      'p.yaml:6:9 rules[0].allow[0].apiKey: WriteTxnMarkers is spoken only between brokers and controllers; clients are never allowed it',
      'p.yaml:8:9 rules[0].deny[0].apiKey: ApiVersions is never authorized (Kafka does not either): a deny rule cannot apply to it',
    ],
  ],
  [
    'rejects a bad regex, a bad CIDR and an unknown template placeholder in identities',
    `${HEAD}identities:
  - tlsCertificate:
      from: san-uri
      match: 'spiffe://(?<name>[a-z'
  - sourceCidr:
      cidr: 10.0.1.5/24
      principal: User:analytics
  - sasl:
      principal: 'User:\${name}'
rules: []
`,
    [
      'p.yaml:6:7 identities[0].tlsCertificate.match: invalid regular expression: Invalid regular expression: /^(?:spiffe://(?<name>[a-z)$/u: Unterminated character class',
      "p.yaml:8:13 identities[1].sourceCidr.cidr: '10.0.1.5/24' has host bits set after /24",
      'p.yaml:11:7 identities[2].sasl.principal: principal template uses ${name}, but only ${user} can be used here',
    ],
  ],
  [
    'rejects an identity entry with two sources',
    `${HEAD}identities:
  - sasl: {}
    static: { principal: 'User:x' }
rules: []
`,
    ['p.yaml:4:5 identities[0]: must have exactly one of sasl, tlsCertificate, sourceCidr, static'],
  ],
  [
    'rejects a rule set without principal, and a principal without a type',
    `${HEAD}rules:
  - allow: [{}]
  - principal: payments
    allow: [{}]
`,
    [
      'p.yaml:4:5 rules[0]: a rule set needs principal, principals or fromEndpoints',
      "p.yaml:5:16 rules[1].principal: 'payments' is not a principal: write Type:name (User:payments-api), a glob (User:team-*) or '*'",
    ],
  ],
  [
    'rejects a rule set giving both principal and principals',
    `${HEAD}rules:\n  - principal: User:a\n    principals: [User:b]\n    allow: [{}]\n`,
    ['p.yaml:4:5 rules[0]: give either principal or principals, not both'],
  ],
];

describe('policy loader', () => {
  it('accepts every example in policies/', async () => {
    const files = readdirSync(`${REPO_ROOT}policies`).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const f of files) {
      const result = await loadPolicyFile(`${REPO_ROOT}policies/${f}`);
      expect(result.ok ? [] : result.errors.map(String), f).toEqual([]);
    }
  });

  for (const [behaviour, text, errors] of REJECTED) {
    it(behaviour, () => {
      expect(errorsOf(text)).toEqual(errors);
    });
  }

  it('rejects YAML syntax errors and duplicate keys with their position', () => {
    expect(errorsOf(`${HEAD}rules:\n  - principal: User:a\n    principal: User:b\n`)).toEqual([
      'p.yaml:5:5 YAML: Map keys must be unique',
    ]);
    expect(errorsOf(`${HEAD}rules: [\n`)[0]).toMatch(/^p\.yaml:\d+:\d+ YAML: /);
  });

  it('rejects a wrong apiVersion or kind, and a missing rules list', () => {
    expect(errorsOf('apiVersion: v2\nkind: KafkaPolicy\n')).toEqual([
      "p.yaml:1:1 missing required field 'rules'",
      'p.yaml:1:13 apiVersion: must be "kafka-l7-proxy/v1"',
    ]);
  });

  it('reports a file it cannot read as an error, not an exception', async () => {
    const result = await loadPolicyFile('/nonexistent/policy.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors[0]!.toString()).toMatch(/^\/nonexistent\/policy\.yaml:1:1 cannot read: /);
  });

  it('compiles identities in file order with defaults', () => {
    const result = parsePolicy(
      `${HEAD}identities:
  - sasl: { mechanisms: [SCRAM-SHA-512] }
  - tlsCertificate: { from: subject-cn }
  - sourceCidr: { cidrs: [10.0.0.0/8, 'fd00::/8'], principal: 'User:internal' }
  - static: { principal: 'User:sidecar', listeners: [local] }
rules: []
`,
      'p.yaml',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.policy.identities.map((s) => [s.id, s.type, s.principal])).toEqual([
      ['identities[0]', 'sasl', 'User:${user}'],
      ['identities[1]', 'tlsCertificate', 'User:${value}'],
      ['identities[2]', 'sourceCidr', 'User:internal'],
      ['identities[3]', 'static', 'User:sidecar'],
    ]);
  });
});
