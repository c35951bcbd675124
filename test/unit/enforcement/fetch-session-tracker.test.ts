import { describe, expect, it } from 'vitest';
import {
  FetchSessionTracker,
  TrackedSession,
  nextEpoch,
} from '../../../src/enforcement/fetch-session-tracker.js';

const session = (...topics: Array<[string, number[]]>): TrackedSession =>
  new TrackedSession(
    true,
    topics.map(([key, partitions]) => ({ key, partitions })),
  );

describe('FetchSessionTracker', () => {
  it('follows a session as the broker does: created at epoch 1, Topics added, ForgottenTopicsData removed, epoch advanced', () => {
    const tracker = new FetchSessionTracker();
    tracker.create('node-1', 42, session(['a', [0, 1]]));
    const s = tracker.get('node-1', 42) as TrackedSession;
    expect(s.epoch).toBe(1);
    tracker.update(
      s,
      [
        { key: 'b', partitions: [2] },
        { key: 'a', partitions: [1] },
      ],
      [{ key: 'a', partitions: [0] }],
    );
    expect(s.topicList()).toEqual([
      { key: 'a', partitions: [1] },
      { key: 'b', partitions: [2] },
    ]);
    expect(s.epoch).toBe(2);
    expect(tracker.stats()).toMatchObject({ known: 1, partitions: 2 });
  });

  it('keeps sessions of different brokers apart (session ids are per broker)', () => {
    const tracker = new FetchSessionTracker();
    tracker.create('node-1', 7, session(['a', [0]]));
    expect(tracker.get('node-2', 7)).toBeUndefined();
  });

  it('wraps the epoch after Int32.MAX to 1, as FetchMetadata.nextEpoch does', () => {
    expect(nextEpoch(1)).toBe(2);
    expect(nextEpoch(0x7fffffff)).toBe(1);
  });

  it('forgets a closed session', () => {
    const tracker = new FetchSessionTracker();
    tracker.create('node-1', 42, session(['a', [0]]));
    tracker.close('node-1', 42);
    expect(tracker.get('node-1', 42)).toBeUndefined();
    expect(tracker.stats()).toMatchObject({ known: 0, partitions: 0, closed: 1 });
  });

  it('keeps an opaque id opaque when a full fetch later reports the same id', () => {
    const tracker = new FetchSessionTracker();
    tracker.markOpaque('node-1', 42);
    tracker.create('node-1', 42, session(['a', [0]]));
    expect(tracker.get('node-1', 42)).toBe('opaque');
    expect(tracker.stats()).toMatchObject({ known: 0, opaque: 1 });
  });

  it('evicts the least recently used sessions beyond its session bound', () => {
    const tracker = new FetchSessionTracker({ maxSessions: 2 });
    tracker.create('node-1', 1, session(['a', [0]]));
    tracker.create('node-1', 2, session(['a', [0]]));
    tracker.get('node-1', 1); // 1 is now the most recently used
    tracker.create('node-1', 3, session(['a', [0]]));
    expect(tracker.get('node-1', 2)).toBeUndefined();
    expect(tracker.get('node-1', 1)).toBeInstanceOf(TrackedSession);
    expect(tracker.stats()).toMatchObject({ known: 2, evicted: 1 });
  });

  it('evicts sessions beyond its partition bound, counting every partition of every session', () => {
    const tracker = new FetchSessionTracker({ maxPartitions: 5 });
    tracker.create('node-1', 1, session(['a', [0, 1, 2]]));
    tracker.create('node-1', 2, session(['b', [0, 1]]));
    expect(tracker.stats()).toMatchObject({ known: 2, partitions: 5 });
    const s2 = tracker.get('node-1', 2) as TrackedSession;
    tracker.update(s2, [{ key: 'c', partitions: [0] }], []);
    expect(tracker.get('node-1', 1)).toBeUndefined();
    expect(tracker.stats()).toMatchObject({ known: 1, partitions: 3 });
  });
});
