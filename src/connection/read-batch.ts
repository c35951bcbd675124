import type net from 'node:net';
import type { FrameStream } from './frame-stream.js';
import type { PauseReason, ReadGate } from './read-gate.js';

/**
 * One direction of a connection, batched per read: while the frames cut from one read of the source
 * socket are forwarded, the destination socket is corked, so that everything they write (each
 * frame's copied start, the views of the read after it, several frames of one read) leaves in one
 * writev when the read is done. A write the destination refuses meanwhile (over its high-water mark)
 * only marks the batch; reading the source pauses after the writev if bytes are still queued, and
 * the destination's 'drain' resumes it (the owner's listener). A refused write outside a batch
 * pauses the source at once.
 */
export class ReadBatch {
  private corked = false;
  private refused = false;

  /**
   * @param sourceReads the source socket's read gate, paused for `reason` while the destination is backed up
   * @param closed true once the connection has closed (nothing is paused then)
   */
  constructor(
    private readonly sourceReads: ReadGate,
    private readonly reason: PauseReason,
    private readonly closed: () => boolean,
  ) {}

  /** Pushes one read of the source into `frames` with `destination` corked around it. */
  push(frames: FrameStream, chunk: Buffer, destination: net.Socket): void {
    destination.cork();
    this.corked = true;
    try {
      frames.push(chunk);
    } finally {
      this.corked = false;
      destination.uncork();
      if (this.refused) {
        this.refused = false;
        // The socket's 'drain' resumes reading (it comes: the refused write set needDrain).
        if (destination.writableLength > 0 && !this.closed()) this.sourceReads.pause(this.reason);
      }
    }
  }

  /** The destination refused a write (its buffer is over the high-water mark). */
  writeRefused(): void {
    if (this.corked) this.refused = true;
    else this.sourceReads.pause(this.reason);
  }
}
