// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   DefaultPrincipalData.json

import { Reader, Writer, sizeOf } from '../../primitives/index.js';
import type { RawTaggedField } from '../../primitives/index.js';
import { checkDecodeVersion, encodeWith, failedIn } from '../../primitives/codec-runtime.js';

/** DefaultPrincipalData, versions 0. */
export interface DefaultPrincipalData {
  /** The principal type. Versions 0. */
  type: string;
  /** The principal name. Versions 0. */
  name: string;
  /** Whether the principal was authenticated by a delegation token on the forwarding broker. Versions 0. */
  tokenAuthenticated: boolean;
  _unknownTaggedFields?: RawTaggedField[] | undefined;
}

export function decodeDefaultPrincipalData(r: Reader, v: number): DefaultPrincipalData {
  let at = '';
  try {
    checkDecodeVersion(r, v, 0, 0);
    at = 'type';
    const type = r.compactString();
    at = 'name';
    const name = r.compactString();
    at = 'tokenAuthenticated';
    const tokenAuthenticated = r.bool();
    const o: DefaultPrincipalData = { type, name, tokenAuthenticated, _unknownTaggedFields: undefined };
    at = '<tagged fields>';
    o._unknownTaggedFields = r.taggedFields(o, v, undefined);
    return o;
  } catch (e) {
    throw failedIn(e, at, r, 'DefaultPrincipalData', undefined, v);
  }
}

export function sizeDefaultPrincipalData(o: DefaultPrincipalData, _v: number): number {
  let s = 1;
  s += sizeOf.compactString(o.type);
  s += sizeOf.compactString(o.name);
  s += sizeOf.unknownTaggedFields(o._unknownTaggedFields);
  return s;
}

export function writeDefaultPrincipalData(w: Writer, o: DefaultPrincipalData, _v: number): void {
  w.compactString(o.type);
  w.compactString(o.name);
  w.bool(o.tokenAuthenticated);
  w.unknownTaggedFields(o._unknownTaggedFields);
}

/** Sizes once, allocates once and writes DefaultPrincipalData in place. */
export function encodeDefaultPrincipalData(o: DefaultPrincipalData, v: number): Buffer {
  return encodeWith(sizeDefaultPrincipalData, writeDefaultPrincipalData, o, v, 0, 0, 'DefaultPrincipalData');
}
