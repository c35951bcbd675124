/**
 * The memory one socket reads into through Node's `onread` option (net.Socket, net.connect), reused
 * read after read instead of a new Buffer per read (what the default 'data' path allocates: 64 KiB,
 * then shrunk, then left to the garbage collector).
 *
 * Reuse is only safe when nothing refers to the bytes of the last read once its callback returns:
 * the proxy hands views of them on (zero-copy framing), and a view that is still in a socket's write
 * queue, in a frame being held, or in a response waiting for its turn would be overwritten by the
 * next read. The owner therefore says after each read whether its bytes are still referenced
 * (`retained()`); the next read then goes into new memory and the old buffer belongs to whoever holds
 * views of it (the garbage collector frees it when they are done). Otherwise the same memory is read
 * into again.
 *
 * The first buffer is small (`initialBytes`, 2 KiB: below half of Node's 8 KiB Buffer pool, so it is
 * a slice of a shared slab), so that an idle connection costs little (an ApiVersions exchange fits);
 * the first read that fills it replaces it with one of `maxBytes` (Node's own read size), for bulk
 * transfers. (With 16 KiB buffers of their own, idle connections cost about 10 KiB more each:
 * `npx tsx bench/connections/main.ts --counts 1000,5000`.)
 */
export class ReusedReadBuffer {
  private buffer: Buffer;
  /** Reads after which the buffer had to be replaced because their bytes were still referenced. */
  replaced = 0;

  /**
   * @param initialBytes size of the first buffer
   * @param maxBytes size it grows to after a read that fills it
   * @param restartWhenRetained when true, a buffer replaced because its bytes are still referenced is
   *   replaced by one of `initialBytes` (grown again by the next full read), so that a connection
   *   whose peer is slow holds one large buffer (the retained one), not two
   */
  constructor(
    readonly initialBytes = 2 * 1024,
    readonly maxBytes = 64 * 1024,
    private readonly restartWhenRetained = false,
  ) {
    this.buffer = Buffer.allocUnsafe(initialBytes);
  }

  /** `onread.buffer`: the memory the next read goes into (Node calls it after every callback). */
  readonly next = (): Buffer => this.buffer;

  /** Size of the buffer the next read goes into, in bytes. */
  get size(): number {
    return this.buffer.length;
  }

  /**
   * Called by the owner after a read of `bytes` bytes has been handled: `retained` is true when
   * views of those bytes are still held anywhere (the next read then gets new memory).
   */
  afterRead(bytes: number, retained: boolean): void {
    const grow = bytes === this.buffer.length && this.buffer.length < this.maxBytes;
    if (retained) this.replaced++;
    if (grow) this.buffer = Buffer.allocUnsafe(this.maxBytes);
    else if (retained) {
      this.buffer = Buffer.allocUnsafe(this.restartWhenRetained ? this.initialBytes : this.buffer.length);
    }
  }
}
