import { describe, expect, it } from 'vitest';
import { ApiKey } from '../../../protocol/generated/api-keys.js';
import { SerialLanes, laneKindOf, laneOf } from '../../differential/lanes.js';

const tick = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('lane assignment of the differential harness', () => {
  it('runs everything in lane 0 with one worker', () => {
    for (let i = 0; i < 50; i++) {
      expect(laneOf('independent', i, 1)).toBe(0);
      expect(laneOf('shared-state', i, 1)).toBe(0);
    }
  });

  it('keeps shared-state requests in lane 0 and spreads independent ones round robin over lanes 1..N-1', () => {
    expect([0, 1, 2, 3, 4, 5].map((i) => laneOf('independent', i, 4))).toEqual([1, 2, 3, 1, 2, 3]);
    expect([0, 1, 2, 3].map((i) => laneOf('shared-state', i, 4))).toEqual([0, 0, 0, 0]);
  });

  it('classifies group and transaction APIs as shared state; Produce, Fetch, metadata and share APIs as independent', () => {
    for (const key of [
      ApiKey.JoinGroup,
      ApiKey.DescribeGroups,
      ApiKey.ListGroups,
      ApiKey.OffsetFetch,
      ApiKey.InitProducerId,
      ApiKey.EndTxn,
      ApiKey.ListTransactions,
      ApiKey.DescribeProducers,
      ApiKey.ConsumerGroupHeartbeat,
    ])
      expect(laneKindOf(key)).toBe('shared-state');
    for (const key of [
      ApiKey.Metadata,
      ApiKey.Fetch,
      ApiKey.ListOffsets,
      ApiKey.DeleteTopics,
      ApiKey.DescribeConfigs,
    ])
      expect(laneKindOf(key)).toBe('independent');
  });
});

describe('fetch sessions in one lane', () => {
  it('sends every Fetch that opens or uses a session to lane 1 and sessionless ones round robin', () => {
    expect(laneKindOf(ApiKey.Fetch, { sessionId: 0, sessionEpoch: 0 })).toBe('fetch-session');
    expect(laneKindOf(ApiKey.Fetch, { sessionId: 7, sessionEpoch: 3 })).toBe('fetch-session');
    expect(laneKindOf(ApiKey.Fetch, { sessionId: 0, sessionEpoch: -1 })).toBe('independent');
    expect(laneKindOf(ApiKey.Fetch, {})).toBe('independent');
    expect([0, 1, 2, 3].map((i) => laneOf('fetch-session', i, 4))).toEqual([1, 1, 1, 1]);
    expect(laneOf('fetch-session', 5, 1)).toBe(0);
  });
});

describe('SerialLanes', () => {
  it('runs the tasks of one lane one after the other in push order, even when earlier ones are slower', async () => {
    const lanes = new SerialLanes(2);
    const order: number[] = [];
    let running = 0;
    let maxRunning = 0;
    for (let i = 0; i < 6; i++) {
      await lanes.push(0, async () => {
        running++;
        maxRunning = Math.max(maxRunning, running);
        await tick(6 - i);
        order.push(i);
        running--;
      });
    }
    await lanes.drain();
    expect(order).toEqual([0, 1, 2, 3, 4, 5]);
    expect(maxRunning).toBe(1);
  });

  it('runs different lanes concurrently', async () => {
    const lanes = new SerialLanes(3);
    let running = 0;
    let maxRunning = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    for (let lane = 0; lane < 3; lane++) {
      await lanes.push(lane, async () => {
        running++;
        maxRunning = Math.max(maxRunning, running);
        if (running === 3) release();
        await gate;
        running--;
      });
    }
    await lanes.drain();
    expect(maxRunning).toBe(3);
  });

  it('runs an exclusive task only after every lane finished what it was given, and alone', async () => {
    const lanes = new SerialLanes(3);
    const finished: string[] = [];
    for (let lane = 0; lane < 3; lane++) {
      await lanes.push(lane, async () => {
        await tick(5 * (lane + 1));
        finished.push(`lane ${lane}`);
      });
    }
    await lanes.exclusive(async () => {
      finished.push('exclusive');
    });
    expect(finished).toEqual(['lane 0', 'lane 1', 'lane 2', 'exclusive']);
  });

  it('makes push wait while a lane holds more than maxQueued unfinished tasks', async () => {
    const lanes = new SerialLanes(1, 2);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    for (let i = 0; i < 2; i++) await lanes.push(0, () => gate);
    let pushed = false;
    const third = lanes.push(0, async () => undefined).then(() => (pushed = true));
    await tick(20);
    expect(pushed).toBe(false);
    release();
    await third;
    expect(pushed).toBe(true);
    await lanes.drain();
  });

  it('stops starting tasks after one throws and rethrows that error from drain', async () => {
    const lanes = new SerialLanes(2);
    const ran: number[] = [];
    await lanes.push(0, async () => {
      throw new Error('sequence failed');
    });
    await tick(5);
    await expect(lanes.push(1, async () => void ran.push(1))).rejects.toThrow('sequence failed');
    await expect(lanes.drain()).rejects.toThrow('sequence failed');
    expect(ran).toEqual([]);
  });
});
