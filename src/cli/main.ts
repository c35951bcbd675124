#!/usr/bin/env node
// The `kafka-l7-proxy` binary: dispatches to a subcommand module.

import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EXIT, processIo, type CliIo } from './cli-io.js';
import { runObserveCommand } from './observe-command.js';
import { runPolicyCommand } from './policy-command.js';
import { runProxyCommand } from './run-command.js';

export interface Subcommand {
  readonly summary: string;
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/**
 * Every subcommand of the binary; each lives in its own module (`run` in src/cli/run-command.ts).
 */
export const SUBCOMMANDS: Readonly<Record<string, Subcommand>> = {
  run: { summary: 'start the proxy (run --config proxy.yaml)', run: runProxyCommand },
  policy: {
    summary: 'check, explain, import policy files and translate them to Kafka ACLs',
    run: runPolicyCommand,
  },
  observe: { summary: 'print audit events of a file or the audit topic, filtered', run: runObserveCommand },
};

function usage(): string {
  const width = Math.max(...Object.keys(SUBCOMMANDS).map((n) => n.length));
  return [
    'Usage: kafka-l7-proxy <command> [args]',
    '',
    'Commands:',
    ...Object.entries(SUBCOMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    "Run 'kafka-l7-proxy <command> help' for a command's options.",
  ].join('\n');
}

export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.out(usage());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = SUBCOMMANDS[name];
  if (!command) {
    io.err(`unknown command '${name}'\n\n${usage()}`);
    return EXIT.usage;
  }
  return command.run(rest, io);
}

function invokedDirectly(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (invokedDirectly()) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `kafka-l7-proxy: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = EXIT.usage;
    },
  );
}
