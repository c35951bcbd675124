// The proxy's log lines are what log collectors expect: "level":"info" and ISO-8601 times.
import { spawnSync } from 'node:child_process';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { StdoutSink } from '../../src/audit/sinks/stdout-sink.js';
import { REPO_ROOT } from './cli/run-cli.js';

describe('log lines', () => {
  it('carry the level by name and the time as ISO-8601 UTC', () => {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', '-e', "import('./src/log.ts').then(({ log }) => log.warn({ a: 1 }, 'hello'))"],
      { cwd: REPO_ROOT, encoding: 'utf8', timeout: 30_000 },
    );
    const line = JSON.parse(r.stdout.trim()) as Record<string, unknown>;
    expect(line).toMatchObject({ level: 'warn', msg: 'hello', a: 1, name: 'kafka-l7-proxy' });
    expect(line.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('of the stdout audit sink carry the level by name too', () => {
    const lines: string[] = [];
    const dest = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const sink = new StdoutSink({ maxPendingBytes: 1 << 20 }, dest);
    sink.write({
      specversion: '1.0',
      id: 'x',
      source: 't',
      type: 'io.kafka-l7-proxy.policy.loaded',
      time: new Date().toISOString(),
      datacontenttype: 'application/json',
      data: { file: 'p.yaml', generation: 1 },
    });
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'info', msg: 'io.kafka-l7-proxy.policy.loaded' });
  });
});
