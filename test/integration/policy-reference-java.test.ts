// Reference test for Kafka 3.0+ semantics with Java clients. Each case runs once against a broker
// that enforces ACLs itself (StandardAuthorizer, with the ACLs `policy to-acls` translates the
// policies below into) and once through the proxy enforcing those policies in front of a broker
// without an authorizer; what the client sees must be the same, and must be what the policy implies.
//
//   KIP-848 regex subscriptions: User:reader may consume topics starting with `shared` in groups
//   `regex-*`; a Java consumer subscribed with SubscriptionPattern("shared|secret") is assigned
//   `shared` only and reads only its records. A raw member's describe shows its own regex; a topic
//   created later is assigned when the member may describe it, not otherwise; User:peer, who may
//   describe the groups but not `shared`, gets the group answered 29.
//   policy explain and the filter are one decision: User:ops (`allow: [{}]`) lists the partition
//   reassignments of shared:0 (kafka-topics --describe does), which Kafka authorizes on the cluster.
//   KIP-679 idempotent producers: User:writer is allowed ApiVersions, Metadata and Produce on
//   `ingest` by a policy `policy import-cilium` made from a Cilium apiKey-style policy; the Java
//   console producer (idempotent by default) writes its records, as with Write on the topic.

/* eslint-disable @typescript-eslint/no-explicit-any -- projections read decoded responses */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import kafkajs from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPolicyProxy, type PolicyProxy } from '../../demo/policy-proxy.js';
import { javaClientProperties, writePropertiesFile } from '../harness/client-endpoint.js';
import {
  consoleProducer,
  runKafkaTool,
  startKafka,
  type ClientEndpoint,
  type KafkaCluster,
} from '../harness/index.js';
import { policyAcls } from '../support/policy-acls.js';
import { RawClient } from './policy-raw-client.js';

const USERS = ['reader', 'peer', 'writer', 'ops'] as const;
type User = (typeof USERS)[number];

const REGEX_POLICY = `apiVersion: kafka-l7-proxy/v1
kind: KafkaPolicy
identities: [{ sasl: {} }]
rules:
  - principal: User:reader
    allow:
      - { role: consume, topicPrefix: shared, groupPrefix: regex- }
  - principal: User:peer
    allow:
      - { role: consume, topic: other, groupPrefix: regex- }
  - principal: User:ops
    allow:
      - {}
`;

/** Cilium's apiKey form, as the Cilium guide writes producer rules. */
const CILIUM_POLICY = `apiVersion: cilium.io/v2
kind: CiliumNetworkPolicy
metadata: { name: ingest-writer, namespace: default }
spec:
  endpointSelector: { matchLabels: { app: kafka } }
  ingress:
    - fromEndpoints: [{ matchLabels: { app: writer } }]
      toPorts:
        - ports: [{ port: "9092", protocol: TCP }]
          rules:
            kafka:
              - { apiKey: apiversions }
              - { apiKey: metadata, topic: ingest }
              - { apiKey: produce, topic: ingest }
`;

const SEED: Record<string, string[]> = {
  shared: ['s-1', 's-2'],
  secret: ['x-1'],
  other: ['o-1'],
  ingest: [],
};
const REGEX_CONSUMER = resolve('test/clients/java/RegexConsumer.java');

interface Side {
  readonly name: 'reference' | 'proxy';
  readonly cluster: KafkaCluster;
  endpoint(user: User): ClientEndpoint;
  readonly port: number;
}

let reference: KafkaCluster;
let plain: KafkaCluster;
let regexProxy: PolicyProxy;
let ciliumProxy: PolicyProxy;
let dir: string;
let sides: Side[];

async function prepare(cluster: KafkaCluster): Promise<void> {
  for (const topic of Object.keys(SEED)) await cluster.createTopic(topic, 1, 1);
  await produceAsAdmin(cluster, SEED);
}

async function produceAsAdmin(cluster: KafkaCluster, records: Record<string, string[]>): Promise<void> {
  const producer = new kafkajs.Kafka({
    ...cluster.adminConfig,
    logLevel: kafkajs.logLevel.NOTHING,
  }).producer();
  await producer.connect();
  try {
    for (const [topic, values] of Object.entries(records)) {
      if (values.length > 0) await producer.send({ topic, messages: values.map((value) => ({ value })) });
    }
  } finally {
    await producer.disconnect();
  }
}

/** The number of records in partition 0 of `topic`, read as the harness admin (a super user). */
async function highWatermark(cluster: KafkaCluster, topic: string): Promise<number> {
  const admin = new kafkajs.Kafka({ ...cluster.adminConfig, logLevel: kafkajs.logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const offsets = await admin.fetchTopicOffsets(topic);
    return Number(offsets.find((o) => o.partition === 0)!.high);
  } finally {
    await admin.disconnect();
  }
}

function portOf(endpoint: ClientEndpoint): number {
  return Number(endpoint.bootstrap.split(':').pop());
}

/** Runs test/clients/java/RegexConsumer.java: its `assigned:` and `records:` lines (and `error:`). */
async function regexConsumer(
  endpoint: ClientEndpoint,
  regex: string,
  group: string,
  wanted: number,
): Promise<string> {
  const config = writePropertiesFile(javaClientProperties(endpoint));
  try {
    const result = await runKafkaTool(REGEX_CONSUMER, [config, regex, group, String(wanted), '150000'], {
      timeoutMs: 240_000,
    });
    const lines = result.stdout.split('\n').filter((l) => /^(assigned|records|error): /.test(l));
    if (lines.length === 0) throw new Error(`RegexConsumer printed nothing: ${result.stderr.slice(-2000)}`);
    return lines.join('\n');
  } finally {
    rmSync(dirname(config), { recursive: true, force: true });
  }
}

/** Sends one request as `user` on a new connection to `port`. */
async function ask(port: number, user: User, api: number, version: number, body: unknown): Promise<any> {
  const client = await RawClient.connect(port);
  try {
    await client.scram(user, `${user}-secret`);
    return await client.call(api, version, body);
  } finally {
    client.end();
  }
}

/** Retries `probe` until `done` holds for its result (generous bound: the machine is shared). */
async function until<T>(probe: () => Promise<T>, done: (t: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const t = await probe();
    if (done(t)) return t;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(t)}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/**
 * A KIP-848 member on one connection, as a client runs it: the regex in the first heartbeat, null
 * (unchanged) in the next ones, the member epoch the coordinator answered.
 */
class RawRegexMember {
  private epoch = 0;
  private readonly memberId = randomUUID();

  private constructor(
    private readonly client: RawClient,
    readonly group: string,
    private readonly regex: string,
  ) {}

  static async join(port: number, user: User, group: string, regex: string): Promise<RawRegexMember> {
    const client = await RawClient.connect(port);
    await client.scram(user, `${user}-secret`);
    const member = new RawRegexMember(client, group, regex);
    await member.beat();
    return member;
  }

  async beat(): Promise<any> {
    const joining = this.epoch === 0;
    const r: any = await this.client.call(68, 1, {
      groupId: this.group,
      memberId: this.memberId,
      memberEpoch: this.epoch,
      instanceId: null,
      rackId: null,
      rebalanceTimeoutMs: joining ? 60_000 : -1,
      subscribedTopicNames: null,
      subscribedTopicRegex: joining ? this.regex : null,
      serverAssignor: null,
      topicPartitions: joining ? [] : null,
    });
    if (r === 'closed') throw new Error('the heartbeat connection was closed');
    if (r.errorCode !== 0) throw new Error(`heartbeat error ${r.errorCode}: ${r.errorMessage}`);
    this.epoch = r.memberEpoch;
    return r;
  }

  end(): void {
    this.client.end();
  }
}

/** ConsumerGroupDescribe v1 of `group` as `user`: error code, and per member its regex, names and target topics. */
async function describeGroup(port: number, user: User, group: string): Promise<unknown> {
  const d = await ask(port, user, 69, 1, { groupIds: [group], includeAuthorizedOperations: false });
  const g = d.groups[0];
  return {
    errorCode: g.errorCode,
    members: g.members.map((m: any) => ({
      regex: m.subscribedTopicRegex,
      names: m.subscribedTopicNames,
      target: [...new Set(m.targetAssignment.topicPartitions.map((tp: any) => tp.topicName))].sort(),
    })),
  };
}

function importCilium(file: string): string {
  const r = spawnSync(
    resolve('node_modules/.bin/tsx'),
    ['src/cli/main.ts', 'policy', 'import-cilium', file, '--principal-label', 'app'],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (r.status !== 0) throw new Error(`policy import-cilium failed: ${r.stderr}`);
  return r.stdout;
}

beforeAll(async () => {
  const users = { users: USERS.map((name) => ({ name, password: `${name}-secret` })) };
  [reference, plain] = await Promise.all([
    startKafka({ nodes: 1, scram: users, authorizer: { superUsers: [] } }),
    startKafka({ nodes: 1, scram: users }),
  ]);
  dir = mkdtempSync(join(tmpdir(), 'policy-java-'));
  const regexFile = join(dir, 'regex.yaml');
  writeFileSync(regexFile, REGEX_POLICY);
  const ciliumSource = join(dir, 'cilium.yaml');
  writeFileSync(ciliumSource, CILIUM_POLICY);
  const ciliumFile = join(dir, 'imported.yaml');
  writeFileSync(ciliumFile, importCilium(ciliumSource));
  await Promise.all([
    prepare(reference),
    prepare(plain),
    reference.addAcls([...policyAcls(regexFile), ...policyAcls(ciliumFile)]),
  ]);
  regexProxy = await startPolicyProxy(plain, regexFile);
  ciliumProxy = await startPolicyProxy(plain, ciliumFile);
  const referenceSide: Side = {
    name: 'reference',
    cluster: reference,
    endpoint: (user) => reference.endpoint({ user }),
    port: portOf(reference.endpoint({ user: 'reader' })),
  };
  const proxySide: Side = {
    name: 'proxy',
    cluster: plain,
    endpoint: (user) => (user === 'writer' ? ciliumProxy : regexProxy).endpoint(user),
    port: regexProxy.proxy.bootstrapPort,
  };
  sides = [referenceSide, proxySide];
}, 300_000);

afterAll(async () => {
  await regexProxy?.stop();
  await ciliumProxy?.stop();
  await plain?.stop();
  await reference?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const referenceEndpoint = (): ClientEndpoint => sides[0]!.endpoint('reader');
const proxyEndpoint = (): ClientEndpoint => sides[1]!.endpoint('reader');

describe('KIP-848 regex subscriptions are resolved against the topics the member may describe, as the broker with StandardAuthorizer does', () => {
  // One consumer at a time, and one more try: on this shared 2-core machine (load average above 20)
  // the consumer against the reference broker was twice seen with no assignment at all within
  // 150 s, while it takes 15-20 s otherwise (cause not found; the proxy side was not involved).
  it(
    'a Java consumer with SubscriptionPattern("shared|secret") that may read shared only is assigned shared and reads only its records',
    { retry: 1, timeout: 400_000 },
    async () => {
      // A new group on each try: a finished try has committed its offsets.
      const group = `regex-java-${randomUUID()}`;
      const fromBroker = await regexConsumer(referenceEndpoint(), 'shared|secret', group, 2);
      expect(fromBroker).toBe('assigned: shared\nrecords: shared:s-1,shared:s-2');
      const fromProxy = await regexConsumer(proxyEndpoint(), 'shared|secret', group, 2);
      expect(fromProxy).toBe(fromBroker);
    },
  );

  describe('a member that stays in its group', () => {
    const members: RawRegexMember[] = [];

    afterAll(() => {
      for (const m of members) m.end();
    });

    /** Heartbeats every member (as clients do) until `done` holds for the describes of both sides. */
    async function beatUntil(
      done: (described: unknown) => boolean,
      what: string,
    ): Promise<{ reference: unknown; proxy: unknown }> {
      const out: Record<string, unknown> = {};
      await Promise.all(
        sides.map(async (side, i) => {
          out[side.name] = await until(
            async () => {
              await members[i]!.beat();
              return describeGroup(side.port, 'reader', 'regex-raw');
            },
            done,
            `${what} on the ${side.name}`,
          );
        }),
      );
      return out as { reference: unknown; proxy: unknown };
    }

    beforeAll(async () => {
      for (const side of sides) {
        members.push(await RawRegexMember.join(side.port, 'reader', 'regex-raw', '(shared|secret).*'));
      }
    }, 120_000);

    it('is described with its own regex and assigned shared only', async () => {
      const assigned = (d: any): boolean => d.members[0]?.target.length > 0;
      const { reference: r, proxy: p } = await beatUntil(assigned, 'an assignment');
      expect(r).toEqual({
        errorCode: 0,
        members: [{ regex: '(shared|secret).*', names: [], target: ['shared'] }],
      });
      expect(p).toEqual(r);
    }, 300_000);

    it('is not described to a caller who may describe the group but not shared (29, no members)', async () => {
      const [r, p] = await Promise.all(sides.map((side) => describeGroup(side.port, 'peer', 'regex-raw')));
      expect(r).toEqual({ errorCode: 29, members: [] });
      expect(p).toEqual(r);
    });

    it('is assigned a matching topic created later that it may describe (shared.late), not one it may not (secret.late)', async () => {
      for (const side of sides) {
        await side.cluster.createTopic('shared.late', 1, 1);
        await side.cluster.createTopic('secret.late', 1, 1);
      }
      const late = (d: any): boolean => d.members[0]?.target.includes('shared.late');
      const { reference: r, proxy: p } = await beatUntil(late, 'shared.late assigned');
      expect(r).toEqual({
        errorCode: 0,
        members: [{ regex: '(shared|secret).*', names: [], target: ['shared', 'shared.late'] }],
      });
      expect(p).toEqual(r);
    }, 300_000);
  });
});

describe('ListPartitionReassignments naming a topic, as kafka-topics --describe sends it', () => {
  it('is answered 0 for an allow-all principal, as by the broker (Describe on the cluster; the topic is not authorized)', async () => {
    const body = { timeoutMs: 30_000, topics: [{ name: 'shared', partitionIndexes: [0] }] };
    const [r, p] = await Promise.all(
      sides.map(async (side) => {
        const answer = await ask(side.port, 'ops', 46, 0, body);
        return answer === 'closed' ? 'closed' : { errorCode: answer.errorCode, topics: answer.topics };
      }),
    );
    expect(r).toEqual({ errorCode: 0, topics: [] });
    expect(p).toEqual(r);
  });
});

describe('KIP-679: an idempotent producer allowed by apiKey rules that policy import-cilium wrote', () => {
  it('the Java console producer (idempotent by default) writes its records, as with Write on the topic', async () => {
    const values = ['i-1', 'i-2', 'i-3'];
    const results = await Promise.all(
      sides.map((side) =>
        consoleProducer(side.endpoint('writer'), { topic: 'ingest', values, timeoutMs: 180_000 }),
      ),
    );
    const written = await Promise.all(sides.map((side) => highWatermark(side.cluster, 'ingest')));
    const seen = results.map((r, i) => ({
      exitCode: r.exitCode,
      records: written[i],
      authorizationErrors: /AuthorizationException/.test(r.stderr),
    }));
    expect(seen[0]).toEqual({ exitCode: 0, records: 3, authorizationErrors: false });
    expect(seen[1]).toEqual(seen[0]);
  }, 300_000);
});
