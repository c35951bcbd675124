import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { AUDIT_EVENT_TYPES, makeEvent, type ConnectionData } from '../../../src/audit/audit-event.js';
import { ConnectionEventAggregator } from '../../../src/audit/connection-aggregator.js';
import { FileSink } from '../../../src/audit/sinks/file-sink.js';

const silent = pino({ level: 'silent' });
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function closed(id: number, remote: string, reason?: string): ConnectionData {
  return {
    connection: { id: String(id), remoteAddress: remote, listener: 'bootstrap' },
    principal: 'User:x',
    ...(reason === undefined ? {} : { reason }),
  };
}

describe('connection events aggregated per source', () => {
  it('sends the first event of a source at once and counts the rest into one event per window', () => {
    const out: Array<{ data: ConnectionData }> = [];
    const agg = new ConnectionEventAggregator({ windowMs: 1000, maxKeys: 100 }, (_type, data) =>
      out.push({ data }),
    );
    for (let i = 0; i < 100; i++)
      agg.observe(AUDIT_EVENT_TYPES.connectionClosed, closed(i, `10.0.0.1:${5000 + i}`, 'truncated-frame'));
    agg.observe(AUDIT_EVENT_TYPES.connectionClosed, closed(200, '10.0.0.2:1', 'truncated-frame'));
    agg.observe(AUDIT_EVENT_TYPES.connectionClosed, closed(201, '10.0.0.1:2', 'idle-timeout'));
    expect(out).toHaveLength(3);
    agg.flush();
    expect(out).toHaveLength(4);
    const aggregate = out[3]!.data;
    expect(aggregate.count).toBe(99);
    expect(aggregate.connection.remoteAddress).toBe('10.0.0.1');
    expect(aggregate.reason).toBe('truncated-frame');
    expect(aggregate.windowMs).toBe(1000);
    // A new window starts with an individual event again.
    agg.observe(AUDIT_EVENT_TYPES.connectionClosed, closed(300, '10.0.0.1:9', 'truncated-frame'));
    expect(out[4]!.data.count).toBeUndefined();
  });

  it('flushes early instead of holding more keys than its bound', () => {
    const out: ConnectionData[] = [];
    const agg = new ConnectionEventAggregator({ windowMs: 60_000, maxKeys: 2 }, (_t, d) => out.push(d));
    for (let i = 0; i < 10; i++) {
      agg.observe(AUDIT_EVENT_TYPES.connectionOpened, closed(i, `10.0.0.${i}:1`));
      agg.observe(AUDIT_EVENT_TYPES.connectionOpened, closed(i, `10.0.0.${i}:2`));
    }
    agg.flush();
    expect(out.reduce((n, d) => n + (d.count ?? 1), 0)).toBe(20);
  });
});

describe('the audit file sink', () => {
  it('rotates at maxBytes, keeps at most maxFiles old files, and reopens its path on request', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'file-sink-'));
    dirs.push(dir);
    const path = join(dir, 'audit.jsonl');
    const sink = new FileSink({ path, maxPendingBytes: 1 << 20, maxBytes: 4096, maxFiles: 2 }, silent);
    await sink.start();
    for (let i = 0; i < 200; i++) {
      sink.write(makeEvent('/test', AUDIT_EVENT_TYPES.connectionOpened, closed(i, '10.0.0.1:1'), 'User:x'));
    }
    // logrotate: the file is moved away, then the proxy is told (SIGHUP).
    renameSync(path, join(dir, 'moved.jsonl'));
    sink.reopen();
    sink.write(makeEvent('/test', AUDIT_EVENT_TYPES.connectionOpened, closed(999, '10.0.0.1:1'), 'User:x'));
    await sink.close();
    expect(sink.rotations).toBeGreaterThan(2);
    expect(existsSync(`${path}.1`)).toBe(true);
    expect(existsSync(`${path}.2`)).toBe(true);
    expect(existsSync(`${path}.3`)).toBe(false);
    for (const f of [`${path}.1`, `${path}.2`]) expect(statSync(f).size).toBeLessThanOrEqual(4096);
    expect(readFileSync(path, 'utf8').trim().split('\n')).toHaveLength(1);
    expect(sink.stats().delivered).toBe(201);
  });
});
