// /readyz against a real Kafka 4.1.1 broker whose client listener requires SASL/SCRAM-SHA-512: the
// proxy is ready only while its own control connection (broker list, topic IDs) authenticates and
// gets Metadata answers, and /readyz, the log and the metrics say why not otherwise.
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startObservedProxy, type ObservedProxy } from '../../src/admin/observed-proxy.js';
import { resolveConfig } from '../../src/config/load-config.js';
import { startKafka, type KafkaCluster } from '../harness/index.js';
import { parsePrometheusText, sampleValue } from '../unit/metrics/prometheus-text.js';
import { freeBrokerPortBase } from '../unit/proxy/free-ports.js';

const USER = { name: 'kafka-l7-proxy', password: 'proxy-secret' };
let cluster: KafkaCluster;
let bootstrap: string;

beforeAll(async () => {
  cluster = await startKafka({ nodes: 1, scram: { users: [USER] }, readyTimeoutMs: 240_000 });
  bootstrap = cluster.bootstrap.split(',')[0]!;
}, 300_000);

afterAll(async () => {
  await cluster?.stop();
});

interface Started {
  readonly running: ObservedProxy;
  /** The proxy's log lines at warn and above, parsed. */
  readonly warnings: Array<{ msg: string; err?: string }>;
}

async function startWith(
  sasl: { username: string; password: string; mechanism?: 'PLAIN' } | undefined,
): Promise<Started> {
  const warnings: Started['warnings'] = [];
  const log = pino(
    { level: 'warn' },
    { write: (line: string) => void warnings.push(JSON.parse(line) as Started['warnings'][number]) },
  );
  const running = await startObservedProxy(
    resolveConfig(
      {
        listen: {
          host: '127.0.0.1',
          bootstrapPort: 0,
          brokerPortBase: await freeBrokerPortBase(cluster.nodes.map((n) => n.nodeId)),
        },
        upstream: {
          bootstrapServers: [bootstrap],
          metadataRefreshMs: 2000,
          ...(sasl ? { sasl: { mechanism: 'SCRAM-SHA-512', ...sasl } } : {}),
        },
        admin: { port: 0, host: '127.0.0.1', metrics: { processMetrics: false } },
        audit: { stdout: { enabled: false } },
      },
      {},
    ),
    log,
  );
  return { running, warnings };
}

interface Readyz {
  status: number;
  upstream: string[];
}

async function readyz(running: ObservedProxy): Promise<Readyz> {
  const r = await fetch(`${running.observability.admin!.url}/readyz`);
  const body = (await r.json()) as { checks: Array<{ name: string; problems: string[] }> };
  return { status: r.status, upstream: body.checks.find((c) => c.name === 'upstream')!.problems };
}

/** Polls /readyz until `until` holds (generous bound: the machine is shared), then returns that answer. */
async function readyzWhen(
  running: ObservedProxy,
  until: (r: Readyz) => boolean,
  what: string,
): Promise<Readyz> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const last = await readyz(running);
    if (until(last)) return last;
    if (Date.now() > deadline) throw new Error(`/readyz never ${what}; last answer: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function metric(
  running: ObservedProxy,
  name: string,
  labels?: Record<string, string>,
): Promise<number | undefined> {
  return sampleValue(parsePrometheusText(await running.observability.metrics.metrics()), name, labels);
}

/** Starts a proxy with `sasl` (as startWith does), runs `check` on it, and stops it whatever happens. */
async function withProxy(
  sasl: Parameters<typeof startWith>[0],
  check: (started: Started) => Promise<void>,
): Promise<void> {
  const started = await startWith(sasl);
  try {
    await check(started);
  } finally {
    await started.running.stop();
  }
}

/** The reasons /readyz gives once it answers 503 with at least one for the upstream check. */
async function notReadyReasons(running: ObservedProxy): Promise<string[]> {
  return (await readyzWhen(running, (x) => x.status === 503 && x.upstream.length > 0, 'says not ready'))
    .upstream;
}

/** kafka_l7_proxy_upstream_control_session_failures_total for one `reason`. */
function failures(running: ObservedProxy, reason: string): Promise<number | undefined> {
  return metric(running, 'kafka_l7_proxy_upstream_control_session_failures_total', { reason });
}

describe('/readyz and the control connection to a SASL-only broker', () => {
  it('is not ready without upstream.sasl, and says the broker requires SASL in /readyz, the log and the metrics', async () => {
    await withProxy(undefined, async ({ running, warnings }) => {
      const expected = `control connection to ${bootstrap}: broker requires SASL (offers SCRAM-SHA-512); upstream.sasl is not set`;
      expect(await notReadyReasons(running)).toEqual([expected]);
      expect(warnings).toContainEqual(expect.objectContaining({ err: expected }));
      expect(await metric(running, 'kafka_l7_proxy_upstream_control_session_ready')).toBe(0);
      expect(await failures(running, 'sasl_not_configured')).toBeGreaterThanOrEqual(1);
    });
  }, 180_000);

  it('is not ready with a wrong password, and passes on the broker reason', async () => {
    await withProxy({ username: USER.name, password: 'wrong' }, async ({ running }) => {
      expect(await notReadyReasons(running)).toEqual([
        expect.stringMatching(
          new RegExp(
            `^control connection to ${bootstrap}: SASL authentication failed: .*invalid credentials`,
          ),
        ),
      ]);
      expect(await failures(running, 'sasl_authentication_failed')).toBeGreaterThanOrEqual(1);
    });
  }, 180_000);

  it('is not ready when the broker refuses the configured mechanism, and names the ones it offers', async () => {
    const sasl = { mechanism: 'PLAIN' as const, username: USER.name, password: USER.password };
    await withProxy(sasl, async ({ running }) => {
      expect(await notReadyReasons(running)).toEqual([
        `control connection to ${bootstrap}: broker refused SASL mechanism PLAIN (offers SCRAM-SHA-512)`,
      ]);
      expect(await failures(running, 'sasl_mechanism_refused')).toBeGreaterThanOrEqual(1);
    });
  }, 180_000);

  it('is ready with the right credentials, not ready while the broker is down, and ready again once it is back', async () => {
    await withProxy({ username: USER.name, password: USER.password }, async ({ running }) => {
      expect(await readyzWhen(running, (x) => x.status === 200, 'says ready')).toEqual({
        status: 200,
        upstream: [],
      });
      expect(await metric(running, 'kafka_l7_proxy_upstream_control_session_ready')).toBe(1);

      const nodeId = cluster.nodes[0]!.nodeId;
      await cluster.stopNode(nodeId, { graceful: false });
      const refused = new RegExp(`^control connection to ${bootstrap}: cannot connect: .*ECONNREFUSED`);
      const down = await readyzWhen(
        running,
        (x) => x.status === 503 && x.upstream.some((p) => refused.test(p)),
        'says the broker refuses connections',
      );
      expect(down.upstream).toEqual([expect.stringMatching(refused)]);
      await cluster.startNode(nodeId);
      await readyzWhen(running, (x) => x.status === 200, 'says ready again');
      expect(await metric(running, 'kafka_l7_proxy_upstream_control_session_ready')).toBe(1);
      expect(await failures(running, 'unreachable')).toBeGreaterThanOrEqual(1);
    });
  }, 300_000);
});
