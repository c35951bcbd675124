// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   KRaftVersionRecord.json

import { Reader, Writer, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedIn } from '../../primitives/codec-runtime.js';

/** KRaftVersionRecord, versions 0. */
export interface KRaftVersionRecord {
  /** The version of the kraft version record. Versions 0. */
  version: number;
  /** The kraft protocol version. Versions 0. */
  kRaftVersion: number;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeKRaftVersionRecord(r: Reader, v: number): KRaftVersionRecord {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'version';
    const version = r.int16();
    at = 'kRaftVersion';
    const kRaftVersion = r.int16();
    const o: KRaftVersionRecord = { version, kRaftVersion, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'KRaftVersionRecord', undefined, v);
  }
}

export function sizeKRaftVersionRecord(o: KRaftVersionRecord, _v: number): number {
  let s = 4;
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeKRaftVersionRecord(w: Writer, o: KRaftVersionRecord, _v: number): void {
  w.int16(o.version);
  w.int16(o.kRaftVersion);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes KRaftVersionRecord in place. */
export function encodeKRaftVersionRecord(o: KRaftVersionRecord, v: number): Buffer {
  return encodeWith(sizeKRaftVersionRecord, writeKRaftVersionRecord, o, v, 0, 0, 'KRaftVersionRecord');
}
