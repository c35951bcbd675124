/**
 * Load over many topics at once, for the 100-topics case. ProducerPerformance and
 * ConsumerPerformance take one topic each, so this child process uses kafkajs instead: one producer
 * whose every Produce request carries all topics (acks=all), or one consumer in a fresh group
 * subscribed to all of them. It runs in its own process so that its CPU is not the proxy's, and
 * prints one JSON line: { records, bytes, seconds }.
 *
 *   tsx bench/e2e/many-topics-load.ts '<json: { mode, endpoint, topics, records, recordSize }>'
 *
 * kafkajs is slower than the Java client, so this case's absolute throughput is kafkajs's; the
 * direct/proxy ratio is what it is for.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import kafkajs from 'kafkajs';
import { kafkajsConfig, type ClientEndpoint } from '../../test/harness/index.js';

export interface ManyTopicsJob {
  mode: 'produce' | 'consume';
  endpoint: ClientEndpoint;
  topics: string[];
  /** Records in total, spread evenly over the topics. */
  records: number;
  recordSize: number;
}

export interface ManyTopicsResult {
  records: number;
  bytes: number;
  seconds: number;
}

const RECORDS_PER_TOPIC_PER_REQUEST = 4;
const REQUESTS_IN_FLIGHT = 4;

async function produce(job: ManyTopicsJob): Promise<ManyTopicsResult> {
  const kafka = new kafkajs.Kafka(kafkajsConfig(job.endpoint, { clientId: 'bench-many-topics' }));
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  const value = randomBytes(job.recordSize);
  const perRequest = RECORDS_PER_TOPIC_PER_REQUEST * job.topics.length;
  const requests = Math.ceil(job.records / perRequest);
  const topicMessages = job.topics.map((topic) => ({
    topic,
    messages: Array.from({ length: RECORDS_PER_TOPIC_PER_REQUEST }, () => ({ value, partition: 0 })),
  }));
  // One warm-up request: metadata for every topic and the connections are in place before timing.
  await producer.sendBatch({ acks: -1, topicMessages });
  let next = 0;
  const started = process.hrtime.bigint();
  const worker = async (): Promise<void> => {
    while (next < requests) {
      next++;
      await producer.sendBatch({ acks: -1, topicMessages });
    }
  };
  await Promise.all(Array.from({ length: REQUESTS_IN_FLIGHT }, worker));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await producer.disconnect();
  const records = requests * perRequest;
  return { records, bytes: records * job.recordSize, seconds };
}

async function consume(job: ManyTopicsJob): Promise<ManyTopicsResult> {
  const kafka = new kafkajs.Kafka(kafkajsConfig(job.endpoint, { clientId: 'bench-many-topics' }));
  const consumer = kafka.consumer({ groupId: `bench-many-topics-${randomUUID()}` });
  await consumer.connect();
  await consumer.subscribe({ topics: job.topics, fromBeginning: true });
  let records = 0;
  let bytes = 0;
  let first: bigint | undefined;
  let last = 0n;
  await new Promise<void>((done, fail) => {
    consumer
      .run({
        autoCommit: false,
        eachBatch: async ({ batch }) => {
          first ??= process.hrtime.bigint();
          for (const message of batch.messages) bytes += message.value?.length ?? 0;
          records += batch.messages.length;
          if (records >= job.records) {
            last = process.hrtime.bigint();
            done();
          }
        },
      })
      .catch(fail);
  });
  await consumer.disconnect();
  // From the first batch to the last: like ConsumerPerformance's fetch.MB.sec, without the join.
  return { records, bytes, seconds: Number(last - first!) / 1e9 };
}

const job = JSON.parse(process.argv[2] ?? '{}') as ManyTopicsJob;
const result = job.mode === 'produce' ? await produce(job) : await consume(job);
console.log(JSON.stringify(result));
process.exit(0);
