// `kafka-l7-proxy observe`: reads the audit topic or an audit file and prints one line per event,
// with filters and time windows, in the words `hubble observe` users type (--verdict DROPPED,
// --since 5m, --last 10, -o json, -f).

import { Option, type Command } from 'commander';
import type { AuditEvent } from '../audit/audit-event.js';
import { readEventFile, readEventTopic } from '../audit/event-source.js';
import { formatEventLine, principalOf, topicsOf, verdictOf } from '../audit/event-line.js';
import { isDecisionEvent } from '../audit/audit-event.js';
import { lookupApi } from '../policy/api-classification.js';
import { EXIT, type CliIo } from './cli-io.js';
import { runSubcommand, type CommandContext } from './cli-program.js';
import { parseTimeArgument } from './time-argument.js';
import {
  addTopicSourceOptions,
  sourceProblem,
  topicSource,
  type TopicSourceOptions,
} from './topic-source-options.js';

/**
 * Verdict words `--verdict` accepts: ours and Hubble's. DROPPED is a denial, FORWARDED an allowed
 * request, AUDIT a request the policy would deny in policy.mode: audit (Cilium's audit mode verdict).
 */
export const VERDICT_WORDS: Readonly<Record<string, 'denied' | 'would-deny' | 'allowed'>> = {
  denied: 'denied',
  dropped: 'denied',
  allowed: 'allowed',
  forwarded: 'allowed',
  'would-deny': 'would-deny',
  audit: 'would-deny',
};

export interface EventFilter {
  readonly verdicts: readonly string[];
  /** As given: `User:alice` matches exactly, a bare `alice` matches that name under any type. */
  readonly principals: readonly string[];
  readonly topics: readonly string[];
  readonly apiKeys: readonly number[];
  readonly clientIds: readonly string[];
  readonly typePrefix?: string;
  /** Epoch milliseconds; events outside [since, until] are left out. */
  readonly sinceMs?: number;
  readonly untilMs?: number;
}

/** True when `principal` (TYPE:name) is what the user asked for with `wanted`. */
export function principalMatches(principal: string | undefined, wanted: string): boolean {
  if (principal === undefined) return false;
  if (wanted.includes(':')) return principal === wanted;
  const colon = principal.indexOf(':');
  return principal.slice(colon + 1) === wanted;
}

function clientIdsOf(event: AuditEvent): string[] {
  if (isDecisionEvent(event)) {
    const d = event.data;
    return d.clientIds && d.clientIds.length > 0 ? [...d.clientIds] : d.clientId === null ? [] : [d.clientId];
  }
  const id = (event.data as { clientId?: string | null }).clientId;
  return typeof id === 'string' ? [id] : [];
}

export function matches(event: AuditEvent, f: EventFilter): boolean {
  if (f.verdicts.length > 0) {
    const v = verdictOf(event);
    if (v === undefined || !f.verdicts.includes(v)) return false;
  }
  if (f.principals.length > 0 && !f.principals.some((p) => principalMatches(principalOf(event), p)))
    return false;
  if (f.topics.length > 0 && !topicsOf(event).some((t) => f.topics.includes(t))) return false;
  if (f.apiKeys.length > 0 && !(isDecisionEvent(event) && f.apiKeys.includes(event.data.api.key)))
    return false;
  if (f.clientIds.length > 0 && !clientIdsOf(event).some((c) => f.clientIds.includes(c))) return false;
  if (f.typePrefix !== undefined && !event.type.startsWith(`io.kafka-l7-proxy.${f.typePrefix}`)) return false;
  if (f.sinceMs !== undefined || f.untilMs !== undefined) {
    const t = Date.parse(event.time);
    if (f.sinceMs !== undefined && t < f.sinceMs) return false;
    if (f.untilMs !== undefined && t > f.untilMs) return false;
  }
  return true;
}

interface ObserveOptions extends TopicSourceOptions {
  since?: string;
  until?: string;
  last?: number;
  first?: number;
  follow?: boolean;
  verdict?: string[];
  principal?: string[];
  topic?: string[];
  api?: string[];
  clientId?: string[];
  type?: string;
  output: 'compact' | 'json';
  json?: boolean;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`'${value}' is not a positive whole number`);
  return n;
}

/** Adds `observe` to the binary's command tree. */
export function installObserveCommand(parent: Command, ctx: CommandContext): void {
  const command = parent
    .command('observe')
    .summary('print audit events of a file or the audit topic, filtered (like hubble observe)')
    .description(
      'Print one line per audit event of an audit file or the audit topic, oldest first (events that\n' +
        'exist when observe starts are put in time order: aggregated allow events are written at the\n' +
        'end of their window). Without --follow, stops at the end of the file or topic.',
    );
  addTopicSourceOptions(command)
    .option('--since <time>', 'events at or after: a duration ago (30s, 5m, 1h30m, 2d) or an RFC 3339 time')
    .option('--until <time>', 'events at or before: a duration ago or an RFC 3339 time')
    .addOption(
      new Option('--last <n>', 'only the last N matching events (then follow, with -f)').argParser(count),
    )
    .addOption(
      new Option('--first <n>', 'only the first N matching events').argParser(count).conflicts('follow'),
    )
    .option('-f, --follow', 'keep printing events as they are written')
    .option(
      '--verdict <verdict>',
      'DROPPED (denied), FORWARDED (allowed), AUDIT (would-deny in policy.mode: audit); any case, repeatable',
      collect,
    )
    .option(
      '--principal <principal>',
      'User:alice matches exactly; a bare alice matches that name under any type (User:alice, ...); repeatable',
      collect,
    )
    .option('--topic <topic>', 'decision events naming this topic (repeatable)', collect)
    .option('--api <api>', 'decision events of this API: produce, fetch, Metadata, 3 (repeatable)', collect)
    .option('--client-id <id>', 'events of this client id (repeatable)', collect)
    .option(
      '--type <prefix>',
      'event types starting with io.kafka-l7-proxy.PREFIX: decision, connection, policy',
    )
    .addOption(
      new Option('-o, --output <mode>', 'compact: one line per event; json: the event as JSON')
        .choices(['compact', 'json'])
        .default('compact'),
    )
    .addOption(new Option('--json', 'the same as -o json').hideHelp())
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  kafka-l7-proxy observe --from audit.jsonl --verdict DROPPED --since 5m\n' +
        '  kafka-l7-proxy observe --bootstrap-server kafka:9092 --principal alice -f\n' +
        '  kafka-l7-proxy observe --from audit.jsonl --api produce --last 3 -o json',
    )
    .action(async (options: ObserveOptions) => {
      ctx.exit.value = await observe(options, ctx);
    });
}

/** Runs `kafka-l7-proxy observe ...args` (tests and wrappers; the binary goes through main). */
export function runObserveCommand(args: readonly string[], io: CliIo, signal?: AbortSignal): Promise<number> {
  return runSubcommand(installObserveCommand, 'observe', args, io, signal);
}

function buildFilter(values: ObserveOptions, nowMs: number): EventFilter | string {
  const verdicts: string[] = [];
  for (const v of values.verdict ?? []) {
    const verdict = VERDICT_WORDS[v.toLowerCase()];
    if (verdict === undefined) {
      return `unknown --verdict ${v}: use DROPPED (denied), FORWARDED (allowed) or AUDIT (would-deny)`;
    }
    verdicts.push(verdict);
  }
  const apiKeys: number[] = [];
  for (const a of values.api ?? []) {
    const api = lookupApi(a);
    if (!api) return `unknown --api ${a}: give a Kafka API by name (Produce, fetch, offsets) or key`;
    apiKeys.push(api.apiKey);
  }
  let sinceMs: number | undefined;
  let untilMs: number | undefined;
  try {
    if (values.since !== undefined) sinceMs = parseTimeArgument(values.since, nowMs);
    if (values.until !== undefined) untilMs = parseTimeArgument(values.until, nowMs);
  } catch (error) {
    return (error as Error).message;
  }
  return {
    verdicts,
    principals: values.principal ?? [],
    topics: values.topic ?? [],
    apiKeys,
    clientIds: values.clientId ?? [],
    ...(values.type === undefined ? {} : { typePrefix: values.type }),
    ...(sinceMs === undefined ? {} : { sinceMs }),
    ...(untilMs === undefined ? {} : { untilMs }),
  };
}

async function observe(values: ObserveOptions, { io, signal }: CommandContext): Promise<number> {
  const filter = buildFilter(values, Date.now());
  if (typeof filter === 'string') {
    io.err(`observe: ${filter}`);
    return EXIT.usage;
  }
  const problem = sourceProblem(values);
  if (problem !== undefined) {
    io.err(`observe: ${problem}`);
    return EXIT.usage;
  }
  const json = values.json === true || values.output === 'json';
  const print = (event: AuditEvent): void => io.out(json ? JSON.stringify(event) : formatEventLine(event));

  // Events that exist when observe starts are held, put in time order and cut to --first/--last;
  // once the reader has caught up, later events print as they arrive.
  const history: AuditEvent[] = [];
  let live = false;
  const caughtUp = (): void => {
    if (live) return;
    live = true;
    const ordered = history
      .map((event, i) => ({ event, i, t: Date.parse(event.time) }))
      .sort((a, b) => a.t - b.t || a.i - b.i)
      .map((e) => e.event);
    history.length = 0;
    const cut =
      values.first !== undefined
        ? ordered.slice(0, values.first)
        : values.last !== undefined
          ? ordered.slice(-values.last)
          : ordered;
    for (const event of cut) print(event);
  };
  const readOptions = { follow: values.follow ?? false, onCaughtUp: caughtUp, ...(signal ? { signal } : {}) };
  let events: AsyncGenerator<AuditEvent>;
  if (values.from !== undefined) {
    events = readEventFile(values.from, readOptions);
  } else {
    const source = topicSource(values);
    if (typeof source === 'string') {
      io.err(`observe: ${source}`);
      return EXIT.usage;
    }
    events = readEventTopic(source, readOptions);
  }
  try {
    for await (const event of events) {
      if (!matches(event, filter)) continue;
      if (live) print(event);
      else history.push(event);
    }
    caughtUp();
  } catch (error) {
    io.err(`observe: ${(error as Error).message}`);
    return EXIT.usage;
  }
  return EXIT.ok;
}
