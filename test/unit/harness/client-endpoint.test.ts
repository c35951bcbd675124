import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  javaClientProperties,
  kafkajsConfig,
  librdkafkaProperties,
  writePropertiesFile,
  type ClientEndpoint,
} from '../../harness/client-endpoint.js';

const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function caFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'endpoint-test-'));
  scratch.push(dir);
  const path = join(dir, 'ca.pem');
  writeFileSync(path, '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n');
  return path;
}

describe('client settings derived from one endpoint', () => {
  it('gives Java, librdkafka and kafkajs the same SCRAM-SHA-512 credentials and CA for SASL_SSL', () => {
    const caPemPath = caFile();
    const endpoint: ClientEndpoint = {
      bootstrap: '127.0.0.1:9093,127.0.0.1:9094',
      securityProtocol: 'SASL_SSL',
      sasl: { username: 'alice', password: 'alice-secret' },
      caPemPath,
    };
    expect(javaClientProperties(endpoint)).toEqual({
      'bootstrap.servers': '127.0.0.1:9093,127.0.0.1:9094',
      'security.protocol': 'SASL_SSL',
      'sasl.mechanism': 'SCRAM-SHA-512',
      'sasl.jaas.config':
        'org.apache.kafka.common.security.scram.ScramLoginModule required username="alice" password="alice-secret";',
      'ssl.truststore.type': 'PEM',
      'ssl.truststore.location': caPemPath,
    });
    expect(librdkafkaProperties(endpoint)).toEqual({
      'bootstrap.servers': '127.0.0.1:9093,127.0.0.1:9094',
      'security.protocol': 'sasl_ssl',
      'sasl.mechanisms': 'SCRAM-SHA-512',
      'sasl.username': 'alice',
      'sasl.password': 'alice-secret',
      'ssl.ca.location': caPemPath,
    });
    const config = kafkajsConfig(endpoint);
    expect(config.brokers).toEqual(['127.0.0.1:9093', '127.0.0.1:9094']);
    expect(config.sasl).toEqual({ mechanism: 'scram-sha-512', username: 'alice', password: 'alice-secret' });
    expect(config.ssl).toEqual({ ca: [readFileSync(caPemPath, 'utf8')] });
  });

  it('adds no security settings for PLAINTEXT, even when credentials are present', () => {
    const endpoint: ClientEndpoint = {
      bootstrap: '127.0.0.1:9092',
      securityProtocol: 'PLAINTEXT',
      sasl: { username: 'alice', password: 'x' },
    };
    expect(javaClientProperties(endpoint)).toEqual({
      'bootstrap.servers': '127.0.0.1:9092',
      'security.protocol': 'PLAINTEXT',
    });
    const config = kafkajsConfig(endpoint);
    expect(config.sasl).toBeUndefined();
    expect(config.ssl).toBeUndefined();
  });

  it('refuses a SASL endpoint without credentials and a TLS endpoint without a CA', () => {
    expect(() => javaClientProperties({ bootstrap: 'h:1', securityProtocol: 'SASL_PLAINTEXT' })).toThrow(
      'SASL_PLAINTEXT endpoint h:1 has no SASL credentials',
    );
    expect(() => librdkafkaProperties({ bootstrap: 'h:1', securityProtocol: 'SSL' })).toThrow(
      'SSL endpoint h:1 has no CA file',
    );
  });

  it('writes a properties file verbatim and refuses values it could not write verbatim', () => {
    const path = writePropertiesFile({ 'sasl.password': 'p=a:ss', 'security.protocol': 'SSL' });
    scratch.push(dirname(path));
    expect(readFileSync(path, 'utf8')).toBe('sasl.password=p=a:ss\nsecurity.protocol=SSL\n');
    expect(() => writePropertiesFile({ 'sasl.password': 'back\\slash' })).toThrow(/backslash or newline/);
  });
});
