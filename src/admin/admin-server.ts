// The admin HTTP server, on its own port (never the Kafka listeners): /metrics for Prometheus,
// /healthz (the process answers: liveness) and /readyz (listeners up, the control connection to the
// brokers answering, policy loaded, audit sinks ready: readiness; src/admin/observability.ts lists
// the checks). Each readiness check names itself, so a 503 says what is missing.

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ListenerBindError, portSettingOf } from '../listeners/listener-bind-error.js';
import type { Logger } from '../log.js';

export interface ReadinessCheck {
  readonly name: string;
  /** Problems; empty when this part is ready. */
  check(): readonly string[];
}

export interface AdminServerOptions {
  readonly host: string;
  /** 0 asks the OS for a free port. */
  readonly port: number;
  readonly metrics: () => Promise<string>;
  readonly metricsContentType: string;
  readonly readiness: readonly ReadinessCheck[];
  readonly log: Logger;
}

/** The admin port cannot be opened (in use, not permitted). */
export class AdminListenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AdminListenError';
  }
}

export interface AdminServer {
  readonly port: number;
  readonly url: string;
  close(): Promise<void>;
}

function send(res: http.ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

/**
 * Starts the admin HTTP server on `options.host`:`options.port` (0: a free port; the bound one is in
 * the result's `port` and `url`). GET /metrics answers `options.metrics()` with
 * `metricsContentType` (500 with the message when collecting fails); GET /healthz answers 200 while
 * the process runs; GET /readyz answers JSON `{ ready, checks: [{ name, problems, ok }] }`, 200 when
 * every readiness check reports no problem, else 503. Other paths 404, other methods than GET/HEAD
 * 405. Rejects with AdminListenError when the port cannot be bound (in use, not permitted).
 */
export async function startAdminServer(options: AdminServerOptions): Promise<AdminServer> {
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'text/plain', 'method not allowed\n');
      return;
    }
    if (path === '/metrics') {
      options.metrics().then(
        (text) => send(res, 200, options.metricsContentType, text),
        (error: unknown) => {
          options.log.error({ err: (error as Error).message }, 'collecting metrics failed');
          send(res, 500, 'text/plain', `collecting metrics failed: ${(error as Error).message}\n`);
        },
      );
    } else if (path === '/healthz') {
      send(res, 200, 'text/plain', 'ok\n');
    } else if (path === '/readyz') {
      const checks = options.readiness.map((c) => ({ name: c.name, problems: c.check() }));
      const ready = checks.every((c) => c.problems.length === 0);
      send(
        res,
        ready ? 200 : 503,
        'application/json',
        JSON.stringify({ ready, checks: checks.map((c) => ({ ...c, ok: c.problems.length === 0 })) }) + '\n',
      );
    } else {
      send(res, 404, 'text/plain', 'not found: try /metrics, /healthz, /readyz\n');
    }
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      // In the configuration's words, like a Kafka listener's: the setting and its variable.
      const where = portSettingOf('admin');
      const bind = new ListenerBindError('admin', options.host, options.port, where, error.code);
      reject(new AdminListenError(bind.message));
    });
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  options.log.info({ host: options.host, port }, 'admin server listening (/metrics, /healthz, /readyz)');
  return {
    port,
    url: `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
