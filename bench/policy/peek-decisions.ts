/**
 * What the policy filter costs per request under the payments policy (policies/payments.yaml), with
 * the allowed path decided from the partial decode (the default) and with every request decoded
 * fully (`peekDecisions: false`, as before issue 14 §2). Each case is one `filter.decide` on a whole
 * request frame, as the proxy calls it: identity, registry, decode, policy (cached per connection).
 *
 *   npx tsx bench/policy/peek-decisions.ts    # prints a Markdown table
 *
 * Two figures per case, as in bench/decoder: wall (median of a mitata run) and CPU time per call
 * (process.cpuUsage over half a second of calls), which leaves out the time spent waiting for a core
 * on a shared machine. The ratio is full decode / peek, from CPU time.
 */
import { cpus, loadavg } from 'node:os';
import { do_not_optimize, measure } from 'mitata';
import type { RequestDecision } from '../../src/connection/request-decision.js';
import { PolicyEnforcementFilter } from '../../src/enforcement/policy-enforcement-filter.js';
import { TopicIdResolver } from '../../src/enforcement/topic-id-resolver.js';
import {
  connectionFor,
  headerOf,
  loadPolicy,
  requestFrame,
} from '../../test/unit/enforcement/scenario-support.js';

const policy = loadPolicy('policies/payments.yaml');
const IDS: Record<string, string> = {
  'payments.commands': Buffer.alloc(16, 1).toString('base64url'),
  'payments.events': Buffer.alloc(16, 2).toString('base64url'),
};

function filterOf(peekDecisions: boolean): PolicyEnforcementFilter {
  const topicIds = new TopicIdResolver(undefined);
  for (const [name, id] of Object.entries(IDS)) topicIds.learn(id, name);
  return new PolicyEnforcementFilter({ policy, topicIds, peekDecisions });
}

/** A plain (non-transactional) v2 record batch of `size` bytes. */
function records(size: number): Buffer {
  const b = Buffer.alloc(size, 0x61);
  b.writeBigInt64BE(0n, 0);
  b.writeInt32BE(size - 12, 8);
  b.writeInt8(2, 16);
  b.writeInt16BE(0, 21);
  return b;
}

const produce = (version: number, topic: string, partitions: number, size: number): Buffer =>
  requestFrame(0, version, {
    transactionalId: null,
    acks: -1,
    timeoutMs: 30000,
    topicData: [
      {
        name: topic,
        partitionData: Array.from({ length: partitions }, (_, index) => ({ index, records: records(size) })),
      },
    ],
  });

const fetchRequest = (version: number, topics: string[], partitions: number): Buffer =>
  requestFrame(1, version, {
    replicaId: -1,
    maxWaitMs: 500,
    minBytes: 1,
    maxBytes: 52428800,
    isolationLevel: 0,
    sessionId: 0,
    sessionEpoch: -1,
    topics: topics.map((topic) => ({
      ...(version <= 12 ? { topic } : { topicId: IDS[topic] }),
      partitions: Array.from({ length: partitions }, (_, partition) => ({
        partition,
        fetchOffset: 1000n,
        partitionMaxBytes: 1048576,
      })),
    })),
    forgottenTopicsData: [],
  });

const metadata = (topics: string[]): Buffer =>
  requestFrame(3, 12, {
    topics: topics.map((name) => ({ name })),
    allowAutoTopicCreation: false,
  });

interface Case {
  name: string;
  principal: string;
  frame: Buffer;
}

const CASES: Case[] = [
  {
    name: 'Produce v9, 1 partition x 1 KB, allowed',
    principal: 'User:payments-api',
    frame: produce(9, 'payments.commands', 1, 1024),
  },
  {
    name: 'Produce v11, 4 partitions x 16 KB, allowed',
    principal: 'User:payments-api',
    frame: produce(11, 'payments.commands', 4, 16384),
  },
  {
    name: 'Produce v11, 1 partition x 1 KB, refused (peek, then full decode)',
    principal: 'User:payments-api',
    frame: produce(11, 'payments.events', 1, 1024),
  },
  {
    name: 'Fetch v12 sessionless, 2 topics x 4 partitions by name, allowed',
    principal: 'User:payments-worker',
    frame: fetchRequest(12, ['payments.commands', 'payments.events'], 4),
  },
  {
    name: 'Fetch v17 sessionless, 2 topics x 4 partitions by ID, allowed',
    principal: 'User:payments-worker',
    frame: fetchRequest(17, ['payments.commands', 'payments.events'], 4),
  },
  {
    name: 'Metadata v12, 2 topics, allowed (always the full decode: its answer is rewritten)',
    principal: 'User:payments-worker',
    frame: metadata(['payments.commands', 'payments.events']),
  },
];

interface Timing {
  wallNs: number;
  cpuNs: number;
  outcome: string;
}

async function time(fn: () => RequestDecision): Promise<Timing> {
  const outcome = fn().outcome;
  const stats = await measure(() => do_not_optimize(fn()), { min_cpu_time: 300e6 });
  const batch = Math.max(1, Math.round(1e6 / stats.avg));
  let calls = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  while (performance.now() - t0 < 500) {
    for (let i = 0; i < batch; i++) do_not_optimize(fn());
    calls += batch;
  }
  const cpu = process.cpuUsage(cpu0);
  return { wallNs: stats.p50, cpuNs: ((cpu.user + cpu.system) * 1000) / calls, outcome };
}

const peekFilter = filterOf(true);
const fullFilter = filterOf(false);
const lines = [
  '| case | outcome | peek: wall ns | peek: CPU ns | full decode: wall ns | full decode: CPU ns | full / peek (CPU) |',
  '|---|---|---:|---:|---:|---:|---:|',
];
console.error(
  `Node ${process.version}, ${cpus().length}x ${cpus()[0]?.model ?? '?'}, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} at start`,
);
for (const c of CASES) {
  const connection = connectionFor({ principal: c.principal });
  const header = headerOf(c.frame);
  const decide = (filter: PolicyEnforcementFilter) => (): RequestDecision =>
    filter.decide({ connection, header, expectsResponse: true, frame: c.frame }) as RequestDecision;
  const peek = await time(decide(peekFilter));
  const full = await time(decide(fullFilter));
  if (peek.outcome !== full.outcome) throw new Error(`${c.name}: ${peek.outcome} vs ${full.outcome}`);
  lines.push(
    `| ${c.name} | ${peek.outcome} | ${peek.wallNs.toFixed(0)} | ${peek.cpuNs.toFixed(0)} | ${full.wallNs.toFixed(0)} | ${full.cpuNs.toFixed(0)} | ${(full.cpuNs / peek.cpuNs).toFixed(2)} |`,
  );
  console.error(lines[lines.length - 1]);
}
console.error(
  `load average at end ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log(lines.join('\n'));
console.log(
  `\nfrom the peek: ${peekFilter.counters.fromPeek} of ${peekFilter.counters.forwarded} forwarded; full decode filter: ${fullFilter.counters.fromPeek}`,
);
