// `run --check` validates what `run` would (the policy it names included) and never prints secrets.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';

const dir = mkdtempSync(join(tmpdir(), 'run-check-'));

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

async function check(yaml: string): Promise<{ code: number; out: string; err: string }> {
  const file = join(dir, `proxy-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, yaml);
  const { io, out, err } = capture();
  const code = await main(['run', '--config', file, '--check'], io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('kafka-l7-proxy run --check', () => {
  it('prints the configuration with the upstream and audit SASL passwords redacted', async () => {
    const r = await check(`upstream:
  bootstrapServers: ["kafka:9092"]
  sasl: { mechanism: SCRAM-SHA-512, username: proxy, password: "s3cret-upstream" }
audit:
  kafka:
    bootstrapServers: ["audit:9092"]
    sasl: { mechanism: plain, username: auditor, password: "s3cret-audit" }
`);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('s3cret');
    const printed = JSON.parse(r.out) as {
      upstream: { sasl: { password: string; username: string } };
      audit: { kafka: { sasl: { password: string } } };
    };
    expect(printed.upstream.sasl).toMatchObject({ username: 'proxy', password: '<redacted>' });
    expect(printed.audit.kafka.sasl.password).toBe('<redacted>');
  });

  it('rejects a policy file that run would reject, with its FILE:LINE:COL errors, exit 2', async () => {
    const policy = join(dir, 'bad-policy.yaml');
    writeFileSync(
      policy,
      'apiVersion: kafka-l7-proxy/v1\nkind: KafkaPolicy\nrules:\n  - principal: User:a\n    allow:\n      - apiKey: fetchh\n',
    );
    const r = await check(`upstream: { bootstrapServers: ["kafka:9092"] }\npolicy: { file: "${policy}" }\n`);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(
      `${policy}:6:9 rules[0].allow[0].apiKey: unknown API 'fetchh' (did you mean 'fetch'?)`,
    );
  });

  it('rejects unreadable TLS files and an audit password that is not given', async () => {
    const r = await check(`upstream:
  bootstrapServers: ["kafka:9092"]
  tls: { enabled: true, caFile: /nonexistent/ca.pem }
audit:
  kafka:
    bootstrapServers: ["audit:9092"]
    sasl: { mechanism: plain, username: auditor, passwordEnv: RUN_CHECK_UNSET_VARIABLE }
`);
    expect(r.code).toBe(2);
    expect(r.err).toContain('upstream.tls.caFile: cannot read /nonexistent/ca.pem: ENOENT');
    expect(r.err).toContain(
      'audit.kafka.sasl: needs password, passwordFile or passwordEnv (RUN_CHECK_UNSET_VARIABLE is not set)',
    );
  });
  it('rejects what the audit sinks would refuse at start: a certificate without its key, a file in no directory', async () => {
    const cert = join(dir, 'client.crt');
    writeFileSync(cert, 'not checked here');
    const r = await check(`upstream: { bootstrapServers: ["kafka:9092"] }
audit:
  kafka:
    bootstrapServers: ["audit:9092"]
    tls: { certFile: "${cert}" }
  file: { path: /nonexistent-directory/audit.jsonl }
`);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /:5:22 audit\.kafka\.tls\.certFile: needs audit\.kafka\.tls\.keyFile too \(a client certificate and its key go together\)/,
    );
    expect(r.err).toMatch(
      /:6:17 audit\.file\.path: cannot create \/nonexistent-directory\/audit\.jsonl: its directory is not writable \(ENOENT\)/,
    );
  });

  it('reports schema errors, cross-field errors and a rejected policy file together, each located', async () => {
    const policy = join(dir, 'typo-policy.yaml');
    writeFileSync(
      policy,
      'apiVersion: kafka-l7-proxy/v1\nkind: KafkaPolicy\nrules:\n  - principal: User:a\n    allow:\n      - apiKey: fetchh\n',
    );
    const r = await check(
      `upstream: { bootstrapServers: ["kafka:9092"] }\nlistn: { host: 127.0.0.1 }\ntls: { enabled: true }\npolicy: { file: "${policy}" }\n`,
    );
    expect(r.code).toBe(2);
    const lines = r.err.split('\n').slice(1);
    expect(lines).toEqual([
      expect.stringMatching(/proxy-\w+\.yaml:2:1 listn: unknown setting \(did you mean 'listen'\?\)$/),
      expect.stringMatching(/proxy-\w+\.yaml:3:17 tls\.enabled: needs tls\.certFile and tls\.keyFile$/),
      expect.stringMatching(
        new RegExp(
          `proxy-\\w+\\.yaml:4:17 policy\\.file: ${policy.replaceAll('.', '\\.')}:6:9 rules\\[0\\]\\.allow\\[0\\]\\.apiKey: unknown API 'fetchh'`,
        ),
      ),
    ]);
    expect(r.err.split('\n')[0]).toMatch(/run would refuse this configuration \(3 problems\):$/);
  });
});

describe('kafka-l7-proxy run with a taken port', () => {
  it('names the setting and its environment variable, without a stack trace, exit 2', async () => {
    const { createServer } = await import('node:net');
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const file = join(dir, 'taken.yaml');
      writeFileSync(
        file,
        `listen: { host: 127.0.0.1, bootstrapPort: ${port} }\nupstream: { bootstrapServers: ["127.0.0.1:1"] }\nadmin: { port: 0, host: 127.0.0.1 }\naudit: { stdout: { enabled: false } }\nlogging: { level: silent }\n`,
      );
      const { io, err } = capture();
      expect(await main(['run', '--config', file], io)).toBe(2);
      expect(err.join('\n')).toBe(
        `cannot listen on 127.0.0.1:${port} for the bootstrap listener: the port is in use by another process (EADDRINUSE); change listen.bootstrapPort or KAFKA_L7_PROXY_BOOTSTRAP_PORT`,
      );
    } finally {
      taken.close();
    }
  });

  it('logs no stack trace for the taken port, at the info level a deployment runs', async () => {
    const { createServer } = await import('node:net');
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const file = join(dir, 'taken-info.yaml');
      writeFileSync(
        file,
        `listen: { host: 127.0.0.1, bootstrapPort: ${port} }\nupstream: { bootstrapServers: ["127.0.0.1:1"] }\nadmin: { enabled: false }\naudit: { stdout: { enabled: false } }\nlogging: { level: info }\n`,
      );
      const child = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'src/cli/main.ts', 'run', '--config', file],
        {
          encoding: 'utf8',
          timeout: 120_000,
        },
      );
      expect(child.status).toBe(2);
      const output = `${child.stdout}\n${child.stderr}`;
      expect(output).toContain('change listen.bootstrapPort or KAFKA_L7_PROXY_BOOTSTRAP_PORT');
      expect(output).not.toMatch(/"stack"|\n\s+at /);
    } finally {
      taken.close();
    }
  }, 150_000);
});
