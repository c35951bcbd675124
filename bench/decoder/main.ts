/**
 * Micro-benchmark of the hot-path decoder (mitata): header-only decode, Produce peek with 1 KB,
 * 100 KB and 1 MB of records, Fetch v17, Metadata v12 request and response, the frame reader over
 * 16 KB chunks, and kafkajs's Metadata response decoder beside ours on the same bytes.
 *
 *   npm run bench                    # all benchmarks (bench/run-all.ts)
 *   npx tsx bench/decoder/main.ts    # this one alone; prints a Markdown table
 *
 * Two figures per case: wall time (the best of TRIALS mitata runs, each the mean per operation) and
 * CPU time per operation (process.cpuUsage over a timed loop), which does not count the time the
 * process waits for a core, so it stays meaningful on a machine shared with other work. ops/s and
 * GB/s are derived from the CPU time: what one core does.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { do_not_optimize, measure } from 'mitata';
import {
  FrameReader,
  Reader,
  decodeFetchRequest,
  decodeMetadataRequest,
  decodeMetadataResponse,
  decodeRequestHeader,
  encodeMetadataRequest,
  encodeMetadataResponse,
  peekFetch,
  peekProduce,
  type FrameSink,
} from '../../protocol/index.js';
import {
  chunks,
  fetchFrame,
  frameStream,
  metadataRequest,
  metadataResponseBody,
  produceFrame,
} from './fixtures.js';

export interface BenchRow {
  name: string;
  /** Wall-clock mean time per operation (best of TRIALS mitata runs), nanoseconds. */
  ns: number;
  /** CPU time per operation, nanoseconds. */
  cpuNs: number;
  /** Operations per second on one core, from cpuNs. */
  opsPerSec: number;
  /** Throughput in GB/s (10^9 bytes) where the case has a byte count. */
  gbPerSec?: number;
  note?: string;
}

const require = createRequire(import.meta.url);

/** Trials per case; the best mean is kept, which damps interference from other processes. */
const TRIALS = 5;

interface Timing {
  wallNs: number;
  cpuNs: number;
}

async function time(fn: () => unknown): Promise<Timing> {
  let best = Infinity;
  for (let i = 0; i < TRIALS; i++) best = Math.min(best, (await measure(fn, { min_cpu_time: 200e6 })).avg);
  // CPU time over about half a second of calls, in batches of about a millisecond.
  const batch = Math.max(1, Math.round(1e6 / best));
  const isAsync = fn() instanceof Promise;
  let calls = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  while (performance.now() - t0 < 500) {
    for (let i = 0; i < batch; i++) {
      if (isAsync) await fn();
      else do_not_optimize(fn());
    }
    calls += batch;
  }
  const cpu = process.cpuUsage(cpu0);
  return { wallNs: best, cpuNs: ((cpu.user + cpu.system) * 1000) / calls };
}

export async function runDecoderBench(log: (line: string) => void = () => {}): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const add = (row: BenchRow): void => {
    rows.push(row);
    log(`${row.name}: ${row.ns.toFixed(1)} ns/op wall, ${row.cpuNs.toFixed(1)} ns/op CPU`);
  };
  const per = (name: string, t: Timing, bytes?: number, note?: string): BenchRow => ({
    name,
    ns: t.wallNs,
    cpuNs: t.cpuNs,
    opsPerSec: 1e9 / t.cpuNs,
    ...(bytes !== undefined ? { gbPerSec: bytes / t.cpuNs } : {}),
    ...(note !== undefined ? { note } : {}),
  });

  // Header only.
  const p1k = produceFrame(1024);
  add(
    per(
      'request header decode (Produce v9 frame)',
      await time(() => do_not_optimize(decodeRequestHeader(p1k))),
    ),
  );

  // Produce peek: cost must not follow the record size.
  for (const [label, size] of [
    ['1 KB', 1024],
    ['100 KB', 100 * 1024],
    ['1 MB', 1024 * 1024],
  ] as const) {
    const frame = produceFrame(size);
    const header = decodeRequestHeader(frame);
    add(
      per(`Produce v9 peek, ${label} records`, await time(() => do_not_optimize(peekProduce(frame, header)))),
    );
    add(
      per(
        `Produce v9 header + peek, ${label} records`,
        await time(() => {
          const h = decodeRequestHeader(frame);
          do_not_optimize(peekProduce(frame, h));
        }),
      ),
    );
  }

  // Fetch v17.
  const fetch = fetchFrame();
  const fh = decodeRequestHeader(fetch);
  add(
    per(
      'Fetch v17 request full decode (4 topics x 4 partitions)',
      await time(() => do_not_optimize(decodeFetchRequest(new Reader(fetch, fh.headerLength), 17))),
    ),
  );
  add(per('Fetch v17 request peek', await time(() => do_not_optimize(peekFetch(fetch, fh)))));

  // Metadata v12 request and response: full decode and re-encode.
  const mreq = encodeMetadataRequest(metadataRequest, 12);
  add(
    per(
      'Metadata v12 request decode (4 topics)',
      await time(() => do_not_optimize(decodeMetadataRequest(new Reader(mreq), 12))),
    ),
  );
  const mreqValue = decodeMetadataRequest(new Reader(mreq), 12);
  add(
    per(
      'Metadata v12 request encode',
      await time(() => do_not_optimize(encodeMetadataRequest(mreqValue, 12))),
    ),
  );
  const mres = metadataResponseBody(12);
  add(
    per(
      `Metadata v12 response decode (50 topics x 6 partitions, ${mres.length} B)`,
      await time(() => do_not_optimize(decodeMetadataResponse(new Reader(mres), 12))),
      mres.length,
    ),
  );
  const mresValue = decodeMetadataResponse(new Reader(mres), 12);
  add(
    per(
      'Metadata v12 response encode',
      await time(() => do_not_optimize(encodeMetadataResponse(mresValue, 12))),
      mres.length,
    ),
  );

  // kafkajs side by side: its Metadata v6 response decoder and ours on the same bytes.
  const mres6 = metadataResponseBody(6);
  const kafkajsMetadataV6 = require('kafkajs/src/protocol/requests/metadata/v6/response.js') as {
    decode: (b: Buffer) => Promise<unknown>;
  };
  add(
    per(
      'Metadata v6 response decode, this codec',
      await time(() => do_not_optimize(decodeMetadataResponse(new Reader(mres6), 6))),
      mres6.length,
    ),
  );
  add(
    per(
      'Metadata v6 response decode, kafkajs',
      await time(async () => do_not_optimize(await kafkajsMetadataV6.decode(mres6))),
      mres6.length,
      'kafkajs decode is async (one await per call)',
    ),
  );

  // Frame reader over 16 KB chunks.
  for (const [label, payload] of [
    ['1 KB frames', 1024],
    ['100 KB frames', 100 * 1024],
  ] as const) {
    const stream = frameStream(payload, 8 * 1024 * 1024);
    const parts = chunks(stream, 16 * 1024);
    let frames = 0;
    const sink: FrameSink = { onFrame: () => void frames++ };
    const expected = Math.floor(stream.length / (4 + payload));
    const reader = new FrameReader({ maxFrameSize: 1 << 20 });
    const ns = await time(() => {
      for (const c of parts) reader.push(c, sink);
    });
    if (frames % expected !== 0) throw new Error(`frame reader lost frames: ${frames} of n x ${expected}`);
    add(
      per(
        `frame reader, 16 KB chunks, ${label} (8 MiB per op)`,
        ns,
        stream.length,
        payload < 16 * 1024
          ? 'views; frames cut by a chunk edge are copied'
          : 'every frame spans chunks: assembled (copied)',
      ),
    );
  }
  {
    // Streaming mode: 1 MB frames forwarded as they arrive, never buffered.
    const stream = frameStream(1024 * 1024, 8 * 1024 * 1024);
    const parts = chunks(stream, 16 * 1024);
    let bytes = 0;
    const sink: FrameSink = {
      onFrame: () => {},
      onFrameStart: () => 'stream',
      onFrameBytes: (b) => void (bytes += b.length),
    };
    const reader = new FrameReader({ maxFrameSize: 2 << 20, streamThreshold: 64 * 1024 });
    const ns = await time(() => {
      for (const c of parts) reader.push(c, sink);
    });
    if (bytes % (Math.floor(stream.length / (4 + 1024 * 1024)) * 1024 * 1024) !== 0) {
      throw new Error('streamed byte count is off');
    }
    add(
      per(
        'frame reader, 16 KB chunks, 1 MB frames streamed (8 MiB per op)',
        ns,
        stream.length,
        'views as they arrive, never assembled',
      ),
    );
  }
  return rows;
}

export function markdownTable(rows: BenchRow[]): string {
  const fmt = (n: number): string =>
    n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)} k` : n.toFixed(0);
  const lines = [
    '| case | wall ns/op | CPU ns/op | ops/s (one core) | GB/s (one core) | note |',
    '|---|---:|---:|---:|---:|---|',
  ];
  for (const r of rows) {
    const gb = r.gbPerSec !== undefined ? r.gbPerSec.toFixed(2) : '';
    lines.push(
      `| ${r.name} | ${r.ns.toFixed(1)} | ${r.cpuNs.toFixed(1)} | ${fmt(r.opsPerSec)} | ${gb} | ${r.note ?? ''} |`,
    );
  }
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const rows = await runDecoderBench((l) => console.error(l));
  console.log(markdownTable(rows));
}
