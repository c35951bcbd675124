// `kafka-l7-proxy observe`: tails the audit topic or an audit file and prints one line per event,
// with filters, like `hubble observe --verdict DROPPED` does for flows.

import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { AuditEvent } from '../audit/audit-event.js';
import { readEventFile, readEventTopic, type TopicSource } from '../audit/event-source.js';
import { formatEventLine, principalOf, topicsOf, verdictOf } from '../audit/event-line.js';
import { EXIT, type CliIo } from './cli-io.js';

export const OBSERVE_USAGE = `Usage:
  kafka-l7-proxy observe --from FILE [filters] [--follow] [--json]
  kafka-l7-proxy observe --from-topic TOPIC --bootstrap HOST:PORT[,...] [auth] [filters] [--follow] [--json]

  Prints one line per audit event. Without --follow, stops at the end of the file or topic.

  Filters (all must hold):
    --verdict V      denied, would-deny or allowed (repeatable); other events are left out
    --principal P    events of this principal (repeatable)
    --topic T        decision events that name topic T (repeatable)
    --type PREFIX    event types starting with io.kafka-l7-proxy.PREFIX (decision, connection, policy)

  Audit cluster authentication (--from-topic only):
    --sasl-mechanism plain|scram-sha-256|scram-sha-512 --username U --password-env VAR
    --tls [--ca-file FILE]
`;

export interface EventFilter {
  readonly verdicts: readonly string[];
  readonly principals: readonly string[];
  readonly topics: readonly string[];
  readonly typePrefix?: string;
}

export function matches(event: AuditEvent, f: EventFilter): boolean {
  if (f.verdicts.length > 0) {
    const v = verdictOf(event);
    if (v === undefined || !f.verdicts.includes(v)) return false;
  }
  if (f.principals.length > 0 && !f.principals.includes(principalOf(event) ?? '')) return false;
  if (f.topics.length > 0 && !topicsOf(event).some((t) => f.topics.includes(t))) return false;
  if (f.typePrefix !== undefined && !event.type.startsWith(`io.kafka-l7-proxy.${f.typePrefix}`)) return false;
  return true;
}

/** The --bootstrap, --sasl-mechanism and --tls arguments as a topic source; shared with `policy suggest`. */
export function topicSource(values: {
  topic: string;
  bootstrap?: string;
  'sasl-mechanism'?: string;
  username?: string;
  'password-env'?: string;
  tls?: boolean;
  'ca-file'?: string;
}): TopicSource | string {
  if (!values.bootstrap) return '--bootstrap is needed with a topic';
  const source: { -readonly [K in keyof TopicSource]: TopicSource[K] } = {
    bootstrapServers: values.bootstrap.split(','),
    topic: values.topic,
  };
  const mechanism = values['sasl-mechanism'];
  if (mechanism !== undefined) {
    if (!['plain', 'scram-sha-256', 'scram-sha-512'].includes(mechanism))
      return `unknown --sasl-mechanism ${mechanism}`;
    const password = values['password-env'] ? process.env[values['password-env']] : undefined;
    if (!values.username || password === undefined)
      return '--sasl-mechanism needs --username and --password-env VAR (set)';
    source.sasl = { mechanism: mechanism as 'plain', username: values.username, password };
  }
  if (values.tls) source.tls = values['ca-file'] ? { caPem: readFileSync(values['ca-file'], 'utf8') } : {};
  return source;
}

export const TOPIC_OPTIONS = {
  bootstrap: { type: 'string' },
  'sasl-mechanism': { type: 'string' },
  username: { type: 'string' },
  'password-env': { type: 'string' },
  tls: { type: 'boolean' },
  'ca-file': { type: 'string' },
} as const;

export async function runObserveCommand(
  args: readonly string[],
  io: CliIo,
  signal?: AbortSignal,
): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        from: { type: 'string' },
        'from-topic': { type: 'string' },
        ...TOPIC_OPTIONS,
        verdict: { type: 'string', multiple: true },
        principal: { type: 'string', multiple: true },
        topic: { type: 'string', multiple: true },
        type: { type: 'string' },
        follow: { type: 'boolean', short: 'f' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    if (args.length === 1 && args[0] === 'help') {
      // `kafka-l7-proxy <command> help`, as the top-level usage tells.
      io.out(OBSERVE_USAGE);
      return EXIT.ok;
    }
    io.err(`${(error as Error).message}\n\n${OBSERVE_USAGE}`);
    return EXIT.usage;
  }
  if (values.help) {
    io.out(OBSERVE_USAGE);
    return EXIT.ok;
  }
  const verdicts = (values.verdict ?? []).map((v) => v.toLowerCase());
  const bad = verdicts.find((v) => !['denied', 'would-deny', 'allowed'].includes(v));
  if (bad !== undefined) {
    io.err(`unknown --verdict ${bad}: use denied, would-deny or allowed`);
    return EXIT.usage;
  }
  if ((values.from === undefined) === (values['from-topic'] === undefined)) {
    io.err(`give exactly one of --from FILE and --from-topic TOPIC\n\n${OBSERVE_USAGE}`);
    return EXIT.usage;
  }
  const filter: EventFilter = {
    verdicts,
    principals: values.principal ?? [],
    topics: values.topic ?? [],
    ...(values.type === undefined ? {} : { typePrefix: values.type }),
  };
  const readOptions = { follow: values.follow ?? false, ...(signal ? { signal } : {}) };
  let events: AsyncGenerator<AuditEvent>;
  if (values.from !== undefined) {
    events = readEventFile(values.from, readOptions);
  } else {
    const source = topicSource({ ...values, topic: values['from-topic']! });
    if (typeof source === 'string') {
      io.err(source);
      return EXIT.usage;
    }
    events = readEventTopic(source, readOptions);
  }
  try {
    for await (const event of events) {
      if (matches(event, filter)) io.out(values.json ? JSON.stringify(event) : formatEventLine(event));
    }
  } catch (error) {
    io.err(`observe: ${(error as Error).message}`);
    return EXIT.usage;
  }
  return EXIT.ok;
}
