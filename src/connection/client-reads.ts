import net from 'node:net';
import { ReusedReadBuffer } from './reused-read-buffer.js';

/**
 * What the owner of a client socket does with each read: handles `chunk` (a view of the reused read
 * buffer) and returns true when views of it are still kept once it returns (the next read then goes
 * into new memory; see ReusedReadBuffer).
 */
export type ClientReadHandler = (chunk: Buffer) => boolean;

interface ReadHook {
  handler: ClientReadHandler | undefined;
  /** Copies of reads that came before an owner took the socket (none in practice: it starts paused). */
  early: Buffer[];
}

const HOOKS = new WeakMap<net.Socket, ReadHook>();

/**
 * Node 20's `net.Server` cannot give the sockets it accepts an `onread` (only `net.Socket` and
 * `net.connect` take one), so every read of a client would be a new Buffer. Given a socket accepted
 * by a plaintext server created with `pauseOnConnect: true`, this makes a new `net.Socket` around the
 * same connection (its TCP handle) that reads into a ReusedReadBuffer of its own, paused until its
 * owner resumes it; the accepted socket is destroyed without closing the connection, which also takes
 * it off the server's count (the proxy keeps its own). Reads are handed to the handler the owner
 * registers with `takeClientReads`.
 *
 * It relies on the accepted socket's `_handle` (Node's TCP handle, what `net.Socket`'s `handle`
 * option takes): when that is not what is expected, the accepted socket is returned as it is, and it
 * reads through 'data' events as before.
 */
export function withReusedReads(accepted: net.Socket): net.Socket {
  const internals = accepted as unknown as { _handle?: { readStart?: unknown } | null };
  const handle = internals._handle;
  if (handle === null || handle === undefined || typeof handle.readStart !== 'function') return accepted;
  internals._handle = null;
  accepted.destroy();
  const buffer = new ReusedReadBuffer();
  const hook: ReadHook = { handler: undefined, early: [] };
  const socket = new net.Socket({
    handle,
    readable: true,
    writable: true,
    pauseOnCreate: true,
    onread: {
      buffer: buffer.next,
      callback: (bytes: number, memory: Buffer): boolean => {
        const chunk = memory.subarray(0, bytes);
        if (hook.handler === undefined) {
          hook.early.push(Buffer.from(chunk));
          buffer.afterRead(bytes, false);
        } else {
          buffer.afterRead(bytes, hook.handler(chunk));
        }
        return true;
      },
    },
  } as net.SocketConstructorOpts);
  socket.setNoDelay(true);
  HOOKS.set(socket, hook);
  return socket;
}

/**
 * Registers the handler of a socket made by `withReusedReads` (reads already taken are handed over
 * first, as copies). False when the socket reads through 'data' events instead.
 */
export function takeClientReads(socket: net.Socket, handler: ClientReadHandler): boolean {
  const hook = HOOKS.get(socket);
  if (hook === undefined) return false;
  hook.handler = handler;
  for (const chunk of hook.early.splice(0)) handler(chunk);
  return true;
}
