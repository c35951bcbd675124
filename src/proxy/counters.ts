/**
 * Event counters of one proxy instance. A plain object for now: the metrics issue exports these
 * through prom-client. Every connection closed for bad input bumps exactly one `closedFor` reason so
 * that an operator can tell hostile or broken clients from normal disconnects.
 */
export type CloseReason =
  | 'frame-too-large'
  | 'negative-frame-length'
  | 'truncated-frame'
  | 'undecodable-header'
  | 'unsupported-api'
  | 'unsupported-version'
  | 'bad-response'
  | 'tls-handshake-failed'
  | 'idle-timeout'
  | 'request-timeout'
  | 'memory-budget'
  | 'upstream-unavailable'
  | 'upstream-closed'
  | 'policy-close'
  | 'draining'
  | 'connection-limit';

export interface ProxyCounters {
  connectionsAccepted: number;
  connectionsActive: number;
  connectionsRejected: number;
  requestsForwarded: number;
  requestsAnswered: number;
  requestsDropped: number;
  responsesRewritten: number;
  /** Produce/Fetch responses whose KIP-951 NodeEndpoints were rewritten (a subset of the above). */
  nodeEndpointsRewritten: number;
  /**
   * Streamed Produce/Fetch responses whose NodeEndpoints were removed instead (they named a node the
   * proxy did not know, so the size announced before the tail could not hold them); the client then
   * refreshes Metadata, as with a broker before KIP-951.
   */
  nodeEndpointsRemoved: number;
  /** The memory budget: bytes reserved now, its limit, and reservations that had to wait. */
  bufferedBytes: number;
  bufferBudgetBytes: number;
  bufferWaits: number;
  /** Log lines held back by the repeated-warning limit, by kind (src/proxy/repeated-warnings.ts). */
  logLinesSuppressed: Record<string, number>;
  /** SASL exchanges the broker accepted / refused (passed through, observed by the proxy). */
  saslAuthenticated: number;
  saslFailed: number;
  bytesFromClients: number;
  bytesToClients: number;
  /** Connection attempts to a broker (clients' and the control connection's) that failed: refused, timed out, TLS. */
  upstreamConnectErrors: number;
  /** Epoch ms of the last broker connection that opened / failed to open (0: none yet). */
  upstreamLastConnectedMs: number;
  upstreamLastConnectErrorMs: number;
  closedFor: Record<CloseReason, number>;
}

export function createCounters(): ProxyCounters {
  return {
    connectionsAccepted: 0,
    connectionsActive: 0,
    connectionsRejected: 0,
    requestsForwarded: 0,
    requestsAnswered: 0,
    requestsDropped: 0,
    responsesRewritten: 0,
    nodeEndpointsRewritten: 0,
    nodeEndpointsRemoved: 0,
    bufferedBytes: 0,
    bufferBudgetBytes: 0,
    bufferWaits: 0,
    logLinesSuppressed: {},
    saslAuthenticated: 0,
    saslFailed: 0,
    bytesFromClients: 0,
    bytesToClients: 0,
    upstreamConnectErrors: 0,
    upstreamLastConnectedMs: 0,
    upstreamLastConnectErrorMs: 0,
    closedFor: {
      'frame-too-large': 0,
      'negative-frame-length': 0,
      'truncated-frame': 0,
      'undecodable-header': 0,
      'unsupported-api': 0,
      'unsupported-version': 0,
      'bad-response': 0,
      'tls-handshake-failed': 0,
      'idle-timeout': 0,
      'request-timeout': 0,
      'memory-budget': 0,
      'upstream-unavailable': 0,
      'upstream-closed': 0,
      'policy-close': 0,
      draining: 0,
      'connection-limit': 0,
    },
  };
}

/** Counts a broker connection attempt: `ok` when it opened (or the broker answered), else a failure. */
export function countUpstreamConnect(counters: ProxyCounters, ok: boolean, nowMs: number = Date.now()): void {
  if (ok) counters.upstreamLastConnectedMs = nowMs;
  else {
    counters.upstreamConnectErrors++;
    counters.upstreamLastConnectErrorMs = nowMs;
  }
}

/** True when the last broker connection attempt opened: some broker is reachable now. */
export function upstreamReachable(counters: ProxyCounters): boolean {
  return (
    counters.upstreamLastConnectedMs > 0 &&
    counters.upstreamLastConnectedMs >= counters.upstreamLastConnectErrorMs
  );
}
