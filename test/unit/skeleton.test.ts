import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };

describe('package', () => {
  it('is named kafka-l7-proxy and ships a binary of the same name', () => {
    expect(pkg.name).toBe('kafka-l7-proxy');
    expect(Object.keys(pkg.bin)).toEqual(['kafka-l7-proxy']);
  });
});
