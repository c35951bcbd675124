// Audit events in the Open Cybersecurity Schema Framework (OCSF 1.x), class "API Activity"
// (class_uid 6003, category 6 "Application Activity"), the shape Redpanda's audit log and most SIEMs
// (Amazon Security Lake, Splunk, Sentinel) ingest. A sink writes these instead of CloudEvents when
// its `format` is `ocsf` (docs/audit-events.md#ocsf); docs/audit-event-ocsf.schema.json is the
// contract. Attribute names and enums follow the OCSF schema (schema.ocsf.io, class api_activity,
// base_event, objects actor, api, authorization, endpoint, resource_details, metadata, product).

import { buildVersion } from '../metrics/build-version.js';
import {
  isDecisionEvent,
  type AuditEvent,
  type ConnectionData,
  type DecisionData,
  type PolicyData,
} from './audit-event.js';

export const OCSF_SCHEMA_VERSION = '1.3.0';
export const OCSF_API_ACTIVITY_CLASS_UID = 6003;
export const OCSF_APPLICATION_CATEGORY_UID = 6;

/** OCSF api_activity activity_id: 1 Create, 2 Read, 3 Update, 4 Delete, 99 Other. */
type ActivityId = 1 | 2 | 3 | 4 | 99;
const ACTIVITY_NAME: Readonly<Record<ActivityId, string>> = {
  1: 'Create',
  2: 'Read',
  3: 'Update',
  4: 'Delete',
  99: 'Other',
};

/** base_event severity_id: 1 Informational, 2 Low, 3 Medium. */
const SEVERITY_NAME: Readonly<Record<number, string>> = { 1: 'Informational', 2: 'Low', 3: 'Medium' };

export interface OcsfEndpoint {
  ip?: string;
  port?: number;
  svc_name?: string;
}

/** One audit event as an OCSF API Activity record. */
export interface OcsfApiActivity {
  class_uid: 6003;
  class_name: 'API Activity';
  category_uid: 6;
  category_name: 'Application Activity';
  activity_id: ActivityId;
  activity_name: string;
  type_uid: number;
  type_name: string;
  severity_id: number;
  severity: string;
  /** Epoch milliseconds. */
  time: number;
  status_id: 0 | 1 | 2;
  status: 'Unknown' | 'Success' | 'Failure';
  status_code?: string;
  status_detail?: string;
  message: string;
  metadata: {
    version: string;
    uid: string;
    event_code: string;
    log_name: string;
    original_time: string;
    product: { name: string; vendor_name: string; version: string };
  };
  actor: {
    user?: { name: string; type?: string };
    app_name?: string;
    authorizations?: Array<{ decision: string; policy?: { name: string; desc: string; uid: string } }>;
  };
  api: { operation: string; version?: string; service: { name: string } };
  src_endpoint: OcsfEndpoint;
  dst_endpoint?: OcsfEndpoint;
  resources?: Array<{ name: string; type: string; uid?: string }>;
  unmapped?: Record<string, unknown>;
}

/** `10.0.0.7:51234` or `[::1]:9092` as an OCSF endpoint. */
export function endpointOf(address: string | undefined): OcsfEndpoint {
  if (!address) return {};
  const m = /^\[?([^\]]*?)\]?:(\d+)$/.exec(address);
  return m ? { ip: m[1]!, port: Number(m[2]) } : { ip: address };
}

/** The OCSF activity of a Kafka ACL operation: Read/Describe read, Create create, Delete delete, the rest update. */
function activityOf(operation: string | undefined): ActivityId {
  switch (operation) {
    case 'Read':
    case 'Describe':
    case 'DescribeConfigs':
    case 'DescribeTokens':
      return 2;
    case 'Create':
    case 'CreateTokens':
      return 1;
    case 'Delete':
      return 4;
    case 'Write':
    case 'Alter':
    case 'AlterConfigs':
    case 'IdempotentWrite':
    case 'ClusterAction':
      return 3;
    default:
      return 99;
  }
}

function base(event: AuditEvent, activity: ActivityId, severity: number, message: string) {
  return {
    class_uid: 6003 as const,
    class_name: 'API Activity' as const,
    category_uid: 6 as const,
    category_name: 'Application Activity' as const,
    activity_id: activity,
    activity_name: ACTIVITY_NAME[activity],
    type_uid: OCSF_API_ACTIVITY_CLASS_UID * 100 + activity,
    type_name: `API Activity: ${ACTIVITY_NAME[activity]}`,
    severity_id: severity,
    severity: SEVERITY_NAME[severity]!,
    time: Date.parse(event.time),
    message,
    metadata: {
      version: OCSF_SCHEMA_VERSION,
      uid: event.id,
      event_code: event.type,
      log_name: event.source,
      original_time: event.time,
      product: { name: 'kafka-l7-proxy', vendor_name: 'kafka-l7-proxy', version: buildVersion() },
    },
  };
}

function userOf(principal: string | undefined): { name: string; type?: string } | undefined {
  if (principal === undefined) return undefined;
  const colon = principal.indexOf(':');
  return colon < 0
    ? { name: principal }
    : { name: principal.slice(colon + 1), type: principal.slice(0, colon) };
}

function decisionRecord(event: AuditEvent<DecisionData>): OcsfApiActivity {
  const d = event.data;
  const operation = d.operations[0]?.operation;
  const severity = d.decision === 'denied' ? 3 : d.decision === 'would-deny' ? 2 : 1;
  const failed = d.decision === 'denied';
  const denied = [...d.topics, ...d.groups, ...d.transactionalIds].find((r) => !r.allowed);
  const user = userOf(d.principal);
  const resourceType = { topic: 'Topic', group: 'Group', transactionalId: 'TransactionalId' } as const;
  return {
    ...base(event, activityOf(operation), severity, `${d.decision} ${d.api.name}: ${d.reason}`),
    status_id: failed ? 2 : 1,
    status: failed ? 'Failure' : 'Success',
    ...(failed && denied?.errorCode !== undefined ? { status_code: String(denied.errorCode) } : {}),
    ...(failed ? { status_detail: d.reason } : {}),
    actor: {
      ...(user ? { user } : {}),
      ...(d.clientId ? { app_name: d.clientId } : {}),
      authorizations: [
        {
          decision: d.decision,
          ...(d.rule
            ? { policy: { name: d.rule.id, desc: d.rule.text, uid: `generation-${d.policyGeneration}` } }
            : {}),
        },
      ],
    },
    api: { operation: d.api.name, version: String(d.api.version), service: { name: 'kafka' } },
    src_endpoint: endpointOf(d.connection.remoteAddress),
    dst_endpoint: { ...endpointOf(d.connection.localAddress), svc_name: d.connection.listener ?? 'kafka' },
    resources: [...d.topics, ...d.groups, ...d.transactionalIds].map((r) => ({
      name: r.name,
      type: resourceType[r.kind],
      ...(r.topicId ? { uid: r.topicId } : {}),
    })),
    unmapped: {
      acl_operations: d.operations.map((o) => `${o.operation}:${o.resourceType}`),
      identity_source: d.identitySource,
      ...(d.count !== undefined ? { count: d.count, first_seen: d.firstSeen, last_seen: d.lastSeen } : {}),
    },
  };
}

/** The OCSF API Activity record of any audit event (decision, connection or policy event). */
export function toOcsf(event: AuditEvent): OcsfApiActivity {
  if (isDecisionEvent(event)) return decisionRecord(event);
  const kind = event.type.slice('io.kafka-l7-proxy.'.length);
  if (event.type.includes('.connection.')) {
    const d = event.data as ConnectionData;
    const user = userOf(d.principal);
    return {
      ...base(event, 99, 1, `${kind} ${d.connection.id}${d.reason ? `: ${d.reason}` : ''}`),
      status_id: 1,
      status: 'Success',
      actor: { ...(user ? { user } : {}), ...(d.clientId ? { app_name: d.clientId } : {}) },
      api: { operation: kind, service: { name: 'kafka' } },
      src_endpoint: endpointOf(d.connection.remoteAddress),
      dst_endpoint: { ...endpointOf(d.connection.localAddress), svc_name: d.connection.listener ?? 'kafka' },
      ...(d.mechanism ? { unmapped: { sasl_mechanism: d.mechanism } } : {}),
    };
  }
  const d = event.data as PolicyData;
  const rejected = event.type.endsWith('.rejected');
  return {
    ...base(event, 3, rejected ? 3 : 1, `${kind} ${d.file} generation ${d.generation}`),
    status_id: rejected ? 2 : 1,
    status: rejected ? 'Failure' : 'Success',
    ...(rejected && d.errors ? { status_detail: d.errors.join('\n') } : {}),
    actor: { app_name: 'kafka-l7-proxy' },
    api: { operation: kind, service: { name: 'kafka-l7-proxy' } },
    src_endpoint: { svc_name: 'kafka-l7-proxy' },
    resources: [{ name: d.file, type: 'Policy', ...(d.digest ? { uid: d.digest } : {}) }],
  };
}
