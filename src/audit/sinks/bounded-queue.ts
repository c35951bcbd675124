/**
 * A FIFO of at most `capacity` items, for audit events waiting for their sink. `push` refuses an item
 * when the queue is full instead of growing: the caller counts the drop. Items leave only when the
 * sink confirms them (`peek` then `remove`), which is what makes delivery at-least-once.
 */
export class BoundedQueue<T> {
  private items: Array<T | undefined>;
  private head = 0;
  private count = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new RangeError('capacity must be a positive integer');
    this.items = new Array<T | undefined>(capacity);
  }

  get size(): number {
    return this.count;
  }

  get full(): boolean {
    return this.count === this.capacity;
  }

  /** False (and nothing stored) when the queue is full. */
  push(item: T): boolean {
    if (this.count === this.capacity) return false;
    this.items[(this.head + this.count) % this.capacity] = item;
    this.count++;
    return true;
  }

  /** The oldest `max` items, oldest first, without removing them. */
  peek(max: number): T[] {
    const n = Math.min(max, this.count);
    const out: T[] = new Array<T>(n);
    for (let i = 0; i < n; i++) out[i] = this.items[(this.head + i) % this.capacity]!;
    return out;
  }

  /** Removes the oldest `n` items (those a sink has confirmed). */
  remove(n: number): void {
    const k = Math.min(n, this.count);
    for (let i = 0; i < k; i++) this.items[(this.head + i) % this.capacity] = undefined;
    this.head = (this.head + k) % this.capacity;
    this.count -= k;
  }
}
