import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Reader } from '../../../protocol/primitives/index.js';
import {
  decodeFetchResponse,
  encodeFetchResponse,
  type FetchResponse,
} from '../../../protocol/generated/messages/fetch.js';
import {
  decodeProduceResponse,
  encodeProduceResponse,
} from '../../../protocol/generated/messages/produce.js';
import type { EndpointRewriter } from '../../../src/rewrite/broker-endpoint.js';
import {
  NodeEndpointsStream,
  endpointGrowthBound,
  padTail,
  rewriteNodeEndpointsTail,
} from '../../../src/rewrite/node-endpoints-tail.js';
import { chunked, fetchPartition, frameOf, notLeaderProduceResponse } from './response-frames.js';

interface Node {
  nodeId: number;
  realHost: string;
  proxyHost: string;
}

const node = fc.record({
  nodeId: fc.integer({ min: 0, max: 2000 }),
  realHost: fc.stringMatching(/^[a-z0-9.-]{1,40}$/),
  proxyHost: fc.stringMatching(/^[a-z0-9.-]{1,300}$/),
});

const nodesArb = fc.uniqueArray(node, { minLength: 1, maxLength: 6, selector: (n) => n.nodeId });

function rewriterFor(nodes: Node[], seen: number[] = []): EndpointRewriter {
  return ({ nodeId }) => {
    seen.push(nodeId);
    const n = nodes.find((x) => x.nodeId === nodeId);
    return { host: n?.proxyHost ?? `unknown-node-${nodeId}.proxy.example.internal`, port: 30_000 + nodeId };
  };
}

function fetchResponse(
  partitionRecords: (Buffer | null)[],
  endpoints: FetchResponse['nodeEndpoints'],
): FetchResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    sessionId: 7,
    responses: [
      {
        topic: '',
        topicId: 'AAAAAAAAAAAAAAAAAAAAAQ',
        partitions: partitionRecords.map((records, partitionIndex) =>
          fetchPartition(partitionIndex, records, {
            errorCode: records === null ? 6 : 0,
            abortedTransactions: partitionIndex % 2 === 0 ? [{ producerId: 9n, firstOffset: 1n }] : null,
          }),
        ),
      },
    ],
    nodeEndpoints: endpoints,
  };
}

function stream(
  frame: Buffer,
  chunks: Buffer[],
  apiKey: number,
  version: number,
  growth: number,
  rewrite: EndpointRewriter,
): { out: Buffer; outcome: string } {
  const s = new NodeEndpointsStream(apiKey, version, frame.length, growth, rewrite);
  const out: Buffer[] = [];
  chunks.forEach((chunk, i) => out.push(...s.piece(chunk, i === chunks.length - 1)));
  return { out: Buffer.concat(out), outcome: s.outcome };
}

describe('NodeEndpoints of a streamed response, rewritten across chunk boundaries', () => {
  it('sends exactly the size it announced first, records untouched, endpoints rewritten for known nodes', () => {
    fc.assert(
      fc.property(
        nodesArb,
        fc.array(fc.option(fc.uint8Array({ minLength: 0, maxLength: 3000 }), { nil: null }), {
          minLength: 1,
          maxLength: 5,
        }),
        fc.integer({ min: 0, max: 3 }),
        fc.array(fc.integer({ min: 1, max: 700 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom(16, 17),
        (nodes, records, named, sizes, version) => {
          const endpoints = nodes.slice(0, named).map((n) => ({
            nodeId: n.nodeId,
            host: n.realHost,
            port: 9092,
            rack: n.nodeId % 2 === 0 ? 'rack-a' : null,
          }));
          const recordBuffers = records.map((r) => (r === null ? null : Buffer.from(r)));
          const frame = frameOf(
            1,
            version,
            3,
            encodeFetchResponse(fetchResponse(recordBuffers, endpoints), version),
          );
          const growth = endpointGrowthBound(nodes);
          const seen: number[] = [];
          const { out, outcome } = stream(
            frame,
            chunked(frame, sizes),
            1,
            version,
            growth,
            rewriterFor(nodes, seen),
          );
          expect(out.readInt32BE(0)).toBe(frame.length - 4 + growth);
          expect(out.length).toBe(frame.length + growth);
          const r = new Reader(out, 9);
          const decoded = decodeFetchResponse(r, version);
          expect(r.remaining()).toBe(0);
          decoded.responses[0]!.partitions.forEach((p, i) => {
            const expected = recordBuffers[i];
            if (expected === null || expected === undefined)
              expect(p.records === null || p.records.length === 0).toBe(true);
            else expect(p.records!.equals(expected)).toBe(true);
          });
          expect(outcome).toBe(endpoints.length === 0 ? 'none' : 'rewritten');
          expect(decoded.nodeEndpoints).toEqual(
            endpoints.map((e) => ({
              ...e,
              host: nodes.find((n) => n.nodeId === e.nodeId)!.proxyHost,
              port: 30_000 + e.nodeId,
            })),
          );
          expect(seen).toEqual(endpoints.map((e) => e.nodeId));
          // The same frame held whole rewrites to the same endpoints.
          const held = rewriteNodeEndpointsTail(
            { chunks: chunked(frame, sizes), length: frame.length },
            1,
            version,
            rewriterFor(nodes),
          );
          if (endpoints.length === 0) expect(held).toBeUndefined();
          else
            expect(decodeFetchResponse(new Reader(Buffer.concat(held!), 9), version).nodeEndpoints).toEqual(
              decoded.nodeEndpoints,
            );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('removes the endpoints of a node it did not count in the announced size, keeping the frame whole', () => {
    fc.assert(
      fc.property(
        nodesArb,
        fc.stringMatching(/^[a-z]{1,20}$/),
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 4 }),
        (nodes, realHost, sizes) => {
          const stranger = 5000;
          const endpoints = [{ nodeId: stranger, host: realHost, port: 9092, rack: null }];
          const frame = frameOf(
            1,
            17,
            3,
            encodeFetchResponse(fetchResponse([Buffer.alloc(100, 1)], endpoints), 17),
          );
          const growth = endpointGrowthBound(nodes);
          const { out, outcome } = stream(frame, chunked(frame, sizes), 1, 17, growth, rewriterFor(nodes));
          expect(out.length).toBe(frame.length + growth);
          const decoded = decodeFetchResponse(new Reader(out, 9), 17);
          if (outcome === 'removed') expect(decoded.nodeEndpoints).toEqual([]);
          else {
            expect(outcome).toBe('rewritten');
            expect(decoded.nodeEndpoints[0]!.host).toBe(`unknown-node-${stranger}.proxy.example.internal`);
          }
          expect(decoded.nodeEndpoints.some((e) => e.host === realHost && e.port === 9092)).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('streams Produce v10-v13 responses the same way', () => {
    fc.assert(
      fc.property(
        nodesArb,
        fc.constantFrom(10, 11, 12, 13),
        fc.integer({ min: 1, max: 40 }),
        (nodes, version, split) => {
          const response = notLeaderProduceResponse(version, nodes[0]!.nodeId, nodes[0]!.realHost);
          const frame = frameOf(0, version, 8, encodeProduceResponse(response, version));
          const growth = endpointGrowthBound(nodes);
          const { out, outcome } = stream(
            frame,
            chunked(frame, [split]),
            0,
            version,
            growth,
            rewriterFor(nodes),
          );
          expect(outcome).toBe('rewritten');
          expect(out.length).toBe(frame.length + growth);
          const decoded = decodeProduceResponse(new Reader(out, 9), version);
          expect(decoded.nodeEndpoints[0]!.host).toBe(nodes[0]!.proxyHost);
          expect(decoded.responses[0]!.partitionResponses[0]!.errorMessage).toBe('not leader');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('fills a tail to any size 3 or more bytes above its own, and to exactly its own', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), (extra) => {
        const fields = [{ tag: 0, data: Buffer.alloc(5) }];
        const base = 1 + 1 + 1 + 5;
        const padded = padTail(fields, base + extra);
        if (extra === 1 || extra === 2) expect(padded).toBeUndefined();
        else {
          let size = 1;
          for (const f of padded!)
            size += [f.tag, f.data.length].reduce((n, v) => n + varintSize(v), 0) + f.data.length;
          expect(size).toBe(base + extra);
        }
      }),
    );
  });
});

function varintSize(n: number): number {
  let size = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 128);
    size++;
  }
  return size;
}
