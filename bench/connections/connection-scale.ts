/**
 * Memory per idle client connection: N raw clients (ApiVersions + Metadata, then idle) through the
 * proxy, run as its own process in front of a real 1-node broker; RSS per connection =
 * (RSS with N connections - RSS before them) / N. Every client connection is two sockets in the
 * proxy (the client's and its upstream one), and both count.
 */
import type net from 'node:net';
import { startKafka, type KafkaCluster } from '../../test/harness/index.js';
import { freeBrokerPortBase } from '../../test/unit/proxy/free-ports.js';
import { loadAverage, machineInfo, type MachineInfo } from '../e2e/machine.js';
import { median, openFiles, openFilesLimit } from '../e2e/process-stats.js';
import {
  buildProxy,
  freePort,
  startProxyProcess,
  type ProxyProcess,
  type ProxyRuntime,
} from '../e2e/proxy-process.js';
import { openIdleClients } from './idle-clients.js';
import { measureRequestLatency, type RequestLatency } from './request-latency.js';

export interface ConnectionScaleOptions {
  counts: number[];
  /** ApiVersions round trips per side for the request-latency probe (0: skip it). */
  latencyRequests?: number;
  runtime?: ProxyRuntime;
  /** Pause before each RSS reading, for the proxy's allocations of the opening phase to settle. */
  settleMs?: number;
  log: (line: string) => void;
}

export interface ConnectionScaleResult {
  requested: number;
  /** Connections actually held open (fewer than requested when the descriptor limit caps it). */
  connections: number;
  cappedBy?: string;
  baselineRssBytes: number;
  rssBytes: number;
  perConnectionBytes: number;
  proxyOpenFiles: number;
  openSeconds: number;
}

export interface ConnectionScaleReport {
  startedAt: string;
  machine: MachineInfo;
  loadAverageEnd: string;
  runtime: ProxyRuntime;
  openFilesLimit: { soft: number; hard: number };
  results: ConnectionScaleResult[];
  requestLatency?: RequestLatency;
}

// Descriptors the proxy holds besides client connections (listeners, admin, libuv, stdio), with margin.
const PROXY_FD_HEADROOM = 200;
const CLIENT_FD_HEADROOM = 100;

async function medianRss(proxy: ProxyProcess, samples = 5, gapMs = 400): Promise<number> {
  const values: number[] = [];
  for (let i = 0; i < samples; i++) {
    values.push(proxy.rssBytes());
    await new Promise((r) => setTimeout(r, gapMs));
  }
  return median(values);
}

function proxyConfig(
  cluster: KafkaCluster,
  bootstrapPort: number,
  brokerPortBase: number,
  maxConnections: number,
) {
  return {
    listen: { host: '127.0.0.1', bootstrapPort, brokerPortBase },
    advertised: { host: '127.0.0.1' },
    upstream: { bootstrapServers: cluster.bootstrap.split(',') },
    limits: { maxConnections, idleTimeoutMs: 0, drainTimeoutMs: 1000 },
    logging: { level: 'warn' },
    admin: { host: '127.0.0.1', port: 0 },
    // One connection event per client on stdout would be the audit trail's cost, not the connection's.
    audit: { stdout: { enabled: false } },
  };
}

async function measureCount(
  cluster: KafkaCluster,
  requested: number,
  options: ConnectionScaleOptions,
): Promise<ConnectionScaleResult> {
  const limits = openFilesLimit();
  // The proxy needs two descriptors per client; this process one. Neither can exceed the hard limit
  // (raising it needs CAP_SYS_RESOURCE), so the count is capped with a message rather than failing.
  let connections = requested;
  let cappedBy: string | undefined;
  const proxyMax = Math.floor((limits.hard - PROXY_FD_HEADROOM) / 2);
  const clientMax = limits.hard - CLIENT_FD_HEADROOM;
  if (connections > Math.min(proxyMax, clientMax)) {
    connections = Math.min(proxyMax, clientMax);
    cappedBy = `RLIMIT_NOFILE hard limit ${limits.hard}: the proxy holds 2 descriptors per client connection (client + upstream), so at most ${connections} fit`;
    options.log(`${requested} connections requested; ${cappedBy}. Measuring ${connections}.`);
  }
  if (limits.soft < connections + CLIENT_FD_HEADROOM) {
    throw new Error(
      `ulimit -n is ${limits.soft} in this process, too low for ${connections} client sockets; run \`ulimit -n ${Math.min(limits.hard, connections + CLIENT_FD_HEADROOM)}\` first`,
    );
  }
  const proxy = await startProxyProcess({
    config: proxyConfig(
      cluster,
      await freePort(),
      await freeBrokerPortBase(cluster.nodes.map((n) => n.nodeId)),
      connections + 100,
    ),
    runtime: options.runtime ?? 'dist',
    openFilesLimit: Math.min(limits.hard, 2 * connections + PROXY_FD_HEADROOM),
  });
  const [host, portText] = proxy.bootstrap.split(':');
  const port = Number(portText);
  let sockets: net.Socket[] = [];
  try {
    // Warm-up: the code paths of the round trips are loaded before the baseline is read.
    for (const s of await openIdleClients(host!, port, 20)) s.destroy();
    await new Promise((r) => setTimeout(r, options.settleMs ?? 3000));
    const baseline = await medianRss(proxy);
    const started = process.hrtime.bigint();
    sockets = await openIdleClients(host!, port, connections);
    const openSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    await new Promise((r) => setTimeout(r, options.settleMs ?? 3000));
    const rss = await medianRss(proxy);
    const fds = openFiles(proxy.pid);
    const closed = sockets.filter((s) => s.destroyed).length;
    if (closed > 0)
      throw new Error(`${closed} of ${connections} idle connections were closed during the measurement`);
    const result: ConnectionScaleResult = {
      requested,
      connections,
      ...(cappedBy ? { cappedBy } : {}),
      baselineRssBytes: baseline,
      rssBytes: rss,
      perConnectionBytes: (rss - baseline) / connections,
      proxyOpenFiles: fds,
      openSeconds,
    };
    options.log(
      `${connections} connections: RSS ${(baseline / 2 ** 20).toFixed(1)} -> ${(rss / 2 ** 20).toFixed(1)} MiB, ${(result.perConnectionBytes / 1024).toFixed(1)} KiB per connection, proxy fds ${fds}, opened in ${openSeconds.toFixed(1)} s`,
    );
    return result;
  } finally {
    for (const s of sockets) s.destroy();
    await proxy.stop();
  }
}

async function probeLatency(
  cluster: KafkaCluster,
  requests: number,
  options: ConnectionScaleOptions,
): Promise<RequestLatency> {
  const proxy = await startProxyProcess({
    config: proxyConfig(
      cluster,
      await freePort(),
      await freeBrokerPortBase(cluster.nodes.map((n) => n.nodeId)),
      100,
    ),
    runtime: options.runtime ?? 'dist',
  });
  try {
    const result = await measureRequestLatency(cluster.bootstrap.split(',')[0]!, proxy.bootstrap, requests);
    options.log(
      `ApiVersions round trip p50/p99: direct ${result.directP50Us.toFixed(0)}/${result.directP99Us.toFixed(0)} us, proxy ${result.proxyP50Us.toFixed(0)}/${result.proxyP99Us.toFixed(0)} us`,
    );
    return result;
  } finally {
    await proxy.stop();
  }
}

export async function runConnectionScale(options: ConnectionScaleOptions): Promise<ConnectionScaleReport> {
  const startedAt = new Date().toISOString();
  const machine = machineInfo();
  const runtime = options.runtime ?? 'dist';
  if (runtime === 'dist') buildProxy(options.log);
  const cluster = await startKafka({ nodes: 1 });
  const results: ConnectionScaleResult[] = [];
  let requestLatency: RequestLatency | undefined;
  try {
    // A fresh proxy per count, so each baseline is a proxy that has never held many connections.
    for (const count of options.counts) results.push(await measureCount(cluster, count, options));
    const requests = options.latencyRequests ?? 5000;
    if (requests > 0) requestLatency = await probeLatency(cluster, requests, options);
  } finally {
    await cluster.stop();
  }
  return {
    startedAt,
    machine,
    loadAverageEnd: loadAverage(),
    runtime,
    openFilesLimit: openFilesLimit(),
    results,
    ...(requestLatency ? { requestLatency } : {}),
  };
}
