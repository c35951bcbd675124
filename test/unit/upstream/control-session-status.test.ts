// The control connection's readiness state (src/upstream/control-session-status.ts): what counts as
// ready, and how each failure is put into words for /readyz and the log.
import { describe, expect, it } from 'vitest';
import { connectUpstream } from '../../../src/upstream/connect-upstream.js';
import {
  ControlSessionStatus,
  controlFailureText,
  describeControlFailure,
} from '../../../src/upstream/control-session-status.js';
import { ControlSessionError } from '../../../src/upstream/control-session.js';

/** A real failed connect (port 1 on loopback refuses), as connectUpstream rejects it. */
async function refusedConnect(): Promise<unknown> {
  return connectUpstream({ host: '127.0.0.1', port: 1 }, undefined, 5000).then(
    () => {
      throw new Error('port 1 accepted a connection');
    },
    (error: unknown) => error,
  );
}

describe('describeControlFailure', () => {
  it('calls a failed connect unreachable, with the system error', async () => {
    const failure = describeControlFailure('127.0.0.1:1', await refusedConnect(), false);
    expect(failure).toEqual({
      server: '127.0.0.1:1',
      reason: 'unreachable',
      detail: expect.stringMatching(/^cannot connect: .*ECONNREFUSED/),
    });
  });

  it('says the broker requires SASL and upstream.sasl is not set when an unauthenticated session is closed by a broker offering mechanisms', () => {
    const closed = new ControlSessionError('closed', 'the broker closed the control connection');
    expect(controlFailureText(describeControlFailure('b:9092', closed, false, ['SCRAM-SHA-512']))).toBe(
      'control connection to b:9092: broker requires SASL (offers SCRAM-SHA-512); upstream.sasl is not set',
    );
    expect(describeControlFailure('b:9092', closed, false, ['SCRAM-SHA-512']).reason).toBe(
      'sasl_not_configured',
    );
  });

  it('names the likely cause of a closed unauthenticated session when the broker offered no mechanism list', () => {
    const closed = new ControlSessionError('closed', 'the broker closed the control connection');
    const failure = describeControlFailure('b:9092', closed, false);
    expect(failure.reason).toBe('closed');
    expect(failure.detail).toMatch(/before answering Metadata .*upstream\.sasl is not set/);
    // With credentials configured, a close is only a close.
    expect(describeControlFailure('b:9092', closed, true)).toEqual({
      server: 'b:9092',
      reason: 'closed',
      detail: 'the broker closed the control connection',
    });
  });

  it('keeps the broker words of a refused mechanism or failed authentication, under their own reasons', () => {
    const auth = new ControlSessionError(
      'sasl-authentication',
      'SASL authentication failed: Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512',
    );
    expect(controlFailureText(describeControlFailure('b:9092', auth, true))).toBe(
      'control connection to b:9092: SASL authentication failed: Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512',
    );
    expect(describeControlFailure('b:9092', auth, true).reason).toBe('sasl_authentication_failed');
    const mechanism = new ControlSessionError('sasl-mechanism', 'broker refused SASL mechanism PLAIN');
    expect(describeControlFailure('b:9092', mechanism, true).reason).toBe('sasl_mechanism_refused');
    const timeout = new ControlSessionError('timeout', 'no response to API key 3 in 10 ms');
    expect(describeControlFailure('b:9092', timeout, true).reason).toBe('timeout');
    expect(describeControlFailure('b:9092', new Error('read ECONNRESET'), true)).toEqual({
      server: 'b:9092',
      reason: 'other',
      detail: 'read ECONNRESET',
    });
  });
});

describe('ControlSessionStatus', () => {
  const refused = { server: 'a:9092', reason: 'unreachable', detail: 'cannot connect: refused' } as const;
  const auth = {
    server: 'b:9092',
    reason: 'sasl_authentication_failed',
    detail: 'SASL authentication failed: x',
  } as const;

  it('is not ready before any refresh has finished', () => {
    const state = new ControlSessionStatus().state();
    expect(state.ready).toBe(false);
    expect(state.problems).toEqual(['the control connection has had no Metadata answer yet']);
    expect(state.lastAnsweredMs).toBe(0);
  });

  it('is ready after an answer, not ready with every tried broker named after a failed refresh, and ready again after the next answer', () => {
    const status = new ControlSessionStatus();
    status.answered(1000);
    expect(status.state()).toMatchObject({ ready: true, problems: [], lastAnsweredMs: 1000 });
    status.failed([refused, auth]);
    expect(status.isFailing).toBe(true);
    expect(status.state()).toMatchObject({
      ready: false,
      problems: [
        'control connection to a:9092: cannot connect: refused',
        'control connection to b:9092: SASL authentication failed: x',
      ],
      lastAnsweredMs: 1000,
    });
    status.answered(2000);
    expect(status.state()).toMatchObject({ ready: true, problems: [], lastAnsweredMs: 2000 });
  });

  it('counts failed attempts by reason across refreshes', () => {
    const status = new ControlSessionStatus();
    status.failed([refused, auth]);
    status.failed([auth]);
    const failures = status.state().failures;
    expect(failures.unreachable).toBe(1);
    expect(failures.sasl_authentication_failed).toBe(2);
    expect(failures.sasl_not_configured).toBe(0);
  });
});
