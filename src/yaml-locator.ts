// Where a field sits in a YAML document, as LINE:COLUMN (1-based), for error messages that point at
// the text to fix: the policy loader's and the proxy configuration loader's.

import { isMap, isNode, isPair, isScalar, type Document, type LineCounter } from 'yaml';

/** A 1-based line and column in a source file. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/** A path into a YAML document: map keys and sequence indexes. */
export type Segment = string | number;

/** Positions of fields of one parsed document (parsed with `lineCounter` set). */
export class YamlLocator {
  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  /**
   * Position of the node at `segments`; with `keyOf`, of that key inside the map at `segments`.
   * For a field that is not in the document, the position of its nearest present parent.
   */
  position(segments: readonly Segment[], keyOf?: string): SourcePosition {
    for (let n = segments.length; n >= 0; n--) {
      const path = segments.slice(0, n);
      const node: unknown = path.length === 0 ? this.doc.contents : this.doc.getIn(path, true);
      if (!isNode(node) || !node.range) continue;
      if (keyOf !== undefined && n === segments.length && isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === keyOf);
        if (pair && isScalar(pair.key) && pair.key.range) return this.at(pair.key.range[0]);
      }
      return this.at(node.range[0]);
    }
    return { line: 1, column: 1 };
  }

  /** Line and column of a character offset in the document's text. */
  at(offset: number): SourcePosition {
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }
}

/**
 * The path segments of a JSON pointer (RFC 6901) as Ajv reports an error's place (`/listen/port` ->
 * ['listen', 'port']; `~1` and `~0` unescaped; all-digit segments as array indexes).
 */
export function pointerToSegments(pointer: string): Segment[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
