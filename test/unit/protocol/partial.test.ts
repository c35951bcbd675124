import { describe, expect, it } from 'vitest';
import {
  ApiKey,
  REQUEST_CODECS,
  collectEntities,
  decodeRequestHeader,
  encodeRequestFrame,
  metadataRequestsAllTopics,
  peekFetch,
  peekMetadata,
  peekProduce,
  requestEntities,
  DecodeError,
  type FetchRequest,
  type ProduceRequest,
} from '../../../protocol/index.js';

const TOPIC_ID = 'q83vEjRWeJCrze8SNFZ4kA';

function produce(v: number, recordBytes: number): Buffer {
  const body: ProduceRequest = {
    transactionalId: 'tx-1',
    acks: -1,
    timeoutMs: 30000,
    topicData: [
      {
        name: v <= 12 ? 'payments' : '',
        topicId: v >= 13 ? TOPIC_ID : 'AAAAAAAAAAAAAAAAAAAAAA',
        partitionData: [
          { index: 0, records: Buffer.alloc(recordBytes, 1) },
          { index: 3, records: null },
        ],
      },
    ],
  };
  return encodeRequestFrame(
    REQUEST_CODECS.get(ApiKey.Produce)!,
    { apiKey: 0, apiVersion: v, correlationId: 1, clientId: 'p' },
    body,
  ).subarray(4);
}

describe('partial decoders', () => {
  it('Produce: acks, transactional id, topic names (v3-12) with partition indexes', () => {
    for (const v of [3, 8, 9, 12]) {
      const frame = produce(v, 100);
      const peek = peekProduce(frame, decodeRequestHeader(frame));
      expect(peek).toEqual({
        transactionalId: 'tx-1',
        acks: -1,
        topicData: [
          {
            name: 'payments',
            topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
            partitionData: [{ index: 0 }, { index: 3 }],
          },
        ],
      });
    }
  });

  it('Produce v13: topics by ID only', () => {
    const frame = produce(13, 10);
    const header = decodeRequestHeader(frame);
    expect(peekProduce(frame, header).topicData[0]!.topicId).toBe(TOPIC_ID);
    expect(requestEntities(frame, header)).toEqual({
      topicNames: [],
      topicIds: [TOPIC_ID],
      groupIds: [],
      transactionalIds: ['tx-1'],
    });
  });

  it('Produce: records are skipped by their length, so a truncated record set is still caught', () => {
    const frame = produce(9, 1000);
    const cut = frame.subarray(0, frame.length - 500);
    expect(() => peekProduce(cut, decodeRequestHeader(cut))).toThrow(DecodeError);
    try {
      peekProduce(cut, decodeRequestHeader(cut));
    } catch (e) {
      expect((e as DecodeError).path).toBe('topicData[0].partitionData[0].records');
    }
  });

  it('Fetch v13+: topics and forgotten topics by ID', () => {
    const body: FetchRequest = {
      clusterId: null,
      replicaId: -1,
      replicaState: { replicaId: -1, replicaEpoch: -1n },
      maxWaitMs: 500,
      minBytes: 1,
      maxBytes: 1 << 20,
      isolationLevel: 1,
      sessionId: 0,
      sessionEpoch: -1,
      topics: [
        {
          topic: '',
          topicId: TOPIC_ID,
          partitions: [
            {
              partition: 2,
              currentLeaderEpoch: -1,
              fetchOffset: 0n,
              lastFetchedEpoch: -1,
              logStartOffset: -1n,
              partitionMaxBytes: 1000,
              replicaDirectoryId: 'AAAAAAAAAAAAAAAAAAAAAA',
              highWatermark: 9223372036854775807n,
            },
          ],
        },
      ],
      forgottenTopicsData: [{ topic: '', topicId: 'AQEBAQEBAQEBAQEBAQEBAQ', partitions: [5] }],
      rackId: '',
    };
    const frame = encodeRequestFrame(
      REQUEST_CODECS.get(1)!,
      { apiKey: 1, apiVersion: 17, correlationId: 9, clientId: 'c' },
      body,
    ).subarray(4);
    const header = decodeRequestHeader(frame);
    const peek = peekFetch(frame, header);
    expect(peek.topics[0]).toEqual({ topic: '', topicId: TOPIC_ID, partitions: [{ partition: 2 }] });
    expect(peek).toMatchObject({
      replicaId: -1,
      sessionId: 0,
      sessionEpoch: -1,
      replicaState: { replicaId: -1 },
    });
    expect(peek.forgottenTopicsData[0]).toEqual({
      topic: '',
      topicId: 'AQEBAQEBAQEBAQEBAQEBAQ',
      partitions: [5],
    });
    expect(requestEntities(frame, header)!.topicIds).toEqual([TOPIC_ID, 'AQEBAQEBAQEBAQEBAQEBAQ']);
  });

  it('Metadata: null topics means all topics; names, ids and the auto-create flag', () => {
    const codec = REQUEST_CODECS.get(3)!;
    const all = encodeRequestFrame(
      codec,
      { apiKey: 3, apiVersion: 12, correlationId: 1, clientId: null },
      {
        topics: null,
        allowAutoTopicCreation: true,
        includeClusterAuthorizedOperations: false,
        includeTopicAuthorizedOperations: false,
      },
    ).subarray(4);
    const peek = peekMetadata(all, decodeRequestHeader(all));
    expect(metadataRequestsAllTopics(peek, 12)).toBe(true);
    expect(peek.allowAutoTopicCreation).toBe(true);
    const named = encodeRequestFrame(
      codec,
      { apiKey: 3, apiVersion: 12, correlationId: 1, clientId: null },
      {
        topics: [
          { topicId: 'AAAAAAAAAAAAAAAAAAAAAA', name: 'orders' },
          { topicId: TOPIC_ID, name: null },
        ],
        allowAutoTopicCreation: false,
        includeClusterAuthorizedOperations: false,
        includeTopicAuthorizedOperations: false,
      },
    ).subarray(4);
    const h = decodeRequestHeader(named);
    expect(metadataRequestsAllTopics(peekMetadata(named, h), 12)).toBe(false);
    expect(requestEntities(named, h)).toMatchObject({ topicNames: ['orders'], topicIds: [TOPIC_ID] });
  });

  it('other requests: groups and transactional ids come from the entity-path table', () => {
    expect(
      collectEntities('TxnOffsetCommitRequest', 3, {
        transactionalId: 'tx',
        groupId: 'g1',
        topics: [{ name: 't1', partitions: [] }],
      }),
    ).toEqual({ topicNames: ['t1'], topicIds: [], groupIds: ['g1'], transactionalIds: ['tx'] });
    const frame = encodeRequestFrame(
      REQUEST_CODECS.get(ApiKey.DeleteGroups)!,
      { apiKey: 42, apiVersion: 2, correlationId: 1, clientId: 'a' },
      { groupsNames: ['g1', 'g2'] },
    ).subarray(4);
    expect(requestEntities(frame, decodeRequestHeader(frame))!.groupIds).toEqual(['g1', 'g2']);
  });

  it('requests without topics or groups have no peek decoder', () => {
    expect(REQUEST_CODECS.get(ApiKey.ApiVersions)!.peek).toBeUndefined();
    expect(REQUEST_CODECS.get(ApiKey.JoinGroup)!.peek).toBeDefined();
  });
});
