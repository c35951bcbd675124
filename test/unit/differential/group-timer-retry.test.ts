import { describe, expect, it } from 'vitest';
import { ApiKey } from '../../../protocol/generated/api-keys.js';
import { firstDifference } from '../../differential/normalise.js';
import {
  MAX_GROUP_READ_SETTLES,
  onlyGroupStatesDiffer,
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

/** A ListGroups v5 entry. */
const listed = (groupId: string, groupState: string, protocolType = 'consumer') => ({
  groupId,
  protocolType,
  groupState,
  groupType: 'classic',
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

  it("reads ListGroups again when the answers differ only in a listed group's state (the long run 20261203 case: G1 Empty against CompletingRebalance)", () => {
    const proxy = { errorCode: 0, groups: [listed('G1', 'Empty'), listed('g2', 'Empty', '')] };
    const reference = {
      errorCode: 0,
      groups: [listed('G1', 'CompletingRebalance'), listed('g2', 'Empty', '')],
    };
    const where = firstDifference(proxy, reference);
    expect(where).toMatch(/^\$\.groups\[0\]\.groupState/);
    expect(onlyGroupStatesDiffer(proxy, reference)).toBe(true);
    expect(shouldSettleGroupRead(ApiKey.ListGroups, where, 0, { proxy, reference })).toBe(true);
    expect(
      shouldSettleGroupRead(ApiKey.ListGroups, where, MAX_GROUP_READ_SETTLES, { proxy, reference }),
    ).toBe(false);
  });

  it('does not read ListGroups again when what the proxy decides differs too: another group listed, another order, another error code, or a protocol type', () => {
    const g1 = listed('G1', 'Empty');
    const g1Completing = listed('G1', 'CompletingRebalance');
    const g2 = listed('g2', 'Empty', '');
    const nearMisses: Array<[unknown, unknown]> = [
      // A group the proxy lists and the reference does not, after a state difference.
      [
        { errorCode: 0, groups: [g1, g2] },
        { errorCode: 0, groups: [g1Completing] },
      ],
      [
        { errorCode: 0, groups: [g1, g2, listed('secret-group', 'Empty')] },
        { errorCode: 0, groups: [g1Completing, g2, listed('g3', 'Empty')] },
      ],
      // The same groups in another order.
      [
        { errorCode: 0, groups: [g1, g2] },
        { errorCode: 0, groups: [g2, g1Completing] },
      ],
      // Another error code.
      [
        { errorCode: 0, groups: [g1] },
        { errorCode: 29, groups: [g1Completing] },
      ],
      // A protocol type or group type besides the state.
      [
        { errorCode: 0, groups: [g1] },
        { errorCode: 0, groups: [{ ...g1Completing, protocolType: '' }] },
      ],
      [
        { errorCode: 0, groups: [g1] },
        { errorCode: 0, groups: [{ ...g1Completing, groupType: 'consumer' }] },
      ],
    ];
    for (const [proxy, reference] of nearMisses) {
      const where = firstDifference(proxy, reference);
      expect(where).toBeDefined();
      expect(onlyGroupStatesDiffer(proxy, reference)).toBe(false);
      expect(shouldSettleGroupRead(ApiKey.ListGroups, where, 0, { proxy, reference })).toBe(false);
    }
    // Without the answers a ListGroups is never read again.
    const where = firstDifference({ groups: [g1] }, { groups: [g1Completing] });
    expect(shouldSettleGroupRead(ApiKey.ListGroups, where, 0)).toBe(false);
  });

  it('does not read again equal answers, other APIs, or past the bound', () => {
    const where = firstDifference({ groups: [group('Empty', [])] }, { groups: [group('Dead', [])] });
    expect(shouldSettleGroupRead(ApiKey.DescribeGroups, undefined, 0)).toBe(false);
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
