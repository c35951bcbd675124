// Behaviour of the filter that scenario files cannot express: connection state (SASL, identity),
// policy reloads, requests that cannot be decided.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PolicyEnforcementFilter } from '../../../src/enforcement/policy-enforcement-filter.js';
import { TopicIdResolver } from '../../../src/enforcement/topic-id-resolver.js';
import { PolicyStore, RecordingDecisionSink } from '../../../src/policy/index.js';
import type { ProduceResponse } from '../../../protocol/generated/index.js';
import {
  connectionFor,
  decideFrame,
  decodeAnswer,
  loadPolicy,
  requestFrame,
  filterFor,
} from './scenario-support.js';

const POLICY = (topic: string): string => `apiVersion: kafka-l7-proxy/v1
kind: KafkaPolicy
identities:
  - sasl: {}
rules:
  - principal: User:app
    allow:
      - { role: produce, topic: ${topic} }
      - { role: consume, topic: ${topic} }
`;

const produce = (topic: string, acks = -1): Buffer =>
  requestFrame(0, 9, { acks, timeoutMs: 100, topicData: [{ name: topic, partitionData: [{ index: 0 }] }] });

const stores: PolicyStore[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});

async function storeWith(text: string): Promise<{ store: PolicyStore; path: string }> {
  const path = join(mkdtempSync(join(tmpdir(), 'enforcement-')), 'policy.yaml');
  writeFileSync(path, text);
  const store = await PolicyStore.open(path);
  stores.push(store);
  return { store, path };
}

describe('PolicyEnforcementFilter', () => {
  it('closes the connection on an API key Kafka 4.1 does not define, and reports the denial', async () => {
    const { filter, sink } = filterFor(loadPolicy(POLICY('orders')));
    const decision = await filter.decide({
      connection: connectionFor({ principal: 'User:app' }),
      header: { apiKey: 93, apiVersion: 0, correlationId: 1, clientId: null, headerLength: 10 },
      expectsResponse: true,
      frame: undefined,
    });
    expect(decision.outcome).toBe('close');
    expect(sink.events.at(-1)!.decision.allowed).toBe(false);
  });

  it('closes a connection that sends data after SaslHandshake and before the broker accepted the user', async () => {
    const { filter } = filterFor(loadPolicy(POLICY('orders')));
    const connection = connectionFor({
      sasl: { mechanism: 'SCRAM-SHA-512', user: 'app', authenticated: false },
    });
    const decision = await decideFrame(filter, connection, produce('orders'));
    expect(decision).toMatchObject({ outcome: 'close', reason: expect.stringContaining('SASL') });
  });

  it('decides for User:ANONYMOUS until SASL completes, then for the SASL user on the same connection', async () => {
    const { filter } = filterFor(loadPolicy(POLICY('orders')));
    const connection = connectionFor({});
    const before = await decideFrame(filter, connection, produce('orders'));
    expect(before.outcome).toBe('answer');
    expect(filter.connectionPolicy(connection).identity.principal).toBe('User:ANONYMOUS');
    Object.assign(connection.sasl, { mechanism: 'SCRAM-SHA-512', user: 'app', authenticated: true });
    const after = await decideFrame(filter, connection, produce('orders'));
    expect(after.outcome).toBe('forward');
    expect(filter.connectionPolicy(connection).identity).toMatchObject({
      principal: 'User:app',
      source: 'sasl',
    });
  });

  it('closes the connection for a denied acks=0 produce, even when other topics of it are allowed', async () => {
    const { filter } = filterFor(loadPolicy(POLICY('orders')));
    const frame = requestFrame(0, 9, {
      acks: 0,
      timeoutMs: 100,
      topicData: [
        { name: 'orders', partitionData: [{ index: 0 }] },
        { name: 'secret', partitionData: [{ index: 0 }] },
      ],
    });
    const decision = await decideFrame(filter, connectionFor({ principal: 'User:app' }), frame, false);
    expect(decision.outcome).toBe('close');
  });

  it('closes the connection when the body of a request does not decode (fail closed)', async () => {
    const { filter } = filterFor(loadPolicy(POLICY('orders')));
    const frame = produce('orders');
    const truncated = frame.subarray(0, frame.length - 3);
    truncated.writeInt32BE(truncated.length - 4, 0);
    const decision = await decideFrame(filter, connectionFor({ principal: 'User:app' }), truncated);
    expect(decision).toMatchObject({ outcome: 'close', reason: expect.stringContaining('does not decode') });
  });

  it('applies a reloaded policy to the next request of an existing connection', async () => {
    const { store, path } = await storeWith(POLICY('orders'));
    const sink = new RecordingDecisionSink();
    const filter = new PolicyEnforcementFilter({
      policy: store,
      sink,
      topicIds: new TopicIdResolver(undefined),
    });
    const connection = connectionFor({ principal: 'User:app' });
    expect((await decideFrame(filter, connection, produce('orders'))).outcome).toBe('forward');
    writeFileSync(path, POLICY('invoices'));
    expect((await store.reload()).result).toBe('applied');
    const decision = await decideFrame(filter, connection, produce('orders'));
    expect(decision.outcome).toBe('answer');
    if (decision.outcome !== 'answer') return;
    const response = decodeAnswer(decision.responseBody, 0, 9) as ProduceResponse;
    expect(response.responses[0]!.partitionResponses[0]!.errorCode).toBe(29);
    expect(sink.events.at(-1)!.decision.generation).toBe(2);
  });
});
