import kafkajs from 'kafkajs';
import { pino } from 'pino';
import { COLLECTOR_FRIENDLY } from '../../src/log.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  consoleConsumer,
  consoleProducer,
  kafkajsConfig,
  startKafka,
  type ClientEndpoint,
  type KafkaCluster,
} from '../harness/index.js';
import type { RunningProxy } from '../../src/proxy/proxy.js';
import { ZERO_UUID } from '../../protocol/index.js';
import { decodeMetadataResponse } from '../../protocol/generated/messages/metadata.js';
import { BrokerTopicLookup } from '../../src/enforcement/broker-topic-lookup.js';
import { parseHostPort } from '../../src/upstream/broker-directory.js';
import { openControlSession } from '../../src/upstream/control-session.js';
import { ClientWireTap, startProxyInFrontOf } from './proxy-test-support.js';

// The broker requires SASL/SCRAM-SHA-512; the proxy passes the exchange through and only notes it.
let cluster: KafkaCluster;
let proxy: RunningProxy;
let tap: ClientWireTap;
let endpoint: ClientEndpoint;
/** The proxy's log lines at info and above, as JSON. */
const logLines: Array<{ level: string; msg: string; time: string }> = [];

beforeAll(async () => {
  cluster = await startKafka({ nodes: 1, scram: { users: [{ name: 'alice', password: 'alice-secret' }] } });
  tap = new ClientWireTap();
  const logger = pino(
    { level: 'info', ...COLLECTOR_FRIENDLY },
    { write: (line: string) => void logLines.push(JSON.parse(line) as (typeof logLines)[number]) },
  );
  proxy = await startProxyInFrontOf(cluster, {}, cluster.bootstrap, { log: logger });
  endpoint = { ...cluster.endpoint({ user: 'alice' }), bootstrap: `127.0.0.1:${proxy.bootstrapPort}` };
});

afterAll(async () => {
  tap?.stop();
  await proxy?.stop();
  await cluster?.stop();
});

describe('SASL/SCRAM passthrough', () => {
  it('lets kafkajs authenticate through the proxy and marks the user established after the broker agrees', async () => {
    const kafka = new kafkajs.Kafka(kafkajsConfig(endpoint, { clientId: 'sasl-kafkajs' }));
    const producer = kafka.producer({ createPartitioner: kafkajs.Partitioners.DefaultPartitioner });
    await producer.connect();
    await producer.send({ topic: 'sasl-topic', messages: [{ value: 'authenticated' }] });
    const identities = proxy.connections().map((c) => c.sasl);
    expect(identities.length).toBeGreaterThan(0);
    for (const sasl of identities) {
      expect(sasl).toEqual({ mechanism: 'SCRAM-SHA-512', user: 'alice', authenticated: true });
    }
    await producer.disconnect();
    expect(proxy.counters.saslAuthenticated).toBeGreaterThan(0);
    // A successful authentication is routine: debug, not one info line per connection.
    expect(logLines.filter((l) => /SASL/.test(l.msg))).toEqual([]);
  });

  it('never establishes a user whose password the broker rejects', async () => {
    const failedBefore = proxy.counters.saslFailed;
    const succeededBefore = proxy.counters.saslAuthenticated;
    const kafka = new kafkajs.Kafka(
      kafkajsConfig(
        { ...endpoint, sasl: { username: 'alice', password: 'wrong' } },
        { clientId: 'sasl-wrong', retry: { retries: 0 } },
      ),
    );
    const admin = kafka.admin();
    await expect(admin.connect()).rejects.toThrow(/SASL|authentication/i);
    expect(proxy.counters.saslFailed).toBeGreaterThan(failedBefore);
    expect(proxy.counters.saslAuthenticated).toBe(succeededBefore);
    // A failure is a warning, with the level by name and an ISO-8601 time.
    expect(logLines.filter((l) => /SASL/.test(l.msg))).toContainEqual(
      expect.objectContaining({
        level: 'warn',
        msg: "SASL failed (broker's answer)",
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT[\d:.]+Z$/),
      }),
    );
  });

  // kcat is not used here: its librdkafka (2.0.2 on this machine) fails SCRAM-SHA-512 against Kafka 4.1
  // directly as well ("invalid credentials"), so it could not tell anything about the proxy.
  it('carries the Java console producer and consumer through SCRAM authentication', async () => {
    await cluster.createTopic('sasl-java', 1, 1);
    const produced = await consoleProducer(endpoint, {
      topic: 'sasl-java',
      values: ['j1', 'j2'],
      timeoutMs: 90_000,
    });
    expect(produced.exitCode, produced.stderr).toBe(0);
    const consumed = await consoleConsumer(endpoint, {
      topic: 'sasl-java',
      group: 'sasl-java-group',
      maxMessages: 2,
    });
    expect(consumed.records).toEqual(['j1', 'j2']);
  });

  it('authenticates its own control connection with upstream.sasl, so node listeners open before any client', async () => {
    const nodeId = cluster.nodes[0]!.nodeId;
    const withCredentials = await startProxyInFrontOf(cluster, {
      upstream: {
        bootstrapServers: cluster.bootstrap.split(','),
        sasl: { mechanism: 'SCRAM-SHA-512', username: 'alice', password: 'alice-secret' },
      },
    });
    const withoutCredentials = await startProxyInFrontOf(cluster);
    try {
      expect(withCredentials.nodePort(nodeId)).toBeDefined();
      expect(withCredentials.directory.get(nodeId)).toEqual({
        host: '127.0.0.1',
        port: cluster.nodes[0]!.port,
      });
      // Without credentials the broker refuses the control connection: nodes come from client traffic.
      expect(withoutCredentials.nodePort(nodeId)).toBeUndefined();
    } finally {
      await withCredentials.stop();
      await withoutCredentials.stop();
    }
  });

  it('resolves a topic ID on the SASL-only broker with upstream.sasl, and cannot without credentials', async () => {
    await cluster.createTopic('sasl.topic-ids', 1, 1);
    const servers = cluster.bootstrap.split(',');
    const sasl = { mechanism: 'SCRAM-SHA-512' as const, username: 'alice', password: 'alice-secret' };
    // The topic's ID, asked by name on an authenticated control session of the proxy's own.
    let correlationId = 0;
    const session = await openControlSession(parseHostPort(servers[0]!), {
      tls: undefined,
      timeoutMs: 10_000,
      sasl,
      nextCorrelationId: () => ++correlationId,
    });
    let id: string;
    try {
      const metadata = decodeMetadataResponse(
        await session.call(3, 12, {
          topics: [{ topicId: ZERO_UUID, name: 'sasl.topic-ids' }],
          allowAutoTopicCreation: false,
          includeClusterAuthorizedOperations: false,
          includeTopicAuthorizedOperations: false,
        }),
        12,
      );
      id = metadata.topics[0]!.topicId;
    } finally {
      session.socket.destroy();
    }
    expect(id).not.toBe(ZERO_UUID);

    const withCredentials = new BrokerTopicLookup(servers, undefined, 10_000, sasl);
    expect(await withCredentials.lookup([id])).toEqual([{ id, name: 'sasl.topic-ids' }]);
    const without = new BrokerTopicLookup(servers, undefined, 10_000);
    await expect(without.lookup([id])).rejects.toThrow();
  });

  it('never wrote a real broker port into a response', () => {
    const ports = tap.portsAfterHost('127.0.0.1');
    expect(ports.has(proxy.nodePort(cluster.nodes[0]!.nodeId)!)).toBe(true);
    for (const node of cluster.nodes) expect(ports.has(node.port)).toBe(false);
  });
});
