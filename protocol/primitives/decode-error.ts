/**
 * The only exception a decoder throws. It names where decoding stopped: the API key and version (when
 * the caller knows them), the field path inside the message (`topics[2].partitions[0].records`) and
 * the byte offset inside the buffer being read. The path is assembled while the error unwinds through
 * the generated struct decoders, so the happy path pays nothing for it.
 */
export class DecodeError extends Error {
  override name = 'DecodeError';
  apiKey: number | undefined;
  apiVersion: number | undefined;
  /** Message or struct being decoded when the error occurred, e.g. `ProduceRequest`. */
  messageName: string | undefined;
  /** Dotted field path, innermost last; empty when the failure is outside any field. */
  path: string;
  /** Offset in the underlying buffer where the failing read started. */
  readonly offset: number;
  readonly reason: string;

  constructor(reason: string, offset: number) {
    super(reason);
    this.reason = reason;
    this.offset = offset;
    this.path = '';
    this.apiKey = undefined;
    this.apiVersion = undefined;
    this.messageName = undefined;
  }

  /** Prefixes a field name (`topics`) or an array index (`[2]`) to the path. */
  within(segment: string): this {
    if (this.path === '') this.path = segment;
    else this.path = this.path.startsWith('[') ? segment + this.path : `${segment}.${this.path}`;
    this.refresh();
    return this;
  }

  /** Records the message the failing field belongs to; the outermost call wins. */
  inMessage(messageName: string, apiKey: number | undefined, apiVersion: number): this {
    this.messageName = messageName;
    if (apiKey !== undefined) this.apiKey = apiKey;
    this.apiVersion = apiVersion;
    this.refresh();
    return this;
  }

  private refresh(): void {
    const where = this.messageName
      ? `${this.messageName} v${this.apiVersion}${this.apiKey !== undefined ? ` (api key ${this.apiKey})` : ''}`
      : '';
    const field = this.path ? ` field ${this.path}:` : '';
    this.message = `${where ? where + ':' : ''}${field} ${this.reason} at byte ${this.offset}`.trim();
  }
}

/**
 * Converts anything thrown inside a decoder into a DecodeError with the given path segment. A
 * non-DecodeError would mean a decoder bug; it is still reported as a DecodeError so that callers can
 * rely on one exception type, and the original is kept as the cause.
 */
export function decodeErrorWithin(err: unknown, segment: string, offset: number): DecodeError {
  if (err instanceof DecodeError) return err.within(segment);
  const wrapped = new DecodeError(
    `unexpected ${err instanceof Error ? err.name : 'error'}: ${String(err)}`,
    offset,
  );
  wrapped.cause = err;
  return wrapped.within(segment);
}

/** Thrown by encoders when a value cannot be represented in the requested version. */
export class EncodeError extends Error {
  override name = 'EncodeError';
}
