/**
 * The one error type the broker harness throws. Its first line names the cause in plain words (a
 * missing `java`, a port already taken, a broker that never became ready); anything longer, such as
 * the tail of a broker log, follows on later lines.
 */
export class KafkaHarnessError extends Error {
  override readonly name = 'KafkaHarnessError';
}
