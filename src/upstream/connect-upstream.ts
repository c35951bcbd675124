import net from 'node:net';
import tls from 'node:tls';
import { readFileSync } from 'node:fs';
import type { UpstreamTlsConfig } from '../config/proxy-config.js';
import type { BrokerAddress } from './broker-directory.js';

/** TLS settings for connections to brokers, read from files once per process (and on reload). */
export interface UpstreamTls {
  options: tls.ConnectionOptions;
  serverName?: string;
}

export function upstreamTls(config: UpstreamTlsConfig): UpstreamTls | undefined {
  if (!config.enabled) return undefined;
  const options: tls.ConnectionOptions = { rejectUnauthorized: config.rejectUnauthorized };
  if (config.caFile !== undefined) options.ca = readFileSync(config.caFile);
  if (config.certFile !== undefined && config.keyFile !== undefined) {
    options.cert = readFileSync(config.certFile);
    options.key = readFileSync(config.keyFile);
  }
  return config.serverName === undefined ? { options } : { options, serverName: config.serverName };
}

/**
 * Reads into memory the caller provides (Node's `onread` option): `buffer` gives the memory for the
 * next read, `callback` gets each read's byte count and that memory, and no 'data' events are
 * emitted. See src/connection/reused-read-buffer.ts.
 */
export interface OwnReads {
  buffer: () => Buffer;
  /** Returns true (reading stays on; the owner pauses the socket itself when it must). */
  callback: (bytes: number, buffer: Buffer) => boolean;
}

/**
 * Opens one connection to a real broker and resolves once it is usable (after the TLS handshake when
 * TLS is on). Rejects on error or after `timeoutMs`; the socket is destroyed in both cases. With
 * `reads`, a plaintext connection reads through them (`onread`) instead of emitting 'data'; a TLS
 * connection ignores them and emits 'data' as usual (the caller listens to both).
 */
export function connectUpstream(
  address: BrokerAddress,
  tlsSettings: UpstreamTls | undefined,
  timeoutMs: number,
  reads?: OwnReads,
): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    let socket: net.Socket;
    const ready = (): void => {
      clearTimeout(timer);
      // Keep a listener until the owner adds its own: an 'error' with none would crash the process.
      socket.on('error', ignoreUntilOwned);
      socket.off('error', fail);
      socket.setNoDelay(true);
      resolve(socket);
    };
    const fail = (error: Error): void => {
      clearTimeout(timer);
      socket.destroy();
      CONNECT_FAILURES.add(error);
      reject(error);
    };
    if (tlsSettings === undefined) {
      socket = net.connect(
        reads === undefined
          ? { host: address.host, port: address.port }
          : { host: address.host, port: address.port, onread: reads },
        ready,
      );
    } else {
      const servername = tlsSettings.serverName ?? (net.isIP(address.host) === 0 ? address.host : undefined);
      socket = tls.connect(
        {
          ...tlsSettings.options,
          host: address.host,
          port: address.port,
          ...(servername ? { servername } : {}),
        },
        ready,
      );
    }
    socket.on('error', fail);
    const timer = setTimeout(
      () => fail(new Error(`connect to ${address.host}:${address.port} timed out after ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
}

const CONNECT_FAILURES = new WeakSet<Error>();

/** True when `error` is connectUpstream's: no connection opened (refused, timed out, TLS handshake). */
export function isConnectFailure(error: unknown): boolean {
  return error instanceof Error && CONNECT_FAILURES.has(error);
}

function ignoreUntilOwned(): void {
  // The owner's own 'error' listener logs and closes; this one only keeps the process alive.
}
