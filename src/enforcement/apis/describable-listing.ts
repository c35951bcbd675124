// Listings the broker filters instead of refusing (ListGroups, ListTransactions): the request names
// nothing to authorize, and the answer lists only the entries the caller may Describe, each judged
// as the API that describes it (DescribeGroups, DescribeTransactions) would be.

import { ApiKey } from '../../../protocol/generated/api-keys.js';
import type { ApiKeyNumber, ResponseOf } from '../../../protocol/generated/codecs.js';
import type { RequestDecision } from '../../connection/request-decision.js';
import type { RequestDecider } from './request-decider.js';
import type { ElementOf } from './resource-list.js';

/**
 * The decision for a listing request: forwarded as sent (the decision recorded for the request
 * itself), its answer keeping only the entries of its list `field` whose describing request the
 * policy allows: `describedBy` (DescribeGroups, DescribeTransactions) on the entry's `name`.
 */
export function describableOnly<K extends ApiKeyNumber, F extends keyof ResponseOf<K>>(
  ctx: RequestDecider<K>,
  describedBy: typeof ApiKey.DescribeGroups | typeof ApiKey.DescribeTransactions,
  field: F,
  name: (entry: ElementOf<ResponseOf<K>[F]>) => string,
): RequestDecision {
  ctx.policy.decisions.decide(ctx.base());
  return ctx.counted(
    ctx.rewriting(ctx.frame, (response) => {
      const entries = response[field] as ElementOf<ResponseOf<K>[F]>[];
      const names = entries.map(name);
      const describe = { apiKey: describedBy, apiVersion: 0, clientId: ctx.header.clientId };
      const decision = ctx.policy.quiet.decide(
        describedBy === ApiKey.DescribeGroups
          ? { ...describe, groups: names }
          : { ...describe, transactionalIds: names },
      );
      const verdicts = describedBy === ApiKey.DescribeGroups ? decision.groups : decision.transactionalIds;
      response[field] = entries.filter((_e, i) => verdicts[i]!.allowed) as ResponseOf<K>[F];
    }),
  );
}
