import { DecodeError } from '../../protocol/primitives/index.js';
import { ApiKey } from '../../protocol/generated/api-keys.js';

/**
 * Finds where the top-level tagged fields of a Produce (v10+) or Fetch (v16+) response frame begin,
 * reading the frame as pieces arrive, without holding any of them. It reads only the few varints
 * (counts, lengths) that say how long each structure is and skips the rest by length, so a Fetch
 * response's records pass by without being looked at. The same walker serves held frames (fed their
 * chunks) and streamed ones (fed each piece as it goes to the client): one parsing truth.
 *
 * The walk is a generator of steps: a number n >= 0 skips n bytes, READ_UVARINT asks for the next
 * unsigned varint, which the driver sends back into the generator. Counts are checked against the
 * bytes left in the frame (known from its size prefix) so that a hostile count cannot make it loop.
 */
type Steps = Generator<number, void, number>;

const READ_UVARINT = -1;
const PRODUCE = ApiKey.Produce;

/** Skips a tagged-field section: a count, then per field a tag, a size and the data. */
function* taggedFields(left: () => number): Steps {
  const count = yield READ_UVARINT;
  if (count * 2 > left()) throw new DecodeError(`${count} tagged fields cannot fit in ${left()} bytes`, 0);
  for (let i = 0; i < count; i++) {
    yield READ_UVARINT;
    yield yield READ_UVARINT;
  }
}

/** A compact array's count (N+1 on the wire, 0 for null), checked against the bytes left. */
function* compactCount(minElementBytes: number, left: () => number): Generator<number, number, number> {
  const raw = yield READ_UVARINT;
  const count = raw === 0 ? 0 : raw - 1;
  if (count * minElementBytes > left()) {
    throw new DecodeError(`array of ${count} cannot fit in ${left()} bytes`, 0);
  }
  return count;
}

/** Skips a compact string, compact bytes or compact records value (nullable or not). */
function* compactBytes(): Steps {
  const raw = yield READ_UVARINT;
  if (raw > 0) yield raw - 1;
}

/**
 * Skips a compact array of structs whose elements hold `fixedBytes` bytes of fixed-size fields,
 * then (if `endsWithBytes`) one compact string or bytes value, then their tagged fields. The count is
 * checked against the bytes left with `minElementBytes` per element.
 */
function* structArray(
  minElementBytes: number,
  fixedBytes: number,
  endsWithBytes: boolean,
  left: () => number,
): Steps {
  const count = yield* compactCount(minElementBytes, left);
  for (let i = 0; i < count; i++) {
    yield fixedBytes;
    if (endsWithBytes) yield* compactBytes();
    yield* taggedFields(left);
  }
}

/**
 * A Produce response body (v10+, so flexible) up to its top-level tagged fields. Per the
 * ProduceResponse schema: responses[name | topicId (v13+), partitionResponses[index, errorCode,
 * baseOffset, logAppendTimeMs, logStartOffset, recordErrors[batchIndex, message, tags], errorMessage,
 * tags], tags], throttleTimeMs, then the tags that carry NodeEndpoints.
 */
function* produceBody(version: number, left: () => number): Steps {
  const topics = yield* compactCount(3, left);
  for (let t = 0; t < topics; t++) {
    if (version >= 13) yield 16;
    else yield* compactBytes();
    const partitions = yield* compactCount(30, left);
    for (let p = 0; p < partitions; p++) {
      yield 4 + 2 + 8 + 8 + 8;
      // recordErrors[batchIndex, message, tags]: at least 4 + 1 + 1 bytes each.
      yield* structArray(6, 4, true, left);
      yield* compactBytes();
      yield* taggedFields(left);
    }
    yield* taggedFields(left);
  }
  yield 4;
}

/**
 * A Fetch response body (v16+) up to its top-level tagged fields, jumping over each partition's
 * records by their length. Per the FetchResponse schema: throttleTimeMs, errorCode, sessionId,
 * responses[topicId, partitions[partitionIndex, errorCode, highWatermark, lastStableOffset,
 * logStartOffset, abortedTransactions[producerId, firstOffset, tags], preferredReadReplica, records,
 * tags], tags].
 */
function* fetchBody(left: () => number): Steps {
  yield 4 + 2 + 4;
  const topics = yield* compactCount(18, left);
  for (let t = 0; t < topics; t++) {
    yield 16;
    // Smallest partition: 4+2+8+8+8, null aborted list (1), preferred replica (4), empty records (1),
    // tags (1) = 37 bytes, as the broker (and the policy) write an error partition.
    const partitions = yield* compactCount(37, left);
    for (let p = 0; p < partitions; p++) {
      yield 4 + 2 + 8 + 8 + 8;
      // abortedTransactions[producerId, firstOffset, tags]: at least 8 + 8 + 1 bytes each.
      yield* structArray(17, 16, false, left);
      yield 4;
      yield* compactBytes();
      yield* taggedFields(left);
    }
    yield* taggedFields(left);
  }
}

/** The whole frame up to the body's tagged fields: size, correlation id, header v1 tags, body. */
function* frameToTail(apiKey: number, apiVersion: number, left: () => number): Steps {
  yield 4 + 4;
  yield* taggedFields(left);
  if (apiKey === PRODUCE) yield* produceBody(apiVersion, left);
  else yield* fetchBody(left);
}

/**
 * Fed a Produce v10+ or Fetch v16+ response frame (size prefix included) piece by piece, says where
 * its top-level tagged fields start. Throws the codec's DecodeError when the frame cannot be such a
 * response (a count that cannot fit, a skip past the end, a varint longer than 5 bytes).
 */
export class TailFinder {
  private readonly steps: Steps;
  /** Offset from the start of the frame of the next byte to be fed. */
  private pos = 0;
  /** Bytes of the current skip still to be fed. */
  private skipLeft = 0;
  /** The varint a step asked for, read across pieces: its value so far, the shift of its next 7 bits. */
  private readonly varint = { reading: false, value: 0, shift: 0 };
  /** Offset in the frame where the tagged fields start, once found; -1 before. */
  tailStart = -1;

  /** `frameLength` counts every byte of the frame, the 4-byte size included. */
  constructor(
    apiKey: number,
    apiVersion: number,
    private readonly frameLength: number,
  ) {
    this.steps = frameToTail(apiKey, apiVersion, () => this.frameLength - this.pos);
    this.advance(0);
  }

  /** True once the start of the tagged fields is known. */
  get done(): boolean {
    return this.tailStart >= 0;
  }

  /**
   * Takes the next piece of the frame. Returns the offset within `piece` where the tagged fields
   * start (possibly `piece.length`: they start with the next piece), or -1 when `piece` is all body.
   * After the start has been found, every later piece is tail: 0 is returned.
   */
  push(piece: Buffer): number {
    if (this.done) return 0;
    let i = 0;
    const varint = this.varint;
    for (;;) {
      if (this.done) return i;
      if (this.skipLeft > 0) {
        const n = Math.min(this.skipLeft, piece.length - i);
        i += n;
        this.pos += n;
        this.skipLeft -= n;
        if (this.skipLeft > 0) return -1;
        this.advance(0);
        continue;
      }
      if (varint.reading) {
        if (i >= piece.length) return -1;
        const byte = piece[i++]!;
        this.pos++;
        varint.value += (byte & 0x7f) * 2 ** varint.shift;
        if ((byte & 0x80) === 0) {
          varint.reading = false;
          this.advance(varint.value);
        } else {
          varint.shift += 7;
          if (varint.shift > 28) throw new DecodeError('varint longer than 5 bytes', this.pos);
        }
        continue;
      }
      // A zero-byte skip: ask for the next step.
      this.advance(0);
    }
  }

  private advance(input: number): void {
    let next: IteratorResult<number, void>;
    try {
      next = this.steps.next(input);
    } catch (error) {
      if (error instanceof DecodeError) throw new DecodeError(error.message, this.pos);
      throw error;
    }
    if (next.done === true) {
      this.tailStart = this.pos;
      return;
    }
    const step = next.value;
    if (step === READ_UVARINT) {
      this.varint.reading = true;
      this.varint.value = 0;
      this.varint.shift = 0;
      if (this.pos >= this.frameLength) throw new DecodeError('varint needed, frame ended', this.pos);
      return;
    }
    if (step > this.frameLength - this.pos) {
      throw new DecodeError(`skip of ${step} bytes with ${this.frameLength - this.pos} left`, this.pos);
    }
    this.skipLeft = step;
  }
}
