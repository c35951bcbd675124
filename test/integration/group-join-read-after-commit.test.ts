// Kafka 4.1's group coordinator answers a JoinGroup before the records it wrote are committed, and
// ListGroups and ConsumerGroupDescribe read the last committed state (docs/group-coordinator-commits.md).
// A JoinGroup that meets an empty KIP-848 group converts it into an empty classic group even when it
// is answered with an error (MEMBER_ID_REQUIRED here): a read sent right after the answer still sees
// the consumer group until the coordinator's write batch is flushed, `group.coordinator.append.linger.ms`
// (5 ms by default) later. That made the differential harness see ListGroups answer protocol type
// "consumer" on one side and "" on the other; the harness's brokers run with the linger at 0, under
// which the batch is written, and committed on a single-node cluster, before the next read is served.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ConsumerGroupDescribeResponse,
  ConsumerGroupHeartbeatResponse,
  FindCoordinatorResponse,
  JoinGroupResponse,
  ListGroupsResponse,
} from '../../protocol/generated/index.js';
import { startKafka, type KafkaCluster } from '../harness/index.js';
import { consumerGroupJoinBody, consumerGroupLeaveBody } from './consumer-group-heartbeats.js';
import { RawClient } from './policy-raw-client.js';

/** Kafka's error codes used here (org.apache.kafka.common.protocol.Errors). */
const MEMBER_ID_REQUIRED = 79;
const GROUP_ID_NOT_FOUND = 69;
/** COORDINATOR_LOAD_IN_PROGRESS, COORDINATOR_NOT_AVAILABLE, NOT_COORDINATOR. */
const COORDINATOR_NOT_READY = [14, 15, 16];

function answer<T>(o: T | 'closed'): T {
  if (o === 'closed') throw new Error('the broker closed the connection');
  return o;
}

/** Reads until `done` holds of the value or `ms` have passed; returns the last value read. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** FindCoordinator creates `__consumer_offsets` on a fresh broker; waits until it names a coordinator. */
async function awaitGroupCoordinator(client: RawClient, group: string): Promise<void> {
  const found = await eventually(
    async () =>
      answer(await client.call<FindCoordinatorResponse>(10, 4, { keyType: 0, coordinatorKeys: [group] })),
    (r) => r.coordinators[0]?.errorCode === 0,
    120_000,
  );
  expect(found.coordinators[0]?.errorCode).toBe(0);
}

/** A KIP-848 member joins `group` and leaves it again: the group is then an empty consumer group. */
async function emptyConsumerGroup(client: RawClient, group: string): Promise<void> {
  // Until `__consumer_offsets` is loaded the coordinator answers with one of these errors.
  const joined = await eventually(
    async () =>
      answer(
        await client.call<ConsumerGroupHeartbeatResponse>(
          68,
          0,
          consumerGroupJoinBody(group, ['no-such-topic']),
        ),
      ),
    (r) => !COORDINATOR_NOT_READY.includes(r.errorCode),
    120_000,
  );
  expect(joined.errorCode).toBe(0);
  const left = answer(
    await client.call<ConsumerGroupHeartbeatResponse>(68, 0, consumerGroupLeaveBody(group, joined.memberId)),
  );
  expect(left.errorCode).toBe(0);
}

/** A classic JoinGroup v9 without member id: answered MEMBER_ID_REQUIRED. */
async function classicJoin(client: RawClient, group: string): Promise<JoinGroupResponse> {
  return answer(
    await client.call<JoinGroupResponse>(11, 9, {
      groupId: group,
      sessionTimeoutMs: 30_000,
      rebalanceTimeoutMs: 10_000,
      memberId: '',
      groupInstanceId: null,
      protocolType: 'consumer',
      protocols: [{ name: 'range', metadata: Buffer.alloc(0) }],
      reason: null,
    }),
  );
}

/** How ListGroups v5 lists `group`: its protocol type and group type, or undefined when absent. */
async function listed(
  client: RawClient,
  group: string,
): Promise<{ protocolType: string; groupType: string } | undefined> {
  const r = answer(await client.call<ListGroupsResponse>(16, 5, { statesFilter: [], typesFilter: [] }));
  const g = r.groups.find((x) => x.groupId === group);
  return g === undefined ? undefined : { protocolType: g.protocolType, groupType: g.groupType };
}

async function describeErrorCode(client: RawClient, group: string): Promise<number> {
  const r = answer(
    await client.call<ConsumerGroupDescribeResponse>(69, 0, {
      groupIds: [group],
      includeAuthorizedOperations: false,
    }),
  );
  return r.groups[0]!.errorCode;
}

/**
 * Registers, for the enclosing describe block, one broker with `group.coordinator.append.linger.ms`
 * set to `lingerMs` and a raw client to it (60 s response timeout) once the coordinator of g1 is
 * found; both are stopped after the block. `client` is set before the block's tests run.
 */
function brokerWithAppendLinger(lingerMs: string): { client: RawClient } {
  const started = {} as { client: RawClient };
  let cluster: KafkaCluster | undefined;
  beforeAll(async () => {
    cluster = await startKafka({
      nodes: 1,
      readyTimeoutMs: 300_000,
      serverProperties: { 'group.coordinator.append.linger.ms': lingerMs },
    });
    started.client = await RawClient.connect(cluster.nodes[0]!.port);
    started.client.responseTimeoutMs = 60_000;
    await awaitGroupCoordinator(started.client, 'g1');
  });
  afterAll(async () => {
    started.client?.end();
    await cluster?.stop();
  });
  return started;
}

describe('a JoinGroup is answered before its records are committed (append linger 3 s)', () => {
  const broker = brokerWithAppendLinger('3000');

  it('ListGroups and ConsumerGroupDescribe still show the consumer group right after a classic join converted it, and the classic group once the batch is written', async () => {
    const { client } = broker;
    await emptyConsumerGroup(client, 'g1');
    expect(await listed(client, 'g1')).toEqual({ protocolType: 'consumer', groupType: 'consumer' });

    const join = await classicJoin(client, 'g1');
    expect(join.errorCode).toBe(MEMBER_ID_REQUIRED);
    // The conversion is done in the coordinator's memory but its records wait in the write batch:
    // the reads, served at the last committed offset, still find the consumer group.
    expect(await listed(client, 'g1')).toEqual({ protocolType: 'consumer', groupType: 'consumer' });
    expect(await describeErrorCode(client, 'g1')).toBe(0);

    // Once the linger ends the batch is written and committed: an empty classic group.
    const after = await eventually(
      () => listed(client, 'g1'),
      (g) => g?.groupType === 'classic',
      60_000,
    );
    expect(after).toEqual({ protocolType: '', groupType: 'classic' });
    expect(await describeErrorCode(client, 'g1')).toBe(GROUP_ID_NOT_FOUND);
  });
});

describe('with the append linger at 0, as the differential harness runs its brokers', () => {
  const broker = brokerWithAppendLinger('0');

  it('the read right after the classic join that converted an empty consumer group finds the classic group, every time', async () => {
    const { client } = broker;
    const seen: Array<string | undefined> = [];
    for (let i = 0; i < 10; i++) {
      await emptyConsumerGroup(client, 'g1');
      expect((await listed(client, 'g1'))?.groupType).toBe('consumer');
      expect((await classicJoin(client, 'g1')).errorCode).toBe(MEMBER_ID_REQUIRED);
      seen.push((await listed(client, 'g1'))?.groupType);
    }
    expect(seen).toEqual(Array<string>(10).fill('classic'));
  });
});
