import net from 'node:net';
import tls from 'node:tls';
import type { ProxyConfig } from '../config/proxy-config.js';
import type { Logger } from '../log.js';
import type { ProxyCounters } from '../proxy/counters.js';
import { RepeatedWarnings } from '../proxy/repeated-warnings.js';
import { listenerLabel } from './listener-label.js';
import { ReloadingTlsFiles } from '../tls/reloading-tls-files.js';
import { ListenerBindError, portSettingOf } from './listener-bind-error.js';
import type { NodeAddressing } from './node-addressing.js';
import { withReusedReads } from '../connection/client-reads.js';

/** Which upstream a client connection is meant for, decided by the listener it arrived on. */
export type ListenerTarget = { kind: 'bootstrap' } | { kind: 'node'; nodeId: number };

export type AcceptedConnection = (socket: net.Socket, target: ListenerTarget) => void;

interface OpenListener {
  server: net.Server;
  port: number;
  target: ListenerTarget;
}

/**
 * Owns the bootstrap listener and one listener per broker node. The proxy asks for a node's listener
 * whenever it learns a node id (from Metadata passing through or from its control connection), so a
 * broker added to the cluster gets its port without a restart. Enforces the connection limit over all
 * listeners and stops accepting on drain.
 */
export class ListenerManager {
  private readonly listeners = new Map<string, OpenListener>();
  private readonly pendingNodes = new Map<number, Promise<void>>();
  /** Listeners the proxy wanted but could not bind, with why: readiness fails while any is here. */
  private readonly unbound = new Map<string, string>();
  private tlsFiles: ReloadingTlsFiles | undefined;
  private secureContextOptions: tls.SecureContextOptions | undefined;
  private accepting = true;
  private active = 0;

  constructor(
    private readonly config: ProxyConfig,
    private readonly addressing: NodeAddressing,
    private readonly counters: ProxyCounters,
    private readonly log: Logger,
    private readonly onConnection: AcceptedConnection,
    /** Refusals a client can repeat at will are logged through this limit. */
    private readonly warnings: RepeatedWarnings = new RepeatedWarnings(log),
  ) {}

  async start(): Promise<void> {
    if (this.config.tls.enabled) {
      const { certFile, keyFile, caFile } = this.config.tls;
      this.tlsFiles = new ReloadingTlsFiles(
        { cert: certFile, key: keyFile, ca: caFile },
        (files) => this.reloadSecureContext(files),
        this.log,
      );
      this.secureContextOptions = this.contextOptions(this.tlsFiles.read());
      this.tlsFiles.start();
    }
    await this.open('bootstrap', this.config.listen.bootstrapPort, { kind: 'bootstrap' });
  }

  /** Opens node N's listener if it is not open yet; safe to call for every node id seen. */
  ensureNode(nodeId: number): Promise<void> {
    const key = listenerLabel({ kind: 'node', nodeId });
    if (this.listeners.has(key) || !this.accepting) return Promise.resolve();
    const pending = this.pendingNodes.get(nodeId);
    if (pending !== undefined) return pending;
    let port: number;
    try {
      port = this.addressing.listenPort(nodeId);
    } catch (error) {
      this.log.error({ err: (error as Error).message, nodeId }, 'a broker node has no listen port');
      this.unbound.set(key, `${key}: ${(error as Error).message}`);
      return Promise.resolve();
    }
    const opening = this.open(key, port, { kind: 'node', nodeId })
      .catch((error: unknown) => {
        this.log.error(
          { err: (error as Error).message, nodeId },
          'cannot open the listener of a broker node',
        );
      })
      .finally(() => this.pendingNodes.delete(nodeId));
    this.pendingNodes.set(nodeId, opening);
    return opening;
  }

  /** Listeners that could not be bound (`node-3: cannot listen on ...`); empty when all are bound. */
  unboundListeners(): string[] {
    return [...this.unbound.values()];
  }

  /** The port a listener is bound to (tests bind to port 0 through the config and read it back here). */
  portOf(target: ListenerTarget): number | undefined {
    const key = listenerLabel(target);
    return this.listeners.get(key)?.port;
  }

  /** Stops accepting new connections on every listener; open connections are left to their owner. */
  async stopAccepting(): Promise<void> {
    this.accepting = false;
    this.tlsFiles?.stop();
    await Promise.all(this.pendingNodes.values());
    await Promise.all(
      [...this.listeners.values()].map(
        ({ server }) => new Promise<void>((resolve) => server.close(() => resolve())),
      ),
    );
  }

  private contextOptions(files: Record<string, Buffer | undefined>): tls.SecureContextOptions {
    const options: tls.SecureContextOptions = { cert: files.cert, key: files.key };
    if (files.ca !== undefined) options.ca = files.ca;
    return options;
  }

  private reloadSecureContext(files: Record<string, Buffer | undefined>): void {
    const options = this.contextOptions(files);
    // Build it once first so that a bad pair throws here and the old context stays in place.
    tls.createSecureContext(options);
    this.secureContextOptions = options;
    for (const { server } of this.listeners.values()) (server as tls.Server).setSecureContext(options);
    this.log.info('downstream TLS certificate reloaded');
  }

  private createServer(target: ListenerTarget): net.Server {
    const accept = (socket: net.Socket): void => this.accept(socket, target);
    if (!this.config.tls.enabled) {
      // Accepted paused, then re-made to read into reused memory (src/connection/client-reads.ts).
      return net.createServer({ noDelay: true, pauseOnConnect: true }, (socket) =>
        accept(withReusedReads(socket)),
      );
    }
    const clientAuth = this.config.tls.clientAuth;
    const server = tls.createServer(
      {
        ...this.secureContextOptions,
        requestCert: clientAuth !== 'none',
        // 'optional' verifies a certificate when one is sent; the socket's `authorized` says which.
        rejectUnauthorized: clientAuth === 'required',
        noDelay: true,
      },
      accept,
    );
    server.on('tlsClientError', (error, socket) => {
      this.counters.closedFor['tls-handshake-failed']++;
      this.warnings.line(
        'warn',
        'tls-handshake-failed',
        {
          reason: 'tls-handshake-failed',
          remote: `${socket.remoteAddress}:${socket.remotePort}`,
          err: error.message,
        },
        'closing a client connection: TLS handshake failed',
      );
      socket.destroy();
    });
    return server;
  }

  private accept(socket: net.Socket, target: ListenerTarget): void {
    // Every socket gets an error listener before anything else can fail on it.
    socket.on('error', (error) => this.log.debug({ err: error.message }, 'client socket error'));
    if (!this.accepting) {
      this.counters.closedFor.draining++;
      socket.destroy();
      return;
    }
    if (this.active >= this.config.limits.maxConnections) {
      this.counters.connectionsRejected++;
      this.counters.closedFor['connection-limit']++;
      this.warnings.line(
        'warn',
        'connection-limit',
        {
          reason: 'connection-limit',
          limit: this.config.limits.maxConnections,
          remote: socket.remoteAddress,
        },
        'closing a client connection: connection limit reached',
      );
      socket.destroy();
      return;
    }
    this.active++;
    this.counters.connectionsAccepted++;
    this.counters.connectionsActive = this.active;
    socket.once('close', () => {
      this.active--;
      this.counters.connectionsActive = this.active;
    });
    this.onConnection(socket, target);
  }

  private open(key: string, port: number, target: ListenerTarget): Promise<void> {
    const server = this.createServer(target);
    return new Promise<void>((resolve, reject) => {
      const onError = (error: NodeJS.ErrnoException): void => {
        const host = this.config.listen.host;
        const where = portSettingOf(key, this.config.listen.brokerPorts);
        const failure = new ListenerBindError(key, host, port, where, error.code);
        this.unbound.set(key, failure.message);
        reject(failure);
      };
      server.once('error', onError);
      server.listen({ host: this.config.listen.host, port }, () => {
        server.off('error', onError);
        // A failed bind is reported once, in the configuration's words (ListenerBindError), not
        // as a stack trace; errors of a bound server are logged.
        server.on('error', (error) => this.log.error({ err: error, listener: key }, 'listener error'));
        this.unbound.delete(key);
        const bound = (server.address() as net.AddressInfo).port;
        this.listeners.set(key, { server, port: bound, target });
        this.log.info({ listener: key, host: this.config.listen.host, port: bound }, 'listening');
        resolve();
      });
    });
  }
}
