// Helpers shared by the policy unit tests: load a policy from inline YAML or from policies/.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compilePolicy, type CompiledPolicy, type PolicyDecision } from '../../../src/policy/engine.js';
import { parsePolicy } from '../../../src/policy/policy-loader.js';
import type { Policy } from '../../../src/policy/policy-model.js';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export function policyFromYaml(text: string, source = 'inline.yaml'): Policy {
  const result = parsePolicy(text, source);
  if (!result.ok) throw new Error(result.errors.map((e) => e.toString()).join('\n'));
  return result.policy;
}

/** Rules only: wraps rule-set YAML (indented as a top-level `rules:` list) in a policy document. */
export function compileRules(rulesYaml: string, generation = 1): CompiledPolicy {
  return compilePolicy(
    policyFromYaml(`apiVersion: kafka-l7-proxy/v1\nkind: KafkaPolicy\nrules:\n${rulesYaml}`),
    generation,
  );
}

export function compileExample(name: string): CompiledPolicy {
  const path = `${REPO_ROOT}policies/${name}`;
  return compilePolicy(policyFromYaml(readFileSync(path, 'utf8'), path));
}

/** `topic:payments.commands=allow` lines, for compact assertions on split decisions. */
export function summary(d: PolicyDecision): string[] {
  return [
    `api=${d.api.allowed ? 'allow' : 'deny'}`,
    ...d.transactionalIds.map(
      (r) => `transactionalId:${r.name}=${r.allowed ? 'allow' : `deny(${r.errorCode})`}`,
    ),
    ...d.groups.map((r) => `group:${r.name}=${r.allowed ? 'allow' : `deny(${r.errorCode})`}`),
    ...d.topics.map((r) => `topic:${r.name}=${r.allowed ? 'allow' : `deny(${r.errorCode})`}`),
  ];
}
