// `kafka-l7-proxy policy suggest`: reads observed audit events (a file or the audit topic) and writes
// the least-privilege policy that would have allowed them. The output is checked with the same
// loader as `policy check` before it is written.

import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { AuditEvent } from '../audit/audit-event.js';
import { readEventFile, readEventTopic } from '../audit/event-source.js';
import { suggestPolicy } from '../audit/policy-suggestion.js';
import { parsePolicy } from '../policy/policy-loader.js';
import { EXIT, type CliIo } from './cli-io.js';
import type { CommandContext } from './cli-program.js';
import {
  addTopicSourceOptions,
  sourceProblem,
  topicSource,
  type TopicSourceOptions,
} from './topic-source-options.js';

/** Adds `policy suggest` to the `policy` command. */
export function installSuggestCommand(parent: Command, ctx: CommandContext): void {
  addTopicSourceOptions(
    parent
      .command('suggest')
      .summary('write the least-privilege policy for observed audit events')
      .description(
        'Write the least-privilege policy (YAML) that would have allowed the observed requests: the\n' +
          'allowed and would-deny (policy.mode: audit) decision events of an audit file or topic.\n' +
          'Principals get roles (produce, consume) where their requests fit one, generated group\n' +
          'names (console-consumer-12345) become prefixes, and a warning says when the events cover too\n' +
          'little of a client life to trust. --include-denied also allows what enforce mode denied.\n' +
          'Written to stdout unless --out is given.',
      ),
  )
    .option('--out <file>', 'write the policy here instead of stdout')
    .option('--name <name>', 'the name of the policy')
    .option('--include-denied', 'also allow what enforce mode denied')
    .action(async (options: SuggestOptions) => {
      ctx.exit.value = await suggest(options, ctx.io);
    });
}

interface SuggestOptions extends TopicSourceOptions {
  out?: string;
  name?: string;
  includeDenied?: boolean;
}

async function suggest(values: SuggestOptions, io: CliIo): Promise<number> {
  const problem = sourceProblem(values);
  if (problem !== undefined) {
    io.err(`policy suggest: ${problem}`);
    return EXIT.usage;
  }
  const events: AuditEvent[] = [];
  try {
    let source: AsyncGenerator<AuditEvent>;
    if (values.from !== undefined) source = readEventFile(values.from, { follow: false });
    else {
      const topic = topicSource(values);
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
    includeDenied: values.includeDenied ?? false,
    ...(values.name === undefined ? {} : { name: values.name }),
  });
  for (const note of suggestion.skipped) io.err(`left out: ${note}`);
  for (const warning of suggestion.warnings) io.err(`warning: ${warning}`);
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
