/**
 * Kafka's ProducerPerformance and ConsumerPerformance (harness helpers) with their summary lines
 * parsed into numbers. Their MB is 2^20 bytes.
 */
import {
  consumerPerformance,
  producerPerformance,
  type ClientEndpoint,
  type ToolResult,
} from '../../test/harness/index.js';

export interface ProduceResult {
  records: number;
  recordsPerSec: number;
  mbPerSec: number;
  avgLatencyMs: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  p999Ms: number;
}

export interface ConsumeResult {
  records: number;
  mb: number;
  /** fetch.MB.sec: throughput over the fetch time, i.e. without the group join (rebalance) time. */
  mbPerSec: number;
  recordsPerSec: number;
  rebalanceMs: number;
}

export class ToolFailure extends Error {}

function failure(tool: string, result: ToolResult): ToolFailure {
  return new ToolFailure(
    `${tool} exited with ${result.exitCode}${result.timedOut ? ' (timed out)' : ''}: ${result.stderr.slice(-1500)}`,
  );
}

// "20000 records sent, 1986.5 records/sec (1.94 MB/sec), 101.81 ms avg latency, 1095.00 ms max
// latency, 9 ms 50th, 466 ms 95th, 662 ms 99th, 707 ms 99.9th."
const PRODUCE_SUMMARY =
  /(\d+) records sent, ([\d.]+) records\/sec \(([\d.]+) MB\/sec\), ([\d.]+) ms avg latency, [\d.]+ ms max latency, (\d+) ms 50th, (\d+) ms 95th, (\d+) ms 99th, (\d+) ms 99\.9th/;

export function parseProducerPerformance(stdout: string): ProduceResult | undefined {
  const m = PRODUCE_SUMMARY.exec(stdout);
  if (!m) return undefined;
  return {
    records: Number(m[1]),
    recordsPerSec: Number(m[2]),
    mbPerSec: Number(m[3]),
    avgLatencyMs: Number(m[4]),
    p50Ms: Number(m[5]),
    p95Ms: Number(m[6]),
    p99Ms: Number(m[7]),
    p999Ms: Number(m[8]),
  };
}

/** The CSV-like header and data lines ConsumerPerformance prints, by column name. */
export function parseConsumerPerformance(stdout: string): ConsumeResult | undefined {
  const lines = stdout.split('\n').filter((l) => l.trim().length > 0);
  const headerAt = lines.findIndex((l) => l.startsWith('start.time'));
  if (headerAt < 0 || headerAt + 1 >= lines.length) return undefined;
  const names = lines[headerAt]!.split(',').map((s) => s.trim());
  const values = lines[headerAt + 1]!.split(',').map((s) => s.trim());
  const get = (name: string): number => Number(values[names.indexOf(name)]);
  return {
    records: get('data.consumed.in.nMsg'),
    mb: get('data.consumed.in.MB'),
    mbPerSec: get('fetch.MB.sec'),
    recordsPerSec: get('fetch.nMsg.sec'),
    rebalanceMs: get('rebalance.time.ms'),
  };
}

export async function runProducerPerformance(
  endpoint: ClientEndpoint,
  options: {
    topic: string;
    numRecords: number;
    recordSize: number;
    throughput: number;
    /** Producer properties beyond acks=all (e.g. batch.size), for experiments. */
    extraProperties?: Record<string, string>;
  },
): Promise<ProduceResult> {
  const { extraProperties, ...tool } = options;
  const result = await producerPerformance(endpoint, {
    ...tool,
    properties: { ...extraProperties, acks: 'all' },
    timeoutMs: 600_000,
  });
  const parsed = result.exitCode === 0 ? parseProducerPerformance(result.stdout) : undefined;
  if (!parsed) throw failure('ProducerPerformance', result);
  return parsed;
}

export async function runConsumerPerformance(
  endpoint: ClientEndpoint,
  options: { topic: string; messages: number; group: string },
): Promise<ConsumeResult> {
  const result = await consumerPerformance(endpoint, {
    ...options,
    // Every run starts from the earliest offset: nothing is committed, so the same group (the one
    // the payments policy allows) can be reused.
    properties: { 'enable.auto.commit': 'false', 'auto.offset.reset': 'earliest' },
    timeoutMs: 600_000,
  });
  const parsed = result.exitCode === 0 ? parseConsumerPerformance(result.stdout) : undefined;
  if (!parsed || parsed.records < options.messages) throw failure('ConsumerPerformance', result);
  return parsed;
}
