// Listings the broker filters instead of refusing (ListGroups, ListTransactions): the request names
// nothing to authorize, and the answer lists only the entries the caller may Describe, each judged
// as the API that describes it (DescribeGroups, DescribeTransactions) would be.

import { ApiKey } from '../../../protocol/generated/api-keys.js';
import type { ApiKeyNumber, ResponseOf } from '../../../protocol/generated/codecs.js';
import type { RequestDecision } from '../../connection/request-decision.js';
import type { RequestDecider } from './request-decider.js';

/** Where a listing's entries sit in its answer, and the name each is described by. */
export interface Listing<K extends ApiKeyNumber, Entry> {
  /** The API that describes one entry, whose verdict decides whether the entry is listed. */
  readonly describedBy: typeof ApiKey.DescribeGroups | typeof ApiKey.DescribeTransactions;
  entries(response: ResponseOf<K>): Entry[];
  setEntries(response: ResponseOf<K>, entries: Entry[]): void;
  name(entry: Entry): string;
}

/**
 * The decision for a listing request: forwarded as sent (the decision recorded for the request
 * itself), its answer keeping only the entries whose describing request the policy allows.
 */
export function describableOnly<K extends ApiKeyNumber, Entry>(
  ctx: RequestDecider<K>,
  listing: Listing<K, Entry>,
): RequestDecision {
  ctx.policy.decisions.decide(ctx.base());
  return ctx.counted(
    ctx.rewriting(ctx.frame, (response) => {
      const entries = listing.entries(response);
      const names = entries.map((e) => listing.name(e));
      const describe = { apiKey: listing.describedBy, apiVersion: 0, clientId: ctx.header.clientId };
      const decision = ctx.policy.quiet.decide(
        listing.describedBy === ApiKey.DescribeGroups
          ? { ...describe, groups: names }
          : { ...describe, transactionalIds: names },
      );
      const verdicts =
        listing.describedBy === ApiKey.DescribeGroups ? decision.groups : decision.transactionalIds;
      listing.setEntries(
        response,
        entries.filter((_e, i) => verdicts[i]!.allowed),
      );
    }),
  );
}
