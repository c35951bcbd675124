/**
 * Bytes produced independently: kafkajs's own request encoders (CommonJS, required from its sources)
 * build complete frames; our frame reader, header decoder and generated body decoders must consume
 * them exactly, and our encoders must reproduce them byte for byte.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  FrameReader,
  REQUEST_CODECS,
  Reader,
  apiKeyInfo,
  collectEntities,
  decodeRequestHeader,
  encodeRequestFrame,
} from '../../../protocol/index.js';

const require = createRequire(import.meta.url);
type KafkajsRequest = { apiKey: number; apiVersion: number; encode: () => Promise<unknown> };
const buildFrame = require('kafkajs/src/protocol/request.js') as (a: {
  correlationId: number;
  clientId: string;
  request: KafkajsRequest;
}) => Promise<{ buffer: Buffer }>;

function kafkajsRequest(api: string, version: number, args: unknown): KafkajsRequest {
  const make = require(`kafkajs/src/protocol/requests/${api}/v${version}/request.js`) as (
    a: unknown,
  ) => KafkajsRequest;
  return make(args);
}

const memberMetadata = Buffer.from('0000000000010006' + '6f7264657273' + '00000000', 'hex');

interface Case {
  api: string;
  versions: number[];
  args: unknown;
  /** Names the decoded request must carry (checked through the entity-path table). */
  expect?: { topicNames?: string[]; groupIds?: string[]; transactionalIds?: string[] };
}

const CASES: Case[] = [
  { api: 'apiVersions', versions: [0, 1, 2], args: {} },
  {
    api: 'metadata',
    versions: [0, 1, 2, 3, 4, 5, 6],
    args: { topics: ['orders', 'payments'], allowAutoTopicCreation: false },
    expect: { topicNames: ['orders', 'payments'] },
  },
  {
    api: 'produce',
    versions: [3, 4, 5, 6, 7],
    args: {
      acks: -1,
      timeout: 30000,
      transactionalId: 'tx-1',
      topicData: [
        {
          topic: 'orders',
          partitions: [
            { partition: 2, messages: [{ key: 'k', value: 'v'.repeat(300), timestamp: 1700000000000 }] },
          ],
        },
      ],
    },
    expect: { topicNames: ['orders'], transactionalIds: ['tx-1'] },
  },
  {
    api: 'fetch',
    versions: [4, 5, 6],
    args: {
      replicaId: -1,
      maxWaitTime: 500,
      minBytes: 1,
      maxBytes: 1048576,
      topics: [{ topic: 'orders', partitions: [{ partition: 0, fetchOffset: '42', maxBytes: 1048576 }] }],
      forgottenTopics: [{ topic: 'old', partitions: [1, 2] }],
      rackId: 'rack-a',
    },
    // Forgotten topics exist from v7; kafkajs leaves them out before.
    expect: { topicNames: ['orders'] },
  },
  {
    api: 'fetch',
    versions: [7, 8, 9, 10, 11],
    args: {
      replicaId: -1,
      maxWaitTime: 500,
      minBytes: 1,
      maxBytes: 1048576,
      topics: [{ topic: 'orders', partitions: [{ partition: 0, fetchOffset: '42', maxBytes: 1048576 }] }],
      forgottenTopics: [{ topic: 'old', partitions: [1, 2] }],
      rackId: 'rack-a',
    },
    expect: { topicNames: ['orders', 'old'] },
  },
  { api: 'findCoordinator', versions: [0], args: { groupId: 'group-1' } },
  { api: 'findCoordinator', versions: [1, 2], args: { coordinatorKey: 'group-1', coordinatorType: 0 } },
  {
    api: 'joinGroup',
    versions: [0, 1, 2, 3, 4, 5],
    args: {
      groupId: 'group-1',
      sessionTimeout: 30000,
      rebalanceTimeout: 60000,
      memberId: '',
      groupInstanceId: null,
      protocolType: 'consumer',
      groupProtocols: [{ name: 'RoundRobinAssigner', metadata: memberMetadata }],
    },
    expect: { groupIds: ['group-1'] },
  },
  {
    api: 'heartbeat',
    versions: [0, 1, 2, 3],
    args: { groupId: 'group-1', groupGenerationId: 3, memberId: 'm-1', groupInstanceId: null },
    expect: { groupIds: ['group-1'] },
  },
  {
    api: 'syncGroup',
    versions: [0, 1, 2, 3],
    args: {
      groupId: 'group-1',
      generationId: 3,
      memberId: 'm-1',
      groupAssignment: [{ memberId: 'm-1', memberAssignment: memberMetadata }],
    },
    expect: { groupIds: ['group-1'] },
  },
  {
    api: 'leaveGroup',
    versions: [0, 1, 2],
    args: { groupId: 'group-1', memberId: 'm-1' },
    expect: { groupIds: ['group-1'] },
  },
  {
    api: 'leaveGroup',
    versions: [3],
    args: { groupId: 'group-1', members: [{ memberId: 'm-1' }] },
    expect: { groupIds: ['group-1'] },
  },
  {
    api: 'offsetCommit',
    versions: [2, 3, 4, 5],
    args: {
      groupId: 'group-1',
      groupGenerationId: 3,
      memberId: 'm-1',
      retentionTime: -1,
      topics: [{ topic: 'orders', partitions: [{ partition: 0, offset: '17' }] }],
    },
    expect: { topicNames: ['orders'], groupIds: ['group-1'] },
  },
  {
    api: 'offsetFetch',
    versions: [1, 2, 3, 4],
    args: { groupId: 'group-1', topics: [{ topic: 'orders', partitions: [{ partition: 0 }] }] },
    expect: { topicNames: ['orders'], groupIds: ['group-1'] },
  },
  {
    api: 'listOffsets',
    versions: [1, 2, 3],
    args: {
      replicaId: -1,
      isolationLevel: 1,
      topics: [{ topic: 'orders', partitions: [{ partition: 0, timestamp: -1 }] }],
    },
    expect: { topicNames: ['orders'] },
  },
  {
    api: 'createTopics',
    versions: [2, 3],
    args: {
      topics: [
        {
          topic: 'new-topic',
          numPartitions: 3,
          replicationFactor: 1,
          configEntries: [{ name: 'retention.ms', value: '1000' }],
        },
      ],
      validateOnly: false,
      timeout: 5000,
    },
    expect: { topicNames: ['new-topic'] },
  },
  {
    api: 'deleteTopics',
    versions: [1],
    args: { topics: ['gone'], timeout: 5000 },
    expect: { topicNames: ['gone'] },
  },
  {
    api: 'initProducerId',
    versions: [0, 1],
    args: { transactionalId: 'tx-1', transactionTimeout: 60000 },
    expect: { transactionalIds: ['tx-1'] },
  },
  {
    api: 'addPartitionsToTxn',
    versions: [0, 1],
    args: {
      transactionalId: 'tx-1',
      producerId: '7',
      producerEpoch: 0,
      topics: [{ topic: 'orders', partitions: [0, 1] }],
    },
    expect: { topicNames: ['orders'], transactionalIds: ['tx-1'] },
  },
  {
    api: 'addOffsetsToTxn',
    versions: [0, 1],
    args: { transactionalId: 'tx-1', producerId: '7', producerEpoch: 0, groupId: 'group-1' },
    expect: { groupIds: ['group-1'], transactionalIds: ['tx-1'] },
  },
  {
    api: 'txnOffsetCommit',
    versions: [0, 1],
    args: {
      transactionalId: 'tx-1',
      groupId: 'group-1',
      producerId: '7',
      producerEpoch: 0,
      topics: [{ topic: 'orders', partitions: [{ partition: 0, offset: '5', metadata: null }] }],
    },
    expect: { topicNames: ['orders'], groupIds: ['group-1'], transactionalIds: ['tx-1'] },
  },
  {
    api: 'endTxn',
    versions: [0, 1],
    args: { transactionalId: 'tx-1', producerId: '7', producerEpoch: 0, transactionResult: true },
    expect: { transactionalIds: ['tx-1'] },
  },
  {
    api: 'describeGroups',
    versions: [0, 1, 2],
    args: { groupIds: ['group-1', 'group-2'] },
    expect: { groupIds: ['group-1', 'group-2'] },
  },
  { api: 'deleteGroups', versions: [0, 1], args: ['group-1'], expect: { groupIds: ['group-1'] } },
  { api: 'listGroups', versions: [0, 1, 2], args: {} },
  { api: 'saslHandshake', versions: [0, 1], args: { mechanism: 'PLAIN' } },
  {
    api: 'describeConfigs',
    versions: [1, 2],
    args: { resources: [{ type: 2, name: 'orders', configNames: ['retention.ms'] }], includeSynonyms: false },
  },
];

describe('kafkajs request encoders (independent bytes)', () => {
  for (const c of CASES) {
    for (const version of c.versions) {
      it(`${c.api} v${version}: decodes the kafkajs frame completely and re-encodes it byte for byte`, async () => {
        const request = kafkajsRequest(c.api, version, c.args);
        const info = apiKeyInfo(request.apiKey)!;
        expect(version).toBeGreaterThanOrEqual(info.minVersion); // only versions Kafka 4.1 still accepts
        const { buffer } = await buildFrame({ correlationId: 1234, clientId: 'kafkajs-test', request });
        const frames = new FrameReader({ maxFrameSize: 1 << 20 }).frames(buffer);
        expect(frames).toHaveLength(1);
        const frame = frames[0]!;
        const header = decodeRequestHeader(frame);
        expect(header).toMatchObject({
          apiKey: request.apiKey,
          apiVersion: version,
          correlationId: 1234,
          clientId: 'kafkajs-test',
        });
        const codec = REQUEST_CODECS.get(header.apiKey)!;
        const r = new Reader(frame, header.headerLength);
        const body = codec.decode(r, version);
        expect(r.pos, 'body consumed to the last byte').toBe(frame.length);
        const again = encodeRequestFrame(codec, header, body);
        expect(again.toString('hex')).toBe(buffer.toString('hex'));
        if (c.expect) {
          expect(collectEntities(`${info.name}Request`, version, body)).toMatchObject(c.expect);
        }
      });
    }
  }
});
