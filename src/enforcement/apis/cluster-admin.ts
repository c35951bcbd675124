// Cluster administration, authorized on the cluster resource as a whole: ACLs (29-31), log dirs
// (34, 35), delegation tokens (38-41), ElectLeaders (43), partition reassignments (45, 46), client
// quotas (48, 49), SCRAM credentials (50, 51), DescribeQuorum (55), UpdateFeatures (57),
// UnregisterBroker (64), ListConfigResources (74), Raft voters (80, 81).
// - Names: nothing but the cluster (the policy's rule for the API, unscoped).
// - Denial: CLUSTER_AUTHORIZATION_FAILED, as each request's getErrorResponse answers it (Kafka 4.1
//   clients module, org.apache.kafka.common.requests.*Request): at the top where the answer has a
//   top-level error, and on every requested entry (ACLs, quotas, log dirs, partitions, users),
//   checked against a broker with StandardAuthorizer by the differential harness.
// - Reveals: DescribeDelegationToken lists only the caller's own tokens (owner, requester, renewer).

import { ErrorCode } from '../../../protocol/errors.js';
import { ApiKey } from '../../../protocol/generated/api-keys.js';
import { decodeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult } from '../../../protocol/generated/index.js';
import { structSkeleton } from '../default-value-reader.js';
import { javaStringCompare } from '../java-hash-order.js';
import { decidedApi } from './api-module.js';
import { byName, entriesIn, listApi, type ListOf } from './resource-list.js';

// Entries of cluster lists are never split: one decision covers them all.
const clusterEntry = byName('0');

const createAclsList: ListOf<typeof ApiKey.CreateAcls, 'creations', 'results'> = {
  kind: 'cluster',
  ...entriesIn('creations', 'results'),
  ref: () => clusterEntry,
  resultKey: () => '0',
  deniedResult: (_c, code) => ({ errorCode: code, errorMessage: null }),
};

const deleteAclsList: ListOf<typeof ApiKey.DeleteAcls, 'filters', 'filterResults'> = {
  kind: 'cluster',
  ...entriesIn('filters', 'filterResults'),
  ref: () => clusterEntry,
  resultKey: () => '0',
  deniedResult: (_f, code) => ({ errorCode: code, errorMessage: null, matchingAcls: [] }),
};

const alterClientQuotasList: ListOf<typeof ApiKey.AlterClientQuotas, 'entries', 'entries'> = {
  kind: 'cluster',
  ...entriesIn('entries', 'entries'),
  ref: () => clusterEntry,
  resultKey: () => '0',
  deniedResult: (e, code) => ({
    errorCode: code,
    errorMessage: null,
    entity: e.entity.map((x) => ({ entityType: x.entityType, entityName: x.entityName })),
  }),
};

export const createAcls = listApi(ApiKey.CreateAcls, createAclsList);

export const deleteAcls = listApi(ApiKey.DeleteAcls, deleteAclsList);

export const alterClientQuotas = listApi(ApiKey.AlterClientQuotas, alterClientQuotasList);

export const describeLogDirs = decidedApi(ApiKey.DescribeLogDirs, {
  // v1-2 have no top-level error code (v3+ does): the broker answers a caller without Describe on
  // the cluster with no log directories at all.
  denial() {},
});

export const alterReplicaLogDirs = decidedApi(ApiKey.AlterReplicaLogDirs, {
  // No top-level error: each directory's topics, every partition with the error.
  denial(response, request, _version, code) {
    response.results = request.dirs.flatMap((d) =>
      d.topics.map((t) => ({
        topicName: t.name,
        partitions: t.partitions.map((partitionIndex) => ({ partitionIndex, errorCode: code })),
      })),
    );
  },
});

export const alterUserScramCredentials = decidedApi(ApiKey.AlterUserScramCredentials, {
  // No top-level error: each user named once, in name order.
  denial(response, request, _version, code) {
    const users = [...new Set([...request.deletions, ...request.upsertions].map((u) => u.name))].sort(
      javaStringCompare,
    );
    response.results = users.map((user) => ({ user, errorCode: code, errorMessage: null }));
  },
});

export const describeUserScramCredentials = decidedApi(ApiKey.DescribeUserScramCredentials, {
  // One result per requested user, with no user name.
  denial(response, request, version, code) {
    response.results = (request.users ?? []).map(() => ({
      ...structSkeleton(
        decodeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult,
        version,
      ),
      errorCode: code,
    }));
  },
});

export const electLeaders = decidedApi(ApiKey.ElectLeaders, {
  // Every requested partition with the error (v0 has no top-level error).
  denial(response, request, _version, code) {
    response.replicaElectionResults = (request.topicPartitions ?? []).map((t) => ({
      topic: t.topic,
      partitionResult: t.partitions.map((partitionId) => ({
        partitionId,
        errorCode: code,
        errorMessage: null,
      })),
    }));
  },
});

export const alterPartitionReassignments = decidedApi(ApiKey.AlterPartitionReassignments, {
  // Every requested partition with the error.
  denial(response, request, _version, code) {
    // The refusal leaves the field at its schema default (true), whatever the request said.
    response.allowReplicationFactorChange = true;
    response.responses = request.topics.map((t) => ({
      name: t.name,
      partitions: t.partitions.map((p) => ({
        partitionIndex: p.partitionIndex,
        errorCode: code,
        errorMessage: null,
      })),
    }));
  },
});

export const listPartitionReassignments = decidedApi(ApiKey.ListPartitionReassignments, {
  // Every requested partition, no replicas.
  denial(response, request) {
    response.topics = (request.topics ?? []).map((t) => ({
      name: t.name,
      partitions: t.partitionIndexes.map((partitionIndex) => ({
        partitionIndex,
        replicas: [],
        addingReplicas: [],
        removingReplicas: [],
      })),
    }));
  },
});

export const describeClientQuotas = decidedApi(ApiKey.DescribeClientQuotas, {
  // No entries at all (null).
  denial(response) {
    response.entries = null;
  },
});

export const describeAcls = decidedApi(ApiKey.DescribeAcls);
/**
 * CreateDelegationToken allowed by the policy: a token for another owner is refused as the broker
 * refuses it without an ACL granting CreateTokens on that user (KIP-373; KafkaApis
 * handleCreateTokenRequest, Kafka 4.1): DELEGATION_TOKEN_AUTHORIZATION_FAILED, naming the owner and
 * the requester. The policy has no User resource, so it can never grant that: the owner must be the
 * principal the broker authenticated, `User:<SASL user>` (a token for oneself needs no ACL). Without
 * this the broker behind the proxy, which has no authorizer, would mint a token owned by anyone, a
 * credential for that principal. An owner without principal type is left to the broker, which
 * fails the request (UNKNOWN_SERVER_ERROR, checked against Kafka 4.1.1) without creating anything.
 */
export const createDelegationToken = decidedApi(ApiKey.CreateDelegationToken, {
  decide(ctx, request) {
    const decision = ctx.decideWhole(request);
    const { ownerPrincipalType: type, ownerPrincipalName: name } = request;
    if (decision.outcome !== 'forward' || name === null || name === '' || type === null) return decision;
    const user = ctx.request.connection.sasl.user;
    const requester = user === undefined ? undefined : `User:${user}`;
    if (`${type}:${name}` === requester) return decision;
    const answer = ctx.skeletonResponse();
    answer.errorCode = ErrorCode.DELEGATION_TOKEN_AUTHORIZATION_FAILED;
    answer.principalType = type;
    answer.principalName = name;
    answer.tokenRequesterPrincipalType = requester === undefined ? '' : 'User';
    answer.tokenRequesterPrincipalName = user ?? '';
    // decideWhole counted the request as forwarded; it is answered instead.
    ctx.services.counters.forwarded--;
    return ctx.answer(answer);
  },
});
export const renewDelegationToken = decidedApi(ApiKey.RenewDelegationToken);
export const expireDelegationToken = decidedApi(ApiKey.ExpireDelegationToken);
/**
 * DescribeDelegationToken allowed by the policy: the broker shows a caller only the tokens it owns,
 * requested or may renew, unless ACLs grant Describe on the token or DescribeTokens on its owner
 * (`DelegationTokenManager.filterToken`, KafkaApis.handleDescribeTokensRequest, Kafka 4.1; KIP-48,
 * KIP-373). The policy has no such resources (`policy to-acls` reports these APIs as not
 * expressed), so the answer keeps exactly those tokens: the broker behind the proxy has no
 * authorizer and would list every token with its HMAC, a credential.
 */
export const describeDelegationToken = decidedApi(ApiKey.DescribeDelegationToken, {
  reveals: (_request, _v, ops) => (response) => {
    const principal = ops().callerPrincipal;
    const is = (type: string, name: string): boolean => `${type}:${name}` === principal;
    response.tokens = response.tokens.filter(
      (t) =>
        is(t.principalType, t.principalName) ||
        is(t.tokenRequesterPrincipalType, t.tokenRequesterPrincipalName) ||
        t.renewers.some((r) => is(r.principalType, r.principalName)),
    );
  },
});
export const describeQuorum = decidedApi(ApiKey.DescribeQuorum);
export const updateFeatures = decidedApi(ApiKey.UpdateFeatures);
export const unregisterBroker = decidedApi(ApiKey.UnregisterBroker);
export const listConfigResources = decidedApi(ApiKey.ListConfigResources);
export const addRaftVoter = decidedApi(ApiKey.AddRaftVoter);
export const removeRaftVoter = decidedApi(ApiKey.RemoveRaftVoter);
