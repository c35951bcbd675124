// Response frames for the rewrite tests: a frame around an encoded body, split as a socket might
// deliver it, and the Produce answer that names a new partition leader (KIP-951).

import { responseHeaderVersion } from '../../../protocol/generated/api-keys.js';
import {
  defaultFetchResponseEpochEndOffset,
  defaultFetchResponseLeaderIdAndEpoch,
  defaultFetchResponseSnapshotId,
  type FetchResponsePartitionData,
} from '../../../protocol/generated/messages/fetch.js';
import type { ProduceResponse } from '../../../protocol/generated/messages/produce.js';

/** A response frame: size, correlation id, the header tags where the header is flexible, `body`. */
export function frameOf(apiKey: number, version: number, correlationId: number, body: Buffer): Buffer {
  const flexible = responseHeaderVersion(apiKey, version) === 1;
  const head = Buffer.alloc(flexible ? 9 : 8);
  head.writeInt32BE(head.length - 4 + body.length, 0);
  head.writeInt32BE(correlationId, 4);
  return Buffer.concat([head, body]);
}

/** Splits a buffer into chunks of the given sizes (cycled; a size below 1 counts as 1), as a socket might deliver it. */
export function chunked(bytes: Buffer, sizes: number[]): Buffer[] {
  const out: Buffer[] = [];
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const n = Math.max(1, sizes[i % sizes.length]!);
    out.push(bytes.subarray(at, at + n));
    at += n;
  }
  return out;
}

/**
 * A served Fetch partition holding `records` (high watermark and last stable offset 100, tagged
 * fields at their defaults), with `overrides` over it (an error code, a new leader, aborted
 * transactions).
 */
export function fetchPartition(
  partitionIndex: number,
  records: Buffer | null,
  overrides: Partial<FetchResponsePartitionData> = {},
): FetchResponsePartitionData {
  return {
    partitionIndex,
    errorCode: 0,
    highWatermark: 100n,
    lastStableOffset: 100n,
    logStartOffset: 0n,
    divergingEpoch: defaultFetchResponseEpochEndOffset(),
    currentLeader: defaultFetchResponseLeaderIdAndEpoch(),
    snapshotId: defaultFetchResponseSnapshotId(),
    abortedTransactions: null,
    preferredReadReplica: -1,
    records,
    ...overrides,
  };
}

/**
 * A Produce response (v10+) whose one partition is refused NOT_LEADER_OR_FOLLOWER (6) with its new
 * leader `leaderId` (epoch 4), and that leader's NodeEndpoints entry at `host`:9093, rack `a`. The
 * topic is `orders` by name before v13, by ID from v13.
 */
export function notLeaderProduceResponse(version: number, leaderId: number, host: string): ProduceResponse {
  return {
    responses: [
      {
        name: version < 13 ? 'orders' : '',
        topicId: version >= 13 ? 'AAAAAAAAAAAAAAAAAAAAAQ' : 'AAAAAAAAAAAAAAAAAAAAAA',
        partitionResponses: [
          {
            index: 0,
            errorCode: 6,
            baseOffset: -1n,
            logAppendTimeMs: -1n,
            logStartOffset: -1n,
            recordErrors: [{ batchIndex: 0, batchIndexErrorMessage: 'x' }],
            errorMessage: 'not leader',
            currentLeader: { leaderId, leaderEpoch: 4 },
          },
        ],
      },
    ],
    throttleTimeMs: 0,
    nodeEndpoints: [{ nodeId: leaderId, host, port: 9093, rack: 'a' }],
  };
}
