// `kafka-l7-proxy policy suggest`: reads observed audit events (a file or the audit topic) and writes
// the least-privilege policy that would have allowed them. The output is checked with the same
// loader as `policy check` before it is written.

import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { AuditEvent } from '../audit/audit-event.js';
import { readEventFile, readEventTopic } from '../audit/event-source.js';
import { suggestPolicy } from '../audit/policy-suggestion.js';
import { parsePolicy } from '../policy/policy-loader.js';
import { EXIT, type CliIo } from './cli-io.js';
import { TOPIC_OPTIONS, topicSource } from './observe-command.js';

export const SUGGEST_USAGE = `  kafka-l7-proxy policy suggest (--from FILE | --from-topic TOPIC --bootstrap HOST:PORT[,...])
                                [--out FILE] [--name NAME] [--include-denied]
                                [--sasl-mechanism M --username U --password-env VAR] [--tls [--ca-file F]]
      Write the least-privilege policy (YAML) that would have allowed the observed requests: the
      allowed and would-deny (policy.mode: audit) decision events of an audit file or topic. One
      allow rule per principal, API key and topic, group or transactional id seen. --include-denied
      also allows what enforce mode denied. Written to stdout unless --out is given.
`;

export async function runSuggestCommand(args: readonly string[], io: CliIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        from: { type: 'string' },
        'from-topic': { type: 'string' },
        ...TOPIC_OPTIONS,
        out: { type: 'string' },
        name: { type: 'string' },
        'include-denied': { type: 'boolean' },
      },
    }));
  } catch (error) {
    io.err(`policy suggest: ${(error as Error).message}\n\nUsage:\n${SUGGEST_USAGE}`);
    return EXIT.usage;
  }
  if ((values.from === undefined) === (values['from-topic'] === undefined)) {
    io.err(
      `policy suggest: give exactly one of --from FILE and --from-topic TOPIC\n\nUsage:\n${SUGGEST_USAGE}`,
    );
    return EXIT.usage;
  }
  const events: AuditEvent[] = [];
  try {
    let source: AsyncGenerator<AuditEvent>;
    if (values.from !== undefined) source = readEventFile(values.from, { follow: false });
    else {
      const topic = topicSource({ ...values, topic: values['from-topic']! });
      if (typeof topic === 'string') {
        io.err(`policy suggest: ${topic}`);
        return EXIT.usage;
      }
      source = readEventTopic(topic, { follow: false });
    }
    for await (const event of source) events.push(event);
  } catch (error) {
    io.err(`policy suggest: cannot read the events: ${(error as Error).message}`);
    return EXIT.usage;
  }
  const suggestion = suggestPolicy(events, {
    includeDenied: values['include-denied'] ?? false,
    ...(values.name === undefined ? {} : { name: values.name }),
  });
  for (const note of suggestion.skipped) io.err(`left out: ${note}`);
  if (suggestion.used === 0) {
    io.err(
      'policy suggest: no allowed or would-deny decision events found (is the input an audit file or topic?)',
    );
    return EXIT.negative;
  }
  const check = parsePolicy(suggestion.yaml, values.out ?? 'suggested.yaml');
  if (!check.ok) {
    // A bug here, not bad input: the suggestion must always load.
    io.err(
      `policy suggest: the suggested policy does not load:\n${check.errors.map((e) => e.toString()).join('\n')}`,
    );
    return EXIT.usage;
  }
  if (values.out !== undefined) {
    await writeFile(values.out, suggestion.yaml);
    io.err(`wrote ${values.out} from ${suggestion.used} decision events`);
  } else io.out(suggestion.yaml);
  return EXIT.ok;
}
