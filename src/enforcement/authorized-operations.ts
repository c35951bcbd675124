// Authorized-operations fields: the broker behind the proxy has no authorizer and reports every
// operation a resource type supports; the client must see only those the policy grants it, as a
// broker with StandardAuthorizer and the equivalent ACLs would report (docs/acl-operations.md).
// Each field keeps the broker's bits that the policy grants: for a topic or group, the
// unconditional ACL checks of every client API key the policy allows on it; for the cluster, those
// of API keys allowed by a rule that names no topic, group or transactional id.

import { LRUCache } from 'lru-cache';
import { apiKeyInfo } from '../../protocol/generated/api-keys.js';
import {
  ACL_OPERATION_CODE,
  authorizedOperationsBits,
  grantedOperations,
  unscopedClusterOperations,
  type AclOperation,
  type AclResourceType,
} from '../policy/acl-operations.js';
import { allApiClassifications, isAlwaysAllowed } from '../policy/index.js';
import type { PolicySource } from '../policy/index.js';
import { isUnscoped, type PolicyRule } from '../policy/policy-model.js';
import type { ConnectionPolicy } from './connection-policy.js';
import { AUTHORIZED_OPERATIONS_OMITTED } from './apis/resource-list.js';

type NamedType = 'Topic' | 'Group';

const DESCRIBE_BIT = 1 << ACL_OPERATION_CODE.Describe;

/** Client API keys whose unconditional checks include some operation on `type`, with those operations. */
function keysGranting(type: AclResourceType): ReadonlyArray<{ apiKey: number; ops: AclOperation[] }> {
  return allApiClassifications()
    .filter((c) => c.category !== 'inter-broker' && !isAlwaysAllowed(c.apiKey))
    .map((c) => ({
      apiKey: c.apiKey,
      ops: type === 'Cluster' ? unscopedClusterOperations(c.apiKey) : grantedOperations(c.apiKey, type),
    }))
    .filter((k) => k.ops.length > 0);
}

const GRANTING: Readonly<
  Record<NamedType | 'Cluster', ReadonlyArray<{ apiKey: number; ops: AclOperation[] }>>
> = {
  Topic: keysGranting('Topic'),
  Group: keysGranting('Group'),
  Cluster: keysGranting('Cluster'),
};

/** The versions of a key to ask the engine about: all of them when a rule has a version condition. */
function versionsOf(apiKey: number, anyVersionRule: boolean): number[] {
  const info = apiKeyInfo(apiKey);
  if (info === undefined || info.maxVersion < 0) return [0];
  if (!anyVersionRule) return [info.maxVersion];
  const out: number[] = [];
  for (let v = info.maxVersion; v >= info.minVersion; v--) out.push(v);
  return out;
}

/**
 * The operations the policy grants one connection's principal, as authorized-operations bit sets,
 * memoized per policy generation.
 */
export class PolicyOperations {
  private generation = -1;
  private principal = '';
  private anyVersionRule = false;
  /** Bounded: a connection naming many topics keeps the most recently used 4096. */
  private readonly memo = new LRUCache<string, number>({ max: 4096 });

  constructor(
    private readonly policy: ConnectionPolicy,
    private readonly source: PolicySource,
    private readonly clientId: string | null,
  ) {}

  /** The principal these operations are granted to (`User:alice`), as the connection is identified now. */
  get callerPrincipal(): string {
    return this.policy.identity.principal;
  }

  /** Bits of the operations granted on topic `name`. */
  topic(name: string): number {
    return this.memoized(`t:${name}`, () => this.named('Topic', name));
  }

  /**
   * True when the policy lets the caller Describe topic `name` (Describe, or an operation that
   * implies it): what a broker checks before an answer names a topic the request did not.
   */
  describesTopic(name: string): boolean {
    return (this.topic(name) & DESCRIBE_BIT) !== 0;
  }

  /** Bits of the operations granted on group `id`. */
  group(id: string): number {
    return this.memoized(`g:${id}`, () => this.named('Group', id));
  }

  /** Bits of the operations granted on the cluster. */
  cluster(): number {
    return this.memoized('c', () => {
      const ops: AclOperation[] = [];
      const compiled = this.source.current();
      for (const { apiKey, ops: granted } of GRANTING.Cluster) {
        for (const apiVersion of versionsOf(apiKey, this.anyVersionRule)) {
          const d = this.policy.quiet.decide({ apiKey, apiVersion, clientId: this.clientId });
          const rule =
            d.api.allowed && d.api.rule ? ruleById(compiled.policy.ruleSets, d.api.rule.id) : undefined;
          if (rule !== undefined && isUnscoped(rule)) {
            ops.push(...granted);
            break;
          }
        }
      }
      return authorizedOperationsBits(ops);
    });
  }

  private named(type: NamedType, name: string): number {
    const ops: AclOperation[] = [];
    for (const { apiKey, ops: granted } of GRANTING[type]) {
      for (const apiVersion of versionsOf(apiKey, this.anyVersionRule)) {
        const d = this.policy.quiet.decide({
          apiKey,
          apiVersion,
          clientId: this.clientId,
          ...(type === 'Topic' ? { topics: [name] } : { groups: [name] }),
        });
        const verdict = type === 'Topic' ? d.topics[0] : d.groups[0];
        if (verdict?.allowed === true) {
          ops.push(...granted);
          break;
        }
      }
    }
    return authorizedOperationsBits(ops);
  }

  private memoized(key: string, compute: () => number): number {
    const compiled = this.source.current();
    const principal = this.policy.identity.principal;
    if (compiled.generation !== this.generation || principal !== this.principal) {
      // A reloaded policy or a connection that authenticated since: nothing memoized holds.
      this.generation = compiled.generation;
      this.principal = principal;
      this.memo.clear();
      this.anyVersionRule = compiled.policy.ruleSets.some((s) =>
        [...s.allow, ...s.deny].some((r) => r.apiVersion !== undefined),
      );
    }
    let bits = this.memo.get(key);
    if (bits === undefined) {
      bits = compute();
      this.memo.set(key, bits);
    }
    return bits;
  }
}

function ruleById(
  ruleSets: ReadonlyArray<{ allow: readonly PolicyRule[] }>,
  id: string,
): PolicyRule | undefined {
  for (const set of ruleSets) {
    const rule = set.allow.find((r) => r.id === id);
    if (rule !== undefined) return rule;
  }
  return undefined;
}

/**
 * The broker's field with only the granted bits kept; "not requested" stays as it is. Each API
 * module that answers such a field applies it in its `reveals` (src/enforcement/apis/).
 */
export function restrict(brokerBits: number, granted: number): number {
  return brokerBits === AUTHORIZED_OPERATIONS_OMITTED ? brokerBits : brokerBits & granted;
}

/** Every group's AuthorizedOperations restricted to the operations the policy grants on it. */
export function restrictGroupOperations(
  groups: ReadonlyArray<{ groupId: string; authorizedOperations: number }>,
  ops: PolicyOperations,
): void {
  for (const g of groups) g.authorizedOperations = restrict(g.authorizedOperations, ops.group(g.groupId));
}

/** Per connection, the PolicyOperations of its 16 most recently used client ids (`null` is a valid id). */
const PER_CONNECTION = new WeakMap<ConnectionPolicy, LRUCache<string, PolicyOperations>>();

/** The PolicyOperations of a connection for requests with `clientId` (kept while the connection lives). */
export function policyOperationsFor(
  policy: ConnectionPolicy,
  source: PolicySource,
  clientId: string | null,
): PolicyOperations {
  let byClient = PER_CONNECTION.get(policy);
  if (byClient === undefined) {
    byClient = new LRUCache({ max: 16 });
    PER_CONNECTION.set(policy, byClient);
  }
  // lru-cache keys must not be null: a client id is a string, so a prefix keeps null apart.
  const key = clientId === null ? '\u0000' : `=${clientId}`;
  let ops = byClient.get(key);
  if (ops === undefined) {
    ops = new PolicyOperations(policy, source, clientId);
    byClient.set(key, ops);
  }
  return ops;
}
