// Red team: state one principal leaves on the broker that another principal reads back. The same raw
// requests (generated encoders, after a real SCRAM-SHA-512 exchange) go once to a broker with
// StandardAuthorizer and the ACLs `policy to-acls` gives for the policy below, once through the proxy
// enforcing that policy in front of a broker without an authorizer; what each side answers must be
// the same. Where the broker keeps state across requests (a transaction, a group's committed
// offsets), User:admin writes it naming a topic User:app may not see, and User:app reads it back.
//
//   User:admin  may produce and consume everything and use every transactional id;
//   User:app    may produce and consume `allowed` (group shared-g), use transactional id tx-shared and
//               describe the offsets of share group share-g for `allowed`, and describe delegation
//               tokens (which Kafka shows only to their owner, requester and renewers); it may
//               also consume `allowed` in share group share-s, where admin's member reads `secret`;
//   User:trusted-net (connections from 127.0.0.0/8 that SASL does not name) may consume `secret`.

/* eslint-disable @typescript-eslint/no-explicit-any -- projections read decoded responses of many message types */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oauthbearer, RawClient } from './policy-raw-client.js';
import {
  askAs,
  connectAs,
  enableShareGroups,
  fetchUntilAcquired,
  joinShareGroup,
  onBothSides as onBothSidesOf,
  produceUntilAccepted,
  shareFetch,
  shareHeartbeat,
  startSides,
  topicIdsOf,
  until,
  type RedTeamSides,
  type Side,
  policyOf,
  rule,
  TRUSTED_NET_IDENTITY,
} from './red-team-sides.js';

const USERS = ['app', 'admin'] as const;
type User = (typeof USERS)[number];
const ALLOWED = 'allowed';
const SECRET = 'secret';
const TXN = 'tx-shared';
const GROUP = 'shared-g';
const SHARE_GROUP = 'share-g';
const SESSION_GROUP = 'share-s';

const POLICY = policyOf(
  ['sasl: { mechanisms: [SCRAM-SHA-512, OAUTHBEARER] }', TRUSTED_NET_IDENTITY],
  [
    rule('User:trusted-net', [`{ role: consume, topic: ${SECRET} }`]),
    rule('User:admin', [
      '{ role: produce }',
      '{ role: consume }',
      "{ transactionalId: '*' }",
      '{ apiKey: DescribeShareGroupOffsets }',
      '{ apiKey: CreateDelegationToken }',
      '{ apiKey: DescribeDelegationToken }',
    ]),
    rule('User:app', [
      `{ role: produce, topic: ${ALLOWED} }`,
      `{ role: consume, topic: ${ALLOWED}, group: ${GROUP} }`,
      `{ apiKey: DescribeShareGroupOffsets, topic: ${ALLOWED}, group: ${SHARE_GROUP} }`,
      '{ apiKey: DescribeDelegationToken }',
      `{ transactionalId: ${TXN} }`,
      `{ role: consume, topic: ${ALLOWED}, group: ${SESSION_GROUP} }`,
    ]),
  ],
);

/**
 * OAUTHBEARER beside SCRAM on the client listener, with Kafka's default (unsecured) token validator:
 * a mechanism whose first message names no user the proxy can read.
 */
const OAUTHBEARER = {
  'sasl.enabled.mechanisms': 'SCRAM-SHA-512,OAUTHBEARER,PLAIN',
  // PLAIN beside them, for User:app only: a mechanism the policy's sasl source does not accept.
  'listener.name.client.plain.sasl.jaas.config':
    'org.apache.kafka.common.security.plain.PlainLoginModule required user_app="app-secret";',
  'listener.name.client.oauthbearer.sasl.jaas.config':
    'org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required;',
};

let both: RedTeamSides;
let sides: readonly Side[];

const connect = (side: Side, user: User): Promise<RawClient> => connectAs(side, user);
const ask = <T = any>(side: Side, user: User, api: number, version: number, body: unknown): Promise<T> =>
  askAs<T>(side, user, api, version, body);
const topicIds = topicIdsOf;
const onBothSides = (steps: (side: Side) => Promise<unknown>) => onBothSidesOf(sides, steps);

beforeAll(async () => {
  both = await startSides({
    policy: POLICY,
    users: USERS,
    topics: { [ALLOWED]: 2, [SECRET]: 2 },
    // Delegation tokens (KIP-48) are on when the brokers share a secret.
    serverProperties: { 'delegation.token.secret.key': 'red-team-token-secret', ...OAUTHBEARER },
  });
  sides = both.sides;
  // The group and transaction coordinators exist once FindCoordinator has created their internal
  // topics: ask until both sides answer, so that no case meets NOT_COORDINATOR on one side only.
  for (const side of sides) {
    for (const [keyType, key] of [
      [0, GROUP],
      [1, TXN],
    ] as const) {
      await until(
        () => ask(side, 'admin', 10, 4, { keyType, coordinatorKeys: [key] }),
        (r) => r.coordinators[0].errorCode === 0,
        `${side.name}: the coordinator of ${key}`,
      );
    }
  }
}, 600_000);

afterAll(async () => {
  await both?.stop();
});

describe('state one principal leaves on the broker shows another principal only what it may see', () => {
  it("DescribeTransactions of a transactional id both may use lists only the topics the caller may describe (not admin's denied topic)", async () => {
    const seenBy = await onBothSides(async (side) => {
      const admin = await connect(side, 'admin');
      try {
        // admin opens a transaction on the shared transactional id and adds both topics to it.
        const init = await until(
          () =>
            admin.call<any>(22, 5, {
              transactionalId: TXN,
              transactionTimeoutMs: 120_000,
              producerId: -1n,
              producerEpoch: -1,
            }),
          (r) => r !== 'closed' && r.errorCode === 0,
          `${side.name}: InitProducerId of ${TXN}`,
        );
        const added = await until(
          () =>
            admin.call<any>(24, 3, {
              v3AndBelowTransactionalId: TXN,
              v3AndBelowProducerId: init.producerId,
              v3AndBelowProducerEpoch: init.producerEpoch,
              v3AndBelowTopics: [
                { name: SECRET, partitions: [0, 1] },
                { name: ALLOWED, partitions: [0] },
              ],
            }),
          (r) =>
            r !== 'closed' &&
            r.resultsByTopicV3AndBelow.every((t: any) =>
              t.resultsByPartition.every((p: any) => p.partitionErrorCode === 0),
            ),
          `${side.name}: AddPartitionsToTxn`,
        );
        void added;
        const asApp = await ask(side, 'app', 65, 0, { transactionalIds: [TXN] });
        const asAdmin = await ask(side, 'admin', 65, 0, { transactionalIds: [TXN] });
        const project = (r: any): unknown =>
          r.transactionStates.map((s: any) => [
            s.transactionalId,
            s.errorCode,
            s.transactionState,
            s.topics.map((t: any) => [t.topic, [...t.partitions].sort()]).sort(),
          ]);
        // Leave no transaction open for later cases: abort it.
        await admin.call<any>(26, 4, {
          transactionalId: TXN,
          producerId: init.producerId,
          producerEpoch: init.producerEpoch,
          committed: false,
        });
        return { app: project(asApp), admin: project(asAdmin) };
      } finally {
        admin.end();
      }
    });
    expect(seenBy.proxy).toEqual(seenBy.reference);
    expect(seenBy.reference).toEqual({
      app: [[TXN, 0, 'Ongoing', [[ALLOWED, [0]]]]],
      admin: [
        [
          TXN,
          0,
          'Ongoing',
          [
            [ALLOWED, [0]],
            [SECRET, [0, 1]],
          ],
        ],
      ],
    });
  });

  it('OffsetFetch of every topic of a shared group leaves out the offsets admin committed for a topic the caller may not describe (v9 and v7 layouts)', async () => {
    const seenBy = await onBothSides(async (side) => {
      await until(
        () =>
          ask(side, 'admin', 8, 9, {
            groupId: GROUP,
            generationIdOrMemberEpoch: -1,
            memberId: '',
            topics: [SECRET, ALLOWED].map((name) => ({
              name,
              partitions: [{ partitionIndex: 0, committedOffset: 0n, committedLeaderEpoch: -1 }],
            })),
          }),
        (r) => r.topics.every((t: any) => t.partitions.every((p: any) => p.errorCode === 0)),
        `${side.name}: admin's OffsetCommit in ${GROUP}`,
      );
      const v9 = await ask(side, 'app', 9, 9, {
        groups: [{ groupId: GROUP, memberId: null, memberEpoch: -1, topics: null }],
      });
      const v7 = await ask(side, 'app', 9, 7, { groupId: GROUP, topics: null });
      return {
        v9: v9.groups.map((g: any) => [g.groupId, g.errorCode, g.topics.map((t: any) => t.name).sort()]),
        v7: [v7.errorCode, v7.topics.map((t: any) => t.name).sort()],
      };
    });
    expect(seenBy.proxy).toEqual(seenBy.reference);
    expect(seenBy.reference).toEqual({ v9: [[GROUP, 0, [ALLOWED]]], v7: [0, [ALLOWED]] });
  });
  it('DescribeShareGroupOffsets of every topic of a shared share group leaves out the topics the caller may not describe (KIP-932)', async () => {
    const seenBy = await onBothSides(async (side) => {
      await enableShareGroups(side);
      // admin's share consumer joins, subscribed to both topics, and heartbeats until the group
      // coordinator has initialized the share partitions' state (then the group has offsets for
      // both topics); then it leaves.
      const memberId = randomBytes(16).toString('base64url');
      const admin = await connect(side, 'admin');
      try {
        let epoch = 0;
        await until(
          async () => {
            const beat = await shareHeartbeat(admin, SHARE_GROUP, memberId, epoch, [SECRET, ALLOWED]);
            if (beat !== 'closed' && beat.errorCode === 0) epoch = beat.memberEpoch;
            const described = await admin.call<any>(90, 0, {
              groups: [{ groupId: SHARE_GROUP, topics: null }],
            });
            return described === 'closed' ? [] : described.groups[0].topics.map((t: any) => t.topicName);
          },
          (topics) => topics.length === 2,
          `${side.name}: the share group's state for both topics`,
        );
        await shareHeartbeat(admin, SHARE_GROUP, memberId, -1, null);
      } finally {
        admin.end();
      }
      const project = (r: any): unknown =>
        r.groups.map((g: any) => [g.groupId, g.errorCode, g.topics.map((t: any) => t.topicName).sort()]);
      const asApp = await ask(side, 'app', 90, 0, { groups: [{ groupId: SHARE_GROUP, topics: null }] });
      const asAdmin = await ask(side, 'admin', 90, 0, { groups: [{ groupId: SHARE_GROUP, topics: null }] });
      return { app: project(asApp), admin: project(asAdmin) };
    });
    expect(seenBy.proxy).toEqual(seenBy.reference);
    expect(seenBy.reference).toEqual({
      app: [[SHARE_GROUP, 0, [ALLOWED]]],
      admin: [[SHARE_GROUP, 0, [ALLOWED, SECRET]]],
    });
  });
  it("DescribeDelegationToken shows a principal only the tokens it owns, requested or may renew (not admin's token and its HMAC)", async () => {
    const seenBy = await onBothSides(async (side) => {
      const created = await until(
        () =>
          ask(side, 'admin', 38, 3, {
            ownerPrincipalType: null,
            ownerPrincipalName: null,
            renewers: [],
            maxLifetimeMs: -1n,
          }),
        (r) => r.errorCode === 0,
        `${side.name}: admin's CreateDelegationToken`,
      );
      const project = (r: any): unknown => [
        r.errorCode,
        r.tokens.map((t: any) => [
          `${t.principalType}:${t.principalName}`,
          t.tokenId === created.tokenId,
          t.hmac.length > 0,
        ]),
      ];
      // The token reaches the broker's token cache through the metadata log: wait until its owner sees it.
      const asAdmin = await until(
        () => ask(side, 'admin', 41, 3, { owners: null }),
        (r) => r.tokens.length > 0,
        `${side.name}: admin's token described`,
      );
      const asApp = await ask(side, 'app', 41, 3, { owners: null });
      return { app: project(asApp), admin: project(asAdmin) };
    });
    expect(seenBy.proxy).toEqual(seenBy.reference);
    expect(seenBy.reference).toEqual({ app: [0, []], admin: [0, [['User:admin', true, true]]] });
  });
  it("ShareFetch on another member's share session (its member id, the next epoch) returns no record of a topic the caller may not read (KIP-932)", async () => {
    const seenBy = await onBothSides(async (side) => {
      await enableShareGroups(side);
      const ids = await topicIds(side);
      const admin = await connect(side, 'admin');
      const app = await connect(side, 'app');
      try {
        // admin's share consumer joins, subscribed to `secret`, until it is assigned partition 0.
        const memberId = await joinShareGroup(admin, side, SESSION_GROUP, [SECRET]);
        // admin opens its share session on secret-0 and fetches until it has acquired a record.
        // A share group starts at the latest offset (share.auto.offset.reset): write while fetching.
        const { epoch } = await fetchUntilAcquired(
          admin,
          side,
          SESSION_GROUP,
          memberId,
          SECRET,
          ids.get(SECRET),
          'secret-1',
        );
        // A new record in the session's partition; app fetches on admin's session at its next epoch.
        await produceUntilAccepted(admin, side, SECRET, 'secret-2');
        const stolen = await shareFetch(app, SESSION_GROUP, memberId, epoch, []);
        if (stolen === 'closed') return 'closed';
        return [
          stolen.errorCode,
          stolen.responses.map((t: any) => [
            t.topicId === ids.get(SECRET) ? SECRET : 'other',
            t.partitions.map((p: any) => [
              p.partitionIndex,
              p.errorCode,
              p.records.length > 0,
              p.acquiredRecords.length,
            ]),
          ]),
        ];
      } finally {
        admin.end();
        app.end();
      }
    });
    expect(seenBy.proxy).toEqual(seenBy.reference);
    expect(seenBy.reference).toEqual([0, [[SECRET, [[0, 29, false, 0]]]]]);
  });
});

describe('the principal the proxy decides for is the one the broker authenticated', () => {
  it("a SCRAM client-first message with RFC 5802's reserved m= attribute, which the broker accepts, is still decided as its SASL user (not as the next identity source)", async () => {
    const seenBy = await onBothSides(async (side) => {
      const client = await RawClient.connect(side.port);
      try {
        await client.scram('app', 'app-secret', { mext: 'x' });
        const r = await client.call<any>(3, 12, { topics: null, allowAutoTopicCreation: false });
        if (r === 'closed') return 'closed';
        return r.topics.map((t: any) => t.name).sort();
      } finally {
        client.end();
      }
    });
    expect(seenBy.proxy).toEqual(seenBy.reference);
    expect(seenBy.reference).toEqual([ALLOWED]);
  });

  it('a connection the broker authenticated with PLAIN, a mechanism the sasl source does not accept, is never decided by the next identity source (sourceCidr)', async () => {
    const seenBy = await onBothSides(async (side) => {
      const client = await RawClient.connect(side.port);
      try {
        const handshake = await client.call<any>(17, 1, { mechanism: 'PLAIN' });
        if (handshake === 'closed' || handshake.errorCode !== 0) return 'handshake refused';
        const auth = await client.call<any>(36, 2, { authBytes: Buffer.from('\0app\0app-secret') });
        if (auth === 'closed' || auth.errorCode !== 0) return 'authentication refused';
        const r = await client.call<any>(3, 12, { topics: null, allowAutoTopicCreation: false });
        if (r === 'closed') return 'closed';
        return r.topics.map((t: any) => t.name).sort();
      } finally {
        client.end();
      }
    });
    // The broker decides for User:app; the proxy cannot decide it as that user (its sasl source does
    // not accept PLAIN), so it closes the connection instead of showing User:trusted-net's `secret`.
    expect(seenBy.reference).toEqual([ALLOWED]);
    expect(seenBy.proxy).toBe('closed');
  });

  it('a connection the broker authenticated with OAUTHBEARER, whose principal the proxy cannot read, is closed, never decided by the next identity source (sourceCidr)', async () => {
    const seenBy = await onBothSides(async (side) => {
      const client = await RawClient.connect(side.port);
      try {
        await oauthbearer(client, 'mallory');
        const r = await client.call<any>(3, 12, { topics: null, allowAutoTopicCreation: false });
        if (r === 'closed') return 'closed';
        return r.topics.map((t: any) => t.name).sort();
      } finally {
        client.end();
      }
    });
    // The broker decides for User:mallory, who has no ACLs. The proxy cannot know that principal
    // (the token is not a user name it reads), so it closes the connection: before this, it fell
    // through to `sourceCidr` and showed User:trusted-net's `secret`.
    expect(seenBy.reference).toEqual([]);
    expect(seenBy.proxy).toBe('closed');
  });
});

describe('decisions from the partial decode (peek) read the names the broker reads', () => {
  /** A frame edit: the Fetch's ReplicaState tag sent twice, with replica ids `first` and `second`. */
  function fetchWithReplicaStates(first: number, second: number) {
    return (frame: Buffer): Buffer => {
      // The encoder wrote one ReplicaState tag (replicaId `first`) last: count 1, tag 1, size 13, body.
      const tagAt = frame.length - 16;
      if (frame[tagAt] !== 1 || frame[tagAt + 1] !== 1 || frame[tagAt + 2] !== 13)
        throw new Error('tag layout');
      const one = Buffer.from(frame.subarray(tagAt + 1));
      const two = Buffer.from(one);
      one.writeInt32BE(first, 2);
      two.writeInt32BE(second, 2);
      const out = Buffer.concat([frame.subarray(0, tagAt), Buffer.from([2]), one, two]);
      out.writeInt32BE(out.length - 4, 0);
      return out;
    };
  }

  for (const [first, second] of [
    [-1, 1],
    [1, -1],
  ] as const) {
    it(`a sessionless Fetch v17 whose ReplicaState tag comes twice (replica ids ${first}, then ${second}) is answered as the broker reads it (the last)`, async () => {
      const seenBy = await onBothSides(async (side) => {
        const ids = await topicIds(side);
        const app = await connect(side, 'app');
        try {
          // The proxy learns topic IDs from Metadata answers, as clients ask before fetching by ID.
          await app.call<any>(3, 12, { topics: null, allowAutoTopicCreation: false });
          await produceUntilAccepted(app, side, ALLOWED, 'peek');
          const body = {
            maxWaitMs: 10,
            minBytes: 0,
            maxBytes: 1 << 20,
            sessionId: 0,
            sessionEpoch: -1,
            // Replica id 1 makes the encoder write the tag; the edit sets both copies.
            replicaState: { replicaId: 1, replicaEpoch: -1n },
            topics: [
              {
                topicId: ids.get(ALLOWED),
                partitions: [
                  {
                    partition: 0,
                    fetchOffset: 0n,
                    partitionMaxBytes: 1 << 20,
                    currentLeaderEpoch: -1,
                    lastFetchedEpoch: -1,
                    logStartOffset: -1n,
                  },
                ],
              },
            ],
            forgottenTopicsData: [],
          };
          const r = await app.call<any>(1, 17, body, undefined, fetchWithReplicaStates(first, second));
          if (r === 'closed') return 'closed';
          return [
            r.errorCode,
            r.responses.map((t: any) =>
              t.partitions.map((p: any) => [p.partitionIndex, p.errorCode, (p.records?.length ?? 0) > 0]),
            ),
          ];
        } finally {
          app.end();
        }
      });
      expect(seenBy.proxy).toEqual(seenBy.reference);
      // The broker keeps the last copy: a follower's fetch is refused (29), a consumer's served.
      expect(seenBy.reference).toEqual([0, [[[0, second >= 0 ? 29 : 0, second < 0]]]]);
    });
  }
});

describe('FindCoordinator key types beyond groups and transactions are answered as the broker answers them', () => {
  it('a share-partition key (key type 2, an inter-broker lookup) and an unknown key type', async () => {
    const seenBy = await onBothSides(async (side) => {
      const ids = await topicIds(side);
      const shareKey = `${SESSION_GROUP}:${ids.get(ALLOWED)}:0`;
      const project = (r: any): unknown =>
        r === 'closed'
          ? 'closed'
          : r.coordinators.map((c: any) => [c.key === shareKey, c.errorCode, c.nodeId >= 0]);
      const out: unknown[] = [];
      for (const user of ['admin', 'app'] as const) {
        const client = await connect(side, user);
        try {
          out.push(project(await client.call<any>(10, 6, { keyType: 2, coordinatorKeys: [shareKey] })));
          out.push(project(await client.call<any>(10, 5, { keyType: 2, coordinatorKeys: [shareKey] })));
          out.push(project(await client.call<any>(10, 6, { keyType: 3, coordinatorKeys: [SESSION_GROUP] })));
        } finally {
          client.end();
        }
      }
      return out;
    });
    expect(seenBy.proxy).toEqual(seenBy.reference);
    // Share keys: v6+ ClusterAction (31), below v6 INVALID_REQUEST (42); an unknown type: 42.
    const asEach = [[[true, 31, false]], [[true, 42, false]], [[false, 42, false]]];
    expect(seenBy.reference).toEqual([...asEach, ...asEach]);
  });
});
