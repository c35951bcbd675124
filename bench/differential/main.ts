// Long mode of the differential harness (test/differential/README.md):
//   npx tsx bench/differential/main.ts --requests 100000 [--seed N] [--out FILE] [--max-minutes M]
//     [--concurrency N] [--api-keys 20,66] [--sequence-every K] [--trace FILE]
// Starts the two brokers and the proxy, runs the requests (or as many as fit in M minutes) in N
// concurrent lanes (test/differential/lanes.ts; default 4), optionally only some API keys and with a
// stateful sequence every K generated requests (default 40, 0 for none), prints
// progress and the figures, writes the report (differences with request and both answers) as JSON,
// also every 500 requests, and exits 1 on any unexplained difference or record leak. --trace writes
// every compared pair as a JSON line, to follow a difference back through the requests before it.

import { createWriteStream, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { runDifferential, startDifferential } from '../../test/differential/differential.js';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '100000' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000_000) },
    out: { type: 'string', default: 'bench/results/differential-latest.json' },
    'max-minutes': { type: 'string' },
    concurrency: { type: 'string', default: '4' },
    'api-keys': { type: 'string' },
    'sequence-every': { type: 'string', default: '40' },
    trace: { type: 'string' },
  },
});
const requests = Number(values.requests);
const seed = Number(values.seed);
const concurrency = Number(values.concurrency);
const apiKeys = values['api-keys']?.split(',').map(Number);
// Every compared pair as a JSON line (--trace FILE), to follow a difference back through its lane.
const traceFile = values.trace !== undefined ? createWriteStream(values.trace) : undefined;
const load = (): string =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
console.log(`${new Date().toISOString()} load average ${load()}: starting both clusters and the proxy`);
const env = await startDifferential();
try {
  console.log(
    `differential: ${requests} requests, seed ${seed}, ${concurrency} lanes, ${env.offered.length} API keys offered by both sides` +
      (apiKeys ? `, generating only ${apiKeys.join(',')}` : ''),
  );
  const maxMinutes = values['max-minutes'];
  const report = await runDifferential(env, {
    requests,
    seed,
    concurrency,
    sequenceEvery: Number(values['sequence-every']),
    ...(apiKeys ? { apiKeys } : {}),
    ...(traceFile !== undefined ? { trace: (line: string) => traceFile.write(`${line}\n`) } : {}),
    ...(maxMinutes !== undefined ? { maxMs: Number(maxMinutes) * 60_000 } : {}),
    progress: (line, partial) => {
      console.log(line);
      writeFileSync(values.out, JSON.stringify({ seed, partial: true, ...partial }, null, 2));
    },
  });
  writeFileSync(values.out, JSON.stringify({ seed, ...report }, null, 2));
  console.log(
    `done: ${report.requests} requests (generated and stateful sequences; ${requests} asked) in ${Math.round(report.elapsedMs / 1000)} s; ` +
      `${report.differences.length} unexplained differences, ${report.leaks.length} record leaks, allowlisted ${JSON.stringify(report.allowlisted)}; report in ${values.out}`,
  );
  console.log(`${new Date().toISOString()} load average ${load()}`);
  console.log(`stateful sequence requests: ${JSON.stringify(report.perSequence)}`);
  console.log(
    `sent again on both sides after a retriable coordinator error: ${JSON.stringify(report.coordinatorRetries)}`,
  );
  console.log(
    `group reads read again on both sides at a timer's edge: ${JSON.stringify(report.groupReadSettles)}`,
  );
  console.log(
    `allowlist entries that matched nothing in this run: ${report.unusedAllowlist.join(', ') || 'none'}`,
  );
  const slowest = Object.entries(report.msPerApi)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([api, ms]) => `${api} ${Math.round(ms / 1000)} s/${report.perApi[api]}`);
  console.log(`time per API key (wall s / requests): ${slowest.join(', ')}`);
  for (const d of report.differences.slice(0, 30)) console.log(JSON.stringify(d));
  process.exitCode = report.differences.length + report.leaks.length > 0 ? 1 : 0;
} finally {
  traceFile?.end();
  await env.stop();
}
