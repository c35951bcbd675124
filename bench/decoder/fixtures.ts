/**
 * Frames the decoder benchmark runs on, built with the project's own encoders so that every case is
 * a valid frame of the stated API and version.
 */
import {
  ApiKey,
  REQUEST_CODECS,
  encodeMetadataResponse,
  encodeRequestFrame,
  type FetchRequest,
  type MetadataRequest,
  type MetadataResponse,
  type ProduceRequest,
} from '../../protocol/index.js';

const NO_ID = 'AAAAAAAAAAAAAAAAAAAAAA';

function topicId(i: number): string {
  const b = Buffer.alloc(16);
  b.writeUInt32BE(i + 1, 12);
  return b.toString('base64url');
}

/** Payload (without the 4-byte size) of a Produce v9 request with one partition of `recordBytes`. */
export function produceFrame(recordBytes: number): Buffer {
  const body: ProduceRequest = {
    transactionalId: null,
    acks: -1,
    timeoutMs: 30000,
    topicData: [
      {
        name: 'payments',
        topicId: NO_ID,
        partitionData: [{ index: 0, records: Buffer.alloc(recordBytes, 0x61) }],
      },
    ],
  };
  const codec = REQUEST_CODECS.get(ApiKey.Produce)!;
  return encodeRequestFrame(
    codec,
    { apiKey: 0, apiVersion: 9, correlationId: 7, clientId: 'bench-producer' },
    body,
  ).subarray(4);
}

/** Fetch v17 (topic IDs) of 4 topics x 4 partitions, one forgotten topic: what a Java consumer sends. */
export function fetchFrame(): Buffer {
  const body: FetchRequest = {
    clusterId: null,
    replicaId: -1,
    replicaState: { replicaId: -1, replicaEpoch: -1n },
    maxWaitMs: 500,
    minBytes: 1,
    maxBytes: 52428800,
    isolationLevel: 0,
    sessionId: 0,
    sessionEpoch: -1,
    topics: [0, 1, 2, 3].map((t) => ({
      topic: '',
      topicId: topicId(t),
      partitions: [0, 1, 2, 3].map((p) => ({
        partition: p,
        currentLeaderEpoch: 0,
        fetchOffset: BigInt(1000 * p),
        lastFetchedEpoch: -1,
        logStartOffset: -1n,
        partitionMaxBytes: 1048576,
        replicaDirectoryId: NO_ID,
        highWatermark: 9223372036854775807n,
      })),
    })),
    forgottenTopicsData: [{ topic: '', topicId: topicId(9), partitions: [0] }],
    rackId: '',
  };
  return encodeRequestFrame(
    REQUEST_CODECS.get(ApiKey.Fetch)!,
    { apiKey: 1, apiVersion: 17, correlationId: 9, clientId: 'consumer-g1-1' },
    body,
  ).subarray(4);
}

export const metadataRequest: MetadataRequest = {
  topics: ['orders', 'payments', 'audit', 'refunds'].map((name) => ({ topicId: NO_ID, name })),
  allowAutoTopicCreation: false,
  includeClusterAuthorizedOperations: false,
  includeTopicAuthorizedOperations: false,
};

/** A Metadata response of 3 brokers and 50 topics x 6 partitions (replication factor 3). */
export function metadataResponse(): MetadataResponse {
  return {
    throttleTimeMs: 0,
    brokers: [1, 2, 3].map((id) => ({
      nodeId: id,
      host: `broker-${id}.kafka.svc`,
      port: 9092,
      rack: `rack-${id}`,
    })),
    clusterId: 'qQ8zYuBmT0mYHZ2nm1Tj3w',
    controllerId: 1,
    topics: Array.from({ length: 50 }, (_, t) => ({
      errorCode: 0,
      name: `topic-${t}`,
      topicId: topicId(t),
      isInternal: false,
      partitions: Array.from({ length: 6 }, (_, p) => ({
        errorCode: 0,
        partitionIndex: p,
        leaderId: (p % 3) + 1,
        leaderEpoch: 4,
        replicaNodes: [1, 2, 3],
        isrNodes: [1, 2, 3],
        offlineReplicas: [],
      })),
      topicAuthorizedOperations: -2147483648,
    })),
    clusterAuthorizedOperations: -2147483648,
    errorCode: 0,
  };
}

/** The same response as a version-`v` body (after the response header). */
export function metadataResponseBody(v: number): Buffer {
  return encodeMetadataResponse(metadataResponse(), v);
}

/** A byte stream of `count` frames of `payloadBytes` each, to cut into socket-sized chunks. */
export function frameStream(payloadBytes: number, totalBytes: number): Buffer {
  const one = Buffer.alloc(4 + payloadBytes, 0x62);
  one.writeInt32BE(payloadBytes, 0);
  const count = Math.max(1, Math.floor(totalBytes / one.length));
  return Buffer.concat(Array.from({ length: count }, () => one));
}

export function chunks(stream: Buffer, size: number): Buffer[] {
  const out: Buffer[] = [];
  for (let i = 0; i < stream.length; i += size) out.push(stream.subarray(i, i + size));
  return out;
}
