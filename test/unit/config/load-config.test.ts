import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfigFile, resolveConfig } from '../../../src/config/load-config.js';

const minimal = { upstream: { bootstrapServers: ['kafka-0:9092'] } };

function problemsOf(raw: unknown, env: NodeJS.ProcessEnv = {}): string[] {
  try {
    resolveConfig(raw, env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('proxy configuration', () => {
  it('fills every default from a file that names only the upstream brokers', () => {
    const config = resolveConfig(minimal, {});
    expect(config.listen).toEqual({
      host: '0.0.0.0',
      bootstrapPort: 9092,
      brokerPortBase: 9100,
      brokerPorts: {},
    });
    expect(config.advertised).toEqual({ host: '127.0.0.1', port: '{port}' });
    expect(config.limits.maxFrameBytes).toBe(100 * 1024 * 1024);
    expect(config.tls).toEqual({ enabled: false, clientAuth: 'none' });
    expect(config.upstream.tls.enabled).toBe(false);
    expect(config.logging.level).toBe('info');
  });

  it('lets environment variables override the file, including lists', () => {
    const config = resolveConfig(minimal, {
      KAFKA_L7_PROXY_UPSTREAM_BOOTSTRAP: 'a:1, b:2',
      KAFKA_L7_PROXY_BOOTSTRAP_PORT: '19092',
      KAFKA_L7_PROXY_ADVERTISED_HOST: 'broker-{nodeId}.proxy.svc',
      KAFKA_L7_PROXY_UPSTREAM_TLS_ENABLED: 'true',
    });
    expect(config.upstream.bootstrapServers).toEqual(['a:1', 'b:2']);
    expect(config.listen.bootstrapPort).toBe(19092);
    expect(config.advertised.host).toBe('broker-{nodeId}.proxy.svc');
    expect(config.upstream.tls.enabled).toBe(true);
  });

  it('names a misspelt key, a wrong type and an unreadable environment value', () => {
    expect(problemsOf({ ...minimal, limits: { maxFrameByte: 10 } })).toEqual([
      'limits: unknown setting "maxFrameByte"',
    ]);
    expect(problemsOf({ ...minimal, listen: { bootstrapPort: 'x' } })).toEqual([
      'listen.bootstrapPort: must be integer',
    ]);
    expect(problemsOf(minimal, { KAFKA_L7_PROXY_MAX_CONNECTIONS: 'many' })).toEqual([
      'KAFKA_L7_PROXY_MAX_CONNECTIONS=many: not an integer',
    ]);
    expect(problemsOf({})).toEqual(["(top level): must have required property 'upstream'"]);
    expect(problemsOf({ upstream: { bootstrapServers: ['no-port'] } })).toEqual([
      'upstream.bootstrapServers.0: must be host:port',
    ]);
  });

  it('rejects TLS settings that cannot work together', () => {
    expect(problemsOf({ ...minimal, tls: { enabled: true } })).toEqual([
      'tls: enabled needs certFile and keyFile',
    ]);
    expect(
      problemsOf({ ...minimal, tls: { enabled: true, certFile: 'c', keyFile: 'k', clientAuth: 'required' } }),
    ).toEqual(['tls: clientAuth required needs caFile (the CAs of client certificates)']);
    expect(problemsOf({ ...minimal, advertised: { port: '9092+x' } })).toEqual([
      'advertised.port: must be {port}, {nodeId}, a number, or a sum of these such as 31000+{nodeId}',
    ]);
  });

  it('reads YAML files and reports the file in the error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'proxy-config-'));
    const good = join(dir, 'good.yaml');
    writeFileSync(good, 'upstream:\n  bootstrapServers: ["k:9092"]\nlisten:\n  host: 127.0.0.1\n');
    expect(loadConfigFile(good, {}).listen.host).toBe('127.0.0.1');
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'upstream: [unclosed\n');
    expect(() => loadConfigFile(bad, {})).toThrow(/bad\.yaml[\s\S]*not valid YAML/);
  });
});
