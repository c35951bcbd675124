/**
 * Turns socket chunks into Kafka frames (int32 size + payload).
 *
 * Small frames, the usual case, are handed over whole as subarray views of the chunk they arrived in;
 * bytes are copied only when a frame straddles chunks. Frames larger than `streamThreshold` are
 * announced as soon as their size and first `headBytes` bytes are in (`onFrameStart`), and the sink
 * chooses: `'buffer'` collects the frame and delivers it whole like a small one, `'stream'` hands its
 * bytes over as they arrive (`onFrameBytes`, views, no copy), so a proxy can forward a large frame it
 * does not inspect (a Fetch response, a Produce request its policy needs no body of) without holding
 * it in memory. A frame above `maxFrameSize`, or with a negative size, is a FrameError: the caller
 * closes the connection, as Kafka does.
 */

export class FrameError extends Error {
  override name = 'FrameError';
  constructor(
    message: string,
    readonly frameLength: number,
  ) {
    super(message);
  }
}

export type FrameMode = 'buffer' | 'stream';

export interface FrameSink {
  /** A complete frame payload (without the 4-byte size). A view: copy it to keep it past this call. */
  onFrame(frame: Buffer): void;
  /**
   * Called for frames larger than `streamThreshold` once `head` (the first min(length, headBytes)
   * bytes of the payload) is available. Not called for smaller frames. Default: 'buffer'.
   * `head` is a copy owned by the reader for this frame: edits made here (a rewritten correlation
   * ID) are what the frame delivers, as its first bytes in either mode.
   */
  onFrameStart?(length: number, head: Buffer): FrameMode;
  /**
   * Payload bytes of a streamed frame, in order, starting with the head; `done` on the last piece.
   * Pieces are views of the socket chunks (or of the head copy): forward or copy them before returning.
   */
  onFrameBytes?(bytes: Buffer, done: boolean): void;
}

export interface FrameReaderOptions {
  /** Largest payload accepted; Kafka's broker default `socket.request.max.bytes` is 100 MiB. */
  maxFrameSize: number;
  /** Frames larger than this are announced through onFrameStart. Default: never. */
  streamThreshold?: number;
  /** How much of a large frame's payload onFrameStart sees. Default 512 (a request header fits). */
  headBytes?: number;
}

const enum State {
  /** Between frames; `sizeBytes` holds 0-3 bytes of the next size field. */
  Size,
  /** Collecting a frame that straddles chunks into `target`. */
  Collect,
  /** Collecting the head of a large frame before announcing it. */
  Head,
  /** Forwarding the rest of a streamed frame. */
  Stream,
}

const EMPTY = Buffer.alloc(0);
const SLAB_SIZE = 1 << 20;
const SLAB_MAX_FRAME = 256 * 1024;

export class FrameReader {
  private readonly maxFrameSize: number;
  private readonly streamThreshold: number;
  private readonly headBytes: number;
  private state = State.Size;
  private readonly sizeBytes = Buffer.alloc(4);
  private sizeFilled = 0;
  private target: Buffer = Buffer.alloc(0);
  private filled = 0;
  /** Payload bytes of the current streamed frame still to come. */
  private streamLeft = 0;
  private frameLength = 0;
  private slab: Buffer = EMPTY;
  private slabUsed = 0;

  constructor(options: FrameReaderOptions) {
    if (!(options.maxFrameSize >= 0)) throw new RangeError('maxFrameSize must be >= 0');
    this.maxFrameSize = options.maxFrameSize;
    this.streamThreshold = options.streamThreshold ?? Infinity;
    this.headBytes = Math.max(1, options.headBytes ?? 512);
  }

  /** Bytes held for an incomplete frame (0 when the reader sits on a frame boundary). */
  get pendingBytes(): number {
    if (this.state === State.Size) return this.sizeFilled;
    return this.state === State.Stream ? 0 : this.filled;
  }

  /** Feeds one chunk; calls the sink for every frame (or piece of a streamed frame) it completes. */
  push(chunk: Buffer, sink: FrameSink): void {
    let pos = 0;
    const end = chunk.length;
    while (pos < end) {
      switch (this.state) {
        case State.Size: {
          if (this.sizeFilled === 0) {
            // Fast path: whole frames inside this chunk are handed over as views.
            while (end - pos >= 4) {
              const len = chunk.readInt32BE(pos);
              this.checkLength(len);
              if (len > this.streamThreshold) break;
              if (end - pos - 4 < len) break;
              sink.onFrame(chunk.subarray(pos + 4, pos + 4 + len));
              pos += 4 + len;
            }
            if (pos >= end) return;
            if (end - pos >= 4) {
              this.startFrame(chunk.readInt32BE(pos));
              pos += 4;
              continue;
            }
          }
          const take = Math.min(4 - this.sizeFilled, end - pos);
          chunk.copy(this.sizeBytes, this.sizeFilled, pos, pos + take);
          this.sizeFilled += take;
          pos += take;
          if (this.sizeFilled === 4) {
            this.sizeFilled = 0;
            const len = this.sizeBytes.readInt32BE(0);
            this.checkLength(len);
            this.startFrame(len);
            if ((this.state as State) === State.Collect && len === 0) this.finishCollect(sink);
          }
          break;
        }
        case State.Collect: {
          const take = Math.min(this.target.length - this.filled, end - pos);
          chunk.copy(this.target, this.filled, pos, pos + take);
          this.filled += take;
          pos += take;
          if (this.filled === this.target.length) this.finishCollect(sink);
          break;
        }
        case State.Head: {
          const take = Math.min(this.target.length - this.filled, end - pos);
          chunk.copy(this.target, this.filled, pos, pos + take);
          this.filled += take;
          pos += take;
          if (this.filled === this.target.length) this.announce(sink);
          break;
        }
        case State.Stream: {
          const take = Math.min(this.streamLeft, end - pos);
          this.streamLeft -= take;
          const piece = chunk.subarray(pos, pos + take);
          pos += take;
          if (this.streamLeft === 0) this.state = State.Size;
          sink.onFrameBytes!(piece, this.streamLeft === 0);
          break;
        }
      }
    }
  }

  /** Collects the frames of one chunk into an array (convenience for tests and simple callers). */
  frames(chunk: Buffer): Buffer[] {
    const out: Buffer[] = [];
    this.push(chunk, { onFrame: (f) => out.push(f) });
    return out;
  }

  private checkLength(len: number): void {
    if (len < 0) throw new FrameError(`negative frame size ${len}`, len);
    if (len > this.maxFrameSize) {
      throw new FrameError(`frame of ${len} bytes exceeds the maximum of ${this.maxFrameSize}`, len);
    }
  }

  private startFrame(len: number): void {
    this.checkLength(len);
    this.frameLength = len;
    this.filled = 0;
    if (len > this.streamThreshold) {
      this.target = Buffer.allocUnsafe(Math.min(len, this.headBytes));
      this.state = State.Head;
    } else {
      this.target = this.allocFrame(len);
      this.state = State.Collect;
    }
  }

  /**
   * Memory for a frame that straddles chunks. Frames up to SLAB_MAX_FRAME are carved from a shared
   * 1 MiB slab (one allocation, and one set of fresh pages, for many frames), larger ones get their
   * own buffer. A frame handed out stays valid as long as the caller holds it; holding one pins its
   * slab, so a caller that keeps small frames for long should copy them.
   */
  private allocFrame(len: number): Buffer {
    if (len > SLAB_MAX_FRAME) return Buffer.allocUnsafe(len);
    if (this.slabUsed + len > this.slab.length) {
      this.slab = Buffer.allocUnsafe(SLAB_SIZE);
      this.slabUsed = 0;
    }
    const frame = this.slab.subarray(this.slabUsed, this.slabUsed + len);
    this.slabUsed += len;
    return frame;
  }

  private finishCollect(sink: FrameSink): void {
    const frame = this.target;
    this.state = State.Size;
    this.target = EMPTY;
    sink.onFrame(frame);
  }

  private announce(sink: FrameSink): void {
    const head = this.target;
    const len = this.frameLength;
    const mode = sink.onFrameStart ? sink.onFrameStart(len, head) : 'buffer';
    if (mode === 'stream') {
      if (!sink.onFrameBytes) throw new TypeError('a sink that streams frames must implement onFrameBytes');
      this.streamLeft = len - head.length;
      this.state = this.streamLeft === 0 ? State.Size : State.Stream;
      this.target = EMPTY;
      sink.onFrameBytes(head, this.streamLeft === 0);
      return;
    }
    // Buffer the whole frame: the head becomes its first bytes.
    const whole = this.allocFrame(len);
    head.copy(whole, 0);
    this.target = whole;
    this.filled = head.length;
    this.state = State.Collect;
    if (this.filled === len) this.finishCollect(sink);
  }
}
