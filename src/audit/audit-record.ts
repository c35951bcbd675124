// What a sink writes: an audit event as CloudEvents (the default) or as an OCSF API Activity
// record, chosen per sink by its `format` setting.

import type { AuditEvent } from './audit-event.js';
import { toOcsf, type OcsfApiActivity } from './ocsf-event.js';

export type AuditFormat = 'cloudevents' | 'ocsf';

/** One record a sink writes. */
export type AuditRecord = AuditEvent | OcsfApiActivity;

function isOcsf(record: AuditRecord): record is OcsfApiActivity {
  return (record as OcsfApiActivity).class_uid !== undefined;
}

/** The event type (CloudEvents `type`, OCSF `metadata.event_code`): the Kafka sink's header, the stdout message. */
export function recordType(record: AuditRecord): string {
  return isOcsf(record) ? record.metadata.event_code : record.type;
}

/** Whom the record is about (a principal, a policy file): the Kafka sink's record key. */
export function recordSubject(record: AuditRecord): string | undefined {
  if (!isOcsf(record)) return record.subject;
  const user = record.actor.user;
  return user ? (user.type ? `${user.type}:${user.name}` : user.name) : record.resources?.[0]?.name;
}

/** The record of `event` in `format`. */
export function formatRecord(event: AuditEvent, format: AuditFormat): AuditRecord {
  return format === 'ocsf' ? toOcsf(event) : event;
}
