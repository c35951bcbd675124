import { describe, expect, it } from 'vitest';
import { ReusedReadBuffer } from '../../../src/connection/reused-read-buffer.js';

describe('the reused read buffer', () => {
  it('grows to its maximum after a read that fills it, and is reused while nothing holds its bytes', () => {
    const b = new ReusedReadBuffer(2048, 256 * 1024);
    const first = b.next();
    b.afterRead(100, false);
    expect(b.next()).toBe(first);
    b.afterRead(2048, false);
    expect(b.size).toBe(256 * 1024);
    const big = b.next();
    b.afterRead(1000, false);
    expect(b.next()).toBe(big);
  });

  it('is replaced by one of the same size when a read is still held, unless told to start small again', () => {
    const same = new ReusedReadBuffer(2048, 256 * 1024);
    same.afterRead(2048, false);
    const held = same.next();
    same.afterRead(5000, true);
    expect(same.next()).not.toBe(held);
    expect(same.size).toBe(256 * 1024);
    expect(same.replaced).toBe(1);

    const restart = new ReusedReadBuffer(2048, 256 * 1024, true);
    restart.afterRead(2048, false);
    restart.afterRead(5000, true);
    // A slow client holds the large buffer; the next read starts at 2 KiB and grows when it fills.
    expect(restart.size).toBe(2048);
    restart.afterRead(2048, false);
    expect(restart.size).toBe(256 * 1024);
  });
});
