// BENCHMARK SMOKE TEST: keeps bench/e2e and bench/connections from rotting. It runs both command
// lines as a user would (`tsx bench/.../main.ts`) with tiny counts against real Kafka, and checks
// that they measured what they say they measured. It asserts no timing or throughput: the figures
// of such tiny runs mean nothing. (Figures come from the full runs in bench/README.md.)
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ConnectionScaleReport } from '../../bench/connections/connection-scale.js';
import type { E2eReport } from '../../bench/e2e/e2e-bench.js';

const dir = mkdtempSync(join(tmpdir(), 'bench-smoke-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runScript(
  script: string,
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('benchmark scripts still run (tiny counts, no timing asserted)', () => {
  it('bench/e2e measures the payments policy with audit to the topic (Java perf tools) and the many-topics case (kafkajs), direct and through the proxy', async () => {
    const out = join(dir, 'e2e.json');
    const run = await runScript('bench/e2e/main.ts', [
      '--quick',
      '--cases',
      'payments-audit,topics-100',
      '--produce-records',
      '3000',
      '--consume-records',
      '3000',
      '--latency-records',
      '1000',
      '--many-topics',
      '5',
      '--many-topics-records',
      '2000',
      '--probe-requests',
      '100',
      '--runtime',
      'tsx',
      '--out',
      out,
    ]);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8')) as E2eReport;
    expect(report.cases.map((c) => [c.name, c.ran])).toEqual([
      ['payments-audit', true],
      ['topics-100', true],
    ]);
    const audited = report.cases[0]!;
    // The case's configuration was in force: the policy refused analytics, the audit topic filled.
    expect(audited.checks[0]).toMatch(/^analytics refused through the proxy: .*authoriz/i);
    expect(audited.checks[1]).toMatch(/^\d+ audit events on kafka-l7-proxy\.audit/);
    // produce, consume and latency; each once direct and once through the proxy.
    expect(audited.samples.map((s) => `${s.phase}:${s.mode}`)).toEqual([
      'produce:direct',
      'produce:proxy',
      'consume:direct',
      'consume:proxy',
      'latency:direct',
      'latency:proxy',
    ]);
    expect(audited.samples.every((s) => s.records >= 1000 && s.recordsPerSec > 0)).toBe(true);
    expect(audited.samples.filter((s) => s.phase === 'latency').every((s) => s.p99Ms !== undefined)).toBe(
      true,
    );
    // The proxy process did the forwarding: it used CPU while the proxy runs moved the records.
    const proxyCpu = audited.samples
      .filter((s) => s.mode === 'proxy')
      .reduce((t, s) => t + s.proxyCpuSeconds, 0);
    expect(proxyCpu).toBeGreaterThan(0);
    expect(audited.summary!.rssPeakBytes).toBeGreaterThan(0);
    // The µs Produce probe ran both ways through the policy (its Produce was allowed and acked).
    expect(audited.produceLatency?.requests).toBeGreaterThanOrEqual(100);
    expect(audited.produceLatency!.proxyP50Us).toBeGreaterThan(0);
    expect(audited.produceLatency!.directP50Us).toBeGreaterThan(0);
    const many = report.cases[1]!;
    expect(many.samples.map((s) => `${s.phase}:${s.mode}`)).toEqual([
      'produce:direct',
      'produce:proxy',
      'consume:direct',
      'consume:proxy',
    ]);
    expect(many.samples.every((s) => s.records >= 2000)).toBe(true);
    expect(run.stdout).toContain('| payments policy + audit to topic |');
    expect(run.stdout).toContain('| 100 topics, no policy (kafkajs) |');
  });

  it('bench/connections holds idle connections through the proxy, reports RSS per connection and probes request round trips', async () => {
    const out = join(dir, 'connections.json');
    const run = await runScript('bench/connections/main.ts', [
      '--counts',
      '50',
      '--settle-ms',
      '200',
      '--latency-requests',
      '200',
      '--runtime',
      'tsx',
      '--out',
      out,
    ]);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8')) as ConnectionScaleReport;
    expect(report.results).toHaveLength(1);
    const [result] = report.results;
    expect(result!.connections).toBe(50);
    // Each idle client is a client socket and an upstream socket in the proxy.
    expect(result!.proxyOpenFiles).toBeGreaterThanOrEqual(100);
    expect(Number.isFinite(result!.perConnectionBytes)).toBe(true);
    expect(run.stdout).toContain('KiB per connection');
    // The round-trip probe ran on both sides.
    expect(report.requestLatency?.requests).toBe(200);
    expect(report.requestLatency!.proxyP50Us).toBeGreaterThan(0);
  });
});
