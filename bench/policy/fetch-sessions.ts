/**
 * Micro-benchmark of the policy filter on Fetch v17 (mitata): what deciding one Fetch costs without a
 * session and on a known fetch session (KIP-227), where every partition of the session is authorized
 * on every fetch. Each case decodes the request frame and decides, as the proxy does per request;
 * the session holds 20 topics of 5 partitions each.
 *
 *   npx tsx bench/policy/fetch-sessions.ts    # prints a Markdown table of medians
 */
import { cpus } from 'node:os';
import { do_not_optimize, measure } from 'mitata';
import { PolicyEnforcementFilter } from '../../src/enforcement/policy-enforcement-filter.js';
import { TopicIdResolver } from '../../src/enforcement/topic-id-resolver.js';
import type { RequestDecision } from '../../src/connection/request-decision.js';
import { applyResponseHooks } from '../../src/connection/response-head.js';
import { ApiKey } from '../../protocol/generated/api-keys.js';
import {
  brokerResponseFrame,
  connectionFor,
  headerOf,
  loadPolicy,
  requestFrame,
} from '../../test/unit/enforcement/scenario-support.js';

const TOPICS = 20;
const PARTITIONS = 5;
const ids = Array.from({ length: TOPICS }, (_, i) => Buffer.alloc(16, i + 1).toString('base64url'));
const policy = loadPolicy(`apiVersion: kafka-l7-proxy/v1
kind: KafkaPolicy
identities:
  - sasl: {}
rules:
  - principal: User:reader
    allow:
      - { role: consume, topic: 't-*', group: g }
    deny:
      - { role: consume, topic: t-0 }
`);
const topicIds = new TopicIdResolver(undefined);
ids.forEach((id, i) => topicIds.learn(id, `t-${i}`));
const filter = new PolicyEnforcementFilter({ policy, topicIds });
const connection = {
  ...connectionFor({ principal: 'User:reader' }),
  listener: { kind: 'node' as const, nodeId: 1 },
};

const topics = (from: number): unknown[] =>
  ids.slice(from).map((topicId) => ({
    topicId,
    partitions: Array.from({ length: PARTITIONS }, (_, partition) => ({ partition })),
  }));
const fetchFrame = (sessionId: number, sessionEpoch: number, from = 1): Buffer =>
  requestFrame(1, 17, {
    sessionId,
    sessionEpoch,
    maxWaitMs: 500,
    topics: sessionEpoch > 0 ? [] : topics(from),
  });

function decide(frame: Buffer): RequestDecision {
  return filter.decide({
    connection,
    header: headerOf(frame),
    expectsResponse: true,
    frame,
  }) as RequestDecision;
}

/** Opens a session as the broker would (SessionId `id`) and returns a function deciding its next fetch. */
function openSession(id: number, from: number): () => RequestDecision {
  const open = decide(fetchFrame(0, 0, from));
  if (open.outcome !== 'forward-modified') throw new Error(open.outcome);
  applyResponseHooks(open, brokerResponseFrame(open.frame, { sessionId: id }), ApiKey.Fetch, 17);
  let epoch = 1;
  return () => {
    const d = decide(fetchFrame(id, epoch));
    epoch++;
    return d;
  };
}

const rows: Array<[string, number, string]> = [];
async function run(name: string, fn: () => RequestDecision): Promise<void> {
  const outcome = fn().outcome;
  const stats = await measure(() => do_not_optimize(fn()), { min_cpu_time: 500e6 });
  rows.push([name, stats.p50, outcome]);
}

// The frames of incremental fetches are built inside the measured function (epochs advance), so the
// frame building is measured alone too and reported for subtraction.
await run('build an incremental Fetch v17 frame (no topics)', () => {
  do_not_optimize(fetchFrame(9, 1));
  return { outcome: 'forward' };
});
const sessionless = fetchFrame(0, -1);
await run(`sessionless fetch, ${TOPICS - 1} readable topics`, () => decide(sessionless));
await run(`incremental fetch, known session of ${TOPICS - 1} readable topics`, openSession(1001, 1));
await run(
  `incremental fetch, known session of ${TOPICS} topics, one refused (decision only)`,
  openSession(1002, 0),
);

console.log(`Node ${process.version}, ${cpus().length}x ${cpus()[0]?.model ?? '?'}`);
console.log('| case | median | outcome |\n|---|---:|---|');
for (const [name, ns, outcome] of rows)
  console.log(`| ${name} | ${(ns / 1000).toFixed(1)} µs | ${outcome} |`);
