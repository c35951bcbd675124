// `kafka-l7-proxy policy ...`: check a policy file, explain a decision, import Cilium policies.

import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { classifyApiKey, lookupApi, type ApiClassification } from '../policy/api-classification.js';
import { importCiliumPolicies } from '../policy/cilium-import.js';
import { compilePolicy, type PolicyDecision, type ResourceDecision } from '../policy/engine.js';
import { loadPolicyFile, parsePolicy } from '../policy/policy-loader.js';
import type { Policy } from '../policy/policy-model.js';
import { nearMisses } from '../policy/near-misses.js';
import { isRole, roleGrants, type Role } from '../policy/roles.js';
import { EXIT, type CliIo } from './cli-io.js';
import { runSuggestCommand, SUGGEST_USAGE } from './suggest-command.js';

export const POLICY_USAGE = `Usage:
  kafka-l7-proxy policy check FILE...
      Validate policy files. Exit 0 when all are valid; otherwise prints FILE:LINE:COL field: message
      for every problem and exits 1.

  kafka-l7-proxy policy explain --policy FILE --principal P --api API [--topic T]... [--group G]...
                                [--transactional-id X]... [--client-id C] [--api-version N] [--json]
      Which rule decides a request, and why. --api is a role (produce, consume), meaning every API
      the role covers, or one API by name (fetch, offsets, ListOffsets) or number.
      Exit 0 when everything asked is allowed, 1 when anything is denied, 2 on bad input.

  kafka-l7-proxy policy import-cilium FILE [--principal-label KEY] [--principal-type TYPE] [--name NAME]
                                      [--namespace NS] [--kafka-ports P,...] [--strict]
      Convert CiliumNetworkPolicy / CiliumClusterwideNetworkPolicy objects (YAML or JSON, several
      documents, a List) or a JSON rule list of \`cilium policy import\` into a policy on stdout.
      Clients stay label selectors (fromEndpoints) for the kubernetes (pod) identity source; with
      --principal-label KEY (or --principal-type) a client selected by KEY=value becomes TYPE:value
      (default User) instead. A fromCIDR block becomes Cidr:<block>. --namespace: namespace of a CiliumNetworkPolicy without
      metadata.namespace (default: default). --kafka-ports: the brokers' Kafka ports; port rules
      naming only other ports are skipped. On stderr: what could not be carried over exactly, and
      warnings. --strict: exit 1 when anything could not be carried over.

${SUGGEST_USAGE}`;

export async function runPolicyCommand(args: readonly string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'check':
      return check(rest, io);
    case 'explain':
      return explain(rest, io);
    case 'import-cilium':
      return importCilium(rest, io);
    case 'suggest':
      return runSuggestCommand(rest, io);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      io.out(POLICY_USAGE);
      return sub === undefined ? EXIT.usage : EXIT.ok;
    default:
      io.err(`unknown policy command '${sub}'\n\n${POLICY_USAGE}`);
      return EXIT.usage;
  }
}

function ruleCount(policy: Policy): number {
  return policy.ruleSets.reduce((n, s) => n + s.allow.length + s.deny.length, 0);
}

async function check(files: readonly string[], io: CliIo): Promise<number> {
  if (files.length === 0) {
    io.err('policy check: give at least one FILE');
    return EXIT.usage;
  }
  let failed = false;
  for (const file of files) {
    const result = await loadPolicyFile(file);
    if (result.ok) {
      const p = result.policy;
      io.out(
        `${file}: valid (${p.ruleSets.length} rule sets, ${ruleCount(p)} rules, ${p.identities.length} identity sources)`,
      );
    } else {
      failed = true;
      for (const e of result.errors) io.err(e.toString());
    }
  }
  return failed ? EXIT.negative : EXIT.ok;
}

interface ExplainStep {
  readonly api: ApiClassification;
  readonly decision?: PolicyDecision;
  /** Set when the request cannot be judged without a resource the user did not give. */
  readonly needs?: string;
}

type NamedKind = 'topic' | 'group' | 'transactionalId';
const OPTION_OF: Record<NamedKind, string> = {
  topic: '--topic',
  group: '--group',
  transactionalId: '--transactional-id',
};

// Resources a request of these APIs may leave out (Metadata for all topics, an idempotent rather
// than transactional InitProducerId...). Every other resource kind an API carries is always present,
// so explaining the API without it would answer a question no client asks.
const OPTIONAL_KINDS: Readonly<Record<string, readonly NamedKind[]>> = {
  Produce: ['transactionalId'],
  InitProducerId: ['transactionalId'],
  Metadata: ['topic'],
  OffsetFetch: ['topic'],
  ConsumerGroupHeartbeat: ['topic'],
  ShareGroupHeartbeat: ['topic'],
  StreamsGroupHeartbeat: ['topic'],
  DescribeConfigs: ['topic', 'group'],
  AlterConfigs: ['topic', 'group'],
  IncrementalAlterConfigs: ['topic', 'group'],
};

/** The option a step still needs, or undefined when the given resources suffice. */
function missingOption(
  api: ApiClassification,
  kinds: readonly string[],
  given: Record<NamedKind, readonly string[]>,
): string | undefined {
  const named = (['topic', 'group', 'transactionalId'] as const).filter((k) => kinds.includes(k));
  if (api.name === 'FindCoordinator') {
    // A coordinator lookup names either a group or a transactional id.
    return named.some((k) => given[k].length > 0) ? undefined : named.map((k) => OPTION_OF[k]).join(' or ');
  }
  const optional = OPTIONAL_KINDS[api.name] ?? [];
  const missing = named.filter((k) => !optional.includes(k) && given[k].length === 0);
  return missing.length > 0 ? missing.map((k) => OPTION_OF[k]).join(' and ') : undefined;
}

function describeResource(d: ResourceDecision): string {
  const what =
    d.kind === 'api'
      ? 'API'
      : d.kind === 'transactionalId'
        ? `transactional id '${d.name}'`
        : `${d.kind} '${d.name}'`;
  const rule = d.rule ? `\n      ${d.rule.id} (line ${d.rule.line}): ${d.rule.text}` : '';
  const code = !d.allowed && d.errorCode !== undefined ? ` [error ${d.errorCode}]` : '';
  return `    ${d.allowed ? 'ALLOW' : 'DENY '} ${what}${code}: ${d.reason}${rule}`;
}

async function explain(args: readonly string[], io: CliIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        policy: { type: 'string' },
        principal: { type: 'string' },
        api: { type: 'string' },
        topic: { type: 'string', multiple: true },
        group: { type: 'string', multiple: true },
        'transactional-id': { type: 'string', multiple: true },
        'client-id': { type: 'string' },
        'api-version': { type: 'string' },
        json: { type: 'boolean' },
      },
      allowPositionals: false,
    }));
  } catch (e) {
    io.err(`policy explain: ${(e as Error).message}\n\n${POLICY_USAGE}`);
    return EXIT.usage;
  }
  const missing = (['policy', 'principal', 'api'] as const).filter((k) => values[k] === undefined);
  if (missing.length > 0) {
    io.err(`policy explain: missing ${missing.map((m) => `--${m}`).join(', ')}\n\n${POLICY_USAGE}`);
    return EXIT.usage;
  }
  const loaded = await loadPolicyFile(values.policy!);
  if (!loaded.ok) {
    for (const e of loaded.errors) io.err(e.toString());
    return EXIT.usage;
  }
  const policy = loaded.policy;
  const versioned = policy.ruleSets.some((s) =>
    [...s.allow, ...s.deny].some((r) => r.apiVersion !== undefined),
  );
  if (versioned && values['api-version'] === undefined) {
    io.err('policy explain: this policy has rules with apiVersion; pass --api-version N');
    return EXIT.usage;
  }
  const apiVersion = values['api-version'] === undefined ? 0 : Number(values['api-version']);
  if (!Number.isInteger(apiVersion) || apiVersion < 0) {
    io.err(`policy explain: --api-version '${values['api-version']}' is not a version number`);
    return EXIT.usage;
  }

  const apiArg = values.api!;
  let plan: Array<{ api: ApiClassification; kinds: readonly string[] }>;
  let role: Role | undefined;
  if (isRole(apiArg)) {
    role = apiArg;
    plan = roleGrants(apiArg).map((g) => ({ api: classifyApiKey(g.apiKey)!, kinds: g.kinds }));
  } else {
    const api = lookupApi(apiArg);
    if (!api) {
      io.err(`policy explain: '${apiArg}' is neither a role (produce, consume) nor a Kafka API`);
      return EXIT.usage;
    }
    plan = [{ api, kinds: api.resources }];
  }

  const compiled = compilePolicy(policy);
  const topics = values.topic ?? [];
  const groups = values.group ?? [];
  const transactionalIds = values['transactional-id'] ?? [];
  const clientId = values['client-id'] ?? null;
  const given = { topic: topics, group: groups, transactionalId: transactionalIds };
  const steps: ExplainStep[] = plan.map(({ api, kinds }) => {
    const needs = missingOption(api, kinds, given);
    if (needs) return { api, needs };
    return {
      api,
      decision: compiled.decide({
        principal: values.principal!,
        clientId,
        apiKey: api.apiKey,
        apiVersion,
        ...(kinds.includes('topic') ? { topics } : {}),
        ...(kinds.includes('group') ? { groups } : {}),
        ...(kinds.includes('transactionalId') ? { transactionalIds } : {}),
      }),
    };
  });
  const judged = steps.filter((s) => s.decision !== undefined);
  if (judged.length === 0) {
    io.err(`policy explain: nothing to judge: ${plan[0]!.api.name} needs ${steps[0]!.needs}`);
    return EXIT.usage;
  }
  const allowed = judged.every((s) => s.decision!.allowed);

  if (values.json) {
    io.out(
      JSON.stringify(
        {
          policy: values.policy,
          role,
          allowed,
          decisions: judged.map((s) => s.decision),
          notJudged: steps.filter((s) => s.needs).map((s) => ({ api: s.api.name, needs: s.needs })),
        },
        null,
        2,
      ),
    );
    return allowed ? EXIT.ok : EXIT.negative;
  }
  const lines = [
    `policy:    ${values.policy}`,
    `principal: ${values.principal}   client id: ${clientId ?? '(none)'}   API version: ${apiVersion}`,
    `request:   ${role ? `role ${role} (${plan.length} APIs)` : plan[0]!.api.name}` +
      (topics.length ? `   topics: ${topics.join(', ')}` : '') +
      (groups.length ? `   groups: ${groups.join(', ')}` : '') +
      (transactionalIds.length ? `   transactional ids: ${transactionalIds.join(', ')}` : ''),
    '',
  ];
  for (const { api, decision, needs } of steps) {
    if (!decision) {
      lines.push(`  ${api.name} (key ${api.apiKey}): not judged, needs ${needs}`);
      continue;
    }
    lines.push(`  ${api.name} (key ${api.apiKey}): ${decision.allowed ? 'allowed' : 'DENIED'}`);
    const parts = [...decision.transactionalIds, ...decision.groups, ...decision.topics];
    // The API line says it all when the request names nothing or the API itself is denied.
    const shown = parts.length === 0 || !decision.api.allowed ? [decision.api] : parts;
    for (const p of shown) {
      lines.push(describeResource(p));
      // A default deny has no deciding rule; say why each rule of the principal missed instead.
      if (!p.allowed && !p.rule) {
        for (const miss of nearMisses(policy, values.principal!, api.apiKey, apiVersion, clientId, p.kind)) {
          lines.push(`      not ${miss.rule.id} (line ${miss.rule.position.line}): ${miss.why}`);
        }
      }
    }
  }
  lines.push('', `verdict: ${allowed ? 'allowed' : 'denied'}`);
  io.out(lines.join('\n'));
  return allowed ? EXIT.ok : EXIT.negative;
}

async function importCilium(args: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: {
        'principal-label': { type: 'string' },
        'principal-type': { type: 'string' },
        name: { type: 'string' },
        namespace: { type: 'string' },
        'kafka-ports': { type: 'string' },
        strict: { type: 'boolean' },
      },
      allowPositionals: true,
    });
  } catch (e) {
    io.err(`policy import-cilium: ${(e as Error).message}\n\n${POLICY_USAGE}`);
    return EXIT.usage;
  }
  const [file, extra] = parsed.positionals;
  if (!file || extra !== undefined) {
    io.err(`policy import-cilium: give exactly one FILE\n\n${POLICY_USAGE}`);
    return EXIT.usage;
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    io.err(`${file}: cannot read: ${(e as Error).message}`);
    return EXIT.usage;
  }
  const o = parsed.values;
  let kafkaPorts: number[] | undefined;
  if (o['kafka-ports'] !== undefined) {
    kafkaPorts = o['kafka-ports'].split(',').map((p) => Number(p.trim()));
    if (kafkaPorts.some((p) => !Number.isInteger(p) || p < 1 || p > 65535)) {
      io.err(`policy import-cilium: --kafka-ports takes port numbers separated by commas\n\n${POLICY_USAGE}`);
      return EXIT.usage;
    }
  }
  let result;
  try {
    const principals = o['principal-label'] !== undefined || o['principal-type'] !== undefined;
    result = importCiliumPolicies(text, {
      identity: principals ? 'principals' : 'kubernetes',
      ...(o.namespace ? { namespace: o.namespace } : {}),
      ...(kafkaPorts ? { kafkaPorts } : {}),
      ...(o['principal-label'] ? { principalLabel: o['principal-label'] } : {}),
      ...(o['principal-type'] ? { principalType: o['principal-type'] } : {}),
      ...(o.name ? { name: o.name } : {}),
    });
  } catch (e) {
    io.err(`${file}: ${(e as Error).message}`);
    return EXIT.usage;
  }
  // The output must itself be a valid policy; if not, that is a bug worth a loud failure.
  const check = parsePolicy(result.yaml, '<imported>');
  if (!check.ok) {
    for (const e of check.errors) io.err(`internal: generated policy invalid: ${e.toString()}`);
    return EXIT.negative;
  }
  io.out(result.yaml);
  if (result.notCarried.length > 0) {
    io.err(`not carried over exactly from ${file} (dropped, narrowed or widened):`);
    for (const line of result.notCarried) io.err(`  - ${line}`);
  }
  if (result.warnings.length > 0) {
    io.err(`warnings for ${file}:`);
    for (const line of result.warnings) io.err(`  - ${line}`);
  }
  if (o.strict && result.notCarried.length > 0) {
    io.err(`--strict: ${result.notCarried.length} thing(s) not carried over exactly; exit 1`);
    return EXIT.negative;
  }
  return EXIT.ok;
}
