// observe in the words of `hubble observe`: time windows, --last/--first, verdict words, API,
// client-id and principal filters, output modes, time order, and a closed pipe.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEvent, DecisionData } from '../../../src/audit/audit-event.js';
import { runObserveCommand } from '../../../src/cli/observe-command.js';
import { sampleDecisionEvents } from '../audit/audit-fixtures.js';
import { REPO_ROOT } from './run-cli.js';

const MINUTE = 60_000;

/** Three decision events at the given ages (ms before now): Produce allowed, Produce denied, Fetch denied. */
function eventsAt(ages: [number, number, number]): AuditEvent<DecisionData>[] {
  const events = sampleDecisionEvents();
  // Written order: the two denials, then the aggregated allow event at the end of its window.
  const denied = events.filter((e) => e.type.endsWith('denied')) as AuditEvent<DecisionData>[];
  const allowed = events.find((e) => e.type.endsWith('allowed')) as AuditEvent<DecisionData>;
  const now = Date.now();
  const at = (e: AuditEvent<DecisionData>, age: number) => ({
    ...e,
    time: new Date(now - age).toISOString(),
  });
  return [at(denied[0]!, ages[1]), at(denied[1]!, ages[2]), at(allowed, ages[0])];
}

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'observe-hubble-'));
  file = join(dir, 'audit.jsonl');
  // Allowed 10 min ago, Produce denied 9 min ago, Fetch denied 1 min ago.
  writeFileSync(
    file,
    eventsAt([10 * MINUTE, 9 * MINUTE, 1 * MINUTE])
      .map((e) => JSON.stringify(e))
      .join('\n') + '\n',
  );
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function observe(...args: string[]): Promise<string[]> {
  const { io, out, err } = capture();
  const code = await runObserveCommand(['--from', file, ...args], io);
  expect(err).toEqual([]);
  expect(code).toBe(0);
  return out;
}

const kinds = (lines: string[]) =>
  lines.map((l) => /Z (\S+)/.exec(l)?.[1] + ' ' + / (Produce|Fetch) /.exec(l)?.[1]);

describe('observe like hubble observe', () => {
  it('prints events in time order, though the aggregated allow event was written last', async () => {
    expect(kinds(await observe())).toEqual(['ALLOWED Produce', 'DENIED Produce', 'DENIED Fetch']);
  });

  it('takes --since and --until as a duration ago or an RFC 3339 time', async () => {
    expect(kinds(await observe('--since', '5m'))).toEqual(['DENIED Fetch']);
    expect(kinds(await observe('--since', '9m30s', '--until', '2m'))).toEqual(['DENIED Produce']);
    const iso = new Date(Date.now() - 5 * MINUTE).toISOString();
    expect(kinds(await observe('--since', iso))).toEqual(['DENIED Fetch']);
    const { io, err } = capture();
    expect(await runObserveCommand(['--from', file, '--since', 'yesterday'], io)).toBe(2);
    expect(err.join('')).toMatch(/'yesterday' is neither a duration/);
  });

  it('keeps the last or first N matching events', async () => {
    expect(kinds(await observe('--last', '2'))).toEqual(['DENIED Produce', 'DENIED Fetch']);
    expect(kinds(await observe('--first', '1'))).toEqual(['ALLOWED Produce']);
    expect(kinds(await observe('--last', '1', '--verdict', 'DROPPED', '--api', 'produce'))).toEqual([
      'DENIED Produce',
    ]);
  });

  it("takes Hubble's verdict words: DROPPED, FORWARDED, AUDIT, in any case", async () => {
    expect(kinds(await observe('--verdict', 'DROPPED'))).toEqual(['DENIED Produce', 'DENIED Fetch']);
    expect(kinds(await observe('--verdict', 'forwarded'))).toEqual(['ALLOWED Produce']);
    expect(await observe('--verdict', 'AUDIT')).toEqual([]);
  });

  it('filters by API (name, Cilium spelling or key) and client id', async () => {
    expect(kinds(await observe('--api', 'fetch'))).toEqual(['DENIED Fetch']);
    expect(kinds(await observe('--api', '0'))).toEqual(['ALLOWED Produce', 'DENIED Produce']);
    expect(kinds(await observe('--client-id', 'an'))).toEqual(['DENIED Fetch']);
  });

  it('matches a bare principal name under any type, a typed one exactly', async () => {
    expect(kinds(await observe('--principal', 'analytics'))).toEqual(['DENIED Fetch']);
    expect(kinds(await observe('--principal', 'User:analytics'))).toEqual(['DENIED Fetch']);
    expect(await observe('--principal', 'Group:analytics')).toEqual([]);
    expect(await observe('--principal', 'analytic')).toEqual([]);
  });

  it('prints the events as JSON with -o json (and compact lines with -o compact)', async () => {
    const json = await observe('-o', 'json', '--verdict', 'dropped');
    expect(json.map((l) => (JSON.parse(l) as AuditEvent).type)).toEqual([
      'io.kafka-l7-proxy.decision.denied',
      'io.kafka-l7-proxy.decision.denied',
    ]);
    expect(kinds(await observe('-o', 'compact', '--verdict', 'dropped'))).toEqual([
      'DENIED Produce',
      'DENIED Fetch',
    ]);
  });

  it('with --last N and -f prints the last N events, then the ones written later', async () => {
    const { io, out } = capture();
    const stop = new AbortController();
    const running = runObserveCommand(['--from', file, '--last', '1', '-f'], io, stop.signal);
    const until = async (n: number) => {
      for (let i = 0; i < 200 && out.length < n; i++) await new Promise((r) => setTimeout(r, 50));
    };
    await until(1);
    expect(kinds(out)).toEqual(['DENIED Fetch']);
    const [later] = eventsAt([0, 0, 0]);
    appendFileSync(file, JSON.stringify(later) + '\n');
    await until(2);
    stop.abort();
    expect(await running).toBe(0);
    expect(kinds(out)).toEqual(['DENIED Fetch', 'DENIED Produce']);
  });

  it('ends quietly with exit 0 when its reader goes away (observe | head -1)', () => {
    const big = join(dir, 'big.jsonl');
    const lines = eventsAt([3, 2, 1]).map((e) => JSON.stringify(e));
    writeFileSync(big, Array.from({ length: 3000 }, (_, i) => lines[i % 3]).join('\n') + '\n');
    const r = spawnSync(
      'bash',
      [
        '-c',
        `"${REPO_ROOT}node_modules/.bin/tsx" src/cli/main.ts observe --from "${big}" | head -1; echo "status=\${PIPESTATUS[0]}" >&2`,
      ],
      { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
    expect(r.stderr.trim()).toBe('status=0');
  });
});

describe("the README's observe session", () => {
  // The session block of README.md: `$ node dist/src/cli/main.js observe ...` lines, each followed
  // by what it printed.
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const session = [
    ...readme.matchAll(/^\$ node dist\/src\/cli\/main\.js observe (.+)\n((?:[^$`\n].*\n)+)/gm),
  ];
  /** The shape of a decision line: time, verdict (with the aggregate count), principal, API and version, fields. */
  const LINE =
    /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (DENIED|ALLOWED)(?: x\d+)? +(User:\S+) (\w+) v\d+ topics=.+? client=\S+ from=\S+ rule=\S+/;

  it('shows at least two commands, each with its output', () => {
    expect(session.length).toBeGreaterThanOrEqual(2);
  });

  it('runs every command as printed (the audit file aside), printing lines shaped as the README shows', async () => {
    // Every sample event one minute old, so that --since 5m keeps them.
    writeFileSync(
      file,
      eventsAt([MINUTE, MINUTE, MINUTE])
        .map((e) => JSON.stringify(e))
        .join('\n') + '\n',
    );
    for (const [, command, printed] of session) {
      const args = command!.trim().split(/\s+/);
      const from = args.indexOf('--from');
      expect(args[from + 1], command).toBe('audit.jsonl');
      args.splice(from, 2);
      const out = await observe(...args);
      const shown = printed!.trim().split('\n');
      expect(out.length, command).toBeGreaterThan(0);
      for (const line of [...shown, ...out]) expect(line, command).toMatch(LINE);
      // The verdicts and APIs the README shows are among the ones printed (the fixture's events
      // are not the README's).
      const verdictAndApi = (l: string) => {
        const m = LINE.exec(l)!;
        return `${m[1]} ${m[3]}`;
      };
      for (const line of shown) expect(out.map(verdictAndApi), command).toContain(verdictAndApi(line));
    }
  });
});
