// What the proxy knows about one Kafka API, in one place: how a request of that key is handled
// before any policy (never authorized, answered as the broker answers inter-broker keys, or decided),
// which versions the proxy understands, how the policy decides it, how a refusal is answered, and
// what the broker's answer may reveal that the policy hides. One module per API or API family in
// this folder implements it; registry.ts maps every API key to its module and fails closed on the
// rest.

import type { ApiKeyNumber, RequestOf, ResponseOf } from '../../../protocol/generated/codecs.js';
import type { Reader } from '../../../protocol/primitives/index.js';
import type { RequestDecision } from '../../connection/request-decision.js';
import type { TopicIdResolver } from '../topic-id-resolver.js';
import type { PolicyOperations } from '../authorized-operations.js';
import type { RequestDecider } from './request-decider.js';
import type { ResourceList } from './resource-list.js';
import type { RequestNames } from '../../policy/engine.js';

/**
 * How a request of the key is handled before the policy is asked:
 * - `unauthorized`: Kafka never authorizes it (connection setup, client telemetry, DescribeCluster);
 *   forwarded, with only `reveals` applied to the answer;
 * - `cluster-action`: an inter-broker key a broker serves on its client listener and answers with
 *   CLUSTER_AUTHORIZATION_FAILED (`clusterActionAnswer`); never forwarded;
 * - `decided`: decoded once the SASL exchange is complete, then decided by the policy (`decide`).
 */
export type ApiHandling = 'unauthorized' | 'cluster-action' | 'decided';

/**
 * The names of a request as the policy is asked about them (topic IDs already resolved to names),
 * in the order and with the repetitions the module's full decision would ask.
 */
export type PeekedNames = RequestNames;

/**
 * The rest of a frame decided from its start, walked as it streams: `push` each later piece (throws a
 * DecodeError at bytes the full decoder would refuse), `end` when the frame ended (throws unless the
 * whole request was in it).
 */
export interface TailWalk {
  push(bytes: Buffer): void;
  end(): void;
}

/** Inclusive version range a module handles. */
export interface VersionRange {
  readonly min: number;
  readonly max: number;
}

/**
 * One API's behaviour in the proxy. `K` is the API key (`typeof ApiKey.Produce`), which types the
 * request and response the module's functions receive (`RequestOf<K>`, `ResponseOf<K>`).
 */
export interface ApiModule<K extends ApiKeyNumber = ApiKeyNumber> {
  readonly apiKey: K;
  readonly handling: ApiHandling;
  /**
   * The versions this module handles; a request at any other version is closed (fail closed).
   * Default: every valid version of the schemas. `'any'` for keys forwarded unread (ApiVersions at a
   * version newer than the proxy's schemas is the broker's to answer).
   */
  readonly versions?: VersionRange | 'any';
  /**
   * The decision on a decoded request. Default: the request is decided as a whole on every name it
   * carries (`ctx.decideWhole`), or entry by entry when the module has a `list`.
   */
  decide?(ctx: RequestDecider<K>, request: RequestOf<K>): RequestDecision | Promise<RequestDecision>;
  /** For requests that are a list of topics, groups, transactional ids or config resources: resource-list.ts. */
  readonly list?: ResourceList<RequestOf<K>, ResponseOf<K>>;
  /**
   * How the broker's refusal of the whole request differs from a skeleton of the response with its
   * top-level error code set (fields the broker fills with something other than a neutral value).
   * Called after the error code is set, where the version has one.
   */
  denial?(response: ResponseOf<K>, request: RequestOf<K>, version: number, code: number): void;
  /**
   * What the broker's answer reveals that the policy hides (authorized operations, groups naming a
   * denied topic): the rewrite of the decoded answer, applied whatever the decision was, or
   * undefined when this request's answer reveals nothing. `ops` gives the operations the policy
   * grants the caller (computed only when called).
   */
  reveals?(
    request: RequestOf<K>,
    version: number,
    ops: () => PolicyOperations,
  ): ((response: ResponseOf<K>) => void) | undefined;
  /**
   * The broker's answer to a request it rejects as a whole before it authorizes anything, or
   * although the policy would refuse only some of its entries (its own error answer, not the
   * policy's denial); undefined when that does not apply. `topicAllowed` says whether the policy
   * lets this API act on a topic. Found by the differential harness against Kafka 4.1.1 with
   * StandardAuthorizer (test/differential).
   */
  rejectedBeforeAuthorization?(
    request: RequestOf<K>,
    version: number,
    topicAllowed: (name: string) => boolean,
  ): ResponseOf<K> | undefined;
  /**
   * The allowed path, decided from the partial decode (protocol/partial) instead of the full one:
   * the names the policy is asked about, read from the request's peek, when this request is
   * forwarded unchanged exactly when the policy allows every one of them; undefined when the peek
   * cannot tell (a fetch session, a topic ID not yet resolved, a field the module's decision reads
   * that the peek does not). Only a request the policy allows as a whole is then forwarded from the
   * peek; anything else (a refusal, a split, an answer, a body that does not decode) is decided from
   * the full decode as before, which stays the truth for answers (apis/peek-decisions.ts). The peek
   * accepts exactly the frames the full decoder accepts (test/unit/protocol/peek-strictness.test.ts),
   * and both paths decide alike (test/unit/enforcement/peek-matches-full-decision.test.ts).
   */
  allowedFromPeek?(body: Reader, version: number, topicIds: TopicIdResolver): PeekedNames | undefined;
  /**
   * The allowed path from the start of the frame alone (`start`: the frame from its size on, at most
   * its first 516 bytes; the body at `bodyOffset`; `frameLength` bytes in the whole frame, size
   * included): the names the policy is asked about, as `allowedFromPeek` would return them for the
   * whole frame, and a walk that checks the rest of the frame as it streams (it has taken the
   * start's bytes already), accepting exactly what the full decoder accepts. Undefined when the start
   * cannot tell (the frame is then collected whole and decided as before). Only for a module with
   * `allowedFromPeek`: the two must name the same things (produce-frame-walk.ts for Produce).
   */
  allowedFromStart?(
    start: Buffer,
    bodyOffset: number,
    frameLength: number,
    version: number,
    topicIds: TopicIdResolver,
  ): { names: PeekedNames; tail: TailWalk } | undefined;
  /** For `cluster-action` keys: the broker's answer, every entry CLUSTER_AUTHORIZATION_FAILED. */
  clusterActionAnswer?(request: RequestOf<K>, version: number): ResponseOf<K>;
}

/**
 * The module of an API decided by the policy (`handling: 'decided'`) with `behaviour`: without any,
 * the request is decided as a whole on every name it carries and refused with the default denial.
 */
export function decidedApi<K extends ApiKeyNumber>(
  apiKey: K,
  behaviour: Omit<ApiModule<K>, 'apiKey' | 'handling'> = {},
): ApiModule<K> {
  return { apiKey, handling: 'decided', ...behaviour };
}
