import { saslUserFromClientMessage } from './sasl-auth-bytes.js';

/** What the proxy knows about a connection's SASL state; the identity issue reads it. */
export interface SaslIdentity {
  /** Mechanism the client asked for in SaslHandshake, upper case. */
  mechanism: string | undefined;
  /** User named in the client's first authentication message. */
  user: string | undefined;
  /** True only once the broker has answered the final SaslAuthenticate round with error code 0. */
  authenticated: boolean;
}

/**
 * Follows a SASL exchange that passes through untouched. The proxy never authenticates anybody: it
 * notes the mechanism and the user named by the client, and marks the user established only when the
 * broker says the exchange succeeded. PLAIN has one round; SCRAM has two (client-first and
 * client-final), so success is the error-free answer to the round after which the broker has nothing
 * left to ask, which for SCRAM is the second.
 */
export class SaslObserver {
  readonly identity: SaslIdentity = { mechanism: undefined, user: undefined, authenticated: false };
  private rounds = 0;
  private failed = false;
  /**
   * The identity the broker accepted last, if any. A later exchange on the same connection
   * (re-authentication, KIP-368) that the broker refuses leaves the connection with it: the broker
   * keeps serving the principal it had authenticated (it refuses a re-authentication that would
   * change the principal and goes on as before).
   */
  private established: { mechanism: string | undefined; user: string | undefined } | undefined;

  /** `onOutcome` hears once per exchange whether the broker accepted or refused it. */
  constructor(
    private readonly onOutcome?: (outcome: 'authenticated' | 'failed', identity: SaslIdentity) => void,
  ) {}

  onHandshakeRequest(mechanism: string): void {
    this.identity.mechanism = mechanism.toUpperCase();
    this.identity.user = undefined;
    this.identity.authenticated = false;
    this.rounds = 0;
    this.failed = false;
  }

  onHandshakeResponse(errorCode: number): void {
    if (errorCode !== 0 && !this.failed) {
      this.failed = true;
      this.onOutcome?.('failed', this.identity);
    }
    if (errorCode !== 0) this.restoreEstablished();
  }

  onAuthenticateRequest(authBytes: Buffer): void {
    this.rounds++;
    if (this.rounds === 1 && this.identity.mechanism !== undefined) {
      this.identity.user = saslUserFromClientMessage(this.identity.mechanism, authBytes);
    }
  }

  /** Returns true when this response completed a successful authentication. */
  onAuthenticateResponse(errorCode: number): boolean {
    if (errorCode !== 0) {
      if (!this.failed) this.onOutcome?.('failed', this.identity);
      this.failed = true;
      this.identity.authenticated = false;
      this.restoreEstablished();
      return false;
    }
    if (this.failed || this.identity.authenticated) return false;
    if (this.rounds >= this.roundsNeeded()) {
      this.identity.authenticated = true;
      this.established = { mechanism: this.identity.mechanism, user: this.identity.user };
      this.onOutcome?.('authenticated', this.identity);
      return true;
    }
    return false;
  }

  private restoreEstablished(): void {
    if (this.established === undefined) return;
    this.identity.mechanism = this.established.mechanism;
    this.identity.user = this.established.user;
    this.identity.authenticated = true;
  }

  private roundsNeeded(): number {
    const mechanism = this.identity.mechanism ?? '';
    return mechanism.startsWith('SCRAM-') ? 2 : 1;
  }
}
