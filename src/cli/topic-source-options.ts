// Where `observe` and `policy suggest` read audit events: a file (--from) or the audit topic of a
// Kafka cluster (--bootstrap-server, as kafka-console-consumer names it, with --from-topic when the
// topic is not the default audit.kafka.topic), with that cluster's TLS and SASL options.

import { readFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import type { TopicSource } from '../audit/event-source.js';

/** The audit topic the proxy writes unless audit.kafka.topic says otherwise. */
export const DEFAULT_AUDIT_TOPIC = 'kafka-l7-proxy.audit';

/** The options addTopicSourceOptions declares, as commander hands them to the action. */
export interface TopicSourceOptions {
  from?: string;
  fromTopic?: string;
  bootstrapServer?: string;
  bootstrap?: string;
  saslMechanism?: string;
  username?: string;
  passwordEnv?: string;
  tls?: boolean;
  caFile?: string;
}

/** Declares --from, --bootstrap-server, --from-topic and the audit cluster's TLS/SASL options. */
export function addTopicSourceOptions(command: Command): Command {
  return command
    .option('--from <file>', 'an audit file (the file sink, or a captured stdout log)')
    .option('--bootstrap-server <host:port,...>', 'read the audit topic of this Kafka cluster')
    .addOption(new Option('--bootstrap <host:port,...>').hideHelp())
    .option('--from-topic <topic>', `the audit topic (default ${DEFAULT_AUDIT_TOPIC})`)
    .addOption(
      new Option('--sasl-mechanism <mechanism>', 'audit cluster SASL').choices([
        'plain',
        'scram-sha-256',
        'scram-sha-512',
      ]),
    )
    .option('--username <user>', 'audit cluster SASL user')
    .option('--password-env <var>', 'environment variable holding the SASL password')
    .option('--tls', 'connect to the audit cluster with TLS')
    .option('--ca-file <file>', 'CA certificates of the audit cluster (PEM)');
}

/**
 * The source the options name: the file path, a TopicSource, or an error message. Exactly one of
 * --from and --bootstrap-server must be given.
 */
export function topicSource(values: TopicSourceOptions): TopicSource | string {
  const bootstrap = values.bootstrapServer ?? values.bootstrap;
  if (!bootstrap) return '--bootstrap-server is needed to read a topic';
  const source: { -readonly [K in keyof TopicSource]: TopicSource[K] } = {
    bootstrapServers: bootstrap.split(','),
    topic: values.fromTopic ?? DEFAULT_AUDIT_TOPIC,
  };
  const mechanism = values.saslMechanism;
  if (mechanism !== undefined) {
    const password = values.passwordEnv ? process.env[values.passwordEnv] : undefined;
    if (!values.username || password === undefined)
      return '--sasl-mechanism needs --username and --password-env VAR (set)';
    source.sasl = { mechanism: mechanism as 'plain', username: values.username, password };
  }
  if (values.tls) source.tls = values.caFile ? { caPem: readFileSync(values.caFile, 'utf8') } : {};
  return source;
}

/** The usage error when neither or both of a file and a cluster are given; undefined when fine. */
export function sourceProblem(values: TopicSourceOptions): string | undefined {
  const cluster = values.bootstrapServer ?? values.bootstrap ?? values.fromTopic;
  if ((values.from === undefined) === (cluster === undefined)) {
    return 'give exactly one of --from FILE and --bootstrap-server HOST:PORT [--from-topic TOPIC]';
  }
  return undefined;
}
