// Reference test: the same clients, once against a broker that enforces equivalent ACLs itself
// (StandardAuthorizer) and once through the proxy enforcing policies/payments.yaml in front of a
// broker without an authorizer. What each client sees (records, error names) must be identical:
// where they differ, the proxy is wrong.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKafka, type KafkaCluster } from '../harness/index.js';
import { COMMANDS, EVENTS, PAYMENTS_USERS, runPaymentsClients } from '../../demo/payments-clients.js';
import { policyAcls } from '../support/policy-acls.js';
import { startPolicyProxy, type PolicyProxy } from '../../demo/policy-proxy.js';

const users = { users: PAYMENTS_USERS.map((name) => ({ name, password: `${name}-secret` })) };
let reference: KafkaCluster;
let plain: KafkaCluster;
let stack: PolicyProxy;

beforeAll(async () => {
  reference = await startKafka({ nodes: 1, scram: users, authorizer: { superUsers: [] } });
  await reference.createTopic(COMMANDS, 1, 1);
  await reference.createTopic(EVENTS, 1, 1);
  await reference.addAcls(policyAcls('policies/payments.yaml'));
  plain = await startKafka({ nodes: 1, scram: users });
  await plain.createTopic(COMMANDS, 1, 1);
  await plain.createTopic(EVENTS, 1, 1);
  stack = await startPolicyProxy(plain, 'policies/payments.yaml');
}, 240_000);

afterAll(async () => {
  await stack?.stop();
  await plain?.stop();
  await reference?.stop();
});

describe('the proxy answers like the broker with StandardAuthorizer and equivalent ACLs', () => {
  it('gives produce, group consume, topic listing, topic creation and transactional produce the same outcomes', async () => {
    const fromBroker = await runPaymentsClients({ endpointFor: (user) => reference.endpoint({ user }) });
    const fromProxy = await runPaymentsClients({ endpointFor: (user) => stack.endpoint(user) });
    const outcome = (a: { client: string; tried: string; got: string }): string =>
      `${a.client} ${a.tried}: ${a.got}`;
    expect(fromProxy.map(outcome)).toEqual(fromBroker.map(outcome));
    // And both match what the policy says (so the comparison is not between two wrong answers).
    expect(fromBroker.filter((a) => !a.ok).map(outcome)).toEqual([]);
  }, 400_000);
});
