// An API module as the enforcement filter calls it, whatever its key: the typed module is closed
// over, so the request is decoded by its own key's codec and handed to the module as that key's
// request type, with no cast between the wire and the decision.

import { apiKeyInfo } from '../../../protocol/generated/api-keys.js';
import {
  requestCodecOf,
  responseCodecOf,
  type ApiKeyNumber,
  type RequestOf,
} from '../../../protocol/generated/codecs.js';
import { collectEntities } from '../../../protocol/partial/index.js';
import { Reader } from '../../../protocol/primitives/index.js';
import type {
  RequestContext,
  RequestDecision,
  RequestHeaderInfo,
} from '../../connection/request-decision.js';
import type { PolicyOperations } from '../authorized-operations.js';
import type { ConnectionPolicy } from '../connection-policy.js';
import { responseRewrite } from '../request-codec.js';
import type { ApiHandling, ApiModule, PeekedNames, TailWalk } from './api-module.js';
import { RequestDecider, type DeciderServices } from './request-decider.js';
import { wholeRequestDenial } from './whole-denial.js';

/** What the filter supplies around a module's decision. */
export interface DecisionHooks {
  /** The connection's policy as it is now (after an asynchronous topic-ID lookup). */
  current(): ConnectionPolicy;
  /** The operations the policy grants the caller, for the module's `reveals` (computed when asked). */
  operations(policy: ConnectionPolicy): () => PolicyOperations;
  /** The body does not decode: the decision for that (close). */
  undecodable(error: unknown): RequestDecision;
}

/** One API module, its key's types closed over. */
export interface RegisteredApi {
  readonly apiKey: number;
  /** Kafka's name of the API (`Produce`). */
  readonly name: string;
  readonly handling: ApiHandling;
  /** True when the request is a list decided entry by entry (resource-list.ts). */
  readonly hasList: boolean;
  /** True when an `unauthorized` key's answer is still filtered (DescribeCluster): its frame is collected. */
  readonly revealsUnauthorized: boolean;
  /** True when the module decides allowed requests from their partial decode (`allowedFromPeek`). */
  readonly decidesFromPeek: boolean;
  /** True when the module handles requests of this version. */
  handles(version: number): boolean;
  /** Decode the collected request, let the module decide it, filter what its answer reveals. */
  decide(
    services: DeciderServices,
    request: RequestContext,
    policy: ConnectionPolicy,
    hooks: DecisionHooks,
  ): RequestDecision | Promise<RequestDecision>;
  /**
   * The allowed path from the start of the frame (`allowedFromStart`): the walk of the rest of the
   * frame when the policy allows every name the start carries (the request is then forwarded as it
   * arrives), else undefined (collect it whole and `decide`).
   */
  decideFromStart(
    services: DeciderServices,
    request: RequestContext,
    policy: ConnectionPolicy,
    size: number,
    start: Buffer,
  ): TailWalk | undefined;
  /** For `unauthorized` keys with `reveals`: forward, with the answer's revealing fields filtered. */
  forwardFiltered(request: RequestContext, ops: () => PolicyOperations): RequestDecision;
  /**
   * The encoded body of the broker's refusal of this request as a whole with `code`
   * (whole-denial.ts), or undefined when the API's answer has no place for it.
   */
  refusal(frame: Buffer, header: RequestHeaderInfo, code: number): Buffer | undefined;
  /** For `cluster-action` keys: the encoded body of the broker's refusal of this request. */
  clusterActionAnswer(frame: Buffer, header: RequestHeaderInfo): Buffer;
}

/** True when `module` handles `version`: its own range, else every valid version of the schemas. */
export function handlesVersion(module: Pick<ApiModule, 'apiKey' | 'versions'>, version: number): boolean {
  const versions = module.versions;
  if (versions === 'any') return true;
  if (versions !== undefined) return version >= versions.min && version <= versions.max;
  const info = apiKeyInfo(module.apiKey);
  return info !== undefined && version >= info.minVersion && version <= info.maxVersion;
}

/**
 * `decision` with the module's `reveals` applied to the broker's answer after any rewrite the
 * decision already had (the policy's own answers, drops and closes are returned unchanged: they are
 * built right).
 */
function withReveals<K extends ApiKeyNumber>(
  module: ApiModule<K>,
  request: RequestContext,
  decision: RequestDecision,
  body: RequestOf<K>,
  ops: () => PolicyOperations,
): RequestDecision {
  if (decision.outcome !== 'forward' && decision.outcome !== 'forward-modified') return decision;
  const { header } = request;
  const version = header.apiVersion;
  const rewrite = module.reveals?.(body, version, ops);
  if (rewrite === undefined) return decision;
  const revealed = responseRewrite(module.apiKey, version, rewrite);
  const previous = decision.outcome === 'forward-modified' ? decision.rewriteResponse : undefined;
  const observe = decision.outcome === 'forward-modified' ? decision.observeResponseHead : undefined;
  return {
    outcome: 'forward-modified',
    frame: decision.outcome === 'forward-modified' ? decision.frame : request.frame!,
    ...(observe !== undefined ? { observeResponseHead: observe } : {}),
    rewriteResponse: previous ? (responseFrame) => revealed(previous(responseFrame)) : revealed,
  };
}

function bodyReader(frame: Buffer, header: RequestHeaderInfo): Reader {
  return new Reader(frame, 4 + header.headerLength);
}

const FORWARD: RequestDecision = { outcome: 'forward' };

/**
 * The names a module's `allowedFromPeek` reads from the frame, or undefined when it cannot tell or
 * the frame does not decode (the full decode then decides, and closes on that).
 */
function peekedNames(
  allowedFromPeek: NonNullable<ApiModule['allowedFromPeek']>,
  frame: Buffer,
  header: RequestHeaderInfo,
  services: DeciderServices,
): PeekedNames | undefined {
  try {
    return allowedFromPeek(bodyReader(frame, header), header.apiVersion, services.topicIds);
  } catch {
    return undefined;
  }
}

/** `module` as the filter calls it. */
export function registered<K extends ApiKeyNumber>(module: ApiModule<K>): RegisteredApi {
  const requests = requestCodecOf(module.apiKey);
  const allowedFromPeek = module.allowedFromPeek?.bind(module);
  const allowedFromStart = module.allowedFromStart?.bind(module);
  if (allowedFromStart !== undefined && allowedFromPeek === undefined)
    throw new Error(`API key ${module.apiKey}: allowedFromStart without allowedFromPeek`);
  // The peek path forwards unchanged: nothing of the answer may need filtering, and nothing may be
  // answered before authorization.
  if (
    allowedFromPeek !== undefined &&
    (module.reveals !== undefined || module.rejectedBeforeAuthorization !== undefined)
  )
    throw new Error(
      `API key ${module.apiKey}: a module that filters its answers or rejects before authorization cannot decide from the peek`,
    );
  const requestName = requests.name;
  const name = requestName.replace(/Request$/, '');
  return {
    apiKey: module.apiKey,
    name,
    handling: module.handling,
    hasList: module.list !== undefined,
    decidesFromPeek: allowedFromPeek !== undefined,
    revealsUnauthorized: module.handling === 'unauthorized' && module.reveals !== undefined,
    handles: (version) => handlesVersion(module, version),
    decideFromStart(services, request, policy, size, start) {
      if (allowedFromStart === undefined || !services.peekDecisions) return undefined;
      const { header } = request;
      const from = allowedFromStart(
        start,
        4 + header.headerLength,
        size + 4,
        header.apiVersion,
        services.topicIds,
      );
      if (from === undefined) return undefined;
      const { names } = from;
      const allowed = policy.decisions.decideAllowed({
        apiKey: header.apiKey,
        apiVersion: header.apiVersion,
        clientId: header.clientId,
        topics: names.topics,
        groups: names.groups,
        transactionalIds: names.transactionalIds,
      });
      if (allowed === undefined) return undefined;
      services.counters.forwarded++;
      services.counters.fromPeek++;
      return from.tail;
    },
    forwardFiltered(request, ops) {
      const body = requests.decode(bodyReader(request.frame!, request.header), request.header.apiVersion);
      return withReveals(module, request, { outcome: 'forward' }, body, ops);
    },
    decide(services, request, policy, hooks) {
      const { header, frame } = request;
      const version = header.apiVersion;
      if (allowedFromPeek !== undefined && services.peekDecisions) {
        // The allowed path from the partial decode; everything else falls through to the full one.
        const names = peekedNames(allowedFromPeek, frame!, header, services);
        if (names !== undefined) {
          const allowed = policy.decisions.decideAllowed({
            apiKey: header.apiKey,
            apiVersion: version,
            clientId: header.clientId,
            topics: names.topics,
            groups: names.groups,
            transactionalIds: names.transactionalIds,
          });
          if (allowed !== undefined) {
            services.counters.forwarded++;
            services.counters.fromPeek++;
            return FORWARD;
          }
        }
      }
      let body: RequestOf<K>;
      try {
        body = requests.decode(bodyReader(frame!, header), version);
      } catch (error) {
        return hooks.undecodable(error);
      }
      const run = (current: ConnectionPolicy): RequestDecision | Promise<RequestDecision> => {
        const ctx = new RequestDecider(services, request, current, module);
        // What the broker rejects before it authorizes anything: its own answer.
        const rejected = module.rejectedBeforeAuthorization?.(
          body,
          version,
          (name) => current.quiet.decide({ ...ctx.base(), topics: [name] }).topics[0]!.allowed,
        );
        if (rejected !== undefined) return ctx.answer(rejected);
        const decision = module.decide
          ? module.decide(ctx, body)
          : module.list
            ? ctx.decideList(body, module.list)
            : ctx.decideWhole(body);
        const filtered = (d: RequestDecision): RequestDecision =>
          withReveals(module, request, d, body, hooks.operations(current));
        return decision instanceof Promise ? decision.then(filtered) : filtered(decision);
      };
      const ids = collectEntities(requestName, version, body).topicIds;
      const unknown = ids.filter((id) => services.topicIds.known(id) === undefined);
      if (unknown.length === 0) return run(policy);
      return services.topicIds.resolve(unknown).then(() => run(hooks.current()));
    },
    refusal(frame, header, code) {
      const version = header.apiVersion;
      const body = requests.decode(bodyReader(frame, header), version);
      const response = wholeRequestDenial(module, version, body, code);
      return response === undefined ? undefined : responseCodecOf(module.apiKey).encode(response, version);
    },
    clusterActionAnswer(frame, header) {
      const answer = module.clusterActionAnswer;
      if (answer === undefined) throw new Error(`${name} is not answered by the broker`);
      const version = header.apiVersion;
      const body = requests.decode(bodyReader(frame, header), version);
      return responseCodecOf(module.apiKey).encode(answer(body, version), version);
    },
  };
}
