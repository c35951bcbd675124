/**
 * One place in a client connection's response order, created when the request's fate is decided:
 * - `forwarded`: the request went to the broker; its response will arrive from there;
 * - `answered`: the proxy made the response itself (it is ready at once, but must wait for every
 *   earlier response before it is written);
 * - `no-response`: the client expects nothing (Produce with acks=0), forwarded or dropped; the
 *   slot only keeps the order visible to whoever inspects the queue.
 */
export type SlotKind = 'forwarded' | 'answered' | 'no-response';

export interface ResponseSlot {
  readonly kind: SlotKind;
  readonly correlationId: number;
  readonly apiKey: number;
  readonly apiVersion: number;
  /** Response bytes ready to write (size prefix included), when complete and not yet written. */
  ready: Buffer[] | undefined;
  /** True while the response is being streamed straight to the client. */
  streaming: boolean;
}

/**
 * The in-order queue of a client connection's pending responses. The broker answers forwarded
 * requests in the order they were sent, and requests are decided and sent in the order they came,
 * so the oldest slot still waiting for the broker is always the one the next broker response belongs
 * to. Responses leave only from the head: a synthesized answer waits behind an earlier request that
 * is still at the broker.
 */
export class ResponseQueue {
  private slots: Array<ResponseSlot | undefined> = new Array(16);
  private head = 0;
  private count = 0;
  /** Index (absolute, see `at`) of the oldest forwarded slot whose response has not arrived yet. */
  private awaitingFrom = 0;
  private pushed = 0;

  get size(): number {
    return this.count;
  }

  push(
    kind: SlotKind,
    correlationId: number,
    apiKey: number,
    apiVersion: number,
    ready?: Buffer[],
  ): ResponseSlot {
    const slot: ResponseSlot = { kind, correlationId, apiKey, apiVersion, ready, streaming: false };
    if (this.count === this.slots.length) this.grow();
    this.slots[(this.head + this.count) % this.slots.length] = slot;
    this.count++;
    this.pushed++;
    return slot;
  }

  peek(): ResponseSlot | undefined {
    return this.count === 0 ? undefined : this.slots[this.head];
  }

  shift(): ResponseSlot | undefined {
    if (this.count === 0) return undefined;
    const slot = this.slots[this.head];
    this.slots[this.head] = undefined;
    this.head = (this.head + 1) % this.slots.length;
    this.count--;
    return slot;
  }

  /**
   * The forwarded slot the next broker response belongs to, or undefined if the broker owes nothing.
   * Marks it as no longer awaiting.
   */
  takeAwaiting(): ResponseSlot | undefined {
    const firstIndex = this.pushed - this.count;
    if (this.awaitingFrom < firstIndex) this.awaitingFrom = firstIndex;
    while (this.awaitingFrom < this.pushed) {
      const slot = this.slots[(this.head + (this.awaitingFrom - firstIndex)) % this.slots.length]!;
      this.awaitingFrom++;
      if (slot.kind === 'forwarded') return slot;
    }
    return undefined;
  }

  /** Forwarded slots whose response has not started arriving from the broker. */
  awaitingCount(): number {
    const firstIndex = this.pushed - this.count;
    let n = 0;
    for (let i = Math.max(this.awaitingFrom, firstIndex); i < this.pushed; i++) {
      if (this.slots[(this.head + (i - firstIndex)) % this.slots.length]!.kind === 'forwarded') n++;
    }
    return n;
  }

  /**
   * Removes `slot` when it is the last slot pushed and still queued, its response not started (a
   * request forwarded as it arrived whose frame then turned out not to decode: the broker never got
   * its last byte, so it will never answer it). False when `slot` is not that last slot.
   */
  dropLast(slot: ResponseSlot): boolean {
    if (this.count === 0) return false;
    const last = (this.head + this.count - 1) % this.slots.length;
    if (this.slots[last] !== slot) return false;
    // A forwarded slot the broker's response has begun for (takeAwaiting passed it) stays.
    if (slot.kind === 'forwarded' && this.awaitingFrom >= this.pushed) return false;
    this.slots[last] = undefined;
    this.count--;
    this.pushed--;
    if (this.awaitingFrom > this.pushed) this.awaitingFrom = this.pushed;
    return true;
  }

  /** True when some slot holds response bytes not yet written (views of read buffers, possibly). */
  someReady(): boolean {
    for (let i = 0; i < this.count; i++) {
      if (this.slots[(this.head + i) % this.slots.length]!.ready !== undefined) return true;
    }
    return false;
  }

  private grow(): void {
    const bigger = new Array<ResponseSlot | undefined>(this.slots.length * 2);
    for (let i = 0; i < this.count; i++) bigger[i] = this.slots[(this.head + i) % this.slots.length];
    this.slots = bigger;
    this.head = 0;
  }
}
