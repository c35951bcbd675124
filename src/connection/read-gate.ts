import type net from 'node:net';

/** Why the proxy stopped reading a socket; reading resumes when no reason is left. */
export type PauseReason =
  | 'connecting'
  | 'decision'
  | 'in-flight'
  | 'draining'
  | 'closing'
  | 'upstream-backpressure'
  | 'client-backpressure'
  /** A frame to be held waits for room in the proxy's memory budget (src/connection/memory-budget.ts). */
  | 'memory-budget';

/**
 * Reading from one socket, paused for any number of reasons at once: backpressure from the other
 * side, an asynchronous decision, the in-flight limit, draining. The socket resumes only when the
 * last reason is lifted, so one reason never undoes another.
 */
export class ReadGate {
  private readonly reasons = new Set<PauseReason>();
  private socket: net.Socket | undefined;

  /** The socket may come later (the upstream connects after the client is accepted). */
  attach(socket: net.Socket): void {
    this.socket = socket;
    if (this.reasons.size > 0) socket.pause();
  }

  pause(reason: PauseReason): void {
    this.reasons.add(reason);
    this.socket?.pause();
  }

  /** True while reading is paused for any reason. */
  paused(): boolean {
    return this.reasons.size > 0;
  }

  /** True while `reason` is one of the reasons reading is paused. */
  has(reason: PauseReason): boolean {
    return this.reasons.has(reason);
  }

  resume(reason: PauseReason): void {
    if (!this.reasons.delete(reason) || this.reasons.size > 0) return;
    if (this.socket !== undefined && !this.socket.destroyed) this.socket.resume();
  }
}
