// The decision `policy explain` reports for one API: the same engine call the enforcement filter
// makes for a request of that API naming those resources (test/unit/enforcement/
// explain-matches-filter.test.ts compares the two for every API key and version).

import type { ApiClassification } from './api-classification.js';
import type { CompiledPolicy, PolicyDecision, RequestNames } from './engine.js';

export type NamedKind = 'topic' | 'group' | 'transactionalId';

/** The command-line option that names a resource kind. */
export const OPTION_OF: Readonly<Record<NamedKind, string>> = {
  topic: '--topic',
  group: '--group',
  transactionalId: '--transactional-id',
};

// Resources a request of these APIs may leave out (Metadata for all topics, an idempotent rather
// than transactional InitProducerId...). Every other resource kind an API carries is always present,
// so explaining the API without it would answer a question no client asks.
const OPTIONAL_KINDS: Readonly<Record<string, readonly NamedKind[]>> = {
  Produce: ['transactionalId'],
  InitProducerId: ['transactionalId'],
  Metadata: ['topic'],
  OffsetFetch: ['topic'],
  ConsumerGroupHeartbeat: ['topic'],
  ShareGroupHeartbeat: ['topic'],
  StreamsGroupHeartbeat: ['topic'],
  DescribeConfigs: ['topic', 'group'],
  AlterConfigs: ['topic', 'group'],
  IncrementalAlterConfigs: ['topic', 'group'],
};

/** What a request names, as `policy explain` takes it. */
export interface ExplainInput extends RequestNames {
  readonly principal: string;
  readonly clientId: string | null;
  readonly apiVersion: number;
}

/**
 * The resource kinds a request of `api` is explained with: those of `kinds` (the API's
 * classification, or what a role grants on it), plus every kind the request always carries (a
 * consumer's AddOffsetsToTxn names a transactional id although the consume role grants only the
 * group part), since the filter decides those whatever the role.
 */
export function explainedKinds(api: ApiClassification, kinds: readonly string[]): NamedKind[] {
  const optional = OPTIONAL_KINDS[api.name] ?? [];
  return (['topic', 'group', 'transactionalId'] as const).filter(
    (k) =>
      kinds.includes(k) ||
      (api.name !== 'FindCoordinator' && api.resources.includes(k) && !optional.includes(k)),
  );
}

/** Either the decision, or the option still needed to judge the request. */
export type ExplainResult = { readonly decision: PolicyDecision } | { readonly needs: string };

/** The option a request still needs, or undefined when the given resources suffice. */
function missingOption(
  api: ApiClassification,
  kinds: readonly string[],
  given: Record<NamedKind, readonly string[]>,
): string | undefined {
  const named = (['topic', 'group', 'transactionalId'] as const).filter((k) => kinds.includes(k));
  if (api.name === 'FindCoordinator') {
    // A coordinator lookup names either a group or a transactional id.
    return named.some((k) => given[k].length > 0) ? undefined : named.map((k) => OPTION_OF[k]).join(' or ');
  }
  const optional = OPTIONAL_KINDS[api.name] ?? [];
  const missing = named.filter((k) => !optional.includes(k) && given[k].length === 0);
  return missing.length > 0 ? missing.map((k) => OPTION_OF[k]).join(' and ') : undefined;
}

/**
 * Decides a request of `api` as the filter does: only the resource kinds Kafka authorizes on that
 * API (`kinds`, the API's classification or a role's grant) are decided; names of other kinds a
 * request may carry (the topics of ListPartitionReassignments, which Kafka authorizes on the
 * cluster alone) are not.
 */
export function explainApi(
  compiled: CompiledPolicy,
  api: ApiClassification,
  kinds: readonly string[],
  input: ExplainInput,
): ExplainResult {
  const given = { topic: input.topics, group: input.groups, transactionalId: input.transactionalIds };
  kinds = explainedKinds(api, kinds);
  const needs = missingOption(api, kinds, given);
  if (needs) return { needs };
  return {
    decision: compiled.decide({
      principal: input.principal,
      clientId: input.clientId,
      apiKey: api.apiKey,
      apiVersion: input.apiVersion,
      ...(kinds.includes('topic') ? { topics: input.topics } : {}),
      ...(kinds.includes('group') ? { groups: input.groups } : {}),
      ...(kinds.includes('transactionalId') ? { transactionalIds: input.transactionalIds } : {}),
    }),
  };
}
