// The policy side of one client connection: its principal (resolved from TLS, SASL, source address
// or a static identity, in the policy's order) and its cached decisions. The principal is resolved
// again when SASL completes and when a reloaded policy changes the identity sources; cached decisions
// are dropped each time.

import type { ConnectionContext } from '../connection/connection-context.js';
import {
  ConnectionDecisions,
  resolveIdentity,
  tlsPeerFromAltNames,
  type ConnectionAttributes,
  type DecisionSink,
  type PolicySource,
  type ResolvedIdentity,
} from '../policy/index.js';

export function listenerName(connection: ConnectionContext): string {
  return connection.listener.kind === 'bootstrap' ? 'bootstrap' : `node-${connection.listener.nodeId}`;
}

export function attributesOf(connection: ConnectionContext): ConnectionAttributes {
  const tls = connection.tls;
  const sasl = connection.sasl;
  return {
    remoteAddress: connection.remoteAddress,
    listener: listenerName(connection),
    // Only a certificate that verified against the listener's client CA is an identity.
    ...(tls !== undefined && tls.authorized
      ? { tls: tlsPeerFromAltNames(tls.subject, tls.subjectAltNames) }
      : {}),
    ...(sasl.mechanism !== undefined && sasl.user !== undefined
      ? { sasl: { mechanism: sasl.mechanism, user: sasl.user, verified: sasl.authenticated } }
      : {}),
  };
}

export class ConnectionPolicy {
  /** Decisions on requests: every one goes to the decision sink. */
  readonly decisions: ConnectionDecisions;
  /**
   * Decisions the proxy takes on the side (which topics of a Metadata-for-all answer to keep, whether
   * a topic may be auto-created): not requests of the client, so not reported as decisions.
   */
  readonly quiet: ConnectionDecisions;
  identity: ResolvedIdentity;
  private identityKey: string;

  constructor(
    private readonly connection: ConnectionContext,
    private readonly source: PolicySource,
    sink: DecisionSink | undefined,
  ) {
    this.identityKey = this.currentKey();
    this.identity = this.resolve();
    const context = this.decisionContext();
    this.decisions = new ConnectionDecisions(source, context, sink);
    this.quiet = new ConnectionDecisions(source, context);
  }

  /** Re-resolves the principal when SASL completed or the policy changed since the last request. */
  refresh(): void {
    const key = this.currentKey();
    if (key === this.identityKey) return;
    this.identityKey = key;
    const identity = this.resolve();
    if (identity.principal === this.identity.principal && identity.source === this.identity.source) return;
    this.identity = identity;
    const context = this.decisionContext();
    this.decisions.reidentify(context);
    this.quiet.reidentify(context);
  }

  private currentKey(): string {
    const sasl = this.connection.sasl;
    return `${this.source.current().generation}|${sasl.authenticated}|${sasl.user ?? ''}`;
  }

  private resolve(): ResolvedIdentity {
    return resolveIdentity(this.source.current().policy.identities, attributesOf(this.connection));
  }

  private decisionContext(): {
    id: string;
    principal: string;
    remoteAddress: string;
    listener: string;
    identitySource: string;
  } {
    return {
      id: String(this.connection.id),
      principal: this.identity.principal,
      remoteAddress: this.connection.remoteAddress,
      listener: listenerName(this.connection),
      identitySource: this.identity.source,
    };
  }
}
