/**
 * Runs every benchmark of the repository and prints their tables. `npm run bench`.
 * Today: the hot-path decoder (bench/decoder). End-to-end benchmarks against a real broker will be
 * added here. Other processes on the machine skew the figures, so the load average is printed too.
 */
import { cpus, loadavg } from 'node:os';
import { markdownTable, runDecoderBench } from './decoder/main.js';

const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

console.log(
  `# Benchmarks\n\nNode ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, load average at start ${load()}\n`,
);
console.log('## Decoder (bench/decoder)\n');
console.log(markdownTable(await runDecoderBench((l) => console.error(l))));
console.log(`\nLoad average at end: ${load()}`);
