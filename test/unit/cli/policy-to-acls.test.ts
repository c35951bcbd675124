import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'policy-to-acls-'));

describe('kafka-l7-proxy policy to-acls', () => {
  it('prints kafka-acls.sh commands for the payments policy and lists what ACLs say differently on stderr', () => {
    const r = runCli(['policy', 'to-acls', 'policies/payments.yaml', '--bootstrap-server', 'kafka:9092']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      "kafka-acls.sh --bootstrap-server kafka:9092 --add --allow-principal User:payments-api --allow-host '*' --operation Write --topic payments.commands --resource-pattern-type literal",
    );
    expect(r.stdout).toContain(
      "--add --deny-principal User:analytics --deny-host '*' --operation All --topic '*' --resource-pattern-type literal",
    );
    expect(r.stderr).toContain('not-expressed identities[1]: TLS principals from the certificate');
    expect(r.stderr).toContain(
      "broader: ALLOW WRITE on TOPIC LITERAL 'payments.commands' for User:payments-api",
    );
  });

  it('prints JSON with the bindings and the notes, and --strict exits 1 when anything is inexact', () => {
    const file = join(tmp, 'client-id.yaml');
    writeFileSync(
      file,
      `apiVersion: kafka-l7-proxy/v1
kind: KafkaPolicy
rules:
  - principal: User:backend
    allow:
      - { apiKey: produce, topic: orders, clientID: payment-service }
`,
    );
    const r = runCli(['policy', 'to-acls', file, '--format', 'json', '--strict']);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as { acls: unknown[]; notes: Array<{ kind: string; at: string }> };
    expect(out.acls).toEqual([]);
    expect(out.notes).toEqual([
      expect.objectContaining({ kind: 'not-expressed', at: 'rules[0].allow[0]', line: 6 }),
    ]);
    expect(r.stderr).toContain('not-expressed rules[0].allow[0] (line 6)');
    expect(runCli(['policy', 'to-acls', file]).status).toBe(0);
  });

  it('exits 0 under --strict for a policy ACLs express exactly', () => {
    const file = join(tmp, 'exact.yaml');
    writeFileSync(
      file,
      `apiVersion: kafka-l7-proxy/v1
kind: KafkaPolicy
identities: [ { sasl: {} } ]
rules:
  - principal: User:ops
    allow:   # every API key that Describe on the cluster answers
      - { apiKey: describeacls }
      - { apiKey: describelogdirs }
      - { apiKey: listpartitionreassignments }
      - { apiKey: describeuserscramcredentials }
      - { apiKey: describequorum }
`,
    );
    const r = runCli(['policy', 'to-acls', file, '--strict', '--format', 'json']);
    expect(r.stderr).toBe(
      "assumption identities[0]: SASL principals are User:<SASL user name>, as Kafka's default principal builder makes them\n",
    );
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).acls).toEqual([
      {
        principal: 'User:ops',
        host: '*',
        resourceType: 'CLUSTER',
        resourceName: 'kafka-cluster',
        patternType: 'LITERAL',
        operation: 'DESCRIBE',
        permission: 'ALLOW',
      },
    ]);
  });

  it('refuses an unknown format and an invalid policy with exit 2', () => {
    expect(runCli(['policy', 'to-acls', 'policies/payments.yaml', '--format', 'xml']).status).toBe(2);
    const bad = join(tmp, 'bad.yaml');
    writeFileSync(bad, 'apiVersion: nope\n');
    const r = runCli(['policy', 'to-acls', bad]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(bad);
  });
});
