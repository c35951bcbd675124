import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runObserveCommand } from '../../../src/cli/observe-command.js';
import { sampleDecisionEvents } from './audit-fixtures.js';

const sampleEvents = sampleDecisionEvents;

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'observe-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('observe', () => {
  it('prints one readable line per event of an audit file, skipping lines that are not events', async () => {
    const file = join(dir, 'audit.jsonl');
    const events = sampleEvents();
    // A raw event, a pino line of the stdout sink, and noise.
    writeFileSync(
      file,
      [
        JSON.stringify(events[0]),
        'not json',
        JSON.stringify({ level: 30, audit: events[1] }),
        JSON.stringify(events[2]),
      ].join('\n') + '\n',
    );
    const { io, out } = capture();
    expect(await runObserveCommand(['--from', file], io)).toBe(0);
    expect(out).toHaveLength(3);
    expect(out.find((l) => l.includes(' DENIED ') && l.includes('Produce'))).toMatch(
      /^\S+Z DENIED +User:payments-api Produce v9 topics=ledger\(denied 29\) client=pay from=10\.0\.0\.7:51234 rule=none \(default deny\) reason="/,
    );
    expect(out.find((l) => l.includes('ALLOWED'))).toMatch(
      /ALLOWED x1 +User:payments-api Produce v9 topics=payments\.commands client=pay .* rule=rules\[0\]\.allow\[0\]$/,
    );
  });

  it('filters by verdict, principal and topic', async () => {
    const file = join(dir, 'audit.jsonl');
    writeFileSync(
      file,
      sampleEvents()
        .map((e) => JSON.stringify(e))
        .join('\n') + '\n',
    );
    const run = async (...args: string[]) => {
      const { io, out } = capture();
      expect(await runObserveCommand(['--from', file, ...args], io)).toBe(0);
      return out;
    };
    expect(await run('--verdict', 'denied')).toHaveLength(2);
    expect(await run('--verdict', 'denied', '--principal', 'User:analytics')).toEqual([
      expect.stringContaining('User:analytics Fetch'),
    ]);
    expect(await run('--topic', 'ledger')).toEqual([expect.stringContaining('topics=ledger')]);
    expect(await run('--verdict', 'allowed')).toEqual([expect.stringContaining('ALLOWED')]);
    expect(await run('--type', 'connection')).toEqual([]);
  });

  it('with --follow prints events appended after it started, until stopped', async () => {
    const file = join(dir, 'audit.jsonl');
    const [first, second] = sampleEvents();
    writeFileSync(file, JSON.stringify(first) + '\n');
    const { io, out } = capture();
    const stop = new AbortController();
    const running = runObserveCommand(['--from', file, '--follow'], io, stop.signal);
    await new Promise((r) => setTimeout(r, 400));
    expect(out).toHaveLength(1);
    // Written in two pieces: a half-written line is not printed until it is complete.
    const line = JSON.stringify(second);
    appendFileSync(file, line.slice(0, 40));
    await new Promise((r) => setTimeout(r, 400));
    expect(out).toHaveLength(1);
    appendFileSync(file, line.slice(40) + '\n');
    await new Promise((r) => setTimeout(r, 400));
    stop.abort();
    expect(await running).toBe(0);
    expect(out).toHaveLength(2);
  });

  it('rejects an unknown verdict and a missing source with usage errors', async () => {
    const { io, err } = capture();
    expect(await runObserveCommand(['--from', 'x', '--verdict', 'rejected'], io)).toBe(2);
    expect(await runObserveCommand(['--verdict', 'denied'], io)).toBe(2);
    expect(err.join('\n')).toMatch(
      /unknown --verdict rejected[\s\S]*exactly one of --from FILE and --bootstrap-server HOST:PORT/,
    );
  });

  it("prints its usage for 'observe help', as the top-level usage tells", async () => {
    const { io, out, err } = capture();
    expect(await runObserveCommand(['help'], io)).toBe(0);
    expect(out.join('\n')).toMatch(/Usage: kafka-l7-proxy observe \[options\][\s\S]*--since <time>/);
    expect(err).toEqual([]);
  });
});
