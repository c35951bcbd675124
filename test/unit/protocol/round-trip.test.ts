import { describe, expect, it } from 'vitest';
import * as generated from '../../../protocol/generated/index.js';
import { Reader } from '../../../protocol/primitives/index.js';
import { SampleBuilder, schemas, versionsOf } from './schema-samples.js';

type Codec = {
  decode: (r: Reader, v: number) => unknown;
  encode: (o: unknown, v: number) => Buffer;
};

function codecOf(name: string): Codec {
  const g = generated as unknown as Record<string, unknown>;
  const tsName = name.endsWith('Header') ? `${name}Data` : name;
  const decode = g[`decode${tsName}`] as Codec['decode'] | undefined;
  const encode = g[`encode${tsName}`] as Codec['encode'] | undefined;
  if (!decode || !encode) throw new Error(`no generated codec for ${name}`);
  return { decode, encode };
}

const all = schemas();

describe('generated codecs round-trip every message at every valid version', () => {
  it('cover the 93 API keys of Kafka 4.1 with a request and a response each', () => {
    const keys = new Set(all.filter((m) => m.type === 'request').map((m) => m.apiKey));
    expect(keys.size).toBe(93);
    expect(all.filter((m) => m.type === 'response')).toHaveLength(93);
  });

  for (const m of all) {
    const versions = versionsOf(m);
    if (versions.length === 0) continue;
    it(`${m.name} v${versions[0]}-${versions.at(-1)}: decode(encode(x)) equals x and encode(decode(bytes)) equals bytes`, () => {
      const codec = codecOf(m.name);
      for (const v of versions) {
        for (let seed = 1; seed <= 6; seed++) {
          const x = new SampleBuilder(m, seed * 1000 + v).message(v);
          const bytes = codec.encode(x, v);
          const decoded = codec.decode(new Reader(bytes), v);
          expect(decoded, `${m.name} v${v} seed ${seed}`).toEqual(x);
          expect(codec.encode(decoded, v).equals(bytes), `${m.name} v${v} seed ${seed} re-encode`).toBe(true);
        }
      }
    });
  }
});
