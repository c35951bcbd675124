/**
 * Micro-benchmark of policy decisions (mitata): how many Produce decisions per second the engine
 * makes with 10 rules and with 10,000 rules, without the per-connection cache ("cold": the compiled
 * per-principal index only) and with it ("cached"), plus what loading such a policy costs.
 *
 *   npx tsx bench/policy/main.ts    # prints a Markdown table of medians
 */
import { cpus, loadavg } from 'node:os';
import { do_not_optimize, measure } from 'mitata';
import { stringify } from 'yaml';
import { API_KEYS } from '../../src/policy/api-classification.js';
import { ConnectionDecisions, FixedPolicySource } from '../../src/policy/connection-decisions.js';
import { compilePolicy, type CompiledPolicy, type RequestDescription } from '../../src/policy/engine.js';
import { parsePolicy } from '../../src/policy/policy-loader.js';

export interface PolicyBenchRow {
  readonly name: string;
  /** Median time per decision, nanoseconds. */
  readonly medianNs: number;
  readonly decisionsPerSec: number;
}

interface Scenario {
  readonly label: string;
  readonly yaml: string;
  readonly allowed: RequestDescription;
  readonly denied: RequestDescription;
}

function policyYaml(rules: Array<{ principal: string; allow: object[]; deny?: object[] }>): string {
  return stringify({ apiVersion: 'kafka-l7-proxy/v1', kind: 'KafkaPolicy', rules });
}

const produce = (principal: string, topic: string): RequestDescription => ({
  principal,
  clientId: 'bench-producer',
  apiKey: API_KEYS.Produce,
  apiVersion: 11,
  topics: [topic],
});

/** 10 rules: the payments scenario plus a few neighbours. */
function tenRules(): Scenario {
  const yaml = policyYaml([
    { principal: 'User:payments-api', allow: [{ role: 'produce', topic: 'payments.commands' }] },
    {
      principal: 'User:payments-worker',
      allow: [
        { role: 'consume', topic: 'payments.commands', group: 'payments-worker' },
        { role: 'produce', topic: 'payments.events' },
        { role: 'consume', topic: 'payments.events', group: 'payments-worker' },
      ],
    },
    { principal: 'User:analytics', allow: [], deny: [{}] },
    {
      principal: 'User:reporting',
      allow: [
        { role: 'consume', topicPrefix: 'reports.' },
        { role: 'consume', topic: 'audit.*' },
      ],
      deny: [{ topic: 'reports.secret' }],
    },
    { principal: '*', allow: [{ apiKey: 'metadata' }, { apiKey: 'describecluster' }] },
  ]);
  return {
    label: '10 rules',
    yaml,
    allowed: produce('User:payments-api', 'payments.commands'),
    denied: produce('User:payments-api', 'payments.events'),
  };
}

/** 10,000 rules over 1,000 principals: 10 each (exact topics, a prefix, a glob, a group rule). */
function tenThousandRulesManyPrincipals(): Scenario {
  const sets = [];
  for (let p = 0; p < 1000; p++) {
    const allow: object[] = [];
    for (let t = 0; t < 6; t++)
      allow.push({ role: t % 2 ? 'consume' : 'produce', topic: `team${p}.topic${t}` });
    allow.push({ role: 'consume', topicPrefix: `team${p}.shared.` });
    allow.push({ role: 'consume', topic: `team${p}.logs.*` });
    allow.push({ role: 'consume', group: `team${p}-*` });
    sets.push({ principal: `User:service-${p}`, allow, deny: [{ topic: `team${p}.topic5` }] });
  }
  return {
    label: '10,000 rules, 1,000 principals',
    yaml: policyYaml(sets),
    allowed: produce('User:service-517', 'team517.topic4'),
    denied: produce('User:service-517', 'team518.topic4'),
  };
}

/** 10,000 rules for one principal: 9,000 exact topics, 900 prefixes, 100 globs. */
function tenThousandRulesOnePrincipal(): Scenario {
  const allow: object[] = [];
  for (let i = 0; i < 9000; i++) allow.push({ role: 'produce', topic: `orders.region${i % 50}.shard${i}` });
  for (let i = 0; i < 900; i++) allow.push({ role: 'produce', topicPrefix: `events.tenant${i}.` });
  for (let i = 0; i < 100; i++) allow.push({ role: 'produce', topic: `metrics.host${i}.*` });
  return {
    label: '10,000 rules, 1 principal',
    yaml: policyYaml([{ principal: 'User:ingest', allow }]),
    allowed: produce('User:ingest', 'orders.region7.shard4507'),
    denied: produce('User:ingest', 'orders.region7.shard9999x'),
  };
}

const msSince = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;

/** Loads like a reload does, timing the two halves: the loader (YAML, schema, checks) and compiling. */
function load(
  yaml: string,
  first: RequestDescription,
): { policy: CompiledPolicy; loaderMs: number; compileMs: number } {
  const t0 = process.hrtime.bigint();
  const parsed = parsePolicy(yaml, 'bench.yaml');
  if (!parsed.ok) throw new Error(parsed.errors.map(String).join('\n'));
  const loaderMs = msSince(t0);
  const t1 = process.hrtime.bigint();
  const policy = compilePolicy(parsed.policy);
  policy.decide(first); // builds the principal's index, as the first request of a connection does
  return { policy, loaderMs, compileMs: msSince(t1) };
}

async function median(fn: () => unknown): Promise<number> {
  return (await measure(fn, { min_cpu_time: 500e6 })).p50;
}

export async function runPolicyBench(log: (line: string) => void = () => {}): Promise<PolicyBenchRow[]> {
  const rows: PolicyBenchRow[] = [];
  const add = (name: string, ns: number): void => {
    rows.push({ name, medianNs: ns, decisionsPerSec: 1e9 / ns });
    log(`${name}: ${ns.toFixed(1)} ns`);
  };
  for (const s of [tenRules(), tenThousandRulesManyPrincipals(), tenThousandRulesOnePrincipal()]) {
    const { policy, loaderMs, compileMs } = load(s.yaml, s.allowed);
    log(`${s.label}: loader ${loaderMs.toFixed(0)} ms, compile + first index ${compileMs.toFixed(0)} ms`);
    if (!policy.decide(s.allowed).allowed || policy.decide(s.denied).allowed) {
      throw new Error(`${s.label}: benchmark requests do not decide as intended`);
    }
    add(`${s.label}: cold, allowed topic`, await median(() => do_not_optimize(policy.decide(s.allowed))));
    add(`${s.label}: cold, denied topic`, await median(() => do_not_optimize(policy.decide(s.denied))));
    const connection = new ConnectionDecisions(new FixedPolicySource(policy), {
      id: 'bench',
      principal: s.allowed.principal,
    });
    const { principal: _p, ...request } = s.allowed;
    add(
      `${s.label}: cached (per connection)`,
      await median(() => do_not_optimize(connection.decide(request))),
    );
    // One wall-clock measurement each, not medians: this happens once per reload.
    rows.push({
      name: `${s.label}: loader: YAML, schema, checks (once per reload)`,
      medianNs: loaderMs * 1e6,
      decisionsPerSec: NaN,
    });
    rows.push({
      name: `${s.label}: compile + first principal index (once per reload)`,
      medianNs: compileMs * 1e6,
      decisionsPerSec: NaN,
    });
  }
  return rows;
}

export function markdownTable(rows: readonly PolicyBenchRow[]): string {
  const lines = ['| case | median | decisions/s |', '|---|---:|---:|'];
  for (const r of rows) {
    if (Number.isNaN(r.decisionsPerSec)) {
      lines.push(`| ${r.name} | ${(r.medianNs / 1e6).toFixed(0)} ms | |`);
    } else {
      const perSec =
        r.decisionsPerSec >= 1e6
          ? `${(r.decisionsPerSec / 1e6).toFixed(2)} M`
          : `${(r.decisionsPerSec / 1e3).toFixed(0)} k`;
      lines.push(`| ${r.name} | ${r.medianNs.toFixed(0)} ns | ${perSec} |`);
    }
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(
    `Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ` +
      `load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')} at start\n`,
  );
  console.log(markdownTable(await runPolicyBench((l) => console.error(l))));
}
