/**
 * The generator on schemas other than Kafka 4.1's: a synthetic message using what 4.1 does not
 * (nullable tagged structs, uint32, float64, comments with `//` inside strings), generated into a
 * temporary folder under protocol/ (so that its relative imports resolve), imported and round-tripped.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeGenerated } from '../../../protocol/generator/main.js';
import { Reader } from '../../../protocol/index.js';

const request = `// A comment with "quotes" and // slashes
{
  "apiKey": 900, "type": "request", "listeners": ["broker"], "name": "ThingRequest",
  "validVersions": "0-2", "flexibleVersions": "1+",
  "fields": [
    { "name": "Url", "type": "string", "versions": "0+", "about": "Not a comment: http://example.com // still a string" },
    { "name": "Count", "type": "uint32", "versions": "0+", "about": "uint32." },
    { "name": "Ratio", "type": "float64", "versions": "2+", "about": "float64, from v2." },
    { "name": "Owner", "type": "Person", "versions": "0+", "nullableVersions": "0+", "default": "null", "about": "Nullable struct.",
      "fields": [ { "name": "Name", "type": "string", "versions": "0+", "about": "name" } ] },
    { "name": "Extra", "type": "Person2", "versions": "1+", "nullableVersions": "1+", "taggedVersions": "1+", "tag": 0, "default": "null",
      "about": "Nullable tagged struct.", "fields": [ { "name": "Id", "type": "int32", "versions": "1+", "about": "id" } ] }
  ]
}`;
const response = `{ "apiKey": 900, "type": "response", "name": "ThingResponse", "validVersions": "0-2", "flexibleVersions": "1+",
  "fields": [ { "name": "ErrorCode", "type": "int16", "versions": "0+", "about": "e" } ] }`;

const schemaDir = mkdtempSync(join(tmpdir(), 'schemas-'));
const outDir = resolve(import.meta.dirname, `../../../protocol/.generator-test-${process.pid}`);
afterAll(() => {
  rmSync(schemaDir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
});

describe('generator on another schema folder (--schemas)', () => {
  it('handles nullable structs, nullable tagged structs, uint32 and float64', async () => {
    writeFileSync(join(schemaDir, 'ThingRequest.json'), request);
    writeFileSync(join(schemaDir, 'ThingResponse.json'), response);
    writeGenerated(schemaDir, outDir);
    const mod = (await import(join(outDir, 'messages/thing.ts'))) as Record<
      string,
      (...a: unknown[]) => unknown
    >;
    const encode = mod.encodeThingRequest as (o: unknown, v: number) => Buffer;
    const decode = mod.decodeThingRequest as (r: Reader, v: number) => unknown;

    const v0 = { url: 'http://x', count: 4294967295, ratio: 0, owner: null, extra: null };
    const b0 = encode(v0, 0);
    // string, uint32, then the nullable struct's int8 marker -1.
    expect(b0.toString('hex')).toBe('0008' + Buffer.from('http://x').toString('hex') + 'ffffffff' + 'ff');
    expect(decode(new Reader(b0), 0)).toEqual(v0);

    const v2 = { url: 'u', count: 7, ratio: 0.25, owner: { name: 'ann' }, extra: { id: 9 } };
    const b2 = encode(v2, 2);
    // ...the owner marker 1, then the tagged section: 1 field, tag 0, size 6, varint marker 1, int32 9, empty tags.
    expect(b2.subarray(b2.length - 9).toString('hex')).toBe('01' + '00' + '06' + '01' + '00000009' + '00');
    expect(decode(new Reader(b2), 2)).toEqual(v2);
    expect(decode(new Reader(encode({ ...v2, extra: null }, 2)), 2)).toEqual({ ...v2, extra: null });
  });
});
