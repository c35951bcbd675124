/**
 * Event counters of one proxy instance. A plain object for now: the metrics issue exports these
 * through prom-client. Every connection closed for bad input bumps exactly one `closedFor` reason so
 * that an operator can tell hostile or broken clients from normal disconnects.
 */
/**
 * Why the proxy closes a client connection, one `closedFor` counter each; `true` marks the reasons
 * that mean a client (or broker) sent bytes the proxy could not decode.
 */
const CLOSE_REASON_IS_DECODE_ERROR = {
  'frame-too-large': true,
  'negative-frame-length': true,
  'truncated-frame': true,
  'undecodable-header': true,
  'unsupported-api': true,
  'unsupported-version': true,
  'bad-response': true,
  'tls-handshake-failed': false,
  'idle-timeout': false,
  'request-timeout': false,
  'memory-budget': false,
  'upstream-unavailable': false,
  'upstream-closed': false,
  'policy-close': false,
  draining: false,
  'connection-limit': false,
} as const;

export type CloseReason = keyof typeof CLOSE_REASON_IS_DECODE_ERROR;

/** Every close reason. */
export const CLOSE_REASONS = Object.keys(CLOSE_REASON_IS_DECODE_ERROR) as readonly CloseReason[];

/** Close reasons that mean a client (or broker) sent bytes the proxy could not decode. */
export const DECODE_ERROR_REASONS: readonly CloseReason[] = CLOSE_REASONS.filter(
  (reason) => CLOSE_REASON_IS_DECODE_ERROR[reason],
);

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
    closedFor: Object.fromEntries(CLOSE_REASONS.map((reason) => [reason, 0])) as Record<CloseReason, number>,
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
