// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   SnapshotHeaderRecord.json

import { Reader, Writer, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedIn } from '../../primitives/codec-runtime.js';

/** SnapshotHeaderRecord, versions 0. */
export interface SnapshotHeaderRecord {
  /** The version of the snapshot header record. Versions 0. */
  version: number;
  /** The append time of the last record from the log contained in this snapshot. Versions 0. */
  lastContainedLogTimestamp: bigint;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeSnapshotHeaderRecord(r: Reader, v: number): SnapshotHeaderRecord {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'version';
    const version = r.int16();
    at = 'lastContainedLogTimestamp';
    const lastContainedLogTimestamp = r.int64();
    const o: SnapshotHeaderRecord = { version, lastContainedLogTimestamp, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'SnapshotHeaderRecord', undefined, v);
  }
}

export function sizeSnapshotHeaderRecord(o: SnapshotHeaderRecord, _v: number): number {
  let s = 10;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeSnapshotHeaderRecord(w: Writer, o: SnapshotHeaderRecord, _v: number): void {
  w.int16(o.version);
  w.int64(o.lastContainedLogTimestamp);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes SnapshotHeaderRecord in place. */
export function encodeSnapshotHeaderRecord(o: SnapshotHeaderRecord, v: number): Buffer {
  return encodeWith(sizeSnapshotHeaderRecord, writeSnapshotHeaderRecord, o, v, 0, 0, 'SnapshotHeaderRecord');
}
