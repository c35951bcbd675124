import { describe, expect, it } from 'vitest';
import {
  MemoryBudget,
  containerMemoryLimit,
  defaultBufferBudget,
} from '../../../src/connection/memory-budget.js';

describe('the memory budget shared by every connection', () => {
  it('grants frames while there is room, makes the next one wait, and grants it once room is released', () => {
    const budget = new MemoryBudget(1000);
    const a = budget.open();
    const b = budget.open();
    expect(a.reserve(600, () => {})).toBe(true);
    let granted = false;
    expect(b.reserve(600, () => (granted = true))).toBe(false);
    expect(budget.waits).toBe(1);
    a.release(600);
    expect(granted).toBe(true);
    expect(budget.reserved).toBe(600);
    expect(budget.peak).toBe(600);
  });

  it('keeps a connection that already holds something within its share, without holding up the others', () => {
    const budget = new MemoryBudget(1000);
    const greedy = budget.open();
    const other = budget.open();
    expect(greedy.reserve(400, () => {})).toBe(true);
    let greedyGranted = false;
    // 400 + 200 > 1000 / 2: waits for its own release, although the pool has room.
    expect(greedy.reserve(200, () => (greedyGranted = true))).toBe(false);
    expect(other.reserve(500, () => {})).toBe(true);
    greedy.release(400);
    expect(greedyGranted).toBe(true);
  });

  it('releases everything a closed connection held and forgets what it waited for', () => {
    const budget = new MemoryBudget(100);
    const a = budget.open();
    const b = budget.open();
    a.reserve(100, () => {});
    let bGranted = false;
    b.reserve(50, () => (bGranted = true));
    b.close();
    a.close();
    expect(bGranted).toBe(false);
    expect(budget.reserved).toBe(0);
  });

  it('reads the container limit from cgroup v2 or v1, and derives a quarter of it as the default', () => {
    const files = (map: Record<string, string>) => (path: string) => {
      if (path in map) return map[path]!;
      throw new Error('ENOENT');
    };
    expect(containerMemoryLimit(files({ '/sys/fs/cgroup/memory.max': '536870912\n' }))).toBe(536870912);
    expect(containerMemoryLimit(files({ '/sys/fs/cgroup/memory.max': 'max\n' }))).toBeUndefined();
    expect(containerMemoryLimit(files({ '/sys/fs/cgroup/memory/memory.limit_in_bytes': '268435456' }))).toBe(
      268435456,
    );
    expect(
      containerMemoryLimit(files({ '/sys/fs/cgroup/memory/memory.limit_in_bytes': '9223372036854771712' })),
    ).toBeUndefined();
    expect(defaultBufferBudget(512 * 1024 * 1024)).toBe(128 * 1024 * 1024);
    expect(defaultBufferBudget(undefined)).toBe(256 * 1024 * 1024);
    expect(defaultBufferBudget(32 * 1024 * 1024)).toBe(16 * 1024 * 1024);
  });
});
