import type net from 'node:net';
import { TLSSocket } from 'node:tls';
import { DecodeError, Reader } from '../../protocol/primitives/index.js';
import { decodeResponseHeader } from '../../protocol/framing/index.js';
import { apiKeyInfo } from '../../protocol/generated/api-keys.js';
import { encodeApiVersionsResponse } from '../../protocol/generated/messages/api-versions.js';
import { decodeSaslAuthenticateRequest } from '../../protocol/generated/messages/sasl-authenticate.js';
import { decodeSaslHandshakeRequest } from '../../protocol/generated/messages/sasl-handshake.js';
import type { ProxyConfig } from '../config/proxy-config.js';
import type { ListenerTarget } from '../listeners/listener-manager.js';
import type { Logger } from '../log.js';
import { countUpstreamConnect, type CloseReason, type ProxyCounters } from '../proxy/counters.js';
import type { RepeatedWarnings } from '../proxy/repeated-warnings.js';
import {
  clientWriteChannel,
  connectionChannel,
  upstreamResponseChannel,
  type ClientWriteMessage,
  type ConnectionEventMessage,
  type UpstreamResponseMessage,
} from '../proxy/diagnostics.js';
import {
  API_VERSIONS_KEY,
  proxyHandles,
  unsupportedApiVersionsResponse,
  type VersionRange,
} from '../rewrite/api-versions-clamp.js';
import type { EndpointRewriter } from '../rewrite/broker-endpoint.js';
import { NodeEndpointsStream, mayCarryNodeEndpoints } from '../rewrite/node-endpoints-tail.js';
import { responseNeedsHolding, rewriteHeldResponse } from '../rewrite/response-rewriter.js';
import { SaslObserver } from '../sasl/sasl-observer.js';
import { tlsPeerIdentity } from '../tls/peer-identity.js';
import type { BrokerAddress } from '../upstream/broker-directory.js';
import { connectUpstream, type UpstreamTls } from '../upstream/connect-upstream.js';
import type { ConnectionContext } from './connection-context.js';
import { listenerLabel } from '../listeners/listener-label.js';
import { FrameStream, type FrameConsumer, type FrameMode } from './frame-stream.js';
import type { BudgetAccount, MemoryBudget } from './memory-budget.js';
import {
  RESPONSE_HEAD_BYTES,
  type FrameTailCheck,
  type RequestDecision,
  type RequestFilter,
  type RequestHeaderInfo,
} from './request-decision.js';
import { ReadBatch } from './read-batch.js';
import { ReadGate } from './read-gate.js';
import { readRequestHeader } from './request-header.js';
import { frameResponse } from './response-frame.js';
import { responseBodyHead } from './response-head.js';
import { ResponseQueue, type ResponseSlot } from './response-slots.js';
import { ReusedReadBuffer } from './reused-read-buffer.js';
import { takeClientReads } from './client-reads.js';
import { ApiKey } from '../../protocol/generated/api-keys.js';

const PRODUCE = ApiKey.Produce;
const SASL_HANDSHAKE = ApiKey.SaslHandshake;
/**
 * Produce and Fetch responses up to this size are held whole and their NodeEndpoints rewritten in
 * place; larger ones stream (NodeEndpointsStream), so that a slow reader costs socket buffers only.
 */
export const HOLD_NODE_ENDPOINTS_UP_TO = 64 * 1024;
/**
 * Frames held whole up to this size (size prefix included) are copied into one buffer as they
 * arrive, once the memory budget has granted them (heldMode); larger ones are kept as read views.
 */
export const COPY_HELD_UP_TO = 16 * 1024 * 1024;
const SASL_AUTHENTICATE = ApiKey.SaslAuthenticate;
/**
 * Largest read from the broker, in bytes (the first buffer is 2 KiB; see ReusedReadBuffer). Fetch
 * answers run to megabytes: 256 KiB reads take a quarter of the reads and client writes of Node's
 * 64 KiB (bench/README.md, e2e section). Client reads stay at 64 KiB, where larger ones cost more in
 * the same measurement.
 */
export const UPSTREAM_READ_BYTES = 256 * 1024;

/** What every client connection shares with the rest of the proxy. */
export interface ConnectionDeps {
  config: ProxyConfig;
  counters: ProxyCounters;
  log: Logger;
  /** Close reasons and unreachable brokers are logged through this limit (a flood cannot fill a disk). */
  warnings: RepeatedWarnings;
  filter: RequestFilter;
  proxyVersions: Map<number, VersionRange>;
  upstreamTls: UpstreamTls | undefined;
  /** Replaces a real broker address with the proxy's and records the real one. */
  rewriteEndpoint: EndpointRewriter;
  /** Resolves once the listeners of nodes seen so far are open (clients may connect at once). */
  listenersReady(): Promise<void> | undefined;
  /** The proxy's memory budget for frames held whole, shared by every connection. */
  budget: MemoryBudget;
  /** Bytes a streamed Produce/Fetch response may grow by when its NodeEndpoints are rewritten. */
  endpointGrowth(): number;
  /** The real brokers to try, in order, for a listener. Empty when the node is unknown. */
  upstreamCandidates(target: ListenerTarget): Promise<BrokerAddress[]>;
  /** The node whose real address this is, if the proxy knows one (bootstrap connections). */
  nodeAt?(address: BrokerAddress): number | undefined;
  onClosed(connection: ClientConnection): void;
}

/** Extra per-slot state: a policy's response transform or head observer for a forward-modified request. */
type Slot = ResponseSlot & {
  rewriteResponse?: ((frame: Buffer) => Buffer) | undefined;
  /** `observeResponseHead`; cleared once it has been called. */
  observeHead?: ((head: Buffer) => void) | undefined;
  /** performance.now() when the request went upstream, for the upstream-response channel. */
  sentAt?: number;
  /** Bytes of the memory budget the held response holds until it has been written. */
  reserved?: number;
};

let nextConnectionId = 1;

/**
 * One client connection and its one upstream connection: the ordered pipeline.
 *
 * Requests: framing -> header -> (whole frame when someone must read it) -> decision -> forward,
 * answer, drop or close. Responses: the broker's response is matched to the oldest forwarded slot,
 * rewritten when it names brokers (or clamped, for ApiVersions), and written in request order.
 * Frames nobody needs to read stream through in both directions without being collected.
 */
/** Closes caused by what the client sent: deferred until the requests before it are answered. */
const CLIENT_INPUT_REASONS: ReadonlySet<CloseReason> = new Set<CloseReason>([
  'frame-too-large',
  'negative-frame-length',
  'undecodable-header',
  'unsupported-api',
  'unsupported-version',
  'policy-close',
]);

export class ClientConnection {
  readonly context: ConnectionContext;
  private readonly log: Logger;
  private readonly sasl: SaslObserver;
  /** The proxy listener's side of the connection (kept: a destroyed socket forgets it). */
  private readonly localAddress: string;
  private readonly localPort: number;
  private readonly queue = new ResponseQueue();
  private readonly requests: FrameStream;
  private readonly responses: FrameStream;
  private upstream: net.Socket | undefined;
  /** The real broker address the upstream connection reached, and its node once known. */
  private upstreamAddress: BrokerAddress | undefined;
  private upstreamNode: number | undefined;
  /** Where the rest of the request being streamed goes. */
  private requestTarget: 'upstream' | 'discard' = 'discard';
  /** Header of the request being read; set by frameStart, used by frameHeld. */
  private requestHeader: RequestHeaderInfo | undefined;
  private requestExpectsResponse = true;
  private requestUnsupportedApiVersions = false;
  private requestWantedByFilter = false;
  /** The start of the request was too short to classify it; it is classified once held whole. */
  private requestHeaderDeferred = false;
  /** An asynchronous decision on a held request is running (drain waits for it). */
  private decisionRunning = false;
  /**
   * The check of the request being streamed after a decision from its start (decideFromStart), its
   * response slot, and whether the start (the first piece streamed) has gone by.
   */
  private requestTail: FrameTailCheck | undefined;
  private requestTailSlot: ResponseSlot | undefined;
  private requestTailPastStart = false;
  /** A decision on the header alone that is still running; the request is collected meanwhile. */
  private pendingDecision: Promise<RequestDecision> | undefined;
  private responseSlot: Slot | undefined;
  /** ApiVersions as offered to this client after the clamp; undefined until it asked. */
  private offeredVersions: Map<number, VersionRange> | undefined;
  /** Reading from the client, and from the broker, paused for reasons of flow control. */
  private readonly clientReads = new ReadGate();
  private readonly upstreamReads = new ReadGate();
  private draining = false;
  /** Bad client input seen while earlier requests were still being answered: close once they are. */
  private deferredClose: { reason: CloseReason; detail: string } | undefined;
  private closed = false;
  /** This connection's part of the proxy's memory budget. */
  private readonly budget: BudgetAccount;
  /** Budget bytes of the held request frame being read or decided. */
  private requestReserved = 0;
  /** Budget bytes of the held response frame being read. */
  private responseReserved = 0;
  /** The last `reserve` was granted at once (the frame may then be copied as it arrives). */
  private reservedNow = false;
  /** Budget bytes written to a socket that has not drained yet: released on its 'drain'. */
  private releaseOnClientDrain = 0;
  private releaseOnUpstreamDrain = 0;
  /** The streamed Produce/Fetch response whose NodeEndpoints tail is being rewritten. */
  private endpointsStream: NodeEndpointsStream | undefined;
  /** Client reads forwarded upstream, and broker reads forwarded to the client: one writev per read. */
  private readonly toUpstream = new ReadBatch(this.clientReads, 'upstream-backpressure', () => this.closed);
  private readonly toClient = new ReadBatch(this.upstreamReads, 'client-backpressure', () => this.closed);
  /**
   * The memory the (plaintext) upstream socket reads into, reused while no view of it is kept: up to
   * UPSTREAM_READ_BYTES once a read fills it (Fetch answers are large: fewer reads and writes),
   * back to 2 KiB after a read whose bytes a slow client still holds.
   */
  private readonly upstreamBuffer = new ReusedReadBuffer(2 * 1024, UPSTREAM_READ_BYTES, true);
  /** Responses (or their last pieces) waiting for node listeners to open before they are written. */
  private responsesWaiting = 0;

  constructor(
    private readonly client: net.Socket,
    readonly listener: ListenerTarget,
    private readonly deps: ConnectionDeps,
  ) {
    const id = nextConnectionId++;
    this.localAddress = client.localAddress ?? '';
    this.localPort = client.localPort ?? 0;
    this.sasl = new SaslObserver((outcome, identity) => {
      if (outcome === 'authenticated') {
        deps.counters.saslAuthenticated++;
        this.publishConnectionEvent('authenticated', { mechanism: identity.mechanism });
      } else {
        deps.counters.saslFailed++;
      }
      // Every connection authenticates: a success is routine (debug); a failure is worth a warning.
      const fields = { mechanism: identity.mechanism, user: identity.user };
      if (outcome === 'authenticated') this.log.debug(fields, "SASL authenticated (broker's answer)");
      else this.log.warn(fields, `SASL ${outcome} (broker's answer)`);
    });
    this.context = {
      id,
      listener,
      remoteAddress: client.remoteAddress ?? '',
      remotePort: client.remotePort ?? 0,
      tls: client instanceof TLSSocket ? tlsPeerIdentity(client) : undefined,
      sasl: this.sasl.identity,
      clientId: null,
      upstreamNodeId: () => this.upstreamNodeId(),
    };
    this.log = deps.log.child({
      conn: id,
      remote: `${this.context.remoteAddress}:${this.context.remotePort}`,
      listener: listenerLabel(listener),
    });
    this.budget = deps.budget.open();
    const maxFrame = deps.config.limits.maxFrameBytes;
    this.requests = new FrameStream(this.requestConsumer(), maxFrame);
    this.responses = new FrameStream(this.responseConsumer(), maxFrame);
  }

  /** Connects upstream, then starts reading the client. Never throws: failures close the connection. */
  async start(): Promise<void> {
    const client = this.client;
    this.publishConnectionEvent('opened', {});
    this.clientReads.attach(client);
    this.clientReads.pause('connecting');
    // A plaintext client socket reads into reused memory (client-reads.ts); TLS ones emit 'data'.
    takeClientReads(client, (chunk) => {
      this.fromClient(chunk);
      return this.clientBytesKept();
    });
    client.on('data', (chunk: Buffer) => this.fromClient(chunk));
    client.on('end', () => this.onClientEnd());
    client.on('close', () => this.close(undefined, 'client closed the connection'));
    client.on('drain', () => {
      this.releaseWritten('client');
      this.upstreamReads.resume('client-backpressure');
    });
    const idleMs = this.deps.config.limits.idleTimeoutMs;
    if (idleMs > 0) client.setTimeout(idleMs, () => this.onIdle(idleMs));
    let candidates: BrokerAddress[];
    try {
      candidates = await this.deps.upstreamCandidates(this.listener);
    } catch (error) {
      return this.close('upstream-unavailable', `cannot resolve the broker: ${(error as Error).message}`);
    }
    if (candidates.length === 0) return this.close('upstream-unavailable', 'no known address for this node');
    for (const address of candidates) {
      if (this.closed) return;
      try {
        const socket = await connectUpstream(
          address,
          this.deps.upstreamTls,
          this.deps.config.upstream.connectTimeoutMs,
          { buffer: this.upstreamBuffer.next, callback: this.upstreamRead },
        );
        countUpstreamConnect(this.deps.counters, true);
        if (this.closed) {
          socket.destroy();
          return;
        }
        this.attachUpstream(socket, address);
        return;
      } catch (error) {
        countUpstreamConnect(this.deps.counters, false);
        this.deps.warnings.line(
          'warn',
          'upstream-unreachable',
          { conn: this.context.id, broker: `${address.host}:${address.port}`, err: (error as Error).message },
          'broker unreachable',
        );
      }
    }
    this.close('upstream-unavailable', 'no broker could be reached');
  }

  /** SIGTERM: finish the request being read, answer what is in flight, then close. */
  drain(): void {
    if (this.closed || this.draining) return;
    this.draining = true;
    this.requests.stopAfterCurrentFrame();
    // Nothing after the frame in progress will be read: stop taking bytes from the client.
    if (!this.requests.deliveringFrame()) this.clientReads.pause('draining');
    this.maybeFinishDrain();
  }

  /** Closes both sides now. `reason` undefined means an ordinary disconnect (not counted as bad input). */
  close(reason: CloseReason | undefined, detail: string): void {
    if (this.closed) return;
    if (this.closeAfterAnswering(reason, detail)) return;
    this.closed = true;
    this.requests.abort();
    this.responses.abort();
    this.budget.close();
    if (reason !== undefined) {
      this.deps.counters.closedFor[reason]++;
      const quiet = reason === 'draining' || reason === 'idle-timeout';
      this.deps.warnings.line(
        quiet ? 'info' : 'warn',
        reason,
        {
          conn: this.context.id,
          remote: `${this.context.remoteAddress}:${this.context.remotePort}`,
          listener: listenerLabel(this.listener),
          reason,
          detail,
        },
        `closing the client connection: ${detail}`,
      );
    } else {
      this.log.debug({ detail }, 'connection closed');
    }
    // Closing in the middle of a read's batch: what it wrote (the answers before a bad request, the
    // last response before draining) leaves first, as it would have without the cork.
    flushCorked(this.client);
    if (this.upstream !== undefined) flushCorked(this.upstream);
    this.client.destroy();
    this.upstream?.destroy();
    this.deps.onClosed(this);
    this.publishConnectionEvent('closed', reason === undefined ? {} : { reason });
  }

  private publishConnectionEvent(
    event: ConnectionEventMessage['event'],
    extra: Pick<ConnectionEventMessage, 'mechanism' | 'reason'>,
  ): void {
    if (!connectionChannel.hasSubscribers) return;
    connectionChannel.publish({
      event,
      context: this.context,
      localAddress: this.localAddress,
      localPort: this.localPort,
      ...extra,
    } satisfies ConnectionEventMessage);
  }

  /** See ConnectionContext.upstreamNodeId; a bootstrap connection's node, once known, stays. */
  private upstreamNodeId(): number | undefined {
    if (this.listener.kind === 'node') return this.listener.nodeId;
    if (this.upstreamNode === undefined && this.upstreamAddress !== undefined) {
      this.upstreamNode = this.deps.nodeAt?.(this.upstreamAddress);
    }
    return this.upstreamNode;
  }

  private attachUpstream(socket: net.Socket, address: BrokerAddress): void {
    this.upstream = socket;
    this.upstreamAddress = address;
    this.log.debug({ broker: `${address.host}:${address.port}` }, 'upstream connected');
    socket.on('error', (error) => this.log.debug({ err: error.message }, 'upstream socket error'));
    // Plaintext sockets read through upstreamRead (onread); a TLS socket emits 'data'.
    socket.on('data', (chunk: Buffer) => this.fromUpstream(chunk));
    socket.on('close', () => {
      if (!this.closed) this.close('upstream-closed', 'the broker closed the connection');
    });
    socket.on('drain', () => {
      this.releaseWritten('upstream');
      this.clientReads.resume('upstream-backpressure');
    });
    this.upstreamReads.attach(socket);
    this.clientReads.resume('connecting');
  }

  // ---- reads: one writev per read, both ways ---------------------------------------------------

  /** One read from the client: what the frames cut from it send upstream leaves in one writev. */
  private fromClient(chunk: Buffer): void {
    this.deps.counters.bytesFromClients += chunk.length;
    if (this.upstream === undefined) this.requests.push(chunk);
    else this.toUpstream.push(this.requests, chunk, this.upstream);
  }

  /** One read from the broker: what the responses cut from it send to the client leaves in one writev. */
  private fromUpstream(chunk: Buffer): void {
    this.toClient.push(this.responses, chunk, this.client);
  }

  /** `onread` callback of the plaintext upstream socket: `bytes` bytes were read into `buffer`. */
  private readonly upstreamRead = (bytes: number, buffer: Buffer): boolean => {
    this.fromUpstream(buffer.subarray(0, bytes));
    this.upstreamBuffer.afterRead(bytes, this.upstreamBytesKept());
    return true;
  };

  /**
   * True when views of the last upstream read may still be referenced once it has been handled, so
   * that the next read must not overwrite them: pieces of a response being held, bytes the client
   * socket has not taken yet (its write queue holds the views), responses complete but not yet
   * written (behind an earlier one, or waiting for a listener to open). Streamed pieces the client
   * socket took at once, and everything the frame reader or the NodeEndpoints walker copies, are not.
   */
  private upstreamBytesKept(): boolean {
    return (
      this.responses.holdsPieces() ||
      this.client.writableLength > 0 ||
      this.responsesWaiting > 0 ||
      this.queue.someReady()
    );
  }

  /**
   * True when views of the last client read may still be referenced once it has been handled:
   * pieces of a request being held (or queued while a decision runs), bytes the upstream socket has
   * not taken yet, a held request whose decision is still running (its pieces wait in the decision's
   * closure). The frame a filter or the SASL observer reads is always a copy (the start is copied,
   * and a frame longer than its start is copied as it arrives or joined), so they may keep it.
   */
  private clientBytesKept(): boolean {
    return (
      this.requests.holdsPieces() ||
      (this.upstream?.writableLength ?? 0) > 0 ||
      this.decisionRunning ||
      this.pendingDecision !== undefined
    );
  }

  // ---- requests: client -> broker -------------------------------------------------------------

  private requestConsumer(): FrameConsumer {
    return {
      frameStart: (size, start) => this.requestStart(size, start),
      frameHeld: (chunks, length) => this.requestHeld(chunks, length),
      frameStreamed: (piece, last) => {
        if (this.requestTail !== undefined && !this.checkTail(this.requestTail, piece, last)) return;
        if (this.requestTarget === 'upstream' && piece.length > 0) this.writeUpstream(piece);
        if (last) this.requestEnded();
      },
      frameError: (reason, detail) => this.close(reason, detail),
    };
  }

  /**
   * A piece of a request forwarded on a decision from its start: the tail check sees it before it
   * goes upstream, and sees the frame end before its last piece goes, so that the broker never gets
   * the whole of a frame the full decode refuses. False when the frame does not decode: its slot is
   * withdrawn (the broker will not answer a frame it never got whole) and the connection closes as
   * on any undecodable request, after the answers to the requests before it.
   */
  private checkTail(tail: FrameTailCheck, piece: Buffer, last: boolean): boolean {
    try {
      if (this.requestTailPastStart) {
        if (piece.length > 0) tail.push(piece);
      } else {
        this.requestTailPastStart = true;
      }
      if (last) {
        tail.end();
        this.requestTail = undefined;
        this.requestTailSlot = undefined;
      }
      return true;
    } catch (error) {
      this.requestTail = undefined;
      const slot = this.requestTailSlot;
      this.requestTailSlot = undefined;
      this.requestTarget = 'discard';
      if (slot !== undefined) this.queue.dropLast(slot);
      const decision = tail.undecodable(error);
      this.close('policy-close', decision.outcome === 'close' ? decision.reason : 'request does not decode');
      return false;
    }
  }

  private requestStart(size: number, start: Buffer): FrameMode {
    const mode = this.classifyRequest(size, start, true);
    this.requestHeaderDeferred = mode === 'defer';
    if (mode === 'stream' || this.closed) return 'stream';
    this.requestReserved = this.reserve(size + 4, this.clientReads, 'request');
    return this.heldMode(size);
  }

  /**
   * How a frame to be held whole is collected: copied into one buffer of its size as it arrives when
   * the memory budget granted it at once and it is at most COPY_HELD_UP_TO (the read buffers it came
   * in are then free at once, and nobody has to join it), else as the views of the reads it came in
   * (memory grows only with the bytes received while the frame waits for room in the budget).
   */
  private heldMode(size: number): FrameMode {
    return this.reservedNow && size + 4 <= COPY_HELD_UP_TO ? 'copy' : 'hold';
  }

  /**
   * Reserves a frame about to be held whole from the memory budget. When there is no room now, reading
   * from that side pauses until there is (at most the chunk already read arrives meanwhile); a frame
   * larger than the whole budget closes the connection (it could never be held).
   */
  private reserve(bytes: number, reads: ReadGate, side: 'request' | 'response'): number {
    this.reservedNow = false;
    if (bytes > this.deps.budget.limit) {
      this.close(
        'memory-budget',
        `a ${bytes}-byte ${side} frame must be held whole and exceeds limits.maxBufferedBytes (${this.deps.budget.limit})`,
      );
      return 0;
    }
    const now = this.budget.reserve(bytes, () => reads.resume('memory-budget'));
    if (!now) reads.pause('memory-budget');
    this.reservedNow = now;
    return bytes;
  }

  /** Releases budget bytes just written to a socket: now if it took them, else once it drains. */
  private releaseAfterWrite(side: 'client' | 'upstream', bytes: number, accepted: boolean): void {
    if (bytes <= 0) return;
    if (accepted) this.budget.release(bytes);
    else if (side === 'client') this.releaseOnClientDrain += bytes;
    else this.releaseOnUpstreamDrain += bytes;
  }

  private releaseWritten(side: 'client' | 'upstream'): void {
    if (side === 'client') {
      this.budget.release(this.releaseOnClientDrain);
      this.releaseOnClientDrain = 0;
    } else {
      this.budget.release(this.releaseOnUpstreamDrain);
      this.releaseOnUpstreamDrain = 0;
    }
  }

  /**
   * Decodes the header (and Produce's acks) from the start of a request, checks the version, and
   * decides the request when it can be streamed. 'defer' when the start is too short to tell (a
   * very long client id): the frame is then collected and classified whole.
   */
  private classifyRequest(size: number, start: Buffer, atStart: boolean): FrameMode | 'defer' {
    const complete = start.length - 4 >= size;
    let header: RequestHeaderInfo;
    try {
      header = readRequestHeader(start);
    } catch (error) {
      if (error instanceof DecodeError && !complete) return 'defer';
      this.close('undecodable-header', `request header does not decode: ${(error as Error).message}`);
      return 'stream';
    }
    this.requestHeader = header;
    this.requestExpectsResponse = true;
    this.requestUnsupportedApiVersions = false;
    this.requestWantedByFilter = false;
    this.context.clientId = header.clientId;
    const { apiKey, apiVersion } = header;
    // The versions this client was offered (broker and proxy both handle), once it has asked;
    // before that, the proxy's own.
    // Both: the versions offered may start below the codec's (Produce v0-2, advertised by Kafka 4.x
    // brokers, which close the connection on them, as happens here).
    if (
      !proxyHandles(this.offeredVersions ?? this.deps.proxyVersions, apiKey, apiVersion) ||
      !proxyHandles(this.deps.proxyVersions, apiKey, apiVersion)
    ) {
      if (apiKey === API_VERSIONS_KEY) {
        // Answered like the broker does, so that the client retries with a version we both speak.
        this.requestUnsupportedApiVersions = true;
        return 'hold';
      }
      const known = apiKeyInfo(apiKey);
      if (known === undefined || known.minVersion < 0) {
        this.close('unsupported-api', `request for API key ${apiKey}, which the proxy does not know`);
      } else {
        const offered = (this.offeredVersions ?? this.deps.proxyVersions).get(apiKey);
        this.close(
          'unsupported-version',
          proxyHandles(this.offeredVersions ?? this.deps.proxyVersions, apiKey, apiVersion)
            ? `request for ${known.name} v${apiVersion}: advertised by the broker, which closes the connection on it (versions below ${known.minVersion})`
            : `request for ${known.name} v${apiVersion}, outside the versions offered to this client (${
                offered === undefined ? 'none' : `${offered.min}-${offered.max}`
              }: what both the broker and the proxy handle)`,
        );
      }
      return 'stream';
    }
    if (apiKey === SASL_HANDSHAKE && apiVersion === 0) {
      // v0 is followed by SASL tokens without Kafka framing, which a frame proxy cannot follow.
      // Clients since Kafka 1.0 use v1 (tokens inside SaslAuthenticate).
      this.close(
        'unsupported-version',
        'SaslHandshake v0 (unframed SASL tokens) is not supported by the proxy',
      );
      return 'stream';
    }
    if (apiKey === PRODUCE) {
      const acks = this.produceAcks(start, header);
      if (acks === undefined) {
        if (!complete) return 'defer';
        this.close('undecodable-header', 'Produce request ends before its acks field');
        return 'stream';
      }
      this.requestExpectsResponse = acks !== 0;
    }
    this.requestWantedByFilter = this.deps.filter.wantsFrame(header);
    if (this.requestWantedByFilter && atStart && this.deps.filter.decideFromStart !== undefined) {
      const streamed = this.deps.filter.decideFromStart(
        { connection: this.context, header, expectsResponse: this.requestExpectsResponse, frame: undefined },
        size,
        start,
      );
      if (streamed !== undefined) {
        this.requestTail = streamed.tail;
        this.requestTailPastStart = false;
        this.requestTailSlot = this.pushForwardedSlot(header, undefined, undefined);
        this.requestTarget = 'upstream';
        return 'stream';
      }
    }
    if (
      this.requestWantedByFilter ||
      apiKey === API_VERSIONS_KEY ||
      apiKey === SASL_HANDSHAKE ||
      apiKey === SASL_AUTHENTICATE
    ) {
      return 'hold';
    }
    const decision = this.deps.filter.decide({
      connection: this.context,
      header,
      expectsResponse: this.requestExpectsResponse,
      frame: undefined,
    });
    if (decision instanceof Promise) {
      // The request cannot go anywhere before its fate is known: collect it while the decision runs.
      this.pendingDecision = decision;
      return 'hold';
    }
    this.applyStreamedDecision(decision, header);
    return 'stream';
  }

  /** Reads acks from a Produce request's start: after the transactional id, before the topics. */
  private produceAcks(start: Buffer, header: RequestHeaderInfo): number | undefined {
    try {
      const r = new Reader(start, 4 + header.headerLength);
      if (header.apiVersion >= 9) r.compactNullableString();
      else r.nullableString();
      return r.int16();
    } catch {
      return undefined;
    }
  }

  private applyStreamedDecision(decision: RequestDecision, header: RequestHeaderInfo): void {
    this.requestTarget = 'discard';
    switch (decision.outcome) {
      case 'forward':
        this.pushForwardedSlot(header, undefined, undefined);
        this.requestTarget = 'upstream';
        return;
      case 'answer':
        this.pushAnswer(header, decision.responseBody);
        return;
      case 'drop':
        this.pushNoResponse(header, 'dropped');
        return;
      case 'close':
        this.close('policy-close', decision.reason);
        return;
      case 'forward-modified':
        this.close('policy-close', 'forward-modified needs the whole frame (wantsFrame)');
        return;
    }
  }

  private requestHeld(chunks: Buffer[], length: number): void {
    const frame = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length);
    if (this.requestHeaderDeferred) {
      this.requestHeaderDeferred = false;
      const mode = this.classifyRequest(length - 4, frame, false);
      if (this.closed) return;
      if (mode === 'stream') {
        // Decided on the header alone: send the collected frame on.
        const reserved = this.requestReserved;
        this.requestReserved = 0;
        if (this.requestTarget === 'upstream') {
          this.releaseAfterWrite('upstream', reserved, this.writeUpstreamAll(chunks));
        } else this.budget.release(reserved);
        this.requestEnded();
        return;
      }
    }
    const header = this.requestHeader!;
    if (this.requestUnsupportedApiVersions) {
      this.budget.release(this.requestReserved);
      this.requestReserved = 0;
      const body = encodeApiVersionsResponse(unsupportedApiVersionsResponse(this.deps.proxyVersions), 0);
      this.pushAnswer({ ...header, apiVersion: 0 }, body);
      this.requestEnded();
      return;
    }
    try {
      this.observeSaslRequest(frame, header);
    } catch (error) {
      this.close('undecodable-header', `SASL request does not decode: ${(error as Error).message}`);
      return;
    }
    const decision =
      this.pendingDecision ??
      this.deps.filter.decide({
        connection: this.context,
        header,
        expectsResponse: this.requestExpectsResponse,
        frame: this.requestWantedByFilter ? frame : undefined,
      });
    this.pendingDecision = undefined;
    if (!(decision instanceof Promise)) {
      this.applyHeldDecision(decision, header, chunks);
      this.requestEnded();
      return;
    }
    // Later requests wait for this decision so that the order is kept.
    this.requests.suspend();
    this.clientReads.pause('decision');
    this.decisionRunning = true;
    decision.then(
      (resolved) => {
        this.decisionRunning = false;
        if (this.closed) return;
        this.applyHeldDecision(resolved, header, chunks);
        this.requestEnded();
        this.clientReads.resume('decision');
        this.requests.resume();
      },
      (error: unknown) => this.close('policy-close', `the policy failed: ${(error as Error).message}`),
    );
  }

  private observeSaslRequest(frame: Buffer, header: RequestHeaderInfo): void {
    if (header.apiKey === SASL_HANDSHAKE) {
      const r = new Reader(frame, 4 + header.headerLength);
      this.sasl.onHandshakeRequest(decodeSaslHandshakeRequest(r, header.apiVersion).mechanism);
    } else if (header.apiKey === SASL_AUTHENTICATE) {
      const r = new Reader(frame, 4 + header.headerLength);
      this.sasl.onAuthenticateRequest(decodeSaslAuthenticateRequest(r, header.apiVersion).authBytes);
    }
  }

  private applyHeldDecision(decision: RequestDecision, header: RequestHeaderInfo, chunks: Buffer[]): void {
    const reserved = this.requestReserved;
    this.requestReserved = 0;
    switch (decision.outcome) {
      case 'forward':
        this.pushForwardedSlot(header, undefined, undefined);
        this.releaseAfterWrite('upstream', reserved, this.writeUpstreamAll(chunks));
        return;
      case 'forward-modified':
        this.pushForwardedSlot(header, decision.rewriteResponse, decision.observeResponseHead);
        this.releaseAfterWrite('upstream', reserved, this.writeUpstreamAll([decision.frame]));
        return;
      case 'answer':
        this.budget.release(reserved);
        this.pushAnswer(header, decision.responseBody);
        return;
      case 'drop':
        this.budget.release(reserved);
        this.pushNoResponse(header, 'dropped');
        return;
      case 'close':
        this.close('policy-close', decision.reason);
        return;
    }
  }

  /** The slot of a forwarded request (a `no-response` one may already have left the queue). */
  private pushForwardedSlot(
    header: RequestHeaderInfo,
    rewriteResponse: Slot['rewriteResponse'],
    observeHead: Slot['observeHead'],
  ): ResponseSlot {
    this.deps.counters.requestsForwarded++;
    if (!this.requestExpectsResponse) return this.pushNoResponse(header, 'forwarded');
    const slot: Slot = this.queue.push('forwarded', header.correlationId, header.apiKey, header.apiVersion);
    slot.rewriteResponse = rewriteResponse;
    slot.observeHead = observeHead;
    if (upstreamResponseChannel.hasSubscribers) slot.sentAt = performance.now();
    if (this.queue.size >= this.deps.config.limits.maxInFlightRequests) this.clientReads.pause('in-flight');
    return slot;
  }

  private pushAnswer(header: RequestHeaderInfo, body: Buffer): void {
    this.deps.counters.requestsAnswered++;
    if (!this.requestExpectsResponse) {
      // Nobody reads an answer to acks=0: sending one would be taken for the next response.
      this.pushNoResponse(header, 'answered without response');
      return;
    }
    const ready = frameResponse(header.apiKey, header.apiVersion, header.correlationId, body);
    this.queue.push('answered', header.correlationId, header.apiKey, header.apiVersion, ready);
    this.flush();
  }

  private pushNoResponse(header: RequestHeaderInfo, why: string): ResponseSlot {
    if (why !== 'forwarded') this.deps.counters.requestsDropped++;
    const slot = this.queue.push('no-response', header.correlationId, header.apiKey, header.apiVersion);
    this.flush();
    return slot;
  }

  private requestEnded(): void {
    this.requestTarget = 'discard';
    if (this.draining) this.clientReads.pause('draining');
    this.maybeFinishDrain();
  }

  // ---- responses: broker -> client ------------------------------------------------------------

  private responseConsumer(): FrameConsumer {
    return {
      frameStart: (size, start) => this.responseStart(size, start),
      frameHeld: (chunks, length) => this.responseHeld(chunks, length),
      frameStreamed: (piece, last) => {
        if (this.endpointsStream !== undefined) return this.endpointsPiece(this.endpointsStream, piece, last);
        if (piece.length > 0) this.writeClient(piece);
        if (last) this.streamedResponseEnded();
      },
      frameError: (reason, detail) =>
        this.close(reason === 'frame-too-large' ? reason : 'bad-response', `broker: ${detail}`),
    };
  }

  private responseStart(size: number, start: Buffer): FrameMode {
    if (size < 4) {
      this.close('bad-response', `broker sent a ${size}-byte response frame`);
      return 'stream';
    }
    const correlationId = start.readInt32BE(4);
    const slot = this.queue.takeAwaiting() as Slot | undefined;
    if (slot === undefined || slot.correlationId !== correlationId) {
      this.close(
        'bad-response',
        `broker sent correlation id ${correlationId}, expected ${slot === undefined ? 'nothing' : slot.correlationId}`,
      );
      return 'stream';
    }
    this.responseSlot = slot;
    if (slot.sentAt !== undefined && upstreamResponseChannel.hasSubscribers) {
      upstreamResponseChannel.publish({
        connectionId: this.context.id,
        apiKey: slot.apiKey,
        apiVersion: slot.apiVersion,
        seconds: (performance.now() - slot.sentAt) / 1000,
      } satisfies UpstreamResponseMessage);
    }
    if (slot.observeHead !== undefined && !this.observeHeadAtStart(slot, size, start)) return 'stream';
    const atHead = this.queue.peek() === slot;
    // A head observer the start could not serve (observeHeadAtStart) reads the held frame.
    const holdForHead = slot.observeHead !== undefined;
    if (
      atHead &&
      slot.rewriteResponse === undefined &&
      !holdForHead &&
      size + 4 > HOLD_NODE_ENDPOINTS_UP_TO &&
      mayCarryNodeEndpoints(slot.apiKey, slot.apiVersion)
    ) {
      try {
        this.endpointsStream = new NodeEndpointsStream(
          slot.apiKey,
          slot.apiVersion,
          size + 4,
          this.deps.endpointGrowth(),
          this.deps.rewriteEndpoint,
        );
      } catch (error) {
        this.close('bad-response', `broker response cannot be streamed: ${(error as Error).message}`);
        return 'stream';
      }
      slot.streaming = true;
      return 'stream';
    }
    if (
      atHead &&
      slot.rewriteResponse === undefined &&
      !holdForHead &&
      !responseNeedsHolding(slot.apiKey, slot.apiVersion)
    ) {
      slot.streaming = true;
      return 'stream';
    }
    this.responseReserved = this.reserve(size + 4, this.upstreamReads, 'response');
    return this.heldMode(size);
  }

  /**
   * Gives the slot's head observer the start of the response body from the frame's start (the size,
   * then the first min(size, HEAD_BYTES) bytes: the head is complete however the frame's first bytes
   * were split over reads). A response header too long for the start to hold the body's head as well
   * leaves the observer to the held frame (responseHeld; the frame is then held). False when the
   * connection closed.
   */
  private observeHeadAtStart(slot: Slot, size: number, start: Buffer): boolean {
    const observe = slot.observeHead!;
    try {
      let headerLength: number;
      try {
        headerLength = decodeResponseHeader(start.subarray(4), slot.apiKey, slot.apiVersion).headerLength;
      } catch (error) {
        if (error instanceof DecodeError && start.length - 4 < size) return true;
        throw error;
      }
      const from = 4 + headerLength;
      const to = from + Math.min(RESPONSE_HEAD_BYTES, size - headerLength);
      if (to > start.length) return true;
      slot.observeHead = undefined;
      observe(start.subarray(from, to));
      return true;
    } catch (error) {
      this.close(
        'bad-response',
        `broker response to api key ${slot.apiKey} v${slot.apiVersion} does not decode: ${(error as Error).message}`,
      );
      return false;
    }
  }

  /** A piece of a streamed Produce/Fetch response, its NodeEndpoints tail rewritten on the way. */
  private endpointsPiece(stream: NodeEndpointsStream, piece: Buffer, last: boolean): void {
    let out: Buffer[];
    try {
      out = stream.piece(piece, last);
    } catch (error) {
      // Part of the frame may be out already: the client cannot be given a whole response any more.
      this.close('bad-response', `broker response does not decode: ${(error as Error).message}`);
      return;
    }
    if (!last) {
      for (const chunk of out) this.writeClient(chunk);
      return;
    }
    this.endpointsStream = undefined;
    if (stream.outcome === 'rewritten') {
      this.deps.counters.responsesRewritten++;
      this.deps.counters.nodeEndpointsRewritten++;
    } else if (stream.outcome === 'removed') {
      this.deps.counters.nodeEndpointsRemoved++;
    }
    const finish = (): void => {
      if (this.closed) return;
      for (const chunk of out) this.writeClient(chunk);
      this.streamedResponseEnded();
    };
    const opening = stream.outcome === 'rewritten' ? this.deps.listenersReady() : undefined;
    // A client that just learned a node's address may connect to it at once: open it first.
    if (opening === undefined) {
      finish();
      return;
    }
    this.responsesWaiting++;
    const later = (): void => {
      this.responsesWaiting--;
      finish();
    };
    opening.then(later, later);
  }

  private streamedResponseEnded(): void {
    const slot = this.queue.shift()!;
    slot.streaming = false;
    this.responseSlot = undefined;
    this.flush();
  }

  private responseHeld(chunks: Buffer[], length: number): void {
    const slot = this.responseSlot!;
    this.responseSlot = undefined;
    slot.reserved = this.responseReserved;
    this.responseReserved = 0;
    let out: Buffer[];
    let frame = { chunks, length };
    try {
      if (slot.observeHead !== undefined) {
        const whole = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length);
        slot.observeHead(responseBodyHead(whole, slot.apiKey, slot.apiVersion));
        slot.observeHead = undefined;
      }
      if (slot.rewriteResponse !== undefined) {
        const rewritten = slot.rewriteResponse(
          chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length),
        );
        frame = { chunks: [rewritten], length: rewritten.length };
      }
      out = responseNeedsHolding(slot.apiKey, slot.apiVersion)
        ? rewriteHeldResponse(frame, slot.apiKey, slot.apiVersion, {
            rewriteEndpoint: this.deps.rewriteEndpoint,
            proxyVersions: this.deps.proxyVersions,
            sasl: this.sasl,
            offeredVersions: (ranges) => (this.offeredVersions = ranges),
          })
        : frame.chunks;
    } catch (error) {
      this.close(
        'bad-response',
        `broker response to api key ${slot.apiKey} v${slot.apiVersion} does not decode: ${(error as Error).message}`,
      );
      return;
    }
    if (out !== chunks) this.deps.counters.responsesRewritten++;
    if (out !== frame.chunks && mayCarryNodeEndpoints(slot.apiKey, slot.apiVersion)) {
      this.deps.counters.nodeEndpointsRewritten++;
    }
    const opening = this.deps.listenersReady();
    if (opening === undefined) {
      slot.ready = out;
      this.flush();
      return;
    }
    // A client that just learned a node's address may connect to it at once: open it first.
    this.responsesWaiting++;
    const later = (): void => {
      this.responsesWaiting--;
      slot.ready = out;
      this.flush();
    };
    opening.then(later, later);
  }

  /** Writes every response that is complete, from the head of the queue, in order. */
  private flush(): void {
    if (this.closed) return;
    let corked = false;
    for (let slot = this.queue.peek(); slot !== undefined; slot = this.queue.peek()) {
      if (slot.kind === 'no-response') {
        this.queue.shift();
        continue;
      }
      if (slot.ready === undefined) break;
      if (!corked) {
        this.client.cork();
        corked = true;
      }
      let accepted = true;
      for (const chunk of slot.ready) accepted = this.writeClient(chunk);
      this.releaseAfterWrite('client', (slot as Slot).reserved ?? 0, accepted);
      slot.ready = undefined;
      this.queue.shift();
    }
    if (corked) this.client.uncork();
    if (this.queue.size < this.deps.config.limits.maxInFlightRequests) this.clientReads.resume('in-flight');
    this.maybeFinishDrain();
  }

  // ---- flow control ---------------------------------------------------------------------------

  /** Writes to the client; false when its socket is full (reading from the broker then pauses). */
  private writeClient(chunk: Buffer): boolean {
    this.deps.counters.bytesToClients += chunk.length;
    if (clientWriteChannel.hasSubscribers) {
      clientWriteChannel.publish({ connectionId: this.context.id, chunk } satisfies ClientWriteMessage);
    }
    if (this.client.write(chunk)) return true;
    this.toClient.writeRefused();
    return false;
  }

  private writeUpstream(chunk: Buffer): boolean {
    if (this.upstream!.write(chunk)) return true;
    this.toUpstream.writeRefused();
    return false;
  }

  private writeUpstreamAll(chunks: Buffer[]): boolean {
    if (chunks.length === 1) return this.writeUpstream(chunks[0]!);
    this.upstream!.cork();
    let accepted = true;
    for (const chunk of chunks) accepted = this.writeUpstream(chunk);
    this.upstream!.uncork();
    return accepted;
  }

  /**
   * The client socket saw no bytes either way for `limits.idleTimeoutMs`. The connection closes
   * unless the proxy is waiting for the broker on its behalf (a long-polling Fetch, say), whatever
   * the client was doing: between requests, in the middle of a request frame, or not reading a
   * response, as the broker's connections.max.idle.ms does.
   */
  private onIdle(idleMs: number): void {
    if (this.closed) return;
    if (this.decisionRunning) return;
    // A client silent in the middle of a request frame is idle whatever the broker owes it (the
    // request was forwarded as it began), unless the proxy itself stopped reading it.
    if (this.requests.inFrame() && !this.clientReads.paused()) {
      this.close('idle-timeout', `silent for ${idleMs} ms in the middle of a request frame`);
      return;
    }
    const brokerOwes = this.queue.awaitingCount() > 0 || this.responses.inFrame();
    if (brokerOwes && !this.upstreamReads.has('client-backpressure')) return;
    this.close(
      'idle-timeout',
      brokerOwes || this.queue.size > 0
        ? `not reading its responses for ${idleMs} ms`
        : `no traffic for ${idleMs} ms`,
    );
  }

  /**
   * Closes the connection when a request frame has been arriving for longer than
   * `limits.requestTimeoutMs` (a client trickling a frame a few bytes at a time is never idle).
   * Time the proxy itself paused reading (backpressure, a decision, the memory budget) is not the
   * client's doing: the check waits while reading is paused. Called by the proxy's timeout sweep.
   */
  checkRequestTimeout(now: number, timeoutMs: number): void {
    if (this.closed || timeoutMs <= 0 || this.clientReads.paused()) return;
    const began = this.requests.frameBegan();
    if (began === undefined || now - began <= timeoutMs) return;
    this.close(
      'request-timeout',
      `a request frame has been arriving for ${Math.round(now - began)} ms (limits.requestTimeoutMs ${timeoutMs})`,
    );
  }

  private onClientEnd(): void {
    if (this.requests.inFrame()) {
      this.close('truncated-frame', 'the client closed in the middle of a request frame');
    } else {
      this.close(undefined, 'client ended the connection');
    }
  }

  /**
   * Bad input from the client (a frame or header that does not decode, an unknown API, a request
   * the policy closes on) after requests still being answered: the broker reads one request at a
   * time, so it answers those before it reads the bad input and closes. The proxy does the same:
   * it reads nothing more, delivers the answers already due, then closes. True when the close is
   * deferred.
   */
  private closeAfterAnswering(reason: CloseReason | undefined, detail: string): boolean {
    if (reason === undefined || !CLIENT_INPUT_REASONS.has(reason)) return false;
    const answering = this.queue.size > 0 || this.pendingDecision !== undefined || this.decisionRunning;
    if (!answering) return false;
    if (this.deferredClose === undefined) {
      this.deferredClose = { reason, detail };
      this.requests.abort();
      this.clientReads.pause('closing');
    }
    return true;
  }

  private maybeFinishDrain(): void {
    if (this.deferredClose !== undefined && !this.closed) {
      const { reason, detail } = this.deferredClose;
      if (this.queue.size === 0 && this.pendingDecision === undefined && !this.decisionRunning) {
        this.close(reason, `${detail} (after answering the requests before it)`);
      }
      return;
    }
    if (!this.draining || this.closed) return;
    if (this.requests.deliveringFrame() || this.pendingDecision !== undefined || this.decisionRunning) return;
    if (this.queue.size > 0) return;
    this.close('draining', 'proxy shutting down; every response was delivered');
  }
}

/** Uncorks `socket` completely, so that the writes gathered so far go out (before a destroy). */
function flushCorked(socket: net.Socket): void {
  while (socket.writableCorked > 0) socket.uncork();
}
