/**
 * Runs the benchmarks of the repository and prints their tables. `npm run bench [-- flags]`.
 *
 *   --only decoder,e2e,connections   which ones (default: all three)
 *   --quick                          smoke-sized e2e and connection runs (about 2 minutes together)
 *
 * decoder: the hot-path codec (bench/decoder). e2e: Kafka's perf tools against a real broker,
 * directly and through the proxy (bench/e2e, 15-20 minutes in full). connections: idle connections
 * through the proxy (bench/connections). Other processes on the machine skew the figures, so the
 * load average is printed too.
 */
import { runConnectionsFromArgs } from './connections/main.js';
import { markdownTable, runDecoderBench } from './decoder/main.js';
import { describeMachine, loadAverage, machineInfo } from './e2e/machine.js';
import { runE2eFromArgs } from './e2e/main.js';

const BENCHES = ['decoder', 'e2e', 'connections'] as const;
type Bench = (typeof BENCHES)[number];

function usage(): never {
  console.error(`usage: tsx bench/run-all.ts [--quick] [--only ${BENCHES.join(',')}]`);
  process.exit(2);
}

const argv = process.argv.slice(2);
let quick = false;
let only: string[] = [...BENCHES];
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--quick') quick = true;
  else if (argv[i] === '--only') only = (argv[++i] ?? '').split(',').filter(Boolean);
  else usage();
}
if (only.length === 0 || only.some((b) => !(BENCHES as readonly string[]).includes(b))) usage();
const selected = new Set(only as Bench[]);

console.log(`# Benchmarks\n\n${describeMachine(machineInfo())}, load average at start ${loadAverage()}\n`);
if (selected.has('decoder')) {
  console.log('## Decoder (bench/decoder)\n');
  console.log(markdownTable(await runDecoderBench((l) => console.error(l))));
}
if (selected.has('e2e')) {
  console.log('\n## End to end (bench/e2e)\n');
  await runE2eFromArgs(quick ? ['--quick'] : []);
}
if (selected.has('connections')) {
  console.log('\n## Idle connections (bench/connections)\n');
  await runConnectionsFromArgs(quick ? ['--quick'] : []);
}
console.log(`\nLoad average at end: ${loadAverage()}`);
process.exit(0);
