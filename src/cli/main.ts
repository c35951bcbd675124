#!/usr/bin/env node
// The `kafka-l7-proxy` binary: builds the command tree (src/cli/cli-program.ts) from one module per
// subcommand and runs it.

import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { EXIT, processIo, type CliIo } from './cli-io.js';
import { ExitCode, packageVersion, rootCommand, runProgram, type CommandInstaller } from './cli-program.js';
import { installObserveCommand } from './observe-command.js';
import { installPolicyCommand } from './policy-command.js';
import { installRunCommand } from './run-command.js';

/** Every subcommand of the binary, in the order the help lists them; each lives in its own module. */
export const SUBCOMMANDS: readonly CommandInstaller[] = [
  installRunCommand,
  installPolicyCommand,
  installObserveCommand,
];

/** The binary's whole command tree, writing to `io`; actions leave their exit code in `exit`. */
export function buildProgram(io: CliIo, exit: ExitCode, signal?: AbortSignal): Command {
  const program = rootCommand(io)
    .description('Kafka-protocol-aware L7 proxy: per-client topic, role, client-id and API rules')
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'print this help')
    .addHelpText(
      'after',
      "\nEvery command answers -h, --help and help: 'kafka-l7-proxy policy suggest --help' or\n" +
        "'kafka-l7-proxy policy suggest help'.",
    );
  for (const install of SUBCOMMANDS) install(program, { io, exit, ...(signal ? { signal } : {}) });
  return program;
}

/** Runs the binary with `argv` (without node and the script), writing to `io`; resolves to the exit code. */
export async function main(
  argv: readonly string[],
  io: CliIo = processIo,
  signal?: AbortSignal,
): Promise<number> {
  const exit = new ExitCode();
  return runProgram(buildProgram(io, exit, signal), argv, exit);
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
  // A closed pipe (`observe ... | head -1`) ends the command as `head` wants: quietly, at once.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT.ok);
    throw error;
  });
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
