import { describe, expect, it } from 'vitest';
import { ResponseQueue } from '../../../src/connection/response-slots.js';

describe('response queue', () => {
  it('matches broker responses to forwarded slots in order, skipping answered and no-response slots', () => {
    const queue = new ResponseQueue();
    queue.push('forwarded', 1, 3, 12);
    queue.push('answered', 2, 0, 9, [Buffer.from('x')]);
    queue.push('no-response', 3, 0, 9);
    queue.push('forwarded', 4, 1, 17);
    expect(queue.takeAwaiting()!.correlationId).toBe(1);
    expect(queue.takeAwaiting()!.correlationId).toBe(4);
    expect(queue.takeAwaiting()).toBeUndefined();
    expect(queue.shift()!.correlationId).toBe(1);
    expect(queue.peek()!.kind).toBe('answered');
  });

  it('keeps order across growth and wrap-around of its ring buffer', () => {
    const queue = new ResponseQueue();
    let next = 0;
    let expected = 0;
    for (let round = 0; round < 50; round++) {
      for (let i = 0; i < 7; i++) queue.push('forwarded', next++, 0, 9);
      for (let i = 0; i < 5; i++) {
        expect(queue.takeAwaiting()!.correlationId).toBe(expected);
        expect(queue.shift()!.correlationId).toBe(expected++);
      }
    }
    expect(queue.size).toBe(100);
  });
});
