/**
 * Frames captured from real clients (kafkajs, kcat/librdkafka, Kafka's Java tools) talking to a real
 * Kafka 4.1 broker, recorded by protocol/tools/capture-frames.ts. Each one must decode completely
 * and re-encode to the identical bytes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  REQUEST_CODECS,
  RESPONSE_CODECS,
  decodeRequestBody,
  decodeRequestHeader,
  decodeResponseBody,
  decodeResponseHeader,
  encodeRequestFrame,
  encodeResponseFrame,
  peekRequest,
} from '../../../protocol/index.js';

interface Fixture {
  client: string;
  broker: string;
  captured: string;
  frames: {
    direction: 'request' | 'response';
    api: string;
    apiKey: number;
    apiVersion: number;
    hex: string;
  }[];
}

const dir = resolve(import.meta.dirname, '../../fixtures/frames');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();

describe('frames captured from real clients and a real broker', () => {
  it('exist for kafkajs, kcat and the Java tools', () => {
    expect(files).toEqual(['java.json', 'kafkajs.json', 'kcat.json']);
  });

  for (const file of files) {
    const fixture = JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as Fixture;
    describe(`${fixture.client} (${fixture.frames.length} frames)`, () => {
      it('says how it was captured', () => {
        expect(fixture.captured).toMatch(/capture-frames\.ts/);
        expect(fixture.frames.length).toBeGreaterThan(5);
      });
      for (const [i, f] of fixture.frames.entries()) {
        it(`#${i} ${f.direction} ${f.api} v${f.apiVersion} decodes fully and re-encodes byte for byte`, () => {
          const payload = Buffer.from(f.hex, 'hex');
          if (f.direction === 'request') {
            const h = decodeRequestHeader(payload);
            expect([h.apiKey, h.apiVersion]).toEqual([f.apiKey, f.apiVersion]);
            const codec = REQUEST_CODECS.get(h.apiKey)!;
            const body = decodeRequestBody(payload, h);
            expect(encodeRequestFrame(codec, h, body).subarray(4).toString('hex')).toBe(f.hex);
            // The partial decoder reads the same frame without failing.
            peekRequest(payload, h);
          } else {
            const h = decodeResponseHeader(payload, f.apiKey, f.apiVersion);
            const codec = RESPONSE_CODECS.get(f.apiKey)!;
            const body = decodeResponseBody(payload, h, f.apiKey, f.apiVersion);
            expect(
              encodeResponseFrame(codec, f.apiKey, f.apiVersion, h.correlationId, body)
                .subarray(4)
                .toString('hex'),
            ).toBe(f.hex);
          }
        });
      }
    });
  }
});
