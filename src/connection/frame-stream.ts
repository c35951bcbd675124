import { FrameError, FrameReader, type FrameSink } from '../../protocol/framing/index.js';
import type { CloseReason } from '../proxy/counters.js';

/**
 * How the consumer wants the rest of a frame once it has seen its start:
 * - `hold`: collect the whole frame, then hand it over as the chunks it arrived in (views, no copy:
 *   the memory of every read it came in stays referenced until the consumer lets go of them);
 * - `copy`: collect the whole frame into one buffer of its size, allocated at once and filled as the
 *   pieces arrive, then hand it over as that one chunk: the reads it came in are free at once (a
 *   reused read buffer is reused) and whoever reads the frame needs no join. For a frame whose memory
 *   the consumer has already granted (its budget reservation succeeded);
 * - `stream`: hand over the start and every later piece as it arrives, without collecting the frame
 *   (the cost of a frame nobody inspects is this framing alone).
 */
export type FrameMode = 'hold' | 'copy' | 'stream';

export interface FrameConsumer {
  /**
   * Called with the start of every frame: `start` holds the 4-byte size and the first
   * min(`size`, HEAD_BYTES) body bytes. A consumer that needs more than that to decide holds.
   */
  frameStart(size: number, start: Buffer): FrameMode;
  /** A whole frame, size prefix included: the chunks it arrived in (`hold`) or one buffer (`copy`). */
  frameHeld(chunks: Buffer[], length: number): void;
  /** A piece of a streamed frame, in order; `last` is true for the piece that ends it. */
  frameStreamed(piece: Buffer, last: boolean): void;
  /** The stream cannot continue; the connection must close for this reason. */
  frameError(reason: CloseReason, detail: string): void;
}

/** Body bytes the consumer sees before choosing; any usual request header fits. */
export const HEAD_BYTES = 512;

type FrameEvent = { start: Buffer; size: number } | { piece: Buffer; last: boolean };

/**
 * One direction of a Kafka connection, cut into frames by the codec's FrameReader (which checks the
 * size against the maximum and a negative size before anything is buffered) and handed to a
 * consumer that chooses per frame whether to collect it or stream it through. Every frame is
 * announced with its head, so the choice is made for small and large frames alike. A held frame is
 * kept as the views the reader produced, never joined here; a copied one is filled into one buffer
 * of its own as it arrives.
 *
 * Each frame is delivered as a start, then pieces, the last one flagged (possibly empty).
 * `suspend()` stops delivery (while an asynchronous decision is pending, for example): what the
 * reader produces meanwhile is queued as views and delivered on `resume()`, and the owner pauses
 * the socket so that little arrives. `stopAfterCurrentFrame()` (drain) delivers the frame in
 * progress to its end and nothing after it.
 */
export class FrameStream {
  private readonly reader: FrameReader;
  private readonly sink: FrameSink;
  private readonly queued: FrameEvent[] = [];
  /** The consumer's choice for the frame being delivered, or undefined between frames. */
  private mode: FrameMode | undefined;
  private held: Buffer[] = [];
  private heldBytes = 0;
  /** The frame being copied (`copy`), filled up to heldBytes. */
  private copy: Buffer | undefined;
  /** The reader's next piece is the head it already announced (and that the start carries). */
  private headPending = false;
  private suspended = false;
  private stopAtBoundary = false;
  private failed = false;
  /** performance.now() when the first byte of the frame in progress arrived; undefined between frames. */
  private began: number | undefined;
  /** Frames whose last byte the reader has seen, for telling a new frame from one in progress. */
  private framesEnded = 0;
  /** Frames announced by the reader (started) that were not complete in one piece. */
  private announced = 0;
  private announcedEnded = 0;

  constructor(
    private readonly consumer: FrameConsumer,
    maxFrameBytes: number,
  ) {
    this.reader = new FrameReader({ maxFrameSize: maxFrameBytes, streamThreshold: 0, headBytes: HEAD_BYTES });
    this.sink = {
      // Only empty frames arrive whole: every other one is announced (stream threshold 0).
      onFrame: (payload) => {
        this.framesEnded++;
        this.deliverStart(payload.length, withSize(payload.length, payload));
        this.deliverPiece(EMPTY, true);
      },
      onFrameStart: (length, head) => {
        this.announced++;
        this.headPending = true;
        this.deliverStart(length, withSize(length, head));
        return 'stream';
      },
      onFrameBytes: (bytes, done) => {
        if (done) {
          this.framesEnded++;
          this.announcedEnded++;
        }
        if (this.headPending) {
          this.headPending = false;
          if (done) this.deliverPiece(EMPTY, true);
          return;
        }
        this.deliverPiece(bytes, done);
      },
    };
  }

  /** True while any part of a frame has been read and not yet handed over to its end. */
  inFrame(): boolean {
    return (
      this.mode !== undefined || this.reader.pendingBytes > 0 || this.queued.length > 0 || this.headPending
    );
  }

  /** True while the consumer is being handed a frame (started, not ended). */
  deliveringFrame(): boolean {
    return this.mode !== undefined;
  }

  /**
   * performance.now() when the first byte of the frame still arriving came in, or undefined when the
   * reader sits between frames (the request timeout measures from here).
   */
  frameBegan(): number | undefined {
    return this.began;
  }

  push(chunk: Buffer): void {
    if (this.failed || chunk.length === 0) return;
    const ended = this.framesEnded;
    const wasReading = this.began !== undefined;
    try {
      this.reader.push(chunk, this.sink);
    } catch (error) {
      if (!(error instanceof FrameError)) throw error;
      this.fail(error.frameLength < 0 ? 'negative-frame-length' : 'frame-too-large', error.message);
      return;
    }
    // A frame is arriving when the reader holds part of one or streams one (announced, not ended).
    const reading = this.reader.pendingBytes > 0 || this.streamingUnfinished();
    if (!reading) this.began = undefined;
    else if (!wasReading || this.framesEnded !== ended) this.began = performance.now();
  }

  /** The reader announced a frame whose last byte has not arrived. */
  private streamingUnfinished(): boolean {
    return this.announced > this.announcedEnded;
  }

  /** Delivers the frame in progress to its end, then nothing more. */
  stopAfterCurrentFrame(): void {
    this.stopAtBoundary = true;
    if (this.mode === undefined) this.suspended = true;
  }

  /** Drops everything and delivers nothing more (the connection is closing). */
  abort(): void {
    this.failed = true;
    this.queued.length = 0;
    this.held = [];
    this.copy = undefined;
  }

  suspend(): void {
    this.suspended = true;
  }

  resume(): void {
    if (!this.suspended || this.failed) return;
    if (this.stopAtBoundary && this.mode === undefined) return;
    this.suspended = false;
    while (!this.suspended && !this.failed && this.queued.length > 0) this.handle(this.queued.shift()!);
  }

  /**
   * True while views of pushed chunks are kept here: pieces of a frame being held, or queued while
   * delivery is suspended. (Frame starts are copies; the reader copies what it collects.) The owner
   * of a reused read buffer must not read into it again while this is true.
   */
  holdsPieces(): boolean {
    return this.held.length > 1 || this.queued.length > 0;
  }

  // Events are objects only when they must wait in the queue: the usual path calls straight through.
  private deliverStart(size: number, start: Buffer): void {
    if (this.failed) return;
    if (this.suspended || this.queued.length > 0) this.queued.push({ start, size });
    else this.handleStart(size, start);
  }

  private deliverPiece(piece: Buffer, last: boolean): void {
    if (this.failed) return;
    if (this.suspended || this.queued.length > 0) this.queued.push({ piece, last });
    else this.handlePiece(piece, last);
  }

  private handle(event: FrameEvent): void {
    if ('start' in event) this.handleStart(event.size, event.start);
    else this.handlePiece(event.piece, event.last);
  }

  private handleStart(size: number, start: Buffer): void {
    if (this.stopAtBoundary) {
      this.suspended = true;
      this.queued.unshift({ start, size });
      return;
    }
    const mode = this.consumer.frameStart(size, start);
    if (this.failed) return;
    this.mode = mode;
    if (mode === 'copy' && size + 4 > start.length) {
      this.copy = Buffer.allocUnsafe(size + 4);
      start.copy(this.copy, 0);
      this.heldBytes = start.length;
    } else if (mode !== 'stream') {
      // A frame whole in its start (a copy already) is handed over as it is.
      this.mode = 'hold';
      this.held = [start];
      this.heldBytes = start.length;
    } else {
      this.consumer.frameStreamed(start, false);
    }
  }

  private handlePiece(piece: Buffer, last: boolean): void {
    if (this.mode === 'copy') {
      const copy = this.copy!;
      if (piece.length > 0) {
        piece.copy(copy, this.heldBytes);
        this.heldBytes += piece.length;
      }
      if (last) {
        this.copy = undefined;
        this.endFrame();
        this.consumer.frameHeld([copy], copy.length);
      }
    } else if (this.mode === 'hold') {
      if (piece.length > 0) {
        this.held.push(piece);
        this.heldBytes += piece.length;
      }
      if (last) {
        const chunks = this.held;
        const length = this.heldBytes;
        this.held = [];
        this.endFrame();
        this.consumer.frameHeld(chunks, length);
      }
    } else if (this.mode === 'stream') {
      if (last) this.endFrame();
      this.consumer.frameStreamed(piece, last);
    }
  }

  private endFrame(): void {
    this.mode = undefined;
    if (this.stopAtBoundary) this.suspended = true;
  }

  private fail(reason: CloseReason, detail: string): void {
    this.failed = true;
    this.queued.length = 0;
    this.held = [];
    this.copy = undefined;
    this.consumer.frameError(reason, detail);
  }
}

const EMPTY = Buffer.alloc(0);

/** The 4-byte size followed by the first bytes of the body (at most HEAD_BYTES: a small copy). */
function withSize(size: number, head: Buffer): Buffer {
  const start = Buffer.allocUnsafe(4 + head.length);
  start.writeInt32BE(size, 0);
  head.copy(start, 4);
  return start;
}
