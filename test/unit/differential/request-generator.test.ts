import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requestArbitrary } from '../../differential/request-generator.js';

describe('generated requests of the differential harness', () => {
  it('commit offsets with the broker retention or an hour or more, never a retention that expires during a run', () => {
    for (const version of [2, 3, 4]) {
      const samples = fc.sample(requestArbitrary(8, version), { seed: 42, numRuns: 200 });
      const retentions = new Set(samples.map((s) => s.retentionTimeMs));
      expect([...retentions].every((r) => r === -1n || (typeof r === 'bigint' && r >= 3_600_000n))).toBe(
        true,
      );
      expect(retentions.has(-1n)).toBe(true);
    }
  });
});
