// Whether the proxy's control connection works: the last broker-list refresh
// (cluster-metadata-poller.ts) opened a session to a bootstrap broker, completed its TLS and SASL
// handshake (upstream.sasl) and got a Metadata answer. The proxy resolves topic IDs and learns the
// cluster's brokers through such sessions, so /readyz reports the upstream as ready only then, and
// says why not otherwise, one line per bootstrap broker tried.

import { ErrorCode } from '../../protocol/errors.js';
import { ApiKey } from '../../protocol/generated/api-keys.js';
import { decodeSaslHandshakeResponse } from '../../protocol/generated/messages/sasl-handshake.js';
import { parseHostPort } from './broker-directory.js';
import { isConnectFailure } from './connect-upstream.js';
import { ControlSessionError, openControlSession, type ControlSessionOptions } from './control-session.js';

/** Why a control session failed, as the `reason` label of the failure counter. */
export const CONTROL_FAILURE_REASONS = [
  'unreachable',
  'sasl_not_configured',
  'sasl_mechanism_refused',
  'sasl_authentication_failed',
  'closed',
  'timeout',
  'other',
] as const;
export type ControlFailureReason = (typeof CONTROL_FAILURE_REASONS)[number];

/** One failed attempt: the bootstrap broker (`host:port` as configured), why, and the words for a person. */
export interface ControlAttemptFailure {
  readonly server: string;
  readonly reason: ControlFailureReason;
  readonly detail: string;
}

/**
 * Puts a control session's error into words. `saslConfigured`: whether upstream.sasl is set.
 * `offeredMechanisms`: what the broker's SaslHandshake offered to a probe (see offeredSaslMechanisms),
 * when known: a broker that closes an unauthenticated session and offers mechanisms requires SASL.
 */
export function describeControlFailure(
  server: string,
  error: unknown,
  saslConfigured: boolean,
  offeredMechanisms?: readonly string[],
): ControlAttemptFailure {
  const message = error instanceof Error ? error.message : String(error);
  const failure = (reason: ControlFailureReason, detail: string): ControlAttemptFailure => ({
    server,
    reason,
    detail,
  });
  if (isConnectFailure(error)) return failure('unreachable', `cannot connect: ${message}`);
  if (!(error instanceof ControlSessionError)) return failure('other', message);
  switch (error.kind) {
    case 'closed':
      if (saslConfigured) return failure('closed', message);
      return offeredMechanisms === undefined
        ? failure(
            'closed',
            `${message} before answering Metadata (a listener that requires SASL does that, and upstream.sasl is not set)`,
          )
        : failure(
            'sasl_not_configured',
            `broker requires SASL (offers ${offeredMechanisms.join(', ') || 'no mechanism'}); upstream.sasl is not set`,
          );
    case 'sasl-mechanism':
      return failure('sasl_mechanism_refused', message);
    case 'sasl-authentication':
      return failure('sasl_authentication_failed', message);
    case 'timeout':
      return failure('timeout', message);
  }
}

/** The text of one failure, as /readyz and the log show it. */
export function controlFailureText(failure: ControlAttemptFailure): string {
  return `control connection to ${failure.server}: ${failure.detail}`;
}

/**
 * Asks `server` which SASL mechanisms it offers: one SaslHandshake v1 (mechanism PLAIN) on a fresh
 * session. A SASL listener answers with its enabled mechanisms (error 0, or UNSUPPORTED_SASL_MECHANISM
 * (33), whose answer still lists them, when PLAIN is not one of them); a listener without SASL answers ILLEGAL_SASL_STATE (Kafka's
 * KafkaApis.handleSaslHandshakeRequest), and then this resolves undefined, as it does when the probe
 * itself fails.
 */
export async function offeredSaslMechanisms(
  server: string,
  options: Omit<ControlSessionOptions, 'sasl'>,
): Promise<string[] | undefined> {
  try {
    const { socket, call } = await openControlSession(parseHostPort(server), options);
    try {
      const answer = decodeSaslHandshakeResponse(
        await call(ApiKey.SaslHandshake, 1, { mechanism: 'PLAIN' }),
        1,
      );
      return answer.errorCode === 0 || answer.errorCode === ErrorCode.UNSUPPORTED_SASL_MECHANISM
        ? answer.mechanisms
        : undefined;
    } finally {
      socket.destroy();
    }
  } catch {
    return undefined;
  }
}

/** What /readyz and the metrics read about the control connection. */
export interface ControlSessionState {
  /** True when the last refresh got a Metadata answer (handshake and authentication included). */
  readonly ready: boolean;
  /** Why not ready, one line per bootstrap broker tried; empty when ready. */
  readonly problems: readonly string[];
  /** Failed attempts since start, by reason. */
  readonly failures: Readonly<Record<ControlFailureReason, number>>;
  /** When a Metadata answer last came (ms since the epoch), 0 when none has. */
  readonly lastAnsweredMs: number;
}

/**
 * The control connection's state, fed by the broker-list poller after each refresh: `answered` when
 * some bootstrap broker answered, `failed` with every attempt's failure when none did. Ready once an
 * answer has come and as long as the last refresh got one; the first answer after failures makes
 * it ready again.
 */
export class ControlSessionStatus {
  private lastAnsweredMs = 0;
  /** The failures of the last refresh; undefined when it got an answer (or none has finished). */
  private failing: readonly ControlAttemptFailure[] | undefined;
  private readonly failures = Object.fromEntries(CONTROL_FAILURE_REASONS.map((r) => [r, 0])) as Record<
    ControlFailureReason,
    number
  >;

  /** A refresh got a Metadata answer. */
  answered(nowMs: number = Date.now()): void {
    this.lastAnsweredMs = nowMs;
    this.failing = undefined;
  }

  /** A refresh got no answer: every bootstrap broker tried failed (`failures` must not be empty). */
  failed(failures: readonly ControlAttemptFailure[]): void {
    for (const f of failures) this.failures[f.reason]++;
    this.failing = failures;
  }

  /** True when the last refresh failed. */
  get isFailing(): boolean {
    return this.failing !== undefined;
  }

  state(): ControlSessionState {
    let problems: string[] = [];
    if (this.failing !== undefined) problems = this.failing.map(controlFailureText);
    else if (this.lastAnsweredMs === 0) problems = ['the control connection has had no Metadata answer yet'];
    return {
      ready: problems.length === 0,
      problems,
      failures: { ...this.failures },
      lastAnsweredMs: this.lastAnsweredMs,
    };
  }
}
