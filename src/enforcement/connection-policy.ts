// The policy side of one client connection: its principal (resolved from TLS, SASL, source address
// or a static identity, in the policy's order) and its cached decisions. The principal is resolved
// again when SASL completes and when a reloaded policy changes the identity sources; cached decisions
// are dropped each time.

import type { ConnectionContext } from '../connection/connection-context.js';
import { listenerLabel } from '../listeners/listener-label.js';
import type { PodDirectory } from '../identity/kubernetes-pods.js';
import {
  ConnectionDecisions,
  resolveIdentity,
  tlsPeerFromAltNames,
  type ConnectionAttributes,
  type DecisionSink,
  type EndpointLabels,
  type PolicySource,
  type ResolvedIdentity,
} from '../policy/index.js';

export function attributesOf(connection: ConnectionContext, pods?: PodDirectory): ConnectionAttributes {
  const tls = connection.tls;
  const sasl = connection.sasl;
  return {
    remoteAddress: connection.remoteAddress,
    ...(pods ? { pods } : {}),
    listener: listenerLabel(connection.listener),
    // Only a certificate that verified against the listener's client CA is an identity.
    ...(tls !== undefined && tls.authorized
      ? { tls: tlsPeerFromAltNames(tls.subject, tls.subjectAltNames) }
      : {}),
    // A broker-accepted exchange whose user the proxy cannot read is passed on too (user undefined):
    // a `sasl` source then refuses the connection rather than let a later source name it.
    ...(sasl.mechanism !== undefined && (sasl.user !== undefined || sasl.authenticated)
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
  /**
   * Set when the connection was identified as a pod and its address now belongs to another pod or
   * to none (pod deleted, IP reused): the connection must be closed, never decided as someone else.
   */
  podReleased: string | undefined;
  private identityKey: string;
  /** The parts of `identityKey` last seen (policy generation, SASL state), when there is no pod watch. */
  private seen: { generation: number; authenticated: boolean; user: string | undefined };
  /** uid of the pod the connection was first identified as. */
  private podUid: string | undefined;

  constructor(
    private readonly connection: ConnectionContext,
    private readonly source: PolicySource,
    sink: DecisionSink | undefined,
    private readonly pods?: PodDirectory,
  ) {
    this.identityKey = this.currentKey();
    this.seen = {
      generation: source.current().generation,
      authenticated: connection.sasl.authenticated,
      user: connection.sasl.user,
    };
    this.identity = this.resolve();
    this.podUid = this.identity.pod?.uid;
    const context = this.decisionContext();
    this.decisions = new ConnectionDecisions(source, context, sink);
    this.quiet = new ConnectionDecisions(source, context);
  }

  /** Re-resolves the principal when SASL completed or the policy changed since the last request. */
  refresh(): void {
    // Every request asks: without a pod watch, compare the parts of the key before building it.
    const sasl = this.connection.sasl;
    const generation = this.source.current().generation;
    if (
      this.pods === undefined &&
      generation === this.seen.generation &&
      sasl.authenticated === this.seen.authenticated &&
      sasl.user === this.seen.user
    )
      return;
    this.seen = { generation, authenticated: sasl.authenticated, user: sasl.user };
    const key = this.currentKey();
    if (key === this.identityKey) return;
    this.identityKey = key;
    const identity = this.resolve();
    if (
      this.podUid !== undefined &&
      identity.refuse === undefined &&
      identity.pod?.uid !== this.podUid &&
      this.podReleased === undefined
    ) {
      this.podReleased = `address ${this.connection.remoteAddress} no longer belongs to pod ${this.identity.pod?.namespace}/${this.identity.pod?.name}`;
    }
    if (
      identity.principal === this.identity.principal &&
      identity.source === this.identity.source &&
      identity.pod?.key === this.identity.pod?.key &&
      identity.refuse === this.identity.refuse
    )
      return;
    this.identity = identity;
    const context = this.decisionContext();
    this.decisions.reidentify(context);
    this.quiet.reidentify(context);
  }

  private currentKey(): string {
    const sasl = this.connection.sasl;
    const base = `${this.source.current().generation}|${sasl.authenticated}|${sasl.user ?? ''}`;
    if (this.pods === undefined) return base;
    // A pod's relabelling, deletion or the watch's state changes the identity: re-resolve then.
    const found = this.pods.lookup(this.connection.remoteAddress);
    return `${base}|${found.kind === 'pod' ? found.pod.key : found.kind}`;
  }

  private resolve(): ResolvedIdentity {
    return resolveIdentity(this.source.current().policy.identities, attributesOf(this.connection, this.pods));
  }

  private decisionContext(): {
    id: string;
    principal: string;
    endpoint?: EndpointLabels;
    remoteAddress: string;
    listener: string;
    identitySource: string;
  } {
    const pod = this.identity.pod;
    return {
      id: String(this.connection.id),
      principal: this.identity.principal,
      ...(pod ? { endpoint: { key: pod.key, labels: pod.labels } } : {}),
      remoteAddress: this.connection.remoteAddress,
      listener: listenerLabel(this.connection.listener),
      identitySource: this.identity.source,
    };
  }
}
