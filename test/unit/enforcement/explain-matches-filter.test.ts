// `policy explain` and the enforcement filter are one decision: for every client API key and
// version, sample requests (generated from the message schemas, random names and fields) go through
// the filter, and explain is asked about the same API with the names each request carries (its
// topics, topic IDs resolved to names, groups, transactional ids). Explain builds its own request
// from those names; the filter must treat the sample as explain says: sent to the broker with
// nothing it names denied exactly when explain says allowed.

import { describe, expect, it } from 'vitest';
import { REQUEST_CODECS, type MessageCodec } from '../../../protocol/generated/codecs.js';
import { encodeRequestFrame } from '../../../protocol/framing/index.js';
import { collectEntities } from '../../../protocol/partial/index.js';
import { ZERO_UUID } from '../../../protocol/primitives/codec-runtime.js';
import { allApiClassifications, isAlwaysAllowed } from '../../../src/policy/api-classification.js';
import { explainNames, explainThroughFilter } from '../../../src/enforcement/explain-request.js';
import { explainApi } from '../../../src/policy/explain.js';
import { FixedPolicySource } from '../../../src/policy/index.js';
import { compilePolicy } from '../../../src/policy/engine.js';
import { policyFromYaml } from '../policy/policy-fixtures.js';
import { SampleBuilder, schemas } from '../protocol/schema-samples.js';
import { connectionFor, decideFrame, filterFor } from './scenario-support.js';

const POLICIES: Record<string, string> = {
  'allow-all': '{}',
  'topic-only rule': '{ topic: "orders*" }',
  'produce role': '{ role: produce, topic: "orders*" }',
  'consume role': '{ role: consume, topic: "orders*", group: "group_7*" }',
  'apiKey rules': '{ apiKey: fetch, topic: "orders*" }',
};

function compiled(rule: string) {
  return compilePolicy(
    policyFromYaml(
      `apiVersion: kafka-l7-proxy/v1\nkind: KafkaPolicy\nidentities:\n  - sasl: {}\nrules:\n  - principal: User:app\n    allow:\n      - ${rule}\n`,
    ),
  );
}

/** Fields that make a request something other than an authorization question, set to neutral values. */
function neutral(apiName: string, version: number, body: Record<string, unknown>): void {
  if (apiName === 'Produce') body.acks = -1; // acks=0 closes instead of answering
  if (apiName === 'Fetch') {
    // A consumer without a fetch session: follower fetches (replica id >= 0) are brokers' requests,
    // refused for every client, not a question explain takes.
    Object.assign(body, { sessionId: 0, sessionEpoch: -1, replicaId: -1 });
    if (body.replicaState !== undefined) body.replicaState = { replicaId: -1, replicaEpoch: -1n };
  }
  // A share session's later fetches depend on what the session holds (apis/share-fetch.ts), which
  // explain has no option for: the sample opens a session (epoch 0), as a share consumer first does.
  if (apiName === 'ShareFetch') body.shareSessionEpoch = 0;
  if (apiName === 'Metadata') {
    body.allowAutoTopicCreation = false; // auto-creation is CreateTopics' question
    // Below v12 a topic ID is rejected before authorization (INVALID_REQUEST, apis/metadata.ts),
    // and an entry without a name is not a question either: such entries are left out.
    if (version < 12 && Array.isArray(body.topics)) {
      body.topics = (body.topics as Array<Record<string, unknown>>)
        .filter((t) => t.name !== null)
        .map((t) => ('topicId' in t ? { ...t, topicId: ZERO_UUID } : t));
    }
  }
  // Requests the broker rejects before it authorizes anything are not a policy question either
  // (the `rejectedBeforeAuthorization` of its API module): an unknown isolation level, SyncGroup v5+ without its protocol, a
  // DescribeTopicPartitions cursor outside the named topics.
  if (apiName === 'ListOffsets' && 'isolationLevel' in body) body.isolationLevel = 0;
  // A token for another owner is refused by who asks (CreateTokens on that user, which no policy
  // grants: apis/cluster-admin.ts), not by the policy's rules explain takes: a token for oneself.
  if (apiName === 'CreateDelegationToken')
    Object.assign(body, { ownerPrincipalType: null, ownerPrincipalName: null });
  if (apiName === 'SyncGroup' && version >= 5)
    Object.assign(body, { protocolType: 'consumer', protocolName: 'range' });
  if (apiName === 'DescribeTopicPartitions') body.cursor = null;
}

const SEEDS = [1, 2, 3, 4];
const requestSpecs = new Map(
  schemas()
    .filter((m) => m.type === 'request')
    .map((m) => [m.apiKey, m]),
);

describe('policy explain and the filter decide alike', () => {
  for (const [policyName, rule] of Object.entries(POLICIES)) {
    it(`for every API key and version (${policyName})`, async () => {
      const policy = compiled(rule);
      const mismatches: string[] = [];
      let compared = 0;
      for (const api of allApiClassifications()) {
        if (api.category === 'inter-broker' || isAlwaysAllowed(api.apiKey)) continue;
        const spec = requestSpecs.get(api.apiKey);
        const codec = REQUEST_CODECS.get(api.apiKey) as MessageCodec<unknown> | undefined;
        if (spec === undefined || codec === undefined) continue;
        for (let v = spec.validVersions.min; v <= spec.validVersions.max; v++) {
          for (const seed of SEEDS) {
            const body = new SampleBuilder(spec, seed * 1000 + v).message(v);
            neutral(api.name, v, body);
            try {
              encodeRequestFrame(
                codec,
                { apiKey: api.apiKey, apiVersion: v, correlationId: 1, clientId: 'c' },
                body,
              );
            } catch {
              continue; // a sample the version cannot carry
            }
            const entities = explainNames(api.apiKey, v, body);
            if (entities.unnamed) continue; // entries explain has no option for (broker configs)
            // Every topic ID of the request is known to the filter, as after a Metadata answer.
            const all = collectEntities(`${api.name}Request`, v, body).topicIds;
            const ids = Object.fromEntries(
              [...new Set([...entities.topicIds, ...all])].map((id, i) => [`orders-by-id-${i}`, id]),
            );
            const named = new Set(entities.topicIds);
            const input = {
              principal: 'User:app',
              clientId: 'c',
              apiVersion: v,
              topics: [
                ...entities.topicNames,
                ...Object.entries(ids).flatMap(([name, id]) => (named.has(id) ? [name] : [])),
              ],
              groups: entities.groups,
              transactionalIds: entities.transactionalIds,
            };
            if (!('decision' in explainApi(policy, api, api.resources, input))) continue; // explain needs more
            const explained = await explainThroughFilter(
              policy,
              { ...input, apiKey: api.apiKey },
              { topicIds: ids },
            );
            // The client's request itself, judged the same way: sent to the broker, nothing it names denied.
            const sample = await explainThroughFilter(
              policy,
              { ...input, apiKey: api.apiKey },
              { body, topicIds: ids },
            );
            compared++;
            if (sample.allowed !== explained.allowed) {
              mismatches.push(
                `${api.name} v${v} seed ${seed}: filter ${sample.outcome}${sample.reason !== undefined ? ` (${sample.reason})` : ''}, explain ${explained.allowed ? 'allowed' : 'denied'} (${explained.outcome})`,
              );
            }
          }
        }
      }
      expect(compared).toBeGreaterThan(300);
      if (mismatches.length) console.log(policyName + '\n' + mismatches.join('\n'));
      expect(mismatches).toEqual([]);
    }, 600_000);
  }
});

describe('ListPartitionReassignments naming a topic (kafka-topics --describe)', () => {
  it('is forwarded for an allow-all principal, and explain says allowed (Kafka authorizes it on the cluster alone)', async () => {
    const policy = compiled('{}');
    const { filter } = filterFor(new FixedPolicySource(policy));
    const codec = REQUEST_CODECS.get(46) as MessageCodec<unknown>;
    const frame = encodeRequestFrame(
      codec,
      { apiKey: 46, apiVersion: 0, correlationId: 1, clientId: 'c' },
      {
        timeoutMs: 1000,
        topics: [{ name: 'shared', partitionIndexes: [0], _unknownTaggedFields: undefined }],
        _unknownTaggedFields: undefined,
      },
    );
    expect((await decideFrame(filter, connectionFor({ principal: 'User:app' }), frame)).outcome).toBe(
      'forward',
    );
    const explained = await explainThroughFilter(policy, {
      principal: 'User:app',
      clientId: 'c',
      apiKey: 46,
      apiVersion: 0,
      topics: ['shared'],
      groups: [],
      transactionalIds: [],
    });
    expect(explained).toMatchObject({ allowed: true, outcome: 'forward' });
  });
});
