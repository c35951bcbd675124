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

  it('names a misspelt key with a suggestion, a wrong type and an unreadable environment value', () => {
    expect(problemsOf({ ...minimal, limits: { maxFrameByte: 10 } })).toEqual([
      "limits.maxFrameByte: unknown setting (did you mean 'maxFrameBytes'?)",
    ]);
    expect(problemsOf({ ...minimal, listen: { bootstrapPort: 'x' } })).toEqual([
      'listen.bootstrapPort: must be integer',
    ]);
    expect(problemsOf(minimal, { KAFKA_L7_PROXY_MAX_CONNECTIONS: 'many' })).toEqual([
      "limits.maxConnections (from KAFKA_L7_PROXY_MAX_CONNECTIONS): 'many' is not an integer",
    ]);
    expect(problemsOf({})).toEqual(["(top level): missing required setting 'upstream'"]);
    expect(problemsOf({ upstream: { bootstrapServers: ['no-port'] } })).toEqual([
      'upstream.bootstrapServers[0]: must be host:port',
    ]);
    expect(problemsOf({ ...minimal, policy: { mode: 'enforcing' } })).toEqual([
      "policy.mode: must be one of enforce, audit (did you mean 'enforce'?)",
    ]);
    expect(problemsOf({ ...minimal, listen: { brokerPorts: { one: 9101 } } })).toEqual([
      'listen.brokerPorts.one: must be a node id (a number)',
    ]);
  });

  it('names the environment variable behind a value the schema refuses', () => {
    expect(problemsOf(minimal, { KAFKA_L7_PROXY_POLICY_MODE: 'enforcing' })).toEqual([
      "policy.mode (from KAFKA_L7_PROXY_POLICY_MODE): must be one of enforce, audit (did you mean 'enforce'?)",
    ]);
    expect(problemsOf(minimal, { KAFKA_L7_PROXY_UPSTREAM_BOOTSTRAP: 'kafka' })).toEqual([
      'upstream.bootstrapServers[0] (from KAFKA_L7_PROXY_UPSTREAM_BOOTSTRAP): must be host:port',
    ]);
  });

  it('rejects TLS settings that cannot work together', () => {
    expect(problemsOf({ ...minimal, tls: { enabled: true } })).toEqual([
      'tls.enabled: needs tls.certFile and tls.keyFile',
    ]);
    expect(
      problemsOf({ ...minimal, tls: { enabled: true, certFile: 'c', keyFile: 'k', clientAuth: 'required' } }),
    ).toEqual(['tls.clientAuth: required needs tls.caFile (the CAs of client certificates)']);
    expect(problemsOf({ ...minimal, advertised: { port: '9092+x' } })).toEqual([
      'advertised.port: must be {port}, {nodeId}, a number, or a sum of these such as 31000+{nodeId}',
    ]);
  });

  it('reports every problem of a file at once, each at its FILE:LINE:COLUMN, schema and cross-field together', () => {
    const dir = mkdtempSync(join(tmpdir(), 'proxy-config-'));
    const file = join(dir, 'proxy.yaml');
    writeFileSync(
      file,
      [
        'listn:', //                                      1
        '  bootstrapPort: 19092', //                      2
        'upstream:', //                                   3
        '  bootstrapServers: [127.0.0.1:9092]', //        4
        '  sasl:', //                                     5
        '    mechanism: PLAIN', //                        6
        '    usename: proxy', //                          7
        'tls:', //                                        8
        '  enabled: true', //                             9
        'limits:', //                                    10
        '  maxFrameBytes: 12', //                        11
        '',
      ].join('\n'),
    );
    let error: unknown;
    try {
      loadConfigFile(file, {});
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      `${file}:1:1 listn: unknown setting (did you mean 'listen'?)`,
      `${file}:6:5 upstream.sasl: missing required setting 'username'`,
      `${file}:6:5 upstream.sasl: missing required setting 'password'`,
      `${file}:7:5 upstream.sasl.usename: unknown setting (did you mean 'username'?)`,
      `${file}:9:12 tls.enabled: needs tls.certFile and tls.keyFile`,
      `${file}:11:18 limits.maxFrameBytes: must be >= 1024`,
    ]);
  });

  it('reads YAML files and reports the file in the error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'proxy-config-'));
    const good = join(dir, 'good.yaml');
    writeFileSync(good, 'upstream:\n  bootstrapServers: ["k:9092"]\nlisten:\n  host: 127.0.0.1\n');
    expect(loadConfigFile(good, {}).listen.host).toBe('127.0.0.1');
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'upstream: [unclosed\n');
    expect(() => loadConfigFile(bad, {})).toThrow(/bad\.yaml:\d+:\d+ not valid YAML/);
  });
});
