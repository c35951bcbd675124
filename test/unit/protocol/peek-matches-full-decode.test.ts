import { describe, expect, it } from 'vitest';
import * as generated from '../../../protocol/generated/index.js';
import { EncodeError, REQUEST_CODECS, Reader, collectEntities } from '../../../protocol/index.js';
import { SampleBuilder, schemas, versionsOf } from './schema-samples.js';

const requests = schemas().filter(
  (m) => m.type === 'request' && REQUEST_CODECS.get(m.apiKey!)?.peek !== undefined,
);

describe('generated peek decoders agree with the full decoders', () => {
  it('exist for every request that names topics, topic IDs, groups or transactional IDs', () => {
    const names = requests.map((m) => m.name);
    for (const n of [
      'ProduceRequest',
      'FetchRequest',
      'MetadataRequest',
      'OffsetCommitRequest',
      'JoinGroupRequest',
      'DeleteTopicsRequest',
      'ShareFetchRequest',
      'ConsumerGroupHeartbeatRequest',
      'AddPartitionsToTxnRequest',
      'InitProducerIdRequest',
    ]) {
      expect(names).toContain(n);
    }
  });

  for (const m of requests) {
    it(`${m.name}: the peek reads the same topics, IDs, groups and transactional IDs, and ends where the frame ends`, () => {
      const codec = REQUEST_CODECS.get(m.apiKey!)!;
      for (const v of versionsOf(m)) {
        for (let seed = 1; seed <= 4; seed++) {
          const bytes = codec.encode(new SampleBuilder(m, seed * 77 + v).message(v), v);
          const full = codec.decode(new Reader(bytes), v);
          const r = new Reader(bytes);
          const peek = codec.peek!(r, v);
          expect(r.pos, `${m.name} v${v}`).toBe(bytes.length);
          expect(collectEntities(m.name, v, peek), `${m.name} v${v}`).toEqual(
            collectEntities(m.name, v, full),
          );
        }
      }
    });
  }

  it('Produce peek equals the full decode without timeout and records, for every version', () => {
    const m = schemas().find((s) => s.name === 'ProduceRequest')!;
    for (const v of versionsOf(m)) {
      const full = generated.decodeProduceRequest(
        new Reader(generated.encodeProduceRequest(new SampleBuilder(m, v).message(v) as never, v)),
        v,
      );
      const peek = generated.peekProduceRequest(new Reader(generated.encodeProduceRequest(full, v)), v);
      expect(peek).toEqual({
        transactionalId: full.transactionalId,
        acks: full.acks,
        topicData: full.topicData.map((t) => ({
          name: t.name,
          topicId: t.topicId,
          partitionData: t.partitionData.map((p) => ({ index: p.index })),
        })),
      });
    }
  });
});

describe('encoders follow Kafka rules for versions', () => {
  it('reject a non-default value in a non-ignorable field the version does not have', () => {
    const value = {
      topics: null,
      allowAutoTopicCreation: false,
      includeClusterAuthorizedOperations: false,
      includeTopicAuthorizedOperations: false,
    };
    // allowAutoTopicCreation exists from v4 and is not ignorable.
    expect(() => generated.encodeMetadataRequest(value, 3)).toThrow(
      /allowAutoTopicCreation.*does not exist in version 3/,
    );
    expect(generated.encodeMetadataRequest({ ...value, allowAutoTopicCreation: true }, 3)).toBeInstanceOf(
      Buffer,
    );
  });

  it('reject null where the version is not nullable', () => {
    // Metadata topics are nullable from v1 only.
    const value = {
      topics: null,
      allowAutoTopicCreation: true,
      includeClusterAuthorizedOperations: false,
      includeTopicAuthorizedOperations: false,
    };
    expect(() => generated.encodeMetadataRequest(value, 0)).toThrow(EncodeError);
    expect(generated.encodeMetadataRequest(value, 1).readInt32BE(0)).toBe(-1);
  });

  it('drop ignorable fields silently in versions without them', () => {
    const produce = {
      transactionalId: null,
      acks: 1,
      timeoutMs: 1,
      topicData: [{ name: 'kept', topicId: 'q83vEjRWeJCrze8SNFZ4kA', partitionData: [] }],
    };
    const v12 = generated.decodeProduceRequest(new Reader(generated.encodeProduceRequest(produce, 12)), 12);
    expect(v12.topicData[0]).toMatchObject({ name: 'kept', topicId: 'AAAAAAAAAAAAAAAAAAAAAA' });
  });

  it('reject versions outside the valid range', () => {
    expect(() =>
      generated.encodeProduceRequest({ transactionalId: null, acks: 1, timeoutMs: 1, topicData: [] }, 2),
    ).toThrow(/no version 2 \(valid 3-13\)/);
    expect(() => generated.decodeProduceRequest(new Reader(Buffer.alloc(20)), 14)).toThrow(
      /version 14 outside the valid versions 3-13/,
    );
  });
});
