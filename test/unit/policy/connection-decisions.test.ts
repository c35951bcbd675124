import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { API_KEYS as K } from '../../../src/policy/api-classification.js';
import { ConnectionDecisions, type PolicySource } from '../../../src/policy/connection-decisions.js';
import {
  FanOutDecisionSink,
  PinoDenialSink,
  RecordingDecisionSink,
} from '../../../src/policy/decision-events.js';
import type { CompiledPolicy } from '../../../src/policy/engine.js';
import { compileRules } from './policy-fixtures.js';

class SwappablePolicy implements PolicySource {
  constructor(public policy: CompiledPolicy) {}
  current(): CompiledPolicy {
    return this.policy;
  }
}

const rules = (topic: string) =>
  `  - principal: User:app\n    allow:\n      - { role: produce, topic: ${topic} }\n`;

describe('per-connection decisions', () => {
  it('answers repeated requests from the cache and reports them as cached', () => {
    const source = new SwappablePolicy(compileRules(rules('orders')));
    const sink = new RecordingDecisionSink();
    const conn = new ConnectionDecisions(source, { id: 'c1', principal: 'User:app' }, sink);
    const request = { apiKey: K.Produce, apiVersion: 9, clientId: 'x', topics: ['orders'] };
    const first = conn.decide(request);
    const second = conn.decide(request);
    expect(second).toEqual(first);
    expect(conn.stats()).toMatchObject({ hits: 2, misses: 2, entries: 2, generation: 1 });
    expect(sink.events.map((e) => e.cached)).toEqual([false, true]);
  });

  it('keys the cache by client id and version, so a clientID rule is not bypassed', () => {
    const source = new SwappablePolicy(
      compileRules(
        `  - principal: User:app\n    allow:\n      - { role: produce, topic: orders, clientID: good, apiVersion: 9 }\n`,
      ),
    );
    const conn = new ConnectionDecisions(source, { id: 'c1', principal: 'User:app' });
    const produce = (clientId: string | null, apiVersion = 9) =>
      conn.decide({ apiKey: K.Produce, apiVersion, clientId, topics: ['orders'] }).allowed;
    expect(produce('good')).toBe(true);
    expect(produce('bad')).toBe(false);
    expect(produce(null)).toBe(false);
    expect(produce('good', 10)).toBe(false);
    expect(produce('good')).toBe(true);
  });

  it('drops cached answers when the policy generation changes', () => {
    const source = new SwappablePolicy(compileRules(rules('orders'), 1));
    const conn = new ConnectionDecisions(source, { id: 'c1', principal: 'User:app' });
    const produce = () =>
      conn.decide({ apiKey: K.Produce, apiVersion: 9, clientId: 'x', topics: ['orders'] });
    expect(produce().allowed).toBe(true);
    source.policy = compileRules(rules('invoices'), 2);
    const after = produce();
    expect(after.allowed).toBe(false);
    expect(after.generation).toBe(2);
  });

  it('forgets decisions made for the previous principal when the connection is re-identified', () => {
    const source = new SwappablePolicy(compileRules(rules('orders')));
    const conn = new ConnectionDecisions(source, { id: 'c1', principal: 'User:ANONYMOUS' });
    const produce = () =>
      conn.decide({ apiKey: K.Produce, apiVersion: 9, clientId: 'x', topics: ['orders'] });
    expect(produce().allowed).toBe(false);
    conn.reidentify({ id: 'c1', principal: 'User:app', identitySource: 'sasl' });
    const after = produce();
    expect(after.allowed).toBe(true);
    expect(after.principal).toBe('User:app');
  });

  it('stays within its entry bound', () => {
    const source = new SwappablePolicy(compileRules(rules('orders')));
    const conn = new ConnectionDecisions(source, { id: 'c1', principal: 'User:app' }, undefined, 10);
    for (let i = 0; i < 100; i++)
      conn.decide({ apiKey: K.Fetch, apiVersion: 12, clientId: 'x', topics: [`t${i}`] });
    expect(conn.stats().entries).toBeLessThanOrEqual(10);
  });

  it('logs one pino line per denied request naming the rule and reason, and nothing for allowed ones', () => {
    const lines: Record<string, unknown>[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    });
    const logger = pino({ level: 'info' }, stream);
    const recording = new RecordingDecisionSink();
    const sink = new FanOutDecisionSink([new PinoDenialSink(logger), recording]);
    const source = new SwappablePolicy(compileRules(rules('orders')));
    const conn = new ConnectionDecisions(
      source,
      { id: 'c7', principal: 'User:app', remoteAddress: '10.0.0.1' },
      sink,
    );
    conn.decide({ apiKey: K.Produce, apiVersion: 9, clientId: 'x', topics: ['orders'] });
    conn.decide({ apiKey: K.Produce, apiVersion: 9, clientId: 'x', topics: ['orders', 'secret'] });
    expect(recording.events).toHaveLength(2);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 40,
      msg: 'kafka request denied',
      event: 'kafka.request.denied',
      connection: 'c7',
      principal: 'User:app',
      api: 'Produce',
      apiVersion: 9,
      denied: [{ kind: 'topic', name: 'secret', errorCode: 29 }],
    });
    expect((lines[0]!.denied as Array<{ reason: string }>)[0]!.reason).toContain('default deny');
  });

  it('keeps delivering to the other sinks when one throws', () => {
    const errors: unknown[] = [];
    const recording = new RecordingDecisionSink();
    const failing = {
      onDecision() {
        throw new Error('disk full');
      },
    };
    const sink = new FanOutDecisionSink([failing, recording], (e) => errors.push(e));
    const conn = new ConnectionDecisions(
      new SwappablePolicy(compileRules(rules('o'))),
      { id: 'c', principal: 'User:app' },
      sink,
    );
    conn.decide({ apiKey: K.ApiVersions, apiVersion: 3, clientId: null });
    expect(recording.events).toHaveLength(1);
    expect(errors).toHaveLength(1);
  });
});
