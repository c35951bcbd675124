// Red team, second pass: what the first red-team files (red-team-*.test.ts) did not attack. The same
// raw requests go once to a broker with StandardAuthorizer and the ACLs `policy to-acls` gives for
// the policy below, once through the proxy enforcing that policy in front of a broker without an
// authorizer (red-team-sides.ts); what each side answers must be the same, and the reference's answer
// is asserted too, so that two equally wrong answers cannot pass.
//
//   User:admin    may produce and consume everything, use every transactional id, create tokens;
//   User:app      may produce `allowed`, consume topics `allowed*` in group g-shared and groups g-app*,
//                 delete groups g-app* and their offsets, create and describe delegation tokens;
//   User:peer     may consume `allowed` in groups g-shared* (app uses g-shared too);
//   User:outsider may consume `allowed` in group g-other only.
//
// Covers: leader hints of KIP-951 (CurrentLeader, NodeEndpoints) and topic IDs in Produce and Fetch
// answers to partly denied requests; a group member id used by another principal (classic and
// KIP-848); existence of groups and topics in DeleteGroups, DescribeGroups and OffsetDelete
// answers; CreateDelegationToken for another owner; a Produce the partial decode (peek) decides.

/* eslint-disable @typescript-eslint/no-explicit-any -- projections read decoded responses of many message types */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RawClient, records } from './policy-raw-client.js';
import {
  adminClientOf,
  askAs,
  connectAs,
  fetchPartition,
  onBothSides,
  sessionlessFetch,
  startSides,
  topicIdsOf,
  until,
  type RedTeamSides,
  type Side,
  policyOf,
  rule,
  SASL_IDENTITY,
} from './red-team-sides.js';

const ALLOWED = 'allowed';
const SECRET = 'secret';
const MISSING = 'allowed-missing';
const SHARED_GROUP = 'g-shared';

const POLICY = policyOf(
  [SASL_IDENTITY],
  [
    rule('User:admin', [
      '{ role: produce }',
      '{ role: consume }',
      "{ transactionalId: '*' }",
      '{ apiKey: CreateDelegationToken }',
      '{ apiKey: DescribeDelegationToken }',
    ]),
    rule('User:app', [
      `{ role: produce, topic: ${ALLOWED} }`,
      `{ role: consume, topicPrefix: ${ALLOWED}, group: ${SHARED_GROUP} }`,
      `{ role: consume, topicPrefix: ${ALLOWED}, groupPrefix: g-app }`,
      '{ apiKey: DeleteGroups, groupPrefix: g-app }',
      `{ apiKey: OffsetDelete, topicPrefix: ${ALLOWED}, groupPrefix: g-app }`,
      '{ apiKey: CreateDelegationToken }',
      '{ apiKey: DescribeDelegationToken }',
    ]),
    rule('User:peer', [`{ role: consume, topic: ${ALLOWED}, groupPrefix: ${SHARED_GROUP} }`]),
    rule('User:outsider', [`{ role: consume, topic: ${ALLOWED}, group: g-other }`]),
  ],
);

let both: RedTeamSides;
let sides: readonly Side[];

beforeAll(async () => {
  both = await startSides({
    policy: POLICY,
    users: ['admin', 'app', 'peer', 'outsider'],
    topics: { [ALLOWED]: 2, [SECRET]: 2 },
    // Delegation tokens (KIP-48) are on when the brokers share a secret.
    serverProperties: { 'delegation.token.secret.key': 'red-team-token-secret' },
  });
  sides = both.sides;
  // The group coordinator exists once FindCoordinator has created its internal topic: ask until both
  // sides answer, so that no case meets COORDINATOR_NOT_AVAILABLE on one side only.
  for (const side of sides) {
    for (const [keyType, key] of [
      [0, SHARED_GROUP],
      [1, 'tx-admin'],
    ] as const) {
      await until(
        () => askAs(side, 'admin', 10, 4, { keyType, coordinatorKeys: [key] }),
        (r) => r.coordinators[0].errorCode === 0,
        `${side.name}: the coordinator of ${key}`,
      );
    }
  }
}, 600_000);

afterAll(async () => {
  await both?.stop();
});

/** Writes one record to partition 0 of `topic` as admin, retrying until the broker accepts it. */
async function seed(side: Side, topic: string): Promise<void> {
  await until(
    () =>
      askAs(side, 'admin', 0, 9, {
        transactionalId: null,
        acks: -1,
        timeoutMs: 10_000,
        topicData: [{ name: topic, partitionData: [{ index: 0, records: records('seed') }] }],
      }),
    (r) => r.responses[0].partitionResponses[0].errorCode === 0,
    `${side.name}: a record in ${topic}`,
  );
}

/** Commits offset 0 of `allowed`-0 in `group` as `user` (a simple consumer: no member). */
async function commitOffset(side: Side, user: string, group: string, topic = ALLOWED): Promise<void> {
  await until(
    () =>
      askAs(side, user, 8, 9, {
        groupId: group,
        generationIdOrMemberEpoch: -1,
        memberId: '',
        groupInstanceId: null,
        topics: [
          { name: topic, partitions: [{ partitionIndex: 0, committedOffset: 0n, committedLeaderEpoch: -1 }] },
        ],
      }),
    (r) => r.topics[0].partitions[0].errorCode === 0,
    `${side.name}: ${user}'s offset in ${group}`,
  );
}

describe('KIP-951 leader hints and topic IDs in answers to partly denied Produce and Fetch requests', () => {
  it('Produce v12 naming an allowed, a denied and a missing topic: no CurrentLeader and no NodeEndpoints for the refused ones', async () => {
    const seenBy = await onBothSides(sides, async (side) => {
      await seed(side, ALLOWED);
      const r = await askAs(side, 'app', 0, 12, {
        transactionalId: null,
        acks: -1,
        timeoutMs: 10_000,
        topicData: [SECRET, ALLOWED, MISSING].map((name) => ({
          name,
          // Partition 5 of `allowed` does not exist: the broker's own error, next to the served one.
          partitionData: [0, 5].map((index) => ({ index, records: records('hint') })),
        })),
      });
      // Entry order is the broker's hash-map order (the differential harness's `entry-order`).
      return {
        topics: sorted(
          r.responses.map((t: any) => [
            t.name,
            sorted(
              t.partitionResponses.map((p: any) => [
                p.index,
                p.errorCode,
                p.currentLeader.leaderId,
                p.currentLeader.leaderEpoch,
              ]),
            ),
          ]),
        ),
        nodeEndpoints: r.nodeEndpoints.length,
      };
    });
    expect(seenBy.proxy).toEqual(seenBy.reference);
    expect(seenBy.reference).toEqual({
      topics: [
        [
          ALLOWED,
          [
            [0, 0, -1, -1],
            [5, 3, -1, -1],
          ],
        ],
        [
          MISSING,
          [
            [0, 29, -1, -1],
            [5, 29, -1, -1],
          ],
        ],
        [
          SECRET,
          [
            [0, 29, -1, -1],
            [5, 29, -1, -1],
          ],
        ],
      ],
      nodeEndpoints: 0,
    });
  });

  it('a sessionless Fetch v17 by topic ID (a denied topic, a missing ID, an allowed topic with a future leader epoch) echoes only the IDs asked and no leader hint', async () => {
    const seenBy = await onBothSides(sides, async (side) => {
      const ids = await topicIdsOf(side);
      const missingId = randomBytes(16).toString('base64url');
      const app = await connectAs(side, 'app');
      try {
        // The proxy learns topic IDs from Metadata answers, as clients ask before fetching by ID.
        await app.call<any>(3, 12, { topics: null, allowAutoTopicCreation: false });
        const r = await app.call<any>(
          1,
          17,
          sessionlessFetch([
            { topicId: ids.get(SECRET), partitions: [fetchPartition(0, -1), fetchPartition(1, 7)] },
            { topicId: missingId, partitions: [fetchPartition(0, -1)] },
            { topicId: ids.get(ALLOWED), partitions: [fetchPartition(0, 7), fetchPartition(1, -1)] },
          ]),
        );
        if (r === 'closed') return 'closed';
        const label = (id: string): string =>
          id === ids.get(SECRET)
            ? SECRET
            : id === ids.get(ALLOWED)
              ? ALLOWED
              : id === missingId
                ? 'missing'
                : id;
        return {
          errorCode: r.errorCode,
          topics: r.responses.map((t: any) => [
            label(t.topicId),
            t.partitions.map((p: any) => [
              p.partitionIndex,
              p.errorCode,
              p.currentLeader.leaderId,
              p.currentLeader.leaderEpoch,
              (p.records?.length ?? 0) > 0,
            ]),
          ]),
          nodeEndpoints: r.nodeEndpoints.length,
        };
      } finally {
        app.end();
      }
    });
    expect(seenBy.proxy).toEqual(seenBy.reference);
    // A future leader epoch: UNKNOWN_LEADER_EPOCH (75), no leader hint (KIP-951 fills it only for
    // NOT_LEADER_OR_FOLLOWER and FENCED_LEADER_EPOCH); the missing ID 100, the denied topic 29.
    const served = (p: number, code: number) => [p, code, -1, -1, false];
    expect(seenBy.reference).toEqual({
      errorCode: 0,
      nodeEndpoints: 0,
      topics: [
        [ALLOWED, [served(0, 75), served(1, 0)]],
        ['missing', [served(0, 100)]],
        [SECRET, [served(0, 29), served(1, 29)]],
      ],
    });
  });
});

/** Joins `group` with the classic protocol as `user` (KIP-394: the member id the broker requires first). */
async function joinClassic(
  client: RawClient,
  group: string,
): Promise<{ memberId: string; generationId: number }> {
  const join = (memberId: string) =>
    client.call<any>(11, 9, {
      groupId: group,
      sessionTimeoutMs: 45_000,
      rebalanceTimeoutMs: 10_000,
      memberId,
      groupInstanceId: null,
      protocolType: 'consumer',
      protocols: [{ name: 'range', metadata: Buffer.alloc(0) }],
      reason: null,
    });
  let r = await join('');
  if (r !== 'closed' && r.errorCode === 79) r = await join(r.memberId);
  if (r === 'closed' || r.errorCode !== 0) throw new Error(`JoinGroup: ${JSON.stringify(r)}`);
  const synced = await client.call<any>(14, 5, {
    groupId: group,
    generationId: r.generationId,
    memberId: r.memberId,
    groupInstanceId: null,
    protocolType: 'consumer',
    protocolName: 'range',
    assignments: [{ memberId: r.memberId, assignment: Buffer.from('assigned-to-app') }],
  });
  if (synced === 'closed' || synced.errorCode !== 0) throw new Error(`SyncGroup: ${JSON.stringify(synced)}`);
  return { memberId: r.memberId, generationId: r.generationId };
}

describe('a group member id used by another principal is answered as the broker answers it', () => {
  it("classic group: peer (allowed on the group) and outsider (not) send Heartbeat, SyncGroup, OffsetCommit and LeaveGroup with app's member id and generation", async () => {
    const seenBy = await onBothSides(sides, async (side) => {
      const group = `${SHARED_GROUP}`;
      const app = await connectAs(side, 'app');
      try {
        const { memberId, generationId } = await joinClassic(app, group);
        const out: Record<string, unknown> = {};
        for (const user of ['outsider', 'peer']) {
          const other = await connectAs(side, user);
          try {
            const beat = await other.call<any>(12, 4, {
              groupId: group,
              generationId,
              memberId,
              groupInstanceId: null,
            });
            const sync = await other.call<any>(14, 5, {
              groupId: group,
              generationId,
              memberId,
              groupInstanceId: null,
              protocolType: 'consumer',
              protocolName: 'range',
              assignments: [],
            });
            const commit = await other.call<any>(8, 9, {
              groupId: group,
              generationIdOrMemberEpoch: generationId,
              memberId,
              groupInstanceId: null,
              topics: [
                {
                  name: ALLOWED,
                  partitions: [{ partitionIndex: 0, committedOffset: 0n, committedLeaderEpoch: -1 }],
                },
              ],
            });
            out[user] = {
              heartbeat: beat === 'closed' ? 'closed' : beat.errorCode,
              syncGroup:
                sync === 'closed' ? 'closed' : [sync.errorCode, Buffer.from(sync.assignment).toString()],
              offsetCommit: commit === 'closed' ? 'closed' : commit.topics[0].partitions[0].errorCode,
            };
          } finally {
            other.end();
          }
        }
        // Last: peer or outsider removes app's member from the group.
        for (const user of ['outsider', 'peer']) {
          const leave = await askAs(side, user, 13, 5, {
            groupId: group,
            memberId: '',
            members: [{ memberId, groupInstanceId: null, reason: null }],
          });
          (out[user] as Record<string, unknown>).leaveGroup = [
            leave.errorCode,
            leave.members.map((m: any) => m.errorCode),
          ];
        }
        const beatAfter = await app.call<any>(12, 4, {
          groupId: group,
          generationId,
          memberId,
          groupInstanceId: null,
        });
        out.appAfterLeave = beatAfter === 'closed' ? 'closed' : beatAfter.errorCode;
        return out;
      } finally {
        app.end();
      }
    });
    expect(seenBy.proxy).toEqual(seenBy.reference);
    expect(seenBy.reference).toEqual({
      outsider: { heartbeat: 30, syncGroup: [30, ''], offsetCommit: 30, leaveGroup: [30, []] },
      peer: { heartbeat: 0, syncGroup: [0, 'assigned-to-app'], offsetCommit: 0, leaveGroup: [0, [0]] },
      appAfterLeave: 25,
    });
  });

  it("KIP-848 group: peer heartbeats with admin's member id (assigned `secret`) and so does outsider: the assignment is the broker's answer on both sides", async () => {
    const seenBy = await onBothSides(sides, async (side) => {
      const ids = await topicIdsOf(side);
      const group = `${SHARED_GROUP}-848`;
      const label = (id: string): string =>
        id === ids.get(SECRET) ? SECRET : id === ids.get(ALLOWED) ? ALLOWED : 'other';
      const admin = await connectAs(side, 'admin');
      try {
        const memberId = randomBytes(16).toString('base64url');
        const heartbeat = (client: RawClient, epoch: number, topics: string[] | null) =>
          client.call<any>(68, 1, {
            groupId: group,
            memberId,
            memberEpoch: epoch,
            instanceId: null,
            rackId: null,
            rebalanceTimeoutMs: epoch === 0 ? 30_000 : -1,
            subscribedTopicNames: topics,
            subscribedTopicRegex: null,
            serverAssignor: null,
            topicPartitions: epoch === 0 ? [] : null,
          });
        let epoch = 0;
        await until(
          async () => {
            const r = await heartbeat(admin, epoch, epoch === 0 ? [ALLOWED, SECRET] : null);
            if (r === 'closed' || r.errorCode !== 0) return 0;
            epoch = r.memberEpoch;
            return r.assignment?.topicPartitions?.length ?? 0;
          },
          (n) => n === 2,
          `${side.name}: admin's member assigned both topics`,
        );
        const project = (r: any): unknown =>
          r === 'closed'
            ? 'closed'
            : [
                r.errorCode,
                r.memberId === memberId,
                (r.assignment?.topicPartitions ?? []).map((t: any) => label(t.topicId)).sort(),
              ];
        const out: Record<string, unknown> = {};
        for (const user of ['outsider', 'peer']) {
          const other = await connectAs(side, user);
          try {
            out[user] = {
              sameEpoch: project(await heartbeat(other, epoch, null)),
              subscribingSecret: project(await heartbeat(other, epoch, [SECRET])),
            };
          } finally {
            other.end();
          }
        }
        await heartbeat(admin, -1, null);
        return out;
      } finally {
        admin.end();
      }
    });
    expect(seenBy.proxy).toEqual(seenBy.reference);
    // The broker binds a member id to no principal: peer, allowed on the group, heartbeats as admin's
    // member; subscribing it to a topic peer may not describe is refused (29), outsider's group 30.
    expect(seenBy.reference).toEqual({
      outsider: { sameEpoch: [30, false, []], subscribingSecret: [30, false, []] },
      peer: { sameEpoch: [0, true, []], subscribingSecret: [29, false, []] },
    });
  });

  it("KIP-848 regex member: peer heartbeats as admin's regex member (unchanged, then with the same regex): the assignments both see are the broker's", async () => {
    const seenBy = await onBothSides(sides, async (side) => {
      const ids = await topicIdsOf(side);
      const group = `${SHARED_GROUP}-regex`;
      const REGEX = `(${ALLOWED}|${SECRET})`;
      const label = (id: string): string =>
        id === ids.get(SECRET) ? SECRET : id === ids.get(ALLOWED) ? ALLOWED : 'other';
      const memberId = randomBytes(16).toString('base64url');
      const heartbeat = (client: RawClient, epoch: number, regex: string | null) =>
        client.call<any>(68, 1, {
          groupId: group,
          memberId,
          memberEpoch: epoch,
          instanceId: null,
          rackId: null,
          rebalanceTimeoutMs: epoch === 0 ? 30_000 : -1,
          subscribedTopicNames: null,
          subscribedTopicRegex: regex,
          serverAssignor: null,
          topicPartitions: epoch === 0 ? [] : null,
        });
      const project = (r: any): unknown =>
        r === 'closed'
          ? 'closed'
          : [r.errorCode, (r.assignment?.topicPartitions ?? []).map((t: any) => label(t.topicId)).sort()];
      const admin = await connectAs(side, 'admin');
      const peer = await connectAs(side, 'peer');
      try {
        let epoch = 0;
        await until(
          async () => {
            const r = await heartbeat(admin, epoch, epoch === 0 ? REGEX : null);
            if (r === 'closed' || r.errorCode !== 0) return 0;
            epoch = r.memberEpoch;
            return r.assignment?.topicPartitions?.length ?? 0;
          },
          (n) => n === 2,
          `${side.name}: admin's regex member assigned both topics`,
        );
        const asPeerUnchanged = await heartbeat(peer, epoch, null);
        const asPeerSameRegex = await heartbeat(peer, epoch, REGEX);
        if (asPeerSameRegex !== 'closed' && asPeerSameRegex.errorCode === 0)
          epoch = asPeerSameRegex.memberEpoch;
        // Then admin again, with its full epoch: what the member is assigned after peer's heartbeats.
        const settled = await until(
          () => heartbeat(admin, epoch, null),
          (r) => r === 'closed' || r.errorCode !== 0 || r.memberEpoch === epoch,
          `${side.name}: admin's next heartbeat`,
        );
        // What the member is assigned, as the broker's admin listener (a super user) describes it.
        const described = await until(
          async () => {
            const client = await adminClientOf(side);
            try {
              const r = await client.call<any>(69, 0, {
                groupIds: [group],
                includeAuthorizedOperations: false,
              });
              if (r === 'closed') return [];
              const member = r.groups[0].members.find((m: any) => m.memberId === memberId);
              return (member?.assignment.topicPartitions ?? []).map((t: any) => t.topicName).sort();
            } finally {
              client.end();
            }
          },
          (topics) => topics.length > 0,
          `${side.name}: the member's assignment described`,
        );
        const out = {
          peerUnchanged: project(asPeerUnchanged),
          peerSameRegex: project(asPeerSameRegex),
          adminAfter: project(settled),
          assigned: described,
        };
        await heartbeat(admin, -1, null);
        return out;
      } finally {
        admin.end();
        peer.end();
      }
    });
    expect(seenBy.proxy).toEqual(seenBy.reference);
    // Peer's heartbeats as the member change nothing (the same regex is no new subscription): the
    // member keeps both topics, and no answer to peer carries an assignment.
    expect(seenBy.reference).toEqual({
      peerUnchanged: [0, []],
      peerSameRegex: [0, []],
      adminAfter: [0, []],
      assigned: [ALLOWED, SECRET],
    });
  });
});

describe('existence of groups and topics in group administration answers', () => {
  it('DeleteGroups v2 as app: a missing and an existing group it may delete, a missing and an existing group it may not', async () => {
    const seenBy = await onBothSides(sides, async (side) => {
      await commitOffset(side, 'app', 'g-app-empty');
      await commitOffset(side, 'admin', 'g-admin');
      const r = await askAs(side, 'app', 42, 2, {
        groupsNames: ['g-app-missing', 'g-app-empty', 'g-hidden-missing', 'g-admin'],
      });
      return sorted(r.results.map((g: any) => [g.groupId, g.errorCode]));
    });
    expect(seenBy.proxy).toEqual(seenBy.reference);
    expect(seenBy.reference).toEqual([
      ['g-admin', 30],
      ['g-app-empty', 0],
      ['g-app-missing', 69],
      ['g-hidden-missing', 30],
    ]);
  });

  it('DescribeGroups v5 as app: a missing group it may describe is Dead, every group it may not is 30 whether it exists or not', async () => {
    const seenBy = await onBothSides(sides, async (side) => {
      await commitOffset(side, 'admin', 'g-admin');
      const r = await askAs(side, 'app', 15, 5, {
        groups: ['g-app-missing', 'g-hidden-missing', 'g-admin', 'g-app-empty'],
        includeAuthorizedOperations: false,
      });
      return sorted(r.groups.map((g: any) => [g.groupId, g.errorCode, g.groupState, g.members.length]));
    });
    expect(seenBy.proxy).toEqual(seenBy.reference);
    // g-app-empty was deleted by the DeleteGroups case before: Dead, as a group that never existed.
    expect(seenBy.reference).toEqual([
      ['g-admin', 30, '', 0],
      ['g-app-empty', 0, 'Dead', 0],
      ['g-app-missing', 0, 'Dead', 0],
      ['g-hidden-missing', 30, '', 0],
    ]);
  });

  const offsetsDeleted = (top: number, ...topics: unknown[]) => [top, topics];
  for (const [label, group, expected] of [
    [
      'an existing group: each topic answered, the denied one 29 and the missing one 3',
      'g-app-offsets',
      {
        mixed: offsetsDeleted(0, [ALLOWED, [0]], [MISSING, [3]], [SECRET, [29]]),
        deniedOnly: offsetsDeleted(0, [SECRET, [29]]),
        missingOnly: offsetsDeleted(0, [MISSING, [3]]),
      },
    ],
    [
      "a missing group: the coordinator's GROUP_ID_NOT_FOUND replaces the topics' refusals",
      'g-app-none',
      { mixed: offsetsDeleted(69), deniedOnly: offsetsDeleted(69), missingOnly: offsetsDeleted(69) },
    ],
    [
      'an existing group it may not delete: 30, nothing else',
      'g-admin',
      { mixed: offsetsDeleted(30), deniedOnly: offsetsDeleted(30), missingOnly: offsetsDeleted(30) },
    ],
    [
      'a missing group it may not delete: 30, as for an existing one',
      'g-hidden-none',
      { mixed: offsetsDeleted(30), deniedOnly: offsetsDeleted(30), missingOnly: offsetsDeleted(30) },
    ],
  ] as const) {
    it(`OffsetDelete v0 as app on ${label}`, async () => {
      const seenBy = await onBothSides(sides, async (side) => {
        if (group === 'g-app-offsets') await commitOffset(side, 'app', group);
        if (group === 'g-admin') await commitOffset(side, 'admin', group);
        const project = (r: any): unknown => [
          r.errorCode,
          sorted(r.topics.map((t: any) => [t.name, t.partitions.map((p: any) => p.errorCode)])),
        ];
        const ask = (topics: string[]) =>
          askAs(side, 'app', 47, 0, {
            groupId: group,
            topics: topics.map((name) => ({ name, partitions: [{ partitionIndex: 0 }] })),
          });
        return {
          mixed: project(await ask([SECRET, ALLOWED, MISSING])),
          deniedOnly: project(await ask([SECRET])),
          missingOnly: project(await ask([MISSING])),
        };
      });
      expect(seenBy.proxy).toEqual(seenBy.reference);
      expect(seenBy.reference).toEqual(expected);
    });
  }
});

describe('CreateDelegationToken names its owner and renewers as the broker authorizes them', () => {
  it('app asks for a token owned by admin (the broker needs CreateTokens on User:admin, which the policy cannot grant): refused, no token', async () => {
    const seenBy = await onBothSides(sides, async (side) => {
      const project = (r: any): unknown => [
        r.errorCode,
        `${r.principalType}:${r.principalName}`,
        `${r.tokenRequesterPrincipalType}:${r.tokenRequesterPrincipalName}`,
        r.hmac.length > 0,
      ];
      const create = (
        ownerPrincipalType: string | null,
        ownerPrincipalName: string | null,
        renewers: string[],
      ) =>
        until(
          () =>
            askAs(side, 'app', 38, 3, {
              ownerPrincipalType,
              ownerPrincipalName,
              renewers: renewers.map((name) => ({ principalType: 'User', principalName: name })),
              maxLifetimeMs: -1n,
            }),
          // The broker answers 61 (DELEGATION_TOKEN_AUTH_DISABLED) until its token manager is ready.
          (r) => r.errorCode !== 61,
          `${side.name}: CreateDelegationToken`,
        );
      return {
        forAdmin: project(await create('User', 'admin', [])),
        forAdminRenewedByApp: project(await create('User', 'admin', ['app'])),
        forSelfNamed: project(await create('User', 'app', [])),
        forSelfRenewedByAdmin: project(await create(null, null, ['admin'])),
        forAdminWithoutType: project(await create(null, 'admin', [])),
        forAdminWithEmptyType: project(await create('', 'admin', [])),
        forAdminLowerCaseType: project(await create('user', 'admin', [])),
      };
    });
    expect(seenBy.proxy).toEqual(seenBy.reference);
    expect(seenBy.reference).toEqual({
      forAdmin: [65, 'User:admin', 'User:app', false],
      forAdminRenewedByApp: [65, 'User:admin', 'User:app', false],
      forSelfNamed: [0, 'User:app', 'User:app', true],
      forSelfRenewedByAdmin: [0, 'User:app', 'User:app', true],
      // No principal type: the broker fails the request (UNKNOWN_SERVER_ERROR), creating nothing;
      // the proxy leaves that case to it. A type other than `User` is another principal: 65.
      forAdminWithoutType: [-1, 'User:ANONYMOUS', 'User:ANONYMOUS', false],
      forAdminWithEmptyType: [65, ':admin', 'User:app', false],
      forAdminLowerCaseType: [65, 'user:admin', 'User:app', false],
    });
  });
});

describe('a Produce the partial decode (peek) decides is authorized as the broker authorizes its batches', () => {
  it("a transactional batch with no transactional id (admin's producer id and epoch, in admin's open transaction) is refused as the broker refuses it", async () => {
    const seenBy = await onBothSides(sides, async (side) => {
      const admin = await connectAs(side, 'admin');
      try {
        const init = await until(
          () =>
            admin.call<any>(22, 5, {
              transactionalId: 'tx-admin',
              transactionTimeoutMs: 120_000,
              producerId: -1n,
              producerEpoch: -1,
            }),
          (r) => r !== 'closed' && r.errorCode === 0,
          `${side.name}: InitProducerId`,
        );
        await until(
          () =>
            admin.call<any>(24, 3, {
              v3AndBelowTransactionalId: 'tx-admin',
              v3AndBelowProducerId: init.producerId,
              v3AndBelowProducerEpoch: init.producerEpoch,
              v3AndBelowTopics: [{ name: ALLOWED, partitions: [1] }],
            }),
          (r) =>
            r !== 'closed' && r.resultsByTopicV3AndBelow[0].resultsByPartition[0].partitionErrorCode === 0,
          `${side.name}: AddPartitionsToTxn`,
        );
        const batch = transactional(records('injected'), init.producerId, init.producerEpoch);
        const produce = (transactionalId: string | null) =>
          askAs(side, 'app', 0, 9, {
            transactionalId,
            acks: -1,
            timeoutMs: 10_000,
            topicData: [{ name: ALLOWED, partitionData: [{ index: 1, records: batch }] }],
          });
        const out = {
          noTransactionalId: (await produce(null)).responses[0].partitionResponses[0].errorCode,
          adminsTransactionalId: (await produce('tx-admin')).responses[0].partitionResponses[0].errorCode,
        };
        await admin.call<any>(26, 4, {
          transactionalId: 'tx-admin',
          producerId: init.producerId,
          producerEpoch: init.producerEpoch,
          committed: false,
        });
        return out;
      } finally {
        admin.end();
      }
    });
    expect(seenBy.proxy).toEqual(seenBy.reference);
    expect(seenBy.reference).toEqual({ noTransactionalId: 53, adminsTransactionalId: 53 });
  });
});

/** `rows` sorted by their JSON text: answers whose entry order is the broker's hash-map order. */
function sorted<T>(rows: T[]): T[] {
  const key = (x: unknown) => JSON.stringify(x, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v));
  return [...rows].sort((a, b) => (key(a) < key(b) ? -1 : 1));
}

/** `batch` (records()'s v2 batch) made transactional for a producer id and epoch, CRC-32C recomputed. */
function transactional(batch: Buffer, producerId: bigint, producerEpoch: number): Buffer {
  const out = Buffer.from(batch);
  out.writeInt16BE(out.readInt16BE(21) | 0x10, 21);
  out.writeBigInt64BE(producerId, 43);
  out.writeInt16BE(producerEpoch, 51);
  out.writeInt32BE(0, 53);
  out.writeUInt32BE(crc32c(out.subarray(21)), 17);
  return out;
}

function crc32c(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0x82f63b78 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
