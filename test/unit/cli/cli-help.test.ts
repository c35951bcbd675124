import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../../src/cli/cli-program.js';
import { buildProgram, main } from '../../../src/cli/main.js';
import { REPO_ROOT, runCli } from './run-cli.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

/** Every command path of the binary: [], ['run'], ['policy'], ['policy', 'check'], ... */
function commandPaths(): string[][] {
  const paths: string[][] = [];
  const walk = (command: Command, path: string[]): void => {
    paths.push(path);
    for (const sub of command.commands) walk(sub, [...path, sub.name()]);
  };
  walk(buildProgram(capture().io, new ExitCode()), []);
  return paths;
}

async function helpOf(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const { io, out, err } = capture();
  const code = await main(args, io);
  return { code, out: out.join(''), err: err.join('') };
}

describe('kafka-l7-proxy help', () => {
  it('covers every command, policy suggest included', () => {
    expect(commandPaths().map((p) => p.join(' '))).toEqual(
      expect.arrayContaining([
        'run',
        'observe',
        'policy',
        'policy check',
        'policy explain',
        'policy suggest',
      ]),
    );
  });

  it('answers -h, --help and help the same way for every command and subcommand, exit 0', async () => {
    for (const path of commandPaths()) {
      const long = await helpOf([...path, '--help']);
      expect(long.code, path.join(' ')).toBe(0);
      expect(long.err).toBe('');
      expect(long.out).toMatch(new RegExp(`^Usage: kafka-l7-proxy${path.map((p) => ` ${p}`).join('')} `));
      expect(await helpOf([...path, '-h']), path.join(' ')).toEqual(long);
      expect(await helpOf([...path, 'help']), path.join(' ')).toEqual(long);
      if (path.length > 0) {
        // `help` before the command's name, as `git help commit` takes it.
        expect(await helpOf([...path.slice(0, -1), 'help', path.at(-1)!]), path.join(' ')).toEqual(long);
      }
    }
  });

  it('lists policy suggest in the top-level help', async () => {
    const top = await helpOf(['--help']);
    expect(top.out).toMatch(/policy +check, explain, suggest/);
    expect((await helpOf(['policy', '--help'])).out).toMatch(
      /\n {2}suggest \[options\] +write the least-privilege/,
    );
  });

  it('wraps each command description at the help width only, not also at its source line breaks', async () => {
    for (const path of commandPaths()) {
      const { out } = await helpOf([...path, '--help']);
      // The description is the paragraph after the Usage line; only its last line may be short.
      const lines = (out.split('\n\n')[1] ?? '').split('\n');
      for (const line of lines.slice(0, -1)) {
        expect(line.length, `${path.join(' ')}: ${JSON.stringify(line)}`).toBeGreaterThanOrEqual(60);
      }
    }
  });

  it('prints the version of package.json for --version and -V, through the real binary', () => {
    const { version } = JSON.parse(readFileSync(`${REPO_ROOT}package.json`, 'utf8')) as { version: string };
    const r = runCli(['--version']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(version);
    expect(runCli(['-V']).stdout.trim()).toBe(version);
  });

  it('reads `policy check --help` and `policy check help` as help, not as file names', () => {
    for (const word of ['--help', 'help', '-h']) {
      const r = runCli(['policy', 'check', word]);
      expect(r.status, word).toBe(0);
      expect(r.stdout).toMatch(/^Usage: kafka-l7-proxy policy check \[options\] <file\.\.\.>/);
      expect(r.stderr).toBe('');
    }
  });

  it('rejects an unknown option with exit 2 and says where help is', async () => {
    const r = await helpOf(['policy', 'import-cilium', '--frobnicate', 'x.yaml']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown option '--frobnicate'[\s\S]*--help/);
  });
});
