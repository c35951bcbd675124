// Audit events name Kafka's ACL operations, policy.loaded carries the policy's digest, and a sink can
// write OCSF 1.x API Activity records instead of CloudEvents; each shape passes its schema.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { Ajv } from 'ajv';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startObservability, type Observability } from '../../../src/admin/observability.js';
import type { AuditEvent, DecisionData, PolicyData } from '../../../src/audit/audit-event.js';
import { toOcsf, type OcsfApiActivity } from '../../../src/audit/ocsf-event.js';
import { AuditLog } from '../../../src/audit/audit-log.js';
import { FileSink } from '../../../src/audit/sinks/file-sink.js';
import { StdoutSink } from '../../../src/audit/sinks/stdout-sink.js';
import { resolveConfig } from '../../../src/config/load-config.js';
import { PolicyStore } from '../../../src/policy/policy-store.js';
import { REPO_ROOT } from '../policy/policy-fixtures.js';
import { auditEventValidator, connectionFor, K, recordingAuditSink } from './audit-fixtures.js';

function ocsfValidator() {
  const ajv = new Ajv({ allErrors: true, strict: true });
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
  return ajv.compile(
    JSON.parse(readFileSync(`${REPO_ROOT}docs/audit-event-ocsf.schema.json`, 'utf8')) as object,
  );
}

function decisions(): AuditEvent<DecisionData>[] {
  const { sink, events } = recordingAuditSink();
  const api = connectionFor('User:payments-api', sink);
  api.decide({ apiKey: K.Produce, apiVersion: 9, clientId: 'pay', topics: ['payments.commands'] });
  api.decide({ apiKey: K.Fetch, apiVersion: 12, clientId: 'pay', topics: ['payments.commands'] });
  const worker = connectionFor('User:worker', sink, 'c2');
  worker.decide({ apiKey: K.JoinGroup, apiVersion: 9, clientId: 'w', groups: ['workers'] });
  worker.decide({ apiKey: K.OffsetCommit, apiVersion: 8, clientId: 'w', groups: ['workers'], topics: ['x'] });
  sink.flush();
  return events as AuditEvent<DecisionData>[];
}

const byApi = (events: AuditEvent<DecisionData>[], name: string) =>
  events.find((e) => e.data.api.name === name)!;

describe('ACL operations in decision events', () => {
  it("name Kafka's operation per API and resource: Produce Write, Fetch Read, JoinGroup Read on Group", () => {
    const events = decisions();
    const produce = byApi(events, 'Produce');
    expect(produce.data.operations).toEqual([{ resourceType: 'Topic', operation: 'Write' }]);
    expect(produce.data.topics[0]!.operation).toBe('Write');
    expect(byApi(events, 'Fetch').data.operations).toEqual([{ resourceType: 'Topic', operation: 'Read' }]);
    expect(byApi(events, 'JoinGroup').data.operations).toEqual([
      { resourceType: 'Group', operation: 'Read' },
    ]);
    const commit = byApi(events, 'OffsetCommit');
    expect(commit.data.operations).toEqual([
      { resourceType: 'Group', operation: 'Read' },
      { resourceType: 'Topic', operation: 'Read' },
    ]);
    const validate = auditEventValidator();
    for (const e of events) expect(validate(e), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('OCSF API Activity records', () => {
  it('map every decision to class 6003 with the activity of its operation, and pass the OCSF schema', () => {
    const validate = ocsfValidator();
    const records = decisions().map(toOcsf);
    for (const r of records) expect(validate(r), JSON.stringify(validate.errors)).toBe(true);
    const produce = records.find((r) => r.api.operation === 'Produce')!;
    expect(produce).toMatchObject({
      class_uid: 6003,
      category_uid: 6,
      activity_id: 3,
      type_uid: 600303,
      actor: { user: { name: 'payments-api', type: 'User' }, app_name: 'pay' },
      src_endpoint: { ip: '10.0.0.7', port: 51234 },
      resources: [{ name: 'payments.commands', type: 'Topic' }],
    });
    const fetch = records.find((r) => r.api.operation === 'Fetch')!;
    expect(fetch).toMatchObject({
      activity_id: 2,
      type_uid: 600302,
      status_id: 2,
      status: 'Failure',
      status_code: '29',
    });
    expect(fetch.actor.authorizations).toEqual([{ decision: 'denied' }]);
  });
});

let dir: string;
let obs: Observability | undefined;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ocsf-'));
});
afterEach(async () => {
  await obs?.close();
  obs = undefined;
  rmSync(dir, { recursive: true, force: true });
});

describe('a sink with format: ocsf', () => {
  it('writes OCSF records (audit.file.format: ocsf); policy.loaded carries the sha256 digest of the file', async () => {
    const policyText = 'apiVersion: kafka-l7-proxy/v1\nkind: KafkaPolicy\nrules: []\n';
    const policyFile = join(dir, 'policy.yaml');
    writeFileSync(policyFile, policyText);
    const store = await PolicyStore.open(policyFile);
    const path = join(dir, 'ocsf.jsonl');
    const config = resolveConfig(
      {
        upstream: { bootstrapServers: ['127.0.0.1:9092'] },
        admin: { enabled: false },
        audit: { stdout: { enabled: false }, file: { path, format: 'ocsf' } },
      },
      {},
    );
    obs = await startObservability(config, { log: pino({ level: 'silent' }) });
    obs.attachPolicyStore(store);
    await obs.close();
    obs = undefined;
    store.close();
    const [record] = readFileSync(path, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as OcsfApiActivity);
    const validate = ocsfValidator();
    expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
    const digest = `sha256:${createHash('sha256').update(policyText).digest('hex')}`;
    expect(record).toMatchObject({
      class_uid: 6003,
      api: { operation: 'policy.loaded' },
      metadata: { event_code: 'io.kafka-l7-proxy.policy.loaded' },
      resources: [{ name: store.path, type: 'Policy', uid: digest }],
    });
  });

  it('is chosen per sink: the same event goes out as OCSF on one sink and CloudEvents on another', async () => {
    const stdout: string[] = [];
    const dest = new Writable({
      write(chunk: Buffer, _enc, done) {
        stdout.push(chunk.toString());
        done();
      },
    });
    const cePath = join(dir, 'ce.jsonl');
    const audit = new AuditLog(
      [
        new StdoutSink({ maxPendingBytes: 1 << 20 }, dest),
        new FileSink({ path: cePath, maxPendingBytes: 1 << 20 }, pino({ level: 'silent' })),
      ],
      {
        source: 't',
        onFailure: 'drop',
        aggregateWindowMs: 60_000,
        aggregateMaxKeys: 10,
        connectionEvents: true,
        mode: () => 'enforce',
        formats: { stdout: 'ocsf' },
      },
      pino({ level: 'silent' }),
    );
    await audit.start();
    audit.policyLoaded('p.yaml', 1, `sha256:${'0'.repeat(64)}`);
    await audit.close();
    const ocsf = (JSON.parse(stdout[0]!) as { audit: OcsfApiActivity }).audit;
    expect(ocsfValidator()(ocsf)).toBe(true);
    expect(ocsf.class_uid).toBe(6003);
    const ce = JSON.parse(readFileSync(cePath, 'utf8').trim()) as AuditEvent<PolicyData>;
    expect(auditEventValidator()(ce)).toBe(true);
    expect(ce.data.digest).toBe(`sha256:${'0'.repeat(64)}`);
  });
});
