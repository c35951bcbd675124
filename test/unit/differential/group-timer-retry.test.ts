import { describe, expect, it } from 'vitest';
import { ApiKey } from '../../../protocol/generated/api-keys.js';
import { firstDifference } from '../../differential/normalise.js';
import {
  MAX_GROUP_READ_SETTLES,
  settleDelayMs,
  shouldSettleGroupRead,
} from '../../differential/group-timer-retry.js';

const group = (groupState: string, members: string[]) => ({
  errorCode: 0,
  groupId: 'g2',
  groupState,
  protocolType: 'consumer',
  members,
});

describe('reading a group state again when the two brokers read it at a timer edge', () => {
  it('reads DescribeGroups again when the answers differ in a group state or its members (the long run 20261202 cases)', () => {
    const emptyVsDead = firstDifference({ groups: [group('Empty', [])] }, { groups: [group('Dead', [])] });
    const completingVsEmpty = firstDifference(
      { groups: [group('CompletingRebalance', ['set'])] },
      { groups: [group('Empty', [])] },
    );
    expect(shouldSettleGroupRead(ApiKey.DescribeGroups, emptyVsDead, 0)).toBe(true);
    expect(shouldSettleGroupRead(ApiKey.DescribeGroups, completingVsEmpty, 0)).toBe(true);
  });

  it("does not read again what the proxy decides: a group's error code, its authorized operations, the entries' order", () => {
    const allowed = group('Empty', []);
    const denied = { ...group('', []), groupId: 'g1', errorCode: 30 };
    const reordered = firstDifference({ groups: [allowed, denied] }, { groups: [denied, allowed] });
    const refused = firstDifference({ groups: [allowed] }, { groups: [{ ...allowed, errorCode: 30 }] });
    const operations = firstDifference(
      { groups: [{ ...allowed, authorizedOperations: 8 }] },
      { groups: [{ ...allowed, authorizedOperations: 0 }] },
    );
    for (const where of [reordered, refused, operations]) {
      expect(where).toBeDefined();
      expect(shouldSettleGroupRead(ApiKey.DescribeGroups, where, 0)).toBe(false);
    }
  });

  it('does not read again equal answers, ListGroups (a listed group may be gone on both sides later), other APIs, or past the bound', () => {
    const where = firstDifference({ groups: [group('Empty', [])] }, { groups: [group('Dead', [])] });
    expect(shouldSettleGroupRead(ApiKey.DescribeGroups, undefined, 0)).toBe(false);
    expect(shouldSettleGroupRead(ApiKey.ListGroups, where, 0)).toBe(false);
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
