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
// would only hide a difference behind a group that has since gone. ListGroups is read again only
// when its two answers are equal but for the state of some groups: the same error code and the same
// groups, in the same order, with the same protocol and group types. Which groups it lists is what
// the proxy decides there, and that was already equal in the first pair; a read again on any other
// difference could hide a group the proxy lists and should not behind a group deleted on both sides
// meanwhile. The long run of seed 20261203 (main 84b2e3d) saw such a ListGroups: a member that
// joined `G1` and never synced, Empty through the proxy and CompletingRebalance on the reference,
// right after a DescribeGroups that found CompletingRebalance on both. There is no allowlist entry.
// Source of the timers: Kafka's group coordinator (GroupMetadataManager: rebalance and session
// timeouts, deleting empty groups without offsets).

import { ApiKey } from '../../protocol/generated/api-keys.js';
import { firstDifference } from './normalise.js';

/** A first difference in what a group's timers move: `$.groups[i].groupState` and the like. */
const TIMER_MOVED = /^\$\.groups\[\d+\]\.(groupState|protocolType|protocolData|members)\b/;

/** How many times a group read is sent again at most (after the first attempt). */
export const MAX_GROUP_READ_SETTLES = 5;

/** Milliseconds to wait before settle `attempt` (1-based): 250, 500, 1,000, 2,000, 4,000. */
export const settleDelayMs = (attempt: number): number => 250 * 2 ** (attempt - 1);

/**
 * Whether two ListGroups answers (as compared: normalised) are equal once every listed group's
 * `groupState` is set aside: the same error code and the same groups in the same order, with the
 * same protocol and group types.
 */
export function onlyGroupStatesDiffer(proxy: unknown, reference: unknown): boolean {
  const withoutStates = (answer: unknown): unknown => {
    if (typeof answer !== 'object' || answer === null) return answer;
    const { groups } = answer as { groups?: unknown };
    if (!Array.isArray(groups)) return answer;
    return {
      ...answer,
      groups: groups.map((g: unknown) =>
        typeof g === 'object' && g !== null ? { ...g, groupState: undefined } : g,
      ),
    };
  };
  return firstDifference(withoutStates(proxy), withoutStates(reference)) === undefined;
}

/**
 * Whether a compared pair of group reads should be read again on both sides: the first difference
 * (`where`, a path from `firstDifference`) is a group's state, protocol type or data, or members,
 * `settlesSoFar` is below the bound, and the request is DescribeGroups, or ListGroups whose two
 * answers (`answers`, normalised) differ only in groups' states (`onlyGroupStatesDiffer`).
 */
export function shouldSettleGroupRead(
  apiKey: number,
  where: string | undefined,
  settlesSoFar: number,
  answers?: { proxy: unknown; reference: unknown },
): boolean {
  if (where === undefined || !TIMER_MOVED.test(where) || settlesSoFar >= MAX_GROUP_READ_SETTLES) return false;
  if (apiKey === ApiKey.DescribeGroups) return true;
  return (
    apiKey === ApiKey.ListGroups &&
    answers !== undefined &&
    onlyGroupStatesDiffer(answers.proxy, answers.reference)
  );
}
