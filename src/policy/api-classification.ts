// Every Kafka 4.1 API key, classified for authorization: lookups over the one per-API table,
// api-authorization.ts (keyed by the generated `ApiKey` enum), with names from the schemas.
//
// The classification answers three questions the policy engine and the proxy ask for each request:
//   - who may send it at all (clients, or only brokers and controllers among themselves);
//   - which named resources the request carries and must be authorized one by one
//     (topics, consumer groups, transactional ids), and whether the API also acts on the cluster;
//   - which error code Kafka's own authorizer answers when that resource is denied.
// The resource lists follow what the broker's request handlers authorize in Kafka 4.1, not what the
// request merely mentions. A key missing from the table, or any key above the schemas' highest, is
// denied.

import { API_KEYS as SCHEMA_APIS, ApiKey } from '../../protocol/generated/api-keys.js';
import { API_AUTHORIZATIONS, type ApiCategory, type ResourceKind } from './api-authorization.js';

export type { ApiCategory, ResourceKind } from './api-authorization.js';

export interface ApiClassification {
  readonly apiKey: number;
  /** Kafka's name, e.g. `OffsetForLeaderEpoch`. */
  readonly name: string;
  /** Lower-case name as Cilium spells it (`offsets` for ListOffsets), e.g. `offsetforleaderepoch`. */
  readonly ciliumName: string;
  readonly category: ApiCategory;
  /** Resources the broker authorizes for this key; the proxy extracts these from the request. */
  readonly resources: readonly ResourceKind[];
  /** Set when the broker filters the response instead of failing the request (e.g. Metadata for all topics). */
  readonly responseFilteredBy?: ResourceKind;
  /** Why it is classified this way, for the README and `policy explain`. */
  readonly note: string;
}

/** Error code Kafka answers when a resource of this kind is denied (Errors.java; docs/kafka-protocol-facts.md). */
export const DENIAL_ERROR_CODE: Readonly<Record<ResourceKind, number>> = {
  topic: 29, // TOPIC_AUTHORIZATION_FAILED
  group: 30, // GROUP_AUTHORIZATION_FAILED
  cluster: 31, // CLUSTER_AUTHORIZATION_FAILED
  transactionalId: 53, // TRANSACTIONAL_ID_AUTHORIZATION_FAILED
};

/** The highest API key of the schemas (Kafka 4.1); any key above it is denied. */
export const HIGHEST_KNOWN_API_KEY = Math.max(...SCHEMA_APIS.map((a) => a.apiKey));

function ciliumNameOf(name: string): string {
  // Cilium spelled ListOffsets as `offsets` (its name from the Kafka 0.8 era); every other key is
  // the Kafka name in lower case.
  return name === 'ListOffsets' ? 'offsets' : name.toLowerCase();
}

const BY_KEY: ReadonlyMap<number, ApiClassification> = new Map(
  API_AUTHORIZATIONS.map(({ apiKey, name, category, resources, note, responseFilteredBy }) => [
    apiKey,
    Object.freeze({
      apiKey,
      name,
      ciliumName: ciliumNameOf(name),
      category,
      resources: Object.freeze([...resources]),
      note,
      ...(responseFilteredBy ? { responseFilteredBy } : {}),
    }),
  ]),
);

const AUTHORIZATION_BY_KEY = new Map(API_AUTHORIZATIONS.map((a) => [a.apiKey, a]));

const BY_NAME: ReadonlyMap<string, ApiClassification> = (() => {
  const byName = new Map<string, ApiClassification>();
  for (const c of BY_KEY.values()) {
    byName.set(c.name.toLowerCase(), c);
    byName.set(c.ciliumName, c);
  }
  return byName;
})();

/** The classification of a key, or undefined for a key Kafka 4.1 does not define (such keys are denied). */
export function classifyApiKey(apiKey: number): ApiClassification | undefined {
  return BY_KEY.get(apiKey);
}

/** All classified keys in ascending order. */
export function allApiClassifications(): readonly ApiClassification[] {
  return [...BY_KEY.values()].sort((a, b) => a.apiKey - b.apiKey);
}

/**
 * Resolves an API named in a policy: Cilium's lower-case spelling (`offsets`, `apiversions`), Kafka's
 * name in any case (`ListOffsets`, `listoffsets`) or the number (`2`, "2").
 */
export function lookupApi(nameOrKey: string | number): ApiClassification | undefined {
  if (typeof nameOrKey === 'number') return Number.isInteger(nameOrKey) ? BY_KEY.get(nameOrKey) : undefined;
  const trimmed = nameOrKey.trim();
  if (/^\d+$/.test(trimmed)) return BY_KEY.get(Number(trimmed));
  return BY_NAME.get(trimmed.toLowerCase());
}

/** True when a client may ever have this key forwarded (it is classified and not inter-broker). */
export function isClientFacing(apiKey: number): boolean {
  const c = BY_KEY.get(apiKey);
  return c !== undefined && c.category !== 'inter-broker';
}

/** True when Kafka never authorizes this key: connection setup, client telemetry, DescribeCluster. */
export function isAlwaysAllowed(apiKey: number): boolean {
  const c = BY_KEY.get(apiKey);
  return (
    c !== undefined &&
    (c.category === 'connection' ||
      c.category === 'client-telemetry' ||
      AUTHORIZATION_BY_KEY.get(apiKey)?.answeredWithoutAuthorization === true)
  );
}

/**
 * API key numbers by Kafka's name (`API_KEYS.Produce === 0`): the generated `ApiKey` enum, under
 * the name the policy layer has always exported.
 */
export const API_KEYS = ApiKey;
