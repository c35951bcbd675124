/**
 * Our response encoders checked by an independent decoder: kafkajs's Metadata v5/v6 response decoder
 * must read what we write and find the same brokers, topics and partitions.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { encodeMetadataResponse, type MetadataResponse } from '../../../protocol/index.js';

const require = createRequire(import.meta.url);

const response: MetadataResponse = {
  throttleTimeMs: 12,
  brokers: [
    { nodeId: 1, host: 'b1.kafka', port: 9092, rack: 'r1' },
    { nodeId: 2, host: 'b2.kafka', port: 9093, rack: null },
  ],
  clusterId: 'cluster-7',
  controllerId: 2,
  topics: [
    {
      errorCode: 29,
      name: 'secret',
      topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
      isInternal: false,
      partitions: [],
      topicAuthorizedOperations: -2147483648,
    },
    {
      errorCode: 0,
      name: 'orders',
      topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
      isInternal: false,
      partitions: [
        {
          errorCode: 0,
          partitionIndex: 0,
          leaderId: 1,
          leaderEpoch: -1,
          replicaNodes: [1, 2],
          isrNodes: [1],
          offlineReplicas: [2],
        },
      ],
      topicAuthorizedOperations: -2147483648,
    },
  ],
  clusterAuthorizedOperations: -2147483648,
  errorCode: 0,
};

describe('kafkajs Metadata response decoder reads our encoding', () => {
  for (const v of [5, 6]) {
    it(`v${v}: same brokers, cluster, controller, topics, errors and partitions`, async () => {
      const { decode } = require(`kafkajs/src/protocol/requests/metadata/v${v}/response.js`) as {
        decode: (b: Buffer) => Promise<Record<string, unknown>>;
      };
      const decoded = await decode(encodeMetadataResponse(response, v));
      expect(decoded).toMatchObject({
        brokers: [
          { nodeId: 1, host: 'b1.kafka', port: 9092, rack: 'r1' },
          { nodeId: 2, host: 'b2.kafka', port: 9093, rack: null },
        ],
        clusterId: 'cluster-7',
        controllerId: 2,
        topicMetadata: [
          { topicErrorCode: 29, topic: 'secret', isInternal: false, partitionMetadata: [] },
          {
            topicErrorCode: 0,
            topic: 'orders',
            partitionMetadata: [
              {
                partitionErrorCode: 0,
                partitionId: 0,
                leader: 1,
                replicas: [1, 2],
                isr: [1],
                offlineReplicas: [2],
              },
            ],
          },
        ],
      });
    });
  }
});
