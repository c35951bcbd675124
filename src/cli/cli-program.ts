// The command tree of the `kafka-l7-proxy` binary, parsed with commander. One place decides how
// every command answers `-h`, `--help` and `help`, how errors print and which exit code they give,
// so no subcommand parses its arguments by hand.

import { Command, CommanderError, Help } from 'commander';
import { buildVersion } from '../metrics/build-version.js';
import { EXIT, type CliIo } from './cli-io.js';

/** What a command's action needs besides its options: where to write, and how to stop. */
export interface CommandContext {
  readonly io: CliIo;
  /** Aborts long-running commands (observe --follow, run) from tests and signal handlers. */
  readonly signal?: AbortSignal;
  /** Where an action leaves its exit code (EXIT.negative for a "no", EXIT.usage when it cannot run). */
  readonly exit: ExitCode;
}

/** Adds one subcommand (with its own subcommands, options and action) to `parent`. */
export type CommandInstaller = (parent: Command, ctx: CommandContext) => void;

/** The version of the project's package.json, which `--version` prints. */
export function packageVersion(): string {
  return buildVersion();
}

/** The subcommand of `c` named (or aliased) `name`. */
function sub(c: Command, name: string | undefined): Command | undefined {
  return name === undefined
    ? undefined
    : c.commands.find((s) => s.name() === name || s.aliases().includes(name));
}

/**
 * `help` as an argument means help wherever it stands after the command path: `policy check help`
 * is `policy check --help` and `policy help check` is `policy check --help`. Commander alone would
 * read a leaf command's `help` as an operand (a file named help).
 */
export function normalizeHelp(root: Command, argv: readonly string[]): string[] {
  let command = root;
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = sub(command, arg);
    if (next) {
      out.push(arg);
      command = next;
      continue;
    }
    if (arg === 'help') {
      const target = sub(command, argv[i + 1]);
      return target ? [...out, argv[i + 1]!, '--help'] : [...out, '--help'];
    }
    return [...out, ...argv.slice(i)];
  }
  return out;
}

/** The root command with the settings every subcommand inherits (set before subcommands are added). */
export function rootCommand(io: CliIo): Command {
  return new Command('kafka-l7-proxy')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.out(text),
      writeErr: (text) => io.err(text),
      outputError: (text, write) => write(text),
    })
    .allowExcessArguments(false)
    .configureHelp({ boxWrap: (text, width) => wrapper.boxWrap(unwrapLines(text), width) });
}

const wrapper = new Help();

/**
 * Joins the hard line breaks of a help paragraph written across several source lines
 * ("... With --check, validate\neverything run would ..."), so that commander wraps it to the
 * terminal width instead of breaking it both at the source lines and at the width. Blank lines
 * (paragraphs) and indented lines (lists, examples) keep their breaks.
 */
export function unwrapLines(text: string): string {
  return text.replace(/([^\n])\n(?=[^\s])/g, '$1 ');
}

const LEAF_HINT = "(run with --help for this command's options)";

/** The action's exit code, set by an action that answers "no" (EXIT.negative) or cannot run. */
export class ExitCode {
  value: number = EXIT.ok;
}

/**
 * Parses `argv` against `program` and runs the chosen action. Help and --version exit 0; a usage
 * error (unknown option or command, missing argument) prints the error and exits 2; a command group
 * given without a subcommand prints its help and exits 2.
 */
export async function runProgram(program: Command, argv: readonly string[], exit: ExitCode): Promise<number> {
  // A command group lists its commands after an error (an unknown command); a leaf points at --help.
  const walk = (command: Command): void => {
    command.showHelpAfterError(command.commands.length > 0 ? true : LEAF_HINT);
    command.commands.forEach(walk);
  };
  walk(program);
  // `kafka-l7-proxy suggest`: a subcommand of a group typed without its group.
  const first = argv[0];
  if (first !== undefined && !first.startsWith('-') && first !== 'help' && !sub(program, first)) {
    const group = program.commands.find((c) => sub(c, first));
    if (group) {
      program
        .configureOutput()
        .writeErr?.(`error: unknown command '${first}' (did you mean '${group.name()} ${first}'?)\n`);
      return EXIT.usage;
    }
  }
  try {
    await program.parseAsync(normalizeHelp(program, argv), { from: 'user' });
    return exit.value;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
      return EXIT.usage;
    }
    throw error;
  }
}

/** Runs one subcommand alone (as if `kafka-l7-proxy <name> ...args`), for tests and wrappers. */
export async function runSubcommand(
  install: CommandInstaller,
  name: string,
  args: readonly string[],
  io: CliIo,
  signal?: AbortSignal,
): Promise<number> {
  const exit = new ExitCode();
  const root = rootCommand(io);
  install(root, { io, exit, ...(signal ? { signal } : {}) });
  return runProgram(root, [name, ...args], exit);
}
