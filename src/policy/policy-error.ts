// One problem in a policy file, located precisely enough to fix it without reading the loader:
// `policies/payments.yaml:12:9 rules[1].allow[0].apiKey: unknown API 'prodce' (did you mean 'produce'?)`

export class PolicyError {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    /** Field path in the document, e.g. `rules[1].allow[0].apiKey`; empty for the document itself. */
    readonly path: string,
    readonly message: string,
  ) {}

  toString(): string {
    const where = `${this.file}:${this.line}:${this.column}`;
    return this.path ? `${where} ${this.path}: ${this.message}` : `${where} ${this.message}`;
  }
}

/** Thrown by callers that prefer exceptions; carries every error found, never just the first. */
export class PolicyLoadError extends Error {
  override readonly name = 'PolicyLoadError';
  constructor(readonly errors: readonly PolicyError[]) {
    super(`invalid policy:\n${errors.map((e) => `  ${e.toString()}`).join('\n')}`);
  }
}

/** `['rules', 1, 'allow', 0, 'apiKey']` -> `rules[1].allow[0].apiKey`. */
export function formatFieldPath(segments: readonly (string | number)[]): string {
  let out = '';
  for (const s of segments) out += typeof s === 'number' ? `[${s}]` : out ? `.${s}` : s;
  return out;
}
