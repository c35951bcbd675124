// The payments scenario as real clients run it (policies/payments.yaml):
//   payments-api     may only produce to payments.commands;
//   payments-worker  consumes payments.commands (group payments-worker), produces and consumes payments.events;
//   analytics        is denied everything.
// Each step records what the client tried, what it got and what the policy says it should get.
// Used by `npm run demo` and by the integration tests, against the proxy or (for reference) against
// a broker enforcing equivalent ACLs itself.

import kafkajs from 'kafkajs';
import {
  consoleConsumer,
  consoleProducer,
  kafkajsConfig,
  producerPerformance,
  type ClientEndpoint,
} from '../test/harness/index.js';

export const COMMANDS = 'payments.commands';
export const EVENTS = 'payments.events';
export const PAYMENTS_USERS = ['payments-api', 'payments-worker', 'analytics'] as const;
export type PaymentsUser = (typeof PAYMENTS_USERS)[number];

export interface Attempt {
  readonly client: PaymentsUser;
  readonly tool: string;
  readonly tried: string;
  /** What happened, in a client-independent form: `records: a,b`, `wrote 3`, or an error name. */
  readonly got: string;
  readonly expected: string;
  readonly ok: boolean;
}

/** The Kafka error name of a kafkajs failure (the innermost `type`), or the error's own name. */
export function errorName(error: unknown): string {
  // kafkajs wraps protocol errors (and aggregates per-topic ones); the Kafka error name is the `type`
  // of the innermost one.
  type Wrapped = {
    type?: string;
    cause?: unknown;
    originalError?: unknown;
    errors?: unknown[];
    name?: string;
  };
  let e = error as Wrapped | undefined;
  for (let depth = 0; e !== undefined && depth < 5; depth++) {
    if (typeof e.type === 'string' && e.type !== 'UNKNOWN') return e.type;
    e = (e.cause ?? e.originalError ?? e.errors?.[0]) as Wrapped | undefined;
  }
  return (error as Error).name ?? String(error);
}

function kafkaFor(
  endpoint: ClientEndpoint,
  clientId: string,
  logging: Pick<kafkajs.KafkaConfig, 'logLevel' | 'logCreator'> = { logLevel: kafkajs.logLevel.NOTHING },
): kafkajs.Kafka {
  return new kafkajs.Kafka(
    kafkajsConfig(endpoint, {
      clientId,
      ...logging,
      retry: { retries: 2, initialRetryTime: 100, maxRetryTime: 500 },
      connectionTimeout: 5000,
    }),
  );
}

/**
 * kafkajs asks every broker for a coordinator and, when each refuses, throws only
 * KafkaJSGroupCoordinatorNotFound: the brokers' answer (TRANSACTIONAL_ID_AUTHORIZATION_FAILED, the
 * error the Java client and librdkafka report for the same refusal) survives only in kafkajs's
 * debug log entry "Tried to find group coordinator". This keeps the last such error type.
 */
function coordinatorRefusals(): {
  logging: Pick<kafkajs.KafkaConfig, 'logLevel' | 'logCreator'>;
  last(): string | undefined;
} {
  let last: string | undefined;
  return {
    logging: {
      logLevel: kafkajs.logLevel.DEBUG,
      logCreator:
        () =>
        ({ log }) => {
          const type = (log.error as { type?: unknown } | undefined)?.type;
          if (log.message === 'Tried to find group coordinator' && typeof type === 'string') last = type;
        },
    },
    last: () => last,
  };
}

async function produce(
  endpoint: ClientEndpoint,
  clientId: string,
  topic: string,
  values: string[],
): Promise<string> {
  const producer = kafkaFor(endpoint, clientId).producer({
    createPartitioner: kafkajs.Partitioners.DefaultPartitioner,
    allowAutoTopicCreation: false,
  });
  try {
    await producer.connect();
    await producer.send({ topic, messages: values.map((value) => ({ value })) });
    return `wrote ${values.length}`;
  } catch (error) {
    return errorName(error);
  } finally {
    await producer.disconnect().catch(() => undefined);
  }
}

async function consume(
  endpoint: ClientEndpoint,
  clientId: string,
  topic: string,
  group: string,
  count: number,
  timeoutMs = 30_000,
): Promise<string> {
  const consumer = kafkaFor(endpoint, clientId).consumer({
    groupId: group,
    allowAutoTopicCreation: false,
    retry: { retries: 8, initialRetryTime: 300 },
  });
  const values: string[] = [];
  try {
    return await new Promise<string>((resolve) => {
      const timer = setTimeout(
        () => resolve(values.length > 0 ? `records: ${values.join(',')}` : 'timed out'),
        timeoutMs,
      );
      consumer.on(consumer.events.CRASH, (event) => {
        // A retriable error (a fresh broker still loading its offsets topic) restarts the consumer.
        if (event.payload.restart) return;
        clearTimeout(timer);
        resolve(errorName(event.payload.error));
      });
      consumer
        .connect()
        .then(() => consumer.subscribe({ topic, fromBeginning: true }))
        .then(() =>
          consumer.run({
            eachMessage: async ({ message }) => {
              values.push(message.value?.toString() ?? '');
              if (values.length >= count) {
                clearTimeout(timer);
                resolve(`records: ${values.join(',')}`);
              }
            },
          }),
        )
        .catch((error: unknown) => {
          clearTimeout(timer);
          resolve(errorName(error));
        });
    });
  } finally {
    await consumer.disconnect().catch(() => undefined);
  }
}

async function produceInTransaction(
  endpoint: ClientEndpoint,
  clientId: string,
  transactionalId: string,
  topic: string,
): Promise<string> {
  const refusals = coordinatorRefusals();
  const producer = kafkaFor(endpoint, clientId, refusals.logging).producer({
    transactionalId,
    idempotent: true,
    maxInFlightRequests: 1,
    createPartitioner: kafkajs.Partitioners.DefaultPartitioner,
  });
  try {
    await producer.connect();
    const transaction = await producer.transaction();
    await transaction.send({ topic, messages: [{ value: 'in-transaction' }] });
    await transaction.commit();
    return 'committed';
  } catch (error) {
    const name = errorName(error);
    return name === 'KafkaJSGroupCoordinatorNotFound' ? (refusals.last() ?? name) : name;
  } finally {
    await producer.disconnect().catch(() => undefined);
  }
}

async function createTopic(endpoint: ClientEndpoint, clientId: string, topic: string): Promise<string> {
  const admin = kafkaFor(endpoint, clientId).admin();
  try {
    await admin.connect();
    await admin.createTopics({
      topics: [{ topic, numPartitions: 1, replicationFactor: 1 }],
      waitForLeaders: false,
    });
    return 'created';
  } catch (error) {
    return errorName(error);
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

async function listTopics(endpoint: ClientEndpoint, clientId: string): Promise<string> {
  const admin = kafkaFor(endpoint, clientId).admin();
  try {
    await admin.connect();
    const topics = (await admin.listTopics()).filter((t) => !t.startsWith('__')).sort();
    return `topics: ${topics.join(',') || '(none)'}`;
  } catch (error) {
    return errorName(error);
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

/** The Java console consumer, as analytics would run it; its stderr names the authorization error. */
async function javaConsume(
  endpoint: ClientEndpoint,
  topic: string,
  group: string,
  maxMessages = 1,
  properties: Record<string, string> = {},
  netns?: string,
): Promise<string> {
  const result = await consoleConsumer(endpoint, {
    topic,
    group,
    maxMessages,
    idleTimeoutMs: 15_000,
    timeoutMs: 60_000,
    properties,
    netns,
  });
  if (result.records.length > 0) return `records: ${result.records.join(',')}`;
  const match = /(TopicAuthorizationException|GroupAuthorizationException)[^\n]*/.exec(result.stderr);
  if (match)
    return match[1] === 'TopicAuthorizationException'
      ? 'TOPIC_AUTHORIZATION_FAILED'
      : 'GROUP_AUTHORIZATION_FAILED';
  return result.timedOut ? 'timed out' : `exit ${result.exitCode}`;
}

/** The Java console producer (idempotent by default since Kafka 3.0, so it also asks for a producer id). */
async function javaProduce(
  endpoint: ClientEndpoint,
  topic: string,
  value: string,
  netns?: string,
): Promise<string> {
  const result = await consoleProducer(endpoint, {
    topic,
    values: [value],
    timeoutMs: 60_000,
    netns,
    properties: { 'max.block.ms': '15000', 'delivery.timeout.ms': '15000', 'request.timeout.ms': '10000' },
  });
  const match = /(\w+AuthorizationException)/.exec(result.stderr);
  if (match) return JAVA_EXCEPTIONS[match[1]!] ?? match[1]!;
  if (result.exitCode === 0 && !/ERROR/.test(result.stderr)) return 'wrote 1';
  return result.timedOut ? 'timed out' : `exit ${result.exitCode}`;
}

/**
 * The Java producer in a transaction (ProducerPerformance: initTransactions, then one record per
 * transaction), since the console producer has no transactions.
 */
async function javaProduceInTransaction(
  endpoint: ClientEndpoint,
  transactionalId: string,
  topic: string,
  netns?: string,
): Promise<string> {
  const result = await producerPerformance(endpoint, {
    topic,
    netns,
    numRecords: 1,
    recordSize: 16,
    fastStart: true,
    heap: '256m',
    timeoutMs: 60_000,
    properties: { 'transactional.id': transactionalId, 'max.block.ms': '15000' },
  });
  const match = /(\w+AuthorizationException)/.exec(`${result.stdout}${result.stderr}`);
  if (match) return JAVA_EXCEPTIONS[match[1]!] ?? match[1]!;
  if (result.exitCode === 0) return 'committed';
  return result.timedOut ? 'timed out' : `exit ${result.exitCode}`;
}

/** Java client exceptions by the Kafka error they stand for. */
const JAVA_EXCEPTIONS: Record<string, string> = {
  TopicAuthorizationException: 'TOPIC_AUTHORIZATION_FAILED',
  GroupAuthorizationException: 'GROUP_AUTHORIZATION_FAILED',
  TransactionalIdAuthorizationException: 'TRANSACTIONAL_ID_AUTHORIZATION_FAILED',
  ClusterAuthorizationException: 'CLUSTER_AUTHORIZATION_FAILED',
};

/** The kafkajs steps of the scenario, by name (run in this process, or by a pod's agent process). */
export const kafkajsSteps = { produce, consume, produceInTransaction, createTopic, listTopics };
export type KafkajsStepName = keyof typeof kafkajsSteps;
/** Runs a kafkajs step by name with its arguments (all JSON values) and resolves with its outcome. */
export type KafkajsStepRunner = (name: KafkajsStepName, args: readonly unknown[]) => Promise<string>;

/** Runs the steps in this process. */
export const inProcessKafkajs: KafkajsStepRunner = (name, args) =>
  (kafkajsSteps[name] as (...a: readonly unknown[]) => Promise<string>)(...args);

export interface RunOptions {
  /** The endpoint a user's clients connect to (the proxy, or the reference broker). */
  endpointFor(user: PaymentsUser): ClientEndpoint;
  /**
   * Where a user's kafkajs clients run (default: in this process), e.g. an agent process in the
   * user's network namespace (test/harness/kafkajs-pod-agent.ts).
   */
  kafkajsFor?(user: PaymentsUser): KafkajsStepRunner;
  /** The network namespace a user's Java tools run in (default: none, this host's). */
  netnsFor?(user: PaymentsUser): string | undefined;
  /** Called after each step, e.g. to print it. */
  onAttempt?(attempt: Attempt): void;
  /** Skip the Java console consumer (slow to start). */
  skipJava?: boolean;
}

/** Runs every client step in order and returns what each got. */
export async function runPaymentsClients(options: RunOptions): Promise<Attempt[]> {
  const attempts: Attempt[] = [];
  const step = async (
    client: PaymentsUser,
    tool: string,
    tried: string,
    expected: string,
    run: (endpoint: ClientEndpoint, on: { kafkajs: KafkajsStepRunner; netns?: string }) => Promise<string>,
  ): Promise<void> => {
    const got = await run(options.endpointFor(client), {
      kafkajs: options.kafkajsFor?.(client) ?? inProcessKafkajs,
      netns: options.netnsFor?.(client),
    });
    const attempt = { client, tool, tried, got, expected, ok: got === expected };
    attempts.push(attempt);
    options.onAttempt?.(attempt);
  };
  const commands = ['pay-1', 'pay-2', 'pay-3'];
  const events = ['paid-1', 'paid-2'];
  await step('payments-api', 'kafkajs', `produce 3 records to ${COMMANDS}`, 'wrote 3', (e, on) =>
    on.kafkajs('produce', [e, 'payments-api', COMMANDS, commands]),
  );
  await step('payments-api', 'kafkajs', `produce to ${EVENTS}`, 'TOPIC_AUTHORIZATION_FAILED', (e, on) =>
    on.kafkajs('produce', [e, 'payments-api', EVENTS, ['forged']]),
  );
  if (!options.skipJava) {
    await step(
      'payments-api',
      'Java console producer',
      `produce 1 record to ${COMMANDS}`,
      'wrote 1',
      (e, on) => javaProduce(e, COMMANDS, 'pay-java', on.netns),
    );
    await step(
      'payments-api',
      'Java console producer',
      `produce to ${EVENTS}`,
      'TOPIC_AUTHORIZATION_FAILED',
      (e, on) => javaProduce(e, EVENTS, 'forged', on.netns),
    );
  }
  // payments-api may produce, but its policy names no transactional id: the coordinator lookup for
  // payments-api-tx is refused, as Kafka refuses it without a Write ACL on that transactional id.
  await step(
    'payments-api',
    'kafkajs',
    `transactional produce to ${COMMANDS}`,
    'TRANSACTIONAL_ID_AUTHORIZATION_FAILED',
    (e, on) => on.kafkajs('produceInTransaction', [e, 'payments-api', 'payments-api-tx', COMMANDS]),
  );
  if (!options.skipJava) {
    await step(
      'payments-api',
      'Java producer',
      `transactional produce to ${COMMANDS}`,
      'TRANSACTIONAL_ID_AUTHORIZATION_FAILED',
      (e, on) => javaProduceInTransaction(e, 'payments-api-tx', COMMANDS, on.netns),
    );
  }
  await step(
    'payments-api',
    'kafkajs',
    'create topic payments.audit',
    'TOPIC_AUTHORIZATION_FAILED',
    (e, on) => on.kafkajs('createTopic', [e, 'payments-api', 'payments.audit']),
  );
  await step(
    'payments-worker',
    'kafkajs',
    `consume ${COMMANDS} in group payments-worker`,
    `records: ${commands.join(',')}`,
    (e, on) => on.kafkajs('consume', [e, 'payments-worker', COMMANDS, 'payments-worker', commands.length]),
  );
  await step('payments-worker', 'kafkajs', `produce 2 records to ${EVENTS}`, 'wrote 2', (e, on) =>
    on.kafkajs('produce', [e, 'payments-worker', EVENTS, events]),
  );
  if (options.skipJava) {
    await step(
      'payments-worker',
      'kafkajs',
      `consume ${EVENTS} in group payments-worker`,
      `records: ${events.join(',')}`,
      (e, on) => on.kafkajs('consume', [e, 'payments-worker', EVENTS, 'payments-worker', events.length]),
    );
  } else {
    // A KIP-848 consumer (ConsumerGroupHeartbeat) that fetches by topic ID (Fetch v13+).
    await step(
      'payments-worker',
      'Java consumer (KIP-848)',
      `consume ${EVENTS} in group payments-worker`,
      `records: ${events.join(',')}`,
      (e, on) =>
        javaConsume(e, EVENTS, 'payments-worker', events.length, { 'group.protocol': 'consumer' }, on.netns),
    );
  }

  await step('payments-worker', 'kafkajs', `produce to ${COMMANDS}`, 'TOPIC_AUTHORIZATION_FAILED', (e, on) =>
    on.kafkajs('produce', [e, 'payments-worker', COMMANDS, ['forged']]),
  );
  await step('payments-worker', 'kafkajs', 'list topics', `topics: ${COMMANDS},${EVENTS}`, (e, on) =>
    on.kafkajs('listTopics', [e, 'payments-worker']),
  );
  await step('analytics', 'kafkajs', 'list topics', 'topics: (none)', (e, on) =>
    on.kafkajs('listTopics', [e, 'analytics']),
  );
  await step('analytics', 'kafkajs', `produce to ${EVENTS}`, 'TOPIC_AUTHORIZATION_FAILED', (e, on) =>
    on.kafkajs('produce', [e, 'analytics', EVENTS, ['forged']]),
  );
  if (!options.skipJava) {
    await step(
      'analytics',
      'Java console consumer',
      `consume ${COMMANDS}`,
      'TOPIC_AUTHORIZATION_FAILED',
      (e, on) => javaConsume(e, COMMANDS, 'analytics', 1, {}, on.netns),
    );
  }
  return attempts;
}
