import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import kafkajs from 'kafkajs';
import type { KafkaConfig } from 'kafkajs';

export type SecurityProtocol = 'PLAINTEXT' | 'SASL_PLAINTEXT' | 'SSL' | 'SASL_SSL';

/**
 * Everything a Kafka client needs to reach one listener: where, and with which security. Tools and
 * tests take this rather than a cluster, so the same call can target a broker or the proxy in
 * front of it (copy the endpoint and replace `bootstrap`).
 */
export interface ClientEndpoint {
  bootstrap: string;
  securityProtocol: SecurityProtocol;
  /** SCRAM-SHA-512 credentials, for the SASL protocols. */
  sasl?: { username: string; password: string };
  /** PEM file of the CA that signed the broker certificates, for the SSL protocols. */
  caPemPath?: string;
}

const usesTls = (endpoint: ClientEndpoint): boolean =>
  endpoint.securityProtocol === 'SSL' || endpoint.securityProtocol === 'SASL_SSL';
const usesSasl = (endpoint: ClientEndpoint): boolean =>
  endpoint.securityProtocol === 'SASL_PLAINTEXT' || endpoint.securityProtocol === 'SASL_SSL';

function requireSasl(endpoint: ClientEndpoint): { username: string; password: string } {
  if (!endpoint.sasl)
    throw new Error(`${endpoint.securityProtocol} endpoint ${endpoint.bootstrap} has no SASL credentials`);
  return endpoint.sasl;
}

function requireCa(endpoint: ClientEndpoint): string {
  if (!endpoint.caPemPath)
    throw new Error(`${endpoint.securityProtocol} endpoint ${endpoint.bootstrap} has no CA file`);
  return endpoint.caPemPath;
}

/** Properties for Kafka's Java clients (console tools, perf tools, TopicCommand). */
export function javaClientProperties(endpoint: ClientEndpoint): Record<string, string> {
  const props: Record<string, string> = {
    'bootstrap.servers': endpoint.bootstrap,
    'security.protocol': endpoint.securityProtocol,
  };
  if (usesSasl(endpoint)) {
    const { username, password } = requireSasl(endpoint);
    props['sasl.mechanism'] = 'SCRAM-SHA-512';
    props['sasl.jaas.config'] =
      `org.apache.kafka.common.security.scram.ScramLoginModule required username="${username}" password="${password}";`;
  }
  if (usesTls(endpoint)) {
    props['ssl.truststore.type'] = 'PEM';
    props['ssl.truststore.location'] = requireCa(endpoint);
  }
  return props;
}

/** Properties for librdkafka clients (kcat `-F`). */
export function librdkafkaProperties(endpoint: ClientEndpoint): Record<string, string> {
  const props: Record<string, string> = {
    'bootstrap.servers': endpoint.bootstrap,
    'security.protocol': endpoint.securityProtocol.toLowerCase(),
  };
  if (usesSasl(endpoint)) {
    const { username, password } = requireSasl(endpoint);
    props['sasl.mechanisms'] = 'SCRAM-SHA-512';
    props['sasl.username'] = username;
    props['sasl.password'] = password;
  }
  if (usesTls(endpoint)) props['ssl.ca.location'] = requireCa(endpoint);
  return props;
}

/** A kafkajs configuration for the endpoint; kafkajs logs only errors unless overridden. */
export function kafkajsConfig(endpoint: ClientEndpoint, overrides: Partial<KafkaConfig> = {}): KafkaConfig {
  const config: KafkaConfig = {
    clientId: 'kafka-l7-proxy-test',
    brokers: endpoint.bootstrap.split(','),
    logLevel: kafkajs.logLevel.ERROR,
  };
  if (usesSasl(endpoint)) {
    const { username, password } = requireSasl(endpoint);
    config.sasl = { mechanism: 'scram-sha-512', username, password };
  }
  if (usesTls(endpoint)) config.ssl = { ca: [readFileSync(requireCa(endpoint), 'utf8')] };
  return { ...config, ...overrides };
}

/**
 * Writes `key=value` lines to a fresh file in a private temporary directory; the caller removes the
 * directory. Values are written verbatim (Java and librdkafka read backslashes differently, so
 * values with backslashes are refused).
 */
export function writePropertiesFile(props: Record<string, string>, fileName = 'client.properties'): string {
  const dir = mkdtempSync(join(tmpdir(), 'kafka-harness-props-'));
  const path = join(dir, fileName);
  const lines = Object.entries(props).map(([key, value]) => {
    if (/[\\\n]/.test(value))
      throw new Error(`property ${key} has a backslash or newline, which cannot be written verbatim`);
    return `${key}=${value}`;
  });
  writeFileSync(path, `${lines.join('\n')}\n`, { mode: 0o600 });
  return path;
}
