// Transactions and producer ids: InitProducerId (22), AddPartitionsToTxn (24), AddOffsetsToTxn (25),
// EndTxn (26), TxnOffsetCommit (28), DescribeTransactions (65), ListTransactions (66).
// - Names: the transactional id (Write; Describe for DescribeTransactions), plus the topics of
//   AddPartitionsToTxn v0-3 and TxnOffsetCommit and the group of AddOffsetsToTxn and TxnOffsetCommit.
//   InitProducerId without a transactional id is an idempotent producer (src/policy/idempotent-producer.ts).
// - Denial: TRANSACTIONAL_ID_AUTHORIZATION_FAILED as a whole (InitProducerId: no producer id);
//   AddPartitionsToTxn v0-3 answers every partition (OPERATION_NOT_ATTEMPTED beside a denied topic);
//   v4+ is the broker's own call to the coordinator: CLUSTER_AUTHORIZATION_FAILED for any client.
// - Reveals: ListTransactions lists only the transactional ids the caller may Describe;
//   DescribeTransactions lists, in a transaction the caller may Describe, only the topics it may
//   Describe (a transactional id shared by several principals holds the others' topics).

import { ErrorCode } from '../../../protocol/errors.js';
import { ApiKey } from '../../../protocol/generated/api-keys.js';
import { hasField } from '../../../protocol/generated/field-versions.js';
import type {
  AddPartitionsToTxnRequest,
  AddPartitionsToTxnResponse,
} from '../../../protocol/generated/index.js';
import { decidedApi } from './api-module.js';
import { describableOnly } from './describable-listing.js';
import { listApi, namedIn, topicsByName, type ListOf } from './resource-list.js';

export const initProducerId = decidedApi(ApiKey.InitProducerId, {
  denial(response) {
    response.producerId = -1n;
    response.producerEpoch = -1;
    response.ongoingTxnProducerId = -1n;
    response.ongoingTxnProducerEpoch = -1;
  },
});

/** AddPartitionsToTxn v4+ (KIP-890) is sent by brokers to the transaction coordinator only. */
const ADD_PARTITIONS_BROKER_ONLY_FROM = 4;

/**
 * AddPartitionsToTxn v0-3 (what clients send): every partition gets a code. When only some topics
 * are denied, the broker adds nothing and marks the others OPERATION_NOT_ATTEMPTED.
 */
function addPartitionsResults(
  response: AddPartitionsToTxnResponse,
  request: AddPartitionsToTxnRequest,
  codeOf: (topic: string) => number,
  perPartition: boolean,
): void {
  // Refused topics: the broker answers per partition, so a topic naming none is left out. A refused
  // transactional id: its error answer lists every topic of the request, empty ones too.
  response.resultsByTopicV3AndBelow = request.v3AndBelowTopics
    .filter((t) => !perPartition || t.partitions.length > 0)
    .map((t) => {
      const code = codeOf(t.name);
      return {
        name: t.name,
        resultsByPartition: t.partitions.map((partitionIndex) => ({
          partitionIndex,
          partitionErrorCode: code === 0 ? ErrorCode.OPERATION_NOT_ATTEMPTED : code,
        })),
      };
    });
}

export const addPartitionsToTxn = decidedApi(ApiKey.AddPartitionsToTxn, {
  decide(ctx, body) {
    if (ctx.version >= ADD_PARTITIONS_BROKER_ONLY_FROM) {
      // The broker's own call to the transaction coordinator: ClusterAction, never a client's.
      const decision = ctx.policy.decisions.decide(ctx.base());
      return ctx.answerOrClose(body, ErrorCode.CLUSTER_AUTHORIZATION_FAILED, decision);
    }
    const topics = body.v3AndBelowTopics.map((t) => t.name);
    const decision = ctx.policy.decisions.decide({
      ...ctx.base(),
      transactionalIds: [body.v3AndBelowTransactionalId],
      topics,
    });
    if (decision.allowed) return ctx.forward();
    const txn = decision.transactionalIds[0]!;
    // The broker authorizes per partition: refused topics that name no partition refuse nothing,
    // and the request goes to the coordinator (which adds nothing for them).
    const refusesPartitions = body.v3AndBelowTopics.some(
      (t, i) => t.partitions.length > 0 && !decision.topics[i]!.allowed,
    );
    if (txn.allowed && !refusesPartitions) return ctx.forward();
    const codeOf = (topic: string): number => {
      if (!txn.allowed) return txn.errorCode ?? ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED;
      const v = decision.topics[topics.indexOf(topic)]!;
      return v.allowed ? 0 : (v.errorCode ?? ErrorCode.TOPIC_AUTHORIZATION_FAILED);
    };
    const response = ctx.skeletonResponse();
    addPartitionsResults(response, body, codeOf, txn.allowed);
    return ctx.answer(response);
  },
  denial(response, request, version, code) {
    if (version < ADD_PARTITIONS_BROKER_ONLY_FROM) addPartitionsResults(response, request, () => code, false);
  },
});

export const addOffsetsToTxn = decidedApi(ApiKey.AddOffsetsToTxn);

export const endTxn = decidedApi(ApiKey.EndTxn, {
  // No producer id and epoch (v5+; the broker answers -1 where the skeleton has 0).
  denial(response, _request, version) {
    if (hasField('EndTxnResponse', 'producerId', version)) response.producerId = -1n;
    if (hasField('EndTxnResponse', 'producerEpoch', version)) response.producerEpoch = -1;
  },
});

const txnOffsetCommitList: ListOf<typeof ApiKey.TxnOffsetCommit, 'topics', 'topics'> = {
  ...topicsByName(),
  scope: (r) => ({ groups: [r.groupId], transactionalIds: [r.transactionalId] }),
  deniedResult: (t, code) => ({
    name: t.name,
    partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode: code })),
  }),
};

export const txnOffsetCommit = listApi(ApiKey.TxnOffsetCommit, txnOffsetCommitList);

const describeTransactionsList: ListOf<
  typeof ApiKey.DescribeTransactions,
  'transactionalIds',
  'transactionStates'
> = {
  kind: 'transactionalId',
  ...namedIn('transactionalIds', 'transactionStates', 'transactionalId'),
  deniedResult: (id, code) => ({
    errorCode: code,
    transactionalId: id,
    transactionState: '',
    transactionTimeoutMs: 0,
    transactionStartTimeMs: -1n,
    // The broker's refused entry leaves the producer id and epoch at 0 (checked against
    // StandardAuthorizer by the differential harness).
    producerId: 0n,
    producerEpoch: 0,
    topics: [],
  }),
};

export const describeTransactions = decidedApi(ApiKey.DescribeTransactions, {
  list: describeTransactionsList,
  // The broker keeps, in each described transaction, only the topics the caller may Describe
  // (KafkaApis.handleDescribeTransactionsRequest, Kafka 4.1; docs/broker-answers.md).
  reveals: (_request, _v, ops) => (response) => {
    for (const state of response.transactionStates) {
      state.topics = state.topics.filter((t) => ops().describesTopic(t.topic));
    }
  },
});

export const listTransactions = decidedApi(ApiKey.ListTransactions, {
  // Listed are the transactional ids the client may describe.
  decide: (ctx) =>
    describableOnly(ctx, ApiKey.DescribeTransactions, 'transactionStates', (t) => t.transactionalId),
});
