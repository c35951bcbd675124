// Real decisions for the audit tests: the policy engine decides, a recording sink keeps the events.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { API_KEYS as K } from '../../../src/policy/api-classification.js';
import { ConnectionDecisions, FixedPolicySource } from '../../../src/policy/connection-decisions.js';
import type { DecisionSink } from '../../../src/policy/decision-events.js';
import type { AuditEvent } from '../../../src/audit/audit-event.js';
import { DecisionAuditSink, type DecisionAuditOptions } from '../../../src/audit/decision-audit.js';
import { compileRules, REPO_ROOT } from '../policy/policy-fixtures.js';

export { K };

/** payments-api may produce to payments.commands; nothing else. */
export const PAYMENTS_RULES =
  '  - principal: User:payments-api\n    allow:\n      - { role: produce, topic: payments.commands }\n' +
  '  - principal: User:worker\n    allow:\n      - { role: consume, topic: payments.commands, group: workers }\n';

export function connectionFor(principal: string, sink: DecisionSink, id = 'c1'): ConnectionDecisions {
  return new ConnectionDecisions(
    new FixedPolicySource(compileRules(PAYMENTS_RULES)),
    {
      id,
      principal,
      remoteAddress: '10.0.0.7:51234',
      listener: 'bootstrap',
      identitySource: 'sasl',
      localAddress: '127.0.0.1:9092',
    } as ConstructorParameters<typeof ConnectionDecisions>[1],
    sink,
  );
}

/**
 * A DecisionAuditSink that keeps every event it writes, in order: source `/kafka-l7-proxy/test`,
 * enforce mode, a 60 s aggregation window over at most 1000 keys, unless `options` say otherwise.
 */
export function recordingAuditSink(options: Partial<DecisionAuditOptions> = {}): {
  sink: DecisionAuditSink;
  events: AuditEvent[];
} {
  const events: AuditEvent[] = [];
  const sink = new DecisionAuditSink(
    {
      source: '/kafka-l7-proxy/test',
      mode: () => 'enforce',
      aggregateWindowMs: 60_000,
      aggregateMaxKeys: 1000,
      ...options,
    },
    (e) => events.push(e),
  );
  return { sink, events };
}

/** The repository's audit event schema, compiled (date-time checked with a strict RFC 3339 pattern). */
export function auditEventValidator() {
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
  const schema = JSON.parse(readFileSync(`${REPO_ROOT}docs/audit-event.schema.json`, 'utf8')) as object;
  return ajv.compile(schema);
}

/**
 * The audit events of three decisions, in written order: Produce to `ledger` denied and Fetch of
 * `payments.commands` denied (individual events), then the aggregated allow of Produce to
 * `payments.commands`.
 */
export function sampleDecisionEvents(): AuditEvent[] {
  const { sink, events } = recordingAuditSink();
  const api = connectionFor('User:payments-api', sink);
  api.decide({ apiKey: K.Produce, apiVersion: 9, clientId: 'pay', topics: ['payments.commands'] });
  api.decide({ apiKey: K.Produce, apiVersion: 9, clientId: 'pay', topics: ['ledger'] });
  connectionFor('User:analytics', sink, 'c9').decide({
    apiKey: K.Fetch,
    apiVersion: 12,
    clientId: 'an',
    topics: ['payments.commands'],
  });
  sink.flush();
  return events;
}
