// One readable line per audit event, for `kafka-l7-proxy observe` (in the spirit of `hubble
// observe`): time, verdict, principal, API, resources, rule and reason.

import {
  isDecisionEvent,
  type AuditEvent,
  type AuditResource,
  type ConnectionData,
  type DecisionData,
  type PolicyData,
} from './audit-event.js';

/** The verdict of a decision event: denied, would-deny or allowed; undefined for other events. */
export function verdictOf(event: AuditEvent): DecisionData['decision'] | undefined {
  return isDecisionEvent(event) ? event.data.decision : undefined;
}

/** Every topic a decision event names. */
export function topicsOf(event: AuditEvent): string[] {
  return isDecisionEvent(event) ? event.data.topics.map((t) => t.name) : [];
}

/** The principal of a decision or connection event. */
export function principalOf(event: AuditEvent): string | undefined {
  return (event.data as { principal?: string }).principal;
}

function resources(label: string, list: readonly AuditResource[]): string[] {
  if (list.length === 0) return [];
  const parts = list.map((r) => {
    const id = r.topicId ? `[id ${r.topicId}]` : '';
    return r.allowed ? `${r.name}${id}` : `${r.name}${id}(denied ${r.errorCode ?? ''})`.replace(' )', ')');
  });
  return [`${label}=${parts.join(',')}`];
}

function decisionLine(e: AuditEvent<DecisionData>): string {
  const d = e.data;
  const verdict = d.decision === 'would-deny' ? 'WOULD-DENY' : d.decision.toUpperCase();
  const count = d.count !== undefined ? ` x${d.count}` : '';
  const rule = d.rule ? `${d.rule.id} (line ${d.rule.line})` : 'none (default deny)';
  const client = d.clientIds && d.clientIds.length > 0 ? d.clientIds.join(',') : (d.clientId ?? '-');
  return [
    `${e.time} ${(verdict + count).padEnd(14)} ${d.principal}`,
    `${d.api.name} v${d.api.version}`,
    ...resources('topics', d.topics),
    ...resources('groups', d.groups),
    ...resources('txn', d.transactionalIds),
    `client=${client}`,
    `from=${d.connection.remoteAddress ?? '?'}`,
    `rule=${d.decision === 'allowed' ? (d.rule?.id ?? '-') : rule}`,
    ...(d.decision === 'allowed' ? [] : [`reason="${d.reason}"`]),
  ].join(' ');
}

export function formatEventLine(event: AuditEvent): string {
  if (isDecisionEvent(event)) return decisionLine(event);
  const kind = event.type.slice('io.kafka-l7-proxy.'.length).replace('.', '-').toUpperCase();
  if (event.type.includes('.connection.')) {
    const d = event.data as ConnectionData;
    return [
      `${event.time} ${kind.padEnd(14)} ${d.principal ?? '-'}`,
      `conn=${d.connection.id}`,
      `from=${d.connection.remoteAddress ?? '?'}`,
      `to=${d.connection.localAddress ?? '?'}`,
      ...(d.mechanism ? [`mechanism=${d.mechanism}`] : []),
      ...(d.reason ? [`reason=${d.reason}`] : []),
    ].join(' ');
  }
  const d = event.data as PolicyData;
  return [
    `${event.time} ${kind.padEnd(14)} ${d.file} generation=${d.generation}`,
    ...(d.errors ?? []).map((e) => `\n    ${e}`),
  ].join('');
}
