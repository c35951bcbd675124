import { API_KEYS } from '../../protocol/generated/api-keys.js';
import type {
  ApiVersionsResponse,
  ApiVersionsResponseApiVersion,
} from '../../protocol/generated/messages/api-versions.js';
import { ApiKey } from '../../protocol/generated/api-keys.js';

export const API_VERSIONS_KEY = ApiKey.ApiVersions;
export const UNSUPPORTED_VERSION = 35;

export interface VersionRange {
  min: number;
  max: number;
}

/**
 * The versions the proxy can handle, per API key: what the generated codec decodes. (SaslHandshake
 * v0 stays advertised although the proxy refuses it at request time: librdkafka detects SASL support
 * from a SaslHandshake range that includes v0, then uses v1.)
 */
export function proxyVersionRanges(): Map<number, VersionRange> {
  const ranges = new Map<number, VersionRange>();
  for (const api of API_KEYS) {
    if (api.minVersion < 0) continue;
    ranges.set(api.apiKey, { min: api.minVersion, max: api.maxVersion });
  }
  return ranges;
}

/**
 * Narrows a broker's ApiVersions answer to what both the broker and the proxy handle: APIs the proxy
 * does not know are left out, each maximum becomes the lower of the two, and an API left with no
 * version both read is dropped. The minimum stays the broker's: a Kafka 4.x broker advertises
 * Produce from v0 although it closes the connection on v0-2 (KAFKA-18659: librdkafka before 2.8
 * turns compression off when Produce v0 is not offered), and the proxy, whose codec starts where the
 * broker's schemas start, closes on those versions just as the broker does (`proxyHandles`).
 * Everything else in the response (features, throttle time, error code) is kept.
 */
export function clampApiVersions(response: ApiVersionsResponse, proxy: Map<number, VersionRange>): void {
  const kept: ApiVersionsResponseApiVersion[] = [];
  for (const entry of response.apiKeys) {
    const ours = proxy.get(entry.apiKey);
    if (ours === undefined) continue;
    const max = Math.min(entry.maxVersion, ours.max);
    if (Math.max(entry.minVersion, ours.min) > max) continue;
    kept.push({ ...entry, maxVersion: max });
  }
  response.apiKeys = kept;
}

/** Whether the proxy can handle this API key and version at all (independently of the broker). */
export function proxyHandles(proxy: Map<number, VersionRange>, apiKey: number, apiVersion: number): boolean {
  const range = proxy.get(apiKey);
  return range !== undefined && apiVersion >= range.min && apiVersion <= range.max;
}

/**
 * The broker's answer to an ApiVersions request of a version it does not support, reproduced: a v0
 * body with UNSUPPORTED_VERSION that lists only ApiVersions and its range, so that the client can
 * retry with a version both sides speak.
 */
export function unsupportedApiVersionsResponse(proxy: Map<number, VersionRange>): ApiVersionsResponse {
  const range = proxy.get(API_VERSIONS_KEY)!;
  return {
    errorCode: UNSUPPORTED_VERSION,
    apiKeys: [{ apiKey: API_VERSIONS_KEY, minVersion: range.min, maxVersion: range.max }],
    throttleTimeMs: 0,
    supportedFeatures: [],
    finalizedFeaturesEpoch: -1n,
    finalizedFeatures: [],
    zkMigrationReady: false,
  };
}
