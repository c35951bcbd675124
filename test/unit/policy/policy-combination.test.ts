// How the policy file, KafkaPolicy objects and Cilium-shaped objects combine
// (src/policy/policy-combination.ts, combined-policy-source.ts): union of allows, any deny wins,
// default deny, identities in order without duplicates, rule ids naming their object.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CombinedPolicySource, type ObjectPart } from '../../../src/policy/combined-policy-source.js';
import { compilePolicy } from '../../../src/policy/engine.js';
import { FILE_ORIGIN, combinePolicies } from '../../../src/policy/policy-combination.js';
import { parsePolicy } from '../../../src/policy/policy-loader.js';
import type { Policy } from '../../../src/policy/policy-model.js';
import { readPolicyObject } from '../../../src/policy/policy-objects.js';
import { PolicyStore, type ReloadOutcome } from '../../../src/policy/policy-store.js';

function policy(text: string): Policy {
  const r = parsePolicy(`apiVersion: kafka-l7-proxy/v1\nkind: KafkaPolicy\n${text}`, 'p.yaml');
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.policy;
}

const FILE = policy(`identities: [{ sasl: {} }]
rules:
  - principal: User:alice
    allow: [{ role: produce, topic: orders }]
  - principal: User:bob
    allow: [{ role: produce, topic: 'audit.*' }]
`);

const OBJECT = policy(`identities: [{ sasl: {} }, { kubernetes: {} }]
rules:
  - principal: User:bob
    allow: [{ role: produce, topic: invoices }]
  - principal: '*'
    deny: [{ topic: audit.secret }]
`);

const NETWORK = readPolicyObject(
  'KafkaNetworkPolicy',
  {
    metadata: { name: 'np', namespace: 'kafka' },
    spec: {
      endpointSelector: { matchLabels: { app: 'kafka' } },
      ingress: [
        {
          fromEndpoints: [{ matchLabels: { app: 'writer' } }],
          toPorts: [{ rules: { kafka: [{ role: 'produce', topic: 'orders' }] } }],
        },
      ],
      ingressDeny: [{ fromEndpoints: [{ matchLabels: { app: 'writer', banned: 'yes' } }] }],
    },
  },
  { brokerLabels: { app: 'kafka', 'io.kubernetes.pod.namespace': 'kafka' } },
);
if (!NETWORK.ok) throw new Error('network policy fixture');

const part = (origin: string, p: Policy, version = '1'): ObjectPart => ({ origin, policy: p, version });

const produce = (p: Policy, principal: string, topic: string, labels?: Record<string, string>) =>
  compilePolicy(p).decide({
    principal,
    clientId: null,
    apiKey: 0,
    apiVersion: 9,
    topics: [topic],
    ...(labels ? { endpoint: { key: JSON.stringify(labels), labels } } : {}),
  });

describe('combining policies from the file and from objects', () => {
  it('keeps a file alone exactly as it is', () => {
    expect(combinePolicies([{ origin: FILE_ORIGIN, policy: FILE }], 'x')).toBe(FILE);
  });

  it('denies everything when there is nothing (default deny, also before any object exists)', () => {
    const none = combinePolicies([], 'kubernetes');
    expect(none.ruleSets).toEqual([]);
    expect(produce(none, 'User:alice', 'orders').allowed).toBe(false);
  });

  it('allows what any part allows (union of allows)', () => {
    const all = combinePolicies(
      [{ origin: FILE_ORIGIN, policy: FILE }, part('KafkaPolicy billing', OBJECT)],
      's',
    );
    expect(produce(all, 'User:alice', 'orders').allowed).toBe(true);
    expect(produce(all, 'User:bob', 'invoices').allowed).toBe(true);
    expect(produce(all, 'User:bob', 'audit.log').allowed).toBe(true);
    expect(produce(all, 'User:alice', 'invoices').allowed).toBe(false);
  });

  it("lets any part's deny win over every part's allow, and names the object in the rule id", () => {
    const all = combinePolicies(
      [part('KafkaPolicy billing', OBJECT), { origin: FILE_ORIGIN, policy: FILE }],
      's',
    );
    const d = produce(all, 'User:bob', 'audit.secret');
    expect(d.allowed).toBe(false);
    expect(d.topics[0]!.rule?.id).toBe('KafkaPolicy billing: rules[1].deny[0]');
    // The file comes first whatever the order given; its ids stay as written.
    expect(produce(all, 'User:alice', 'orders').topics[0]!.rule?.id).toBe('rules[0].allow[0]');
  });

  it('combines a Cilium-shaped object: its ingressDeny wins, its selectors select pods', () => {
    const all = combinePolicies(
      [{ origin: FILE_ORIGIN, policy: FILE }, part('KafkaNetworkPolicy kafka/np', NETWORK.policy)],
      's',
    );
    const writer = { app: 'writer', 'io.kubernetes.pod.namespace': 'kafka' };
    expect(produce(all, 'Pod:kafka/w', 'orders', writer).allowed).toBe(true);
    expect(produce(all, 'Pod:kafka/w', 'orders', { ...writer, banned: 'yes' }).allowed).toBe(false);
    expect(produce(all, 'User:alice', 'orders').allowed).toBe(true);
  });

  it('puts identity sources in order (file, then objects) without duplicates', () => {
    const all = combinePolicies(
      [
        { origin: FILE_ORIGIN, policy: FILE },
        part('KafkaPolicy billing', OBJECT),
        part('KafkaNetworkPolicy kafka/np', NETWORK.policy),
      ],
      's',
    );
    expect(all.identities.map((i) => i.type)).toEqual(['sasl', 'kubernetes']);
    expect(all.identities[1]!.id).toBe('KafkaPolicy billing: identities[1]');
    expect(all.ruleSets.map((s) => s.index)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe('the combined policy source', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('recompiles under a new generation when objects change, not when they are the same versions', () => {
    const source = new CombinedPolicySource(undefined);
    const outcomes: ReloadOutcome[] = [];
    source.onReload((o) => outcomes.push(o));
    expect(source.generation).toBe(1);
    expect(produce(source.current().policy, 'User:bob', 'invoices').allowed).toBe(false);
    expect(source.setObjects([part('KafkaPolicy billing', OBJECT)]).result).toBe('applied');
    expect(source.generation).toBe(2);
    expect(produce(source.current().policy, 'User:bob', 'invoices').allowed).toBe(true);
    expect(source.setObjects([part('KafkaPolicy billing', OBJECT)]).result).toBe('unchanged');
    expect(source.setObjects([]).result).toBe('applied');
    expect(produce(source.current().policy, 'User:bob', 'invoices').allowed).toBe(false);
    expect(outcomes.map((o) => o.result)).toEqual(['applied', 'applied']);
  });

  it('passes a rejected object to its listeners with the object as the source, changing nothing', () => {
    const source = new CombinedPolicySource(undefined);
    const outcomes: ReloadOutcome[] = [];
    source.onReload((o) => outcomes.push(o));
    source.rejected([], 'KafkaPolicy broken');
    expect(outcomes).toEqual([
      { result: 'rejected', generation: 1, errors: [], source: 'KafkaPolicy broken' },
    ]);
    expect(source.stats().reloads.rejected).toBe(1);
  });

  it('recombines when the policy file is reloaded', async () => {
    dir = mkdtempSync(join(tmpdir(), 'combined-'));
    const path = join(dir, 'p.yaml');
    const head = 'apiVersion: kafka-l7-proxy/v1\nkind: KafkaPolicy\nidentities: [{ sasl: {} }]\n';
    writeFileSync(
      path,
      `${head}rules:\n  - principal: User:alice\n    allow: [{ role: produce, topic: orders }]\n`,
    );
    const file = await PolicyStore.open(path);
    const source = new CombinedPolicySource(file);
    source.setObjects([part('KafkaPolicy billing', OBJECT)]);
    expect(produce(source.current().policy, 'User:carol', 'orders').allowed).toBe(false);
    writeFileSync(
      path,
      `${head}rules:\n  - principal: User:carol\n    allow: [{ role: produce, topic: orders }]\n`,
    );
    expect((await file.reload()).result).toBe('applied');
    expect(produce(source.current().policy, 'User:carol', 'orders').allowed).toBe(true);
    expect(produce(source.current().policy, 'User:bob', 'invoices').allowed).toBe(true);
    source.close();
  });
});
