import { afterEach, describe, expect, it, vi } from 'vitest';
import { AUDIT_EVENT_TYPES, type AuditEvent, type DecisionData } from '../../../src/audit/audit-event.js';
import { TopicIdResolver } from '../../../src/enforcement/topic-id-resolver.js';
import { auditEventValidator, connectionFor, K, recordingAuditSink } from './audit-fixtures.js';

const validate = auditEventValidator();

afterEach(() => {
  vi.useRealTimers();
});

describe('denial events', () => {
  it('emit one CloudEvents 1.0 event per denied request with principal, addresses, API, topics and the deciding rule', () => {
    const { sink, events } = recordingAuditSink();
    const conn = connectionFor('User:payments-api', sink);
    conn.decide({
      apiKey: K.Produce,
      apiVersion: 9,
      clientId: 'pay-1',
      topics: ['payments.commands', 'ledger'],
    });
    expect(events).toHaveLength(1);
    const e = events[0]! as AuditEvent<DecisionData>;
    expect(validate(e), JSON.stringify(validate.errors)).toBe(true);
    expect(e).toMatchObject({
      specversion: '1.0',
      source: '/kafka-l7-proxy/test',
      type: AUDIT_EVENT_TYPES.denied,
      datacontenttype: 'application/json',
      subject: 'User:payments-api',
    });
    expect(e.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.parse(e.time)).toBeGreaterThan(Date.now() - 5000);
    expect(e.data).toMatchObject({
      principal: 'User:payments-api',
      identitySource: 'sasl',
      clientId: 'pay-1',
      connection: {
        id: 'c1',
        remoteAddress: '10.0.0.7:51234',
        localAddress: '127.0.0.1:9092',
        listener: 'bootstrap',
      },
      api: { key: 0, name: 'Produce', version: 9 },
      decision: 'denied',
      rule: null,
      policyGeneration: 1,
    });
    expect(e.data.reason).toMatch(/no allow rule|default/i);
    expect(e.data.topics).toEqual([
      expect.objectContaining({ kind: 'topic', name: 'payments.commands', allowed: true }),
      expect.objectContaining({ kind: 'topic', name: 'ledger', allowed: false, errorCode: 29 }),
    ]);
    expect(e.data.topics[0]!.rule).toMatchObject({
      id: 'rules[0].allow[0]',
      effect: 'allow',
      line: 6, // after the apiVersion, kind, rules, principal and allow lines
      text: expect.stringContaining('payments.commands'),
    });
  });

  it('carries topic ids the caller adds to the decision event', () => {
    const { sink, events } = recordingAuditSink();
    const conn = connectionFor('User:x', {
      onDecision: (event) =>
        sink.onDecision({ ...event, topicIds: { ledger: 'AAAAAAAAAAAAAAAAAAAAAQ' } } as typeof event),
    });
    conn.decide({ apiKey: K.Fetch, apiVersion: 13, clientId: null, topics: ['ledger'] });
    const data = events[0]!.data as DecisionData;
    expect(data.topics[0]).toMatchObject({
      name: 'ledger',
      topicId: 'AAAAAAAAAAAAAAAAAAAAAQ',
      allowed: false,
    });
    expect(validate(events[0])).toBe(true);
  });
});

describe('topic ids', () => {
  it('name the id the proxy has learned for each topic, from the enforcement topic-id resolver', () => {
    const resolver = new TopicIdResolver(undefined);
    resolver.learn('AAAAAAAAAAAAAAAAAAAAAg', 'ledger');
    const { sink, events } = recordingAuditSink({ topicIdOf: (name) => resolver.idOf(name) });
    connectionFor('User:x', sink).decide({
      apiKey: K.Fetch,
      apiVersion: 13,
      clientId: null,
      topics: ['ledger', 'other'],
    });
    const data = events[0]!.data as DecisionData;
    expect(data.topics.map((t) => [t.name, t.topicId])).toEqual([
      ['ledger', 'AAAAAAAAAAAAAAAAAAAAAg'],
      ['other', undefined],
    ]);
  });
});

describe('allowed requests are aggregated', () => {
  it('a busy producer makes one event per window with the count and first/last seen, not one per request', () => {
    vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z') });
    const { sink, events } = recordingAuditSink({ aggregateWindowMs: 10_000 });
    sink.start();
    const conn = connectionFor('User:payments-api', sink);
    for (let i = 0; i < 5000; i++) {
      conn.decide({ apiKey: K.Produce, apiVersion: 9, clientId: 'pay-1', topics: ['payments.commands'] });
      if (i === 0) vi.setSystemTime(new Date('2026-01-01T00:00:04Z'));
    }
    expect(events).toHaveLength(0);
    vi.advanceTimersByTime(10_000);
    expect(events).toHaveLength(1);
    const e = events[0]! as AuditEvent<DecisionData>;
    expect(validate(e), JSON.stringify(validate.errors)).toBe(true);
    expect(e.type).toBe(AUDIT_EVENT_TYPES.allowed);
    expect(e.data).toMatchObject({
      decision: 'allowed',
      count: 5000,
      firstSeen: '2026-01-01T00:00:00.000Z',
      lastSeen: '2026-01-01T00:00:04.000Z',
      windowMs: 10_000,
      clientIds: ['pay-1'],
      rule: { id: 'rules[0].allow[0]' },
    });
    // The next window starts empty.
    vi.advanceTimersByTime(10_000);
    expect(events).toHaveLength(1);
    sink.stop();
  });

  it('keeps separate counts per principal, API and topic', () => {
    const { sink, events } = recordingAuditSink();
    const worker = connectionFor('User:worker', sink, 'c2');
    for (let i = 0; i < 3; i++)
      worker.decide({ apiKey: K.Fetch, apiVersion: 12, clientId: 'w', topics: ['payments.commands'] });
    for (let i = 0; i < 2; i++)
      worker.decide({ apiKey: K.Heartbeat, apiVersion: 4, clientId: 'w', groups: ['workers'] });
    connectionFor('User:payments-api', sink).decide({
      apiKey: K.Produce,
      apiVersion: 9,
      clientId: 'p',
      topics: ['payments.commands'],
    });
    sink.flush();
    const got = events.map((e) => {
      const d = e.data as DecisionData;
      return `${d.principal} ${d.api.name} ${d.topics.map((t) => t.name).join(',')} ${d.groups.map((g) => g.name).join(',')} x${d.count}`;
    });
    expect(got.sort()).toEqual([
      'User:payments-api Produce payments.commands  x1',
      'User:worker Fetch payments.commands  x3',
      'User:worker Heartbeat  workers x2',
    ]);
    for (const e of events) expect(validate(e), JSON.stringify(validate.errors)).toBe(true);
  });

  it('flushes early instead of holding more than aggregateMaxKeys keys', () => {
    const { sink, events } = recordingAuditSink({ mode: () => 'audit', aggregateMaxKeys: 3 });
    const conn = connectionFor('User:someone', sink);
    for (let i = 0; i < 10; i++) {
      for (let n = 0; n < 4; n++)
        conn.decide({ apiKey: K.Produce, apiVersion: 9, clientId: 'x', topics: [`t${i}`] });
    }
    // Keys 1-3 are flushed when the 4th arrives, 4-6 when the 7th does, 7-9 when the 10th does.
    expect(events.map((e) => (e.data as DecisionData).topics[0]!.name)).toEqual([
      't0',
      't1',
      't2',
      't3',
      't4',
      't5',
      't6',
      't7',
      't8',
    ]);
    expect(events.every((e) => (e.data as DecisionData).count === 4)).toBe(true);
    sink.flush();
    expect(events).toHaveLength(10);
  });
});

describe('audit mode', () => {
  it('reports denials as would-deny, aggregated, while allowed topics of the same request stay allowed', () => {
    const { sink, events } = recordingAuditSink({ mode: () => 'audit' });
    const conn = connectionFor('User:payments-api', sink);
    for (let i = 0; i < 100; i++) {
      conn.decide({
        apiKey: K.Produce,
        apiVersion: 9,
        clientId: 'p',
        topics: ['payments.commands', 'ledger'],
      });
    }
    expect(events).toHaveLength(0);
    sink.flush();
    const byType = Object.fromEntries(
      events.map((e) => [`${e.type} ${(e.data as DecisionData).topics[0]?.name}`, e]),
    );
    expect(Object.keys(byType).sort()).toEqual([
      `${AUDIT_EVENT_TYPES.allowed} payments.commands`,
      `${AUDIT_EVENT_TYPES.wouldDeny} ledger`,
    ]);
    const wouldDeny = byType[`${AUDIT_EVENT_TYPES.wouldDeny} ledger`]!.data as DecisionData;
    expect(wouldDeny).toMatchObject({ decision: 'would-deny', count: 100 });
    for (const e of events) expect(validate(e), JSON.stringify(validate.errors)).toBe(true);
  });
});
