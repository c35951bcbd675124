// The decoders read request bodies as a Kafka 4.1 broker's generated readers do, so that the proxy
// accepts what the broker accepts and decides on the values the broker will act on. Each expected
// outcome below was checked against kafka-clients 4.1.1 (`AbstractRequest.parseRequest` on the same
// bytes); docs/broker-reading.md states the rules.
import { describe, expect, it } from 'vitest';
import { REQUEST_CODECS } from '../../../protocol/generated/codecs.js';
import type { FetchRequest, MetadataRequest, ProduceRequest } from '../../../protocol/generated/index.js';
import { Reader } from '../../../protocol/primitives/index.js';
import { decodeRequestFrameBody } from '../../../src/enforcement/request-codec.js';

function decode<T>(apiKey: number, version: number, hex: string): T {
  return REQUEST_CODECS.get(apiKey)!.decode(new Reader(Buffer.from(hex, 'hex')), version) as T;
}

// Fetch v12 body up to its tagged fields: replicaId -1, maxWait 500, minBytes 1, maxBytes 1000,
// isolation 0, session 0 epoch -1, no topics, no forgotten topics, rackId "".
const FETCH_V12_FIELDS = 'ffffffff000001f400000001000003e80000000000ffffffff010101';

describe('request bodies read as the broker reads them', () => {
  it('librdkafka 2.16 Metadata v13 all-topics body with 3 bytes after the last field decodes (all topics)', () => {
    // Header v2: api key 3, version 13, correlation id 1, client id "rdkafka", no tagged fields.
    const header = Buffer.concat([
      Buffer.from('0003000d00000001', 'hex'),
      Buffer.from('0007', 'hex'),
      Buffer.from('rdkafka'),
      Buffer.from('00', 'hex'),
    ]);
    const body = Buffer.from('00000000010000', 'hex');
    const frame = Buffer.alloc(4 + header.length + body.length);
    frame.writeInt32BE(header.length + body.length, 0);
    header.copy(frame, 4);
    body.copy(frame, 4 + header.length);
    const decoded = decodeRequestFrameBody(frame, {
      apiKey: 3,
      apiVersion: 13,
      correlationId: 1,
      clientId: 'rdkafka',
      headerLength: header.length,
    }) as MetadataRequest;
    expect(decoded.topics).toBeNull();
    expect(decoded.allowAutoTopicCreation).toBe(false);
  });

  it('any negative length is null, not only -1 (classic array, string)', () => {
    expect(decode<MetadataRequest>(3, 1, 'fffffffe').topics).toBeNull();
    // Produce v3: transactionalId length -2 -> null.
    const produce = decode<ProduceRequest>(0, 3, 'fffe' + '0001' + '00000000' + '00000000');
    expect(produce.transactionalId).toBeNull();
  });

  it('a compact length is a signed 32-bit varint: 2^32-1 is -1, so the value is null', () => {
    expect(decode<MetadataRequest>(3, 13, 'ffffffff0f' + '0000' + '00').topics).toBeNull();
    // A fifth varint byte's bits beyond the 32nd are dropped: 80 80 80 80 10 reads 0 (null).
    expect(decode<MetadataRequest>(3, 13, '8080808010' + '0000' + '00').topics).toBeNull();
  });

  it('a known tagged field is read whatever size it declares', () => {
    for (const size of ['04', '00', '09']) {
      const f = decode<FetchRequest>(1, 12, FETCH_V12_FIELDS + '0100' + size + '04616263');
      expect(f.clusterId).toBe('abc');
    }
  });

  it('a known tag that is not valid at the version is refused, as the broker refuses it', () => {
    // Fetch tag 1 (ReplicaState) exists from v15.
    expect(() => decode(1, 12, FETCH_V12_FIELDS + '01' + '0101' + '01')).toThrow(
      /tag 1 is not valid for version 12/,
    );
  });

  it('an unknown tag is kept as it came', () => {
    const f = decode<FetchRequest>(1, 12, FETCH_V12_FIELDS + '01' + '0504' + 'deadbeef');
    expect(f._unknownTaggedFields?.map((t) => [t.tag, t.data.toString('hex')])).toEqual([[5, 'deadbeef']]);
  });

  it('a negative tagged-field count reads no field', () => {
    const m = decode<MetadataRequest>(3, 13, '00' + '0000' + 'ffffffff0f');
    expect(m._unknownTaggedFields).toBeUndefined();
  });
});
