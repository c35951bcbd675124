/**
 * Runs every benchmark of the repository and prints their tables. `npm run bench`.
 * Today: the hot-path decoder (bench/decoder). End-to-end benchmarks against a real broker will be
 * added here.
 */
import { cpus, loadavg } from 'node:os';
import { markdownTable, runDecoderBench } from './decoder/main.js';

console.log(
  `# Benchmarks\n\nNode ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores\n`,
);
console.log('## Decoder (bench/decoder)\n');
console.log(markdownTable(await runDecoderBench((l) => console.error(l))));
console.log(`\nLoad average at end: ${load()}`);
