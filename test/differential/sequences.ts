// Stateful sequences: APIs that carry state across requests (fetch sessions, listing cursors, group
// membership) compared step by step, with the principals, topics and groups drawn from the seed.
// Each later step uses what THAT side answered before (its session id, its cursor, its member id).

import { writeFileSync } from 'node:fs';
import { translatePolicyToAcls, type AclBinding } from '../../src/policy/acl-translation.js';
import { parsePolicy } from '../../src/policy/policy-loader.js';
import { consumerGroupJoinBody, consumerGroupLeaveBody } from '../integration/consumer-group-heartbeats.js';
import { RawClient } from '../integration/policy-raw-client.js';
import { rng } from '../unit/protocol/schema-samples.js';
import { send, type Comparer, type Outcome, type Side, type Step } from './differential.js';
import type { LaneKind } from './lanes.js';
import {
  GROUPS,
  PRINCIPALS,
  REVOCABLE_GRANT,
  TOPICS,
  differentialPolicyYaml,
  grantsWithRevocable,
  type PrincipalName,
} from './universe.js';

export interface Sequence {
  readonly name: string;
  /**
   * Where it runs when lanes run concurrently (lanes.ts): `independent` (private state only: its
   * own cursor), `fetch-session` (fetch sessions, in the brokers' shared session caches),
   * `shared-state` (groups other requests join and describe), `exclusive` (changes the policy:
   * runs alone).
   */
  readonly lane: LaneKind;
  run(comparison: Comparer, seed: number): Promise<void>;
}

type Obj = Record<string, unknown>;

/** Per side, a value read from that side's earlier answer. */
class PerSide<T> {
  private readonly values = new Map<string, T>();
  set(side: string, o: Outcome, read: (body: Obj) => T | undefined): void {
    const v = o.kind === 'answer' ? read(o.body as Obj) : undefined;
    if (v === undefined) this.values.delete(side);
    else this.values.set(side, v);
  }
  get(side: Side, fallback: T): T {
    return this.values.has(side.name) ? this.values.get(side.name)! : fallback;
  }
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

function fetchTopic(side: Side, name: string): Obj {
  return {
    topicId: side.ids.get(name) ?? 'AAAAAAAAAAAAAAAAAAAAAQ',
    partitions: Array.from({ length: TOPICS[name] ?? 1 }, (_, partition) => ({
      partition,
      currentLeaderEpoch: -1,
      fetchOffset: 0n,
      lastFetchedEpoch: -1,
      logStartOffset: -1n,
      partitionMaxBytes: 1 << 20,
    })),
  };
}

function fetchBody(side: Side, sessionId: number, sessionEpoch: number, topics: readonly string[]): Obj {
  return {
    maxWaitMs: 0,
    minBytes: 0,
    maxBytes: 1 << 20,
    isolationLevel: 0,
    sessionId,
    sessionEpoch,
    topics: topics.map((t) => fetchTopic(side, t)),
    forgottenTopicsData: [],
    rackId: '',
  };
}

const step = (s: Omit<Step, 'slot'> & { slot?: number }): Step => ({ slot: 0, ...s });

/**
 * A fetch session opened by one principal, then used by another on its own connection (after an
 * ordinary sessionless fetch, as in issue 11 case 1) and from a new connection; then the owner
 * goes on with an incremental fetch and a wrong epoch.
 */
const fetchSessionAcrossPrincipals: Sequence = {
  name: 'fetch-session-across-principals',
  lane: 'fetch-session',
  async run(c, seed) {
    const random = rng(seed);
    const owner = pick<PrincipalName>(random, ['admin', 'app', 'admin']);
    const other = pick<PrincipalName>(random, PRINCIPALS);
    const topics = pick(random, [['secret'], ['allowed', 'secret'], ['allowed'], ['secret', 'pub.x']]);
    const session = new PerSide<number>();
    const label = `sequence ${this.name} (seed ${seed}) ${owner} opens on ${topics.join('+')}, ${other} reuses`;
    const open = await c.compare(
      step({
        principal: owner,
        slot: 1,
        apiKey: 1,
        version: 17,
        label: `${label}: open`,
        body: (s) => fetchBody(s, 0, 0, topics),
      }),
    );
    for (const [side, o] of [
      ['proxy', open.proxy],
      ['reference', open.reference],
    ] as const) {
      session.set(side, o, (b) =>
        typeof b.sessionId === 'number' && b.sessionId !== 0 ? b.sessionId : undefined,
      );
    }
    await c.compare(
      step({
        principal: other,
        apiKey: 1,
        version: 17,
        label: `${label}: sessionless`,
        body: (s) => fetchBody(s, 0, -1, ['allowed']),
      }),
    );
    await c.compare(
      step({
        principal: other,
        apiKey: 1,
        version: 17,
        label: `${label}: incremental by ${other}`,
        body: (s) => fetchBody(s, session.get(s, 1), 1, []),
      }),
    );
    await c.compare(
      step({
        principal: other,
        slot: 2,
        apiKey: 1,
        version: 17,
        label: `${label}: incremental by ${other} on a new connection`,
        body: (s) => fetchBody(s, session.get(s, 1), 2, []),
      }),
    );
    await c.compare(
      step({
        principal: owner,
        slot: 1,
        apiKey: 1,
        version: 17,
        label: `${label}: owner adds allowed`,
        body: (s) => fetchBody(s, session.get(s, 1), 3, ['allowed']),
      }),
    );
    await c.compare(
      step({
        principal: owner,
        slot: 1,
        apiKey: 1,
        version: 17,
        label: `${label}: owner with a wrong epoch`,
        body: (s) => fetchBody(s, session.get(s, 1), 9, []),
      }),
    );
  },
};

/** DescribeTopicPartitions pages of one partition each, following NextCursor to the end. */
const cursorWalk: Sequence = {
  name: 'describe-topic-partitions-cursor',
  lane: 'independent',
  async run(c, seed) {
    const random = rng(seed);
    const principal = pick<PrincipalName>(random, PRINCIPALS);
    const start = pick(random, [
      null,
      { topicName: 'allowed', partitionIndex: 2 },
      { topicName: 'pub.x', partitionIndex: 0 },
    ]);
    const topics = pick(random, [
      [],
      [{ name: 'allowed' }, { name: 'secret' }],
      [{ name: 'pub.x' }, { name: 'allowed' }],
    ]);
    const cursor = new PerSide<Obj | null>();
    const label = `sequence ${this.name} (seed ${seed}) ${principal} from ${JSON.stringify(start)}`;
    for (let page = 0; page < 8; page++) {
      const r = await c.compare(
        step({
          principal,
          apiKey: 75,
          version: 0,
          label: `${label}: page ${page}`,
          body: (s) => ({
            topics,
            responsePartitionLimit: 1,
            cursor: page === 0 ? start : cursor.get(s, null),
          }),
        }),
      );
      for (const [side, o] of [
        ['proxy', r.proxy],
        ['reference', r.reference],
      ] as const) {
        cursor.set(side, o, (b) => (b.nextCursor as Obj | null) ?? undefined);
      }
      const next = r.reference.kind === 'answer' ? (r.reference.body as Obj).nextCursor : null;
      if (!next) break;
    }
  },
};

/** A classic member joins and syncs a group; another principal describes and lists groups. */
const joinThenDescribe: Sequence = {
  name: 'classic-group-join-then-describe',
  lane: 'shared-state',
  async run(c, seed) {
    const random = rng(seed);
    const member = pick<PrincipalName>(random, ['app', 'admin', 'admin']);
    const viewer = pick<PrincipalName>(random, PRINCIPALS);
    const group = pick(random, GROUPS);
    const memberId = new PerSide<string>();
    const generation = new PerSide<number>();
    const label = `sequence ${this.name} (seed ${seed}) ${member} joins ${group}, ${viewer} describes`;
    const join = (id: (s: Side) => string): Step =>
      step({
        principal: member,
        slot: 3,
        apiKey: 11,
        version: 9,
        label: `${label}: join`,
        body: (s) => ({
          groupId: group,
          sessionTimeoutMs: 30_000,
          rebalanceTimeoutMs: 10_000,
          memberId: id(s),
          groupInstanceId: null,
          protocolType: 'consumer',
          protocols: [
            {
              name: 'range',
              metadata: Buffer.from([0, 1, 0, 0, 0, 1, 0, 7, 97, 108, 108, 111, 119, 101, 100, 0, 0, 0, 0]),
            },
          ],
          reason: null,
        }),
      });
    const first = await c.compare(join(() => ''));
    for (const [side, o] of [
      ['proxy', first.proxy],
      ['reference', first.reference],
    ] as const) {
      memberId.set(side, o, (b) =>
        typeof b.memberId === 'string' && b.memberId !== '' ? b.memberId : undefined,
      );
    }
    const second = await c.compare(join((s) => memberId.get(s, '')));
    for (const [side, o] of [
      ['proxy', second.proxy],
      ['reference', second.reference],
    ] as const) {
      generation.set(side, o, (b) => (typeof b.generationId === 'number' ? b.generationId : undefined));
    }
    await c.compare(
      step({
        principal: member,
        slot: 3,
        apiKey: 14,
        version: 5,
        label: `${label}: sync`,
        body: (s) => ({
          groupId: group,
          generationId: generation.get(s, -1),
          memberId: memberId.get(s, ''),
          groupInstanceId: null,
          protocolType: 'consumer',
          protocolName: 'range',
          assignments: [
            { memberId: memberId.get(s, ''), assignment: Buffer.from([0, 1, 0, 0, 0, 0, 0, 0, 0, 0]) },
          ],
        }),
      }),
    );
    await c.compare(
      step({
        principal: viewer,
        apiKey: 15,
        version: 5,
        label: `${label}: describe`,
        body: () => ({ groups: [group, 'g2'], includeAuthorizedOperations: true }),
      }),
    );
    await c.compare(
      step({
        principal: viewer,
        apiKey: 16,
        version: 5,
        label: `${label}: list`,
        body: () => ({ statesFilter: [], typesFilter: [] }),
      }),
    );
    await c.compare(
      step({
        principal: member,
        slot: 3,
        apiKey: 13,
        version: 5,
        label: `${label}: leave`,
        body: (s) => ({
          groupId: group,
          members: [{ memberId: memberId.get(s, ''), groupInstanceId: null, reason: null }],
        }),
      }),
    );
  },
};

/**
 * A KIP-848 member subscribes to topics (some of which the viewer may not describe); another
 * principal describes the group (KAFKA-18813: the broker then refuses that group with 29).
 */
const consumerGroupDescribe: Sequence = {
  name: 'consumer-group-subscribe-then-describe',
  lane: 'shared-state',
  async run(c, seed) {
    const random = rng(seed);
    const member = pick<PrincipalName>(random, ['admin', 'app']);
    const viewer = pick<PrincipalName>(random, PRINCIPALS);
    const group = pick(random, ['g1', 'g2']);
    const topics = pick(random, [['allowed'], ['allowed', 'secret'], ['secret']]);
    const memberId = new PerSide<string>();
    const label = `sequence ${this.name} (seed ${seed}) ${member} subscribes ${group} to ${topics.join('+')}, ${viewer} describes`;
    const first = await c.compare(
      step({
        principal: member,
        slot: 4,
        apiKey: 68,
        version: 0,
        label: `${label}: heartbeat`,
        body: () => consumerGroupJoinBody(group, topics),
      }),
    );
    for (const [side, o] of [
      ['proxy', first.proxy],
      ['reference', first.reference],
    ] as const) {
      memberId.set(side, o, (b) =>
        typeof b.memberId === 'string' && b.memberId !== '' ? b.memberId : undefined,
      );
    }
    await c.compare(
      step({
        principal: viewer,
        apiKey: 69,
        version: 1,
        label: `${label}: describe`,
        body: () => ({ groupIds: [group], includeAuthorizedOperations: true }),
      }),
    );
    await c.compare(
      step({
        principal: member,
        slot: 4,
        apiKey: 68,
        version: 0,
        label: `${label}: leave`,
        body: (s) => consumerGroupLeaveBody(group, memberId.get(s, '')),
      }),
    );
  },
};

/** Kafka's numeric codes of the ACL enums (org.apache.kafka.common.acl / resource). */
const RESOURCE_TYPE = { TOPIC: 2, GROUP: 3, CLUSTER: 4, TRANSACTIONAL_ID: 5 } as const;
const PATTERN_TYPE = { LITERAL: 3, PREFIXED: 4 } as const;
const OPERATION: Readonly<Record<string, number>> = {
  READ: 3,
  WRITE: 4,
  CREATE: 5,
  DELETE: 6,
  ALTER: 7,
  DESCRIBE: 8,
  CLUSTER_ACTION: 9,
  DESCRIBE_CONFIGS: 10,
  ALTER_CONFIGS: 11,
  IDEMPOTENT_WRITE: 12,
};

function translated(yaml: string): AclBinding[] {
  const loaded = parsePolicy(yaml, 'differential-policy.yaml');
  if (!loaded.ok) throw new Error(loaded.errors.map(String).join('\n'));
  return [...translatePolicyToAcls(loaded.policy).acls];
}

/** The ACLs the revocable grant adds to the universe's (what `policy to-acls` says of the difference). */
function revocableAcls(): AclBinding[] {
  const key = (b: AclBinding): string => JSON.stringify(b);
  const base = new Set(translated(differentialPolicyYaml()).map(key));
  return translated(differentialPolicyYaml(grantsWithRevocable())).filter((b) => !base.has(key(b)));
}

const aclFields = (b: AclBinding) => ({
  resourceType: RESOURCE_TYPE[b.resourceType as keyof typeof RESOURCE_TYPE],
  resourceName: b.resourceName,
  patternType: PATTERN_TYPE[b.patternType as keyof typeof PATTERN_TYPE],
  principal: b.principal,
  host: b.host,
  operation: OPERATION[b.operation]!,
  permissionType: 3, // ALLOW
});

/** Creates or deletes the revocable grant's ACLs on the reference (its listener without authentication). */
async function changeReferenceAcls(port: number, give: boolean): Promise<void> {
  const client = await RawClient.connect(port);
  try {
    const acls = revocableAcls().map(aclFields);
    const r = give
      ? await client.call<{ results: Array<{ errorCode: number }> }>(30, 3, {
          creations: acls.map((a) => ({ ...a, resourcePatternType: a.patternType })),
        })
      : await client.call<{ filterResults: Array<{ errorCode: number }> }>(31, 3, {
          filters: acls.map((a) => ({
            resourceTypeFilter: a.resourceType,
            resourceNameFilter: a.resourceName,
            patternTypeFilter: a.patternType,
            principalFilter: a.principal,
            hostFilter: a.host,
            operation: a.operation,
            permissionType: a.permissionType,
          })),
        });
    const codes =
      r === 'closed'
        ? [-1]
        : 'results' in r
          ? r.results.map((x) => x.errorCode)
          : r.filterResults.map((x) => x.errorCode);
    if (codes.some((c) => c !== 0)) throw new Error(`ACL change on the reference failed: ${codes.join(',')}`);
  } finally {
    client.end();
  }
}

/** Waits until a sessionless Fetch of `secret` by the grant's principal gets `expected` on `side`. */
async function awaitReadCode(side: Side, expected: number): Promise<void> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const o = await send(side, {
      principal: REVOCABLE_GRANT.principal,
      slot: 7,
      apiKey: 1,
      version: 17,
      label: 'reload probe',
      body: (sd) => fetchBody(sd, 0, -1, ['secret']),
    });
    const code =
      o.kind === 'answer'
        ? (o.body as { responses: Array<{ partitions: Array<{ errorCode: number }> }> }).responses[0]
            ?.partitions[0]?.errorCode
        : undefined;
    if (code === expected) return;
    if (Date.now() > deadline) throw new Error(`${side.name}: reload not in force (${code} != ${expected})`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Gives (or takes back) the revocable grant on both sides and waits until each applies it. */
async function setRevocableGrant(c: Comparer, give: boolean): Promise<void> {
  const { env } = c;
  writeFileSync(env.policyFile, differentialPolicyYaml(give ? grantsWithRevocable() : undefined));
  await changeReferenceAcls(env.referenceAdminPort, give);
  const key = `${REVOCABLE_GRANT.principal}/${REVOCABLE_GRANT.grant.name}`;
  // Records of `secret` are the principal's to read only while both sides grant them.
  if (!give) c.granted.delete(key);
  await Promise.all([env.proxySide, env.referenceSide].map((side) => awaitReadCode(side, give ? 0 : 29)));
  if (give) c.granted.add(key);
}

let reloadRuns = 0;

/**
 * A fetch session opened while a policy lets `app` read `secret`, then the access revoked (policy
 * reload on the proxy, DeleteAcls on the reference) and the session used again: on the same
 * connection (incremental, and a sessionless fetch), and from a new connection. The reference
 * answers 29 for `secret`'s partitions, never records. Runs on every fifth turn only: a reload and
 * its wait cost seconds.
 */
const fetchSessionAcrossReload: Sequence = {
  name: 'fetch-session-across-reload',
  lane: 'exclusive',
  async run(c, seed) {
    if (reloadRuns++ % 5 !== 0) return;
    const principal = REVOCABLE_GRANT.principal;
    const session = new PerSide<number>();
    const label = `sequence ${this.name} (seed ${seed}) ${principal} opens on allowed+secret, access to secret revoked`;
    await setRevocableGrant(c, true);
    try {
      const open = await c.compare(
        step({
          principal,
          slot: 5,
          apiKey: 1,
          version: 17,
          label: `${label}: open while granted`,
          body: (s) => fetchBody(s, 0, 0, ['allowed', 'secret']),
        }),
      );
      for (const [side, o] of [
        ['proxy', open.proxy],
        ['reference', open.reference],
      ] as const) {
        session.set(side, o, (b) =>
          typeof b.sessionId === 'number' && b.sessionId !== 0 ? b.sessionId : undefined,
        );
      }
      await c.compare(
        step({
          principal,
          slot: 5,
          apiKey: 1,
          version: 17,
          label: `${label}: incremental while granted`,
          body: (s) => fetchBody(s, session.get(s, 1), 1, []),
        }),
      );
    } finally {
      await setRevocableGrant(c, false);
    }
    await c.compare(
      step({
        principal,
        slot: 5,
        apiKey: 1,
        version: 17,
        label: `${label}: incremental after the revocation`,
        body: (s) => fetchBody(s, session.get(s, 1), 2, []),
      }),
    );
    await c.compare(
      step({
        principal,
        slot: 5,
        apiKey: 1,
        version: 17,
        label: `${label}: sessionless after the revocation`,
        body: (s) => fetchBody(s, 0, -1, ['allowed']),
      }),
    );
    await c.compare(
      step({
        principal,
        slot: 6,
        apiKey: 1,
        version: 17,
        label: `${label}: incremental from a new connection after the revocation`,
        body: (s) => fetchBody(s, session.get(s, 1), 3, []),
      }),
    );
  },
};

/** Every stateful sequence, run in turn between generated requests. */
export function statefulSequences(): readonly Sequence[] {
  return [
    fetchSessionAcrossPrincipals,
    cursorWalk,
    joinThenDescribe,
    consumerGroupDescribe,
    fetchSessionAcrossReload,
  ];
}
