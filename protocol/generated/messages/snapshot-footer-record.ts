// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   SnapshotFooterRecord.json

import { Reader, Writer, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedIn } from '../../primitives/codec-runtime.js';

/** SnapshotFooterRecord, versions 0. */
export interface SnapshotFooterRecord {
  /** The version of the snapshot footer record. Versions 0. */
  version: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeSnapshotFooterRecord(r: Reader, v: number): SnapshotFooterRecord {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'version';
    const version = r.int16();
    const o: SnapshotFooterRecord = { version, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'SnapshotFooterRecord', undefined, v);
  }
}

export function sizeSnapshotFooterRecord(o: SnapshotFooterRecord, _v: number): number {
  let s = 2;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeSnapshotFooterRecord(w: Writer, o: SnapshotFooterRecord, _v: number): void {
  w.int16(o.version);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes SnapshotFooterRecord in place. */
export function encodeSnapshotFooterRecord(o: SnapshotFooterRecord, v: number): Buffer {
  return encodeWith(sizeSnapshotFooterRecord, writeSnapshotFooterRecord, o, v, 0, 0, 'SnapshotFooterRecord');
}
