import type { ListenerTarget } from '../listeners/listener-manager.js';
import type { SaslIdentity } from '../sasl/sasl-observer.js';
import type { TlsPeerIdentity } from '../tls/peer-identity.js';

/**
 * What the proxy knows about one client connection: where it came from, which listener it used, its
 * TLS client certificate and SASL identity (if any) and the client id of its latest request. The
 * identity issue builds the policy's principal from these attributes.
 */
export interface ConnectionContext {
  readonly id: number;
  readonly listener: ListenerTarget;
  readonly remoteAddress: string;
  readonly remotePort: number;
  /** Client certificate of a TLS connection, or undefined (no TLS, or no certificate sent). */
  readonly tls: TlsPeerIdentity | undefined;
  readonly sasl: SaslIdentity;
  clientId: string | null;
  /**
   * The broker node the upstream connection reached, when the proxy can tell: a node listener's node,
   * or, for a bootstrap connection, the node whose real address (in the broker directory) it
   * connected to. Undefined before the upstream connects, and for a bootstrap address that is no
   * known node's (a load-balanced Service may reach any broker). Broker-side state keyed per broker
   * (fetch sessions) is shared between connections only through this.
   */
  readonly upstreamNodeId?: () => number | undefined;
}
