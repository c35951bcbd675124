// Audit events are CloudEvents 1.0 in the JSON event format: the envelope attributes (id, source,
// type, time, specversion, datacontenttype, subject) and a `data` object whose shape depends on the
// type. docs/audit-events.md describes every field; docs/audit-event.schema.json is the contract a
// consumer can validate against.

import { randomUUID } from 'node:crypto';
import type { AclOperation } from '../policy/acl-operations.js';
import type { RequestNames } from '../policy/engine.js';
import type { AuditAclOperation } from './acl-operation-of.js';

export const EVENT_TYPE_PREFIX = 'io.kafka-l7-proxy.';

export const AUDIT_EVENT_TYPES = {
  denied: 'io.kafka-l7-proxy.decision.denied',
  wouldDeny: 'io.kafka-l7-proxy.decision.would-deny',
  allowed: 'io.kafka-l7-proxy.decision.allowed',
  connectionOpened: 'io.kafka-l7-proxy.connection.opened',
  connectionAuthenticated: 'io.kafka-l7-proxy.connection.authenticated',
  connectionClosed: 'io.kafka-l7-proxy.connection.closed',
  policyLoaded: 'io.kafka-l7-proxy.policy.loaded',
  policyRejected: 'io.kafka-l7-proxy.policy.rejected',
} as const;

export type AuditEventType = (typeof AUDIT_EVENT_TYPES)[keyof typeof AUDIT_EVENT_TYPES];

/** What is known about the client connection an event is about. */
export interface AuditConnection {
  readonly id: string;
  readonly remoteAddress?: string;
  readonly localAddress?: string;
  readonly listener?: string;
}

/** The rule that decided, as the policy file has it. */
export interface AuditRule {
  readonly id: string;
  readonly effect: 'allow' | 'deny';
  readonly line: number;
  readonly text: string;
}

export interface AuditResource {
  readonly kind: 'topic' | 'group' | 'transactionalId';
  readonly name: string;
  /** The topic id the request named, when it named the topic by id (Fetch v13+, ...). */
  readonly topicId?: string;
  /** The ACL operation Kafka checks on this resource for this API (Write for a Produce topic). */
  readonly operation?: AclOperation;
  readonly allowed: boolean;
  readonly errorCode?: number;
  readonly rule?: AuditRule;
  readonly reason?: string;
}

/** `data` of the three decision types. */
export interface DecisionData extends RequestNames<AuditResource> {
  readonly principal: string;
  /** How the principal was established: sasl, tlsCertificate, sourceCidr, static, anonymous. */
  readonly identitySource: string;
  readonly clientId: string | null;
  readonly connection: AuditConnection;
  readonly api: { readonly key: number; readonly name: string; readonly version: number };
  /**
   * The ACL checks Kafka makes for this request, as its authorizer and audit logs name them
   * (Produce: Write on Topic; JoinGroup: Read on Group); empty for never-authorized APIs.
   */
  readonly operations: readonly AuditAclOperation[];
  /** denied: refused; would-deny: refused by the policy but let through (policy.mode audit); allowed. */
  readonly decision: 'denied' | 'would-deny' | 'allowed';
  /** The rule that decided the request (for a denial: the first denied part's rule), or null for default deny. */
  readonly rule: AuditRule | null;
  readonly reason: string;
  readonly policyGeneration: number;
  /** Aggregated events (allowed, would-deny): how many requests, first and last seen, the window. */
  readonly count?: number;
  /** Aggregated events: the distinct client ids seen (at most 16). */
  readonly clientIds?: readonly string[];
  readonly firstSeen?: string;
  readonly lastSeen?: string;
  readonly windowMs?: number;
}

export interface ConnectionData {
  readonly connection: AuditConnection;
  readonly principal?: string;
  readonly identitySource?: string;
  readonly clientId?: string | null;
  /** authenticated: the SASL mechanism the broker accepted. */
  readonly mechanism?: string;
  /** closed: why, when it was not an ordinary disconnect (idle-timeout, truncated-frame, ...). */
  readonly reason?: string;
  /**
   * Aggregated events (src/audit/connection-aggregator.ts): how many more connections from the same
   * source (IP address, listener, principal, reason) did the same after the first event of the
   * window, and when; `connection` is the last of them, its address without the port.
   */
  readonly count?: number;
  readonly firstSeen?: string;
  readonly lastSeen?: string;
  readonly windowMs?: number;
}

export interface PolicyData {
  readonly file: string;
  readonly generation: number;
  /** loaded: `sha256:<hex>` of the file's content, to tell which policy was in force. */
  readonly digest?: string;
  /** rejected: every problem as FILE:LINE:COL field: message. */
  readonly errors?: readonly string[];
}

export interface AuditEvent<D = DecisionData | ConnectionData | PolicyData> {
  readonly specversion: '1.0';
  readonly id: string;
  readonly source: string;
  readonly type: AuditEventType;
  readonly time: string;
  readonly datacontenttype: 'application/json';
  /** The principal for decision and connection events, the policy file for policy events. */
  readonly subject?: string;
  readonly data: D;
}

export function makeEvent<D>(
  source: string,
  type: AuditEventType,
  data: D,
  subject: string | undefined,
  timeMs: number = Date.now(),
): AuditEvent<D> {
  return {
    specversion: '1.0',
    id: randomUUID(),
    source,
    type,
    time: new Date(timeMs).toISOString(),
    datacontenttype: 'application/json',
    ...(subject === undefined ? {} : { subject }),
    data,
  };
}

/** True when `value` looks like one of our events (used by readers of files and topics). */
export function isAuditEvent(value: unknown): value is AuditEvent {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v.specversion === '1.0' &&
    typeof v.type === 'string' &&
    v.type.startsWith(EVENT_TYPE_PREFIX) &&
    typeof v.data === 'object' &&
    v.data !== null
  );
}

export function isDecisionEvent(event: AuditEvent): event is AuditEvent<DecisionData> {
  return event.type.startsWith(`${EVENT_TYPE_PREFIX}decision.`);
}
