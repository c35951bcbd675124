// Group states at a timer's edge, read again until both brokers have passed it. A classic group's
// state moves on timers each broker runs on its own clock: a member that joined but never synced is
// removed when its rebalance timeout ends (CompletingRebalance -> Empty), a member that stops
// heartbeating when its session timeout ends, and an empty group without committed offsets is then
// deleted (Empty -> Dead, which is also what DescribeGroups answers for a group that does not
// exist). The proxy's hop makes its broker's timers start a little later than the reference's, so
// a describe sent at the moment one of them fires can read the two groups one step apart. A long run
// (seed 20261202, 109,117 requests) saw exactly that twice: Empty through the proxy and Dead on the
// reference, and CompletingRebalance with the member through the proxy and Empty on the reference.
//
// DescribeGroups only reads group state, so the harness may send it again: when the two answers
// first differ in what those timers move (a group's state, protocol type and data, members), it
// reads both sides again, at most MAX_GROUP_READ_SETTLES times with growing pauses (7.75 s in all,
// below the 10 s rebalance timeout the sequences use and far above the proxy's hop), and compares
// the last pair. A timer's edge has passed on both sides by then; a difference the proxy makes is
// the same on every read and is reported like any other. What the proxy decides in this answer (a
// group's error code, its authorized operations, the entries' order) is never read again:
// authorization comes before existence on the broker, so no timer changes it, and reading again
// would only hide a difference behind a group that has since gone. ListGroups is not read again for
// the same reason (a group the proxy lists and should not could be deleted on both sides
// meanwhile). There is no allowlist entry. Source of the timers: Kafka's group coordinator
// (GroupMetadataManager: rebalance and session timeouts, deleting empty groups without offsets).

import { ApiKey } from '../../protocol/generated/api-keys.js';

/** A first difference in what a group's timers move: `$.groups[i].groupState` and the like. */
const TIMER_MOVED = /^\$\.groups\[\d+\]\.(groupState|protocolType|protocolData|members)\b/;

/** How many times a group read is sent again at most (after the first attempt). */
export const MAX_GROUP_READ_SETTLES = 5;

/** Milliseconds to wait before settle `attempt` (1-based): 250, 500, 1,000, 2,000, 4,000. */
export const settleDelayMs = (attempt: number): number => 250 * 2 ** (attempt - 1);

/**
 * Whether a compared pair of group reads should be read again on both sides: the request is
 * DescribeGroups, the first difference (`where`, a path from `firstDifference`) is a group's state,
 * protocol type or data, or members, and `settlesSoFar` is below the bound.
 */
export function shouldSettleGroupRead(
  apiKey: number,
  where: string | undefined,
  settlesSoFar: number,
): boolean {
  return (
    where !== undefined &&
    apiKey === ApiKey.DescribeGroups &&
    TIMER_MOVED.test(where) &&
    settlesSoFar < MAX_GROUP_READ_SETTLES
  );
}
