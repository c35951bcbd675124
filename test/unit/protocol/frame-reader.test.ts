import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FrameError, FrameReader, type FrameSink } from '../../../protocol/index.js';

function frame(payload: Buffer): Buffer {
  const b = Buffer.alloc(4 + payload.length);
  b.writeInt32BE(payload.length, 0);
  payload.copy(b, 4);
  return b;
}

function split(stream: Buffer, cuts: number[]): Buffer[] {
  const points = [...new Set(cuts.map((c) => c % (stream.length + 1)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let prev = 0;
  for (const p of [...points, stream.length]) {
    out.push(stream.subarray(prev, p));
    prev = p;
  }
  return out;
}

describe('FrameReader', () => {
  it('returns frames inside one chunk as views of that chunk, without copying', () => {
    const chunk = Buffer.concat([frame(Buffer.from('abc')), frame(Buffer.from('de'))]);
    const frames = new FrameReader({ maxFrameSize: 100 }).frames(chunk);
    expect(frames.map((f) => f.toString())).toEqual(['abc', 'de']);
    expect(frames[0]!.buffer).toBe(chunk.buffer);
    expect(frames[0]!.byteOffset).toBe(chunk.byteOffset + 4);
  });

  it('reassembles frames split anywhere, including inside the size field, and frames stay valid when kept', () => {
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 10 }),
        (payloads, cuts) => {
          const stream = Buffer.concat(payloads.map((p) => frame(Buffer.from(p))));
          const reader = new FrameReader({ maxFrameSize: 1000 });
          const got: Buffer[] = [];
          // Frames are kept as handed out (no copy): assembled ones must not share memory.
          for (const c of split(stream, cuts)) got.push(...reader.frames(c));
          expect(got).toEqual(payloads.map((p) => Buffer.from(p)));
          expect(reader.pendingBytes).toBe(0);
        },
      ),
    );
  });

  it('rejects a frame above the maximum size and a negative size with a FrameError', () => {
    const big = Buffer.alloc(4);
    big.writeInt32BE(1001, 0);
    expect(() => new FrameReader({ maxFrameSize: 1000 }).frames(big)).toThrow(FrameError);
    const neg = Buffer.from('ffffffff', 'hex');
    expect(() => new FrameReader({ maxFrameSize: 1000 }).frames(neg)).toThrow(/negative frame size/);
    // Known as soon as the 4 size bytes are in, even split over chunks.
    const r = new FrameReader({ maxFrameSize: 1000 });
    r.frames(big.subarray(0, 2));
    expect(() => r.frames(big.subarray(2))).toThrow(/exceeds the maximum of 1000/);
  });

  it('announces a large frame with its size and head, then streams the rest as views', () => {
    const payload = Buffer.alloc(10_000, 7);
    payload.write('HEADER', 0);
    const stream = Buffer.concat([frame(payload), frame(Buffer.from('small'))]);
    const events: string[] = [];
    const pieces: Buffer[] = [];
    const sink: FrameSink = {
      onFrame: (f) => events.push(`frame ${f.toString()}`),
      onFrameStart: (len, head) => {
        events.push(`start ${len} ${head.subarray(0, 6).toString()} ${head.length}`);
        return 'stream';
      },
      onFrameBytes: (b, done) => {
        pieces.push(Buffer.from(b));
        if (done) events.push('done');
      },
    };
    const r = new FrameReader({ maxFrameSize: 1 << 20, streamThreshold: 1000, headBytes: 64 });
    for (let i = 0; i < stream.length; i += 3000) r.push(stream.subarray(i, i + 3000), sink);
    expect(events).toEqual(['start 10000 HEADER 64', 'done', 'frame small']);
    expect(Buffer.concat(pieces).equals(payload)).toBe(true);
  });

  it('buffers a large frame whole when the sink asks for it', () => {
    const payload = Buffer.alloc(5000, 1);
    const got: Buffer[] = [];
    const r = new FrameReader({ maxFrameSize: 1 << 20, streamThreshold: 100 });
    const sink: FrameSink = { onFrame: (f) => got.push(Buffer.from(f)), onFrameStart: () => 'buffer' };
    const stream = frame(payload);
    for (let i = 0; i < stream.length; i += 999) r.push(stream.subarray(i, i + 999), sink);
    expect(got).toHaveLength(1);
    expect(got[0]!.equals(payload)).toBe(true);
  });

  it('delivers every frame intact in streaming and buffering modes, wherever the chunks are cut', () => {
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ maxLength: 400 }), { maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.constantFrom<'stream' | 'buffer'>('stream', 'buffer'),
        fc.integer({ min: 1, max: 40 }),
        (payloads, cuts, mode, headBytes) => {
          const stream = Buffer.concat(payloads.map((p) => frame(Buffer.from(p))));
          const got: Buffer[] = [];
          let pieces: Buffer[] = [];
          const sink: FrameSink = {
            onFrame: (f) => got.push(Buffer.from(f)),
            onFrameStart: (len, head) => {
              expect(head.length).toBe(Math.min(len, headBytes));
              return mode;
            },
            onFrameBytes: (b, done) => {
              pieces.push(Buffer.from(b));
              if (done) {
                got.push(Buffer.concat(pieces));
                pieces = [];
              }
            },
          };
          const reader = new FrameReader({ maxFrameSize: 1000, streamThreshold: 100, headBytes });
          for (const c of split(stream, cuts)) reader.push(c, sink);
          expect(got).toEqual(payloads.map((p) => Buffer.from(p)));
        },
      ),
    );
  });

  it('carries edits made to the head in onFrameStart into the delivered frame, in both modes', () => {
    const payload = Buffer.alloc(300, 5);
    payload.writeInt32BE(1111, 0);
    for (const mode of ['stream', 'buffer'] as const) {
      const got: Buffer[] = [];
      const sink: FrameSink = {
        onFrame: (f) => got.push(Buffer.from(f)),
        onFrameStart: (_len, head) => {
          head.writeInt32BE(2222, 0); // e.g. a proxy mapping correlation IDs
          return mode;
        },
        onFrameBytes: (b) => got.push(Buffer.from(b)),
      };
      const r = new FrameReader({ maxFrameSize: 1000, streamThreshold: 100, headBytes: 8 });
      r.push(frame(payload), sink);
      const whole = Buffer.concat(got);
      expect(whole.readInt32BE(0)).toBe(2222);
      expect(whole.subarray(4).equals(payload.subarray(4))).toBe(true);
    }
  });
});
