// The payments scenario with real clients through the proxy against a real broker (no authorizer on
// the broker: the proxy alone enforces policies/payments.yaml). Principals are the broker-verified
// SASL/SCRAM users, as the policy's `sasl` identity source says.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKafka, type KafkaCluster } from '../harness/index.js';
import {
  COMMANDS,
  EVENTS,
  PAYMENTS_USERS,
  runPaymentsClients,
  type Attempt,
} from '../../demo/payments-clients.js';
import { startPolicyProxy, type PolicyProxy } from '../../demo/policy-proxy.js';
import { RecordingDecisionSink } from '../../src/policy/index.js';

let cluster: KafkaCluster;
let stack: PolicyProxy;
const sink = new RecordingDecisionSink();

beforeAll(async () => {
  cluster = await startKafka({
    nodes: 1,
    scram: { users: PAYMENTS_USERS.map((name) => ({ name, password: `${name}-secret` })) },
  });
  await cluster.createTopic(COMMANDS, 1, 1);
  await cluster.createTopic(EVENTS, 1, 1);
  stack = await startPolicyProxy(cluster, 'policies/payments.yaml', { sink });
}, 180_000);

afterAll(async () => {
  await stack?.stop();
  await cluster?.stop();
});

describe('payments scenario through the proxy', () => {
  let attempts: Attempt[];

  it('gives every client exactly what policies/payments.yaml allows', async () => {
    attempts = await runPaymentsClients({ endpointFor: (user) => stack.endpoint(user) });
    const wrong = attempts
      .filter((a) => !a.ok)
      .map((a) => `${a.client} ${a.tried}: got ${a.got}, expected ${a.expected}`);
    expect(wrong).toEqual([]);
    expect(attempts.length).toBe(15);
  }, 300_000);

  it('shows the Java console consumer run as analytics a topic authorization error instead of records', () => {
    const java = attempts.find((a) => a.tool === 'Java console consumer')!;
    expect(java.got).toBe('TOPIC_AUTHORIZATION_FAILED');
  });

  it("shows payments-api's transactional producers (kafkajs and Java) the broker's TRANSACTIONAL_ID_AUTHORIZATION_FAILED", () => {
    const transactional = attempts.filter((a) => a.tried.startsWith('transactional produce'));
    expect(transactional.map((a) => [a.tool, a.got])).toEqual([
      ['kafkajs', 'TRANSACTIONAL_ID_AUTHORIZATION_FAILED'],
      ['Java producer', 'TRANSACTIONAL_ID_AUTHORIZATION_FAILED'],
    ]);
  });

  it('hands every denial to the decision sink with the SASL principal', () => {
    const denied = sink.events.filter((e) => !e.decision.allowed);
    const principals = new Set(denied.map((e) => e.decision.principal));
    expect(principals).toContain('User:analytics');
    expect(principals).toContain('User:payments-api');
    expect(denied.every((e) => e.connection.identitySource === 'sasl')).toBe(true);
  });
});
