import { describe, expect, it } from 'vitest';
import { API_KEYS } from '../../../protocol/generated/api-keys.js';
import { RESPONSE_CODECS } from '../../../protocol/generated/codecs.js';
import { Reader } from '../../../protocol/primitives/index.js';
import { skeletonOf, templateOf } from '../../../src/enforcement/default-value-reader.js';

describe('response skeletons', () => {
  it('builds an encodable response for every API key and version, which decodes back to itself', () => {
    const failures: string[] = [];
    let checked = 0;
    for (const api of API_KEYS) {
      if (api.minVersion < 0) continue;
      const codec = RESPONSE_CODECS.get(api.apiKey)!;
      for (let v = api.minVersion; v <= api.maxVersion; v++) {
        try {
          const skeleton = skeletonOf(codec, v);
          const bytes = codec.encode(skeleton, v);
          const back = codec.decode(new Reader(bytes), v);
          expect(codec.encode(back, v)).toEqual(bytes);
          checked++;
        } catch (error) {
          failures.push(`${api.name} v${v}: ${(error as Error).message}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(250);
  });

  it('keeps schema defaults of tagged fields (a Fetch partition has no diverging epoch)', () => {
    const fetch = templateOf(RESPONSE_CODECS.get(1)!, 17) as {
      responses: Array<{
        partitions: Array<{ divergingEpoch: { epoch: number }; currentLeader: { leaderId: number } }>;
      }>;
    };
    const partition = fetch.responses[0]!.partitions[0]!;
    expect(partition.divergingEpoch.epoch).toBe(-1);
    expect(partition.currentLeader.leaderId).toBe(-1);
  });
});
