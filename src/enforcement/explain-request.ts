// `policy explain` asks the enforcement filter itself: it builds the request a client would send
// (the API at the version, naming the given topics, groups and transactional ids where the request
// carries them), runs it through a PolicyEnforcementFilter for the principal, and reports what the
// filter did. Explain and enforcement are then one decision by construction;
// test/unit/enforcement/explain-matches-filter.test.ts checks it for every API key and version.

import { encodeRequestFrame } from '../../protocol/framing/index.js';
import { ApiKey, apiKeyInfo } from '../../protocol/generated/api-keys.js';
import { REQUEST_CODECS, type MessageCodec } from '../../protocol/generated/codecs.js';
import { ENTITY_PATHS } from '../../protocol/generated/entity-paths.js';
import type { ConnectionContext } from '../connection/connection-context.js';
import type { RequestDecision } from '../connection/request-decision.js';
import { readRequestHeader } from '../connection/request-header.js';
import {
  API_KEYS,
  FixedPolicySource,
  RecordingDecisionSink,
  compilePolicy,
  type CompiledPolicy,
  type PolicyDecision,
} from '../policy/index.js';
import { ZERO_UUID } from '../../protocol/primitives/codec-runtime.js';
import type { MetadataRequestTopic, ProduceRequest } from '../../protocol/generated/index.js';
import { completeFromTemplate, templateOf } from './default-value-reader.js';
import { lookedUp, metadataTopicById } from './apis/metadata.js';
import { hasTransactionalBatch } from './produce-batches.js';
import { moduleOf } from './apis/registry.js';
import { PolicyEnforcementFilter } from './policy-enforcement-filter.js';
import { TopicIdResolver } from './topic-id-resolver.js';
import type { RequestNames } from '../policy/engine.js';

/** A request as `policy explain` describes it. */
export interface ExplainedRequestInput extends RequestNames {
  readonly principal: string;
  readonly clientId: string | null;
  readonly apiKey: number;
  readonly apiVersion: number;
}

/** What the filter did with the request. */
export interface ExplainedRequest {
  /**
   * The filter sent the request to the broker and every decision it took on it allowed all the
   * request names (a listing's answer may still be filtered).
   */
  readonly allowed: boolean;
  readonly outcome: RequestDecision['outcome'];
  /** Set when the filter closed the connection. */
  readonly reason?: string;
  /** The decisions the filter took on the way (the first is the request's). */
  readonly decisions: readonly PolicyDecision[];
}

type Obj = Record<string, unknown>;

/** Sets `values` at an entity path (`topics[].name`): one element per value in the last array. */
function place(node: Obj, segments: readonly string[], values: readonly unknown[], i = 0): void {
  const segment = segments[i]!;
  const isArray = segment.endsWith('[]');
  const key = isArray ? segment.slice(0, -2) : segment;
  if (i === segments.length - 1) {
    node[key] = isArray ? [...values] : values[0];
    return;
  }
  if (!isArray) {
    node[key] ??= {};
    place(node[key] as Obj, segments, values, i + 1);
    return;
  }
  const list = (node[key] ??= []) as Obj[];
  if (segments.slice(i + 1).some((s) => s.endsWith('[]'))) {
    list[0] ??= {};
    place(list[0], segments, values, i + 1);
  } else {
    values.forEach((value, j) => {
      list[j] ??= {};
      place(list[j]!, segments, [value], i + 1);
    });
  }
}

/** Completes a partial request from the message's template; fields it does not set keep no entries. */
function fill(partial: unknown, template: unknown): unknown {
  if (partial === undefined) return emptied(template);
  if (Array.isArray(partial)) {
    const element = Array.isArray(template) ? template[0] : undefined;
    return partial.map((p) => fill(p, element));
  }
  if (partial !== null && typeof partial === 'object' && !Buffer.isBuffer(partial)) {
    const t = (template ?? {}) as Obj;
    const out: Obj = {};
    for (const key of new Set([...Object.keys(t), ...Object.keys(partial)]))
      out[key] = fill((partial as Obj)[key], t[key]);
    return out;
  }
  return completeFromTemplate(partial, template);
}

function emptied(template: unknown): unknown {
  if (Array.isArray(template)) return [];
  if (template !== null && typeof template === 'object' && !Buffer.isBuffer(template)) {
    return Object.fromEntries(Object.entries(template).map(([k, v]) => [k, emptied(v)]));
  }
  return template;
}

const CONFIG_RESOURCE_TOPIC = 2;
const CONFIG_RESOURCE_GROUP = 32;
const ALTER_CONFIGS = API_KEYS.AlterConfigs;
const INCREMENTAL_ALTER_CONFIGS = API_KEYS.IncrementalAlterConfigs;
const FIND_COORDINATOR_GROUP = 0;
const FIND_COORDINATOR_TRANSACTION = 1;

/**
 * The request body a client would send for `input`: names at the request's entity paths (topic
 * names where the version has them, else topic IDs from `idOf`), plus the few APIs whose names sit in
 * untyped fields (FindCoordinator keys, config resources). Fields that are not an authorization
 * question take neutral values: acks -1, no fetch session, no topic auto-creation.
 */
export function explainedRequestBody(input: ExplainedRequestInput, idOf: (topic: string) => string): unknown {
  const { apiKey, apiVersion: v } = input;
  const info = apiKeyInfo(apiKey)!;
  const partial: Obj = {};
  const paths = (ENTITY_PATHS[`${info.name}Request`] ?? []).filter(
    (p) => v >= p.minVersion && v <= p.maxVersion,
  );
  const first = (type: string) => paths.find((p) => p.entityType === type);
  const topicByName = first('topicName');
  const topicById = first('topicId');
  if (input.topics.length > 0) {
    if (topicByName) place(partial, topicByName.path.split('.'), input.topics);
    else if (topicById) place(partial, topicById.path.split('.'), input.topics.map(idOf));
  }
  const group = first('groupId');
  if (group && input.groups.length > 0) place(partial, group.path.split('.'), input.groups);
  const txn = first('transactionalId');
  if (txn && input.transactionalIds.length > 0) place(partial, txn.path.split('.'), input.transactionalIds);

  switch (apiKey) {
    case API_KEYS.FindCoordinator: {
      const transactional = input.transactionalIds.length > 0;
      const keys = transactional ? input.transactionalIds : input.groups;
      partial.keyType = transactional ? FIND_COORDINATOR_TRANSACTION : FIND_COORDINATOR_GROUP;
      if (v >= 4) partial.coordinatorKeys = [...keys];
      else partial.key = keys[0] ?? '';
      break;
    }
    case API_KEYS.DescribeConfigs:
    case ALTER_CONFIGS:
    case INCREMENTAL_ALTER_CONFIGS:
      partial.resources = [
        ...input.topics.map((resourceName) => ({ resourceType: CONFIG_RESOURCE_TOPIC, resourceName })),
        ...input.groups.map((resourceName) => ({ resourceType: CONFIG_RESOURCE_GROUP, resourceName })),
      ];
      break;
    case API_KEYS.Metadata:
      if (input.topics.length === 0) partial.topics = null;
      partial.allowAutoTopicCreation = false;
      break;
    case API_KEYS.Produce:
      partial.acks = -1;
      // Given a transactional id, the producer is transactional: its batches say so, and only then
      // does the broker check the id (produce-batches.ts).
      if (input.transactionalIds.length > 0) {
        for (const topic of (partial.topicData ?? []) as Obj[]) {
          topic.partitionData = [{ index: 0, records: transactionalBatchHeader() }];
        }
      }
      break;
    case ApiKey.SyncGroup:
      // v5+ needs both, or the broker answers INCONSISTENT_GROUP_PROTOCOL before it authorizes
      // (the `rejectedBeforeAuthorization` of its API module); a consumer's values.
      if (v >= 5) Object.assign(partial, { protocolType: 'consumer', protocolName: 'range' });
      break;
    case ApiKey.DescribeTopicPartitions:
      // No cursor: a cursor outside the named topics is rejected before authorization (the `rejectedBeforeAuthorization` of its API module).
      partial.cursor = null;
      break;
    case API_KEYS.Fetch:
      // A consumer's fetch (replica id -1) without a session: followers are brokers, never explained.
      Object.assign(partial, { replicaId: -1, sessionEpoch: -1 });
      if (v >= 15) partial.replicaState = { replicaId: -1, replicaEpoch: -1n };
      break;
  }
  const codec = REQUEST_CODECS.get(apiKey)! as MessageCodec<unknown>;
  const template = templateOf(codec, v) as Obj;
  // Cluster-level entries (ACL bindings, quota entries) name no topic, group or transactional id:
  // the request explain asks about holds one, as a client's would.
  const clusterList = CLUSTER_ENTRY_LISTS[apiKey];
  if (clusterList !== undefined) partial[clusterList] = template[clusterList];
  return fill(partial, template);
}

/** List fields of entries Kafka authorizes on the cluster, by API key (CreateAcls, DeleteAcls, AlterClientQuotas). */
const CLUSTER_ENTRY_LISTS: Readonly<Record<number, string>> = {
  30: 'creations',
  31: 'filters',
  49: 'entries',
};

/**
 * The names a request carries where explainedRequestBody puts them (the first entity path of each
 * kind at the version, FindCoordinator keys, topic and group config resources): what `policy
 * explain` takes as --topic, --group and --transactional-id. `kinds` says which kinds exist at all;
 * `unnamed` is set when the request holds entries explain cannot name (broker config resources).
 */
export function explainNames(
  apiKey: number,
  v: number,
  body: unknown,
): {
  topicNames: string[];
  topicIds: string[];
  groups: string[];
  transactionalIds: string[];
  unnamed: boolean;
} {
  const out = {
    topicNames: [] as string[],
    topicIds: [] as string[],
    groups: [] as string[],
    transactionalIds: [] as string[],
    unnamed: false,
  };
  const info = apiKeyInfo(apiKey)!;
  const b = body as Obj;
  switch (apiKey) {
    case API_KEYS.FindCoordinator: {
      const keys = v >= 4 ? (b.coordinatorKeys as string[]) : [b.key as string];
      if (b.keyType === FIND_COORDINATOR_TRANSACTION) out.transactionalIds.push(...keys);
      else if (b.keyType === FIND_COORDINATOR_GROUP) out.groups.push(...keys);
      else out.unnamed = keys.length > 0;
      return out;
    }
    case API_KEYS.Metadata:
      // As the filter reads them: from v12, any topic ID makes the broker look up IDs only.
      for (const t of lookedUp((b.topics ?? []) as MetadataRequestTopic[], v)) {
        if (metadataTopicById(t)) out.topicIds.push(t.topicId);
        else if (t.name !== null) out.topicNames.push(t.name);
      }
      return out;
    case API_KEYS.DescribeConfigs:
    case ALTER_CONFIGS:
    case INCREMENTAL_ALTER_CONFIGS:
      for (const r of b.resources as Array<{ resourceType: number; resourceName: string }>) {
        if (r.resourceType === CONFIG_RESOURCE_TOPIC) out.topicNames.push(r.resourceName);
        else if (r.resourceType === CONFIG_RESOURCE_GROUP) out.groups.push(r.resourceName);
        else out.unnamed = true;
      }
      return out;
  }
  const clusterList = CLUSTER_ENTRY_LISTS[apiKey];
  // explain always asks about one cluster-level entry; an empty list asks nothing.
  if (clusterList !== undefined && (b[clusterList] as unknown[]).length === 0) out.unnamed = true;
  const paths = (ENTITY_PATHS[`${info.name}Request`] ?? []).filter(
    (p) => v >= p.minVersion && v <= p.maxVersion,
  );
  // A request that is a list of entries is decided entry by entry, on its list (the first path); any
  // other request as a whole, on every name it carries (collectEntities, as the filter does).
  const whole = moduleOf(apiKey)?.hasList !== true;
  const read = (type: string): string[] => {
    const found: string[] = [];
    for (const p of paths.filter((x) => x.entityType === type).slice(0, whole ? undefined : 1))
      collect(body, p.path.split('.'), 0, found);
    return found;
  };
  out.topicNames = read('topicName');
  if (out.topicNames.length === 0 && !paths.some((p) => p.entityType === 'topicName')) {
    out.topicIds = read('topicId').filter((id) => id !== ZERO_UUID);
  }
  out.groups = read('groupId');
  out.transactionalIds = read('transactionalId');
  // A Produce's transactional id counts only with a transactional batch, as the filter reads it.
  if (apiKey === API_KEYS.Produce && !hasTransactionalBatch(body as ProduceRequest))
    out.transactionalIds = [];
  return out;
}

function collect(value: unknown, segments: readonly string[], i: number, out: string[]): void {
  if (value === null || value === undefined) return;
  if (i === segments.length) {
    if (Array.isArray(value)) for (const x of value) if (typeof x === 'string') out.push(x);
    if (typeof value === 'string') out.push(value);
    return;
  }
  const segment = segments[i]!;
  const child = (value as Obj)[segment.endsWith('[]') ? segment.slice(0, -2) : segment];
  if (segment.endsWith('[]') && i < segments.length - 1 && Array.isArray(child)) {
    for (const element of child) collect(element, segments, i + 1, out);
  } else {
    collect(child, segments, i + 1, out);
  }
}

/** A policy that names `principal` for every connection, so that the filter decides for it. */
const forPrincipalCache = new WeakMap<CompiledPolicy, Map<string, CompiledPolicy>>();

function forPrincipal(compiled: CompiledPolicy, principal: string): CompiledPolicy {
  let byPrincipal = forPrincipalCache.get(compiled);
  if (byPrincipal === undefined) {
    byPrincipal = new Map();
    forPrincipalCache.set(compiled, byPrincipal);
  }
  let out = byPrincipal.get(principal);
  if (out === undefined) {
    out = compilePolicy(
      { ...compiled.policy, identities: [{ type: 'static', id: 'explain', principal }] },
      compiled.generation,
    );
    byPrincipal.set(principal, out);
  }
  return out;
}

/**
 * The header of a record batch (format v2, KIP-98) of a transactional producer, with no records:
 * magic 2 at byte 16, the transactional attribute (0x10) at bytes 21-22. The filter reads nothing
 * else of a batch.
 */
function transactionalBatchHeader(): Buffer {
  const batch = Buffer.alloc(61);
  batch.writeInt32BE(49, 8); // batch length: the bytes after this field
  batch.writeInt8(2, 16);
  batch.writeInt16BE(0x10, 21);
  batch.writeInt32BE(-1, 27); // last offset delta
  return batch;
}

const EXPLAIN_CONNECTION = (): ConnectionContext => ({
  id: 0,
  listener: { kind: 'bootstrap' },
  remoteAddress: '127.0.0.1',
  remotePort: 0,
  tls: undefined,
  sasl: { mechanism: undefined, user: undefined, authenticated: false },
  clientId: null,
});

/**
 * Runs the request `input` describes (or `body`, a request the caller built) through the enforcement
 * filter with `compiled`, for `input.principal`, and says what it did. Topic IDs in the request are
 * resolved through `topicIds` (name -> ID); topics named without one get made-up IDs.
 */
export async function explainThroughFilter(
  compiled: CompiledPolicy,
  input: ExplainedRequestInput,
  options: { body?: unknown; topicIds?: Readonly<Record<string, string>> } = {},
): Promise<ExplainedRequest> {
  const resolver = new TopicIdResolver(undefined);
  const ids = new Map(Object.entries(options.topicIds ?? {}));
  const idOf = (topic: string): string => {
    let id = ids.get(topic);
    if (id === undefined) {
      id = Buffer.alloc(16, ids.size + 1).toString('base64url');
      ids.set(topic, id);
    }
    return id;
  };
  const body = options.body ?? explainedRequestBody(input, idOf);
  for (const [name, id] of ids) resolver.learn(id, name);
  const codec = REQUEST_CODECS.get(input.apiKey)! as MessageCodec<unknown>;
  const frame = encodeRequestFrame(
    codec,
    {
      apiKey: input.apiKey,
      apiVersion: input.apiVersion,
      correlationId: 1,
      clientId: input.clientId,
    },
    body,
  );
  const sink = new RecordingDecisionSink();
  const filter = new PolicyEnforcementFilter({
    policy: new FixedPolicySource(forPrincipal(compiled, input.principal)),
    sink,
    topicIds: resolver,
  });
  const header = readRequestHeader(frame);
  const decision = await filter.decide({
    connection: EXPLAIN_CONNECTION(),
    header,
    expectsResponse: true,
    frame: filter.wantsFrame(header) ? frame : undefined,
  });
  // Allowed: sent to the broker, and every decision the filter took on the request allowed all it
  // names (a forwarded request whose denied topics are answered 29 by a rewrite is not allowed; a
  // listing whose answer is filtered is).
  const decisions = sink.events.map((e) => e.decision);
  const allowed =
    (decision.outcome === 'forward' || decision.outcome === 'forward-modified') &&
    decisions.every((d) => d.allowed);
  return {
    allowed,
    outcome: decision.outcome,
    ...(decision.outcome === 'close' ? { reason: decision.reason } : {}),
    decisions,
  };
}
