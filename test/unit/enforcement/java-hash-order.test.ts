// The order in which the broker lists refused DescribeTopicPartitions topics: Java HashSet order of
// their names. The expected orders are the reference broker's (Kafka 4.1.1 with StandardAuthorizer),
// as the differential harness recorded them for User:nobody (every topic refused).

import { describe, expect, it } from 'vitest';
import {
  javaHashSetOrder,
  javaStringCompare,
  javaStringHashCode,
} from '../../../src/enforcement/java-hash-order.js';
import { wholeRequestDenial } from '../../../src/enforcement/whole-request-denials.js';

describe('Java hash order', () => {
  it('computes String.hashCode in 32-bit arithmetic', () => {
    expect(javaStringHashCode('')).toBe(0);
    expect(javaStringHashCode('pub')).toBe(111357);
    expect(javaStringHashCode('hello')).toBe(99162322);
    expect(javaStringHashCode('allowed')).toBe(-911343192);
  });

  it('orders strings by HashMap bucket, then insertion order', () => {
    const order = (names: string[]): string[] => javaHashSetOrder(names, (s) => s);
    expect(order(['missing', 'secret', 'allowed'])).toEqual(['allowed', 'missing', 'secret']);
    expect(order(['SECRET', 'pub', 'missing'])).toEqual(['missing', 'pub', 'SECRET']);
    expect(order(['Allowed', 'pub.x', 'missing'])).toEqual(['pub.x', 'missing', 'Allowed']);
  });

  it('compares like String.compareTo (upper case before lower case)', () => {
    expect(['missing', 'SECRET', 'allowed'].sort(javaStringCompare)).toEqual([
      'SECRET',
      'allowed',
      'missing',
    ]);
  });
});

describe('DescribeTopicPartitions refused as a whole', () => {
  it('lists the refused topics in the broker order and has no next cursor', () => {
    const answer = wholeRequestDenial(
      75,
      0,
      { topics: [{ name: 'pub.x' }, { name: 'allowed' }], responsePartitionLimit: 1, cursor: null },
      29,
    ) as { topics: Array<{ name: string; errorCode: number }>; nextCursor: unknown };
    expect(answer.topics.map((t) => [t.name, t.errorCode])).toEqual([
      ['allowed', 29],
      ['pub.x', 29],
    ]);
    expect(answer.nextCursor).toBeNull();
  });
});
