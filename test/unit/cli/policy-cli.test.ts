import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../src/policy/policy-loader.js';
import { runPolicyCommand } from '../../../src/cli/policy-command.js';
import { runCli } from './run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'policy-cli-'));

describe('kafka-l7-proxy policy check', () => {
  it('accepts the example policies and exits 0', () => {
    const r = runCli([
      'policy',
      'check',
      'policies/payments.yaml',
      'policies/cilium-guide-producer-and-consumers.yaml',
      'policies/cilium-guide-backend-client-id.yaml',
    ]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('policies/payments.yaml: valid (3 rule sets, 5 rules, 2 identity sources)');
  });

  it('checks a policy piped on standard input (/dev/stdin is read once)', () => {
    // A shell pipe, as a user types it (Node's own stdio pipes are sockets, which /dev/stdin cannot open).
    const r = spawnSync(
      'sh',
      ['-c', 'cat policies/payments.yaml | node_modules/.bin/tsx src/cli/main.ts policy check /dev/stdin'],
      {
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('/dev/stdin: valid (3 rule sets, 5 rules, 2 identity sources)');
  });

  it('reads Kubernetes policy objects as the watch does, naming the object and field at fault', async () => {
    const file = join(tmp, 'objects.yaml');
    writeFileSync(
      file,
      `apiVersion: kafka-l7-proxy.io/v1
kind: KafkaPolicy
metadata: { name: bad }
spec:
  rules: [{ principal: User:a, allow: [{ apiKey: prodce }] }]
---
apiVersion: kafka-l7-proxy.io/v1
kind: KafkaNetworkPolicy
metadata: { name: payments-kafka, namespace: kafka }
spec:
  endpointSelector: { matchLabels: { app: kafka } }
  ingress:
    - fromEndpoints: [{ matchLabels: { app: payments-api } }]
      toPorts: [{ rules: { kafka: [{ role: produce, topic: payments.commands }] } }]
`,
    );
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l) };
    expect(await runPolicyCommand(['check', file], io)).toBe(1);
    expect(err).toContain(
      `${file}:5:50 KafkaPolicy bad spec.rules[0].allow[0].apiKey: unknown API 'prodce' (did you mean 'produce'?)`,
    );
    expect(out).toEqual([`${file}: KafkaNetworkPolicy kafka/payments-kafka: valid (1 rule sets, 1 rules)`]);
    out.length = 0;
    expect(await runPolicyCommand(['check', 'policies/cilium/cilium-guide.yaml'], io)).toBe(0);
    expect(out).toHaveLength(2);
    expect(out[0]).toContain('CiliumNetworkPolicy fleet-kafka: valid');
  });

  it('prints FILE:LINE:COL field: message for each problem and exits 1', () => {
    const file = join(tmp, 'bad.yaml');
    writeFileSync(
      file,
      `apiVersion: kafka-l7-proxy/v1
kind: KafkaPolicy
rules:
  - principal: User:a
    allow:
      - apiKey: describecluster
        topic: orders
      - apiKey: fetchh
`,
    );
    const r = runCli(['policy', 'check', file]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([
      `${file}:7:9 rules[0].allow[0].topic: DescribeCluster carries no topics; this field could never match`,
      `${file}:8:9 rules[0].allow[1].apiKey: unknown API 'fetchh' (did you mean 'fetch'?)`,
    ]);
  });
});

describe('kafka-l7-proxy policy explain', () => {
  it('names the deciding rule of an allowed role and exits 0', () => {
    const r = runCli([
      'policy',
      'explain',
      '--policy',
      'policies/payments.yaml',
      '--principal',
      'User:payments-api',
      '--api',
      'produce',
      '--topic',
      'payments.commands',
    ]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/ {2}allowed \(\d+\): Metadata, Produce/);
    expect(r.stdout).toContain('by rules[0].allow[0] (line 22): { role: produce, topic: payments.commands }');
    expect(r.stdout).toContain('EndTxn (needs --transactional-id)');
    expect(r.stdout).toContain('verdict: allowed');
  });

  it('explains a denial by API name with the Kafka error code and exits 1', () => {
    const r = runCli([
      'policy',
      'explain',
      '--policy',
      'policies/cilium-guide-backend-client-id.yaml',
      '--principal',
      'User:backend',
      '--api',
      'produce',
      '--topic',
      'orders',
      '--client-id',
      'someone-else',
    ]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      "no allow rule of User:backend covers Produce for client id 'someone-else' (its allow rules rules[0].allow[0], rules[0].allow[1] do not): default deny",
    );
    expect(r.stdout).toContain(
      "not rules[0].allow[0] (line 13): clientID payment-service: not 'someone-else'",
    );
    expect(r.stdout).toContain('not rules[0].allow[1] (line 16): does not cover Produce');
    expect(r.stdout).toContain('verdict: denied');
  });

  it('prints machine-readable decisions with --json', () => {
    const r = runCli([
      'policy',
      'explain',
      '--policy',
      'policies/payments.yaml',
      '--principal',
      'User:analytics',
      '--api',
      'fetch',
      '--topic',
      'payments.events',
      '--json',
    ]);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as {
      allowed: boolean;
      decisions: Array<{ api: { rule: { id: string } } }>;
    };
    expect(out.allowed).toBe(false);
    expect(out.decisions[0]!.api.rule.id).toBe('rules[2].deny[0]');
  });

  it('rejects an unknown API with exit 2', () => {
    const r = runCli([
      'policy',
      'explain',
      '--policy',
      'policies/payments.yaml',
      '--principal',
      'User:a',
      '--api',
      'write',
    ]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("'write' is neither a role (produce, consume) nor a Kafka API");
  });
});

describe('kafka-l7-proxy policy import-cilium', () => {
  it('prints a valid policy on stdout and what it did not carry on stderr', () => {
    const r = runCli([
      'policy',
      'import-cilium',
      'policies/cilium/cilium-guide.yaml',
      '--name',
      'fleet',
      '--principal-label',
      'app',
    ]);
    expect(r.status).toBe(0);
    const parsed = parsePolicy(r.stdout, 'stdout');
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.policy.name).toBe('fleet');
      expect(parsed.policy.ruleSets.map((s) => s.principals[0])).toEqual([
        'User:headquarters',
        'User:outpost-east',
        'User:outpost-west',
        'User:backend',
      ]);
    }
    expect(r.stderr).toContain('not carried over exactly from policies/cilium/cilium-guide.yaml');
    expect(r.stderr).toContain('fleet-kafka spec.endpointSelector app=kafka: imported for every broker');
  });

  it('maps principals from another label with --principal-label', () => {
    const file = join(tmp, 'cnp.yaml');
    writeFileSync(
      file,
      `apiVersion: cilium.io/v2
kind: CiliumNetworkPolicy
metadata: { name: by-sa }
spec:
  endpointSelector: {}
  ingress:
    - fromEndpoints:
        - matchLabels: { 'k8s:io.cilium.k8s.policy.serviceaccount': reporter }
      toPorts:
        - rules:
            kafka:
              - { role: consume, topic: reports }
`,
    );
    const r = runCli([
      'policy',
      'import-cilium',
      file,
      '--principal-label',
      'io.cilium.k8s.policy.serviceaccount',
    ]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('principal: User:reporter');
  });
});

describe('kafka-l7-proxy policy import-cilium --strict', () => {
  it('exits 1 under --strict when something was not carried over, 0 without it, and ends stdout with one newline', () => {
    const file = join(tmp, 'lossy.yaml');
    writeFileSync(
      file,
      `apiVersion: cilium.io/v2
kind: CiliumNetworkPolicy
metadata: { name: lossy, namespace: payments }
spec:
  ingress:
    - fromEndpoints: [{ matchLabels: { app: payments-api } }]
      toPorts: [{ rules: { kafka: [{ role: produce, topic: payments.commands }] } }]
`,
    );
    const lax = runCli(['policy', 'import-cilium', file, '--principal-label', 'app']);
    expect(lax.status).toBe(0);
    expect(lax.stdout.endsWith('topic: payments.commands\n')).toBe(true);
    const strict = runCli(['policy', 'import-cilium', file, '--principal-label', 'app', '--strict']);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toBe(lax.stdout);
    expect(strict.stderr).toContain('k8s:io.kubernetes.pod.namespace=payments: not carried');
    expect(strict.stderr).toContain('--strict: 1 thing(s) not carried over exactly; exit 1');
  });

  it('exits 0 under --strict when everything was carried over', () => {
    const file = join(tmp, 'exact.json');
    writeFileSync(
      file,
      JSON.stringify([
        {
          endpointSelector: { matchLabels: { app: 'kafka' } },
          ingress: [
            {
              fromEndpoints: [{ matchLabels: { app: 'reader' } }],
              toPorts: [{ rules: { kafka: [{ role: 'consume', topic: 'logs' }] } }],
            },
          ],
        },
      ]),
    );
    const r = runCli(['policy', 'import-cilium', file, '--strict']);
    expect(r.stderr).not.toContain('not carried over');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('- kubernetes: {}');
    expect(r.stdout).toContain('app: reader');
    expect(r.stdout.endsWith('\n')).toBe(true);
  });
});

describe('kafka-l7-proxy', () => {
  it('lists its commands and rejects an unknown one with exit 2', () => {
    const r = runCli(['frobnicate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown command 'frobnicate'");
    expect(r.stderr).toMatch(/\n {2}policy +check, explain, suggest and import policy files\n/);
  });

  it('points a policy subcommand typed without its group at the group (suggest: policy suggest)', () => {
    const r = runCli(['suggest', '--from', 'audit.jsonl']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("error: unknown command 'suggest' (did you mean 'policy suggest'?)\n");
  });
});

describe('kafka-l7-proxy policy explain --api <role>', () => {
  const args = (group: string, ...more: string[]) => [
    'explain',
    '--policy',
    'policies/payments.yaml',
    '--principal',
    'User:payments-worker',
    '--api',
    'consume',
    '--topic',
    'payments.commands',
    '--group',
    group,
    ...more,
  ];
  const capture = () => {
    const out: string[] = [];
    return { io: { out: (t: string) => out.push(t), err: () => {} }, out };
  };

  it('summarises the APIs of a role: one line per deciding rule instead of a block per API', async () => {
    const { io, out } = capture();
    expect(await runPolicyCommand(args('payments-worker'), io)).toBe(0);
    const text = out.join('\n');
    expect(text).toContain(
      '  allowed (18): Metadata, Fetch, ListOffsets, OffsetForLeaderEpoch, FindCoordinator',
    );
    expect(text).toContain(
      '      by rules[1].allow[0] (line 27): { role: consume, topic: payments.commands, group: payments-worker }',
    );
    // A transactional consumer's AddOffsetsToTxn and TxnOffsetCommit name its transactional id too.
    expect(text).toContain(
      '  not judged (2): AddOffsetsToTxn (needs --transactional-id), TxnOffsetCommit (needs --transactional-id)',
    );
    expect(text.split('\n').length).toBeLessThan(12);
  });

  it('groups the denied APIs by what denied them, with the near misses once', async () => {
    const { io, out } = capture();
    expect(await runPolicyCommand(args('payments-workers'), io)).toBe(1);
    const text = out.join('\n');
    expect(text).toMatch(/ {2}DENIED \(14\): FindCoordinator, JoinGroup, SyncGroup, Heartbeat, LeaveGroup/);
    expect(text.match(/not rules\[1\]\.allow\[0\]/g)).toHaveLength(1);
  });

  it('shows every API with --verbose', async () => {
    const { io, out } = capture();
    expect(await runPolicyCommand(args('payments-worker', '--verbose'), io)).toBe(0);
    expect(out.join('\n')).toContain('  Heartbeat (key 12): allowed');
  });
});

describe('kafka-l7-proxy policy explain: the API version', () => {
  const run = async (...more: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const args = ['explain', '--policy', 'policies/payments.yaml', '--principal', 'User:payments-api'];
    const status = await runPolicyCommand([...args, ...more], {
      out: (t: string) => out.push(t),
      err: (t: string) => err.push(t),
    });
    return { status, stdout: out.join('\n'), stderr: err.join('\n') };
  };

  it('names the version the explained request uses: the newest, unless --api-version gives one', async () => {
    const newest = await run('--api', 'Produce', '--topic', 'payments.commands');
    expect(newest.status).toBe(0);
    expect(newest.stdout).toContain('API version: 13 (the newest; --api-version N to pick one)');
    const given = await run('--api', 'Produce', '--topic', 'payments.commands', '--api-version', '9');
    expect(given.stdout).toContain('API version: 9\n');
    const role = await run('--api', 'produce', '--topic', 'payments.commands');
    expect(role.stdout).toContain("API version: each API's newest\n");
  });

  it('refuses a version an API does not have, naming its range and, for a role, an API that has it', async () => {
    const api = await run('--api', 'Produce', '--topic', 'payments.commands', '--api-version', '99');
    expect(api.status).toBe(2);
    expect(api.stderr).toBe('policy explain: --api-version 99 is not a version of Produce (3-13)');
    const role = await run('--api', 'produce', '--topic', 'payments.commands', '--api-version', '9');
    expect(role.status).toBe(2);
    expect(role.stderr).toBe(
      'policy explain: --api-version 9 is not a version of ApiVersions (0-4), one of the 9 APIs of role produce; ' +
        'explain one API at that version instead (for example --api Metadata --api-version 9)',
    );
  });
});

describe('kafka-l7-proxy policy explain on a policy that selects pods by labels', () => {
  it('says which rule sets it leaves out (fromEndpoints needs pod labels explain cannot take)', async () => {
    const file = join(tmp, 'pods.yaml');
    writeFileSync(
      file,
      `apiVersion: kafka-l7-proxy/v1
kind: KafkaPolicy
identities: [kubernetes: {}]
rules:
  - fromEndpoints: [{ matchLabels: { app: payments-api } }]
    allow: [{ role: produce, topic: payments.commands }]
  - principal: 'Pod:payments/*'
    fromEndpoints: [{ matchLabels: { app: other } }]
    allow: [{ role: consume, topic: payments.events }]
`,
    );
    const err: string[] = [];
    const out: string[] = [];
    const status = await runPolicyCommand(
      [
        'explain',
        '--policy',
        file,
        '--principal',
        'Pod:payments/payments-api-1',
        '--api',
        'Produce',
        '--topic',
        'payments.commands',
      ],
      { out: (t: string) => out.push(t), err: (t: string) => err.push(t) },
    );
    expect(status).toBe(1);
    expect(err).toEqual([
      'policy explain: note: rules[0] selects pods by labels (fromEndpoints) and does not name Pod:payments/payments-api-1: ' +
        'explain takes no pod labels, so its rules are left out of this verdict (policies/README.md, "CLI")',
    ]);
    expect(out.join('\n')).toContain('verdict: denied');
  });
});
