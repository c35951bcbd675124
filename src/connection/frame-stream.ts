import type { CloseReason } from '../proxy/counters.js';

/**
 * How the consumer wants the rest of a frame once it has seen the start of it:
 * - `{ more }`: the start is not enough yet (a header longer than what arrived); call again with at
 *   least `more` bytes, or with the whole frame if it is shorter;
 * - `hold`: collect the whole frame, then hand it over as the chunks it arrived in;
 * - `stream`: hand over the bytes seen so far and every later piece as it arrives, without
 *   collecting the frame (the cost of a frame nobody inspects is this framing alone).
 */
export type FrameMode = { more: number } | 'hold' | 'stream';

export interface FrameConsumer {
  /**
   * Called with the first bytes of a frame: `start` holds the 4-byte size and at least
   * min(`size`, wanted) body bytes, contiguous (copied only if they straddled socket chunks).
   */
  frameStart(size: number, start: Buffer): FrameMode;
  /** A whole frame, size prefix included, as views of the chunks it arrived in. */
  frameHeld(chunks: Buffer[], length: number): void;
  /** A piece of a streamed frame, in order; `last` is true for the piece that ends it. */
  frameStreamed(piece: Buffer, last: boolean): void;
  /** The stream cannot continue; the connection must close for this reason. */
  frameError(reason: CloseReason, detail: string): void;
}

/** Bytes of a frame body read before the consumer is first asked; enough for any usual header. */
const FIRST_LOOK = 256;

/**
 * Splits one direction of a Kafka connection into frames, letting the consumer choose per frame
 * whether to collect it or to stream it through. Frame sizes are checked against `maxFrameBytes` and
 * a negative size before anything is buffered. `suspend()` stops delivery (while an asynchronous
 * decision is pending, for example); chunks that arrive meanwhile are kept and delivered on
 * `resume()`, and the owner pauses the socket so that they stay few.
 */
export class FrameStream {
  private queued: Buffer[] = [];
  private queuedBytes = 0;
  /** Size of the frame being read, or -1 between frames. */
  private frameSize = -1;
  private wanted = 0;
  private mode: 'start' | 'hold' | 'stream' = 'start';
  /** Body bytes of the current frame still to come while holding or streaming. */
  private left = 0;
  private held: Buffer[] = [];
  private suspended = false;
  private stopAtBoundary = false;
  private failed = false;

  constructor(
    private readonly consumer: FrameConsumer,
    private readonly maxFrameBytes: number,
  ) {}

  /** True between frames, i.e. when the peer closing now would not cut a frame in half. */
  atFrameBoundary(): boolean {
    return this.frameSize < 0 && this.queuedBytes === 0;
  }

  push(chunk: Buffer): void {
    if (this.failed || chunk.length === 0) return;
    this.queued.push(chunk);
    this.queuedBytes += chunk.length;
    this.run();
  }

  /** True while a frame is partly read (started and not yet handed over whole). */
  inFrame(): boolean {
    return this.frameSize >= 0;
  }

  /**
   * Delivers the frame in progress to its end, then suspends for good: used when draining, so that a
   * request half-forwarded to the broker is completed and nothing after it is started.
   */
  stopAfterCurrentFrame(): void {
    this.stopAtBoundary = true;
    if (this.frameSize < 0) this.suspended = true;
  }

  /** Drops everything and delivers nothing more (the connection is closing). */
  abort(): void {
    this.failed = true;
    this.queued = [];
    this.queuedBytes = 0;
    this.held = [];
  }

  suspend(): void {
    this.suspended = true;
  }

  resume(): void {
    if (!this.suspended || (this.stopAtBoundary && this.frameSize < 0)) return;
    this.suspended = false;
    this.run();
  }

  private run(): void {
    while (!this.suspended && !this.failed && this.queuedBytes > 0) {
      if (this.frameSize < 0) {
        if (this.stopAtBoundary) {
          this.suspended = true;
          return;
        }
        if (this.queuedBytes < 4) return;
        const size = this.peekInt32();
        if (size < 0) return this.fail('negative-frame-length', `frame length ${size}`);
        if (size > this.maxFrameBytes) {
          return this.fail(
            'frame-too-large',
            `frame of ${size} bytes exceeds the maximum of ${this.maxFrameBytes}`,
          );
        }
        this.frameSize = size;
        this.wanted = Math.min(size, FIRST_LOOK);
        this.mode = 'start';
      }
      if (this.mode === 'start') {
        const startBytes = 4 + Math.min(this.frameSize, this.wanted);
        if (this.queuedBytes < startBytes) return;
        const start = this.take(startBytes, false);
        const decision = this.consumer.frameStart(this.frameSize, start);
        if (this.failed) return;
        if (typeof decision === 'object') {
          // Not enough yet: put the bytes back and wait for more.
          this.queued.unshift(start);
          this.queuedBytes += start.length;
          const more = Math.min(this.frameSize, Math.max(decision.more, this.wanted + 1));
          if (more <= this.wanted) {
            return this.fail('undecodable-header', 'the frame ended before its header did');
          }
          this.wanted = more;
          continue;
        }
        this.left = this.frameSize - (startBytes - 4);
        if (decision === 'hold') {
          this.mode = 'hold';
          this.held = [start];
          if (this.left === 0) this.finishHeld();
        } else {
          this.mode = 'stream';
          const last = this.left === 0;
          if (last) this.frameSize = -1;
          this.consumer.frameStreamed(start, last);
        }
        continue;
      }
      const piece = this.take(Math.min(this.left, this.queuedBytes), true);
      this.left -= piece.length;
      if (this.mode === 'hold') {
        this.held.push(piece);
        if (this.left === 0) this.finishHeld();
      } else {
        const last = this.left === 0;
        if (last) this.frameSize = -1;
        this.consumer.frameStreamed(piece, last);
      }
    }
  }

  private finishHeld(): void {
    const chunks = this.held;
    const length = this.frameSize + 4;
    this.held = [];
    this.frameSize = -1;
    this.consumer.frameHeld(chunks, length);
  }

  private fail(reason: CloseReason, detail: string): void {
    this.failed = true;
    this.queued = [];
    this.queuedBytes = 0;
    this.consumer.frameError(reason, detail);
  }

  private peekInt32(): number {
    const first = this.queued[0]!;
    if (first.length >= 4) return first.readInt32BE(0);
    return Buffer.concat(this.queued, 4).readInt32BE(0);
  }

  /**
   * Removes `n` bytes from the front. With `viewsOk` the result may be a view of the first chunk
   * only (shorter than `n`); otherwise it is exactly `n` contiguous bytes, copied only when they
   * straddle chunks.
   */
  private take(n: number, viewsOk: boolean): Buffer {
    const first = this.queued[0]!;
    let out: Buffer;
    if (first.length >= n || viewsOk) {
      const count = Math.min(n, first.length);
      out = first.subarray(0, count);
      if (count === first.length) this.queued.shift();
      else this.queued[0] = first.subarray(count);
    } else {
      out = Buffer.allocUnsafe(n);
      let filled = 0;
      while (filled < n) {
        const chunk = this.queued[0]!;
        const count = Math.min(n - filled, chunk.length);
        chunk.copy(out, filled, 0, count);
        filled += count;
        if (count === chunk.length) this.queued.shift();
        else this.queued[0] = chunk.subarray(count);
      }
    }
    this.queuedBytes -= out.length;
    return out;
  }
}
