import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../../src/audit/audit-event.js';
import { suggestPolicy } from '../../../src/audit/policy-suggestion.js';
import { ConnectionDecisions, FixedPolicySource } from '../../../src/policy/connection-decisions.js';
import { compilePolicy, type RequestDescription } from '../../../src/policy/engine.js';
import { parsePolicy } from '../../../src/policy/policy-loader.js';
import { compileRules } from '../policy/policy-fixtures.js';
import { K, recordingAuditSink } from './audit-fixtures.js';

type Request = Omit<RequestDescription, 'principal'>;

const producer: Request[] = [
  { apiKey: K.Metadata, apiVersion: 12, clientId: 'p', topics: ['orders'] },
  { apiKey: K.InitProducerId, apiVersion: 5, clientId: 'p' },
  { apiKey: K.Produce, apiVersion: 11, clientId: 'p', topics: ['orders'] },
  { apiKey: K.Produce, apiVersion: 11, clientId: 'p', topics: ['orders', 'audit.trail'] },
];
const consumer: Request[] = [
  { apiKey: K.FindCoordinator, apiVersion: 4, clientId: 'c', groups: ['billing'] },
  { apiKey: K.JoinGroup, apiVersion: 9, clientId: 'c', groups: ['billing'] },
  { apiKey: K.OffsetFetch, apiVersion: 9, clientId: 'c', groups: ['billing'], topics: ['orders'] },
  { apiKey: K.Fetch, apiVersion: 12, clientId: 'c', topics: ['orders'] },
  { apiKey: K.OffsetCommit, apiVersion: 9, clientId: 'c', groups: ['billing'], topics: ['orders'] },
];

/** Runs the requests through a deny-everything policy in audit mode and collects the events. */
function observe(traffic: Record<string, Request[]>): AuditEvent[] {
  const { sink, events } = recordingAuditSink({ mode: () => 'audit' });
  const empty = new FixedPolicySource(compileRules('  []\n'));
  for (const [principal, requests] of Object.entries(traffic)) {
    const conn = new ConnectionDecisions(empty, { id: principal, principal, identitySource: 'sasl' }, sink);
    for (const r of requests) for (let i = 0; i < 3; i++) conn.decide(r);
  }
  sink.flush();
  return events;
}

describe('policy suggest', () => {
  const events = observe({ 'User:producer': producer, 'User:consumer': consumer });
  const suggestion = suggestPolicy(events, { name: 'observed' });
  const parsed = parsePolicy(suggestion.yaml, 'suggested.yaml');

  it('writes a policy that loads (schema and semantic checks of policy check)', () => {
    expect(parsed.ok, parsed.ok ? '' : parsed.errors.join('\n')).toBe(true);
    expect(suggestion.yaml).toMatch(/^# Suggested by `kafka-l7-proxy policy suggest`/);
    expect(suggestion.used).toBe(events.length);
  });

  it('allows every observed request of every principal', () => {
    if (!parsed.ok) throw new Error('policy did not load');
    const policy = new FixedPolicySource(compilePolicy(parsed.policy));
    for (const [principal, requests] of Object.entries({
      'User:producer': producer,
      'User:consumer': consumer,
    })) {
      const conn = new ConnectionDecisions(policy, { id: principal, principal });
      for (const r of requests)
        expect(conn.decide(r).allowed, `${principal} ${JSON.stringify(r)}`).toBe(true);
    }
  });

  it('allows nothing more: other topics, groups, API keys and principals stay denied', () => {
    if (!parsed.ok) throw new Error('policy did not load');
    const policy = new FixedPolicySource(compilePolicy(parsed.policy));
    const p = new ConnectionDecisions(policy, { id: 'p', principal: 'User:producer' });
    expect(p.decide({ apiKey: K.Produce, apiVersion: 11, clientId: 'p', topics: ['payments'] }).allowed).toBe(
      false,
    );
    expect(p.decide({ apiKey: K.Fetch, apiVersion: 12, clientId: 'p', topics: ['orders'] }).allowed).toBe(
      false,
    );
    expect(
      p.decide({ apiKey: K.DeleteTopics, apiVersion: 6, clientId: 'p', topics: ['orders'] }).allowed,
    ).toBe(false);
    const c = new ConnectionDecisions(policy, { id: 'c', principal: 'User:consumer' });
    expect(c.decide({ apiKey: K.JoinGroup, apiVersion: 9, clientId: 'c', groups: ['other'] }).allowed).toBe(
      false,
    );
    expect(c.decide({ apiKey: K.Produce, apiVersion: 11, clientId: 'c', topics: ['orders'] }).allowed).toBe(
      false,
    );
    const stranger = new ConnectionDecisions(policy, { id: 's', principal: 'User:stranger' });
    expect(stranger.decide(producer[2]!).allowed).toBe(false);
  });

  it('writes roles for what clients do, exact rules only for the rest, and configures the SASL identity it saw', () => {
    expect(suggestion.yaml).toContain('- sasl: {}');
    if (!parsed.ok) throw new Error('policy did not load');
    const allow = (p: string) => parsed.policy.ruleSets.find((s) => s.principals.includes(p))!.allow;
    expect(suggestion.yaml).toMatch(
      /- role: produce\n\s+topic: audit\.trail\n\s+- role: produce\n\s+topic: orders\n/,
    );
    expect(allow('User:producer').map((r) => r.role)).toEqual(['produce', 'produce']);
    expect(allow('User:consumer').map((r) => r.role)).toEqual(['consume']);
  });

  it('lets the consumer it watched heartbeat, rebalance and leave, though the window saw none of it', () => {
    if (!parsed.ok) throw new Error('policy did not load');
    const conn = new ConnectionDecisions(new FixedPolicySource(compilePolicy(parsed.policy)), {
      id: 'c',
      principal: 'User:consumer',
    });
    for (const apiKey of [K.Heartbeat, K.SyncGroup, K.LeaveGroup, K.ListOffsets, K.OffsetForLeaderEpoch]) {
      const groups = apiKey === K.ListOffsets || apiKey === K.OffsetForLeaderEpoch ? [] : ['billing'];
      const topics = groups.length === 0 ? ['orders'] : [];
      expect(
        conn.decide({ apiKey, apiVersion: 4, clientId: 'c', groups, topics }).allowed,
        String(apiKey),
      ).toBe(true);
    }
  });

  it('turns a generated group name into its prefix', () => {
    const run = observe({
      'User:cli': [
        { apiKey: K.FindCoordinator, apiVersion: 4, clientId: 'x', groups: ['console-consumer-12345'] },
        { apiKey: K.JoinGroup, apiVersion: 9, clientId: 'x', groups: ['console-consumer-12345'] },
        { apiKey: K.Fetch, apiVersion: 12, clientId: 'x', topics: ['orders'] },
      ],
    });
    const yaml = suggestPolicy(run).yaml;
    expect(yaml).toContain('group: console-consumer-*');
    expect(yaml).not.toContain('12345');
    const loaded = parsePolicy(yaml, 's.yaml');
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    const conn = new ConnectionDecisions(new FixedPolicySource(compilePolicy(loaded.policy)), {
      id: 'x',
      principal: 'User:cli',
    });
    // The next run of the console consumer picks another number.
    expect(
      conn.decide({ apiKey: K.JoinGroup, apiVersion: 9, clientId: 'x', groups: ['console-consumer-777'] })
        .allowed,
    ).toBe(true);
  });

  it('warns when the window is short or a client was seen mid-life', () => {
    expect(suggestion.warnings[0]).toMatch(/^the events cover \d+ s, less than 15 min/);
    const midLife = observe({
      'User:late': [
        { apiKey: K.OffsetCommit, apiVersion: 9, clientId: 'c', groups: ['billing'], topics: ['orders'] },
      ],
    });
    expect(suggestPolicy(midLife, { minWindowMs: 0 }).warnings).toEqual([
      expect.stringMatching(/^User:late used a consumer group but was not seen joining it/),
    ]);
  });

  it('leaves out denials from enforce mode unless asked to include them', () => {
    const denied = events.map(
      (e) =>
        ({
          ...e,
          type: 'io.kafka-l7-proxy.decision.denied',
          data: { ...e.data, decision: 'denied' },
        }) as AuditEvent,
    );
    expect(suggestPolicy(denied).used).toBe(0);
    expect(suggestPolicy(denied, { includeDenied: true }).used).toBe(events.length);
  });
});
