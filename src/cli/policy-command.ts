// `kafka-l7-proxy policy ...`: check a policy file, explain a decision, import Cilium policies.

import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { LineCounter, parseAllDocuments, type Document } from 'yaml';
import { classifyApiKey, lookupApi, type ApiClassification } from '../policy/api-classification.js';
import { aclCommands, formatNote, translatePolicyToAcls } from '../policy/acl-translation.js';
import { importCiliumPolicies } from '../policy/cilium-import.js';
import {
  compilePolicy,
  principalMatches,
  type PolicyDecision,
  type ResourceDecision,
} from '../policy/engine.js';
import { PolicyError } from '../policy/policy-error.js';
import { loadPolicyFile, parsePolicy } from '../policy/policy-loader.js';
import { policyObjectKind, readPolicyObject, type PolicyObject } from '../policy/policy-objects.js';
import type { Policy } from '../policy/policy-model.js';
import { apiKeyInfo } from '../../protocol/generated/api-keys.js';
import { explainThroughFilter } from '../enforcement/explain-request.js';
import { explainApi, explainedKinds } from '../policy/explain.js';
import { nearMisses } from '../policy/near-misses.js';
import { isRole, roleGrants, type Role } from '../policy/roles.js';
import { YamlLocator, type Segment } from '../yaml-locator.js';
import { EXIT, type CliIo } from './cli-io.js';
import { runSubcommand, type CommandContext } from './cli-program.js';
import { installSuggestCommand } from './suggest-command.js';

/** Runs `kafka-l7-proxy policy ...args` (tests and wrappers; the binary goes through main). */
export function runPolicyCommand(args: readonly string[], io: CliIo): Promise<number> {
  return runSubcommand(installPolicyCommand, 'policy', args, io);
}

/** Adds `policy` and its subcommands to the binary's command tree. */
export function installPolicyCommand(parent: Command, ctx: CommandContext): void {
  const policy = parent
    .command('policy')
    .summary('check, explain, suggest and import policy files')
    .description(
      'Check, explain, suggest and import policy files, and translate them to Kafka ACLs (policies/README.md).',
    );
  const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

  policy
    .command('check')
    .summary('validate policy files')
    .description(
      'Validate policy files. Exit 0 when all are valid; otherwise prints FILE:LINE:COL field: message\n' +
        'for every problem and exits 1. A file of Kubernetes manifests (KafkaPolicy, KafkaNetworkPolicy,\n' +
        'KafkaClusterwideNetworkPolicy of kafka-l7-proxy.io/v1; cilium.io/v2 network policies) is read as the\n' +
        "proxy's watch reads those objects, and each problem printed as FILE: OBJECT field: message.",
    )
    .argument('<file...>', 'policy files')
    .action(async (files: string[]) => {
      ctx.exit.value = await check(files, ctx.io);
    });

  policy
    .command('explain')
    .summary('which rule decides a request, and why')
    .description(
      'Which rule decides a request, and why. --api is a role (produce, consume), meaning every API\n' +
        'the role covers (summarised: one line per verdict; --verbose for every API), or one API by name\n' +
        '(fetch, offsets, ListOffsets) or number.\n' +
        'Exit 0 when everything asked is allowed, 1 when anything is denied, 2 on bad input.',
    )
    .requiredOption('--policy <file>', 'policy file')
    .requiredOption('--principal <principal>', 'e.g. User:alice')
    .requiredOption('--api <api>', 'a role (produce, consume) or an API name or key')
    .option('--topic <topic>', 'a topic the request names (repeatable)', collect)
    .option('--group <group>', 'a group the request names (repeatable)', collect)
    .option('--transactional-id <id>', 'a transactional id the request names (repeatable)', collect)
    .option('--client-id <id>', 'the client id of the request')
    .option('--api-version <n>', 'the API version (needed when rules name apiVersion)')
    .option('--json', 'machine-readable decisions')
    .option('--verbose', 'with a role: one block per API instead of the summary')
    .action(async (options: ExplainOptions) => {
      ctx.exit.value = await explain(options, ctx.io);
    });

  policy
    .command('import-cilium')
    .summary('convert CiliumNetworkPolicy YAML into a policy')
    .description(
      'Convert CiliumNetworkPolicy / CiliumClusterwideNetworkPolicy objects (YAML or JSON, several\n' +
        'documents, a List) or a JSON rule list of `cilium policy import` into a policy on stdout.\n' +
        'Clients stay label selectors (fromEndpoints) for the kubernetes (pod) identity source; with\n' +
        '--principal-label KEY (or --principal-type) a client selected by KEY=value becomes TYPE:value\n' +
        '(default User) instead. A fromCIDR block becomes Cidr:<block>. On stderr: what could not be\n' +
        'carried over exactly, and warnings.',
    )
    .argument('<file>', 'Cilium policy YAML or JSON')
    .option('--principal-label <key>', 'name clients by this label instead of keeping selectors (e.g. app)')
    .option('--principal-type <type>', 'the principal type (default User)')
    .option('--name <name>', 'the name of the generated policy')
    .option(
      '--namespace <ns>',
      'namespace of a CiliumNetworkPolicy without metadata.namespace (default: default)',
    )
    .option(
      '--kafka-ports <ports>',
      "the brokers' Kafka ports (P,...); port rules naming only other ports are skipped",
    )
    .option('--strict', 'exit 1 when anything could not be carried over exactly')
    .action(async (file: string, options: ImportOptions) => {
      ctx.exit.value = await importCilium(file, options, ctx.io);
    });

  policy
    .command('to-acls')
    .summary('the Kafka ACLs equivalent to a policy')
    .description(
      'The Kafka ACLs (StandardAuthorizer) that allow and deny what the policy does: kafka-acls.sh\n' +
        'commands (default) or JSON. What ACLs cannot say (clientID and apiVersion conditions, globs\n' +
        'other than a prefix, principals from CIDRs or certificate SANs) and every API the ACLs answer\n' +
        'differently are listed on stderr and in the JSON, never dropped.\n' +
        'Exit 0; 1 with --strict when anything could not be expressed exactly; 2 on bad input.',
    )
    .argument('<file>', 'policy file')
    .option('--format <format>', 'commands or json', 'commands')
    .option('--bootstrap-server <host:port>', 'written into the kafka-acls.sh commands', 'localhost:9092')
    .option('--strict', 'exit 1 when anything could not be expressed exactly')
    .action(async (file: string, options: ToAclsOptions) => {
      ctx.exit.value = await toAcls(file, options, ctx.io);
    });

  installSuggestCommand(policy, ctx);
}

function ruleCount(policy: Policy): number {
  return policy.ruleSets.reduce((n, s) => n + s.allow.length + s.deny.length, 0);
}

/**
 * Checks a file of Kubernetes policy objects as the proxy's watch reads them (every rule, whatever
 * its endpointSelector); undefined when the file holds no such object (a policy file).
 */
function checkObjects(file: string, text: string, io: CliIo): boolean | undefined {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter });
  if (!Array.isArray(docs) || docs.some((d) => d.errors.length > 0)) return undefined;
  const manifests = docs.map((d) => d.toJS() as (PolicyObject & { apiVersion?: unknown }) | null);
  const kinds = manifests.map((m) => (m ? policyObjectKind(m) : undefined));
  if (!kinds.some((k) => k !== undefined)) return undefined;
  let ok = true;
  manifests.forEach((m, i) => {
    const kind = kinds[i];
    if (!m) return;
    if (!kind) {
      ok = false;
      io.err(`${file}: document ${i + 1}: ${String(m.apiVersion)} ${String(m.kind)} is not a policy object`);
      return;
    }
    const r = readPolicyObject(kind, m, { everyRule: true });
    const name = `${kind} ${m.metadata?.namespace ? `${m.metadata.namespace}/` : ''}${m.metadata?.name ?? ''}`;
    if (r.ok) {
      io.out(`${file}: ${name}: valid (${r.policy.ruleSets.length} rule sets, ${ruleCount(r.policy)} rules)`);
      for (const w of r.warnings) io.err(`${file}: ${name}: note: ${w}`);
    } else {
      ok = false;
      const locate = new YamlLocator(docs[i] as Document, lineCounter);
      for (const p of r.problems) {
        const { line, column } = locate.position(fieldSegments(p.field));
        io.err(`${file}:${line}:${column} ${name} ${p.field}: ${p.message}`);
      }
    }
  });
  return ok;
}

/**
 * The segments of a problem's field path as policy objects report it (`spec.rules[0].allow[1].apiKey`
 * -> ['spec', 'rules', 0, 'allow', 1, 'apiKey']), to find its line in the manifest.
 */
function fieldSegments(field: string): Segment[] {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

async function check(files: readonly string[], io: CliIo): Promise<number> {
  let failed = false;
  for (const file of files) {
    // Read once: a pipe (`policy check /dev/stdin`) cannot be read a second time.
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      failed = true;
      io.err(new PolicyError(file, 1, 1, '', `cannot read: ${(e as Error).message}`).toString());
      continue;
    }
    const objects = checkObjects(file, text, io);
    if (objects !== undefined) {
      if (!objects) failed = true;
      continue;
    }
    const result = parsePolicy(text, file);
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
  /** What the enforcement filter did with the request (explain runs it through the filter). */
  readonly allowed?: boolean;
  readonly outcome?: string;
  /** Set when the request cannot be judged without a resource the user did not give. */
  readonly needs?: string;
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

interface ExplainOptions {
  policy: string;
  principal: string;
  api: string;
  topic?: string[];
  group?: string[];
  transactionalId?: string[];
  clientId?: string;
  apiVersion?: string;
  json?: boolean;
  verbose?: boolean;
}

async function explain(options: ExplainOptions, io: CliIo): Promise<number> {
  const values = {
    ...options,
    'transactional-id': options.transactionalId,
    'client-id': options.clientId,
    'api-version': options.apiVersion,
  };
  const loaded = await loadPolicyFile(values.policy);
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
  const unexplained = podSelectedRuleSets(policy, values.principal);
  if (unexplained.length > 0) {
    io.err(
      `policy explain: note: ${unexplained.join(', ')} select${unexplained.length === 1 ? 's' : ''} pods by labels ` +
        `(fromEndpoints) and ${unexplained.length === 1 ? 'does' : 'do'} not name ${values.principal}: explain takes no pod labels, ` +
        `so ${unexplained.length === 1 ? 'its' : 'their'} rules are left out of this verdict (policies/README.md, "CLI")`,
    );
  }
  const apiVersion = values['api-version'] === undefined ? 0 : Number(values['api-version']);
  if (!Number.isInteger(apiVersion) || apiVersion < 0) {
    io.err(`policy explain: --api-version '${values['api-version']}' is not a version number`);
    return EXIT.usage;
  }

  const apiArg = values.api;
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
  const steps: ExplainStep[] = [];
  for (const { api, kinds } of plan) {
    const explained = explainedKinds(api, kinds);
    const input = {
      principal: values.principal,
      clientId,
      apiVersion,
      topics: explained.includes('topic') ? topics : [],
      groups: explained.includes('group') ? groups : [],
      transactionalIds: explained.includes('transactionalId') ? transactionalIds : [],
    };
    const judged = explainApi(compiled, api, kinds, input);
    if (!('decision' in judged)) {
      steps.push({ api, needs: judged.needs });
      continue;
    }
    // The verdict is the filter's: the request a client would send, through the enforcement filter
    // (at the newest version the codec has, unless --api-version names one).
    const info = apiKeyInfo(api.apiKey)!;
    const version = values['api-version'] === undefined ? info.maxVersion : apiVersion;
    if (version < info.minVersion || version > info.maxVersion) {
      io.err(`policy explain: ${versionOutOfRange(version, api, info, role, plan)}`);
      return EXIT.usage;
    }
    const run = await explainThroughFilter(compiled, { ...input, apiKey: api.apiKey, apiVersion: version });
    steps.push({
      api,
      // The filter's own decision on the request (the engine's for the same names when it took none).
      decision: run.decisions[0] ?? judged.decision,
      allowed: run.allowed,
      outcome: run.outcome,
    });
  }
  const judged = steps.filter((s) => s.decision !== undefined);
  if (judged.length === 0) {
    io.err(`policy explain: nothing to judge: ${plan[0]!.api.name} needs ${steps[0]!.needs}`);
    return EXIT.usage;
  }
  const allowed = judged.every((s) => s.allowed);

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
    `principal: ${values.principal}   client id: ${clientId ?? '(none)'}   API version: ${versionShown(values['api-version'], role, plan[0]!.api)}`,
    `request:   ${role ? `role ${role} (${plan.length} APIs)` : plan[0]!.api.name}` +
      (topics.length ? `   topics: ${topics.join(', ')}` : '') +
      (groups.length ? `   groups: ${groups.join(', ')}` : '') +
      (transactionalIds.length ? `   transactional ids: ${transactionalIds.join(', ')}` : ''),
    '',
  ];
  // A role covers many APIs: summarise what was allowed (by which rules) and not judged, one line
  // each, and show only the denied APIs in detail. --verbose shows every API.
  const summarise = role !== undefined && !values.verbose;
  if (summarise) {
    const byRules = new Map<string, string[]>();
    for (const { api, decision, allowed: passes } of steps) {
      if (!decision || !passes) continue;
      const parts = [decision.api, ...decision.transactionalIds, ...decision.groups, ...decision.topics];
      const rules = [
        ...new Set(
          parts.flatMap((p) => (p.rule ? [`${p.rule.id} (line ${p.rule.line}): ${p.rule.text}`] : [])),
        ),
      ];
      const key = rules.length > 0 ? rules.join('; ') : 'no rule needed (Kafka never authorizes it)';
      byRules.set(key, [...(byRules.get(key) ?? []), api.name]);
    }
    for (const [rules, apis] of byRules)
      lines.push(`  allowed (${apis.length}): ${apis.join(', ')}`, `      by ${rules}`);
    // Denied APIs with the same denied part (kind, name, error) share one block: the first one's
    // reason and near misses stand for all of them.
    const byDenial = new Map<string, { apis: string[]; part: ResourceDecision; apiKey: number }>();
    for (const { api, decision, allowed: passes } of steps) {
      if (!decision || passes) continue;
      const parts = [decision.api, ...decision.transactionalIds, ...decision.groups, ...decision.topics];
      const part = parts.find((p) => !p.allowed) ?? decision.api;
      const key = `${part.kind}|${part.name}|${part.errorCode ?? ''}|${part.rule?.id ?? ''}`;
      const entry = byDenial.get(key) ?? { apis: [], part, apiKey: api.apiKey };
      entry.apis.push(api.name);
      byDenial.set(key, entry);
    }
    for (const { apis, part, apiKey } of byDenial.values()) {
      lines.push(`  DENIED (${apis.length}): ${apis.join(', ')}`, describeResource(part));
      if (!part.rule) {
        for (const miss of nearMisses(policy, values.principal, apiKey, apiVersion, clientId, part.kind)) {
          lines.push(`      not ${miss.rule.id} (line ${miss.rule.position.line}): ${miss.why}`);
        }
      }
    }
    const unjudged = steps.filter((s) => !s.decision);
    if (unjudged.length > 0) {
      lines.push(
        `  not judged (${unjudged.length}): ${unjudged.map((s) => `${s.api.name} (needs ${s.needs})`).join(', ')}`,
      );
    }
  }
  for (const { api, decision, needs, allowed: passes, outcome } of steps) {
    if (summarise) continue;
    if (!decision) {
      lines.push(`  ${api.name} (key ${api.apiKey}): not judged, needs ${needs}`);
      continue;
    }
    // A request the filter forwards although the engine denied something: the broker filters its
    // answer (listings), or the denied part names nothing the request carries.
    const note = passes && !decision.allowed ? ` (${outcome}: the answer holds only what is allowed)` : '';
    lines.push(`  ${api.name} (key ${api.apiKey}): ${passes ? 'allowed' : 'DENIED'}${note}`);
    const parts = [...decision.transactionalIds, ...decision.groups, ...decision.topics];
    // The API line says it all when the request names nothing or the API itself is denied.
    const shown = parts.length === 0 || !decision.api.allowed ? [decision.api] : parts;
    for (const p of shown) {
      lines.push(describeResource(p));
      // A default deny has no deciding rule; say why each rule of the principal missed instead.
      if (!p.allowed && !p.rule) {
        for (const miss of nearMisses(policy, values.principal, api.apiKey, apiVersion, clientId, p.kind)) {
          lines.push(`      not ${miss.rule.id} (line ${miss.rule.position.line}): ${miss.why}`);
        }
      }
    }
  }
  lines.push('', `verdict: ${allowed ? 'allowed' : 'denied'}`);
  io.out(lines.join('\n'));
  return allowed ? EXIT.ok : EXIT.negative;
}

/**
 * The rule sets (`rules[N]`) that select pods by labels and whose principal patterns do not name
 * `principal`: explain decides for a principal alone, so their rules never apply to it there,
 * although they would to a connection from a pod they select.
 */
function podSelectedRuleSets(policy: Policy, principal: string): string[] {
  return policy.ruleSets
    .filter(
      (s) => (s.fromEndpoints?.length ?? 0) > 0 && !s.principals.some((p) => principalMatches(p, principal)),
    )
    .map((s) => `rules[${s.index}]`);
}

/**
 * The API version line of `policy explain`'s header: the version given with --api-version, else
 * what the explained requests use, each API's newest version the codec has (Kafka 4.1).
 */
function versionShown(given: string | undefined, role: Role | undefined, api: ApiClassification): string {
  if (given !== undefined) return given;
  if (role !== undefined) return "each API's newest";
  return `${apiKeyInfo(api.apiKey)!.maxVersion} (the newest; --api-version N to pick one)`;
}

/**
 * Why --api-version does not fit an API of the request: the API's version range and, for a role
 * (whose APIs have different ranges), one of its APIs that has that version, to explain alone.
 */
function versionOutOfRange(
  version: number,
  api: ApiClassification,
  range: { minVersion: number; maxVersion: number },
  role: Role | undefined,
  plan: ReadonlyArray<{ api: ApiClassification }>,
): string {
  const own = `--api-version ${version} is not a version of ${api.name} (${range.minVersion}-${range.maxVersion})`;
  if (role === undefined) return own;
  const fits = plan.find(({ api: a }) => {
    const info = apiKeyInfo(a.apiKey);
    return info !== undefined && version >= info.minVersion && version <= info.maxVersion;
  });
  return (
    `${own}, one of the ${plan.length} APIs of role ${role}; explain one API at that version instead` +
    (fits ? ` (for example --api ${fits.api.name} --api-version ${version})` : '')
  );
}

interface ImportOptions {
  principalLabel?: string;
  principalType?: string;
  name?: string;
  namespace?: string;
  kafkaPorts?: string;
  strict?: boolean;
}

async function importCilium(file: string, o: ImportOptions, io: CliIo): Promise<number> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    io.err(`${file}: cannot read: ${(e as Error).message}`);
    return EXIT.usage;
  }
  let kafkaPorts: number[] | undefined;
  if (o.kafkaPorts !== undefined) {
    kafkaPorts = o.kafkaPorts.split(',').map((p) => Number(p.trim()));
    if (kafkaPorts.some((p) => !Number.isInteger(p) || p < 1 || p > 65535)) {
      io.err('policy import-cilium: --kafka-ports takes port numbers separated by commas');
      return EXIT.usage;
    }
  }
  let result;
  try {
    const principals = o.principalLabel !== undefined || o.principalType !== undefined;
    result = importCiliumPolicies(text, {
      identity: principals ? 'principals' : 'kubernetes',
      ...(o.namespace ? { namespace: o.namespace } : {}),
      ...(kafkaPorts ? { kafkaPorts } : {}),
      ...(o.principalLabel ? { principalLabel: o.principalLabel } : {}),
      ...(o.principalType ? { principalType: o.principalType } : {}),
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

interface ToAclsOptions {
  format: string;
  bootstrapServer: string;
  strict?: boolean;
}

async function toAcls(file: string, o: ToAclsOptions, io: CliIo): Promise<number> {
  if (o.format !== 'commands' && o.format !== 'json') {
    io.err(`policy to-acls: --format is commands or json, not '${o.format}'`);
    return EXIT.usage;
  }
  const loaded = await loadPolicyFile(file);
  if (!loaded.ok) {
    for (const e of loaded.errors) io.err(e.toString());
    return EXIT.usage;
  }
  const { acls, notes } = translatePolicyToAcls(loaded.policy);
  if (o.format === 'json') {
    io.out(JSON.stringify({ policy: file, acls, notes }, null, 2));
  } else {
    const lines = aclCommands(acls, o.bootstrapServer);
    io.out(lines.length > 0 ? lines.join('\n') : '# the policy allows and denies nothing that ACLs express');
  }
  for (const n of notes) io.err(formatNote(n));
  const inexact = notes.filter((n) => n.kind !== 'assumption');
  return o.strict === true && inexact.length > 0 ? EXIT.negative : EXIT.ok;
}
