// /readyz of the whole proxy (`run`): ready only when every known node's listener is bound, the
// control connection gets Metadata answers, the policy is loaded and, with audit.onFailure: deny, the
// audit sinks are healthy. test/integration/readiness-control-session.test.ts covers SASL brokers.
import { connect, createServer, type Server, type Socket } from 'node:net';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { startObservedProxy, type ObservedProxy } from '../../../src/admin/observed-proxy.js';
import { resolveConfig } from '../../../src/config/load-config.js';
import { parsePrometheusText, sampleValue } from '../metrics/prometheus-text.js';
import { freeBrokerPortBase } from '../proxy/free-ports.js';
import { ScriptedBroker } from '../proxy/scripted-broker.js';

const silent = pino({ level: 'silent' });
let running: ObservedProxy | undefined;
const servers: Server[] = [];
const brokers: ScriptedBroker[] = [];
afterEach(async () => {
  await running?.stop();
  running = undefined;
  for (const s of servers.splice(0)) s.close();
  for (const b of brokers.splice(0)) await b.stop();
});

async function takenPort(): Promise<number> {
  const server = createServer();
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as { port: number }).port;
}

async function readyz(): Promise<{ status: number; failing: Record<string, string[]> }> {
  const r = await fetch(`${running!.observability.admin!.url}/readyz`);
  const body = (await r.json()) as { checks: Array<{ name: string; ok: boolean; problems?: string[] }> };
  const failing: Record<string, string[]> = {};
  for (const c of body.checks) if (!c.ok) failing[c.name] = c.problems ?? [];
  return { status: r.status, failing };
}

async function start(
  upstream: string,
  nodes: Record<string, string>,
  brokerPorts: Record<string, number>,
  metadataRefreshMs = 30_000,
) {
  running = await startObservedProxy(
    resolveConfig(
      {
        listen: {
          host: '127.0.0.1',
          bootstrapPort: 0,
          brokerPortBase: await freeBrokerPortBase([1, 2]),
          brokerPorts,
        },
        upstream: { bootstrapServers: [upstream], nodes, connectTimeoutMs: 2000, metadataRefreshMs },
        admin: { port: 0, host: '127.0.0.1', metrics: { processMetrics: false } },
        audit: { stdout: { enabled: false } },
        logging: { level: 'silent' },
      },
      {},
    ),
    silent,
  );
}

describe('/readyz', () => {
  it('is not ready while a known node has no listener (its port taken) or no broker is reachable', async () => {
    const port = await takenPort();
    // Node 0 is known from upstream.nodes; its listen port belongs to another process.
    await start('127.0.0.1:1', { '0': '127.0.0.1:1' }, { '0': port });
    const r = await readyz();
    expect(r.status).toBe(503);
    expect(r.failing.listeners).toEqual([
      `cannot listen on 127.0.0.1:${port} for node-0: the port is in use by another process (EADDRINUSE); change listen.brokerPorts.0`,
    ]);
    expect(r.failing.upstream).toEqual([
      expect.stringMatching(/^control connection to 127\.0\.0\.1:1: cannot connect: .*ECONNREFUSED/),
    ]);
    const metrics = parsePrometheusText(await running!.observability.metrics.metrics());
    expect(sampleValue(metrics, 'kafka_l7_proxy_listeners_unbound')).toBe(1);
    expect(sampleValue(metrics, 'kafka_l7_proxy_upstream_reachable')).toBe(0);
    expect(sampleValue(metrics, 'kafka_l7_proxy_upstream_connection_errors_total')).toBeGreaterThanOrEqual(1);
    expect(sampleValue(metrics, 'kafka_l7_proxy_upstream_control_session_ready')).toBe(0);
    expect(
      sampleValue(metrics, 'kafka_l7_proxy_upstream_control_session_failures_total', {
        reason: 'unreachable',
      }),
    ).toBeGreaterThanOrEqual(1);
  });

  it('is ready once every listener is bound and a broker answers', async () => {
    const broker = new ScriptedBroker();
    brokers.push(broker);
    await broker.start();
    await start(`127.0.0.1:${broker.port}`, {}, {});
    // The broker answers the control connection's Metadata request.
    for (let i = 0; i < 100 && (await readyz()).status !== 200; i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(await readyz()).toEqual({ status: 200, failing: {} });
    const metrics = parsePrometheusText(await running!.observability.metrics.metrics());
    expect(sampleValue(metrics, 'kafka_l7_proxy_upstream_reachable')).toBe(1);
    expect(sampleValue(metrics, 'kafka_l7_proxy_listeners_unbound')).toBe(0);
    expect(sampleValue(metrics, 'kafka_l7_proxy_upstream_control_session_ready')).toBe(1);
  });

  it('is not ready while the broker accepts the control connection but closes it unanswered, and ready again once it answers', async () => {
    const broker = new ScriptedBroker();
    brokers.push(broker);
    await broker.start();
    // In front of the broker: first closes every connection at once, later passes it through.
    let pass = false;
    const sockets = new Set<Socket>();
    const gate = createServer((client) => {
      client.on('error', () => undefined);
      if (!pass) {
        client.destroy();
        return;
      }
      const upstream = connect(broker.port, '127.0.0.1');
      upstream.on('error', () => client.destroy());
      sockets.add(client).add(upstream);
      client.pipe(upstream).pipe(client);
    });
    servers.push(gate);
    await new Promise<void>((resolve) => gate.listen(0, '127.0.0.1', resolve));
    const gatePort = (gate.address() as { port: number }).port;
    await start(`127.0.0.1:${gatePort}`, {}, {}, 2000);

    const down = await readyz();
    expect(down.status).toBe(503);
    expect(down.failing).toEqual({
      upstream: [
        `control connection to 127.0.0.1:${gatePort}: the broker closed the control connection before answering Metadata (a listener that requires SASL does that, and upstream.sasl is not set)`,
      ],
    });
    let metrics = parsePrometheusText(await running!.observability.metrics.metrics());
    expect(sampleValue(metrics, 'kafka_l7_proxy_upstream_control_session_ready')).toBe(0);
    expect(
      sampleValue(metrics, 'kafka_l7_proxy_upstream_control_session_failures_total', { reason: 'closed' }),
    ).toBeGreaterThanOrEqual(1);

    pass = true;
    // Retried after 1 s, then 2 s (upstream.metadataRefreshMs): ready well within the bound.
    const deadline = Date.now() + 30_000;
    while ((await readyz()).status !== 200 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    expect(await readyz()).toEqual({ status: 200, failing: {} });
    metrics = parsePrometheusText(await running!.observability.metrics.metrics());
    expect(sampleValue(metrics, 'kafka_l7_proxy_upstream_control_session_ready')).toBe(1);
    await running?.stop();
    running = undefined;
    for (const s of sockets) s.destroy();
  });
});
