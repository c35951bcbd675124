import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freeBrokerPortBase } from '../proxy/free-ports.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'run-audit-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(audit: string) {
  const port = await freeBrokerPortBase([1]);
  const configPath = join(dir, 'proxy.yaml');
  writeFileSync(
    configPath,
    `upstream: { bootstrapServers: ["127.0.0.1:1"] }\nlisten: { host: 127.0.0.1, bootstrapPort: ${port} }\n` +
      `admin: { port: 0 }\naudit:\n${audit}`,
  );
  const started = Date.now();
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src/cli/main.ts', 'run', '--config', configPath],
    {
      encoding: 'utf8',
      timeout: 30_000,
    },
  );
  return { ...result, port, elapsedMs: Date.now() - started };
}

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

describe('kafka-l7-proxy run with an audit sink that cannot start', () => {
  it('exits 2 naming the unreachable audit brokers, without opening its listeners', async () => {
    const r = await run('  kafka: { bootstrapServers: ["127.0.0.1:1"], startTimeoutMs: 2000 }\n');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /cannot start the audit sinks:\n {2}- audit\.kafka: 127\.0\.0\.1:1 topic kafka-l7-proxy\.audit: /,
    );
    expect(r.stdout).not.toContain('kafka-l7-proxy started');
    expect(r.elapsedMs).toBeLessThan(20_000);
    expect(await portIsFree(r.port)).toBe(true);
  }, 40_000);

  it('exits 2 naming an audit TLS file it cannot read, with its setting, line and column', async () => {
    const r = await run(
      '  kafka: { bootstrapServers: ["127.0.0.1:1"], tls: { enabled: true, caFile: /nonexistent/ca.pem } }\n',
    );
    expect(r.status).toBe(2);
    // Unreadable files are configuration problems, found before any sink starts (src/config).
    expect(r.stderr).toMatch(
      /proxy\.yaml:\d+:\d+ audit\.kafka\.tls\.caFile: cannot read \/nonexistent\/ca\.pem: ENOENT/,
    );
  }, 40_000);

  it('exits 2 naming an audit file it cannot create, with its setting, line and column', async () => {
    const r = await run(`  file: { path: ${JSON.stringify(join(dir, 'missing', 'audit.jsonl'))} }\n`);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /proxy\.yaml:\d+:\d+ audit\.file\.path: cannot create .*missing\/audit\.jsonl: its directory is not writable \(ENOENT\)/,
    );
  }, 40_000);
});
