import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Reader } from '../../../protocol/primitives/index.js';
import { responseHeaderVersion } from '../../../protocol/generated/api-keys.js';
import {
  decodeApiVersionsResponse,
  encodeApiVersionsResponse,
  type ApiVersionsResponse,
} from '../../../protocol/generated/messages/api-versions.js';
import {
  decodeDescribeClusterResponse,
  encodeDescribeClusterResponse,
} from '../../../protocol/generated/messages/describe-cluster.js';
import {
  decodeFetchResponse,
  encodeFetchResponse,
  type FetchResponse,
} from '../../../protocol/generated/messages/fetch.js';
import {
  decodeFindCoordinatorResponse,
  encodeFindCoordinatorResponse,
} from '../../../protocol/generated/messages/find-coordinator.js';
import {
  decodeMetadataResponse,
  encodeMetadataResponse,
} from '../../../protocol/generated/messages/metadata.js';
import {
  decodeProduceResponse,
  encodeProduceResponse,
} from '../../../protocol/generated/messages/produce.js';
import { proxyVersionRanges } from '../../../src/rewrite/api-versions-clamp.js';
import type { BrokerEndpoint } from '../../../src/rewrite/broker-endpoint.js';
import { rewriteHeldResponse, type ResponseRewriteContext } from '../../../src/rewrite/response-rewriter.js';
import { SaslObserver } from '../../../src/sasl/sasl-observer.js';
import { chunked, fetchPartition, frameOf, notLeaderProduceResponse } from './response-frames.js';

/** The proxy's addressing in these tests: node N is proxy-N.example:9100+N. */
function context(seen: BrokerEndpoint[] = []): ResponseRewriteContext {
  return {
    rewriteEndpoint: (endpoint) => {
      seen.push(endpoint);
      return { host: `proxy-${endpoint.nodeId}.example`, port: 9100 + endpoint.nodeId };
    },
    proxyVersions: proxyVersionRanges(),
    sasl: new SaslObserver(),
  };
}

function bodyOf(frame: Buffer, apiKey: number, version: number): { r: Reader; correlationId: number } {
  const r = new Reader(frame, 4);
  const correlationId = r.int32();
  if (responseHeaderVersion(apiKey, version) === 1) r.skipTaggedFields();
  expect(frame.readInt32BE(0)).toBe(frame.length - 4);
  return { r, correlationId };
}

function rewrite(
  frame: Buffer,
  apiKey: number,
  version: number,
  ctx = context(),
  sizes = [frame.length],
): Buffer {
  const out = rewriteHeldResponse(
    { chunks: chunked(frame, sizes), length: frame.length },
    apiKey,
    version,
    ctx,
  );
  return Buffer.concat(out);
}

describe('broker address rewriting', () => {
  it('rewrites every broker of a Metadata response and nothing else, in old and flexible versions', () => {
    for (const version of [1, 8, 9, 12, 13]) {
      const response = {
        throttleTimeMs: 5,
        brokers: [1, 2, 3].map((nodeId) => ({ nodeId, host: '10.0.0.' + nodeId, port: 9092, rack: null })),
        clusterId: 'cluster-x',
        controllerId: 2,
        topics: [],
        clusterAuthorizedOperations: version >= 8 && version <= 10 ? 0 : -2147483648,
        errorCode: 0,
      };
      const seen: BrokerEndpoint[] = [];
      const out = rewrite(
        frameOf(3, version, 77, encodeMetadataResponse(response, version)),
        3,
        version,
        context(seen),
      );
      const { r, correlationId } = bodyOf(out, 3, version);
      const decoded = decodeMetadataResponse(r, version);
      expect(correlationId).toBe(77);
      expect(decoded.brokers.map((b) => `${b.nodeId}:${b.host}:${b.port}`)).toEqual([
        '1:proxy-1.example:9101',
        '2:proxy-2.example:9102',
        '3:proxy-3.example:9103',
      ]);
      expect(decoded.controllerId).toBe(2);
      expect(seen.map((e) => `${e.host}:${e.port}`)).toEqual([
        '10.0.0.1:9092',
        '10.0.0.2:9092',
        '10.0.0.3:9092',
      ]);
    }
  });

  it('rewrites the single coordinator of FindCoordinator v0-3 and each coordinator of v4+, leaving not-found ones', () => {
    const v3 = {
      throttleTimeMs: 0,
      errorCode: 0,
      errorMessage: null,
      nodeId: 2,
      host: 'kafka-2',
      port: 9092,
      coordinators: [],
    };
    const out3 = rewrite(frameOf(10, 3, 1, encodeFindCoordinatorResponse(v3, 3)), 10, 3);
    const decoded3 = decodeFindCoordinatorResponse(bodyOf(out3, 10, 3).r, 3);
    expect([decoded3.host, decoded3.port]).toEqual(['proxy-2.example', 9102]);

    const v4 = {
      throttleTimeMs: 0,
      errorCode: 0,
      errorMessage: null,
      nodeId: 0,
      host: '',
      port: 0,
      coordinators: [
        { key: 'group-a', nodeId: 3, host: 'kafka-3', port: 9092, errorCode: 0, errorMessage: null },
        { key: 'group-b', nodeId: -1, host: '', port: -1, errorCode: 15, errorMessage: 'not available' },
      ],
    };
    const out4 = rewrite(frameOf(10, 6, 2, encodeFindCoordinatorResponse(v4, 6)), 10, 6);
    const decoded4 = decodeFindCoordinatorResponse(bodyOf(out4, 10, 6).r, 6);
    expect(decoded4.coordinators.map((c) => `${c.key}:${c.nodeId}:${c.host}:${c.port}`)).toEqual([
      'group-a:3:proxy-3.example:9103',
      'group-b:-1::-1',
    ]);
  });

  it('rewrites the brokers of DescribeCluster', () => {
    const response = {
      throttleTimeMs: 0,
      errorCode: 0,
      errorMessage: null,
      endpointType: 1,
      clusterId: 'c',
      controllerId: 1,
      brokers: [{ brokerId: 1, host: 'kafka-1', port: 9092, rack: 'r1', isFenced: false }],
      clusterAuthorizedOperations: -2147483648,
    };
    const out = rewrite(frameOf(60, 2, 9, encodeDescribeClusterResponse(response, 2)), 60, 2);
    const decoded = decodeDescribeClusterResponse(bodyOf(out, 60, 2).r, 2);
    expect(decoded.brokers).toEqual([
      expect.objectContaining({ brokerId: 1, host: 'proxy-1.example', port: 9101, rack: 'r1' }),
    ]);
  });
});

describe('ApiVersions clamp', () => {
  const broker: ApiVersionsResponse = {
    errorCode: 0,
    apiKeys: [
      { apiKey: 0, minVersion: 0, maxVersion: 13 },
      { apiKey: 17, minVersion: 0, maxVersion: 1 },
      { apiKey: 18, minVersion: 0, maxVersion: 4 },
      { apiKey: 3, minVersion: 0, maxVersion: 99 },
      { apiKey: 999, minVersion: 0, maxVersion: 3 },
    ],
    throttleTimeMs: 0,
    supportedFeatures: [{ name: 'metadata.version', minVersion: 1, maxVersion: 27 }],
    finalizedFeaturesEpoch: 5n,
    finalizedFeatures: [],
    zkMigrationReady: false,
  };

  it("offers the broker's minimums (Produce from v0, KAFKA-18659), maximums both handle, and keeps the features", () => {
    const out = rewrite(frameOf(18, 3, 4, encodeApiVersionsResponse(broker, 3)), 18, 3);
    const decoded = decodeApiVersionsResponse(bodyOf(out, 18, 3).r, 3);
    expect(decoded.apiKeys.map((k) => [k.apiKey, k.minVersion, k.maxVersion])).toEqual([
      [0, 0, 13],
      [17, 0, 1],
      [18, 0, 4],
      [3, 0, 13],
    ]);
    expect(decoded.supportedFeatures).toEqual([expect.objectContaining({ name: 'metadata.version' })]);
    expect(decoded.finalizedFeaturesEpoch).toBe(5n);
  });

  it('reads a broker UNSUPPORTED_VERSION answer as v0 whatever version was asked', () => {
    const refusal = { ...broker, errorCode: 35, apiKeys: [{ apiKey: 18, minVersion: 0, maxVersion: 3 }] };
    const out = rewrite(frameOf(18, 4, 4, encodeApiVersionsResponse(refusal, 0)), 18, 4);
    const decoded = decodeApiVersionsResponse(bodyOf(out, 18, 0).r, 0);
    expect(decoded.errorCode).toBe(35);
    expect(decoded.apiKeys.map((k) => [k.apiKey, k.minVersion, k.maxVersion])).toEqual([[18, 0, 3]]);
  });
});

describe('KIP-951 node endpoints at the end of Produce and Fetch responses', () => {
  function fetchResponse(records: Buffer, withEndpoints: boolean): FetchResponse {
    return {
      throttleTimeMs: 0,
      errorCode: 0,
      sessionId: 42,
      responses: [
        {
          topic: '',
          topicId: 'AAAAAAAAAAAAAAAAAAAAAQ',
          partitions: [
            fetchPartition(0, records, { abortedTransactions: [{ producerId: 9n, firstOffset: 1n }] }),
            fetchPartition(
              1,
              null,
              withEndpoints ? { errorCode: 6, currentLeader: { leaderId: 3, leaderEpoch: 7 } } : {},
            ),
          ],
        },
      ],
      nodeEndpoints: withEndpoints ? [{ nodeId: 3, host: 'kafka-3.internal', port: 9092, rack: null }] : [],
    };
  }

  it('rewrites Fetch v17 endpoints while the record bytes stay views of the chunks they arrived in', () => {
    const records = randomBytes(200_000);
    const frame = frameOf(1, 17, 5, encodeFetchResponse(fetchResponse(records, true), 17));
    const chunks = chunked(frame, [16_384, 7, 65_536, 3]);
    const out = rewriteHeldResponse({ chunks, length: frame.length }, 1, 17, context());
    const inputBuffers = new Set(chunks.map((c) => c.buffer));
    const copiedBytes = out.filter((c) => !inputBuffers.has(c.buffer)).reduce((n, c) => n + c.length, 0);
    expect(copiedBytes).toBeLessThan(100);
    const whole = Buffer.concat(out);
    const decoded = decodeFetchResponse(bodyOf(whole, 1, 17).r, 17);
    expect(decoded.nodeEndpoints).toEqual([
      expect.objectContaining({ nodeId: 3, host: 'proxy-3.example', port: 9103 }),
    ]);
    expect(decoded.responses[0]!.partitions[0]!.records!.equals(records)).toBe(true);
    expect(decoded.responses[0]!.partitions[1]!.currentLeader).toEqual(
      expect.objectContaining({ leaderId: 3 }),
    );
  });

  it('hands back the very chunks of a Fetch response that names no endpoint', () => {
    const frame = frameOf(1, 16, 5, encodeFetchResponse(fetchResponse(randomBytes(5000), false), 16));
    const chunks = chunked(frame, [1000]);
    expect(rewriteHeldResponse({ chunks, length: frame.length }, 1, 16, context())).toBe(chunks);
  });

  it('rewrites Produce endpoints by topic name (v10) and by topic id (v13)', () => {
    for (const version of [10, 12, 13]) {
      const response = notLeaderProduceResponse(version, 2, 'kafka-2.internal');
      const frame = frameOf(0, version, 8, encodeProduceResponse(response, version));
      const out = rewrite(frame, 0, version, context(), [5, 11]);
      const decoded = decodeProduceResponse(bodyOf(out, 0, version).r, version);
      expect(decoded.nodeEndpoints).toEqual([
        expect.objectContaining({ nodeId: 2, host: 'proxy-2.example', port: 9102, rack: 'a' }),
      ]);
      expect(decoded.responses[0]!.partitionResponses[0]!.errorMessage).toBe('not leader');
      const noEndpoints = frameOf(
        0,
        version,
        8,
        encodeProduceResponse({ ...response, nodeEndpoints: [] }, version),
      );
      const chunks = [noEndpoints];
      expect(rewriteHeldResponse({ chunks, length: noEndpoints.length }, 0, version, context())).toBe(chunks);
    }
  });
});
