import { describe, expect, it } from 'vitest';
import { auditedFilter } from '../../../src/audit/audited-filter.js';
import type {
  RequestContext,
  RequestDecision,
  RequestFilter,
} from '../../../src/connection/request-decision.js';
import { K } from './audit-fixtures.js';

const deny: RequestDecision = { outcome: 'answer', responseBody: Buffer.from([0, 29]) };

function request(apiKey: number): RequestContext {
  return {
    header: { apiKey, apiVersion: 9, correlationId: 1, clientId: 'c', headerLength: 10 },
    expectsResponse: true,
    frame: undefined,
    connection: {} as RequestContext['connection'],
  };
}

function recording(answer: RequestDecision | Promise<RequestDecision>) {
  const decided: number[] = [];
  const inner: RequestFilter = {
    wantsFrame: (h) => h.apiKey === K.Produce,
    decide: (r) => {
      decided.push(r.header.apiKey);
      return answer;
    },
  };
  return { inner, decided };
}

describe('audited filter', () => {
  it('in enforce mode returns the policy decision unchanged and keeps its frame needs', () => {
    const { inner } = recording(deny);
    const f = auditedFilter(inner, { mode: () => 'enforce', admitsRequests: () => true });
    expect(f.decide(request(K.Produce))).toBe(deny);
    expect(f.wantsFrame(request(K.Produce).header)).toBe(true);
    expect(f.wantsFrame(request(K.Fetch).header)).toBe(false);
  });

  it('in audit mode still asks the policy (so the decision is audited) but forwards', async () => {
    const { inner, decided } = recording(deny);
    const f = auditedFilter(inner, { mode: () => 'audit', admitsRequests: () => true });
    expect(f.decide(request(K.Produce))).toEqual({ outcome: 'forward' });
    const asyncDeny = recording(Promise.resolve(deny));
    const g = auditedFilter(asyncDeny.inner, { mode: () => 'audit', admitsRequests: () => true });
    await expect(g.decide(request(K.Fetch))).resolves.toEqual({ outcome: 'forward' });
    expect([...decided, ...asyncDeny.decided]).toEqual([K.Produce, K.Fetch]);
  });

  it('refuses requests while the audit trail is unavailable, except ApiVersions and SASL', () => {
    const { inner, decided } = recording({ outcome: 'forward' });
    let up = false;
    const f = auditedFilter(inner, { mode: () => 'enforce', admitsRequests: () => up });
    expect(f.decide(request(K.Produce))).toMatchObject({
      outcome: 'close',
      reason: expect.stringMatching(/audit trail unavailable/),
    });
    expect(f.decide(request(K.ApiVersions))).toEqual({ outcome: 'forward' });
    expect(f.decide(request(K.SaslAuthenticate))).toEqual({ outcome: 'forward' });
    up = true;
    expect(f.decide(request(K.Produce))).toEqual({ outcome: 'forward' });
    expect(decided).toEqual([K.ApiVersions, K.SaslAuthenticate, K.Produce]);
  });

  it('decides from the start of a frame only in enforce mode while the audit trail records', () => {
    const streamed = { tail: { push: () => undefined, end: () => undefined, undecodable: () => deny } };
    const inner: RequestFilter = {
      wantsFrame: () => true,
      decideFromStart: () => streamed,
      decide: () => deny,
    };
    let mode: 'enforce' | 'audit' = 'enforce';
    let up = true;
    const f = auditedFilter(inner, { mode: () => mode, admitsRequests: () => up });
    const start = Buffer.alloc(20);
    expect(f.decideFromStart!(request(K.Produce), 16, start)).toBe(streamed);
    // Audit mode forwards even a frame that does not decode, which a streamed walk would close.
    mode = 'audit';
    expect(f.decideFromStart!(request(K.Produce), 16, start)).toBeUndefined();
    mode = 'enforce';
    up = false;
    expect(f.decideFromStart!(request(K.Produce), 16, start)).toBeUndefined();
  });
});
