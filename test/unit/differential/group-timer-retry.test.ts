import { describe, expect, it } from 'vitest';
import { ApiKey } from '../../../protocol/generated/api-keys.js';
import { firstDifference } from '../../differential/normalise.js';
import {
  MAX_GROUP_READ_SETTLES,
  settleDelayMs,
  shouldSettleGroupRead,
} from '../../differential/group-timer-retry.js';

const describeGroups = (groupState: string, members: string[]): unknown => ({
  groups: [{ errorCode: 0, groupId: 'g2', groupState, protocolType: 'consumer', members }],
});

describe('reading a group state again when the two brokers read it at a timer edge', () => {
  it('reads DescribeGroups again when the group lists differ in state or members (the long run 20261202 cases)', () => {
    const emptyVsDead = firstDifference(describeGroups('Empty', []), describeGroups('Dead', []));
    const completingVsEmpty = firstDifference(
      describeGroups('CompletingRebalance', ['set']),
      describeGroups('Empty', []),
    );
    expect(shouldSettleGroupRead(ApiKey.DescribeGroups, emptyVsDead, 0)).toBe(true);
    expect(shouldSettleGroupRead(ApiKey.DescribeGroups, completingVsEmpty, 0)).toBe(true);
  });

  it('reads ListGroups again when its group lists differ', () => {
    const where = firstDifference(
      { errorCode: 0, groups: [{ groupId: 'g1' }] },
      { errorCode: 0, groups: [] },
    );
    expect(shouldSettleGroupRead(ApiKey.ListGroups, where, 0)).toBe(true);
  });

  it('does not read again equal answers, a top-level difference, other APIs, or past the bound', () => {
    const where = firstDifference(describeGroups('Empty', []), describeGroups('Dead', []));
    expect(shouldSettleGroupRead(ApiKey.DescribeGroups, undefined, 0)).toBe(false);
    expect(shouldSettleGroupRead(ApiKey.ListGroups, '$.errorCode: 0 vs 29', 0)).toBe(false);
    // JoinGroup and SyncGroup change group state: sending them again would change what is compared.
    expect(shouldSettleGroupRead(ApiKey.JoinGroup, where, 0)).toBe(false);
    expect(shouldSettleGroupRead(ApiKey.ConsumerGroupDescribe, where, 0)).toBe(false);
    expect(shouldSettleGroupRead(ApiKey.DescribeGroups, where, MAX_GROUP_READ_SETTLES)).toBe(false);
  });

  it('waits 250 ms, then twice as long each time: 7.75 s in all, below the 10 s rebalance timeout', () => {
    const delays = Array.from({ length: MAX_GROUP_READ_SETTLES }, (_, i) => settleDelayMs(i + 1));
    expect(delays).toEqual([250, 500, 1000, 2000, 4000]);
    expect(delays.reduce((a, b) => a + b, 0)).toBe(7750);
  });
});
