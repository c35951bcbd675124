/**
 * Generates protocol/generated/ from Kafka's JSON message schemas.
 *
 *   npm run codegen                                  # schemas from ../shared/kafka-message-schemas
 *   npm run codegen -- --schemas DIR [--out DIR]     # any Kafka tree's common/message folder
 *
 * Output is a pure function of the schema files: running it twice gives identical bytes, and
 * test/unit/protocol/generated-is-fresh.test.ts fails when the committed output is stale.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function parseArgs(argv: string[]): { schemas: string; out: string } {
  let schemas = resolve(repoRoot, '../shared/kafka-message-schemas');
  let out = resolve(repoRoot, 'protocol/generated');
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--schemas') schemas = resolve(argv[++i] ?? '');
    else if (a === '--out') out = resolve(argv[++i] ?? '');
    else throw new Error(`unknown argument ${a}; usage: codegen [--schemas DIR] [--out DIR]`);
  }
  return { schemas, out };
}

/** Writes the generated files, removing stale ones from earlier runs. */
export function writeGenerated(schemasDir: string, outDir: string): number {
  const files = generate(schemasDir);
  rmSync(outDir, { recursive: true, force: true });
  for (const [rel, text] of files) {
    const path = join(outDir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  return files.size;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { schemas, out } = parseArgs(process.argv.slice(2));
  const n = writeGenerated(schemas, out);
  console.log(
    `wrote ${n} files to ${out} from ${readdirSync(schemas).filter((f) => f.endsWith('.json')).length} schemas`,
  );
}
