// A Produce request decided from the start of its frame and streamed on (issue 14 §2). The policy
// needs only the head of a Produce request (transactional id, acks, topic names or IDs); the record
// batches follow. For a request naming one topic and no transactional id, the head is in the first
// bytes of the frame (the frame stream's start: the size and up to 512 body bytes), so the decision
// can be taken there and the rest forwarded as it arrives, as without a policy. What follows the head
// (partition indexes, record lengths, tagged fields) is walked as it streams, accepting exactly what
// the generated readers accept (`peekProduceRequest` and `decodeProduceRequest`, Kafka 4.1 schema
// ProduceRequest.json, versions 3-13, flexible from 9): the proxy withholds the frame's last piece
// until the walk has accepted it, so a frame the full decoder would refuse never reaches the broker
// whole (a broker acts on a request only once every byte of its frame has arrived), and the
// connection closes as it does when a held frame does not decode.
// Test: test/unit/enforcement/produce-frame-walk.test.ts (against both decoders, split at every byte).

import { DecodeError, Reader } from '../../protocol/primitives/index.js';
import { ZERO_UUID } from '../../protocol/primitives/codec-runtime.js';

/** What the head of a single-topic Produce request names. */
export interface ProduceHead {
  readonly transactionalId: string | null;
  readonly acks: number;
  /** The one topic's name (versions 3-12; '' from 13) and ID (version 13; the zero UUID before). */
  readonly topic: { readonly name: string; readonly topicId: string };
  /** Walks the rest of the frame; it has already taken the start's bytes after the head. */
  readonly tail: ProduceTailWalk;
}

/**
 * The head of a Produce request read from the start of its frame, or undefined when the start does
 * not hold it, when the request names other than exactly one topic, when the version is outside
 * 3-13, or when the start's bytes do not decode: the whole frame is then collected and decoded fully,
 * which decides (and closes on what does not decode).
 *
 * `start` holds the frame from its 4-byte size on (at most `frameLength` bytes); the body begins at
 * `bodyOffset`; `frameLength` is the whole frame's length, size prefix included.
 */
export function produceHead(
  start: Buffer,
  bodyOffset: number,
  frameLength: number,
  version: number,
): ProduceHead | undefined {
  if (version < 3 || version > 13) return undefined;
  const flex = version >= 9;
  const available = Math.min(start.length, frameLength);
  try {
    const r = new Reader(start, bodyOffset, available);
    const transactionalId = flex ? r.compactNullableString() : r.nullableString();
    const acks = r.int16();
    r.skip(4); // timeoutMs
    // Arrays as Reader.arrayLength reads them, their fit checked against the whole frame.
    const topics = flex ? r.compactLength() : r.int32();
    if (topics !== 1 || 1 > frameLength - r.pos) return undefined;
    const name = version <= 12 ? (flex ? r.compactString() : r.string()) : '';
    const topicId = version >= 13 ? r.uuid() : ZERO_UUID;
    const partitions = flex ? r.compactLength() : r.int32();
    if (partitions < 0 || partitions * 5 > frameLength - r.pos) return undefined;
    const tail = new ProduceTailWalk(flex, partitions, r.pos, frameLength);
    tail.push(start.subarray(r.pos, available));
    return { transactionalId, acks, topic: { name, topicId }, tail };
  } catch (error) {
    if (error instanceof DecodeError) return undefined;
    throw error;
  }
}

const enum Step {
  /** Partition index: int32. */
  Index,
  /** Records length: int32 (classic) or compact length (flexible). */
  RecordsLength,
  /** Bytes skipped by length (records, a tagged field's value). */
  Skip,
  TagCount,
  TagId,
  TagSize,
  /** The request's last field has been read; bytes after it are ignored, as the readers ignore them. */
  Done,
}

/** Whose tagged-field section is being read. */
const enum Level {
  Partition,
  Topic,
  Request,
}

/**
 * The rest of a single-topic Produce request after its partition count, walked as it arrives:
 * for each partition its index, its records (skipped by their length) and, when flexible, its tagged
 * fields; then the topic's and the request's tagged fields. Every read is checked against the end of
 * the frame as the generated readers check it against the end of the buffer (protocol/primitives
 * reader.ts: `int32`, `uvarint`, `compactLength`, `nullableBytes`, `skipTaggedFields`), so it refuses
 * what they refuse. `push` throws a DecodeError at the first byte that cannot belong to a frame they
 * accept; `end` throws unless the frame held the whole request.
 */
export class ProduceTailWalk {
  private step = Step.Index;
  /** Offset in the frame of the next byte. */
  private pos: number;
  private partitionsLeft: number;
  private level = Level.Partition;
  private tagsLeft = 0;
  private skipLeft = 0;
  /** After a Skip: the partition's records ended (else a tagged field's value did). */
  private skippingRecords = false;
  /**
   * The token being read (an int32 or a varint): the frame offset it began at, bytes taken, its value
   * so far, and (a varint) the weight of its next 7 bits.
   */
  private readonly token = { start: 0, bytes: 0, value: 0, scale: 1 };

  constructor(
    private readonly flex: boolean,
    partitions: number,
    pos: number,
    private readonly frameLength: number,
  ) {
    this.pos = pos;
    this.partitionsLeft = partitions;
    if (partitions === 0) this.partitionsEnded();
    else this.beginFixed(Step.Index);
  }

  /** True once the request's last field has been read. */
  get done(): boolean {
    return this.step === Step.Done;
  }

  /** The next bytes of the frame. */
  push(bytes: Buffer): void {
    const n = bytes.length;
    let i = 0;
    while (i < n) {
      const step = this.step;
      if (step === Step.Skip) {
        const take = Math.min(this.skipLeft, n - i);
        this.skipLeft -= take;
        i += take;
        this.pos += take;
        if (this.skipLeft === 0) this.skipped();
        continue;
      }
      if (step === Step.Done) {
        this.pos += n - i;
        return;
      }
      const b = bytes[i++]!;
      this.pos++;
      if (step === Step.Index || (step === Step.RecordsLength && !this.flex)) this.fixedByte(b);
      else this.varintByte(b);
    }
  }

  /** The frame ended: throws unless it held the whole request. */
  end(): void {
    if (this.step !== Step.Done) {
      throw new DecodeError('Produce request runs past the end of its frame', this.token.start);
    }
  }

  private remaining(): number {
    return this.frameLength - this.pos;
  }

  /** A token begins at the next byte, read in `step`. */
  private beginToken(step: Step): void {
    this.step = step;
    const token = this.token;
    token.start = this.pos;
    token.bytes = 0;
    token.value = 0;
    token.scale = 1;
  }

  /** A fixed int32 begins: the four bytes must be in the frame (Reader.need). */
  private beginFixed(step: Step.Index | Step.RecordsLength): void {
    this.beginToken(step);
    if (this.remaining() < 4) {
      throw new DecodeError(`int32 needs 4 bytes, ${this.remaining()} left`, this.pos);
    }
  }

  private beginVarint(step: Step): void {
    this.beginToken(step);
    if (this.remaining() < 1) throw new DecodeError('varint runs past the end', this.pos);
  }

  private fixedByte(b: number): void {
    const token = this.token;
    token.value = (token.value << 8) | b | 0;
    if (++token.bytes < 4) return;
    if (this.step === Step.Index) this.beginRecords();
    else this.recordsLength(token.value);
  }

  /** Reader.uvarint, a byte at a time. */
  private varintByte(b: number): void {
    const token = this.token;
    const i = token.bytes++;
    if (i === 4) {
      if ((b & 0x80) !== 0) throw new DecodeError('varint longer than 5 bytes', token.start);
      this.varintRead(token.value + (b & 0x0f) * token.scale);
      return;
    }
    token.value += (b & 0x7f) * token.scale;
    if ((b & 0x80) === 0) {
      this.varintRead(token.value);
      return;
    }
    token.scale *= 128;
    if (this.remaining() < 1) throw new DecodeError('varint runs past the end', token.start);
  }

  private varintRead(u: number): void {
    switch (this.step) {
      case Step.RecordsLength:
        // Reader.compactLength: the varint as a signed int, minus one; negative is null.
        this.recordsLength(((u | 0) - 1) | 0);
        return;
      case Step.TagCount: {
        const count = u | 0;
        if (count * 2 > this.remaining()) {
          throw new DecodeError(`${count} tagged fields cannot fit`, this.token.start);
        }
        this.tagsLeft = count > 0 ? count : 0;
        this.nextTag();
        return;
      }
      case Step.TagId:
        this.beginVarint(Step.TagSize);
        return;
      case Step.TagSize: {
        const size = u | 0;
        if (size < 0) throw new DecodeError(`tagged field of ${size} bytes`, this.token.start);
        this.skip(size, false);
        return;
      }
      default:
        throw new Error(`varint read in step ${this.step}`);
    }
  }

  private beginRecords(): void {
    if (this.flex) this.beginVarint(Step.RecordsLength);
    else this.beginFixed(Step.RecordsLength);
  }

  /** Reader.nullableBytes / compactNullableBytes: negative is null; the bytes must be in the frame. */
  private recordsLength(length: number): void {
    this.skip(length < 0 ? 0 : length, true);
  }

  private skip(length: number, records: boolean): void {
    if (length > this.remaining()) {
      throw new DecodeError(`${length} bytes announced, ${this.remaining()} left`, this.token.start);
    }
    this.step = Step.Skip;
    this.skipLeft = length;
    this.skippingRecords = records;
    if (length === 0) this.skipped();
  }

  private skipped(): void {
    if (!this.skippingRecords) {
      this.nextTag();
    } else if (this.flex) {
      this.level = Level.Partition;
      this.beginVarint(Step.TagCount);
    } else {
      this.partitionEnded();
    }
  }

  private nextTag(): void {
    if (this.tagsLeft > 0) {
      this.tagsLeft--;
      this.beginVarint(Step.TagId);
    } else {
      this.tagsEnded();
    }
  }

  private tagsEnded(): void {
    if (this.level === Level.Partition) this.partitionEnded();
    else if (this.level === Level.Topic) {
      this.level = Level.Request;
      this.beginVarint(Step.TagCount);
    } else this.step = Step.Done;
  }

  private partitionEnded(): void {
    if (--this.partitionsLeft > 0) this.beginFixed(Step.Index);
    else this.partitionsEnded();
  }

  private partitionsEnded(): void {
    if (this.flex) {
      this.level = Level.Topic;
      this.beginVarint(Step.TagCount);
    } else {
      this.step = Step.Done;
    }
  }
}
