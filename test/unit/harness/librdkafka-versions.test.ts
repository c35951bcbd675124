// The confluent-kafka releases the tests run must be the ones scripts/ci-python-clients.sh installs.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFLUENT_KAFKA_CURRENT, CONFLUENT_KAFKA_PRE_2_8 } from '../../harness/index.js';

describe('librdkafka client versions', () => {
  it('are the versions the install script pins', () => {
    const script = readFileSync('scripts/ci-python-clients.sh', 'utf8');
    const pinned = /^VERSIONS=\(([^)]*)\)$/m.exec(script)?.[1]?.split(/\s+/);
    expect(pinned).toEqual([CONFLUENT_KAFKA_CURRENT, CONFLUENT_KAFKA_PRE_2_8]);
  });

  it('include one before librdkafka 2.8 and one after', () => {
    const major = (v: string): number[] => v.split('.').map(Number);
    const [curMajor, curMinor] = major(CONFLUENT_KAFKA_CURRENT);
    const [oldMajor, oldMinor] = major(CONFLUENT_KAFKA_PRE_2_8);
    expect(curMajor! * 100 + curMinor!).toBeGreaterThanOrEqual(208);
    expect(oldMajor! * 100 + oldMinor!).toBeLessThan(208);
  });
});
