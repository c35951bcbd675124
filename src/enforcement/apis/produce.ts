// Produce (API key 0): a list of topics, each with its partitions' record batches.
// - Names: topics by name (v3-12) or by ID (v13); the transactional id counts only when a record
//   batch is transactional (produce-batches.ts), and then refuses the whole request.
// - Denial: per topic, every partition TOPIC_AUTHORIZATION_FAILED, after the served topics, as the
//   broker orders them; with acks=0 the broker answers nothing and closes the connection, and so
//   does the proxy.
// - Reveals nothing beyond what the request names.

import { ApiKey } from '../../../protocol/generated/api-keys.js';
import {
  decodeProduceResponsePartitionProduceResponse,
  peekProduceRequest,
} from '../../../protocol/generated/index.js';
import { skeletonWith } from '../default-value-reader.js';
import { hasTransactionalBatch } from '../produce-batches.js';
import { produceHead } from '../produce-frame-walk.js';
import { decidedApi } from './api-module.js';
import { peekedTopics } from './peek-decisions.js';
import { entriesIn, topicsByNameOrId, type ListOf } from './resource-list.js';

/** Produce v13 names topics by ID (KIP-516). */
const TOPIC_IDS_FROM = 13;

/**
 * A partition the broker appended nothing to, as it answers one with an error (Kafka's
 * ProduceResponse.PartitionResponse): base offset, append time and log start offset unknown (-1).
 */
const unappendedPartition = skeletonWith(decodeProduceResponsePartitionProduceResponse, {
  baseOffset: -1n,
  logAppendTimeMs: -1n,
  logStartOffset: -1n,
});

const produceList: ListOf<typeof ApiKey.Produce, 'topicData', 'responses'> = {
  deniedLast: true,
  partitionCount: (t) => t.partitionData.length,
  ...entriesIn('topicData', 'responses'),
  ...topicsByNameOrId('name', TOPIC_IDS_FROM),
  scope: (r) => ({
    groups: [],
    transactionalIds: r.transactionalId !== null && hasTransactionalBatch(r) ? [r.transactionalId] : [],
  }),
  deniedResult: (t, code, v) => ({
    name: t.name,
    topicId: t.topicId,
    partitionResponses: t.partitionData.map((p) =>
      unappendedPartition(v, { index: p.index, errorCode: code }),
    ),
  }),
};

const nameOfTopic = (t: { readonly name: string }): string => t.name;

export const produce = decidedApi(ApiKey.Produce, {
  list: produceList,
  // What `decideList` asks with `produceList` of a request without a transactional id: every topic
  // in the request's order (by ID from v13). With a transactional id, whether it is authorized
  // depends on the record batches, which the peek skips: the full decode decides.
  allowedFromPeek(body, version, topicIds) {
    const peek = peekProduceRequest(body, version);
    if (peek.transactionalId !== null) return undefined;
    const topics = peekedTopics(peek.topicData, nameOfTopic, version >= TOPIC_IDS_FROM, topicIds);
    return topics === undefined ? undefined : { topics, groups: [], transactionalIds: [] };
  },
  // The same names from the start of the frame, for a request naming one topic and no transactional
  // id (produce-frame-walk.ts); the record batches then stream.
  allowedFromStart(start, bodyOffset, frameLength, version, topicIds) {
    const head = produceHead(start, bodyOffset, frameLength, version);
    if (head === undefined || head.transactionalId !== null) return undefined;
    const topics = peekedTopics([head.topic], nameOfTopic, version >= TOPIC_IDS_FROM, topicIds);
    return topics === undefined
      ? undefined
      : { names: { topics, groups: [], transactionalIds: [] }, tail: head.tail };
  },
});
