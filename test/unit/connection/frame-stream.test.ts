import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FrameStream, type FrameMode } from '../../../src/connection/frame-stream.js';

function frame(body: Buffer): Buffer {
  const size = Buffer.alloc(4);
  size.writeInt32BE(body.length);
  return Buffer.concat([size, body]);
}

/**
 * Collects what a FrameStream delivers, holding frames whose first body byte is odd (as views when it
 * is 1 modulo 4, copied when it is 3).
 */
function collector(maxFrameBytes = 1 << 20) {
  const held: Buffer[] = [];
  const streamed: Buffer[] = [];
  let current: Buffer[] = [];
  const errors: string[] = [];
  const starts: number[] = [];
  const stream = new FrameStream(
    {
      frameStart: (size, start): FrameMode => {
        starts.push(start.length);
        if (size === 0) return 'hold';
        return start[4]! % 2 === 0 ? 'stream' : start[4]! % 4 === 3 ? 'copy' : 'hold';
      },
      frameHeld: (chunks, length) => {
        const whole = Buffer.concat(chunks);
        expect(whole.length).toBe(length);
        held.push(whole);
      },
      frameStreamed: (piece, last) => {
        current.push(Buffer.from(piece));
        if (last) {
          streamed.push(Buffer.concat(current));
          current = [];
        }
      },
      frameError: (reason, detail) => errors.push(`${reason}: ${detail}`),
    },
    maxFrameBytes,
  );
  return { stream, held, streamed, errors, starts };
}

describe('frame stream', () => {
  it('delivers every frame whole or streamed, in order, however the bytes are split', () => {
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ minLength: 1, maxLength: 600 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.integer({ min: 1, max: 700 }), { minLength: 1, maxLength: 20 }),
        (bodies, cuts) => {
          const wire = Buffer.concat(bodies.map((b) => frame(Buffer.from(b))));
          const c = collector();
          let at = 0;
          for (let i = 0; at < wire.length; i++) {
            const n = cuts[i % cuts.length]!;
            c.stream.push(wire.subarray(at, at + n));
            at += n;
          }
          const expectedHeld = bodies.filter((b) => b[0]! % 2 === 1).map((b) => frame(Buffer.from(b)));
          const expectedStreamed = bodies.filter((b) => b[0]! % 2 === 0).map((b) => frame(Buffer.from(b)));
          expect(c.errors).toEqual([]);
          expect(c.held).toEqual(expectedHeld);
          expect(c.streamed).toEqual(expectedStreamed);
          expect(c.stream.inFrame()).toBe(false);
        },
      ),
    );
  });

  it('shows the consumer the size and at most 512 body bytes before it chooses', () => {
    const seen: number[] = [];
    let heldLength = 0;
    const stream = new FrameStream(
      {
        frameStart: (size, start) => {
          seen.push(start.length - 4, start.readInt32BE(0) - size);
          return 'hold';
        },
        frameHeld: (_chunks, length) => (heldLength = length),
        frameStreamed: () => undefined,
        frameError: () => undefined,
      },
      1 << 20,
    );
    stream.push(frame(Buffer.alloc(5000, 2)));
    stream.push(frame(Buffer.alloc(10, 2)));
    expect(seen).toEqual([512, 0, 10, 0]);
    expect(heldLength).toBe(14);
  });

  it('queues frames while suspended and delivers them in order on resume', () => {
    const c = collector();
    c.stream.suspend();
    c.stream.push(Buffer.concat([frame(Buffer.alloc(30, 1)), frame(Buffer.alloc(700, 2))]));
    expect(c.held.length + c.streamed.length).toBe(0);
    c.stream.resume();
    expect(c.held.length).toBe(1);
    expect(c.streamed.length).toBe(1);
  });

  it('refuses a negative length and a frame over the maximum before buffering it', () => {
    const negative = collector();
    const bytes = Buffer.alloc(4);
    bytes.writeInt32BE(-5);
    negative.stream.push(bytes);
    expect(negative.errors).toEqual([expect.stringMatching(/^negative-frame-length: .*-5/)]);

    const big = collector(1024);
    const head = Buffer.alloc(4);
    head.writeInt32BE(1025);
    big.stream.push(head);
    expect(big.errors).toEqual([
      expect.stringMatching(/^frame-too-large: .*1025 bytes exceeds the maximum of 1024/),
    ]);
    big.stream.push(Buffer.alloc(2000));
    expect(big.held).toEqual([]);
  });

  it('hands over streamed pieces as views of the pushed chunks, not copies', () => {
    const pieces: Buffer[] = [];
    const stream = new FrameStream(
      {
        frameStart: () => 'stream',
        frameHeld: () => undefined,
        frameStreamed: (piece) => pieces.push(piece),
        frameError: () => undefined,
      },
      1 << 20,
    );
    const wire = frame(Buffer.alloc(100_000, 7));
    const second = wire.subarray(1000);
    stream.push(wire.subarray(0, 1000));
    stream.push(second);
    // The start (size and head) is a small copy; everything after it is a view of the pushed chunks.
    expect(pieces.slice(1).every((p) => p.length === 0 || p.buffer === wire.buffer)).toBe(true);
    void second;
    expect(pieces.reduce((n, p) => n + p.length, 0)).toBe(wire.length);
  });

  it('copies a frame held in copy mode into one buffer of its own as it arrives, keeping no view of the pushed chunks', () => {
    const delivered: Buffer[][] = [];
    const stream = new FrameStream(
      {
        frameStart: () => 'copy',
        frameHeld: (chunks) => delivered.push(chunks),
        frameStreamed: () => undefined,
        frameError: () => undefined,
      },
      1 << 20,
    );
    const wire = frame(Buffer.from(Array.from({ length: 100_000 }, (_, i) => i % 251)));
    const pushed = [
      wire.subarray(0, 3),
      wire.subarray(3, 1000),
      wire.subarray(1000, 70_000),
      wire.subarray(70_000),
    ];
    for (const chunk of pushed.slice(0, 3)) {
      stream.push(chunk);
      // Nothing of the pushed memory is kept: a reused read buffer may be read into again.
      expect(stream.holdsPieces()).toBe(false);
    }
    stream.push(pushed[3]!);
    expect(delivered).toHaveLength(1);
    expect(delivered[0]).toHaveLength(1);
    expect(delivered[0]![0]!.equals(wire)).toBe(true);
    expect(delivered[0]![0]!.buffer === wire.buffer).toBe(false);
  });

  it('stops at the next frame boundary when asked to, after finishing the frame in progress', () => {
    const c = collector();
    const first = frame(Buffer.alloc(600, 1));
    const second = frame(Buffer.alloc(50, 1));
    c.stream.push(first.subarray(0, 520));
    expect(c.stream.deliveringFrame()).toBe(true);
    c.stream.stopAfterCurrentFrame();
    c.stream.push(Buffer.concat([first.subarray(520), second]));
    expect(c.held).toEqual([first]);
    expect(c.stream.deliveringFrame()).toBe(false);
  });
});
