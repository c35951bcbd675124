// Where a command writes. Commands take this instead of touching process.stdout, so the dispatcher
// owns the process and tests can run a command in-process as well as through the real binary.

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : text + '\n'),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : text + '\n'),
};

/** Exit codes shared by every subcommand. */
export const EXIT = {
  ok: 0,
  /** The command ran and the answer is "no": a denied request, an invalid policy. */
  negative: 1,
  /** The command could not run: bad arguments, unreadable input. */
  usage: 2,
} as const;
