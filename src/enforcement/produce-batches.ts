// What the broker reads in a Produce request's record batches before authorizing it: whether it is
// transactional. Kafka 4.1 (`RequestUtils.hasTransactionalRecords`, used by `KafkaApis` before any
// ACL check) looks at the first batch of every partition; only when one is transactional does it
// require Write on the request's transactional id. A request that names a transactional id but
// carries ordinary batches is authorized on its topics alone.

/** The part of a Produce request (decoded, or peeked: protocol/partial) this reads. */
export interface ProduceRecordsView {
  readonly topicData: ReadonlyArray<{
    readonly partitionData: ReadonlyArray<{ readonly records: Buffer | null }>;
  }>;
}

/** Offset of the magic byte and of the attributes in a record batch (v2 format, KIP-98). */
const MAGIC_OFFSET = 16;
const ATTRIBUTES_OFFSET = 21;
const TRANSACTIONAL_FLAG = 0x10;

/** True when the first record batch of some partition has the transactional attribute. */
export function hasTransactionalBatch(request: ProduceRecordsView): boolean {
  for (const topic of request.topicData) {
    for (const partition of topic.partitionData) {
      const records = partition.records;
      if (records === null || records.length < ATTRIBUTES_OFFSET + 2) continue;
      if (records.readInt8(MAGIC_OFFSET) < 2) continue;
      if ((records.readInt16BE(ATTRIBUTES_OFFSET) & TRANSACTIONAL_FLAG) !== 0) return true;
    }
  }
  return false;
}
