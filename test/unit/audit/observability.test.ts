import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startObservability, type Observability } from '../../../src/admin/observability.js';
import { AUDIT_EVENT_TYPES, type AuditEvent, type PolicyData } from '../../../src/audit/audit-event.js';
import { resolveConfig } from '../../../src/config/load-config.js';
import { PolicyStore } from '../../../src/policy/policy-store.js';
import { parsePrometheusText, sampleValue } from '../metrics/prometheus-text.js';
import { auditEventValidator } from './audit-fixtures.js';

const silent = pino({ level: 'silent' });
const VALID = 'apiVersion: kafka-l7-proxy/v1\nkind: KafkaPolicy\nrules: []\n';

let dir: string;
let obs: Observability | undefined;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'observability-'));
});
afterEach(async () => {
  await obs?.close();
  obs = undefined;
  rmSync(dir, { recursive: true, force: true });
});

function config(extra: Record<string, unknown> = {}) {
  return resolveConfig(
    {
      upstream: { bootstrapServers: ['127.0.0.1:9092'] },
      listen: { host: '127.0.0.1' },
      admin: { port: 0, metrics: { processMetrics: false } },
      audit: { stdout: { enabled: false }, file: { path: join(dir, 'audit.jsonl') } },
      ...extra,
    },
    {},
  );
}

async function fileEvents(): Promise<AuditEvent[]> {
  const { readEventFile } = await import('../../../src/audit/event-source.js');
  const events: AuditEvent[] = [];
  for await (const e of readEventFile(join(dir, 'audit.jsonl'), { follow: false })) events.push(e);
  return events;
}

describe('observability of a proxy', () => {
  it('audits policy loads and rejections with file, line and field, and counts reloads by result', async () => {
    const policyFile = join(dir, 'policy.yaml');
    writeFileSync(policyFile, VALID);
    const store = await PolicyStore.open(policyFile);
    obs = await startObservability(config(), { log: silent });
    obs.attachPolicyStore(store);
    writeFileSync(policyFile, VALID + 'bogus: 1\n');
    expect((await store.reload()).result).toBe('rejected');
    writeFileSync(policyFile, VALID.replace('rules: []', 'rules:\n  - principal: User:a\n    allow: [{}]'));
    expect((await store.reload()).result).toBe('applied');
    const metrics = parsePrometheusText(await obs.metrics.metrics());
    expect(sampleValue(metrics, 'kafka_l7_proxy_policy_reloads_total', { result: 'rejected' })).toBe(1);
    expect(sampleValue(metrics, 'kafka_l7_proxy_policy_reloads_total', { result: 'applied' })).toBe(1);
    expect(sampleValue(metrics, 'kafka_l7_proxy_policy_generation')).toBe(2);
    // Polls that find the file as it was are no reloads: no `unchanged` series, the counts stand.
    for (let i = 0; i < 5; i++) expect((await store.reload()).result).toBe('unchanged');
    const polled = parsePrometheusText(await obs.metrics.metrics());
    expect(
      sampleValue(polled, 'kafka_l7_proxy_policy_reloads_total', { result: 'unchanged' }),
    ).toBeUndefined();
    expect(sampleValue(polled, 'kafka_l7_proxy_policy_reloads_total', { result: 'applied' })).toBe(1);
    await obs.close();
    obs = undefined;
    store.close();

    const events = await fileEvents();
    expect(events.map((e) => e.type)).toEqual([
      AUDIT_EVENT_TYPES.policyLoaded,
      AUDIT_EVENT_TYPES.policyRejected,
      AUDIT_EVENT_TYPES.policyLoaded,
    ]);
    const rejected = events[1]!.data as PolicyData;
    expect(rejected.errors![0]).toMatch(/policy\.yaml:4:1 .*bogus/);
    const validate = auditEventValidator();
    for (const e of events) expect(validate(e), JSON.stringify(validate.errors)).toBe(true);
  });

  it('is ready only once the listeners are up and the policy is known, and says what is missing', async () => {
    obs = await startObservability(config(), { log: silent });
    const readyz = async () => {
      const r = await fetch(`${obs!.admin!.url}/readyz`);
      return { status: r.status, body: (await r.json()) as { checks: Array<{ name: string; ok: boolean }> } };
    };
    const before = await readyz();
    expect(before.status).toBe(503);
    expect(before.body.checks.filter((c) => !c.ok).map((c) => c.name)).toEqual(['listeners', 'policy']);
    obs.attachPolicyStore(undefined); // no policy configured: the proxy forwards everything
    obs.attachProxy({
      counters: (await import('../../../src/proxy/counters.js')).createCounters(),
      bootstrapPort: 1,
    });
    expect((await readyz()).status).toBe(200);
    expect((await fetch(`${obs.admin!.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${obs.admin!.url}/nope`)).status).toBe(404);
  });

  it('fails to start when the admin port is taken, releasing the audit sinks it opened', async () => {
    obs = await startObservability(config(), { log: silent });
    const port = obs.admin!.port;
    await expect(
      startObservability(config({ admin: { port, metrics: { processMetrics: false } } }), { log: silent }),
    ).rejects.toThrow(
      `cannot listen on 127.0.0.1:${port} for the admin server: the port is in use by another process (EADDRINUSE); change admin.port or KAFKA_L7_PROXY_ADMIN_PORT`,
    );
  });
});
