// What an API module decides with: one request, the connection's policy, and the ways a decision
// ends (forward, forward a split request, answer as the broker, close), counted. The two generic
// decisions live here too: a request decided as a whole on every name it carries (`decideWhole`),
// and a list request decided entry by entry (`decideList`, resource-list.ts).

import { ErrorCode } from '../../../protocol/errors.js';
import {
  requestCodecOf,
  responseCodecOf,
  type ApiKeyNumber,
  type RequestOf,
  type ResponseOf,
} from '../../../protocol/generated/codecs.js';
import { collectEntities } from '../../../protocol/partial/index.js';
import type {
  RequestContext,
  RequestDecision,
  RequestHeaderInfo,
} from '../../connection/request-decision.js';
import type { Logger } from '../../log.js';
import type { PolicyDecision, PolicySource, ResourceDecision } from '../../policy/index.js';
import { classifyApiKey } from '../../policy/index.js';
import { isUnscoped } from '../../policy/policy-model.js';
import { authorizedEntities } from '../authorized-entities.js';
import type { ConnectionPolicy } from '../connection-policy.js';
import { skeletonOf } from '../default-value-reader.js';
import type { FetchSessionEnforcement } from '../fetch-session-enforcement.js';
import type { RegexSubscriptions } from '../regex-subscriptions.js';
import type { ShareSessionTracker } from '../share-session-tracker.js';
import { encodeRequestWithBody, encodeResponseBody, responseRewrite } from '../request-codec.js';
import type { TopicIdResolver } from '../topic-id-resolver.js';
import type { ApiModule } from './api-module.js';
import {
  entryKinds,
  mergeDeniedEntries,
  answerAllEntries,
  type EntryKind,
  type ResourceList,
} from './resource-list.js';
import { wholeRequestDenial } from './whole-denial.js';

/** Per-filter counts of what the policy did to requests. */
export interface EnforcementCounters {
  /** Forwarded unchanged. */
  forwarded: number;
  /** Of those, decided from the partial decode alone (api-module.ts `allowedFromPeek`). */
  fromPeek: number;
  /** Forwarded with a response rewrite (Metadata filtering, a split request). */
  rewritten: number;
  /** Forwarded without their denied entries, whose errors were merged into the answer. */
  split: number;
  answered: number;
  closed: number;
}

/** What the enforcement filter shares with every decision. */
export interface DeciderServices {
  readonly counters: EnforcementCounters;
  /** The policy in force (for rules looked up by id). */
  readonly policy: PolicySource;
  readonly topicIds: TopicIdResolver;
  readonly fetchSessions: FetchSessionEnforcement;
  /** Share sessions (KIP-932) of every connection (share-session-tracker.ts). */
  readonly shareSessions: ShareSessionTracker;
  /** KIP-848 regex subscriptions of every connection (regex-subscriptions.ts). */
  readonly regexes: RegexSubscriptions;
  /**
   * Whether modules with `allowedFromPeek` decide an allowed request from its partial decode
   * (api-module.ts); false decides every request from its full decode.
   */
  readonly peekDecisions: boolean;
  readonly log?: Logger;
}

const FORWARD: RequestDecision = { outcome: 'forward' };

/** The decision that closes the connection, counted and logged (`reason` says why). */
export function closeDecision(services: DeciderServices, reason: string): RequestDecision {
  services.counters.closed++;
  services.log?.warn({ event: 'policy.close', reason }, `policy closes the connection: ${reason}`);
  return { outcome: 'close', reason: `policy: ${reason}` };
}

/** The API key, version and client id of a request, as the policy engine is asked. */
export interface RequestBase {
  apiKey: number;
  apiVersion: number;
  clientId: string | null;
}

/** The decision context of one decoded request of API key `K`. */
export class RequestDecider<K extends ApiKeyNumber = ApiKeyNumber> {
  readonly header: RequestHeaderInfo;
  /** The request's version. */
  readonly version: number;
  /** The whole request frame (size prefix included). */
  readonly frame: Buffer;

  constructor(
    readonly services: DeciderServices,
    readonly request: RequestContext,
    readonly policy: ConnectionPolicy,
    readonly module: ApiModule<K>,
  ) {
    this.header = request.header;
    this.version = request.header.apiVersion;
    this.frame = request.frame!;
  }

  /** The request as the policy engine is asked about it, before its resources are added. */
  base(): RequestBase {
    return { apiKey: this.header.apiKey, apiVersion: this.version, clientId: this.header.clientId };
  }

  /** Forward unchanged. */
  forward(): RequestDecision {
    return this.counted(FORWARD);
  }

  /** Counts a decision made elsewhere (forward, forward-modified, answer). */
  counted(decision: RequestDecision): RequestDecision {
    const c = this.services.counters;
    if (decision.outcome === 'forward') c.forwarded++;
    else if (decision.outcome === 'forward-modified') c.rewritten++;
    else if (decision.outcome === 'answer') c.answered++;
    return decision;
  }

  /** Answer with `response` (the response body of this API at this version) instead of forwarding. */
  answer(response: unknown): RequestDecision {
    this.services.counters.answered++;
    return {
      outcome: 'answer',
      responseBody: encodeResponseBody(this.header.apiKey, this.version, response),
    };
  }

  close(reason: string): RequestDecision {
    return closeDecision(this.services, reason);
  }

  /**
   * Forward `frame` (this request changed) and pass the broker's answer through `rewrite`:
   * counted as a split request.
   */
  split(frame: Buffer, rewrite: (response: ResponseOf<K>) => void): RequestDecision {
    this.services.counters.split++;
    this.services.counters.rewritten++;
    return { outcome: 'forward-modified', frame, rewriteResponse: this.answerRewrite(rewrite) };
  }

  /**
   * Forward `frame` (the request as it came, or changed) with the broker's answer passed through
   * `rewrite`; a `rewrite` that returns false changed nothing, and the answer passes as it came.
   */
  rewriting(frame: Buffer, rewrite: (response: ResponseOf<K>) => boolean | void): RequestDecision {
    return { outcome: 'forward-modified', frame, rewriteResponse: this.answerRewrite(rewrite) };
  }

  /** A response-frame rewrite: decode the broker's answer, change it, encode it behind the same header. */
  private answerRewrite(
    rewrite: (response: ResponseOf<K>) => boolean | void,
  ): (responseFrame: Buffer) => Buffer {
    return responseRewrite(this.module.apiKey, this.version, rewrite);
  }

  /** This request with `body` in place of its own, re-encoded with the same header. */
  encode(body: RequestOf<K>): Buffer {
    return encodeRequestWithBody(this.header, body);
  }

  /** A skeleton of this API's response at this version (every field neutral), to fill in. */
  skeletonResponse(): ResponseOf<K> {
    return skeletonOf(responseCodecOf(this.module.apiKey), this.version);
  }

  /** Answer with the broker's refusal of the whole request (`code`), or close when it has no error field. */
  answerOrClose(body: RequestOf<K>, code: number, decision: PolicyDecision): RequestDecision {
    const response = wholeRequestDenial(this.module, this.version, body, code);
    if (response === undefined) {
      return this.close(
        `${decision.apiName} denied and its response has no error field: ${firstDenial(decision)}`,
      );
    }
    return this.answer(response);
  }

  /** Everything else: the request is allowed or refused as a whole, on every name it carries. */
  decideWhole(body: RequestOf<K>): RequestDecision {
    const name = requestCodecOf(this.module.apiKey).name;
    // Only the kinds Kafka authorizes on this API are decided: the topics ListPartitionReassignments
    // or ElectLeaders name are authorized on the cluster alone (authorized-entities.ts).
    const entities = authorizedEntities(
      classifyApiKey(this.module.apiKey)!,
      collectEntities(name, this.version, body),
    );
    const topicIds = this.services.topicIds;
    const resolvedIds = entities.topicIds.map((id) => topicIds.known(id));
    const decision = this.policy.decisions.decide({
      ...this.base(),
      topics: [...entities.topicNames, ...resolvedIds.filter((n): n is string => n !== undefined)],
      groups: entities.groupIds,
      transactionalIds: entities.transactionalIds,
    });
    const unresolved = resolvedIds.some((n) => n === undefined);
    if (decision.allowed && !unresolved) return this.forward();
    const code = decision.allowed
      ? ErrorCode.UNKNOWN_TOPIC_ID
      : wholeRequestCode(decision, 'topic') || firstCode(decision);
    return this.answerOrClose(body, code, decision);
  }

  /** Requests that are one list of topics, groups or ids: each entry is decided on its own. */
  decideList(body: RequestOf<K>, list: ResourceList<RequestOf<K>, unknown>): RequestDecision {
    const { version, request } = this;
    const entries = list.entries(body, version);
    const refs = entries.map((e) => list.ref(e, version));
    const topicIds = this.services.topicIds;
    const names = refs.map((r) => r.name ?? (r.id !== null ? (topicIds.known(r.id) ?? null) : null));
    const kinds = entryKinds(list, entries);
    const named = (kind: EntryKind): string[] =>
      names.filter((n, i): n is string => n !== null && kinds[i] === kind);
    const scope = list.scope?.(body, version) ?? { groups: [], transactionalIds: [] };
    const decision = this.policy.decisions.decide({
      ...this.base(),
      topics: named('topic'),
      groups: [...named('group'), ...scope.groups],
      transactionalIds: [...named('transactionalId'), ...scope.transactionalIds],
    });
    // Only what scopes the whole request (Produce's transactional id, OffsetCommit's group) can fail
    // it as a whole; entries of the list are decided one by one.
    const scoped = scope.groups.length + scope.transactionalIds.length > 0;
    const listKind = list.kind ?? 'topic';
    const whole = scoped ? wholeRequestCode(decision, listKind) : 0;
    const clusterCode = this.clusterEntryCode(decision);
    const next = { topic: 0, group: 0, transactionalId: 0 };
    const verdictsOf = {
      topic: decision.topics,
      group: decision.groups,
      transactionalId: decision.transactionalIds,
    };
    const codes = names.map((name, i) => {
      if (name === null) return ErrorCode.UNKNOWN_TOPIC_ID;
      const kind = kinds[i]!;
      if (kind === 'cluster') return clusterCode;
      const v = verdictsOf[kind][next[kind]++]!;
      if (whole !== 0) return whole;
      return v.allowed ? 0 : (v.errorCode ?? ErrorCode.TOPIC_AUTHORIZATION_FAILED);
    });
    if (whole === 0 && codes.every((code) => code === 0)) return this.forward();
    if (!request.expectsResponse) {
      // acks=0: the broker answers nothing and closes the connection on any error.
      return this.close(`${decision.apiName} with acks=0 denied: ${firstDenial(decision)}`);
    }
    if (whole !== 0 || codes.every((code) => code !== 0)) {
      const response =
        whole !== 0
          ? wholeRequestDenial(this.module, version, body, whole)
          : answerAllEntries(list, responseCodecOf(this.module.apiKey), body, version, codes);
      return this.answer(response);
    }
    // Some entries allowed, some denied: forward the allowed ones and merge the rest back in.
    const kept = entries.filter((_e, i) => codes[i] === 0);
    return this.split(this.encode(list.withEntries(body, [...kept], version)), (response) =>
      mergeDeniedEntries(list, body, response, version, codes),
    );
  }

  /**
   * Cluster-level entries of a mixed list (broker configs in DescribeConfigs): allowed only by a rule
   * that covers the API without naming a topic, group or transactional id; a rule about some topics
   * does not open broker configuration.
   */
  private clusterEntryCode(decision: PolicyDecision): number {
    const denied = decision.api.errorCode ?? ErrorCode.CLUSTER_AUTHORIZATION_FAILED;
    if (!decision.api.allowed || decision.api.rule === undefined) return denied;
    const ruleId = decision.api.rule.id;
    for (const set of this.services.policy.current().policy.ruleSets) {
      const rule = set.allow.find((r) => r.id === ruleId);
      if (rule !== undefined) return isUnscoped(rule) ? 0 : ErrorCode.CLUSTER_AUTHORIZATION_FAILED;
    }
    return denied;
  }
}

function codeOf(v: ResourceDecision, fallback: number): number {
  return v.errorCode ?? fallback;
}

/**
 * The answer code of each topic a request or answer names, in order: UNKNOWN_TOPIC_ID (100) for one
 * the proxy cannot name (null: an ID it cannot resolve), else its verdict's (0 when allowed, its
 * error code or TOPIC_AUTHORIZATION_FAILED). `verdicts` are those of the non-null names, in order.
 */
export function topicCodes(
  names: readonly (string | null)[],
  verdicts: readonly ResourceDecision[],
): number[] {
  let next = 0;
  return names.map((name) => {
    if (name === null) return ErrorCode.UNKNOWN_TOPIC_ID;
    const v = verdicts[next++]!;
    return v.allowed ? 0 : (v.errorCode ?? ErrorCode.TOPIC_AUTHORIZATION_FAILED);
  });
}

/**
 * The code that refuses the whole request, 0 when the entries decide one by one. Kafka checks the
 * transactional id first, then the group, then (for APIs without entries of the list's kind) the API.
 */
export function wholeRequestCode(decision: PolicyDecision, listKind: EntryKind): number {
  const txn = decision.transactionalIds.find((v) => !v.allowed);
  if (txn) return codeOf(txn, ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED);
  if (listKind === 'topic') {
    const group = decision.groups.find((v) => !v.allowed);
    if (group) return codeOf(group, ErrorCode.GROUP_AUTHORIZATION_FAILED);
  }
  return 0;
}

/** The code of the first denial: the API's, else the first denied resource's. */
export function firstCode(decision: PolicyDecision): number {
  if (!decision.api.allowed) return decision.api.errorCode ?? ErrorCode.CLUSTER_AUTHORIZATION_FAILED;
  const denied = [...decision.transactionalIds, ...decision.groups, ...decision.topics].find(
    (v) => !v.allowed,
  );
  return denied?.errorCode ?? ErrorCode.TOPIC_AUTHORIZATION_FAILED;
}

/** Why the decision denies, for a close reason. */
export function firstDenial(decision: PolicyDecision): string {
  if (!decision.api.allowed) return decision.api.reason;
  const denied = [...decision.transactionalIds, ...decision.groups, ...decision.topics].find(
    (v) => !v.allowed,
  );
  return denied?.reason ?? 'denied';
}
