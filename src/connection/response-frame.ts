import { responseHeaderVersion } from '../../protocol/generated/api-keys.js';

/**
 * Frames a response body the proxy made itself: size, correlation id, and the empty tagged-field
 * section of response header v1 when the request's version is flexible (never for ApiVersions,
 * whose responses always use header v0).
 */
export function frameResponse(
  apiKey: number,
  apiVersion: number,
  correlationId: number,
  body: Buffer,
): Buffer[] {
  const flexibleHeader = responseHeaderVersion(apiKey, apiVersion) === 1;
  const headerLength = flexibleHeader ? 5 : 4;
  const head = Buffer.allocUnsafe(4 + headerLength);
  head.writeInt32BE(headerLength + body.length, 0);
  head.writeInt32BE(correlationId, 4);
  if (flexibleHeader) head[8] = 0;
  return [head, body];
}
