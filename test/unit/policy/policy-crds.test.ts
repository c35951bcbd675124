// The chart's CRDs are generated from policies/policy.schema.json (npm run crds) and are structural
// schemas the API server accepts; the integration test installs them in a real kube-apiserver.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { CHART_CRD_DIR, crdFiles, structuralSchema } from '../../../src/policy/policy-crds.js';

const schema = JSON.parse(readFileSync('policies/policy.schema.json', 'utf8')) as Record<string, unknown>;
const generated = crdFiles(schema, (v) => stringify(v, { lineWidth: 0 }));

type Node = Record<string, unknown>;

/** Every schema node, with its path. */
function* nodes(node: unknown, path = ''): Generator<[string, Node]> {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return;
  const n = node as Node;
  yield [path, n];
  for (const [k, v] of Object.entries((n.properties as Node) ?? {})) yield* nodes(v, `${path}.${k}`);
  if (n.items) yield* nodes(n.items, `${path}[]`);
  if (typeof n.additionalProperties === 'object') yield* nodes(n.additionalProperties, `${path}{}`);
}

function specSchemaOf(plural: string): Node {
  const crd = parse(readFileSync(join(CHART_CRD_DIR, `${plural}.yaml`), 'utf8')) as Node;
  const version = ((crd.spec as Node).versions as Node[])[0]!;
  return ((version.schema as Node).openAPIV3Schema as Node).properties as Node;
}

describe('policy CRDs', () => {
  it('in the chart are the ones generated from the policy schema (stale: npm run crds)', () => {
    const onDisk = readdirSync(CHART_CRD_DIR).sort();
    expect(onDisk).toEqual([...generated.keys()].sort());
    for (const [name, text] of generated)
      expect(readFileSync(join(CHART_CRD_DIR, name), 'utf8'), `stale: npm run crds (${name})`).toBe(text);
  });

  it('are structural: every node typed, no $ref, const, type lists or if/then/else', () => {
    for (const name of generated.keys()) {
      const text = readFileSync(join(CHART_CRD_DIR, name), 'utf8');
      expect(text).not.toMatch(/\$ref|\bconst:|\bif:|\bthen:|additionalProperties: false/);
      const crd = parse(text) as Node;
      const root = (((crd.spec as Node).versions as Node[])[0]!.schema as Node).openAPIV3Schema;
      for (const [path, n] of nodes(root)) {
        const typed =
          typeof n.type === 'string' ||
          n['x-kubernetes-int-or-string'] === true ||
          n['x-kubernetes-preserve-unknown-fields'] === true;
        expect(typed, `${name} ${path} has no type`).toBe(true);
      }
    }
  });

  it('check a KafkaPolicy spec as the policy schema does (payments.yaml passes, a bad role does not)', () => {
    const spec = specSchemaOf('kafkapolicies').spec as Node;
    // OpenAPI's extensions are unknown keywords to ajv; the rest is JSON Schema.
    const ajv = new Ajv({ strict: false });
    const validate = ajv.compile(spec);
    const payments = parse(readFileSync('policies/payments.yaml', 'utf8')) as Node;
    const { identities, rules } = payments;
    expect(validate({ identities, rules }), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ rules: [{ principal: 'User:a', allow: [{ role: 'write' }] }] })).toBe(false);
    expect(validate({ rules: [{ principal: 'User:a', principals: ['User:b'], allow: [{}] }] })).toBe(false);
    expect(validate({ identities: [] })).toBe(false);
  });

  it('turn type lists into int-or-string and const into a one-value enum', () => {
    const out = structuralSchema(
      { type: 'object', properties: { a: { type: ['string', 'integer'], minimum: 0 }, b: { const: 'x' } } },
      {},
    );
    expect(out).toEqual({
      type: 'object',
      properties: { a: { 'x-kubernetes-int-or-string': true }, b: { enum: ['x'], type: 'string' } },
    });
  });

  it('keep Cilium specs as written in KafkaNetworkPolicy (unknown fields preserved)', () => {
    for (const plural of ['kafkanetworkpolicies', 'kafkaclusterwidenetworkpolicies']) {
      const props = specSchemaOf(plural);
      expect((props.spec as Node)['x-kubernetes-preserve-unknown-fields']).toBe(true);
      expect(((props.specs as Node).items as Node)['x-kubernetes-preserve-unknown-fields']).toBe(true);
    }
  });
});
