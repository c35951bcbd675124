// The response the broker sends when it refuses a request as a whole: its group, its transactional
// id or the cluster permission is denied (or, for list APIs, every entry is). Built from a skeleton
// of the response message at the request's version (every field neutral), with the top-level error
// code set where the version has one (the generated field-version table says where), then the
// module's `denial` for the fields where the broker's answer differs from neutral values.

import {
  responseCodecOf,
  type ApiKeyNumber,
  type RequestOf,
  type ResponseOf,
} from '../../../protocol/generated/codecs.js';
import { hasField } from '../../../protocol/generated/field-versions.js';
import { skeletonOf } from '../default-value-reader.js';
import type { ApiModule } from './api-module.js';
import { answerAllEntries } from './resource-list.js';

/**
 * The broker's response refusing `request` of `module`'s API as a whole with `code`, or undefined
 * when the response of this API has no place for an error at this version (the caller then closes
 * the connection).
 */
export function wholeRequestDenial<K extends ApiKeyNumber>(
  module: ApiModule<K>,
  version: number,
  request: RequestOf<K>,
  code: number,
): ResponseOf<K> | undefined {
  const codec = responseCodecOf(module.apiKey);
  if (module.list !== undefined) {
    const codes = module.list.entries(request, version).map(() => code);
    return answerAllEntries(module.list, codec, request, version, codes);
  }
  const response = skeletonOf(codec, version);
  const hasErrorCode = hasField(codec.name, 'errorCode', version);
  if (hasErrorCode) Object.assign(response as object, { errorCode: code });
  if (!hasErrorCode && module.denial === undefined) return undefined;
  module.denial?.(response, request, version, code);
  return response;
}
