import type net from 'node:net';
import type { ProxyConfig } from '../config/proxy-config.js';
import { ClientConnection, type ConnectionDeps } from '../connection/client-connection.js';
import { MemoryBudget, containerMemoryLimit, defaultBufferBudget } from '../connection/memory-budget.js';
import type { ConnectionContext } from '../connection/connection-context.js';
import { forwardEverything, type RequestFilter } from '../connection/request-decision.js';
import { ListenerManager, type ListenerTarget } from '../listeners/listener-manager.js';
import { nodeAddressing } from '../listeners/node-addressing.js';
import { log as rootLog, type Logger } from '../log.js';
import { proxyVersionRanges } from '../rewrite/api-versions-clamp.js';
import type { EndpointRewriter } from '../rewrite/broker-endpoint.js';
import { endpointGrowthBound } from '../rewrite/node-endpoints-tail.js';
import { BrokerDirectory, parseHostPort, type BrokerAddress } from '../upstream/broker-directory.js';
import { ClusterMetadataPoller } from '../upstream/cluster-metadata-poller.js';
import type { ControlSessionState } from '../upstream/control-session-status.js';
import { upstreamTls } from '../upstream/connect-upstream.js';
import { ReloadingTlsFiles } from '../tls/reloading-tls-files.js';
import { countUpstreamConnect, createCounters, upstreamReachable, type ProxyCounters } from './counters.js';
import { RepeatedWarnings } from './repeated-warnings.js';

export interface ProxyOptions {
  /** The policy hook; everything is forwarded without one. */
  filter?: RequestFilter;
  log?: Logger;
}

/** A running proxy. */
export interface RunningProxy {
  readonly config: ProxyConfig;
  readonly counters: ProxyCounters;
  readonly directory: BrokerDirectory;
  /** The memory budget for frames held whole (limits.maxBufferedBytes or its default). */
  readonly budget: MemoryBudget;
  /** Port of the bootstrap listener (useful when the configuration asked for port 0). */
  readonly bootstrapPort: number;
  /** Port of node N's listener, once it is open. */
  nodePort(nodeId: number): number | undefined;
  /** Listeners the proxy wanted but could not bind, each with why (empty when all are bound). */
  unboundListeners(): string[];
  /** True when the last connection attempt to a broker (a client's or the control connection's) opened. */
  upstreamReachable(): boolean;
  /** Whether the control connection's last refresh got a Metadata answer, and why not (/readyz). */
  controlSession(): ControlSessionState;
  /** Client connections open now. */
  connectionCount(): number;
  /** What the proxy knows about each open client connection (TLS and SASL identity, client id). */
  connections(): ConnectionContext[];
  /** Closes the open connections `which` selects (logged with `detail`); returns how many. */
  closeConnections(which: (connection: ConnectionContext) => boolean, detail: string): number;
  /**
   * Stops accepting, lets every connection finish the request it is reading and receive the
   * responses it is owed, closes what is left after `limits.drainTimeoutMs`, then stops.
   */
  drain(): Promise<void>;
  /** Closes everything at once. */
  stop(): Promise<void>;
}

/**
 * Starts a proxy: the bootstrap listener, the control connection that learns the brokers, and a
 * listener per broker node as nodes become known. Resolves once the bootstrap listener is open and a
 * first attempt to learn the brokers has finished.
 */
export async function startProxy(config: ProxyConfig, options: ProxyOptions = {}): Promise<RunningProxy> {
  const log = options.log ?? rootLog.child({}, { level: config.logging.level });
  const counters = createCounters();
  const directory = new BrokerDirectory(config.upstream.nodes);
  const addressing = nodeAddressing(config);
  const tlsToBrokers = upstreamTls(config.upstream.tls);
  // Upstream CA bundle and client certificate: new broker connections use renewed files.
  const upstreamTlsFiles =
    tlsToBrokers === undefined
      ? undefined
      : new ReloadingTlsFiles(
          {
            ca: config.upstream.tls.caFile,
            cert: config.upstream.tls.certFile,
            key: config.upstream.tls.keyFile,
          },
          () => {
            Object.assign(tlsToBrokers.options, upstreamTls(config.upstream.tls)!.options);
            log.info('upstream TLS files reloaded');
          },
          log,
        );
  upstreamTlsFiles?.start();
  const connections = new Set<ClientConnection>();
  const bootstrapServers = config.upstream.bootstrapServers.map(parseHostPort);
  let nextBootstrap = 0;

  const poller = new ClusterMetadataPoller(
    config.upstream.bootstrapServers,
    directory,
    tlsToBrokers,
    config.upstream.connectTimeoutMs,
    config.upstream.metadataRefreshMs,
    log.child({ component: 'control-connection' }),
    config.upstream.sasl,
    (ok) => countUpstreamConnect(counters, ok),
  );

  const warnings = new RepeatedWarnings(log);
  counters.logLinesSuppressed = warnings.suppressed;
  const memoryLimit = containerMemoryLimit();
  const budget = new MemoryBudget(config.limits.maxBufferedBytes ?? defaultBufferBudget(memoryLimit));
  log.info(
    {
      maxBufferedBytes: budget.limit,
      ...(config.limits.maxBufferedBytes === undefined
        ? { containerMemoryLimit: memoryLimit ?? 'none' }
        : {}),
    },
    'memory budget for frames held whole',
  );
  // Live values for /metrics (the counters object is read at scrape time).
  Object.defineProperties(counters, {
    bufferedBytes: { get: () => budget.reserved, enumerable: true },
    bufferBudgetBytes: { get: () => budget.limit, enumerable: true },
    bufferWaits: { get: () => budget.waits, enumerable: true },
  });
  const endpointGrowth = (): number =>
    endpointGrowthBound(
      directory.nodeIds().flatMap((nodeId) => {
        const real = directory.get(nodeId);
        return real === undefined
          ? []
          : [{ realHost: real.host, proxyHost: addressing.advertisedHost(nodeId) }];
      }),
    );

  const opening = new Set<Promise<void>>();
  const rewriteEndpoint: EndpointRewriter = ({ nodeId, host, port }) => {
    directory.learn(nodeId, { host, port });
    return { host: addressing.advertisedHost(nodeId), port: addressing.advertisedPort(nodeId) };
  };

  const upstreamCandidates = async (target: ListenerTarget): Promise<BrokerAddress[]> => {
    if (target.kind === 'bootstrap') {
      const start = nextBootstrap++ % bootstrapServers.length;
      return [...bootstrapServers.slice(start), ...bootstrapServers.slice(0, start)];
    }
    let address = directory.get(target.nodeId);
    if (address === undefined) {
      void poller.refresh();
      address = await directory.waitFor(target.nodeId, config.upstream.connectTimeoutMs);
    }
    return address === undefined ? [] : [address];
  };

  const deps: ConnectionDeps = {
    config,
    counters,
    log,
    warnings,
    filter: options.filter ?? forwardEverything,
    proxyVersions: proxyVersionRanges(),
    upstreamTls: tlsToBrokers,
    rewriteEndpoint,
    budget,
    endpointGrowth,
    listenersReady: () => (opening.size === 0 ? undefined : Promise.all(opening).then(() => undefined)),
    upstreamCandidates,
    nodeAt: (address) => directory.nodeAt(address),
    onClosed: (connection) => connections.delete(connection),
  };

  const onConnection = (socket: net.Socket, target: ListenerTarget): void => {
    const connection = new ClientConnection(socket, target, deps);
    connections.add(connection);
    void connection.start();
  };

  const listeners = new ListenerManager(
    config,
    addressing,
    counters,
    log.child({ component: 'listeners' }),
    onConnection,
    warnings,
  );
  const openNode = (nodeId: number): void => {
    const pending = listeners.ensureNode(nodeId);
    opening.add(pending);
    void pending.finally(() => opening.delete(pending));
  };
  directory.on('node', openNode);
  directory.on('changed', (nodeId) =>
    log.info(
      { nodeId, address: directory.get(nodeId) },
      'broker address changed; new connections use the new one',
    ),
  );

  await listeners.start();
  for (const nodeId of directory.nodeIds()) openNode(nodeId);
  await poller.start();
  await Promise.all(opening);

  // Request timeouts: one sweep for every connection, instead of a timer per request.
  const requestTimeoutMs = config.limits.requestTimeoutMs;
  const sweep =
    requestTimeoutMs > 0
      ? setInterval(
          () => {
            const now = performance.now();
            for (const connection of [...connections]) connection.checkRequestTimeout(now, requestTimeoutMs);
          },
          Math.min(1000, Math.max(50, Math.floor(requestTimeoutMs / 4))),
        )
      : undefined;
  sweep?.unref();

  let stopping: Promise<void> | undefined;
  const shutdown = (graceful: boolean): Promise<void> => {
    stopping ??= (async () => {
      poller.stop();
      upstreamTlsFiles?.stop();
      if (sweep !== undefined) clearInterval(sweep);
      const stopAccepting = listeners.stopAccepting();
      if (graceful && connections.size > 0) {
        log.info(
          { connections: connections.size, timeoutMs: config.limits.drainTimeoutMs },
          'draining connections',
        );
        for (const connection of connections) connection.drain();
        const deadline = Date.now() + config.limits.drainTimeoutMs;
        while (connections.size > 0 && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
      for (const connection of [...connections]) {
        connection.close('draining', graceful ? 'drain timeout reached' : 'proxy stopped');
      }
      await stopAccepting;
      warnings.stop();
      log.info('proxy stopped');
    })();
    return stopping;
  };

  return {
    config,
    counters,
    directory,
    budget,
    bootstrapPort: listeners.portOf({ kind: 'bootstrap' })!,
    nodePort: (nodeId) => listeners.portOf({ kind: 'node', nodeId }),
    unboundListeners: () => listeners.unboundListeners(),
    upstreamReachable: () => upstreamReachable(counters),
    controlSession: () => poller.status.state(),
    connectionCount: () => connections.size,
    connections: () => [...connections].map((connection) => connection.context),
    closeConnections: (which, detail) => {
      let closed = 0;
      for (const connection of [...connections]) {
        if (!which(connection.context)) continue;
        connection.close('policy-close', detail);
        closed++;
      }
      return closed;
    },
    drain: () => shutdown(true),
    stop: () => shutdown(false),
  };
}
